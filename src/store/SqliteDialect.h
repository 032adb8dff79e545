#pragma once

#include "SqlDialect.h"

namespace somdesk {

class SqliteDialect final : public SqlDialect {
public:
    QString parameter(int n) const override;
    QString upsert(const QString& table, const QStringList& columns, const QStringList& keyColumns) const override;
    QVariant insertedId(const QSqlQuery& q) const override;
    QString fullTextMatch(const QString& index, const QString& param) const override;
    QString fullTextSnippet(const QString& index, int column) const override;
    QString optimiseFullTextIndex(const QString& index) const override;
    QString truncateLog() const override;
};

} // namespace somdesk
