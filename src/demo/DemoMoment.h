#pragma once

// The demo is made at a moment, and nothing in it may be stamped later than that moment:
// the generator works in whole days, so the last day's working-hours stamps are squeezed,
// in order, into the part of the day that has passed. The squeeze is monotone, so every
// acknowledgement stays at or after its entry and every decision after its request.

#include "core/Domain.h"

#include <QDateTime>

namespace somdesk::demo {

// Maps every instant of the bundle into [.., moment], keeping their order; a visit on
// moment's London date gets a time no later than moment's London time. `today` is the
// generator's anchor (its last UTC day).
void keepBefore(Bundle& bundle, const QDate& today, const QDateTime& moment);

} // namespace somdesk::demo
