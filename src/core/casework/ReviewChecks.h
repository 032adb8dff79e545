#pragma once

// What makes a decision on a risk re-evaluation acceptable, as pure functions of the case as
// stored (docs/supervision-notes.md, "Re-evaluations"): the request exists and is pending,
// the decision is approved or rejected with a reason, and the person deciding is neither the
// requester nor the author of the triggering entry. An approval's risk change is worked out
// here too, so the history it leaves is the one the rules and the bundle read.

#include "core/Domain.h"
#include "core/Result.h"

#include <QDate>

#include <optional>

namespace somdesk {

// The index (in n.reviews) of the pending request for entry `entryId`: the earliest
// requested if there are several. None: not found ("entry: no re-evaluation request for E12
// on N000123"); only decided ones: a conflict naming the latest decision, who and when.
Result<qsizetype> pendingReviewFor(const Nominal& n, const QString& entryId);

// Separation of duties: why `username` may not decide `review` (a message for a refusal),
// or nullopt. The requester may not, nor the author of the entry that triggered it.
std::optional<QString> separationOfDuties(const Nominal& n, const Review& review, const QString& username);

// approved or rejected (pending is no decision), and a reason that is not blank.
Status checkDecision(ReviewDecision decision, const QString& reason);

// What an approval of `proposed` on `today` (Europe/London) appends to n's risk history: the
// change dated today at the end of the list (after any earlier change the same day, which it
// then follows as the later recorded), preceded, for a nominal stored without history, by
// the level it held from first notification. Nothing when the level is already `proposed`.
// A history with a change dated after today is a conflict: the approved level could not be
// the last one, as the nominal's risk level must be.
Result<QList<RiskHistoryItem>> riskChangesFor(const Nominal& n, RiskLevel proposed, const QDate& today);

} // namespace somdesk
