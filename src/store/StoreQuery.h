#pragma once

// Small helpers the case repository's files share for QtSql statements.

#include "Database.h"
#include "core/Result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace somdesk::store {

inline Status run(QSqlQuery& q, const QString& what)
{
    if (!q.exec()) {
        return storageError(what, q.lastError().text());
    }
    return {};
}

inline QSqlQuery prepared(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    return q;
}

} // namespace somdesk::store
