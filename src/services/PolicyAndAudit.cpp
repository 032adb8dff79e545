// The policy in force, and reading and verifying the audit log.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/Purposes.h"

namespace somdesk {

Result<Policy> Services::policy(const Session& session)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ReadPolicy); !st) {
        return st.error();
    }
    return m_ctx->policy();
}

Result<int> Services::setPolicy(const Session& session, const QByteArray& json)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::SetPolicy); !st) {
        return st.error();
    }
    auto inForce = m_ctx->policy();
    if (!inForce) {
        return inForce.error();
    }
    auto next = Policy::fromJson(json, *inForce);
    if (!next) {
        return next.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto version = m_ctx->policies().add(next->toJson(), session.username);
    if (!version) {
        return version.error();
    }
    // Derived data follows the policy in the same transaction.
    const QStringList phrases = next->list(QStringLiteral("trigger_phrases"));
    if (phrases != inForce->list(QStringLiteral("trigger_phrases"))) {
        if (Status st = m_ctx->cases().rebuildTriggerMatches(phrases); !st) {
            return st.error();
        }
    }
    if (Status st = m_ctx->audit(session, AuditOperation::Alteration, QStringLiteral("policy"),
                                 QStringLiteral("v%1").arg(*version), QStringLiteral("policy change"));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    m_ctx->forgetPolicy();
    return *version;
}

Result<QList<AuditRecord>> Services::auditLog(const Session& session, const AuditFilter& filter, const QString& purpose)
{
    Lock lock(*m_ctx);
    const bool wholeLog = !filter.recordRef.has_value();
    if (Status st = requirePermission(*m_ctx, session, wholeLog ? Operation::ReadAuditLog : Operation::ReadRecordAudit);
        !st) {
        return st.error();
    }
    if (Status st = purposes::check(purpose); !st) {
        return st.error();
    }
    if (!wholeLog && session.role != Role::Admin) {
        auto n = loadForCasework(*m_ctx, session, *filter.recordRef);
        if (!n) {
            return n.error();
        }
    }
    auto rows = m_ctx->audit().list(filter);
    if (!rows) {
        return rows.error();
    }
    if (Status st =
            m_ctx->auditRead(session, QStringLiteral("audit"), wholeLog ? QStringLiteral("log") : *filter.recordRef,
                             purpose, QStringLiteral("rows=%1").arg(rows->size()));
        !st) {
        return st.error();
    }
    return rows;
}

Result<AuditVerification> Services::verifyAudit(const Session& session,
                                                std::optional<std::pair<qint64, QString>> anchor)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::VerifyAudit); !st) {
        return st.error();
    }
    auto v = m_ctx->audit().verify(anchor);
    if (!v) {
        return v.error();
    }
    // The verification itself is recorded after the walk (so it does not verify itself).
    if (Status st = m_ctx->auditRead(session, QStringLiteral("audit"), QStringLiteral("log"),
                                     QStringLiteral("audit verification"),
                                     QStringLiteral("ok=%1 rows=%2").arg(v->ok ? 1 : 0).arg(v->rows));
        !st) {
        return st.error();
    }
    return v;
}

} // namespace somdesk
