// The one password policy (core/PasswordPolicy.h): its edges, one case each.

#include "core/PasswordPolicy.h"

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

bool accepted(const char* password, const char* username = "pc1234")
{
    return !passwordProblem(QByteArray(password), QString::fromUtf8(username)).has_value();
}

} // namespace

TEST_CASE("password policy: length is counted in characters, from 12")
{
    CHECK_FALSE(accepted(""));
    CHECK_FALSE(accepted("x"));
    CHECK_FALSE(accepted("harbour-lan")); // 11
    CHECK(accepted("harbour-lant"));      // 12
    // Twelve bytes of UTF-8 that are six characters do not pass; twelve characters do.
    CHECK_FALSE(accepted("éééééé"));
    CHECK(accepted("Hårbour-lånt"));
    const auto problem = passwordProblem("short", QStringLiteral("pc1"), QStringLiteral("users[3].password"));
    REQUIRE(problem);
    CHECK(problem->startsWith(QStringLiteral("users[3].password: at least 12 characters")));
}

TEST_CASE("password policy: common passwords and their dressed-up forms are refused")
{
    for (const char* weak :
         {"password1234", "Password2026!", "P@ssw0rd1234", "p4$$w0rd2026", "qwertyuiop12", "1q2w3e4r5t6y",
          "123456789012", "abcdefghijkl", "letmein12345", "Welcome2026!", "Police123456", "somdesk-2026!",
          "!!sunshine!!", "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword", "zyxwvutsrqpo"}) {
        INFO(weak);
        CHECK_FALSE(accepted(weak));
    }
    const auto problem = passwordProblem("Password2026!", QStringLiteral("pc1"));
    REQUIRE(problem);
    CHECK(problem->startsWith(QStringLiteral("password: too common")));
}

TEST_CASE("password policy: the user name is not a password, however dressed")
{
    CHECK_FALSE(accepted("inspector0012", "inspector0012"));
    CHECK_FALSE(accepted("Adm.Test.2026!", "adm.test"));
    CHECK(accepted("adm.test-harbour-lantern", "adm.test")); // a name within a passphrase is fine
}

TEST_CASE("password policy: passphrases pass")
{
    for (const char* good : {"Harbour-lantern-47", "correct pony staple", "demo-password", "casework tests password",
                             "cli-admin-pass", "officer-pass", "tea kettle orbit"}) {
        INFO(good);
        CHECK(accepted(good));
    }
}
