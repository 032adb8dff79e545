#pragma once

// A supervisor's decisions recorded as casework (internal to the services layer): case
// transfers, management decisions and indefinite-review decisions. recordCasework calls
// these around the row it appends; docs/supervision-notes.md gives the readings.

#include "core/Domain.h"
#include "core/Result.h"
#include "core/casework/CaseworkRecord.h"
#include "services/Session.h"

namespace somdesk {

class ServiceContext;

// What the caller may leave out: a transfer's `from` (the current owner), a decision's `by`
// (the signed-in user).
CaseworkRecord withDecisionDefaults(const CaseworkRecord& record, const Nominal& current, const Session& session);

// The people a decision names: a transfer's new owner an active casework account inside the
// recorder's scope (a sergeant's team, an inspector's area); a management decision by the
// supervisor who records it; an indefinite-review decision by an inspector. Refusals of who
// is asking are audited (ServiceContext::refuse); other problems are invalid input.
Status checkDecisionPeople(ServiceContext& ctx, const Session& session, const Nominal& current,
                           const CaseworkRecord& record);

// What the decision changes on the nominal once its row is appended, in the caller's
// transaction: a transfer's new owner and its `transfer` chronology entry; the management
// mode after move_reactive or return_active; a discharge's register status. Returns the
// audit detail to add after the record's place ("from=pc4521 to=pc2222 entry=E7").
Result<QString> applyDecision(ServiceContext& ctx, const Session& session, const Nominal& current,
                              const CaseworkRecord& record);

// The `transfer` entries made by others on or after the day of `transfer` that `username`
// has not acknowledged: acknowledging the transfer acknowledges them too.
QStringList transferEntriesToAcknowledge(const Nominal& current, const Transfer& transfer, const QString& username);

} // namespace somdesk
