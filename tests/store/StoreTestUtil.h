#pragma once

// Helpers for the store tests: temp databases, raw SQL on a Database's own connection,
// and users the nominal rows can reference.

#include "store/Database.h"
#include "store/UserRepository.h"

#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <catch2/catch.hpp>

#include <memory>
#include <sqlite3.h>

namespace somdesk::test {

inline std::unique_ptr<Database> openNew(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    INFO((db ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.ok());
    return std::move(*db);
}

inline std::unique_ptr<Database> openExisting(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    INFO((db ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.ok());
    return std::move(*db);
}

// One value of a statement on this thread's connection of `db`.
inline QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// Runs SQL on a raw sqlite3 handle; returns the error text (empty on success).
inline QString rawExec(sqlite3* h, const QString& sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err);
    QString text;
    if (rc != SQLITE_OK) {
        text = err != nullptr ? QString::fromUtf8(err) : QStringLiteral("error %1").arg(rc);
    }
    sqlite3_free(err);
    return text;
}

inline User makeUser(const QString& username, Role role, const QString& area = QStringLiteral("Area 1"),
                     const QString& team = QStringLiteral("Area 1 Team A"))
{
    User u;
    u.username = username;
    u.name = QStringLiteral("Synthetic ") + username;
    u.role = role;
    if (role != Role::Admin) {
        u.collar = username.right(4);
        u.area = area;
    }
    if (role == Role::Officer || role == Role::Sergeant) {
        u.team = team;
    }
    return u;
}

} // namespace somdesk::test
