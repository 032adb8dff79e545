#pragma once

// The append-only, hash-chained audit log (DPA 2018 s.62). Rows hold ids and
// references, never free text about a person, so erasing a person leaves the chain
// intact. Each row's hash is SHA-256 over the previous row's hash and the row's
// canonical serialisation (docs/audit.md).

#include "core/AuditRecord.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace somdesk {

class Database;

class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Appends one row inside the caller's transaction; fills seq, hashes.
    Status append(AuditRecord& record);

    Result<QList<AuditRecord>> list(const AuditFilter& filter);

    // Walks the whole chain. With an anchor (from a backup manifest), a log that no
    // longer reaches the anchored row, or whose row there has another hash, fails.
    Result<AuditVerification> verify(std::optional<std::pair<qint64, QString>> anchor = std::nullopt);

    Result<std::pair<qint64, QString>> head();
    // Rows after position `seq`, in order (a restore carries them forward).
    Result<QList<AuditRecord>> rowsAfter(qint64 seq);
    // Appends a row exactly as it was written elsewhere: refused unless it follows this
    // log's head (its seq, its prev_hash) and its own hash is right. In the caller's transaction.
    Status appendVerbatim(const AuditRecord& record);
    // The rows that carry a content digest (detail `content=`) and the restores' own rows, in
    // order: what a deep verification reads (docs/audit.md, "Content digests").
    Result<QList<AuditRecord>> contentRows();
    // The position of the newest row with this operation, 0 when there is none.
    Result<qint64> lastSeqOf(const QString& operation);

    static QByteArray canonical(const AuditRecord& record);
    static QString chainHash(const QString& prevHash, const AuditRecord& record);
    static QString genesisHash();

private:
    Result<QList<AuditRecord>> selectRows(const QString& sqlText, const QVariantList& binds);
    Status insertRow(const AuditRecord& record);

    Database& m_db;
};

} // namespace somdesk
