#pragma once

// Sergeants' dip samples for the demo: last month's and this month's draw per team, three
// records per officer from the current caseload, last month's completed and most of this
// month's, with findings mostly compliant.

#include "DemoRoster.h"

#include "core/Domain.h"

namespace somdesk::demo {

QList<DipSample> dipSamples(const Roster& dir, const QList<Nominal>& nominals, quint64 seed, qint64 today);

} // namespace somdesk::demo
