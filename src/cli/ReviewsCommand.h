#pragma once

#include <QStringList>

namespace somdesk {

// somdesk-cli reviews list|decide: the approval queue of risk re-evaluations.
// `reviews list --database F --user U [--format json|table]` prints the caller's queue,
// oldest first (json: an array of {nominal, entry, requested_by, requested_at,
// proposed_risk_level}); `reviews decide --database F --user U --nominal REF --entry ID
// --decision approved|rejected --reason TEXT` decides one request and prints what changed.
// Exit 0 on success, 2 for a usage error, 1 for a refusal or an error (the message says which).
int cmdReviews(const QStringList& args);

} // namespace somdesk
