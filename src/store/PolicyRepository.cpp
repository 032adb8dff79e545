#include "PolicyRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace somdesk {

Result<std::optional<PolicyVersion>> PolicyRepository::current()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT version, set_at, set_by, json FROM policy_versions ORDER BY version DESC "
                               "LIMIT 1"))) {
        return storageError(QStringLiteral("reading the policy"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<PolicyVersion>();
    }
    return std::optional<PolicyVersion>(PolicyVersion{q.value(0).toInt(), sql::toTimestamp(q.value(1).toString()),
                                                      q.value(2).toString(), q.value(3).toString().toUtf8()});
}

Result<QList<PolicyVersion>> PolicyRepository::history()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT version, set_at, set_by, json FROM policy_versions ORDER BY version"))) {
        return storageError(QStringLiteral("reading the policy"), q.lastError().text());
    }
    QList<PolicyVersion> out;
    while (q.next()) {
        out.append({q.value(0).toInt(), sql::toTimestamp(q.value(1).toString()), q.value(2).toString(),
                    q.value(3).toString().toUtf8()});
    }
    return out;
}

Result<int> PolicyRepository::add(const QByteArray& json, const QString& setBy)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO policy_versions (version, set_at, set_by, json) SELECT "
                             "COALESCE(MAX(version), 0) + 1, ?, ?, ? FROM policy_versions"));
    q.addBindValue(sql::timestamp(m_db.now()));
    q.addBindValue(setBy);
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec()) {
        return storageError(QStringLiteral("saving the policy"), q.lastError().text());
    }
    QSqlQuery v(m_db.connection());
    if (!v.exec(QStringLiteral("SELECT MAX(version) FROM policy_versions")) || !v.next()) {
        return storageError(QStringLiteral("saving the policy"), v.lastError().text());
    }
    return v.value(0).toInt();
}

} // namespace somdesk
