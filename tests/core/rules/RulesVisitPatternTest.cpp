// The three rules of rules.md no other system has: visits.predictable, visits.unverified
// and plan.escalation_trigger, each at its edges.

#include "WindowCheck.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

Visit home(const char* on, bool announced, QStringList checks = {}, std::optional<QString> verified = {})
{
    Visit v;
    v.date = d(on);
    v.by = s("pc1");
    v.type = VisitType::Home;
    v.announced = announced;
    v.checks = std::move(checks);
    v.verified = std::move(verified);
    return v;
}

Visit office(const char* on)
{
    Visit v = home(on, true);
    v.type = VisitType::Office;
    return v;
}

// 2024-03-04, 04-01, 04-29, 05-27 are Mondays; 2024-05-29 is a Wednesday.
Nominal withVisits(QList<Visit> visits)
{
    Nominal n = quietNominal();
    n.visits = std::move(visits);
    return n;
}

Plan plan(const char* from, QStringList phrases)
{
    Plan p;
    p.from = d(from);
    p.triggerPhrases = std::move(phrases);
    return p;
}

MappaReferral referral(const char* on, bool referred, const char* reason)
{
    MappaReferral m;
    m.decidedOn = d(on);
    m.by = s("in1");
    m.referred = referred;
    m.reason = s(reason);
    return m;
}

} // namespace

TEST_CASE("rules: visits.predictable when the last four home visits were all announced", "[rules][visits]")
{
    const Nominal n = withVisits({home("2024-03-05", true), home("2024-04-10", true), home("2024-05-02", true),
                                  home("2024-05-29", true)});
    checkWindow(n, "visits.predictable", s("visits.predictable:N000001:2024-06-26"), d("2024-06-26"), d("2024-06-12"));
    const auto a = run(n, "2024-06-27", "visits.predictable");
    REQUIRE(a.size() == 1);
    CHECK(a[0].ownerRole == Role::Officer);
    CHECK(a[0].owner == s("pc1"));
    CHECK(a[0].reason == s("The last 4 home visits (2024-03-05, 2024-04-10, 2024-05-02, 2024-05-29) were all announced."));
    CHECK(a[0].clearsWhen == s("A home visit that breaks the pattern (unannounced) is recorded."));
}

TEST_CASE("rules: visits.predictable on the same weekday with one unannounced visit", "[rules][visits]")
{
    const Nominal n = withVisits({home("2024-03-04", true), home("2024-04-01", false), home("2024-04-29", true),
                                  home("2024-05-27", true)});
    const auto a = run(n, "2024-06-10", "visits.predictable");
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("visits.predictable:N000001:2024-06-24"));
    CHECK(a[0].reason ==
          s("The last 4 home visits (2024-03-04, 2024-04-01, 2024-04-29, 2024-05-27) were all on a Monday."));
    CHECK(a[0].clearsWhen == s("A home visit that breaks the pattern (on a day other than Monday) is recorded."));
}

TEST_CASE("rules: visits.predictable with both patterns is one alert naming both", "[rules][visits]")
{
    const Nominal n = withVisits({home("2024-03-04", true), home("2024-04-01", true), home("2024-04-29", true),
                                  home("2024-05-27", true)});
    const auto a = run(n, "2024-06-10", "visits.predictable");
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason == s("The last 4 home visits (2024-03-04, 2024-04-01, 2024-04-29, 2024-05-27) were all "
                           "announced and all on a Monday."));
    CHECK(a[0].clearsWhen ==
          s("A home visit that breaks the pattern (unannounced or on a day other than Monday) is recorded."));
}

TEST_CASE("rules: visits.predictable needs no pattern, four visits and the twelve-month window", "[rules][visits]")
{
    SECTION("neither pattern")
    {
        const Nominal n = withVisits({home("2024-03-04", true), home("2024-04-01", false), home("2024-04-30", true),
                                      home("2024-05-27", true)});
        CHECK(run(n, "2024-06-20", "visits.predictable").isEmpty());
    }
    SECTION("three home visits are not enough; a visit without announced was not announced")
    {
        Visit unknown = home("2024-01-10", true);
        unknown.announced.reset();
        Nominal n = withVisits({unknown, home("2024-03-05", true), home("2024-04-10", true), home("2024-05-02", true)});
        CHECK(run(n, "2024-06-20", "visits.predictable").isEmpty());
        n.visits.removeFirst();
        CHECK(run(n, "2024-06-20", "visits.predictable").isEmpty());
    }
    SECTION("earliest exactly twelve months back fires, one day more does not")
    {
        const Nominal n = withVisits({home("2023-06-20", true), home("2023-09-12", true), home("2024-01-17", true),
                                      home("2024-05-29", true)});
        const auto a = run(n, "2024-06-20", "visits.predictable");
        REQUIRE(a.size() == 1);
        CHECK(a[0].key == s("visits.predictable:N000001:2024-06-26"));
        CHECK(run(n, "2024-06-21", "visits.predictable").isEmpty());
    }
    SECTION("twelve months back clamps to the month's end")
    {
        const Nominal n = withVisits({home("2023-02-28", true), home("2023-09-12", true), home("2024-01-17", true),
                                      home("2024-02-10", true)});
        CHECK(run(n, "2024-02-29", "visits.predictable").size() == 1);
        CHECK(run(n, "2024-03-01", "visits.predictable").isEmpty());
    }
}

TEST_CASE("rules: visits.predictable counts only home visits since the last release", "[rules][visits]")
{
    SECTION("office visits neither count nor break the pattern")
    {
        const Nominal n = withVisits({home("2024-03-05", true), home("2024-04-10", true), office("2024-04-20"),
                                      home("2024-05-29", true)});
        CHECK(run(n, "2024-06-20", "visits.predictable").isEmpty());
        Nominal four = n;
        four.visits.append(home("2024-06-01", true));
        four.visits[2].announced = false;
        const auto a = run(four, "2024-06-20", "visits.predictable");
        REQUIRE(a.size() == 1);
        CHECK(a[0].reason.contains(s("(2024-03-05, 2024-04-10, 2024-05-29, 2024-06-01)")));
    }
    SECTION("visits before the last release do not count after it")
    {
        Nominal n = withVisits({home("2024-01-05", true), home("2024-02-10", true), home("2024-05-02", true),
                                home("2024-05-29", true)});
        n.custody = {{d("2024-03-01"), d("2024-04-20"), d("2024-04-20")}};
        CHECK(run(n, "2024-06-20", "visits.predictable").isEmpty());
        n.custody[0].releasedOn = d("2024-02-10");
        n.custody[0].from = d("2024-01-20");
        CHECK(run(n, "2024-06-20", "visits.predictable").isEmpty());
        n.custody[0].releasedOn = d("2024-01-05"); // the release day's visit counts
        n.custody[0].from = d("2023-12-01");
        CHECK(run(n, "2024-06-20", "visits.predictable").size() == 1);
    }
    SECTION("later visits are ignored; a breaking visit ends it")
    {
        Nominal n = withVisits({home("2024-03-05", true), home("2024-04-10", true), home("2024-05-02", true),
                                home("2024-05-29", true), home("2024-06-15", false)});
        CHECK(run(n, "2024-06-14", "visits.predictable").size() == 1);
        CHECK(run(n, "2024-06-15", "visits.predictable").isEmpty());
    }
    SECTION("same date: the later in the list is the later visit")
    {
        Nominal n = withVisits({home("2024-03-05", true), home("2024-03-05", false), home("2024-04-10", true),
                                home("2024-05-02", true), home("2024-05-29", true)});
        CHECK(run(n, "2024-06-20", "visits.predictable").isEmpty()); // the unannounced one is among the last four
        std::swap(n.visits[0], n.visits[1]);
        CHECK(run(n, "2024-06-20", "visits.predictable").size() == 1);
    }
    SECTION("not in custody, not reactive")
    {
        Nominal n = withVisits({home("2024-03-05", true), home("2024-04-10", true), home("2024-05-02", true),
                                home("2024-05-29", true)});
        Nominal custody = n;
        custody.custody = {{d("2024-06-01"), d("2025-01-01"), std::nullopt}};
        CHECK(run(custody, "2024-06-20", "visits.predictable").isEmpty());
        Nominal reactive = n;
        reactive.management = ManagementMode::Reactive;
        CHECK(run(reactive, "2024-06-20", "visits.predictable").isEmpty());
    }
}

TEST_CASE("rules: visits.predictable follows its policy keys", "[rules][visits][policy]")
{
    auto policy = Policy::fromJson(R"({"pattern_visits": 2, "pattern_window_months": 1, "pattern_review_days": 3})");
    REQUIRE(policy.ok());
    const Nominal n = withVisits({home("2024-05-02", false), home("2024-05-20", true), home("2024-05-29", true)});
    const auto a = run(n, "2024-06-01", "visits.predictable", engine(*policy));
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("visits.predictable:N000001:2024-06-01"));
    CHECK(run(n, "2024-06-20", "visits.predictable", engine(*policy)).size() == 1);
    CHECK(run(n, "2024-06-21", "visits.predictable", engine(*policy)).isEmpty()); // 05-20 is out of the month
}

TEST_CASE("rules: visits.unverified when the last three home visits verified nothing", "[rules][visits]")
{
    const Nominal n = withVisits({home("2024-04-10", false, {s("address")}), home("2024-05-02", false),
                                  home("2024-05-20", true, {}, s("")), home("2024-05-29", false)});
    checkWindow(n, "visits.unverified", s("visits.unverified:N000001:2024-06-12"), d("2024-06-12"), d("2024-05-29"));
    const auto a = run(n, "2024-06-13", "visits.unverified");
    REQUIRE(a.size() == 1);
    CHECK(a[0].ownerRole == Role::Officer);
    CHECK(a[0].reason == s("The last 3 home visits (2024-05-02, 2024-05-20, 2024-05-29) each verified nothing."));
    CHECK(a[0].clearsWhen == s("A home visit that verifies something is recorded."));
}

TEST_CASE("rules: visits.unverified edges", "[rules][visits]")
{
    SECTION("verified holding only Unicode white space is nothing")
    {
        const Nominal n = withVisits({home("2024-05-02", false, {}, s(" \t\n")),
                                      home("2024-05-20", false, {}, s("\u00A0\u2003\u3000")), home("2024-05-29", false)});
        CHECK(run(n, "2024-06-01", "visits.unverified").size() == 1);
    }
    SECTION("a zero-width space is not white space: that visit verified something")
    {
        const Nominal n = withVisits(
            {home("2024-05-02", false), home("2024-05-20", false, {}, s("\u200B")), home("2024-05-29", false)});
        CHECK(run(n, "2024-06-01", "visits.unverified").isEmpty());
    }
    SECTION("a check, or verified text, on any of the three ends it")
    {
        CHECK(run(withVisits({home("2024-05-02", false), home("2024-05-20", false, {s("devices")}),
                              home("2024-05-29", false)}),
                  "2024-06-01", "visits.unverified")
                  .isEmpty());
        CHECK(run(withVisits({home("2024-05-02", false), home("2024-05-20", false),
                              home("2024-05-29", false, {}, s("Saw the payslip."))}),
                  "2024-06-01", "visits.unverified")
                  .isEmpty());
    }
    SECTION("two home visits are not enough; office visits do not count")
    {
        CHECK(run(withVisits({office("2024-05-02"), home("2024-05-20", false), home("2024-05-29", false)}),
                  "2024-06-01", "visits.unverified")
                  .isEmpty());
    }
    SECTION("not in custody, not reactive")
    {
        Nominal n = withVisits({home("2024-05-02", false), home("2024-05-20", false), home("2024-05-29", false)});
        n.management = ManagementMode::Reactive;
        CHECK(run(n, "2024-06-01", "visits.unverified").isEmpty());
    }
}

TEST_CASE("rules: plan.escalation_trigger on an entry meeting the plan's own phrase", "[rules][plan]")
{
    Nominal n = quietNominal();
    n.plans = {plan("2024-05-01", {s("lost his job"), s("new partner")})};
    n.entries = {entry("E7", "2024-06-03T10:00:00Z", "pc1", EntryType::Note, "He says he LOST his   job today.")};
    checkWindow(n, "plan.escalation_trigger", s("plan.escalation_trigger:N000001:E7:2024-06-04"), d("2024-06-04"),
                d("2024-06-03"));
    const auto a = run(n, "2024-06-05", "plan.escalation_trigger");
    REQUIRE(a.size() == 1);
    CHECK(a[0].ownerRole == Role::Inspector);
    CHECK(a[0].owner == s("in1"));
    CHECK(a[0].reason == s("Note entry E7 of 2024-06-03 meets the escalation trigger phrase \"lost his job\" of the "
                           "risk management plan from 2024-05-01."));
    CHECK(a[0].clearsWhen == s("An inspector records a MAPPA referral decision (referred, or not referred with a "
                               "reason) dated on or after 2024-06-03."));
    n.entries[0].text = s("Lost his job; a new partner moved in.");
    const auto both = run(n, "2024-06-05", "plan.escalation_trigger");
    REQUIRE(both.size() == 1);
    CHECK(both[0].reason.contains(s("phrases \"lost his job\", \"new partner\"")));
}

TEST_CASE("rules: plan.escalation_trigger takes the plan in force on the entry's day", "[rules][plan]")
{
    Nominal n = quietNominal();
    n.plans = {plan("2024-05-01", {s("lost his job")}), plan("2024-06-10", {})};
    n.entries = {entry("E1", "2024-04-30T10:00:00Z", "pc1", EntryType::Concern, "Lost his job."),
                 entry("E2", "2024-05-01T10:00:00Z", "pc1", EntryType::Intelligence, "Lost his job."),
                 entry("E3", "2024-06-10T10:00:00Z", "pc1", EntryType::Disclosure, "Lost his job."),
                 entry("E4", "2024-05-02T10:00:00Z", "pc1", EntryType::Oversight, "Lost his job."),
                 entry("E5", "2024-05-02T10:00:00Z", "pc1", EntryType::System, "Lost his job.")};
    // E1 is before the plan, E3 under a plan without phrases (no inheritance); oversight and
    // system entries carry no triggers.
    CHECK(keysOf(run(n, "2024-06-12", "plan.escalation_trigger")) ==
          QStringList{s("plan.escalation_trigger:N000001:E2:2024-05-02")});
}

TEST_CASE("rules: plan.escalation_trigger clears with a referral decision on or after the entry's day",
          "[rules][plan]")
{
    Nominal n = quietNominal();
    n.plans = {plan("2024-05-01", {s("lost his job")})};
    n.entries = {entry("E7", "2024-06-03T10:00:00Z", "pc1", EntryType::Note, "Lost his job.")};
    n.mappaReferrals = {referral("2024-06-02", true, "Earlier decision.")};
    CHECK(run(n, "2024-06-05", "plan.escalation_trigger").size() == 1); // the day before does not clear
    n.mappaReferrals.append(referral("2024-06-03", false, " "));
    CHECK(run(n, "2024-06-05", "plan.escalation_trigger").size() == 1); // not referred needs a reason
    n.mappaReferrals.append(referral("2024-06-06", false, "Managed at level 1."));
    CHECK(run(n, "2024-06-05", "plan.escalation_trigger").size() == 1); // dated after asOf: not yet made
    CHECK(run(n, "2024-06-06", "plan.escalation_trigger").isEmpty());
    n.mappaReferrals = {referral("2024-06-03", true, "Referred to level 2.")};
    CHECK(run(n, "2024-06-05", "plan.escalation_trigger").isEmpty());
}

TEST_CASE("rules: plan and policy phrases both matching give two alerts of different rules", "[rules][plan]")
{
    Nominal n = quietNominal();
    n.plans = {plan("2024-05-01", {s("lost his job")})};
    n.entries = {entry("E7", "2024-06-03T10:00:00Z", "pc1", EntryType::Concern, "Lost his job and has urges.")};
    const auto all = engine().evaluate(n, d("2024-06-05"));
    CHECK(alertsOf(all, "plan.escalation_trigger").size() == 1);
    const auto policy = alertsOf(all, "disclosure.trigger");
    REQUIRE(policy.size() == 1);
    CHECK(policy[0].reason.contains(s("\"urges\"")));
    CHECK_FALSE(policy[0].reason.contains(s("lost his job")));
}

TEST_CASE("rules: plan.escalation_trigger fires in custody and under reactive management", "[rules][plan]")
{
    Nominal n = quietNominal();
    n.plans = {plan("2024-05-01", {s("lost his job")})};
    n.entries = {entry("E7", "2024-06-03T10:00:00Z", "pc1", EntryType::Note, "Lost his job.")};
    Nominal custody = n;
    custody.custody = {{d("2024-05-20"), d("2025-01-01"), std::nullopt}};
    CHECK(run(custody, "2024-06-05", "plan.escalation_trigger").size() == 1);
    Nominal reactive = n;
    reactive.management = ManagementMode::Reactive;
    CHECK(run(reactive, "2024-06-05", "plan.escalation_trigger").size() == 1);
}

TEST_CASE("rules: plan.escalation_trigger follows plan_trigger_days", "[rules][plan][policy]")
{
    auto policy = Policy::fromJson(R"({"plan_trigger_days": 5})");
    REQUIRE(policy.ok());
    Nominal n = quietNominal();
    n.plans = {plan("2024-05-01", {s("lost his job")})};
    n.entries = {entry("E7", "2024-06-03T10:00:00Z", "pc1", EntryType::Note, "Lost his job.")};
    const auto a = run(n, "2024-06-05", "plan.escalation_trigger", engine(*policy));
    REQUIRE(a.size() == 1);
    CHECK(a[0].due == d("2024-06-08"));
}

TEST_CASE("rules: the new policy keys are validated, counts and windows at least 1", "[rules][policy]")
{
    for (const char* key : {"pattern_visits", "curiosity_visits", "pattern_window_months"}) {
        INFO(key);
        const QByteArray json = QByteArray("{\"") + key + "\": 0}";
        const auto r = Policy::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(s(key) + s(": must be a whole number ≥ 1")));
        CHECK(Policy::fromJson(QByteArray("{\"") + key + "\": 1}").ok());
    }
    for (const char* key : {"pattern_review_days", "curiosity_review_days", "plan_trigger_days"}) {
        INFO(key);
        CHECK(Policy::fromJson(QByteArray("{\"") + key + "\": 0}").ok());
        CHECK_FALSE(Policy::fromJson(QByteArray("{\"") + key + "\": -1}").ok());
    }
    const auto empty = Policy::fromJson(R"({"visit_checks": []})");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(s("visit_checks: must not be empty")));
}
