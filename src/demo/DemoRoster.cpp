#include "DemoRoster.h"

#include "DemoText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

namespace {

QString staffName(DemoRandom& rng)
{
    return rng.pick(DemoText::pool(DemoPool::StaffGiven)) + u' ' + rng.pick(DemoText::pool(DemoPool::StaffFamily));
}

QString collarText(qint64 number)
{
    return QString::number(number).rightJustified(4, u'0');
}

// A member of staff with a new fictitious name, and their account; team -1 for an inspector.
User addStaff(Roster& dir, const QString& username, const QString& collar, Role role, int area, int team,
              const QString& teamName, DemoRandom& rng)
{
    dir.staff.insert(username, Staff{staffName(rng), collar, team, area});
    User u;
    u.username = username;
    u.name = dir.staff[username].name;
    u.collar = collar;
    u.role = role;
    u.area = dir.areas[area].name;
    if (team >= 0) {
        u.team = teamName;
    }
    return u;
}

} // namespace

Roster buildRoster(int nominals, DemoRandom& rng)
{
    Roster dir;
    // Caseloads of 50–100 (about 75), teams of about six officers, about three teams per area.
    // From 100 nominals there are always two teams in two areas, so even a small demo shows
    // the organisation (team sergeants, area inspectors, scopes) at work.
    const int teamCount = std::max(nominals >= 100 ? 2 : 1, (std::max(2, (nominals + 37) / 75) + 3) / 6);
    const int officerCount = std::max({2, (nominals + 37) / 75, nominals >= 100 ? 2 * teamCount : 0});
    const int areaCount = teamCount <= 1 ? 1 : std::max(2, (teamCount + 2) / 3);

    User admin;
    admin.username = u"admin"_s;
    admin.name = u"Demo Administrator"_s;
    admin.role = Role::Admin;
    dir.users.append(admin);

    for (int a = 0; a < areaCount; ++a) {
        Area area;
        area.name = DemoText::areaName(a);
        const QString collar = collarText(10 + a * 3 + rng.below(3));
        area.inspector = u"insp"_s + collar;
        dir.areas.append(area);
        dir.users.append(addStaff(dir, area.inspector, collar, Role::Inspector, a, -1, QString(), rng));
    }

    for (int t = 0; t < teamCount; ++t) {
        Team team;
        team.area = t % areaCount;
        Area& area = dir.areas[team.area];
        team.name = area.name + u" Team "_s + QChar(u'A' + static_cast<char16_t>(area.teams.size() % 26)) +
                    (area.teams.size() >= 26 ? QString::number(area.teams.size() / 26) : QString());
        area.teams.append(t);
        const QString collar = collarText(100 + t * 7 + rng.below(7));
        team.sergeant = u"ps"_s + collar;
        dir.users.append(addStaff(dir, team.sergeant, collar, Role::Sergeant, team.area, t, team.name, rng));
        dir.teams.append(team);
    }

    // Officers, then one former (disabled) officer per team, from one collar sequence.
    const int total = officerCount + teamCount;
    for (int k = 0; k < total; ++k) {
        const bool former = k >= officerCount;
        const int t = former ? k - officerCount : k % teamCount;
        Team& team = dir.teams[t];
        const QString collar = collarText(1000 + static_cast<qint64>(k) * 13 + rng.below(13));
        const QString username = u"pc"_s + collar;
        User u = addStaff(dir, username, collar, Role::Officer, team.area, t, team.name, rng);
        if (former) {
            u.disabled = true;
            team.former.append(username);
        } else {
            team.officers.append(username);
            dir.officers.append(username);
        }
        dir.users.append(u);
    }
    std::sort(dir.users.begin(), dir.users.end(), [](const User& a, const User& b) { return a.username < b.username; });
    return dir;
}

} // namespace somdesk::demo
