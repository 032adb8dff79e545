#include "Access.h"

#include "ServiceContext.h"

namespace somdesk {

Status requirePermission(ServiceContext& ctx, const Session& session, Operation operation)
{
    return ctx.require(session, operation);
}

CaseQuery scopeQuery(const Session& s)
{
    CaseQuery q;
    switch (s.role) {
    case Role::Officer:
        q.owner = s.username;
        break;
    case Role::Sergeant:
        q.team = s.team;
        break;
    case Role::Inspector:
        q.area = s.area;
        break;
    case Role::Admin:
        break;
    }
    return q;
}

QString scopeText(const Session& s)
{
    switch (s.role) {
    case Role::Officer:
        return QStringLiteral("caseload:") + s.username;
    case Role::Sergeant:
        return QStringLiteral("team:") + s.team;
    case Role::Inspector:
        return QStringLiteral("area:") + s.area;
    case Role::Admin:
        return QStringLiteral("force");
    }
    return {};
}

Status checkRecordScope(const Session& s, const Nominal& n, const std::optional<QString>& ownerTeam)
{
    switch (s.role) {
    case Role::Officer:
    case Role::Sergeant:
    case Role::Inspector:
        if ((!s.area.isEmpty() && n.area == s.area) || n.owner == s.username ||
            (ownerTeam && *ownerTeam == s.team && !s.team.isEmpty())) {
            return {};
        }
        return Error::denied(QStringLiteral("permission denied: %1 is outside your area").arg(n.ref));
    case Role::Admin:
        return Error::denied(QStringLiteral("permission denied: administrators do not consult case records"));
    }
    return Error::denied(QStringLiteral("permission denied"));
}

Status checkCaseworkScope(const Session& s, const Nominal& n, const std::optional<QString>& ownerTeam)
{
    switch (s.role) {
    case Role::Officer:
        if (n.owner == s.username) {
            return {};
        }
        break;
    case Role::Sergeant:
        // A sergeant without a team leads no one (an owner without a team is no one's).
        if (ownerTeam && !s.team.isEmpty() && *ownerTeam == s.team) {
            return {};
        }
        break;
    case Role::Inspector:
        if (!s.area.isEmpty() && n.area == s.area) {
            return {};
        }
        break;
    case Role::Admin:
        break;
    }
    return Error::denied(QStringLiteral("permission denied: %1 is not in your %2")
                             .arg(n.ref, s.role == Role::Officer    ? QStringLiteral("caseload")
                                         : s.role == Role::Sergeant ? QStringLiteral("team")
                                                                    : QStringLiteral("area")));
}

} // namespace somdesk
