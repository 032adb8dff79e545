#include "PasswordHasher.h"

#include <sodium.h>

namespace somdesk {

namespace {

bool ensureSodium()
{
    return sodium_init() >= 0;
}

unsigned long long opsOf(const HashCost& c)
{
    return static_cast<unsigned long long>(std::max(c.opslimit, 2));
}
size_t memOf(const HashCost& c)
{
    return static_cast<size_t>(std::max(c.memlimitMiB, 64)) * 1024U * 1024U;
}

} // namespace

void PasswordHasher::wipe(QByteArray& secret)
{
    if (!secret.isEmpty()) {
        secret.detach();
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    }
    secret.clear();
}

Result<QString> PasswordHasher::hash(QByteArray& password, const HashCost& cost)
{
    if (!ensureSodium()) {
        wipe(password);
        return Error::internal(QStringLiteral("password hashing is unavailable (libsodium failed to start)"));
    }
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, password.constData(), static_cast<unsigned long long>(password.size()),
                                     opsOf(cost), memOf(cost));
    wipe(password);
    if (rc != 0) {
        return Error::internal(QStringLiteral("password hashing ran out of memory"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QByteArray& password)
{
    if (hash.isEmpty() || !ensureSodium()) {
        return false;
    }
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& hash, const HashCost& cost)
{
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), opsOf(cost), memOf(cost)) != 0;
}

} // namespace somdesk
