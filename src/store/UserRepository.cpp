#include "UserRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace somdesk {

namespace {

StoredUser fromQuery(const QSqlQuery& q)
{
    StoredUser s;
    s.user.username = q.value(0).toString();
    s.user.name = q.value(1).toString();
    s.user.collar = sql::optText(q.value(2));
    s.user.role = enumFromString<Role>(q.value(3).toString()).value_or(Role::Officer);
    s.user.area = sql::optText(q.value(4));
    s.user.team = sql::optText(q.value(5));
    s.user.disabled = sql::optBool(q.value(6));
    s.passwordHash = q.value(7).toString();
    s.failedSignins = q.value(8).toInt();
    s.lockedUntil = sql::optTimestamp(q.value(9));
    s.createdAt = sql::optTimestamp(q.value(10));
    s.createdBy = q.value(11).toString();
    s.passwordSetAt = sql::optTimestamp(q.value(12));
    s.passwordSetBy = q.value(13).toString();
    return s;
}

const QString kSelect = QStringLiteral("SELECT username, name, collar, role, area, team, disabled, password_hash, "
                                       "failed_signins, locked_until, created_at, created_by, password_set_at, "
                                       "password_set_by FROM users");

Status exec(QSqlQuery& q, const QString& what)
{
    if (!q.exec()) {
        return storageError(what, q.lastError().text());
    }
    return {};
}

} // namespace

Result<std::optional<StoredUser>> UserRepository::find(const QString& username)
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE username = ?"));
    q.addBindValue(username);
    if (Status st = exec(q, QStringLiteral("reading users")); !st) {
        return st.error();
    }
    if (q.next()) {
        return std::optional<StoredUser>(fromQuery(q));
    }
    return std::optional<StoredUser>();
}

Result<std::optional<StoredUser>> UserRepository::findIgnoringCase(const QString& username)
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE username = ? COLLATE NOCASE ORDER BY username LIMIT 1"));
    q.addBindValue(username);
    if (Status st = exec(q, QStringLiteral("reading users")); !st) {
        return st.error();
    }
    if (q.next()) {
        return std::optional<StoredUser>(fromQuery(q));
    }
    return std::optional<StoredUser>();
}

Result<QList<StoredUser>> UserRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" ORDER BY username"));
    if (Status st = exec(q, QStringLiteral("reading users")); !st) {
        return st.error();
    }
    QList<StoredUser> out;
    while (q.next()) {
        out.append(fromQuery(q));
    }
    return out;
}

Status UserRepository::insert(const User& user, const QString& passwordHash, const QString& createdBy)
{
    const QVariant now = sql::timestamp(m_db.now());
    const QVariant by = createdBy.isEmpty() ? QVariant() : QVariant(createdBy);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (username, name, collar, role, area, team, disabled, password_hash, "
                             "created_at, created_by, password_set_at, password_set_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user.username);
    q.addBindValue(user.name);
    q.addBindValue(sql::text(user.collar));
    q.addBindValue(toString(user.role));
    q.addBindValue(sql::text(user.area));
    q.addBindValue(sql::text(user.team));
    q.addBindValue(sql::boolean(user.disabled));
    q.addBindValue(passwordHash.isEmpty() ? QVariant() : QVariant(passwordHash));
    q.addBindValue(now);
    q.addBindValue(by);
    q.addBindValue(passwordHash.isEmpty() ? QVariant() : now);
    q.addBindValue(passwordHash.isEmpty() ? QVariant() : by);
    return exec(q, QStringLiteral("adding user"));
}

Status UserRepository::setPassword(const QString& username, const QString& hash, const QString& setBy)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, password_set_at = ?, password_set_by = ? "
                             "WHERE username = ?"));
    q.addBindValue(hash);
    q.addBindValue(sql::timestamp(m_db.now()));
    q.addBindValue(setBy);
    q.addBindValue(username);
    return exec(q, QStringLiteral("setting password"));
}

Status UserRepository::rehashPassword(const QString& username, const QString& hash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ?"));
    q.addBindValue(hash);
    q.addBindValue(username);
    return exec(q, QStringLiteral("setting password"));
}

Status UserRepository::setDisabled(const QString& username, bool disabled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE username = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(username);
    return exec(q, QStringLiteral("updating user"));
}

Status UserRepository::setSigninState(const QString& username, int failedSignins,
                                      const std::optional<QDateTime>& lockedUntil)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET failed_signins = ?, locked_until = ? WHERE username = ?"));
    q.addBindValue(failedSignins);
    q.addBindValue(sql::timestamp(lockedUntil));
    q.addBindValue(username);
    return exec(q, QStringLiteral("updating sign-in state"));
}

} // namespace somdesk
