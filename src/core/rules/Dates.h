#pragma once

// Calendar arithmetic for the rules (rules.md "Dates"). Every timestamp counts on its
// Europe/London calendar date whatever the machine's zone, and month arithmetic clamps
// to the month's end, so the same facts give the same due dates on every machine.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace somdesk {

// The Europe/London calendar date of an instant. A QDateTime whose spec is local time is
// read as UTC (domain timestamps are UTC), so the machine zone never leaks in. An invalid
// timestamp gives an invalid date.
QDate londonDate(const QDateTime& utc);

// d + months (negative allowed), clamped to the end of the target month
// (31 Jan + 1 month = 28/29 Feb).
QDate addMonthsClamped(QDate d, int months);

// A year is 12 months, so 29 Feb 2024 + 1 year = 28 Feb 2025.
QDate addYearsClamped(QDate d, int years);

// YYYY-MM-DD (as QDate::toString(Qt::ISODate), without its formatting cost: alert keys
// and reasons carry dates, and a force-wide run formats hundreds of thousands).
QString toIsoDate(QDate d);

} // namespace somdesk
