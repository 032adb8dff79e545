#pragma once

#include "core/Domain.h"
#include "core/Result.h"

namespace somdesk {

class Database;

class DipSampleRepository {
public:
    explicit DipSampleRepository(Database& db) : m_db(db) {}
    Status insert(const DipSample& sample);
    Result<QList<DipSample>> list(); // in insertion order

private:
    Database& m_db;
};

} // namespace somdesk
