#include "WindowCheck.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

Nominal notified(std::initializer_list<Notification> notifications)
{
    Nominal n = quietNominal();
    n.notifications = notifications;
    return n;
}

} // namespace

TEST_CASE("rules: notification.annual window", "[rules][notification]")
{
    const Nominal n = notified({{d("2023-02-28"), NotificationKind::Annual}});
    checkWindow(n, "notification.annual", s("notification.annual:N000001:2024-02-28"), d("2024-02-28"),
                d("2024-02-14"));
    const auto a = run(n, "2024-02-29", "notification.annual");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == s("pc1"));
    CHECK(a[0].ownerRole == Role::Officer);
    CHECK(a[0].reason == s("Last initial, annual or change notification on 2023-02-28; the annual notification fell "
                           "due on 2024-02-28."));
    CHECK(a[0].clearsWhen == s("A newer initial, annual or change notification is recorded."));
}

TEST_CASE("rules: notification.annual from 29 Feb is due 28 Feb", "[rules][notification]")
{
    const Nominal n = notified({{d("2024-02-29"), NotificationKind::Change}});
    checkWindow(n, "notification.annual", s("notification.annual:N000001:2025-02-28"), d("2025-02-28"),
                d("2025-02-14"));
}

TEST_CASE("rules: notification.annual restarts only on initial, annual or change", "[rules][notification]")
{
    Nominal n = notified({{d("2023-02-28"), NotificationKind::Annual},
                          {d("2023-10-01"), NotificationKind::Detail},
                          {d("2023-11-01"), NotificationKind::Travel},
                          {d("2023-12-01"), NotificationKind::Weekly}});
    CHECK(keysOf(run(n, "2024-02-29", "notification.annual")) ==
          QStringList{s("notification.annual:N000001:2024-02-28")});
    n.notifications.append({d("2023-10-01"), NotificationKind::Change});
    CHECK(run(n, "2024-02-29", "notification.annual").isEmpty()); // due 2024-10-01 now
    n.notifications = {{d("2023-02-28"), NotificationKind::Annual}, {d("2024-02-20"), NotificationKind::Annual}};
    CHECK(run(n, "2024-02-29", "notification.annual").isEmpty());
    n.notifications = {{d("2023-02-28"), NotificationKind::Annual}, {d("2024-03-02"), NotificationKind::Annual}};
    CHECK(run(n, "2024-03-01", "notification.annual").size() == 1); // the newer one is after asOf
    // With no notification, the year runs from first notification.
    Nominal fresh = quietNominal();
    fresh.registration.firstNotified = d("2023-03-15");
    fresh.riskHistory = {{d("2023-03-15"), RiskLevel::Medium}};
    fresh.notifications.clear();
    CHECK(keysOf(run(fresh, "2024-03-10", "notification.annual")) ==
          QStringList{s("notification.annual:N000001:2024-03-15")});
}

TEST_CASE("rules: notification.annual falling in custody is due 3 days after release", "[rules][notification]")
{
    Nominal n = notified({{d("2023-03-01"), NotificationKind::Annual}});
    n.custody = {{d("2024-01-10"), std::nullopt, d("2024-04-15")}};
    CHECK(run(n, "2024-04-14", "notification.annual").isEmpty()); // in custody
    const auto a = run(n, "2024-04-15", "notification.annual");
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("notification.annual:N000001:2024-04-18"));
    CHECK(a[0].status == AlertStatus::Due);
    CHECK(a[0].reason == s("Last initial, annual or change notification on 2023-03-01; the annual notification fell "
                           "due on 2024-03-01, while in custody; released on 2024-04-15."));
    const auto late = run(n, "2024-04-19", "notification.annual");
    REQUIRE(late.size() == 1);
    CHECK(late[0].daysOverdue == 1);

    // Released on the anniversary itself: that day is in the community.
    n.custody = {{d("2024-01-10"), std::nullopt, d("2024-03-01")}};
    CHECK(keysOf(run(n, "2024-03-02", "notification.annual")) ==
          QStringList{s("notification.annual:N000001:2024-03-01")});
    // Taken into custody on the anniversary: it fell in custody.
    n.custody = {{d("2024-03-01"), std::nullopt, d("2024-03-20")}};
    CHECK(keysOf(run(n, "2024-03-20", "notification.annual")) ==
          QStringList{s("notification.annual:N000001:2024-03-23")});
}

TEST_CASE("rules: notification.indefinite_review from 15 years", "[rules][notification]")
{
    Nominal n = quietNominal();
    n.registration.firstNotified = d("2005-03-01");
    n.riskHistory = {{d("2005-03-01"), RiskLevel::Medium}};
    CHECK(run(n, "2020-02-29", "notification.indefinite_review").isEmpty());
    const auto a = run(n, "2020-03-01", "notification.indefinite_review");
    REQUIRE(a.size() == 1);
    CHECK(a[0].key == s("notification.indefinite_review:N000001:info"));
    CHECK(a[0].status == AlertStatus::Info);
    CHECK_FALSE(a[0].due.has_value());
    CHECK(a[0].ownerRole == Role::Inspector);
    CHECK(a[0].owner == s("in1"));
    CHECK(a[0].reason == s("Notified indefinitely since 2005-03-01; eligible for review from 2020-03-01; no review "
                           "decision since 2012-03-01."));

    n.registration.period = NotificationPeriod::Years10;
    n.registration.firstNotified = d("2015-03-01");
    CHECK(run(n, "2024-06-01", "notification.indefinite_review").isEmpty());
}

TEST_CASE("rules: notification.indefinite_review from 8 years when under 18", "[rules][notification]")
{
    Nominal n = quietNominal();
    n.registration.firstNotified = d("2005-03-01");
    n.registration.under18AtNotification = true;
    n.riskHistory = {{d("2005-03-01"), RiskLevel::Medium}};
    CHECK(run(n, "2013-02-28", "notification.indefinite_review").isEmpty());
    CHECK(run(n, "2013-03-01", "notification.indefinite_review").size() == 1);
}

TEST_CASE("rules: notification.indefinite_review is quiet for 8 years after a decision", "[rules][notification]")
{
    Nominal n = quietNominal();
    n.registration.firstNotified = d("2005-03-01");
    n.riskHistory = {{d("2005-03-01"), RiskLevel::Medium}};
    n.indefiniteReviewDecisions = {{d("2015-01-01"), s("in1"), IndefiniteOutcome::Continue, s("Reason.")}};
    CHECK(run(n, "2020-03-01", "notification.indefinite_review").isEmpty());
    CHECK(run(n, "2023-01-01", "notification.indefinite_review").isEmpty());
    CHECK(run(n, "2023-01-02", "notification.indefinite_review").size() == 1);
    n.indefiniteReviewDecisions = {{d("2021-01-01"), s("in1"), IndefiniteOutcome::Continue, s("Reason.")}};
    CHECK(run(n, "2020-03-01", "notification.indefinite_review").size() == 1); // decision after asOf
    // A discharge ends registration: no alerts at all.
    n.indefiniteReviewDecisions = {{d("2021-01-01"), s("in1"), IndefiniteOutcome::Discharge, s("Reason.")}};
    CHECK(engine().evaluate(n, d("2021-01-01")).isEmpty());
}
