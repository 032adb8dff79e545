#pragma once

// The content digest of a nominal: SHA-256 (hex) over a canonical serialisation of every
// row the nominal owns, in a fixed table, row and column order (docs/audit.md, "Content
// digests"). An audit row that records a change carries the digest of the record as
// written, so a row edited, deleted or inserted behind the application's back no longer
// matches it. Derived data (trigger matches, the search index) and surrogate row ids are
// left out; so are the erasure requests and the dip samples (not the nominal's record).

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace somdesk {

class Database;

class RecordDigest {
public:
    explicit RecordDigest(Database& db) : m_db(db) {}

    // The digest of one nominal as stored now; a ref with no nominal (never registered,
    // or erased) has absentDigest().
    Result<QString> ofNominal(const QString& ref);
    // Every stored nominal's digest by ref, set-based (one query per table).
    Result<QHash<QString, QString>> ofAllNominals();

    static QString absentDigest();
    // "table.column" for every column the digest covers, for the test that every column of a
    // nominal's tables is either covered or deliberately left out.
    static QStringList coveredColumns();

private:
    Result<QHash<qint64, QString>> digests(std::optional<qint64> nominalId);

    Database& m_db;
};

} // namespace somdesk
