#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QList>

namespace somdesk {

class Database;

// A user row as the services see it: the domain user plus sign-in state.
struct StoredUser {
    User user;
    QString passwordHash; // Argon2id string, empty when none set
    int failedSignins = 0;
    bool locked = false;
    bool isDisabled() const { return user.disabled.value_or(false); }
};

class UserRepository {
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<std::optional<StoredUser>> find(const QString& username);
    Result<QList<StoredUser>> list();
    // Inserts a new user (username must be free). Runs inside the caller's transaction.
    Status insert(const User& user, const QString& passwordHash);
    Status setPasswordHash(const QString& username, const QString& hash);
    Status setDisabled(const QString& username, bool disabled);
    Status setSigninState(const QString& username, int failedSignins, bool locked);

private:
    Database& m_db;
};

} // namespace somdesk
