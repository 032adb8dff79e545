#include "WindowCheck.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

Visit visit(const char* on, VisitType type = VisitType::Home)
{
    Visit v;
    v.date = d(on);
    v.by = s("pc1");
    v.type = type;
    return v;
}

ManagementDecision decision(const char* on, ManagementDecisionKind kind)
{
    return {d(on), s("ps1"), kind, s("Reason.")};
}

Nominal lowForYears()
{
    Nominal n = quietNominal();
    n.riskLevel = RiskLevel::Low;
    n.riskHistory = {{d("2020-01-01"), RiskLevel::Low}};
    return n;
}

bool eligible(const Nominal& n, const char* asOf = "2024-06-15")
{
    return !run(n, asOf, "management.reactive_eligible").isEmpty();
}

Nominal reactiveSince(const char* since)
{
    Nominal n = quietNominal();
    n.management = ManagementMode::Reactive;
    n.managementSince = d(since);
    return n;
}

} // namespace

TEST_CASE("rules: visits.overdue window by risk interval", "[rules][visits]")
{
    Nominal n = quietNominal();
    n.visits = {visit("2024-02-29")};
    checkWindow(n, "visits.overdue", s("visits.overdue:N000001:2024-08-29"), d("2024-08-29"), d("2024-08-15"));
    const auto a = run(n, "2024-08-30", "visits.overdue");
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason == s("Last home visit on 2024-02-29; medium risk calls for a visit every 6 months."));
    CHECK(a[0].clearsWhen == s("A home visit is recorded."));
    CHECK(a[0].owner == s("pc1"));

    n.visits.append(visit("2024-08-01", VisitType::Office)); // not a home visit
    CHECK(run(n, "2024-08-30", "visits.overdue").size() == 1);
    n.visits.append(visit("2024-08-01"));
    CHECK(run(n, "2024-08-30", "visits.overdue").isEmpty());
}

TEST_CASE("rules: visits.overdue 31 Jan + 1 month for very high risk", "[rules][visits]")
{
    Nominal n = quietNominal();
    n.riskHistory = {{d("2020-01-01"), RiskLevel::VeryHigh}};
    n.visits = {visit("2024-01-31")};
    checkWindow(n, "visits.overdue", s("visits.overdue:N000001:2024-02-29"), d("2024-02-29"), d("2024-02-15"));
}

TEST_CASE("rules: visits.overdue uses the plan's interval in days", "[rules][visits]")
{
    Nominal n = quietNominal();
    n.visits = {visit("2024-03-01")};
    Plan p;
    p.from = d("2024-01-01");
    p.visitIntervalDays = 28;
    Plan later;
    later.from = d("2024-05-01");
    later.visitIntervalDays = 90;
    n.plans = {p, later};
    const auto a = run(n, "2024-03-30", "visits.overdue");
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("visits.overdue:N000001:2024-03-29"));
    CHECK(a[0].reason == s("Last home visit on 2024-03-01; the risk management plan sets a visit every 28 days."));
    // From May the later plan applies to the same last visit.
    CHECK(run(n, "2024-05-01", "visits.overdue").isEmpty()); // due 2024-05-30, window from 16 May
    CHECK(keysOf(run(n, "2024-05-16", "visits.overdue")) == QStringList{s("visits.overdue:N000001:2024-05-30")});
}

TEST_CASE("rules: visits.overdue counts from release or first notification", "[rules][visits]")
{
    Nominal n = quietNominal();
    n.visits = {visit("2023-01-01")};
    n.custody = {{d("2023-06-01"), std::nullopt, d("2024-01-31")}};
    const auto a = run(n, "2024-08-01", "visits.overdue");
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("visits.overdue:N000001:2024-07-31"));
    CHECK(a[0].reason == s("Released from custody on 2024-01-31 with no home visit since; medium risk calls for a "
                           "visit every 6 months."));
    CHECK(run(n, "2024-01-30", "visits.overdue").isEmpty()); // in custody

    Nominal fresh = quietNominal();
    fresh.registration.firstNotified = d("2024-01-31");
    fresh.riskHistory = {{d("2024-01-31"), RiskLevel::Medium}};
    fresh.visits.clear();
    CHECK(keysOf(run(fresh, "2024-08-01", "visits.overdue")) == QStringList{s("visits.overdue:N000001:2024-07-31")});
}

TEST_CASE("rules: visits.overdue only under active management, reactive and back", "[rules][visits]")
{
    Nominal n = quietNominal();
    n.visits = {visit("2021-06-01")};
    n.management = ManagementMode::Active;
    n.managementDecisions = {decision("2022-01-01", ManagementDecisionKind::MoveReactive),
                             decision("2024-03-01", ManagementDecisionKind::ReturnActive)};
    CHECK(run(n, "2021-12-31", "visits.overdue").size() == 1);
    CHECK(run(n, "2023-01-01", "visits.overdue").isEmpty()); // reactive
    const auto back = run(n, "2024-03-01", "visits.overdue");
    REQUIRE(back.size() == 1);
    CHECK(back[0].key == s("visits.overdue:N000001:2021-12-01"));
}

TEST_CASE("rules: visits.overdue without a known risk needs a plan interval", "[rules][visits]")
{
    Nominal n = quietNominal();
    n.visits = {visit("2024-01-01")};
    n.riskHistory = {{d("2025-01-01"), RiskLevel::Low}};
    CHECK(run(n, "2024-08-01", "visits.overdue").isEmpty());
    Plan p;
    p.from = d("2023-01-01");
    p.visitIntervalDays = 30;
    n.plans = {p};
    CHECK(keysOf(run(n, "2024-08-01", "visits.overdue")) == QStringList{s("visits.overdue:N000001:2024-01-31")});
}

TEST_CASE("rules: management.reactive_eligible suggests after three low years", "[rules][management]")
{
    const Nominal n = lowForYears();
    const auto a = run(n, "2024-06-15", "management.reactive_eligible");
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("management.reactive_eligible:N000001:info"));
    CHECK(a[0].status == AlertStatus::Info);
    CHECK_FALSE(a[0].due.has_value());
    CHECK(a[0].daysOverdue == 0);
    CHECK(a[0].ownerRole == Role::Sergeant);
    CHECK(a[0].owner == s("ps1"));
    CHECK(a[0].reason == s("Low risk on every day since 2021-06-15 with no concern, disclosure or intelligence entry, "
                           "and no stay_active decision since 2023-06-15: the case may move to reactive management."));
    CHECK(a[0].clearsWhen == s("The case moves to reactive management, or a stay_active decision is recorded."));
    CHECK_FALSE(eligible(quietNominal())); // medium risk
}

TEST_CASE("rules: management.reactive_eligible needs low risk on every day of the window", "[rules][management]")
{
    Nominal n = lowForYears();
    n.riskHistory = {{d("2020-01-01"), RiskLevel::High}, {d("2021-06-15"), RiskLevel::Low}};
    CHECK(eligible(n));
    n.riskHistory = {{d("2020-01-01"), RiskLevel::High}, {d("2021-06-16"), RiskLevel::Low}};
    CHECK_FALSE(eligible(n));
    n.riskHistory = {
        {d("2020-01-01"), RiskLevel::Low}, {d("2022-01-01"), RiskLevel::Medium}, {d("2022-02-01"), RiskLevel::Low}};
    CHECK_FALSE(eligible(n));
    // Same date: the later record is that day's level.
    n.riskHistory = {
        {d("2020-01-01"), RiskLevel::Low}, {d("2022-01-01"), RiskLevel::High}, {d("2022-01-01"), RiskLevel::Low}};
    CHECK(eligible(n));
    n.riskHistory = {{d("2020-01-01"), RiskLevel::Low},
                     {d("2022-01-01"), RiskLevel::Low},
                     {d("2022-01-01"), RiskLevel::High},
                     {d("2022-02-01"), RiskLevel::Low}};
    CHECK_FALSE(eligible(n));
    // Without history, risk is unknown before first notification.
    n.riskHistory.clear();
    n.registration.firstNotified = d("2021-06-15");
    CHECK(eligible(n));
    n.registration.firstNotified = d("2021-06-16");
    CHECK_FALSE(eligible(n));
}

TEST_CASE("rules: management.reactive_eligible is blocked by serious entries and recent stay_active",
          "[rules][management]")
{
    const auto with = [](Entry e) {
        Nominal n = lowForYears();
        n.entries = {std::move(e)};
        return eligible(n);
    };
    CHECK_FALSE(with(entry("C1", "2021-06-15T10:00:00Z", "pc1", EntryType::Concern)));
    CHECK_FALSE(with(entry("C1", "2021-06-14T23:30:00Z", "pc1", EntryType::Disclosure))); // 15 June in London
    CHECK(with(entry("I1", "2021-06-14T10:00:00Z", "pc1", EntryType::Intelligence)));     // before the window
    CHECK_FALSE(with(entry("I1", "2024-06-15T10:00:00Z", "pc1", EntryType::Intelligence)));
    CHECK(with(entry("I1", "2024-06-16T10:00:00Z", "pc1", EntryType::Intelligence))); // after asOf
    CHECK(with(entry("N1", "2023-01-01T10:00:00Z", "pc2", EntryType::Note)));

    Nominal n = lowForYears();
    n.managementDecisions = {decision("2023-06-15", ManagementDecisionKind::StayActive)};
    CHECK_FALSE(eligible(n));
    n.managementDecisions = {decision("2023-06-14", ManagementDecisionKind::StayActive)};
    CHECK(eligible(n));
    n.management = ManagementMode::Reactive;
    n.managementDecisions = {decision("2024-01-01", ManagementDecisionKind::MoveReactive)};
    CHECK_FALSE(eligible(n));
    n = lowForYears();
    n.custody = {{d("2024-06-01"), std::nullopt, std::nullopt}};
    CHECK_FALSE(eligible(n));
}

TEST_CASE("rules: management.reactive_review window and clearing", "[rules][management]")
{
    Nominal n = reactiveSince("2023-01-01");
    n.entries = {entry("I1", "2024-03-10T12:00:00Z", "pc2", EntryType::Intelligence)};
    checkWindow(n, "management.reactive_review", s("management.reactive_review:N000001:I1:2024-03-17"), d("2024-03-17"),
                d("2024-03-10"));
    const auto a = run(n, "2024-03-18", "management.reactive_review");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == s("ps1"));
    CHECK(a[0].ownerRole == Role::Sergeant);
    CHECK(a[0].reason ==
          s("Intelligence entry I1 of 2024-03-10 was made while the case is managed reactively (since 2023-01-01)."));
    CHECK(a[0].clearsWhen == s("A management decision dated on or after 2024-03-10 is recorded."));

    const auto with = [&n](ManagementDecision m) {
        Nominal x = n;
        x.managementDecisions = {std::move(m)};
        return run(x, "2024-03-18", "management.reactive_review");
    };
    CHECK(with(decision("2024-03-12", ManagementDecisionKind::StayReactive)).isEmpty());
    CHECK(with(decision("2024-03-10", ManagementDecisionKind::StayReactive)).isEmpty()); // same day counts
    CHECK(with(decision("2024-03-09", ManagementDecisionKind::StayReactive)).size() == 1);
    CHECK(with(decision("2024-03-20", ManagementDecisionKind::StayReactive)).size() == 1); // after asOf
}

TEST_CASE("rules: management.reactive_review counts entries from the day of the move", "[rules][management]")
{
    const auto keys = [](const char* at, EntryType type = EntryType::Concern) {
        Nominal n = reactiveSince("2024-01-01");
        n.entries = {entry("C1", at, "pc2", type)};
        return keysOf(run(n, "2024-01-05", "management.reactive_review"));
    };
    CHECK(keys("2023-12-31T12:00:00Z").isEmpty());
    CHECK(keys("2024-01-01T00:30:00Z") == QStringList{s("management.reactive_review:N000001:C1:2024-01-08")});
    CHECK(keys("2024-01-02T10:00:00Z", EntryType::Disclosure) ==
          QStringList{s("management.reactive_review:N000001:C1:2024-01-09")});
    CHECK(keys("2024-01-02T10:00:00Z", EntryType::Note).isEmpty());

    Nominal active = quietNominal();
    active.entries = {entry("C1", "2024-01-02T10:00:00Z", "pc2", EntryType::Concern)};
    CHECK(run(active, "2024-01-05", "management.reactive_review").isEmpty());
}

TEST_CASE("rules: management rules across reactive, active and reactive again", "[rules][management]")
{
    Nominal n = lowForYears();
    n.management = ManagementMode::Reactive;
    n.managementDecisions = {decision("2021-01-01", ManagementDecisionKind::MoveReactive),
                             decision("2022-01-01", ManagementDecisionKind::ReturnActive),
                             decision("2024-01-01", ManagementDecisionKind::MoveReactive)};
    n.entries = {entry("C1", "2024-02-01T10:00:00Z", "pc2", EntryType::Concern)};
    CHECK(keysOf(run(n, "2024-02-05", "management.reactive_review")) ==
          QStringList{s("management.reactive_review:N000001:C1:2024-02-08")});
    CHECK(run(n, "2024-02-05", "management.reactive_eligible").isEmpty());
    CHECK(run(n, "2024-02-05", "visits.overdue").isEmpty());
    // While active (2022–2023): the eligibility suggestion, no reactive review.
    CHECK(run(n, "2023-06-01", "management.reactive_review").isEmpty());
    CHECK(run(n, "2023-06-01", "management.reactive_eligible").size() == 1);
}
