#pragma once

// The demo's organisation: areas with an inspector, teams with a sergeant, officers with
// caseloads, and one former (disabled) officer per team who still appears in case histories.

#include "DemoRandom.h"

#include "core/Domain.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace somdesk::demo {

struct Staff {
    QString name;
    QString collar;
    int team = -1;
    int area = -1;
};

struct Team {
    QString name;
    int area = 0;
    QString sergeant;
    QStringList officers; // active
    QStringList former;   // disabled accounts that still appear in case histories
};

struct Area {
    QString name;
    QString inspector;
    QList<int> teams;
};

struct Roster {
    QList<User> users;
    QList<Area> areas;
    QList<Team> teams;
    QStringList officers;        // active officers in creation order
    QHash<QString, Staff> staff; // lookups only, never iterated

    const Staff& of(const QString& username) const { return *staff.constFind(username); }
    QString sergeantOf(const QString& username) const { return teams[of(username).team].sergeant; }
    QString inspectorOf(const QString& username) const { return areas[of(username).area].inspector; }
};

// Users for a caseload of `nominals`: caseloads of 50–100, teams of about six officers,
// about three teams per area.
Roster buildRoster(int nominals, DemoRandom& rng);

} // namespace somdesk::demo
