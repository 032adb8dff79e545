#pragma once

// Usernames are ids; people read names. The directory turns one into the other as far as
// the signed-in user may know: everyone knows themselves, and roles that may list users
// (sergeants and up) know everyone. Unknown usernames are shown as they are.

#include "core/Domain.h"
#include "services/Session.h"

#include <QHash>
#include <QList>
#include <QString>

namespace somdesk {

class UserDirectory {
public:
    UserDirectory() = default;
    explicit UserDirectory(const Session& session);

    void add(const User& user);
    void add(const QList<User>& users);

    // "Name (collar)" for a known user, else the username itself.
    QString displayName(const QString& username) const;
    // The name alone, else the username.
    QString name(const QString& username) const;
    bool contains(const QString& username) const { return m_users.contains(username); }

private:
    struct Person {
        QString name;
        QString collar;
    };
    QHash<QString, Person> m_users;
};

} // namespace somdesk
