#pragma once

// Two-person and separation-of-duties rules: whether the person approving or deciding a
// request is a second person in fact, judged from the account's provenance as stored
// (docs/security.md, "Accounts, passwords and two-person rules"). Internal to the services.

#include "store/UserRepository.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace somdesk {

// Why `approver` may not approve an erasure `requester` asked for at `requestedAt` (a
// message for a refusal), or nullopt. The approver must not be the requester, their account
// must have existed before the request (a later second, not the same one), and nobody but
// the approver may have set their password since the request: an account the requester (or
// an account the requester made) created or reset after asking is the requester's puppet.
std::optional<QString> erasureApproverProblem(const StoredUser& approver, const QString& requester,
                                              const QDateTime& requestedAt);

// Why `decider` may not decide a re-evaluation `requester` asked for at `requestedAt`, or
// nullopt: not the requester, nor an account the requester created, nor one whose password
// the requester set since the request. (Requests arrive by bundle import with their own
// dates, older than the accounts of this database, so the account's age is not asked here;
// the triggering entry's author is refused by core/casework/ReviewChecks.h.)
std::optional<QString> reviewDeciderProblem(const StoredUser& decider, const QString& requester,
                                            const QDateTime& requestedAt);

} // namespace somdesk
