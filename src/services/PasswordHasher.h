#pragma once

// Argon2id through libsodium's crypto_pwhash_str. Plaintext passwords live in
// QByteArrays that the caller hands over; they are wiped (sodium_memzero) here.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace somdesk {

struct HashCost {
    int memlimitMiB = 64;
    int opslimit = 2;
};

class PasswordHasher {
public:
    // Hashes and wipes `password`.
    static Result<QString> hash(QByteArray& password, const HashCost& cost);
    // Verifies without wiping (the caller may need to rehash with the same bytes).
    static bool verify(const QString& hash, const QByteArray& password);
    static bool needsRehash(const QString& hash, const HashCost& cost);
    static void wipe(QByteArray& secret);
};

} // namespace somdesk
