#include "core/rules/Dates.h"

#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace somdesk {

namespace {

constexpr qint64 kMsecsPerDay = 86'400'000;
constexpr qint64 kJulianDayOfEpoch = 2'440'588; // 1970-01-01

// Converting through QTimeZone costs about half a microsecond per call, and an alerts run
// converts every entry and acknowledgement of the force (hundreds of thousands). The
// zone's own transition list, searched by bisection, gives the same answer far faster;
// outside the span it covers we ask QTimeZone directly.
class LondonOffsets {
public:
    LondonOffsets() : m_zone(QByteArrayLiteral("Europe/London"))
    {
        if (!m_zone.isValid()) {
            return;
        }
        const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
        const auto transitions = m_zone.transitions(from, to);
        m_starts.reserve(static_cast<std::size_t>(transitions.size()));
        m_offsets.reserve(static_cast<std::size_t>(transitions.size()));
        for (const auto& t : transitions) {
            m_starts.push_back(t.atUtc.toMSecsSinceEpoch());
            m_offsets.push_back(t.offsetFromUtc);
        }
    }

    // Seconds to add to UTC to get London wall time at the instant.
    int offsetAt(qint64 msecs, const QDateTime& instant) const
    {
        // Between two consecutive transitions the offset is constant; after the last one we
        // know nothing about the next, so that range goes to QTimeZone.
        if (m_starts.size() >= 2 && msecs >= m_starts.front() && msecs < m_starts.back()) {
            const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), msecs);
            return m_offsets[static_cast<std::size_t>(it - m_starts.begin() - 1)];
        }
        return m_zone.isValid() ? m_zone.offsetFromUtc(instant) : 0;
    }

private:
    QTimeZone m_zone;
    std::vector<qint64> m_starts;
    std::vector<int> m_offsets;
};

const LondonOffsets& londonOffsets()
{
    static const LondonOffsets offsets;
    return offsets;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

} // namespace

QDate londonDate(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime instant =
        utc.timeSpec() == Qt::LocalTime ? QDateTime(utc.date(), utc.time(), QTimeZone::utc()) : utc;
    const qint64 msecs = instant.toMSecsSinceEpoch();
    const qint64 local = msecs + qint64(londonOffsets().offsetAt(msecs, instant)) * 1000;
    return QDate::fromJulianDay(kJulianDayOfEpoch + floorDiv(local, kMsecsPerDay));
}

QDate addMonthsClamped(QDate d, int months)
{
    // QDate::addMonths already clamps the day to the target month's length; the tests pin
    // that behaviour down because the rules depend on it.
    return d.isValid() ? d.addMonths(months) : QDate();
}

QDate addYearsClamped(QDate d, int years)
{
    return addMonthsClamped(d, years * 12);
}

QString toIsoDate(QDate d)
{
    int y = 0;
    int m = 0;
    int day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 0 || y > 9999) {
        return d.toString(Qt::ISODate);
    }
    const auto digit = [](int v) { return QChar(static_cast<char16_t>(u'0' + v)); };
    const QChar text[10] = {digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10),   QLatin1Char('-'),
                            digit(m / 10),   digit(m % 10),       QLatin1Char('-'),   digit(day / 10), digit(day % 10)};
    return QString(text, 10);
}

} // namespace somdesk
