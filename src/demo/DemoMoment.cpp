#include "DemoMoment.h"

#include "DemoCalendar.h"

#include <QTimeZone>

namespace somdesk::demo {

namespace {

class Squeeze {
public:
    Squeeze(const QDate& today, const QDateTime& moment)
        : m_cap(moment.toSecsSinceEpoch()), m_end(stamp(jd(today) + 1, 0)),
          // From the start of the anchor day; a moment before it (just after midnight in
          // London in summer is the day before in UTC) squeezes the day before the moment too.
          m_from(m_cap > stamp(jd(today), 0) ? stamp(jd(today), 0) : m_cap - secondsPerDay)
    {
    }

    void apply(QDateTime& t) const
    {
        const qint64 s = t.toSecsSinceEpoch();
        if (s <= m_from || m_cap >= m_end) {
            return;
        }
        if (s >= m_end) {
            t = utc(m_cap);
            return;
        }
        // Linear from (from, end] onto (from, cap]: order kept, nothing after the cap.
        const qint64 mapped = m_from + (s - m_from) * (m_cap - m_from) / (m_end - m_from);
        t = utc(mapped);
    }
    void apply(std::optional<QDateTime>& t) const
    {
        if (t) {
            apply(*t);
        }
    }

private:
    qint64 m_cap;
    qint64 m_end;
    qint64 m_from;
};

} // namespace

void keepBefore(Bundle& bundle, const QDate& today, const QDateTime& moment)
{
    if (!moment.isValid() || !today.isValid()) {
        return;
    }
    const Squeeze squeeze(today, moment);
    const QDateTime london = moment.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
    const QTime latestVisit(london.time().hour(), london.time().minute());
    for (Nominal& n : bundle.nominals) {
        for (Entry& e : n.entries) {
            squeeze.apply(e.at);
            for (Acknowledgement& a : e.acknowledged) {
                squeeze.apply(a.at);
            }
        }
        for (Review& r : n.reviews) {
            squeeze.apply(r.requestedAt);
            squeeze.apply(r.decidedAt);
        }
        for (Transfer& t : n.transfers) {
            squeeze.apply(t.acknowledgedAt);
        }
        for (AlertOverride& o : n.overrides) {
            squeeze.apply(o.at);
        }
        for (DetailsChange& d : n.detailsHistory) {
            squeeze.apply(d.at);
        }
        for (StaticScore& s : n.staticScores) {
            squeeze.apply(s.recordedAt);
        }
        for (Visit& v : n.visits) {
            if (v.time && v.date == london.date() && *v.time > latestVisit) {
                v.time = latestVisit;
            }
        }
    }
    for (DipSample& s : bundle.dipSamples) {
        squeeze.apply(s.drawnAt);
        for (DipRecord& r : s.records) {
            squeeze.apply(r.completedAt);
        }
    }
}

} // namespace somdesk::demo
