#include "WindowCheck.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

ArmsAssessment arms(const char* on)
{
    ArmsAssessment a;
    a.completedOn = d(on);
    a.by = s("pc1");
    return a;
}

// Released on 29 Feb 2024 after a custody period; last ARMS before it.
Nominal releasedOnLeapDay()
{
    Nominal n = quietNominal();
    n.arms = {arms("2023-06-01")};
    n.custody = {{d("2023-09-01"), d("2024-03-01"), d("2024-02-29")}};
    return n;
}

} // namespace

TEST_CASE("rules: arms.post_release window after a 29 Feb release", "[rules][arms]")
{
    const Nominal n = releasedOnLeapDay();
    checkWindow(n, "arms.post_release", s("arms.post_release:N000001:2024-04-11"), d("2024-04-11"), d("2024-03-28"));
    const auto a = run(n, "2024-04-12", "arms.post_release");
    REQUIRE(a.size() == 1);
    CHECK(a[0].ownerRole == Role::Officer);
    CHECK(a[0].owner == s("pc1"));
    CHECK(a[0].reason == s("Released from custody on 2024-02-29; no ARMS assessment has been completed since."));
    CHECK(a[0].clearsWhen == s("An ARMS assessment completed on or after 2024-02-29 is recorded."));
    // While it is open, before its window too, the other ARMS rules stay silent.
    for (const char* day : {"2024-03-10", "2024-04-12"}) {
        CHECK(run(n, day, "arms.new_registration").isEmpty());
        CHECK(run(n, day, "arms.review").isEmpty());
    }
}

TEST_CASE("rules: arms.post_release clears with an ARMS on or after the release only", "[rules][arms]")
{
    Nominal n = releasedOnLeapDay();
    n.arms.append(arms("2024-02-29"));
    CHECK(run(n, "2024-04-20", "arms.post_release").isEmpty());

    n = releasedOnLeapDay();
    n.arms.append(arms("2024-03-15"));
    CHECK(run(n, "2024-04-20", "arms.post_release").isEmpty());
    CHECK(run(n, "2024-04-20", "arms.review").isEmpty()); // next review 2025-03-15, not yet in its window

    n = releasedOnLeapDay();
    n.arms.append(arms("2024-02-28")); // the day before release: does not count
    CHECK(run(n, "2024-04-20", "arms.post_release").size() == 1);

    n = releasedOnLeapDay();
    n.arms.append(arms("2024-04-15")); // later than asOf: not yet made
    const auto a = run(n, "2024-04-12", "arms.post_release");
    REQUIRE(a.size() == 1);
    CHECK(a[0].status == AlertStatus::Overdue);
    CHECK(run(n, "2024-04-15", "arms.post_release").isEmpty());
}

TEST_CASE("rules: arms.post_release for a release in the future", "[rules][arms]")
{
    Nominal n = quietNominal();
    n.arms = {arms("2023-06-01")};
    n.custody = {{d("2023-09-01"), d("2024-07-01"), d("2024-07-01")}};
    // Before the release day the person is in custody: no ARMS rule fires.
    for (const char* rule : {"arms.post_release", "arms.new_registration", "arms.review"}) {
        CHECK(run(n, "2024-06-30", rule).isEmpty());
    }
    CHECK(run(n, "2024-07-28", "arms.post_release").isEmpty());
    const auto a = run(n, "2024-07-29", "arms.post_release");
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("arms.post_release:N000001:2024-08-12"));
}

TEST_CASE("rules: arms.post_release after recall and re-release", "[rules][arms]")
{
    Nominal n = quietNominal();
    n.arms = {arms("2021-02-01")};
    n.custody = {{d("2020-06-01"), std::nullopt, d("2021-01-10")}, {d("2023-05-01"), std::nullopt, d("2024-02-29")}};
    CHECK(run(n, "2021-02-15", "arms.post_release").isEmpty()); // first release assessed
    const auto review = run(n, "2023-04-01", "arms.review");
    REQUIRE(review.size() == 1);
    CHECK(review[0].key == s("arms.review:N000001:2022-02-01"));
    for (const char* rule : {"arms.post_release", "arms.review"}) {
        CHECK(run(n, "2023-06-01", rule).isEmpty()); // recalled: in custody
    }
    const auto post = run(n, "2024-04-12", "arms.post_release");
    REQUIRE(post.size() == 1);
    CHECK(post[0].key == s("arms.post_release:N000001:2024-04-11"));
    CHECK(post[0].daysOverdue == 1);
    CHECK(run(n, "2024-04-12", "arms.review").isEmpty());
}

TEST_CASE("rules: arms.new_registration window and clearing", "[rules][arms]")
{
    Nominal n = quietNominal();
    n.registration.firstNotified = d("2024-01-31");
    n.riskHistory = {{d("2024-01-31"), RiskLevel::Medium}};
    n.arms.clear();
    n.notifications.clear();
    checkWindow(n, "arms.new_registration", s("arms.new_registration:N000001:2024-03-13"), d("2024-03-13"),
                d("2024-02-28"));
    const auto a = run(n, "2024-03-14", "arms.new_registration");
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason == s("First notified on 2024-01-31; no ARMS assessment has been completed since."));
    CHECK(run(n, "2024-03-14", "arms.review").isEmpty());

    n.arms = {arms("2024-01-31")};
    CHECK(run(n, "2024-03-14", "arms.new_registration").isEmpty());
    n.arms = {arms("2024-01-30")}; // before notification: does not count
    CHECK(run(n, "2024-03-14", "arms.new_registration").size() == 1);
    CHECK(run(n, "2024-03-14", "arms.review").isEmpty());
}

TEST_CASE("rules: arms.post_release takes precedence over arms.new_registration", "[rules][arms]")
{
    Nominal n = quietNominal();
    n.registration.firstNotified = d("2024-03-05");
    n.riskHistory = {{d("2024-03-05"), RiskLevel::Medium}};
    n.arms.clear();
    n.notifications.clear();
    n.custody = {{d("2023-01-01"), std::nullopt, d("2024-02-29")}};
    const auto all = engine().evaluate(n, d("2024-04-20"));
    CHECK(alertsOf(all, "arms.post_release").size() == 1);
    CHECK(alertsOf(all, "arms.new_registration").isEmpty());
    // An ARMS after release also covers the registration.
    n.arms = {arms("2024-03-10")};
    CHECK(alertsOf(engine().evaluate(n, d("2024-04-20")), "arms.new_registration").isEmpty());
}

TEST_CASE("rules: arms.review by risk, clamped to the month's end", "[rules][arms]")
{
    Nominal n = quietNominal();
    n.arms = {arms("2023-08-31")};
    n.riskHistory = {{d("2020-01-01"), RiskLevel::Medium}, {d("2023-09-01"), RiskLevel::High}};
    checkWindow(n, "arms.review", s("arms.review:N000001:2024-02-29"), d("2024-02-29"), d("2024-02-15"));
    const auto a = run(n, "2024-03-01", "arms.review");
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason ==
          s("Last ARMS assessment completed on 2023-08-31; high risk calls for a review every 6 months."));
    CHECK(a[0].clearsWhen == s("A newer ARMS assessment is recorded."));

    n.riskHistory = {{d("2020-01-01"), RiskLevel::Medium}};
    checkWindow(n, "arms.review", s("arms.review:N000001:2024-08-31"), d("2024-08-31"), d("2024-08-17"));

    Nominal older = n;
    older.arms.append(arms("2023-05-01")); // an older ARMS changes nothing
    CHECK(keysOf(run(older, "2024-09-01", "arms.review")) == QStringList{s("arms.review:N000001:2024-08-31")});
    Nominal later = n;
    later.arms.append(arms("2024-09-05")); // made after asOf: not yet
    CHECK(keysOf(run(later, "2024-09-01", "arms.review")) == QStringList{s("arms.review:N000001:2024-08-31")});

    n.arms.append(arms("2024-08-20")); // a newer ARMS clears
    CHECK(run(n, "2024-09-01", "arms.review").isEmpty());
}

TEST_CASE("rules: arms.review needs a known risk and the community", "[rules][arms]")
{
    Nominal n = quietNominal();
    n.arms = {arms("2020-02-01")};
    n.riskHistory = {{d("2024-06-01"), RiskLevel::High}}; // risk unknown before June 2024
    CHECK(run(n, "2024-05-01", "arms.review").isEmpty());
    CHECK(run(n, "2024-06-01", "arms.review").size() == 1);

    n.riskHistory = {{d("2020-01-01"), RiskLevel::Low}};
    n.custody = {{d("2024-01-01"), std::nullopt, std::nullopt}};
    CHECK(run(n, "2023-12-31", "arms.review").size() == 1);
    CHECK(run(n, "2024-03-01", "arms.review").isEmpty());
}
