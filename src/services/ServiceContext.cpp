#include "ServiceContext.h"

#include "core/ContentLedger.h"
#include "core/TextSafety.h"
#include "store/RecordDigest.h"

#include <spdlog/spdlog.h>

#include <utility>

namespace somdesk {

ServiceContext::ServiceContext(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_users(*m_db), m_cases(*m_db), m_audit(*m_db), m_policies(*m_db), m_dipSamples(*m_db)
{
}

Result<Policy> ServiceContext::policy()
{
    if (m_policy) {
        return *m_policy;
    }
    auto stored = m_policies.current();
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        m_policy = Policy::defaults();
        return *m_policy;
    }
    auto parsed = Policy::fromJson((*stored)->json, Policy::defaults());
    if (!parsed) {
        return Error::storage(QStringLiteral("the stored policy (version %1) is invalid: %2")
                                  .arg((*stored)->version)
                                  .arg(parsed.error().message));
    }
    m_policy = *parsed;
    return *m_policy;
}

void ServiceContext::forgetPolicy()
{
    m_policy.reset();
}

Status ServiceContext::require(const Session& session, Operation operation)
{
    if (!isAllowed(session.role, operation)) {
        return refuse(session, operationName(operation),
                      Error::denied(QStringLiteral("permission denied: a user with role %1 may not %2")
                                        .arg(toString(session.role), operationName(operation))));
    }
    return {};
}

Error ServiceContext::refuse(const Session& session, const QString& recordRef, Error error)
{
    AuditRecord r;
    r.username = session.username;
    r.operation = toString(AuditOperation::Refusal);
    r.recordType = QStringLiteral("refusal");
    r.recordRef = text::withoutControls(recordRef);
    r.purpose = QStringLiteral("access control");
    r.detail = text::withoutControls(error.message);
    m_refusals.append(r);
    if (m_callDepth == 0) {
        writeRefusals();
    }
    return error;
}

void ServiceContext::enterCall()
{
    m_mutex.lock();
    ++m_callDepth;
}

void ServiceContext::leaveCall()
{
    if (--m_callDepth == 0 && !m_refusals.isEmpty()) {
        writeRefusals();
    }
    m_mutex.unlock();
}

void ServiceContext::writeRefusals()
{
    // Each refusal in a transaction of its own, once the call's transaction is gone. A
    // refusal that cannot be written (a read-only or damaged database) is logged by id only.
    if (m_db->inTransaction()) {
        return; // still inside a transaction: written when the call ends
    }
    const QList<AuditRecord> pending = std::exchange(m_refusals, {});
    for (AuditRecord r : pending) {
        Transaction tx(*m_db);
        if (!tx.status() || !m_audit.append(r) || !tx.commit()) {
            spdlog::warn("a refusal could not be audited (audit seq after {})", r.seq);
        }
    }
}

Status ServiceContext::audit(const Session& session, AuditOperation operation, const QString& recordType,
                             const QString& recordRef, const QString& purpose, const QString& detail,
                             const QString& recipient)
{
    return auditAs(session.username, operation, recordType, recordRef, purpose, detail, recipient);
}

Status ServiceContext::auditAs(const QString& username, AuditOperation operation, const QString& recordType,
                               const QString& recordRef, const QString& purpose, const QString& detail,
                               const QString& recipient)
{
    // The last line of defence: the boundaries refuse control characters with a message
    // naming the field; whatever still arrives (a user name tried at sign-in) is stored escaped.
    AuditRecord r;
    r.username = text::withoutControls(username);
    r.operation = toString(operation);
    r.recordType = recordType;
    r.recordRef = text::withoutControls(recordRef);
    r.purpose = text::withoutControls(purpose);
    r.detail = text::withoutControls(detail);
    r.recipient = text::withoutControls(recipient);
    // A change to a nominal carries the digest of the record as now written, in this same
    // transaction: the hash chain then protects it (docs/audit.md, "Content digests").
    if (changesNominal(operation, recordType)) {
        auto digest = RecordDigest(*m_db).ofNominal(recordRef);
        if (!digest) {
            return digest.error();
        }
        r.detail = withContentDigest(r.detail, *digest);
    }
    return m_audit.append(r);
}

Status ServiceContext::auditRead(const Session& session, const QString& recordType, const QString& recordRef,
                                 const QString& purpose, const QString& detail)
{
    Transaction tx(*m_db);
    if (!tx.status()) {
        return tx.status();
    }
    if (Status st = audit(session, AuditOperation::Consultation, recordType, recordRef, purpose, detail); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace somdesk
