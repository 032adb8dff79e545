// The pure checks of a re-evaluation decision (core/casework/ReviewChecks.h): which request a
// decision is for, separation of duties, the decision and reason, and the risk history an
// approval leaves, including the cases a bundle import cannot make.

#include "core/casework/ReviewChecks.h"

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

Review request(const QString& entry, const QDateTime& at, ReviewDecision decision = ReviewDecision::Pending)
{
    Review r;
    r.entry = entry;
    r.requestedAt = at;
    r.requestedBy = QStringLiteral("pc1");
    r.decision = decision;
    if (decision != ReviewDecision::Pending) {
        r.decidedAt = at.addDays(1);
        r.decidedBy = QStringLiteral("insp1");
    }
    return r;
}

const QDateTime kT(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);

} // namespace

TEST_CASE("review checks: the earliest pending request for the entry is the one decided")
{
    Nominal n;
    n.ref = QStringLiteral("N1");
    n.reviews = {request(QStringLiteral("E1"), kT, ReviewDecision::Rejected),
                 request(QStringLiteral("E1"), kT.addDays(3)), request(QStringLiteral("E1"), kT.addDays(2)),
                 request(QStringLiteral("E2"), kT)};
    auto i = pendingReviewFor(n, QStringLiteral("E1"));
    REQUIRE(i.ok());
    CHECK(*i == 2);
    n.reviews.remove(1, 2);
    auto decided = pendingReviewFor(n, QStringLiteral("E1"));
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().code == ErrorCode::Conflict);
    CHECK(decided.error().message ==
          QStringLiteral(
              "entry: the re-evaluation of E1 was already rejected by insp1 at 2026-01-11T09:00:00Z (reviews[0])"));
    CHECK(pendingReviewFor(n, QStringLiteral("E9")).error().code == ErrorCode::NotFound);
}

TEST_CASE("review checks: neither the requester nor the entry's author decides")
{
    Nominal n;
    Entry e;
    e.id = QStringLiteral("E1");
    e.by = QStringLiteral("insp2");
    n.entries = {e};
    const Review r = request(QStringLiteral("E1"), kT);
    CHECK(separationOfDuties(n, r, QStringLiteral("pc1")).has_value());
    CHECK(separationOfDuties(n, r, QStringLiteral("insp2")).has_value());
    CHECK_FALSE(separationOfDuties(n, r, QStringLiteral("insp1")).has_value());
}

TEST_CASE("review checks: approved or rejected, with a reason within the limit")
{
    CHECK(checkDecision(ReviewDecision::Approved, QStringLiteral("ok")).ok());
    CHECK(checkDecision(ReviewDecision::Rejected, QStringLiteral("ok")).ok());
    CHECK(checkDecision(ReviewDecision::Pending, QStringLiteral("ok")).error().message.startsWith(u"decision: "));
    CHECK(checkDecision(ReviewDecision::Approved, QStringLiteral("\u00a0 \n")).error().message ==
          QStringLiteral("reason: required"));
    CHECK(checkDecision(ReviewDecision::Approved, QString(100'001, QLatin1Char('x'))).error().message ==
          QStringLiteral("reason: longer than 100000 characters"));
    CHECK(checkDecision(ReviewDecision::Approved, QString(100'000, QLatin1Char('x'))).ok());
}

TEST_CASE("review checks: the risk history an approval appends")
{
    const QDate today(2026, 1, 20);
    Nominal n;
    n.riskLevel = RiskLevel::Medium;
    n.registration.firstNotified = QDate(2019, 5, 1);

    // No stored history: its implicit start is written first, so the past reads the same.
    auto seeded = riskChangesFor(n, RiskLevel::High, today);
    REQUIRE(seeded.ok());
    REQUIRE(seeded->size() == 2);
    CHECK(seeded->at(0).from == QDate(2019, 5, 1));
    CHECK(seeded->at(0).level == RiskLevel::Medium);
    CHECK(seeded->at(1).from == today);
    CHECK(seeded->at(1).level == RiskLevel::High);

    // A history (a change today already): one change, after it; the same level: none.
    n.riskHistory = {{QDate(2019, 5, 1), RiskLevel::Low}, {today, RiskLevel::Medium}};
    auto one = riskChangesFor(n, RiskLevel::VeryHigh, today);
    REQUIRE(one.ok());
    REQUIRE(one->size() == 1);
    CHECK(one->at(0).from == today);
    CHECK(riskChangesFor(n, RiskLevel::Medium, today)->isEmpty());

    // A change dated after today: a conflict, even for the same level.
    n.riskHistory.append({today.addDays(1), RiskLevel::Medium});
    auto later = riskChangesFor(n, RiskLevel::Medium, today);
    REQUIRE_FALSE(later.ok());
    CHECK(later.error().code == ErrorCode::Conflict);
    CHECK(later.error().message.startsWith(u"risk_history[2]: a change dated 2026-01-21 is after today"));
    n.riskHistory.clear();
    n.registration.firstNotified = today.addDays(1);
    CHECK(riskChangesFor(n, RiskLevel::High, today).error().code == ErrorCode::Conflict);
}
