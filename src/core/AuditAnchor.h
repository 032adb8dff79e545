#pragma once

// An audit anchor: the audit log's head (position and hash) at a moment, kept outside the
// database so that a rewrite of the whole chain or a cut tail is caught. Every backup
// manifest carries one; `audit anchor` prints one for filing elsewhere (docs/audit.md).

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace somdesk {

struct AuditAnchor {
    qint64 seq = 0;
    QString hash;       // 64 lower-case hex digits
    QString databaseId; // 32 hex digits; empty in manifests made before databases had one
    QDateTime at;       // when it was taken (invalid when not given)
};

// Parses an anchor file (format "somdesk-audit-anchor") or a backup manifest (format
// "somdesk-backup"). `what` names the source in messages ("manifest", "anchor"). A file that
// is not JSON, of another format, or with a missing or malformed field is an error naming it.
Result<AuditAnchor> parseAuditAnchor(const QByteArray& json, const QString& what);

// The anchor file `audit anchor` prints (indented JSON, one object).
QByteArray auditAnchorJson(const AuditAnchor& anchor);

bool isHexDigest(const QString& text, int digits);

} // namespace somdesk
