#include "core/rules/Directory.h"

namespace somdesk {

void Directory::addUser(const QString& username, Role role, const QString& area, const QString& team, bool enabled)
{
    if (const auto it = m_users.constFind(username); it != m_users.constEnd()) {
        unindex(username, it.value());
    }
    const Member m{role, area, team, enabled};
    m_users.insert(username, m);
    index(username, m);
}

Directory Directory::fromUsers(const QList<User>& users)
{
    Directory d;
    for (const User& u : users) {
        d.addUser(u.username, u.role, u.area.value_or(QString()), u.team.value_or(QString()),
                  !u.disabled.value_or(false));
    }
    return d;
}

void Directory::index(const QString& username, const Member& m)
{
    if (!m.enabled) {
        return;
    }
    if (m.role == Role::Sergeant && !m.team.isEmpty()) {
        m_sergeantsByTeam[m.team].append(username);
    } else if (m.role == Role::Inspector && !m.area.isEmpty()) {
        m_inspectorsByArea[m.area].append(username);
    }
}

void Directory::unindex(const QString& username, const Member& m)
{
    const auto drop = [&username](QHash<QString, QStringList>& map, const QString& group) {
        const auto it = map.find(group);
        if (it != map.end()) {
            it->removeAll(username);
            if (it->isEmpty()) {
                map.erase(it);
            }
        }
    };
    if (m.role == Role::Sergeant) {
        drop(m_sergeantsByTeam, m.team);
    } else if (m.role == Role::Inspector) {
        drop(m_inspectorsByArea, m.area);
    }
}

std::optional<Role> Directory::roleOf(const QString& username) const
{
    const auto it = m_users.constFind(username);
    if (it == m_users.constEnd()) {
        return std::nullopt;
    }
    return it->role;
}

std::optional<QString> Directory::teamSergeant(const QString& officerUsername) const
{
    const auto user = m_users.constFind(officerUsername);
    if (user == m_users.constEnd() || user->team.isEmpty()) {
        return std::nullopt;
    }
    const auto it = m_sergeantsByTeam.constFind(user->team);
    if (it == m_sergeantsByTeam.constEnd() || it->size() != 1) {
        return std::nullopt;
    }
    return it->first();
}

std::optional<QString> Directory::areaInspector(const QString& area) const
{
    const auto it = m_inspectorsByArea.constFind(area);
    if (it == m_inspectorsByArea.constEnd() || it->size() != 1) {
        return std::nullopt;
    }
    return it->first();
}

} // namespace somdesk
