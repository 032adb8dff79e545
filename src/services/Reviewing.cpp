// Risk re-evaluations: the approval queue of pending requests in the caller's scope, and an
// inspector's decision on one (core/casework/ReviewChecks.h holds what makes it acceptable;
// docs/supervision-notes.md, "Re-evaluations", the readings behind it). An approval moves
// the nominal's risk level and risk history in the decision's own transaction.

#include "Access.h"
#include "SecondPerson.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/casework/ReviewChecks.h"
#include "core/rules/Dates.h"

namespace somdesk {

Result<QList<ReviewQueueItem>> Services::reviewQueue(const Session& session)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ReadReviewQueue); !st) {
        return st.error();
    }
    auto items = m_ctx->cases().pendingReviews(scopeQuery(session));
    if (!items) {
        return items.error();
    }
    // The queue shows entry text: one consultation row for the scope it covered.
    if (Status st = m_ctx->auditRead(session, QStringLiteral("review queue"), scopeText(session),
                                     QStringLiteral("review queue"), QStringLiteral("count=%1").arg(items->size()));
        !st) {
        return st.error();
    }
    return items;
}

Result<ReviewOutcome> Services::decideReview(const Session& session, const QString& ref, const QString& entryId,
                                             ReviewDecision decision, const QString& reason)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::DecideReview); !st) {
        return st.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto n = loadForCasework(*m_ctx, session, ref);
    if (!n) {
        return n.error();
    }
    auto index = pendingReviewFor(*n, entryId);
    if (!index) {
        return index.error();
    }
    Review decided = n->reviews[*index];
    if (auto why = separationOfDuties(*n, decided, session.username)) {
        return m_ctx->refuse(session, ref, Error::denied(*why));
    }
    auto decider = m_ctx->users().find(session.username);
    if (!decider) {
        return decider.error();
    }
    if (decider->has_value()) {
        if (auto why = reviewDeciderProblem(**decider, decided.requestedBy, decided.requestedAt)) {
            return m_ctx->refuse(session, ref, Error::denied(*why));
        }
    }
    if (Status st = checkDecision(decision, reason); !st) {
        return st.error();
    }
    const QDateTime now = m_ctx->db().now();
    ReviewOutcome outcome;
    outcome.reviewIndex = int(*index);
    outcome.decision = decision;
    outcome.riskLevel = n->riskLevel;
    QString detail = QStringLiteral("reviews[%1] entry=%2 %3").arg(*index).arg(entryId, toString(decision));
    if (decision == ReviewDecision::Approved) {
        auto changes = riskChangesFor(*n, decided.proposedRiskLevel, londonDate(now));
        if (!changes) {
            return changes.error();
        }
        for (const RiskHistoryItem& change : *changes) {
            auto at = m_ctx->cases().appendRiskChange(ref, change);
            if (!at) {
                return at.error();
            }
            outcome.riskHistoryIndex = *at;
        }
        if (!changes->isEmpty()) {
            outcome.riskBefore = n->riskLevel;
            outcome.riskLevel = decided.proposedRiskLevel;
        }
        detail += QStringLiteral(" risk=%1").arg(toString(decided.proposedRiskLevel));
        detail += outcome.riskHistoryIndex ? QStringLiteral(" risk_history[%1]").arg(*outcome.riskHistoryIndex)
                                           : QStringLiteral(" unchanged");
    }
    decided.decision = decision;
    decided.decidedAt = now;
    decided.decidedBy = session.username;
    decided.decisionReason = reason.trimmed();
    if (Status st = m_ctx->cases().decideReview(ref, *index, decided); !st) {
        return st.error();
    }
    if (Status st = m_ctx->audit(session, AuditOperation::Alteration, QStringLiteral("review"), ref,
                                 QStringLiteral("casework"), detail);
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return outcome;
}

} // namespace somdesk
