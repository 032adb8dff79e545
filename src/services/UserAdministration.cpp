// User administration (admins) and the colleagues list (names and collar numbers).

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/PasswordPolicy.h"

#include <functional>

namespace somdesk {

Result<QList<UserInfo>> Services::listUsers(const Session& session)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ListUsers); !st) {
        return st.error();
    }
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    const QDateTime now = m_ctx->db().now();
    QList<UserInfo> out;
    for (const StoredUser& u : *users) {
        out.append({u.user, u.isLockedAt(now), !u.passwordHash.isEmpty()});
    }
    return out;
}

Result<QList<User>> Services::colleagues(const Session& session)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ListColleagues); !st) {
        return st.error();
    }
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    QList<User> out;
    for (const StoredUser& u : *users) {
        if (u.user.role != Role::Admin && u.user.area.value_or(QString()) == session.area) {
            User copy = u.user;
            copy.password.reset();
            out.append(copy);
        }
    }
    return out;
}

Status Services::addUser(const Session& session, const User& user, QByteArray& password)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ManageUsers); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    if (Status st = validateUser(user); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    auto existing = m_ctx->users().findIgnoringCase(user.username);
    if (!existing) {
        PasswordHasher::wipe(password);
        return existing.error();
    }
    if (existing->has_value()) {
        PasswordHasher::wipe(password);
        return Error::conflict(
            QStringLiteral("username: %1 already exists (user names are unique regardless of case)")
                .arg((*existing)->user.username));
    }
    QString hash;
    if (!password.isEmpty()) {
        if (auto problem = passwordProblem(password, user.username)) {
            PasswordHasher::wipe(password);
            return Error::invalid(*problem);
        }
        auto policy = m_ctx->policy();
        if (!policy) {
            PasswordHasher::wipe(password);
            return policy.error();
        }
        auto h = PasswordHasher::hash(password, costOf(*policy));
        if (!h) {
            return h.error();
        }
        hash = *h;
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status();
    }
    User clean = user;
    clean.password.reset();
    if (Status st = m_ctx->users().insert(clean, hash, session.username); !st) {
        return st;
    }
    if (Status st =
            m_ctx->audit(session, AuditOperation::Collection, QStringLiteral("user"), user.username,
                         QStringLiteral("user administration"), QStringLiteral("role=%1").arg(toString(user.role)));
        !st) {
        return st;
    }
    return tx.commit();
}

namespace {

Status changeUser(ServiceContext& ctx, const Session& session, const QString& username, const QString& detail,
                  const std::function<Status()>& change)
{
    if (Status st = requirePermission(ctx, session, Operation::ManageUsers); !st) {
        return st;
    }
    auto existing = ctx.users().find(username);
    if (!existing) {
        return existing.error();
    }
    if (!existing->has_value()) {
        return Error::notFound(QStringLiteral("username: no user %1").arg(username));
    }
    Transaction tx(ctx.db());
    if (!tx.status()) {
        return tx.status();
    }
    if (Status st = change(); !st) {
        return st;
    }
    if (Status st = ctx.audit(session, AuditOperation::Alteration, QStringLiteral("user"), username,
                              QStringLiteral("user administration"), detail);
        !st) {
        return st;
    }
    return tx.commit();
}

} // namespace

Status Services::disableUser(const Session& session, const QString& username)
{
    Lock lock(*m_ctx);
    if (username == session.username) {
        return Error::invalid(QStringLiteral("username: you cannot disable your own account"));
    }
    return changeUser(*m_ctx, session, username, QStringLiteral("disabled"),
                      [&] { return m_ctx->users().setDisabled(username, true); });
}

Status Services::enableUser(const Session& session, const QString& username)
{
    Lock lock(*m_ctx);
    return changeUser(*m_ctx, session, username, QStringLiteral("enabled"),
                      [&] { return m_ctx->users().setDisabled(username, false); });
}

Status Services::unlockUser(const Session& session, const QString& username)
{
    Lock lock(*m_ctx);
    return changeUser(*m_ctx, session, username, QStringLiteral("unlocked"),
                      [&] { return m_ctx->users().setSigninState(username, 0, std::nullopt); });
}

Status Services::setPassword(const Session& session, const QString& username, QByteArray& password)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ManageUsers); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    if (auto problem = passwordProblem(password, username)) {
        PasswordHasher::wipe(password);
        return Error::invalid(*problem);
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        PasswordHasher::wipe(password);
        return policy.error();
    }
    auto h = PasswordHasher::hash(password, costOf(*policy));
    if (!h) {
        return h.error();
    }
    return changeUser(*m_ctx, session, username, QStringLiteral("password set"),
                      [&] { return m_ctx->users().setPassword(username, *h, session.username); });
}

} // namespace somdesk
