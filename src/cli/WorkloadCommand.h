#pragma once

#include <QStringList>

namespace somdesk {

// somdesk-cli workload --database F --user U [--as-of DATE] --format json|table: the team
// (sergeant) or area (inspector) workload per officer, as the app's team view shows it.
int cmdWorkload(const QStringList& args);

} // namespace somdesk
