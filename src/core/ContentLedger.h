#pragma once

// What the audit log says each nominal's content digest should be now (docs/audit.md,
// "Content digests"). A row that records a change to a nominal carries `content=<hex>` in
// its detail; the newest such row per nominal is the one the stored record must match. A
// restore brings back a backup's records and carries the rows made since verbatim, so their
// digests describe records the restore replaced: they give way to the backup's own rows,
// except erasures, which the restore made again.

#include "core/AuditRecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace somdesk {

// Whether an audit row of this operation and record type records a change to the nominal
// its record_ref names (and so carries the nominal's content digest).
bool changesNominal(AuditOperation operation, const QString& recordType);

QString withContentDigest(const QString& detail, const QString& digest);
std::optional<QString> contentDigestIn(const QString& detail);

struct RecordedDigest {
    qint64 seq = 0;
    QString digest;
};

// A deep verification's findings: refs and audit positions only, never personal data.
struct ContentMismatch {
    QString ref;
    qint64 seq = 0; // the audit row whose digest the stored record no longer matches
};

struct ContentVerification {
    qint64 checked = 0;       // nominals (stored or erased) with a digest to match
    qint64 withoutDigest = 0; // stored nominals no row has a digest of yet (older data)
    QList<ContentMismatch> mismatches;
    bool ok() const { return mismatches.isEmpty(); }
};

// The newest digest per nominal ref, from rows in seq order (AuditLog::contentRows).
QHash<QString, RecordedDigest> expectedDigests(const QList<AuditRecord>& rows);

} // namespace somdesk
