// The supervisor's workload: counts per officer from caseload rows and alerts, summed per
// team, with officers who hold no case listed and owners outside the list added.

#include "core/supervision/Workload.h"

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

User officer(const QString& username, const QString& team)
{
    User u;
    u.username = username;
    u.name = QStringLiteral("Officer ") + username;
    u.collar = QStringLiteral("1");
    u.role = Role::Officer;
    u.area = QStringLiteral("Area 1");
    u.team = team;
    return u;
}

CaseSummary heldBy(const QString& ref, const QString& owner)
{
    CaseSummary c;
    c.ref = ref;
    c.owner = owner;
    return c;
}

Alert alert(const QString& rule, const QString& nominal, AlertStatus status)
{
    Alert a;
    a.rule = rule;
    a.nominal = nominal;
    a.status = status;
    a.key = rule + QLatin1Char(':') + nominal;
    return a;
}

} // namespace

TEST_CASE("workload: alerts count on the case's officer, by status and by kind")
{
    const QList<User> people{officer(QStringLiteral("pc2"), QStringLiteral("Team B")),
                             officer(QStringLiteral("pc1"), QStringLiteral("Team A")),
                             officer(QStringLiteral("pc3"), QStringLiteral("Team A"))};
    const QList<CaseSummary> cases{
        heldBy(QStringLiteral("N1"), QStringLiteral("pc1")), heldBy(QStringLiteral("N2"), QStringLiteral("pc1")),
        heldBy(QStringLiteral("N3"), QStringLiteral("pc2")), heldBy(QStringLiteral("N4"), QStringLiteral("ps9"))};
    const QList<Alert> alerts{
        alert(QStringLiteral("arms.post_release"), QStringLiteral("N1"), AlertStatus::Overdue),
        alert(QStringLiteral("arms.review"), QStringLiteral("N2"), AlertStatus::Due),
        alert(QStringLiteral("visits.overdue"), QStringLiteral("N2"), AlertStatus::Overdue),
        alert(QStringLiteral("entries.acknowledge"), QStringLiteral("N3"), AlertStatus::Due),
        alert(QStringLiteral("entries.acknowledge"), QStringLiteral("N3"), AlertStatus::Overdue),
        alert(QStringLiteral("case.transfer_acknowledge"), QStringLiteral("N3"), AlertStatus::Overdue),
        alert(QStringLiteral("management.reactive_eligible"), QStringLiteral("N4"), AlertStatus::Info),
        // A case outside the rows given (not in scope) counts for no one.
        alert(QStringLiteral("visits.overdue"), QStringLiteral("N9"), AlertStatus::Overdue)};
    const WorkloadOverview w = buildWorkload(people, cases, alerts, 1);
    REQUIRE(w.officers.size() == 4);
    // By team (the unknown team of an owner not listed first), then username.
    CHECK(w.officers[0].officer == QStringLiteral("ps9"));
    CHECK(w.officers[0].team.isEmpty());
    CHECK(w.officers[1].officer == QStringLiteral("pc1"));
    CHECK(w.officers[2].officer == QStringLiteral("pc3"));
    CHECK(w.officers[3].officer == QStringLiteral("pc2"));

    const Workload& pc1 = w.officers[1].work;
    CHECK(pc1.caseload == 2);
    CHECK(pc1.overdue == 2);
    CHECK(pc1.due == 1);
    CHECK(pc1.armsOverdue == 1); // the due ARMS review is not overdue
    CHECK(pc1.visitsOverdue == 1);
    CHECK(w.officers[1].overLimit(1));
    CHECK_FALSE(w.officers[3].overLimit(1));

    const Workload& pc3 = w.officers[2].work; // holds nothing, still listed
    CHECK(pc3.caseload == 0);
    CHECK(pc3.overdue + pc3.due + pc3.info == 0);

    const Workload& pc2 = w.officers[3].work;
    CHECK(pc2.unacknowledged == 2);
    CHECK(pc2.transfersUnacknowledged == 1);
    CHECK(pc2.overdue == 2);
    CHECK(w.officers[0].work.info == 1);

    REQUIRE(w.teams.size() == 3);
    CHECK(w.teams[1].team == QStringLiteral("Team A"));
    CHECK(w.teams[1].officers == 2);
    CHECK(w.teams[1].work.caseload == 2);
    CHECK(w.teams[2].work.unacknowledged == 2);
    CHECK(w.total.caseload == 4);
    CHECK(w.total.overdue == 4);
    CHECK(w.caseloadLimit == 1);
}
