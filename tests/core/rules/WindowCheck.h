#pragma once

#include "RulesTestSupport.h"

#include <catch2/catch.hpp>

namespace somdesk::rulestest {

// The warning window of one alert: nothing the day before firstDay, `due` from firstDay
// through the due day (0 days overdue), `overdue` from the next day with exact counts.
inline void checkWindow(const Nominal& n, const char* rule, const QString& key, QDate due, QDate firstDay,
                        const RulesEngine& e = engine())
{
    INFO("rule " << rule << ", key " << key.toStdString());
    const auto at = [&](QDate day) { return alertsOf(e.evaluate(n, day), rule); };

    CHECK(at(firstDay.addDays(-1)).isEmpty());

    const auto first = at(firstDay);
    REQUIRE(first.size() == 1);
    CHECK(first[0].key == key);
    CHECK(first[0].status == AlertStatus::Due);
    CHECK(first[0].due == due);
    CHECK(first[0].daysOverdue == 0);

    const auto onDue = at(due);
    REQUIRE(onDue.size() == 1);
    CHECK(onDue[0].status == AlertStatus::Due);
    CHECK(onDue[0].daysOverdue == 0);

    const auto after = at(due.addDays(1));
    REQUIRE(after.size() == 1);
    CHECK(after[0].key == key);
    CHECK(after[0].status == AlertStatus::Overdue);
    CHECK(after[0].daysOverdue == 1);

    const auto later = at(due.addDays(40));
    REQUIRE(later.size() == 1);
    CHECK(later[0].daysOverdue == 40);
}

} // namespace somdesk::rulestest
