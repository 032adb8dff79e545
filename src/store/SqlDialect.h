#pragma once

// The SQL that differs between database engines, behind one small interface: the rest of
// the store writes portable SQL and asks the dialect for these pieces. SQLite is the only
// dialect today (SqliteDialect); a PostgreSQL backend adds one more subclass.

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace somdesk {

class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    // The n-th (1-based) numbered bind parameter, for statements that use one value twice.
    virtual QString parameter(int n) const = 0;
    // An insert that replaces the row with the same key: `columns` in order, one bind
    // parameter each, `keyColumns` naming the unique key among them.
    virtual QString upsert(const QString& table, const QStringList& columns, const QStringList& keyColumns) const = 0;
    // The id of the row an INSERT just created (the statement ran on `q`).
    virtual QVariant insertedId(const QSqlQuery& q) const = 0;

    // Full-text search over the index table: the condition matching `param` (an already
    // safe query in the engine's syntax), the highlighted snippet of column `column`, and
    // the statement that compacts the index after deletions.
    virtual QString fullTextMatch(const QString& index, const QString& param) const = 0;
    virtual QString fullTextSnippet(const QString& index, int column) const = 0;
    virtual QString optimiseFullTextIndex(const QString& index) const = 0;

    // After an erasure has committed: the statement that makes sure no copy of the erased
    // pages stays in the engine's log; empty if the engine needs none.
    virtual QString truncateLog() const = 0;
};

} // namespace somdesk
