#include "Clock.h"

#include <QTimeZone>

namespace somdesk {

namespace {

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

QDateTime Clock::nowUtcSeconds() const
{
    const QDateTime now = nowUtc().toUTC();
    return now.addMSecs(-now.time().msec());
}

QDate Clock::todayLondon() const
{
    return nowUtc().toTimeZone(QTimeZone("Europe/London")).date();
}

std::shared_ptr<const Clock> Clock::system()
{
    static const std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    return clock;
}

} // namespace somdesk
