#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QStringList>

#include <optional>

namespace somdesk {

class Database;

// Which dip samples to read: by period, and by the sergeants who drew them (an empty
// list matches none).
struct DipSampleFilter {
    std::optional<QString> period;
    std::optional<QStringList> sergeants;
};

class DipSampleRepository {
public:
    explicit DipSampleRepository(Database& db) : m_db(db) {}
    Status insert(const DipSample& sample);
    Result<QList<DipSample>> list(const DipSampleFilter& filter = {}); // in insertion order
    // The findings of one record of the sample (period, sergeant): its items replaced by
    // `items` (in their order) and completed_at set. NotFound when there is no such record.
    // Runs inside the caller's transaction.
    Status complete(const QString& period, const QString& sergeant, const QString& nominal,
                    const QDateTime& completedAt, const QList<DipItem>& items);

private:
    Database& m_db;
};

} // namespace somdesk
