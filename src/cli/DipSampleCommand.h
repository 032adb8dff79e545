#pragma once

#include <QStringList>

namespace somdesk {

// somdesk-cli dip-sample draw|list|record (docs/user-guide.md, "Dip sampling"):
//   draw   --database FILE --user SERGEANT [--period YYYY-MM] [--seed N] [--format json|table]
//   list   --database FILE --user NAME [--period YYYY-MM] [--format json|table]
//   record --database FILE --user SERGEANT --nominal REF --json FILE [--period YYYY-MM]
// Exit 0 on success, 2 for a usage error, 1 for a refusal or an error (message on stderr).
int cmdDipSample(const QStringList& args);

} // namespace somdesk
