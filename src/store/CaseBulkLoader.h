#pragma once

// Set-based reads of many cases for rules runs, caseloads and exports: one statement per
// table over the whole scope (never one per nominal), read through SqliteStatement because
// a QVariant per value costs too much at national scale (600,000 entries).

#include "CaseRepository.h"

namespace somdesk {

class CaseBulkLoader {
public:
    explicit CaseBulkLoader(Database& db) : m_db(db) {}

    Result<QList<Nominal>> load(const CaseQuery& query, TriggerMatchIndex* matches);
    Result<QList<CaseSummary>> summaries(const CaseQuery& query);

private:
    Database& m_db;
};

} // namespace somdesk
