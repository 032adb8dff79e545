#include "Workload.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace somdesk {

Workload& Workload::operator+=(const Workload& other)
{
    caseload += other.caseload;
    overdue += other.overdue;
    due += other.due;
    info += other.info;
    armsOverdue += other.armsOverdue;
    visitsOverdue += other.visitsOverdue;
    unacknowledged += other.unacknowledged;
    transfersUnacknowledged += other.transfersUnacknowledged;
    return *this;
}

namespace {

void countAlert(Workload& w, const Alert& a)
{
    switch (a.status) {
    case AlertStatus::Overdue:
        ++w.overdue;
        break;
    case AlertStatus::Due:
        ++w.due;
        break;
    case AlertStatus::Info:
        ++w.info;
        break;
    }
    const bool overdue = a.status == AlertStatus::Overdue;
    if (overdue && a.rule.startsWith(QLatin1String("arms."))) {
        ++w.armsOverdue;
    }
    if (overdue && a.rule == QLatin1String("visits.overdue")) {
        ++w.visitsOverdue;
    }
    if (a.rule == QLatin1String("entries.acknowledge") && a.status != AlertStatus::Info) {
        ++w.unacknowledged;
    }
    if (a.rule == QLatin1String("case.transfer_acknowledge")) {
        ++w.transfersUnacknowledged;
    }
}

} // namespace

WorkloadOverview buildWorkload(const QList<User>& people, const QList<CaseSummary>& cases, const QList<Alert>& alerts,
                               int caseloadLimit)
{
    WorkloadOverview overview;
    overview.caseloadLimit = caseloadLimit;
    QMap<QString, OfficerWorkload> byOfficer; // username order
    for (const User& u : people) {
        OfficerWorkload& o = byOfficer[u.username];
        o.officer = u.username;
        o.team = u.team.value_or(QString());
    }
    QHash<QString, QString> ownerOf;
    for (const CaseSummary& c : cases) {
        ownerOf.insert(c.ref, c.owner);
        OfficerWorkload& o = byOfficer[c.owner];
        o.officer = c.owner;
        ++o.work.caseload;
    }
    for (const Alert& a : alerts) {
        const auto owner = ownerOf.constFind(a.nominal);
        if (owner != ownerOf.constEnd()) {
            countAlert(byOfficer[*owner].work, a);
        }
    }
    overview.officers = byOfficer.values();
    std::stable_sort(
        overview.officers.begin(), overview.officers.end(),
        [](const OfficerWorkload& a, const OfficerWorkload& b) { return compareCodePoints(a.team, b.team) < 0; });
    QMap<QString, TeamWorkload> byTeam;
    for (const OfficerWorkload& o : overview.officers) {
        TeamWorkload& t = byTeam[o.team];
        t.team = o.team;
        ++t.officers;
        t.work += o.work;
        overview.total += o.work;
    }
    overview.teams = byTeam.values();
    return overview;
}

} // namespace somdesk
