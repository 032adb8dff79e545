#include "SqliteDialect.h"

namespace somdesk {

QString SqliteDialect::parameter(int n) const
{
    return QStringLiteral("?%1").arg(n);
}

QString SqliteDialect::upsert(const QString& table, const QStringList& columns, const QStringList& keyColumns) const
{
    // SQLite's REPLACE resolves the conflict on any unique key, so the key needs no naming.
    Q_UNUSED(keyColumns)
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

QVariant SqliteDialect::insertedId(const QSqlQuery& q) const
{
    return q.lastInsertId();
}

QString SqliteDialect::fullTextMatch(const QString& index, const QString& param) const
{
    return QStringLiteral("%1 MATCH %2").arg(index, param);
}

QString SqliteDialect::fullTextSnippet(const QString& index, int column) const
{
    return QStringLiteral("snippet(%1, %2, '[', ']', '…', 12)").arg(index).arg(column);
}

QString SqliteDialect::optimiseFullTextIndex(const QString& index) const
{
    // FTS5's special command row: merges the index b-trees, dropping deleted terms.
    return QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(index);
}

QString SqliteDialect::truncateLog() const
{
    return QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace somdesk
