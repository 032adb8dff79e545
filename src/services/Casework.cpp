// Casework: the caseload, consulting a record with a purpose, entries, search.

#include "Access.h"
#include "SearchQuery.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/InputLimits.h"
#include "core/Purposes.h"

#include <QSet>

namespace somdesk {

Result<QList<CaseSummary>> Services::caseload(const Session& session, const std::optional<QString>& owner)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ListCaseload); !st) {
        return st.error();
    }
    CaseQuery q = scopeQuery(session);
    if (owner) {
        if (q.owner && *q.owner != *owner) {
            return m_ctx->refuse(session, QStringLiteral("caseload:") + *owner,
                                 Error::denied(QStringLiteral("owner: an officer sees only their own caseload")));
        }
        q.owner = owner;
    }
    auto rows = m_ctx->cases().summaries(q);
    if (!rows) {
        return rows.error();
    }
    if (Status st = m_ctx->auditRead(session, QStringLiteral("caseload"), scopeText(session),
                                     QStringLiteral("caseload list"), QStringLiteral("rows=%1").arg(rows->size()));
        !st) {
        return st.error();
    }
    return rows;
}

Result<Nominal> Services::readNominal(const Session& session, const QString& ref, const QString& purpose)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ReadRecord); !st) {
        return st.error();
    }
    if (purpose.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("purpose: required to consult a record (DPA 2018 s.62)"));
    }
    if (Status st = purposes::check(purpose); !st) {
        return st.error();
    }
    auto n = loadOne(*m_ctx, ref);
    if (!n) {
        return n.error();
    }
    if (Status st = checkRecordScope(session, *n, teamOf(*m_ctx, n->owner)); !st) {
        return m_ctx->refuse(session, ref, st.error());
    }
    if (Status st = m_ctx->auditRead(session, QStringLiteral("nominal"), ref, purpose); !st) {
        return st.error();
    }
    return n;
}

Result<QString> Services::addEntry(const Session& session, const QString& ref, const NewEntry& entry)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::AddEntry); !st) {
        return st.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto id = appendNewEntry(*m_ctx, session, ref, entry);
    if (!id) {
        return id.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return id;
}

Result<QString> appendNewEntry(ServiceContext& ctx, const Session& session, const QString& ref, const NewEntry& entry)
{
    if (entry.text.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("text: required"));
    }
    static_assert(limits::kMaxText == 100'000, "the message below names the limit");
    if (entry.text.size() > limits::kMaxText) {
        return Error::invalid(QStringLiteral("text: at most 100,000 characters"));
    }
    if (entry.type == EntryType::System || entry.type == EntryType::Transfer) {
        return Error::invalid(QStringLiteral("type: %1 entries are made by the system").arg(toString(entry.type)));
    }
    if (entry.type == EntryType::Oversight && session.role == Role::Officer) {
        return ctx.refuse(
            session, ref,
            Error::denied(QStringLiteral("type: oversight entries are made by sergeants and inspectors")));
    }
    auto policy = ctx.policy();
    if (!policy) {
        return policy.error();
    }
    auto n = loadForCasework(ctx, session, ref);
    if (!n) {
        return n.error();
    }
    QSet<QString> ids;
    for (const Entry& e : n->entries) {
        ids.insert(e.id);
    }
    for (int i = 0; i < entry.references.size(); ++i) {
        if (!ids.contains(entry.references.at(i))) {
            return Error::invalid(
                QStringLiteral("references[%1]: %2 has no entry %3").arg(i).arg(ref, entry.references.at(i)));
        }
    }
    Entry e;
    e.id = nextEntryId(*n);
    e.at = ctx.db().now();
    e.by = session.username;
    e.type = entry.type;
    e.text = entry.text;
    e.references = entry.references;
    e.disagreement = entry.disagreement;
    if (Status st = ctx.cases().appendEntry(ref, e, policy->list(QStringLiteral("trigger_phrases"))); !st) {
        return st.error();
    }
    if (Status st =
            ctx.audit(session, AuditOperation::Collection, QStringLiteral("entry"), ref, QStringLiteral("casework"),
                      QStringLiteral("entry=%1 type=%2").arg(e.id, toString(e.type)));
        !st) {
        return st.error();
    }
    return e.id;
}

Result<QList<SearchHit>> Services::search(const Session& session, const QString& userQuery, int limit)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::SearchRecords); !st) {
        return st.error();
    }
    const QString fts = SearchQuery::toFts5(userQuery);
    if (fts.isEmpty()) {
        return QList<SearchHit>();
    }
    // Only hits inside the user's area: search is a consultation of those records.
    auto hits = m_ctx->cases().search(fts, limit, session.area);
    if (!hits) {
        return hits.error();
    }
    const QList<SearchHit>& out = *hits;
    if (Status st = m_ctx->auditRead(session, QStringLiteral("search"), scopeText(session),
                                     QStringLiteral("record search"), QStringLiteral("hits=%1").arg(out.size()));
        !st) {
        return st.error();
    }
    return out;
}

} // namespace somdesk
