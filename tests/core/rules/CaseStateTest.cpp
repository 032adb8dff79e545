#include "RulesTestSupport.h"

#include "core/rules/CaseState.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

TEST_CASE("rules: risk at a date", "[rules][state]")
{
    Nominal n = quietNominal();
    n.riskHistory = {
        {d("2022-05-01"), RiskLevel::High}, {d("2020-01-01"), RiskLevel::Medium}, {d("2022-05-01"), RiskLevel::Low}};
    CHECK_FALSE(riskAt(n, d("2019-12-31")).has_value());
    CHECK(riskAt(n, d("2020-01-01")) == RiskLevel::Medium);
    CHECK(riskAt(n, d("2022-04-30")) == RiskLevel::Medium);
    CHECK(riskAt(n, d("2022-05-01")) == RiskLevel::Low); // same date: the later in the list
    CHECK(RulesEngine::riskAt(n, d("2030-01-01")) == RiskLevel::Low);

    n.riskHistory.clear();
    n.riskLevel = RiskLevel::VeryHigh;
    CHECK_FALSE(riskAt(n, d("2019-12-31")).has_value());
    CHECK(riskAt(n, d("2020-01-01")) == RiskLevel::VeryHigh);
}

TEST_CASE("rules: owner at a date", "[rules][state]")
{
    Nominal n = quietNominal();
    n.owner = s("pc9");
    n.transfers = {{d("2023-01-01"), s("pc1"), s("pc9"), std::nullopt},
                   {d("2022-01-01"), s("pc2"), s("pc1"), std::nullopt}};
    CHECK(ownerAt(n, d("2021-06-01")) == s("pc2")); // every transfer later: the first one's from
    CHECK(ownerAt(n, d("2022-01-01")) == s("pc1")); // the day of a transfer belongs to the new owner
    CHECK(ownerAt(n, d("2022-12-31")) == s("pc1"));
    CHECK(ownerAt(n, d("2023-01-01")) == s("pc9"));
    REQUIRE(latestTransferAt(n, d("2022-06-01")) != nullptr);
    CHECK(latestTransferAt(n, d("2022-06-01"))->to == s("pc1"));
    CHECK(latestTransferAt(n, d("2021-06-01")) == nullptr);
    n.transfers.clear();
    CHECK(ownerAt(n, d("2021-06-01")) == s("pc9"));
}

TEST_CASE("rules: management mode and the move to reactive", "[rules][state]")
{
    Nominal n = quietNominal();
    n.management = ManagementMode::Reactive;
    n.managementSince = d("2022-01-01");
    CHECK(managementAt(n, d("2021-12-31")) == ManagementMode::Active);
    CHECK(managementAt(n, d("2022-01-01")) == ManagementMode::Reactive);
    CHECK(reactiveMoveAt(n, d("2022-06-01")) == d("2022-01-01"));
    CHECK(reactiveMoveAt(n, d("2021-06-01")) == d("2020-01-01")); // neither yet: first notification

    n.managementSince.reset();
    n.managementDecisions = {{d("2023-01-01"), s("ps1"), ManagementDecisionKind::ReturnActive, s("r")},
                             {d("2024-01-01"), s("ps1"), ManagementDecisionKind::MoveReactive, s("r")},
                             {d("2024-01-01"), s("ps1"), ManagementDecisionKind::StayReactive, s("r")}};
    CHECK(managementAt(n, d("2022-06-01")) == ManagementMode::Reactive); // no since: `management` holds
    CHECK(managementAt(n, d("2023-01-01")) == ManagementMode::Active);
    CHECK(managementAt(n, d("2024-01-01")) == ManagementMode::Reactive);
    CHECK(reactiveMoveAt(n, d("2024-02-01")) == d("2024-01-01"));

    n.managementSince = d("2024-03-01"); // later than the decision: the later wins
    CHECK(reactiveMoveAt(n, d("2024-04-01")) == d("2024-03-01"));
    CHECK(reactiveMoveAt(n, d("2024-02-01")) == d("2024-01-01"));

    n.managementDecisions = {{d("2024-05-01"), s("ps1"), ManagementDecisionKind::StayActive, s("r")}};
    n.management = ManagementMode::Active;
    n.managementSince.reset();
    CHECK(managementAt(n, d("2024-06-01")) == ManagementMode::Active);
}

TEST_CASE("rules: register status and registration period", "[rules][state]")
{
    Nominal n = quietNominal();
    n.registration = {d("2022-01-01"), NotificationPeriod::Years2, std::nullopt};
    CHECK_FALSE(isRegisteredOn(n, d("2021-12-31")));
    CHECK(isRegisteredOn(n, d("2022-01-01")));
    CHECK(isRegisteredOn(n, d("2023-12-31")));
    CHECK_FALSE(isRegisteredOn(n, d("2024-01-01")));

    n.registration.under18AtNotification = true; // halved in months: 12
    CHECK(isRegisteredOn(n, d("2022-12-31")));
    CHECK_FALSE(isRegisteredOn(n, d("2023-01-01")));

    n.registration.period = NotificationPeriod::Years7; // 42 months under 18
    CHECK(registrationEnd(n.registration) == d("2025-07-01"));
    n.registration.period = NotificationPeriod::Years5; // 30 months
    CHECK(registrationEnd(n.registration) == d("2024-07-01"));
    n.registration.period = NotificationPeriod::Years10; // 60 months
    CHECK(registrationEnd(n.registration) == d("2027-01-01"));
    n.registration.under18AtNotification = false;
    CHECK(registrationEnd(n.registration) == d("2032-01-01"));
    n.registration.firstNotified = d("2020-02-29");
    n.registration.period = NotificationPeriod::Years7;
    CHECK(registrationEnd(n.registration) == d("2027-02-28"));
    n.registration.period = NotificationPeriod::Indefinite;
    CHECK_FALSE(registrationEnd(n.registration).has_value());
    CHECK(isRegisteredOn(n, d("2090-01-01")));

    n.registerStatus = RegisterStatus::Removed;
    n.registerStatusSince = d("2024-01-01");
    CHECK(registerStatusAt(n, d("2023-12-31")) == RegisterStatus::Registered);
    CHECK(registerStatusAt(n, d("2024-01-01")) == RegisterStatus::Removed);
    CHECK(isRegisteredOn(n, d("2023-12-31")));
    CHECK_FALSE(isRegisteredOn(n, d("2024-01-01")));

    n.registerStatus = RegisterStatus::Deceased;
    n.registerStatusSince.reset();
    CHECK_FALSE(isRegisteredOn(n, d("2021-01-01")));

    n.registerStatus = RegisterStatus::Registered;
    n.indefiniteReviewDecisions = {{d("2035-03-01"), s("in1"), IndefiniteOutcome::Discharge, s("r")}};
    CHECK(isRegisteredOn(n, d("2035-02-28")));
    CHECK_FALSE(isRegisteredOn(n, d("2035-03-01")));
    CHECK(registerStatusAt(n, d("2035-03-01")) == RegisterStatus::Removed);
}

TEST_CASE("rules: custody and release on a date", "[rules][state]")
{
    Nominal n = quietNominal();
    n.custody = {{d("2020-06-01"), std::nullopt, d("2021-01-10")}, {d("2023-05-01"), d("2024-03-01"), std::nullopt}};
    CHECK_FALSE(isInCustodyOn(n, d("2020-05-31")));
    CHECK(isInCustodyOn(n, d("2020-06-01")));
    CHECK(isInCustodyOn(n, d("2021-01-09")));
    CHECK_FALSE(isInCustodyOn(n, d("2021-01-10"))); // the release day is in the community
    CHECK(isInCustodyOn(n, d("2023-05-01")));
    CHECK(isInCustodyOn(n, d("2030-01-01"))); // no release recorded
    REQUIRE(currentCustodyAt(n, d("2023-06-01")) != nullptr);
    CHECK(currentCustodyAt(n, d("2023-06-01"))->from == d("2023-05-01"));
    CHECK_FALSE(releasedOnAt(n, d("2021-01-09")).has_value());
    CHECK(releasedOnAt(n, d("2021-01-10")) == d("2021-01-10"));
    CHECK(releasedOnAt(n, d("2030-01-01")) == d("2021-01-10"));

    n.custody[1].releasedOn = d("2024-02-29");
    CHECK(releasedOnAt(n, d("2024-02-28")) == d("2021-01-10"));
    CHECK(releasedOnAt(n, d("2024-02-29")) == d("2024-02-29"));

    // The first community day from a date, from the facts known on asOf.
    CHECK(communityDayFrom(n, d("2023-06-01"), d("2024-06-01")) == d("2024-02-29"));
    CHECK_FALSE(communityDayFrom(n, d("2023-06-01"), d("2024-01-01")).has_value()); // release not yet known
    CHECK(communityDayFrom(n, d("2022-06-01"), d("2024-06-01")) == d("2022-06-01"));
    // Back-to-back periods chain.
    n.custody.append({d("2024-02-29"), std::nullopt, d("2024-04-15")});
    CHECK(communityDayFrom(n, d("2023-06-01"), d("2024-06-01")) == d("2024-04-15"));
}

TEST_CASE("rules: plan visit interval at a date", "[rules][state]")
{
    Nominal n = quietNominal();
    CHECK_FALSE(planVisitIntervalDaysAt(n, d("2024-06-01")).has_value());
    Plan a;
    a.from = d("2024-01-01");
    a.visitIntervalDays = 28;
    Plan b;
    b.from = d("2024-03-01"); // no interval: the earlier plan's stands
    Plan c;
    c.from = d("2024-05-01");
    c.visitIntervalDays = 90;
    n.plans = {a, b, c};
    CHECK_FALSE(planVisitIntervalDaysAt(n, d("2023-12-31")).has_value());
    CHECK(planVisitIntervalDaysAt(n, d("2024-04-01")) == 28);
    CHECK(planVisitIntervalDaysAt(n, d("2024-05-01")) == 90);
}
