// Sign-in: Argon2id verification, failure counting and lockout, hash upgrade; every attempt audited.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"

#include <spdlog/spdlog.h>

namespace somdesk {

Result<Session> Services::signIn(const QString& username, QByteArray& password)
{
    Lock lock(*m_ctx);
    const Error wrong = Error::auth(QStringLiteral("wrong user name or password"));
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
    auto record = [&](AuditOperation event, const QString& detail) {
        Transaction tx(m_ctx->db());
        if (tx.status() &&
            m_ctx->auditAs(username, event, QStringLiteral("session"), username, QStringLiteral("sign-in"), detail)) {
            (void)tx.commit();
        }
    };
    if (!found->has_value()) {
        PasswordHasher::wipe(password);
        if (usernamePattern().match(username).hasMatch()) {
            record(AuditOperation::SignInFailed, QStringLiteral("unknown user"));
        }
        return wrong;
    }
    StoredUser user = **found;
    if (user.locked) {
        PasswordHasher::wipe(password);
        record(AuditOperation::SignInFailed, QStringLiteral("account locked"));
        return Error::auth(QStringLiteral("account %1 is locked after too many failed sign-ins; an administrator "
                                          "must unlock it")
                               .arg(username));
    }
    if (user.isDisabled()) {
        PasswordHasher::wipe(password);
        record(AuditOperation::SignInFailed, QStringLiteral("account disabled"));
        return Error::auth(QStringLiteral("account %1 is disabled").arg(username));
    }
    if (user.passwordHash.isEmpty()) {
        PasswordHasher::wipe(password);
        record(AuditOperation::SignInFailed, QStringLiteral("no password set"));
        return Error::auth(
            QStringLiteral("account %1 has no password yet; an administrator must set one").arg(username));
    }
    if (!PasswordHasher::verify(user.passwordHash, password)) {
        PasswordHasher::wipe(password);
        const int failures = user.failedSignins + 1;
        const bool lockNow = failures >= policy->number(QStringLiteral("signin_max_failures"));
        Transaction tx(m_ctx->db());
        if (tx.status() && m_ctx->users().setSigninState(username, failures, lockNow) &&
            m_ctx->auditAs(username, AuditOperation::SignInFailed, QStringLiteral("session"), username,
                           QStringLiteral("sign-in"), QStringLiteral("wrong password; failures=%1").arg(failures)) &&
            (!lockNow || m_ctx->auditAs(username, AuditOperation::AccountLocked, QStringLiteral("user"), username,
                                        QStringLiteral("sign-in"), QStringLiteral("failures=%1").arg(failures)))) {
            (void)tx.commit();
        }
        spdlog::warn("sign-in failed for a user (failures {})", failures);
        return lockNow ? Error::auth(QStringLiteral("wrong user name or password; the account is now locked")) : wrong;
    }
    // Success: reset the counter and upgrade the hash when the policy raised the cost.
    QString newHash;
    if (PasswordHasher::needsRehash(user.passwordHash, costOf(*policy))) {
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
    Status st = m_ctx->users().setSigninState(username, 0, false);
    if (st && !newHash.isEmpty()) {
        st = m_ctx->users().setPasswordHash(username, newHash);
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
    return sessionOf(user.user);
}

} // namespace somdesk
