#include "TriggerMatches.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqliteStatement.h"
#include "StoreQuery.h"
#include "core/rules/TriggerMatcher.h"

namespace somdesk {

using store::prepared;
using store::run;

namespace {

const QChar kPhraseSeparator = QChar(0x1F); // unit separator: never in a phrase

} // namespace

QString TriggerMatches::join(const QStringList& phrases)
{
    return phrases.join(kPhraseSeparator);
}

QStringList TriggerMatches::split(const QString& stored)
{
    return stored.split(kPhraseSeparator, Qt::SkipEmptyParts);
}

Status TriggerMatches::saveForEntry(const QVariant& entryRow, const QString& text, const QStringList& phrases)
{
    if (phrases.isEmpty()) {
        return {};
    }
    const QStringList matched = TriggerMatcher(phrases).matches(text);
    if (matched.isEmpty()) {
        return {};
    }
    QSqlQuery m = prepared(m_db, QStringLiteral("INSERT INTO entry_trigger_matches VALUES (?, ?)"));
    m.addBindValue(entryRow);
    m.addBindValue(join(matched));
    return run(m, QStringLiteral("saving trigger matches"));
}

Result<QStringList> TriggerMatches::phrasesInStore()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM derived_state WHERE name = 'trigger_phrases'"))) {
        return storageError(QStringLiteral("reading derived data"), q.lastError().text());
    }
    if (!q.next()) {
        return QStringList();
    }
    return split(q.value(0).toString());
}

Status TriggerMatches::rebuild(const QStringList& phrases)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM entry_trigger_matches"))) {
        return storageError(QStringLiteral("rebuilding trigger matches"), q.lastError().text());
    }
    if (!phrases.isEmpty()) {
        const TriggerMatcher matcher(phrases);
        SqliteStatement read(m_db.handle(), QStringLiteral("SELECT id, text FROM entries"));
        QSqlQuery ins = prepared(m_db, QStringLiteral("INSERT INTO entry_trigger_matches VALUES (?, ?)"));
        while (read.step()) {
            const QStringList matched = matcher.matches(read.text(1));
            if (matched.isEmpty()) {
                continue;
            }
            ins.addBindValue(read.int64(0));
            ins.addBindValue(join(matched));
            if (Status st = run(ins, QStringLiteral("rebuilding trigger matches")); !st) {
                return st;
            }
        }
        if (!read.error().isEmpty()) {
            return storageError(QStringLiteral("rebuilding trigger matches"), read.error());
        }
    }
    QSqlQuery s = prepared(m_db, m_db.dialect().upsert(QStringLiteral("derived_state"),
                                                       {QStringLiteral("name"), QStringLiteral("value")},
                                                       {QStringLiteral("name")}));
    s.addBindValue(QStringLiteral("trigger_phrases"));
    s.addBindValue(join(phrases));
    return run(s, QStringLiteral("rebuilding trigger matches"));
}

} // namespace somdesk
