#pragma once

// A supervisor's view of the work: per officer, the caseload against the policy's limit and
// the alerts their cases carry; per team, the same summed. Pure: built from the caseload
// rows, the alerts of one rules run and the officers in scope, so the team view, the area
// view and the reports count the same things.

#include "core/CaseSummary.h"
#include "core/Domain.h"
#include "core/rules/Alert.h"

#include <QList>
#include <QString>

namespace somdesk {

struct Workload {
    int caseload = 0;
    int overdue = 0; // alerts by status, on the officer's cases
    int due = 0;
    int info = 0;
    int armsOverdue = 0;             // overdue arms.* alerts (one per nominal at most)
    int visitsOverdue = 0;           // overdue visits.overdue alerts
    int unacknowledged = 0;          // entries awaiting acknowledgement (entries.acknowledge, due or overdue)
    int transfersUnacknowledged = 0; // case.transfer_acknowledge alerts
    Workload& operator+=(const Workload& other);
};

struct OfficerWorkload {
    QString officer; // username
    QString team;    // empty when the account has none
    Workload work;
    bool overLimit(int caseloadLimit) const { return work.caseload > caseloadLimit; }
};

struct TeamWorkload {
    QString team;
    int officers = 0;
    Workload work;
};

struct WorkloadOverview {
    int caseloadLimit = 0;
    QList<OfficerWorkload> officers; // by team, then username
    QList<TeamWorkload> teams;       // by team
    Workload total;
};

// `people` are the casework accounts in the supervisor's scope; an owner of a listed case
// who is not among them is added with the team unknown. Alerts count on the case's owner
// (the officer who holds the case), whoever must act on them.
WorkloadOverview buildWorkload(const QList<User>& people, const QList<CaseSummary>& cases, const QList<Alert>& alerts,
                               int caseloadLimit);

} // namespace somdesk
