#pragma once

// The full-text index over names, aliases and entry text: kept current by store code in
// the transaction that writes the row it indexes (with trusted_schema=OFF, triggers may
// not write it), searched newest first, and purged of a person on erasure.

#include "core/CaseSummary.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace somdesk {

class Database;

class SearchIndex {
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    Status addNames(const QVariant& nominalId, const QStringList& names);
    Status addEntry(const QVariant& nominalId, const QVariant& entryRow, const QString& text);
    // Every index row of the nominal; optimise() afterwards so no erased term lingers.
    Status removeNominal(qint64 nominalId);
    // Drops a nominal's name and alias rows (before indexing edited names).
    Status removeNames(qint64 nominalId);
    Status optimise();

    // `ftsQuery` is already a safe query in the engine's syntax. Newest first; `area`
    // keeps only nominals of that area (in the query, so the limit counts visible hits).
    Result<QList<SearchHit>> search(const QString& ftsQuery, int limit, const std::optional<QString>& area);

private:
    Database& m_db;
};

} // namespace somdesk
