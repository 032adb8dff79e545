#include "WindowCheck.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

Nominal approvedHigh(const char* decidedAt = "2024-07-03T09:00:00Z", const char* by = "in1",
                     RiskLevel proposed = RiskLevel::High, bool escalating = false,
                     ReviewDecision decision = ReviewDecision::Approved)
{
    Nominal n = quietNominal();
    n.entries = {entry("E5", "2024-07-01T10:00:00Z", "pc1", EntryType::Concern)};
    n.reviews = {review("E5", decision, ts(decidedAt), by, proposed, escalating)};
    return n;
}

MappaReferral referral(const char* on, bool referred, const char* reason)
{
    MappaReferral m;
    m.decidedOn = d(on);
    m.by = s("in1");
    m.referred = referred;
    if (referred) {
        m.level = 2;
    }
    m.reason = s(reason);
    return m;
}

Screening screening(const char* on)
{
    Screening sc;
    sc.date = d(on);
    sc.level = 1;
    return sc;
}

} // namespace

TEST_CASE("rules: mappa.level2_consideration window", "[rules][mappa]")
{
    const Nominal n = approvedHigh();
    checkWindow(n, "mappa.level2_consideration", s("mappa.level2_consideration:N000001:E5:2024-07-08"), d("2024-07-08"),
                d("2024-07-03"));
    const auto a = run(n, "2024-07-09", "mappa.level2_consideration");
    REQUIRE(a.size() == 1);
    CHECK(a[0].ownerRole == Role::Inspector);
    CHECK(a[0].owner == s("in1"));
    CHECK(a[0].reason == s("The risk re-evaluation of entry E5, approved on 2024-07-03, proposed high risk while the "
                           "case is at MAPPA level 1; no MAPPA referral decision has been made since."));
    // Approved at 23:30 UTC on 2 July: 3 July in London.
    const auto late = run(approvedHigh("2024-07-02T23:30:00Z"), "2024-07-09", "mappa.level2_consideration");
    REQUIRE(late.size() == 1);
    CHECK(late[0].key == s("mappa.level2_consideration:N000001:E5:2024-07-08"));
}

TEST_CASE("rules: mappa.level2_consideration fires for escalations at level 1 only", "[rules][mappa]")
{
    const auto fires = [](const Nominal& n) { return !run(n, "2024-07-09", "mappa.level2_consideration").isEmpty(); };
    CHECK(fires(approvedHigh("2024-07-03T09:00:00Z", "in1", RiskLevel::VeryHigh)));
    CHECK_FALSE(fires(approvedHigh("2024-07-03T09:00:00Z", "in1", RiskLevel::Medium)));
    CHECK(fires(approvedHigh("2024-07-03T09:00:00Z", "in1", RiskLevel::Medium, true))); // marked escalating
    CHECK_FALSE(fires(approvedHigh("2024-07-03T09:00:00Z", "in1", RiskLevel::High, false, ReviewDecision::Rejected)));
    CHECK_FALSE(fires(approvedHigh("2024-07-10T09:00:00Z"))); // approved after asOf: not yet
    Nominal level2 = approvedHigh();
    level2.mappaLevel = 2;
    CHECK_FALSE(fires(level2));
    Nominal pending = approvedHigh();
    pending.reviews[0].decision = ReviewDecision::Pending;
    pending.reviews[0].decidedAt.reset();
    pending.reviews[0].decidedBy.reset();
    CHECK_FALSE(fires(pending));
}

TEST_CASE("rules: mappa.level2_consideration clears with a referral decision on or after approval", "[rules][mappa]")
{
    const auto with = [](MappaReferral m, const char* asOf = "2024-07-09") {
        Nominal n = approvedHigh();
        n.mappaReferrals = {std::move(m)};
        return run(n, asOf, "mappa.level2_consideration");
    };
    CHECK(with(referral("2024-07-04", true, "Level 2 meeting called.")).isEmpty());
    CHECK(with(referral("2024-07-03", false, "Managed at level 1 with extra visits.")).isEmpty());
    CHECK(with(referral("2024-07-04", false, "  ")).size() == 1); // not referred needs a reason
    CHECK(with(referral("2024-07-02", true, "Earlier referral.")).size() == 1);
    CHECK(with(referral("2024-07-12", true, "Later.")).size() == 1); // after asOf
}

TEST_CASE("rules: mappa.post_sentence_screening window and clearing", "[rules][mappa]")
{
    Nominal n = quietNominal();
    n.custody = {{d("2024-01-31"), std::nullopt, std::nullopt}};
    checkWindow(n, "mappa.post_sentence_screening", s("mappa.post_sentence_screening:N000001:2024-02-28"),
                d("2024-02-28"), d("2024-02-14"));
    const auto a = run(n, "2024-03-01", "mappa.post_sentence_screening");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == s("pc1"));
    CHECK(a[0].reason == s("In custody since 2024-01-31; no MAPPA screening has been recorded since."));

    n.screenings = {screening("2024-02-01")};
    CHECK(run(n, "2024-03-01", "mappa.post_sentence_screening").isEmpty());
    n.screenings = {screening("2024-01-30")}; // before this custody period
    CHECK(run(n, "2024-03-01", "mappa.post_sentence_screening").size() == 1);
    n.custody[0].releasedOn = d("2024-03-10");
    CHECK(run(n, "2024-03-09", "mappa.post_sentence_screening").size() == 1);
    CHECK(run(n, "2024-03-10", "mappa.post_sentence_screening").isEmpty()); // released
}

TEST_CASE("rules: mappa.pre_release_screening window, computed in one step", "[rules][mappa]")
{
    Nominal n = quietNominal();
    n.custody = {{d("2023-01-10"), d("2024-08-31"), std::nullopt}};
    n.screenings = {screening("2023-02-01")};
    // Due 31 Aug − 6 months = 29 Feb 2024.
    checkWindow(n, "mappa.pre_release_screening", s("mappa.pre_release_screening:N000001:2024-02-29"), d("2024-02-29"),
                d("2024-02-15"));
    const auto a = run(n, "2024-03-01", "mappa.pre_release_screening");
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason ==
          s("In custody with expected release on 2024-08-31; no MAPPA screening dated on or after 2024-01-31."));
    CHECK(a[0].clearsWhen == s("A MAPPA screening dated on or after 2024-01-31 is recorded."));

    // A screening counts from 31 Aug − 7 months = 31 Jan (two steps would give 29 Jan).
    n.screenings = {screening("2024-01-31")};
    CHECK(run(n, "2024-03-01", "mappa.pre_release_screening").isEmpty());
    n.screenings = {screening("2024-01-30")};
    CHECK(run(n, "2024-03-01", "mappa.pre_release_screening").size() == 1);
    n.screenings = {screening("2024-03-05")}; // after asOf
    CHECK(run(n, "2024-03-01", "mappa.pre_release_screening").size() == 1);
    CHECK(run(n, "2024-03-05", "mappa.pre_release_screening").isEmpty());
}

TEST_CASE("rules: mappa.pre_release_screening needs custody and an expected release", "[rules][mappa]")
{
    Nominal n = quietNominal();
    n.custody = {{d("2023-01-10"), std::nullopt, std::nullopt}};
    CHECK(run(n, "2024-03-01", "mappa.pre_release_screening").isEmpty());
    n.custody = {{d("2023-01-10"), d("2024-08-31"), d("2024-02-20")}}; // released early
    CHECK(run(n, "2024-03-01", "mappa.pre_release_screening").isEmpty());
    CHECK(run(n, "2024-02-19", "mappa.pre_release_screening").size() == 1);
}

TEST_CASE("rules: a what-if screening grace moves the counting date", "[rules][mappa]")
{
    Nominal n = quietNominal();
    n.custody = {{d("2023-01-10"), d("2024-08-31"), std::nullopt}};
    n.screenings = {screening("2024-01-30")};
    const auto whatIf = Policy::fromJson(QByteArray(R"({"screening_grace_months": 2})"), Policy::defaults());
    REQUIRE(whatIf.ok());
    CHECK(run(n, "2024-03-01", "mappa.pre_release_screening", engine(*whatIf)).isEmpty());
    CHECK(run(n, "2024-03-01", "mappa.pre_release_screening").size() == 1);
}
