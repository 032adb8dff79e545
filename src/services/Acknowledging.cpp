// Acknowledging chronology entries, one or many at a time (domain.md: "acknowledge entries
// made by others ... with name, collar number and date").

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace somdesk {

namespace {
// More than any chronology a person could select and read before acknowledging.
constexpr qsizetype kMaxAtOnce = 10'000;
} // namespace

Status Services::acknowledgeEntry(const Session& session, const QString& ref, const QString& entryId)
{
    auto done = acknowledgeEntries(session, ref, {entryId});
    if (!done) {
        // One entry: the message names the entry rather than a list position.
        Error e = done.error();
        if (e.message.startsWith(QStringLiteral("entries[0]: "))) {
            e.message = QStringLiteral("entry: ") + e.message.mid(12);
        }
        return e;
    }
    return {};
}

Result<int> Services::acknowledgeEntries(const Session& session, const QString& ref, const QStringList& entryIds)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::AcknowledgeEntry); !st) {
        return st.error();
    }
    if (entryIds.isEmpty()) {
        return Error::invalid(QStringLiteral("entries: no entry given"));
    }
    if (entryIds.size() > kMaxAtOnce) {
        return Error::invalid(QStringLiteral("entries: more than %1 entries at once").arg(kMaxAtOnce));
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto n = loadForCasework(*m_ctx, session, ref);
    if (!n) {
        return n.error();
    }
    QHash<QString, const Entry*> byId;
    for (const Entry& e : n->entries) {
        byId.insert(e.id, &e);
    }
    // Every id is checked before anything is written.
    QStringList toAcknowledge;
    QSet<QString> seen;
    for (qsizetype i = 0; i < entryIds.size(); ++i) {
        const QString& id = entryIds.at(i);
        const QString at = QStringLiteral("entries[%1]").arg(i);
        const Entry* e = byId.value(id, nullptr);
        if (e == nullptr) {
            return Error::notFound(QStringLiteral("%1: %2 has no entry %3").arg(at, ref, id.left(40)));
        }
        if (e->by == session.username) {
            return Error::invalid(
                QStringLiteral("%1: %2 is your own entry; acknowledgements are of entries made by others").arg(at, id));
        }
        const bool already = std::any_of(e->acknowledged.cbegin(), e->acknowledged.cend(),
                                         [&](const Acknowledgement& a) { return a.by == session.username; });
        if (already || seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        toAcknowledge << id;
    }
    const QDateTime now = m_ctx->db().now();
    for (const QString& id : std::as_const(toAcknowledge)) {
        if (Status st = m_ctx->cases().addAcknowledgement(ref, id, {session.username, now}); !st) {
            return st.error();
        }
        if (Status st = m_ctx->audit(session, AuditOperation::Alteration, QStringLiteral("entry"), ref,
                                     QStringLiteral("casework"), QStringLiteral("acknowledged entry=%1").arg(id));
            !st) {
            return st.error();
        }
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return static_cast<int>(toAcknowledge.size());
}

} // namespace somdesk
