// Supervision: the team and area workload a sergeant or an inspector watches (the caseload
// of each officer against the policy's limit, and the alerts on their cases).

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"

namespace somdesk {

namespace {

// The casework accounts a supervisor's view lists even when they hold no case: the active
// officers of the sergeant's team, or of the inspector's area.
bool inView(const Session& session, const StoredUser& u)
{
    if (u.isDisabled() || u.user.role != Role::Officer) {
        return false;
    }
    if (session.role == Role::Sergeant) {
        return !session.team.isEmpty() && u.user.team.value_or(QString()) == session.team;
    }
    return !session.area.isEmpty() && u.user.area.value_or(QString()) == session.area;
}

} // namespace

Result<WorkloadOverview> Services::workload(const Session& session, const QDate& asOf)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ReadWorkload); !st) {
        return st.error();
    }
    if (!asOf.isValid()) {
        return Error::invalid(QStringLiteral("as-of: not a date (YYYY-MM-DD)"));
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    CaseQuery q = scopeQuery(session);
    q.withPhoto = false;
    auto cases = m_ctx->cases().summaries(q);
    if (!cases) {
        return cases.error();
    }
    AlertQuery query;
    query.asOf = asOf;
    query.purpose = QStringLiteral("supervision");
    auto run = alerts(session, query);
    if (!run) {
        return run.error();
    }
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    QList<User> people;
    for (const StoredUser& u : *users) {
        if (inView(session, u)) {
            people.append(u.user);
        }
    }
    WorkloadOverview overview =
        buildWorkload(people, *cases, run->alerts, policy->number(QStringLiteral("caseload_limit")));
    if (Status st = m_ctx->auditRead(
            session, QStringLiteral("workload"), scopeText(session), QStringLiteral("supervision: workload"),
            QStringLiteral("as_of=%1 officers=%2").arg(asOf.toString(Qt::ISODate)).arg(overview.officers.size()));
        !st) {
        return st.error();
    }
    return overview;
}

} // namespace somdesk
