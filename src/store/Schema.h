#pragma once

#include <QStringList>

namespace somdesk {

// The ordered, cumulative migrations: step i brings user_version from i to i+1.
// Each step is a list of statements run in one transaction.
const QList<QStringList>& schemaMigrations();

} // namespace somdesk
