// The supervisor's workload through the services: the sergeant's team, the inspector's
// area, the policy's caseload limit, and the refusal of everyone else (audited).

#include "ServicesTestUtil.h"

using namespace somdesk;
using namespace somdesk::test;

namespace {

const OfficerWorkload* find(const WorkloadOverview& w, const QString& officer)
{
    for (const OfficerWorkload& o : w.officers) {
        if (o.officer == officer) {
            return &o;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("workload: a sergeant sees the team's officers, an inspector the area's, with the caseload limit")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    const QDate asOf(2026, 11, 1);
    auto team = f.s->workload(f.sessionOf(QStringLiteral("ps0042")), asOf);
    INFO((team ? std::string() : msg(team.error())));
    REQUIRE(team.ok());
    CHECK(team->caseloadLimit == 60);
    QStringList officers;
    for (const OfficerWorkload& o : team->officers) {
        officers.append(o.officer);
    }
    // Team A's officers only: pc2222 is Team B, pc9001 Area 2.
    CHECK(officers == QStringList{QStringLiteral("pc1111"), QStringLiteral("pc4521")});
    // Each caseload is what the officer's own caseload list holds.
    for (const QString& u : officers) {
        auto own = f.s->caseload(f.sessionOf(u));
        REQUIRE(own.ok());
        CHECK(find(*team, u)->work.caseload == own->size());
    }
    // The alerts on pc4521's cases are the alerts of an owner-filtered run.
    AlertQuery q;
    q.asOf = asOf;
    q.owner = QStringLiteral("pc4521");
    auto run = f.s->alerts(f.sessionOf(QStringLiteral("ps0042")), q);
    REQUIRE(run.ok());
    const Workload& pc4521 = find(*team, QStringLiteral("pc4521"))->work;
    CHECK(pc4521.overdue + pc4521.due + pc4521.info == run->alerts.size());
    CHECK(pc4521.overdue + pc4521.due + pc4521.info > 0);

    auto area = f.s->workload(f.sessionOf(QStringLiteral("insp0012")), asOf);
    REQUIRE(area.ok());
    CHECK(find(*area, QStringLiteral("pc2222")) != nullptr);
    CHECK(find(*area, QStringLiteral("pc9001")) == nullptr);
    CHECK(area->teams.size() >= 2);
    CHECK(area->total.caseload == f.s->caseload(f.sessionOf(QStringLiteral("insp0012")))->size());

    // The limit is the policy's.
    REQUIRE(f.s->setPolicy(f.admin, QByteArrayLiteral(R"({"caseload_limit": 1})")).ok());
    auto limited = f.s->workload(f.sessionOf(QStringLiteral("ps0042")), asOf);
    REQUIRE(limited.ok());
    CHECK(limited->caseloadLimit == 1);
    CHECK(find(*limited, QStringLiteral("pc4521"))->overLimit(1) == (pc4521.caseload > 1));
}

TEST_CASE("workload: officers and admins are refused, and the refusal is audited")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    for (const QString& who : {QStringLiteral("pc4521"), kAdmin}) {
        const int refusals = f.refusals();
        const int changes = f.changeAudits();
        auto r = f.s->workload(who == kAdmin ? f.admin : f.sessionOf(who), QDate(2026, 11, 1));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::PermissionDenied);
        CHECK(f.refusals() == refusals + 1);
        CHECK(f.changeAudits() == changes);
    }
    auto bad = f.s->workload(f.sessionOf(QStringLiteral("ps0042")), QDate());
    REQUIRE_FALSE(bad.ok());
    CHECK(msg(bad.error()) == "as-of: not a date (YYYY-MM-DD)");
}
