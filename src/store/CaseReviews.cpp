// Risk re-evaluations: the pending requests of a scope for the approval queue, a decision
// written on its request, and an approved level written to the nominal with its risk
// history. Writes run in the caller's transaction (with the audit row).

#include "CaseRepository.h"

#include "BulkColumns.h"
#include "CaseRows.h"
#include "Database.h"
#include "SqlValues.h"
#include "StoreQuery.h"

namespace somdesk {

using store::prepared;
using store::run;

namespace {

template <typename E> E enumOf(const QVariant& v, E fallback)
{
    return enumFromString<E>(v.toString()).value_or(fallback);
}

} // namespace

Result<QList<ReviewQueueItem>> CaseRepository::pendingReviews(const CaseQuery& scope)
{
    QVariantList binds;
    const QString where = bulk::scopeFilter(scope, binds);
    // Oldest first: requested_at (fixed-width UTC text, so text order is time order), then
    // ref, then entry id, in code-point order; a request's index is its place in its list.
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT n.ref, n.family_name, n.given_names, n.area, n.owner, n.risk_level, "
                             "(SELECT COUNT(*) FROM reviews x WHERE x.nominal_id = r.nominal_id AND x.position < "
                             "r.position), r.entry_id, r.requested_at, r.requested_by, r.proposed_risk_level, "
                             "r.escalating, r.rationale, e.type, e.at, e.by_user, e.text "
                             "FROM reviews r JOIN nominals n ON n.id = r.nominal_id "
                             "LEFT JOIN entries e ON e.nominal_id = r.nominal_id AND e.entry_id = r.entry_id "
                             "WHERE r.decision = 'pending' AND ") +
                  where + QStringLiteral(" ORDER BY r.requested_at, n.ref, r.entry_id, r.position"));
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (Status st = run(q, QStringLiteral("reading re-evaluation requests")); !st) {
        return st.error();
    }
    QList<ReviewQueueItem> out;
    while (q.next()) {
        ReviewQueueItem item;
        item.ref = q.value(0).toString();
        item.familyName = q.value(1).toString();
        item.givenNames = q.value(2).toString();
        item.area = q.value(3).toString();
        item.owner = q.value(4).toString();
        item.riskLevel = enumOf(q.value(5), RiskLevel::Low);
        item.reviewIndex = q.value(6).toInt();
        Review& r = item.review;
        r.entry = q.value(7).toString();
        r.requestedAt = sql::toTimestamp(q.value(8).toString());
        r.requestedBy = q.value(9).toString();
        r.proposedRiskLevel = enumOf(q.value(10), RiskLevel::Low);
        if (!q.value(11).isNull()) {
            r.escalating = q.value(11).toInt() != 0;
        }
        r.rationale = q.value(12).toString();
        r.decision = ReviewDecision::Pending;
        if (!q.value(13).isNull()) {
            item.entryType = enumOf(q.value(13), EntryType::Concern);
            item.entryAt = sql::toTimestamp(q.value(14).toString());
            item.entryBy = q.value(15).toString();
            item.entryText = q.value(16).toString();
        }
        out.append(std::move(item));
    }
    return out;
}

Status CaseRepository::decideReview(const QString& ref, qsizetype index, const Review& decided)
{
    auto id = existingId(ref);
    if (!id) {
        return id.error();
    }
    // Only a pending request takes a decision: a decided one is never overwritten.
    QSqlQuery q = prepared(m_db, QStringLiteral("UPDATE reviews SET decision = ?, decided_at = ?, decided_by = ?, "
                                                "decision_reason = ? WHERE nominal_id = ? AND decision = 'pending' "
                                                "AND position = (SELECT position FROM reviews WHERE nominal_id = ? "
                                                "ORDER BY position LIMIT 1 OFFSET ?)"));
    q.addBindValue(toString(decided.decision));
    q.addBindValue(sql::timestamp(decided.decidedAt));
    q.addBindValue(sql::text(decided.decidedBy));
    q.addBindValue(sql::text(decided.decisionReason));
    q.addBindValue(*id);
    q.addBindValue(*id);
    q.addBindValue(static_cast<qint64>(index));
    if (Status st = run(q, QStringLiteral("saving re-evaluation decision")); !st) {
        return st;
    }
    if (q.numRowsAffected() != 1) {
        return Error::conflict(
            QStringLiteral("reviews[%1]: no pending re-evaluation request on %2").arg(index).arg(ref));
    }
    return {};
}

Result<int> CaseRepository::appendRiskChange(const QString& ref, const RiskHistoryItem& change)
{
    auto id = existingId(ref);
    if (!id) {
        return id.error();
    }
    QSqlQuery level = prepared(m_db, QStringLiteral("UPDATE nominals SET risk_level = ? WHERE id = ?"));
    level.addBindValue(toString(change.level));
    level.addBindValue(*id);
    if (Status st = run(level, QStringLiteral("saving risk level")); !st) {
        return st.error();
    }
    // At the end of the list: of two changes on one day the later recorded is the last
    // (rules.md), and the bundle keeps ties in list order.
    auto position = CaseRows(m_db).nextPosition(QStringLiteral("risk_history"), *id);
    if (!position) {
        return position.error();
    }
    QSqlQuery h = prepared(m_db, QStringLiteral("INSERT INTO risk_history VALUES (?, ?, ?, ?)"));
    h.addBindValue(*id);
    h.addBindValue(*position);
    h.addBindValue(sql::date(change.from));
    h.addBindValue(toString(change.level));
    if (Status st = run(h, QStringLiteral("saving risk history")); !st) {
        return st.error();
    }
    return *position;
}

} // namespace somdesk
