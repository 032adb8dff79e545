// Casework records: visits, ARMS, MAPPA screenings and referral decisions, notifications,
// custody and releases, plan versions, static scores, supervisors' decisions (transfers,
// management and indefinite-review decisions: DecisionRecording.h), concerns raised for
// re-evaluation, and transfer acknowledgements. Each is one call: permission, casework scope, checks naming the field
// (core/casework/RecordChecks.h), the row and its audit row in one transaction.

#include "Access.h"
#include "DecisionRecording.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/bundle/BundleReader.h"
#include "core/casework/RecordChecks.h"
#include "core/rules/Dates.h"

#include <QSet>

namespace somdesk {

namespace {

Operation operationFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Visit:
        return Operation::RecordVisit;
    case RecordKind::Arms:
        return Operation::RecordArms;
    case RecordKind::Screening:
        return Operation::RecordScreening;
    case RecordKind::MappaReferral:
        return Operation::RecordMappaReferral;
    case RecordKind::Notification:
        return Operation::RecordNotification;
    case RecordKind::Custody:
        return Operation::RecordCustody;
    case RecordKind::Plan:
        return Operation::RecordPlan;
    case RecordKind::StaticScore:
        return Operation::RecordStaticScore;
    case RecordKind::Transfer:
        return Operation::RecordTransfer;
    case RecordKind::ManagementDecision:
        return Operation::RecordManagementDecision;
    case RecordKind::IndefiniteReview:
        return Operation::RecordIndefiniteReview;
    }
    return Operation::RecordVisit;
}

// The person a record names as its author: an active account that does casework, and for
// a MAPPA referral decision an inspector.
Status checkAuthor(ServiceContext& ctx, const CaseworkRecord& record)
{
    QString by;
    if (const auto* v = std::get_if<Visit>(&record)) {
        by = v->by;
    } else if (const auto* a = std::get_if<ArmsAssessment>(&record)) {
        by = a->by;
    } else if (const auto* r = std::get_if<MappaReferral>(&record)) {
        by = r->by;
    } else {
        return {};
    }
    auto user = ctx.users().find(by);
    if (!user) {
        return user.error();
    }
    if (!*user || (*user)->isDisabled() || (*user)->user.role == Role::Admin) {
        return Error::invalid(QStringLiteral("by: %1 is not an active casework account").arg(by));
    }
    if (std::holds_alternative<MappaReferral>(record) && (*user)->user.role != Role::Inspector) {
        return Error::invalid(QStringLiteral("by: MAPPA referral decisions are an inspector's (%1 is not)").arg(by));
    }
    return {};
}

QString place(RecordKind kind, int index)
{
    return QStringLiteral("%1[%2]").arg(bundleListName(kind)).arg(index);
}

// The record's audit row (ids and places only), then the commit; `made` is what the call
// returns once both hold.
Result<QString> auditAndCommit(ServiceContext& ctx, Transaction& tx, const Session& session, AuditOperation op,
                               const QString& recordType, const QString& ref, const QString& detail,
                               const QString& made)
{
    if (Status st = ctx.audit(session, op, recordType, ref, QStringLiteral("casework"), detail); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return made;
}

} // namespace

Result<QString> Services::recordCasework(const Session& session, const QString& ref, const CaseworkRecord& record)
{
    Lock lock(*m_ctx);
    const RecordKind kind = kindOf(record);
    if (Status st = requirePermission(*m_ctx, session, operationFor(kind)); !st) {
        return st.error();
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto n = loadForCasework(*m_ctx, session, ref);
    if (!n) {
        return n.error();
    }
    // Who recorded a static score and when are the session's and the clock's, never the caller's.
    CaseworkRecord stamped = withDecisionDefaults(record, *n, session);
    if (auto* score = std::get_if<StaticScore>(&stamped)) {
        score->by = session.username;
        score->recordedAt = m_ctx->db().now();
    }
    const CaseworkRecord& made = stamped;
    if (Status st = checkRecord(made, *n, *policy, m_ctx->db().now()); !st) {
        return st.error();
    }
    if (Status st = checkAuthor(*m_ctx, made); !st) {
        return st.error();
    }
    if (Status st = checkDecisionPeople(*m_ctx, session, *n, made); !st) {
        return st.error();
    }
    auto index = m_ctx->cases().appendRecord(ref, made);
    if (!index) {
        return index.error();
    }
    auto effects = applyDecision(*m_ctx, session, *n, made);
    if (!effects) {
        return effects.error();
    }
    // A screening decides the current MAPPA level unless a later one is on the record.
    if (const auto* s = std::get_if<Screening>(&made)) {
        const bool latest = std::none_of(n->screenings.cbegin(), n->screenings.cend(),
                                         [&](const Screening& other) { return other.date > s->date; });
        if (latest) {
            if (Status st = m_ctx->cases().setMappaLevel(ref, s->level); !st) {
                return st.error();
            }
        }
    }
    const QString where = place(kind, *index);
    const QString detail = effects->isEmpty() ? where : where + QLatin1Char(' ') + *effects;
    return auditAndCommit(*m_ctx, tx, session, AuditOperation::Collection, recordKindName(kind), ref, detail, where);
}

Result<QString> Services::recordRelease(const Session& session, const QString& ref, const QDate& releasedOn)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RecordCustody); !st) {
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
    auto index = checkRelease(*n, releasedOn, m_ctx->db().now());
    if (!index) {
        return index.error();
    }
    if (Status st = m_ctx->cases().setReleased(ref, *index, releasedOn); !st) {
        return st.error();
    }
    const QString where = place(RecordKind::Custody, int(*index));
    return auditAndCommit(*m_ctx, tx, session, AuditOperation::Alteration, QStringLiteral("release"), ref, where,
                          where);
}

Result<QString> Services::raiseConcern(const Session& session, const QString& ref, const NewConcern& concern)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RaiseConcern); !st) {
        return st.error();
    }
    if (Status st = checkConcern(concern); !st) {
        return st.error();
    }
    // The entry with addEntry's own checks and audit row, then the request that names it,
    // in one transaction.
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto entryId = appendNewEntry(*m_ctx, session, ref, NewEntry{EntryType::Concern, concern.text, {}, {}});
    if (!entryId) {
        return entryId.error();
    }
    Review review;
    review.entry = *entryId;
    review.requestedAt = m_ctx->db().now();
    review.requestedBy = session.username;
    review.proposedRiskLevel = concern.proposedRiskLevel;
    review.escalating = concern.escalating;
    review.rationale = concern.rationale;
    review.decision = ReviewDecision::Pending;
    auto index = m_ctx->cases().appendReview(ref, review);
    if (!index) {
        return index.error();
    }
    return auditAndCommit(*m_ctx, tx, session, AuditOperation::Collection, QStringLiteral("review"), ref,
                          QStringLiteral("reviews[%1] entry=%2 proposed=%3")
                              .arg(*index)
                              .arg(*entryId, toString(concern.proposedRiskLevel)),
                          *entryId);
}

Result<QString> Services::acknowledgeTransfer(const Session& session, const QString& ref)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::AcknowledgeTransfer); !st) {
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
    auto index = pendingTransferTo(*n, session.username);
    if (!index) {
        return index.error();
    }
    const QDateTime now = m_ctx->db().now();
    if (Status st = m_ctx->cases().setTransferAcknowledged(ref, *index, now); !st) {
        return st.error();
    }
    // The transfer's own chronology entry is acknowledged with it (docs/supervision-notes.md).
    for (const QString& id : transferEntriesToAcknowledge(*n, n->transfers.at(*index), session.username)) {
        if (Status st = m_ctx->cases().addAcknowledgement(ref, id, {session.username, now}); !st) {
            return st.error();
        }
        if (Status st = m_ctx->audit(session, AuditOperation::Alteration, QStringLiteral("entry"), ref,
                                     QStringLiteral("casework"), QStringLiteral("acknowledged entry=%1").arg(id));
            !st) {
            return st.error();
        }
    }
    const QString where = QStringLiteral("transfers[%1]").arg(*index);
    return auditAndCommit(*m_ctx, tx, session, AuditOperation::Alteration, QStringLiteral("transfer"), ref,
                          QStringLiteral("acknowledged ") + where, where);
}

Result<CaseworkRecord> Services::readRecordJson(const Session& session, RecordKind kind, const QByteArray& json)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, operationFor(kind)); !st) {
        return st.error();
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    QString failure;
    const BundleContext context = readingContext(*m_ctx, *policy, failure);
    auto record = BundleReader::readRecord(kind, json, context, session.username);
    if (!failure.isEmpty()) {
        return Error::storage(failure);
    }
    return record;
}

} // namespace somdesk
