#include "SearchIndex.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqliteStatement.h"
#include "StoreQuery.h"

namespace somdesk {

using store::prepared;
using store::run;

namespace {

const QString kIndex = QStringLiteral("search_index");

} // namespace

Status SearchIndex::addNames(const QVariant& nominalId, const QStringList& names)
{
    QSqlQuery s = prepared(m_db, QStringLiteral("INSERT INTO search_index (body, nominal_id, entry_row, kind) "
                                                "VALUES (?, ?, NULL, 'name')"));
    for (const QString& name : names) {
        s.addBindValue(name);
        s.addBindValue(nominalId);
        if (Status st = run(s, QStringLiteral("indexing names")); !st) {
            return st;
        }
    }
    return {};
}

Status SearchIndex::addEntry(const QVariant& nominalId, const QVariant& entryRow, const QString& text)
{
    QSqlQuery f = prepared(m_db, QStringLiteral("INSERT INTO search_index (body, nominal_id, entry_row, kind) "
                                                "VALUES (?, ?, ?, 'entry')"));
    f.addBindValue(text);
    f.addBindValue(nominalId);
    f.addBindValue(entryRow);
    return run(f, QStringLiteral("indexing entry"));
}

Status SearchIndex::removeNominal(qint64 nominalId)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("DELETE FROM search_index WHERE nominal_id = ?"));
    q.addBindValue(nominalId);
    return run(q, QStringLiteral("erasing"));
}

Status SearchIndex::removeNames(qint64 nominalId)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("DELETE FROM search_index WHERE nominal_id = ? AND kind = 'name'"));
    q.addBindValue(nominalId);
    return run(q, QStringLiteral("re-indexing names"));
}

Status SearchIndex::optimise()
{
    QSqlQuery optimise(m_db.connection());
    if (!optimise.exec(m_db.dialect().optimiseFullTextIndex(kIndex))) {
        return storageError(QStringLiteral("optimising the search index"), optimise.lastError().text());
    }
    return {};
}

Result<QList<SearchHit>> SearchIndex::search(const QString& ftsQuery, int limit, const std::optional<QString>& area)
{
    const SqlDialect& d = m_db.dialect();
    SqliteStatement st(m_db.handle(),
                       QStringLiteral("SELECT n.ref, COALESCE(e.entry_id, ''), %1 FROM search_index s JOIN nominals n "
                                      "ON n.id = s.nominal_id LEFT JOIN entries e ON e.id = s.entry_row WHERE %2 AND "
                                      "(%3 IS NULL OR n.area = %3) ORDER BY COALESCE(e.at, '9999') DESC, n.ref LIMIT "
                                      "%4")
                           .arg(d.fullTextSnippet(kIndex, 0), d.fullTextMatch(kIndex, d.parameter(1)), d.parameter(2),
                                d.parameter(3)));
    st.bind(1, ftsQuery);
    st.bind(2, area ? QVariant(*area) : QVariant());
    st.bind(3, limit);
    QList<SearchHit> out;
    while (st.step()) {
        out.append({st.text(0), st.text(1), st.text(2)});
    }
    if (!st.error().isEmpty()) {
        return storageError(QStringLiteral("searching"), st.error());
    }
    return out;
}

} // namespace somdesk
