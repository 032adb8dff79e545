#pragma once

// Retention and the two-person erasure of a person: the only deletion the store does.

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace somdesk {

class Database;

// An erasure awaiting its second person.
struct ErasureRequest {
    qint64 id = 0;
    QString requestedBy;
    QDateTime requestedAt;
};

class CaseErasure {
public:
    explicit CaseErasure(Database& db) : m_db(db) {}

    Result<QList<std::pair<QString, QDate>>> retentionDue(int years, const QDate& asOf);
    Status request(const QString& ref, const QString& by, const QString& reason);
    Result<std::optional<ErasureRequest>> openRequest(const QString& ref);
    // `nominalId` is the stored row of `ref`. In the caller's transaction.
    Status execute(qint64 requestId, qint64 nominalId, const QString& ref, const QString& approvedBy);
    void truncateLog();

private:
    Database& m_db;
};

} // namespace somdesk
