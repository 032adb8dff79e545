#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace somdesk {

class Database;

struct PolicyVersion {
    int version = 0;
    QDateTime setAt;
    QString setBy;
    QByteArray json;
};

// The policy in force is the newest version; older versions stay for the record.
class PolicyRepository {
public:
    explicit PolicyRepository(Database& db) : m_db(db) {}
    Result<std::optional<PolicyVersion>> current();
    Result<QList<PolicyVersion>> history();
    Result<int> add(const QByteArray& json, const QString& setBy);

private:
    Database& m_db;
};

} // namespace somdesk
