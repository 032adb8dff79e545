// Sign-in: Argon2id verification, throttling by locks that expire, hash upgrade; every
// attempt audited with its true reason, while the caller hears one message for every failure
// and waits about as long whatever the reason (one Argon2id verification on every path).

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "SignInThrottle.h"

#include <spdlog/spdlog.h>

namespace somdesk {

namespace {

const char* const kSignInFailed = "wrong user name or password, or the account cannot sign in now (ask an "
                                  "administrator if this goes on)";

} // namespace

Result<Session> Services::signIn(const QString& username, QByteArray& password)
{
    Lock lock(*m_ctx);
    const Error refused = Error::auth(QString::fromLatin1(kSignInFailed));
    auto policy = m_ctx->policy();
    if (!policy) {
        PasswordHasher::wipe(password);
        return policy.error();
    }
    auto found = m_ctx->users().find(username);
    if (!found) {
        PasswordHasher::wipe(password);
        return found.error();
    }
    const std::optional<StoredUser> user = *found;
    const bool hasHash = user && !user->passwordHash.isEmpty();
    const bool passwordRight =
        PasswordHasher::verify(hasHash ? user->passwordHash : dummyPasswordHash(costOf(*policy)), password) &&
        hasHash && !password.isEmpty();
    auto record = [&](AuditOperation event, const QString& detail) {
        Transaction tx(m_ctx->db());
        if (tx.status() &&
            m_ctx->auditAs(username, event, QStringLiteral("session"), username, QStringLiteral("sign-in"), detail)) {
            (void)tx.commit();
        }
    };
    const QDateTime now = m_ctx->db().now();
    if (!user) {
        PasswordHasher::wipe(password);
        if (usernamePattern().match(username).hasMatch()) {
            record(AuditOperation::SignInFailed, QStringLiteral("unknown user"));
        }
        return refused;
    }
    if (user->isLockedAt(now)) {
        // Guesses while locked are not counted: they neither lengthen the lock nor test the password.
        PasswordHasher::wipe(password);
        record(AuditOperation::SignInFailed,
               QStringLiteral("account locked until %1").arg(user->lockedUntil->toUTC().toString(Qt::ISODate)));
        return refused;
    }
    if (user->isDisabled()) {
        PasswordHasher::wipe(password);
        record(AuditOperation::SignInFailed, QStringLiteral("account disabled"));
        return refused;
    }
    if (!hasHash) {
        PasswordHasher::wipe(password);
        record(AuditOperation::SignInFailed, QStringLiteral("no password set"));
        return refused;
    }
    if (!passwordRight) {
        PasswordHasher::wipe(password);
        const int failures = user->failedSignins + 1;
        const std::optional<QDateTime> lockedUntil = lockEndAfter(*policy, failures, now);
        Transaction tx(m_ctx->db());
        if (tx.status() && m_ctx->users().setSigninState(username, failures, lockedUntil) &&
            m_ctx->auditAs(username, AuditOperation::SignInFailed, QStringLiteral("session"), username,
                           QStringLiteral("sign-in"), QStringLiteral("wrong password; failures=%1").arg(failures)) &&
            (!lockedUntil ||
             m_ctx->auditAs(username, AuditOperation::AccountLocked, QStringLiteral("user"), username,
                            QStringLiteral("sign-in"),
                            QStringLiteral("failures=%1 until=%2").arg(failures).arg(lockedUntil->toString(Qt::ISODate))))) {
            (void)tx.commit();
        }
        spdlog::warn("sign-in failed for a user (failures {})", failures);
        return refused;
    }
    // Success: reset the counter and upgrade the hash when the policy raised the cost.
    QString newHash;
    if (PasswordHasher::needsRehash(user->passwordHash, costOf(*policy))) {
        QByteArray copy = password;
        auto h = PasswordHasher::hash(copy, costOf(*policy));
        if (h) {
            newHash = *h;
        }
    }
    PasswordHasher::wipe(password);
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    Status st = m_ctx->users().setSigninState(username, 0, std::nullopt);
    if (st && !newHash.isEmpty()) {
        st = m_ctx->users().rehashPassword(username, newHash);
    }
    if (st) {
        st = m_ctx->auditAs(username, AuditOperation::SignIn, QStringLiteral("session"), username,
                            QStringLiteral("sign-in"), newHash.isEmpty() ? QString() : QStringLiteral("hash upgraded"));
    }
    if (st) {
        st = tx.commit();
    }
    if (!st) {
        return st.error();
    }
    return sessionOf(user->user);
}

} // namespace somdesk
