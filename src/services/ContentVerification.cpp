// The deep verification of the audit log: each nominal's stored record, digested now, must
// equal the digest the newest audit row about it carries (docs/audit.md, "Content digests").
// A record changed outside the application (an entry's text edited in the file, a row
// deleted or inserted) no longer matches; the hash chain keeps the digests themselves honest.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "store/RecordDigest.h"

#include <algorithm>

namespace somdesk {

Result<ContentVerification> Services::verifyContent(const Session& session)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::VerifyContent); !st) {
        return st.error();
    }
    auto rows = m_ctx->audit().contentRows();
    if (!rows) {
        return rows.error();
    }
    RecordDigest digest(m_ctx->db());
    auto stored = digest.ofAllNominals();
    if (!stored) {
        return stored.error();
    }
    const QHash<QString, RecordedDigest> expected = expectedDigests(*rows);
    ContentVerification v;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        ++v.checked;
        // A ref no longer stored (erased, or deleted from the file) is in the erased state.
        const QString now = stored->value(it.key(), RecordDigest::absentDigest());
        if (now != it->digest) {
            v.mismatches.append({it.key(), it->seq});
        }
    }
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        v.withoutDigest += expected.contains(it.key()) ? 0 : 1;
    }
    std::sort(v.mismatches.begin(), v.mismatches.end(),
              [](const ContentMismatch& a, const ContentMismatch& b) { return a.seq < b.seq; });
    // The verification itself is recorded after the walk (so it does not verify itself).
    if (Status st = m_ctx->auditRead(session, QStringLiteral("audit"), QStringLiteral("log"),
                                     QStringLiteral("audit verification"),
                                     QStringLiteral("deep ok=%1 checked=%2 mismatches=%3 without_digest=%4")
                                         .arg(v.ok() ? 1 : 0)
                                         .arg(v.checked)
                                         .arg(v.mismatches.size())
                                         .arg(v.withoutDigest));
        !st) {
        return st.error();
    }
    return v;
}

} // namespace somdesk
