#pragma once

#include <QStringList>

namespace somdesk {

// somdesk-cli decide mappa-referral|management|indefinite-review|transfer --database F
// --user U --nominal REF --json FILE: a supervisor's decision on a nominal, the JSON an
// element of the bundle list of that kind (bundle-format.md); prints where it sits
// ("transfers[2]"). A refusal prints its reason and exits non-zero, changing nothing.
int cmdDecide(const QStringList& args);

} // namespace somdesk
