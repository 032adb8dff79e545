#pragma once

// What makes a supervisor's decision acceptable against the case as stored (the readings
// are in docs/supervision-notes.md): a transfer from the current owner to someone else, a
// management decision that fits the current mode, an indefinite-review decision on an
// indefinite notification that may be reviewed. Who the decision names (accounts, roles,
// scope) is the services' to check. Each error names the field.

#include "core/Domain.h"
#include "core/Result.h"
#include "core/rules/Policy.h"

#include <QDate>

namespace somdesk {

// `t.from` already holds the current owner when the caller left it out.
Status checkTransfer(const Transfer& t, const Nominal& current, const QDate& today);
Status checkManagementDecision(const ManagementDecision& d, const Nominal& current, const Policy& policy,
                               const QDate& today);
Status checkIndefiniteReview(const IndefiniteReviewDecision& d, const Nominal& current, const QDate& today);

// The management mode a decision leaves the case in (move_reactive and stay_reactive:
// reactive; return_active and stay_active: active).
ManagementMode modeAfter(ManagementDecisionKind decision);

} // namespace somdesk
