#pragma once

// Who holds which role, and who supervises whom, as the rules need it: the current role
// of a user (clearing conditions use it), a team's one sergeant and an area's one
// inspector (alert owners). Lookups are hash look-ups because an alerts run asks them
// for every nominal of the force.

#include "core/Domain.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace somdesk {

class Directory {
public:
    // Adding a username again replaces that user's earlier details.
    void addUser(const QString& username, Role role, const QString& area, const QString& team, bool enabled = true);

    // Area and team absent count as empty; disabled users are added as not enabled.
    static Directory fromUsers(const QList<User>& users);

    // The user's current role, enabled or not (a decision stays valid after its maker
    // leaves); absent for an unknown user.
    std::optional<Role> roleOf(const QString& username) const;

    // The one enabled sergeant of the officer's team; absent when the officer is unknown,
    // has no team, or the team has no or several enabled sergeants.
    std::optional<QString> teamSergeant(const QString& officerUsername) const;

    // The one enabled inspector of the area; absent when there are none or several.
    std::optional<QString> areaInspector(const QString& area) const;

    bool contains(const QString& username) const { return m_users.contains(username); }
    qsizetype size() const { return m_users.size(); }

private:
    struct Member {
        Role role = Role::Officer;
        QString area;
        QString team;
        bool enabled = true;
    };

    void index(const QString& username, const Member& m);
    void unindex(const QString& username, const Member& m);

    QHash<QString, Member> m_users;
    QHash<QString, QStringList> m_sergeantsByTeam;  // enabled only
    QHash<QString, QStringList> m_inspectorsByArea; // enabled only
};

} // namespace somdesk
