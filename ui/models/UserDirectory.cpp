#include "models/UserDirectory.h"

#include <QCoreApplication>

namespace somdesk {

UserDirectory::UserDirectory(const Session& session)
{
    m_users.insert(session.username, Person{session.name, session.collar.value_or(QString())});
}

void UserDirectory::add(const User& user)
{
    m_users.insert(user.username, Person{user.name, user.collar.value_or(QString())});
}

void UserDirectory::add(const QList<User>& users)
{
    for (const User& u : users) {
        add(u);
    }
}

QString UserDirectory::displayName(const QString& username) const
{
    const auto it = m_users.constFind(username);
    if (it == m_users.constEnd() || it->name.isEmpty()) {
        return username;
    }
    if (it->collar.isEmpty()) {
        return it->name;
    }
    return QCoreApplication::translate("somdesk::UserDirectory", "%1 (%2)").arg(it->name, it->collar);
}

QString UserDirectory::name(const QString& username) const
{
    const auto it = m_users.constFind(username);
    return it == m_users.constEnd() || it->name.isEmpty() ? username : it->name;
}

} // namespace somdesk
