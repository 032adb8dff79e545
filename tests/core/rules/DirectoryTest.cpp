#include "RulesTestSupport.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

TEST_CASE("rules: directory gives current roles", "[rules][directory]")
{
    const Directory dir = directory();
    CHECK(dir.roleOf(s("pc1")) == Role::Officer);
    CHECK(dir.roleOf(s("ps1")) == Role::Sergeant);
    CHECK(dir.roleOf(s("in1")) == Role::Inspector);
    CHECK(dir.roleOf(s("psold")) == Role::Sergeant); // disabled users keep their role
    CHECK(dir.roleOf(s("admin")) == Role::Admin);
    CHECK_FALSE(dir.roleOf(s("nobody")).has_value());
}

TEST_CASE("rules: directory names a team's one enabled sergeant", "[rules][directory]")
{
    const Directory dir = directory();
    CHECK(dir.teamSergeant(s("pc1")) == s("ps1"));       // psold is disabled
    CHECK_FALSE(dir.teamSergeant(s("pc9")).has_value()); // no sergeant
    CHECK_FALSE(dir.teamSergeant(s("pc8")).has_value()); // two sergeants
    CHECK_FALSE(dir.teamSergeant(s("nobody")).has_value());
    CHECK_FALSE(dir.teamSergeant(s("in1")).has_value()); // no team
}

TEST_CASE("rules: directory names an area's one enabled inspector", "[rules][directory]")
{
    const Directory dir = directory();
    CHECK(dir.areaInspector(s("Area 1")) == s("in1"));
    CHECK_FALSE(dir.areaInspector(s("Area 2")).has_value());
    CHECK_FALSE(dir.areaInspector(s("Area 3")).has_value());
    CHECK_FALSE(dir.areaInspector(QString()).has_value());
}

TEST_CASE("rules: directory re-adding a user replaces the earlier details", "[rules][directory]")
{
    Directory dir = directory();
    dir.addUser(s("ps9"), Role::Officer, s("Area 3"), s("Team C")); // ps9 demoted: ps8 now leads alone
    CHECK(dir.teamSergeant(s("pc8")) == s("ps8"));
    dir.addUser(s("in3"), Role::Inspector, s("Area 3"), QString(), false);
    CHECK(dir.areaInspector(s("Area 3")) == s("in2"));
    dir.addUser(s("ps1"), Role::Sergeant, s("Area 1"), s("Team A1"), false);
    CHECK_FALSE(dir.teamSergeant(s("pc1")).has_value());
    CHECK(dir.roleOf(s("ps9")) == Role::Officer);
}

TEST_CASE("rules: directory from bundle users", "[rules][directory]")
{
    User a;
    a.username = s("ps5");
    a.role = Role::Sergeant;
    a.area = s("North");
    a.team = s("North T1");
    User b;
    b.username = s("pc5");
    b.role = Role::Officer;
    b.area = s("North");
    b.team = s("North T1");
    User c;
    c.username = s("in5");
    c.role = Role::Inspector;
    c.area = s("North");
    c.disabled = true;
    const Directory dir = Directory::fromUsers({a, b, c});
    CHECK(dir.teamSergeant(s("pc5")) == s("ps5"));
    CHECK_FALSE(dir.areaInspector(s("North")).has_value());
    CHECK(dir.roleOf(s("in5")) == Role::Inspector);
}
