// Anchors of the audit log kept outside the database: `audit anchor` and verification
// against the anchors filed (and the heads every backup manifest carries).

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"

namespace somdesk {

Result<AuditAnchor> Services::auditAnchor(const Session& session)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::VerifyAudit); !st) {
        return st.error();
    }
    auto id = m_ctx->db().identity();
    if (!id) {
        return id.error();
    }
    // The anchor's own row first, so the head handed out includes it.
    if (Status st =
            m_ctx->auditRead(session, QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("audit anchor"));
        !st) {
        return st.error();
    }
    auto head = m_ctx->audit().head();
    if (!head) {
        return head.error();
    }
    return AuditAnchor{head->first, head->second, *id, m_ctx->db().now()};
}

Result<AuditVerification> Services::verifyAuditAgainst(const Session& session, const QList<AuditAnchor>& anchors)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::VerifyAudit); !st) {
        return st.error();
    }
    auto id = m_ctx->db().identity();
    if (!id) {
        return id.error();
    }
    for (const AuditAnchor& a : anchors) {
        if (!a.databaseId.isEmpty() && a.databaseId != *id) {
            return Error::invalid(QStringLiteral("anchor: of another database (identity %1; this database is %2)")
                                      .arg(a.databaseId, *id));
        }
    }
    auto v = m_ctx->audit().verify();
    for (const AuditAnchor& a : anchors) {
        if (!v || !v->ok) {
            break;
        }
        v = m_ctx->audit().verify(std::pair<qint64, QString>{a.seq, a.hash});
    }
    if (!v) {
        return v.error();
    }
    if (Status st = m_ctx->auditRead(
            session, QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("audit verification"),
            QStringLiteral("ok=%1 rows=%2 anchors=%3").arg(v->ok ? 1 : 0).arg(v->rows).arg(anchors.size()));
        !st) {
        return st.error();
    }
    return v;
}

} // namespace somdesk
