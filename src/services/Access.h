#pragma once

// Who may act, and on which records: the one module every operation calls. The role x
// operation table is Permissions.cpp (deny by default); the scopes of domain.md are here:
// an officer's own caseload, a sergeant's team (by the owner's team), an inspector's
// area, and consultation of a case in one's area with a recorded purpose.

#include "core/Domain.h"
#include "core/Result.h"
#include "services/Permissions.h"
#include "services/Session.h"
#include "store/CaseRepository.h"

#include <optional>

namespace somdesk {

class ServiceContext;

// Role x operation: deny by default; the error names the operation and the role, and the
// refusal is audited.
Status requirePermission(ServiceContext& ctx, const Session& session, Operation operation);

// The caseload a session works on without a special purpose.
CaseQuery scopeQuery(const Session& s);
// That scope in words for audit rows ("caseload:pc1", "team:...", "area:...", "force").
QString scopeText(const Session& s);

// May this session consult this nominal (read the record with a purpose)?
Status checkRecordScope(const Session& s, const Nominal& n, const std::optional<QString>& ownerTeam);
// May this session act on this nominal (casework)? Officer: own caseload; sergeant: the
// owner's team; inspector: the area; admin: never.
Status checkCaseworkScope(const Session& s, const Nominal& n, const std::optional<QString>& ownerTeam);

} // namespace somdesk
