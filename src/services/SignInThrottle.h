#pragma once

// Sign-in throttling: after every run of `signin_max_failures` wrong passwords the account is
// locked for a while, `signin_lock_minutes` the first time and twice as long each run after,
// never longer than `signin_lock_max_minutes`. A lock always expires, so no run of guesses
// can leave a database without a usable administrator (docs/admin-guide.md, "Locked out").

#include "core/rules/Policy.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace somdesk {

struct HashCost;

// When the lock that `failures` consecutive failures earn ends, or nullopt when they earn none.
std::optional<QDateTime> lockEndAfter(const Policy& policy, int failures, const QDateTime& now);

// An Argon2id hash of a random secret at `cost`: verifying an unknown user's password
// against it takes as long as a known user's, so timing does not tell which names exist.
QString dummyPasswordHash(const HashCost& cost);

} // namespace somdesk
