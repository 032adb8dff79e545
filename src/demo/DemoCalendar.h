#pragma once

// The demo's calendar. Days are Julian day numbers and timestamps whole seconds since the
// epoch (UTC), so the generator does integer arithmetic; month arithmetic and ISO dates are
// core's (the rules' own clamping), so a demo date means what the rules take it to mean.
// Working-hours stamps (07:00–17:59 UTC) fall on the same Europe/London calendar date.

#include "core/rules/Dates.h"

#include <QDate>
#include <QDateTime>

namespace somdesk::demo {

constexpr qint64 secondsPerDay = 86400;
constexpr qint64 epochJulianDay = 2440588;
constexpr qint64 workStart = 7 * 3600;
constexpr qint64 workEnd = 17 * 3600 + 59 * 60 + 59;

inline qint64 jd(const QDate& d)
{
    return d.toJulianDay();
}
inline QDate day(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay);
}
inline qint64 stamp(qint64 julianDay, qint64 secondOfDay)
{
    return (julianDay - epochJulianDay) * secondsPerDay + secondOfDay;
}
inline qint64 dayOf(qint64 secs)
{
    return secs / secondsPerDay + epochJulianDay;
}
inline qint64 secondOf(qint64 secs)
{
    return secs % secondsPerDay;
}
inline QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}
inline qint64 addMonths(qint64 julianDay, int months)
{
    return jd(addMonthsClamped(day(julianDay), months));
}
inline qint64 addYears(qint64 julianDay, int years)
{
    return jd(addYearsClamped(day(julianDay), years));
}
inline QString isoDate(qint64 julianDay)
{
    return toIsoDate(day(julianDay));
}

} // namespace somdesk::demo
