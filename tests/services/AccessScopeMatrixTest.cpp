// Access decided in one place (services/Access.h): every role against a nominal in every
// scope position, for casework, consultation and the caseload query, against a table
// written out here (not derived from the code), so a changed rule fails.

#include "ServicesTestUtil.h"
#include "services/Access.h"

using namespace somdesk;

namespace {

enum class Position { OwnCaseload, SameTeam, SameAreaOtherTeam, OtherArea, OwnerWithoutTeam };

const QList<Position> kPositions{Position::OwnCaseload, Position::SameTeam, Position::SameAreaOtherTeam,
                                 Position::OtherArea, Position::OwnerWithoutTeam};

Session session(Role role)
{
    Session s;
    s.role = role;
    s.area = role == Role::Admin ? QString() : QStringLiteral("Area 1");
    s.team = role == Role::Officer || role == Role::Sergeant ? QStringLiteral("Team A") : QString();
    s.username = QStringLiteral("me");
    return s;
}

// The nominal and its owner's team for a position, seen from a user "me" in Area 1 Team A.
std::pair<Nominal, std::optional<QString>> nominalAt(Position p)
{
    Nominal n;
    n.ref = QStringLiteral("N1");
    n.area = QStringLiteral("Area 1");
    switch (p) {
    case Position::OwnCaseload:
        n.owner = QStringLiteral("me");
        return {n, QStringLiteral("Team A")};
    case Position::SameTeam:
        n.owner = QStringLiteral("colleague");
        return {n, QStringLiteral("Team A")};
    case Position::SameAreaOtherTeam:
        n.owner = QStringLiteral("other");
        return {n, QStringLiteral("Team B")};
    case Position::OtherArea:
        n.owner = QStringLiteral("far");
        n.area = QStringLiteral("Area 2");
        return {n, QStringLiteral("Team Z")};
    case Position::OwnerWithoutTeam:
        n.owner = QStringLiteral("loose");
        return {n, QString()};
    }
    return {n, std::nullopt};
}

struct Expected {
    Role role;
    // Per position, in kPositions order.
    std::array<bool, 5> casework;
    std::array<bool, 5> consult;
};

// domain.md: an officer works on their own caseload, a sergeant on the team's, an inspector
// on the area's; anyone may consult a case in their area with a purpose; an admin does
// neither. (The admin "owns" nothing: OwnCaseload for an admin is a case owned by "me".)
const Expected kExpected[] = {
    {Role::Officer, {true, false, false, false, false}, {true, true, true, false, true}},
    {Role::Sergeant, {true, true, false, false, false}, {true, true, true, false, true}},
    {Role::Inspector, {true, true, true, false, true}, {true, true, true, false, true}},
    {Role::Admin, {false, false, false, false, false}, {false, false, false, false, false}},
};

} // namespace

TEST_CASE("services: access: role x scope position for casework and consultation")
{
    for (const Expected& e : kExpected) {
        const Session s = session(e.role);
        for (int i = 0; i < kPositions.size(); ++i) {
            INFO("role " << toString(e.role).toStdString() << ", position " << i);
            const auto [n, team] = nominalAt(kPositions[i]);
            CHECK(checkCaseworkScope(s, n, team).ok() == e.casework[static_cast<std::size_t>(i)]);
            CHECK(checkRecordScope(s, n, team).ok() == e.consult[static_cast<std::size_t>(i)]);
            if (!checkCaseworkScope(s, n, team).ok()) {
                CHECK(checkCaseworkScope(s, n, team).error().code == ErrorCode::PermissionDenied);
            }
        }
    }
}

TEST_CASE("services: access: a sergeant without a team or an inspector without an area reaches no one")
{
    Session sergeant = session(Role::Sergeant);
    sergeant.team.clear();
    Session inspector = session(Role::Inspector);
    inspector.area.clear();
    for (const Position p : kPositions) {
        auto [n, team] = nominalAt(p);
        if (p != Position::OwnCaseload) {
            CHECK_FALSE(checkCaseworkScope(sergeant, n, team).ok());
        }
        n.area.clear(); // a record without an area is nobody's area
        CHECK_FALSE(checkCaseworkScope(inspector, n, team).ok());
        if (p != Position::OwnCaseload) {
            CHECK_FALSE(checkRecordScope(inspector, n, team).ok());
        }
    }
}

TEST_CASE("services: access: the caseload query and its audit text follow the role")
{
    const CaseQuery officer = scopeQuery(session(Role::Officer));
    CHECK(officer.owner == QStringLiteral("me"));
    CHECK_FALSE(officer.team.has_value());
    CHECK_FALSE(officer.area.has_value());
    const CaseQuery sergeant = scopeQuery(session(Role::Sergeant));
    CHECK(sergeant.team == QStringLiteral("Team A"));
    CHECK_FALSE(sergeant.owner.has_value());
    const CaseQuery inspector = scopeQuery(session(Role::Inspector));
    CHECK(inspector.area == QStringLiteral("Area 1"));
    CHECK_FALSE(inspector.team.has_value());
    const CaseQuery admin = scopeQuery(session(Role::Admin));
    CHECK_FALSE(admin.owner.has_value());
    CHECK_FALSE(admin.team.has_value());
    CHECK_FALSE(admin.area.has_value());
    CHECK(scopeText(session(Role::Officer)) == QStringLiteral("caseload:me"));
    CHECK(scopeText(session(Role::Sergeant)) == QStringLiteral("team:Team A"));
    CHECK(scopeText(session(Role::Inspector)) == QStringLiteral("area:Area 1"));
    CHECK(scopeText(session(Role::Admin)) == QStringLiteral("force"));
}
