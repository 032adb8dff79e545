#include "RulesTestSupport.h"

#include "core/rules/Dates.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

TEST_CASE("rules: addMonthsClamped clamps to the month's end", "[rules][dates]")
{
    CHECK(addMonthsClamped(d("2023-01-31"), 1) == d("2023-02-28"));
    CHECK(addMonthsClamped(d("2024-01-31"), 1) == d("2024-02-29"));
    CHECK(addMonthsClamped(d("2024-02-29"), 12) == d("2025-02-28"));
    CHECK(addMonthsClamped(d("2024-08-31"), -6) == d("2024-02-29"));
    CHECK(addMonthsClamped(d("2023-08-31"), -6) == d("2023-02-28"));
    CHECK(addMonthsClamped(d("2024-03-31"), -1) == d("2024-02-29"));
    CHECK(addMonthsClamped(d("2024-05-31"), 1) == d("2024-06-30"));
    CHECK(addMonthsClamped(d("2024-12-15"), 1) == d("2025-01-15"));
    CHECK(addMonthsClamped(d("2024-01-15"), -13) == d("2022-12-15"));
    CHECK(addMonthsClamped(d("2024-06-15"), 0) == d("2024-06-15"));
    CHECK_FALSE(addMonthsClamped(QDate(), 1).isValid());
}

TEST_CASE("rules: addYearsClamped is twelve months per year", "[rules][dates]")
{
    CHECK(addYearsClamped(d("2024-02-29"), 1) == d("2025-02-28"));
    CHECK(addYearsClamped(d("2024-02-29"), 4) == d("2028-02-29"));
    CHECK(addYearsClamped(d("2024-02-29"), -3) == d("2021-02-28"));
    CHECK(addYearsClamped(d("2005-03-01"), 15) == d("2020-03-01"));
}

TEST_CASE("rules: londonDate reads timestamps on the Europe/London calendar", "[rules][dates]")
{
    // The test process runs with TZ=Pacific/Kiritimati (UTC+14): local time would move
    // every one of these to the next day.
    CHECK(londonDate(ts("2024-07-01T23:30:00Z")) == d("2024-07-02")); // BST
    CHECK(londonDate(ts("2024-07-01T22:59:59Z")) == d("2024-07-01"));
    CHECK(londonDate(ts("2024-01-01T23:30:00Z")) == d("2024-01-01")); // GMT
    CHECK(londonDate(ts("2024-03-31T00:59:59Z")) == d("2024-03-31")); // just before BST starts
    CHECK(londonDate(ts("2024-03-31T23:00:00Z")) == d("2024-04-01"));
    CHECK(londonDate(ts("2024-03-31T22:59:59Z")) == d("2024-03-31"));
    CHECK(londonDate(ts("2024-10-26T23:30:00Z")) == d("2024-10-27")); // still BST
    CHECK(londonDate(ts("2024-10-27T00:59:59Z")) == d("2024-10-27"));
    CHECK(londonDate(ts("2024-10-27T23:30:00Z")) == d("2024-10-27")); // GMT again
    CHECK(londonDate(ts("2055-07-01T23:30:00Z")) == d("2055-07-02")); // beyond the transition table
    CHECK(londonDate(ts("2055-12-31T23:30:00Z")) == d("2055-12-31"));
    CHECK_FALSE(londonDate(QDateTime()).isValid());
}

TEST_CASE("rules: londonDate treats a local-time QDateTime as UTC, never the machine zone", "[rules][dates]")
{
    const QDateTime local(d("2024-07-01"), QTime(23, 30), Qt::LocalTime);
    CHECK(londonDate(local) == d("2024-07-02"));
    const QDateTime offset(d("2024-07-02"), QTime(1, 30), QTimeZone(3600 * 2)); // 23:30 UTC
    CHECK(londonDate(offset) == d("2024-07-02"));
}

TEST_CASE("rules: londonDate agrees with QTimeZone across years and transitions", "[rules][dates]")
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    REQUIRE(london.isValid());
    // Every 37 minutes and 11 seconds from 1968 (British Standard Time) to 2040.
    const QDateTime start(d("1968-01-01"), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(d("2040-01-01"), QTime(0, 0), QTimeZone::utc());
    int mismatches = 0;
    for (QDateTime t = start; t < end; t = t.addSecs(37 * 3600 + 11)) {
        if (londonDate(t) != t.toTimeZone(london).date()) {
            ++mismatches;
        }
    }
    CHECK(mismatches == 0);
}
