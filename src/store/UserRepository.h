#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace somdesk {

class Database;

// A user row as the services see it: the domain user plus sign-in state.
struct StoredUser {
    User user;
    QString passwordHash; // Argon2id string, empty when none set
    int failedSignins = 0;
    std::optional<QDateTime> lockedUntil; // sign-in refused before this instant
    // Provenance, for two-person rules: who made the account and who last set its password.
    std::optional<QDateTime> createdAt;
    QString createdBy; // empty: the first admin, or made before this was recorded
    std::optional<QDateTime> passwordSetAt;
    QString passwordSetBy;
    bool isDisabled() const { return user.disabled.value_or(false); }
    bool isLockedAt(const QDateTime& now) const { return lockedUntil && *lockedUntil > now; }
};

class UserRepository {
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<std::optional<StoredUser>> find(const QString& username);
    Result<QList<StoredUser>> list();
    // A user named `username` regardless of case (user names are unique that way).
    Result<std::optional<StoredUser>> findIgnoringCase(const QString& username);
    // Inserts a new user (username must be free), made by `createdBy` (empty for the first
    // admin); a password hash counts as set by them. Runs inside the caller's transaction.
    Status insert(const User& user, const QString& passwordHash, const QString& createdBy = {});
    // A new password, set by `setBy` now.
    Status setPassword(const QString& username, const QString& hash, const QString& setBy);
    // The same password under a new hash (a raised cost): the provenance stays.
    Status rehashPassword(const QString& username, const QString& hash);
    Status setDisabled(const QString& username, bool disabled);
    Status setSigninState(const QString& username, int failedSignins, const std::optional<QDateTime>& lockedUntil);

private:
    Database& m_db;
};

} // namespace somdesk
