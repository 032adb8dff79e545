// Accounts against a hostile insider (docs/security.md, "Accounts, passwords and two-person
// rules"): locks that expire, one answer for every failed sign-in, user names unique
// regardless of case, one password policy everywhere, and a disabled account enabled again.

#include "ServicesTestUtil.h"

#include <QFile>
#include <QSqlError>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

User officer(const QString& username, const QString& collar)
{
    User u;
    u.username = username;
    u.name = QStringLiteral("Test Officer Account");
    u.collar = collar;
    u.role = Role::Officer;
    u.area = QStringLiteral("Area 1");
    u.team = QStringLiteral("Area 1 Team A");
    return u;
}

Result<Session> signIn(ServiceFixture& f, const QString& username, const QByteArray& password)
{
    QByteArray pw = password;
    return f.s->signIn(username, pw);
}

void failRun(ServiceFixture& f, const QString& username, int times)
{
    for (int i = 0; i < times; ++i) {
        REQUIRE_FALSE(signIn(f, username, "wrong-guess-" + QByteArray::number(i)).ok());
    }
}

// A minimal bundle adding one user (on top of full.json's users), with `extra` in its object.
QByteArray bundleWithUser(const QString& username, const QString& extra)
{
    return QStringLiteral(R"({"format":"somdesk-bundle","version":1,"users":[)"
                          R"({"username":"adm.test","name":"Synthetic Admin","role":"admin"},)"
                          R"({"username":"%1","name":"Test Officer Bundle","collar":"5150","role":"officer",)"
                          R"("area":"Area 1","team":"Area 1 Team A"%2}],"nominals":[]})")
        .arg(username, extra)
        .toUtf8();
}

} // namespace

TEST_CASE("threat: anyone's wrong passwords lock the sole administrator for good", "[security][accounts]")
{
    auto clock = steppedClock();
    ServiceFixture f(ServiceFixture::Empty, QStringLiteral("somdesk.db"), clock);
    // Five wrong passwords from anyone: the admin is locked, even with the right password.
    failRun(f, kAdmin, 5);
    CHECK_FALSE(signIn(f, kAdmin, kAdminPassword).ok());
    // Not for good: the first lock lasts signin_lock_minutes (5).
    clock->advanceSeconds(4 * 60);
    CHECK_FALSE(signIn(f, kAdmin, kAdminPassword).ok());
    clock->advanceSeconds(61);
    REQUIRE(signIn(f, kAdmin, kAdminPassword).ok());
}

TEST_CASE("threat: a guesser keeps an account locked with short locks", "[security][accounts]")
{
    auto clock = steppedClock();
    ServiceFixture f(ServiceFixture::Empty, QStringLiteral("somdesk.db"), clock);
    QByteArray pw = kUserPassword;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc5001"), QStringLiteral("5001")), pw).ok());
    // Each further run of failures doubles the lock: 5, then 10, then 20 minutes.
    failRun(f, QStringLiteral("pc5001"), 5);
    clock->advanceSeconds(5 * 60 + 1);
    failRun(f, QStringLiteral("pc5001"), 5);
    clock->advanceSeconds(9 * 60);
    CHECK_FALSE(signIn(f, QStringLiteral("pc5001"), kUserPassword).ok());
    clock->advanceSeconds(61);
    failRun(f, QStringLiteral("pc5001"), 5);
    clock->advanceSeconds(19 * 60);
    CHECK_FALSE(signIn(f, QStringLiteral("pc5001"), kUserPassword).ok());
    clock->advanceSeconds(61);
    REQUIRE(signIn(f, QStringLiteral("pc5001"), kUserPassword).ok());
    // Success starts again from the first lock.
    failRun(f, QStringLiteral("pc5001"), 5);
    clock->advanceSeconds(5 * 60 + 1);
    CHECK(signIn(f, QStringLiteral("pc5001"), kUserPassword).ok());
}

TEST_CASE("threat: the sign-in answer tells a disabled, locked or unknown account from a wrong password",
          "[security][accounts]")
{
    ServiceFixture f(ServiceFixture::Empty);
    QByteArray pw = kUserPassword;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc5002"), QStringLiteral("5002")), pw).ok());
    QByteArray none;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc5003"), QStringLiteral("5003")), none).ok());
    QByteArray pw2 = kUserPassword;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc5004"), QStringLiteral("5004")), pw2).ok());
    REQUIRE(f.s->disableUser(f.admin, QStringLiteral("pc5004")).ok());
    QByteArray pw3 = kUserPassword;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc5005"), QStringLiteral("5005")), pw3).ok());
    failRun(f, QStringLiteral("pc5005"), 5);

    const auto wrong = signIn(f, QStringLiteral("pc5002"), "not-the-password-1");
    REQUIRE_FALSE(wrong.ok());
    for (const auto& [name, password] :
         {std::pair{QStringLiteral("nobody.here"), kUserPassword}, std::pair{QStringLiteral("pc5003"), QByteArray()},
          std::pair{QStringLiteral("pc5004"), kUserPassword}, std::pair{QStringLiteral("pc5005"), kUserPassword}}) {
        INFO(name.toStdString());
        const auto r = signIn(f, name, password);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == wrong.error().code);
        CHECK(r.error().message == wrong.error().message);
    }
    CHECK_THAT(msg(wrong.error()), !Contains("locked") && !Contains("disabled") && !Contains("unknown"));
    // The audit trail, for the admin, still says which it was.
    CHECK(f.count(QStringLiteral("audit_log WHERE detail = 'account disabled'")) == 1);
    CHECK(f.count(QStringLiteral("audit_log WHERE detail = 'no password set'")) == 1);
    CHECK(f.count(QStringLiteral("audit_log WHERE detail LIKE 'account locked until %'")) == 1);
}

TEST_CASE("threat: a user name is added beside the same name in other letter case", "[security][accounts]")
{
    ServiceFixture f(ServiceFixture::Empty);
    QByteArray pw = kUserPassword;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc1"), QStringLiteral("5006")), pw).ok());
    const int users = f.count(QStringLiteral("users"));
    QByteArray pw2 = kUserPassword;
    const Status st = f.s->addUser(f.admin, officer(QStringLiteral("PC1"), QStringLiteral("5007")), pw2);
    REQUIRE_FALSE(st.ok());
    CHECK_THAT(msg(st.error()), Contains("pc1"));
    // A bundle cannot bring one in either, whether beside a stored user or beside one of its own.
    auto clash = f.s->importBundle(f.admin, bundleWithUser(QStringLiteral("Pc1"), {}));
    REQUIRE_FALSE(clash.ok());
    CHECK_THAT(msg(clash.error()), Contains("users[1].username") && Contains("regardless of case"));
    QByteArray twice = bundleWithUser(QStringLiteral("pc9"), {});
    twice.replace(R"(],"nominals")",
                  R"(,{"username":"PC9","name":"Test Officer Twin","collar":"5151","role":"officer",)"
                  R"("area":"Area 1","team":"Area 1 Team A"}],"nominals")");
    auto own = f.s->importBundle(f.admin, twice);
    REQUIRE_FALSE(own.ok());
    CHECK_THAT(msg(own.error()), Contains("users[2].username"));
    // The store refuses it too, below the services (a trigger), for anything that writes the file.
    QSqlQuery q(f.ctx().db().connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE copy AS SELECT * FROM users WHERE username = 'adm.test'")));
    REQUIRE(q.exec(QStringLiteral("UPDATE copy SET username = 'ADM.TEST'")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO users SELECT * FROM copy")));
    CHECK_THAT(q.lastError().text().toStdString(), Contains("regardless of case"));
    CHECK(f.count(QStringLiteral("users")) == users);
}

TEST_CASE("threat: a one-character or common password is accepted somewhere", "[security][accounts]")
{
    ServiceFixture f(ServiceFixture::Empty);
    const int users = f.count(QStringLiteral("users"));
    for (const QByteArray& weak :
         {QByteArray("x"), QByteArray("short-pw"), QByteArray("Password2026!"), QByteArray("P@ssw0rd1234"),
          QByteArray("qwertyuiop12"), QByteArray("aaaaaaaaaaaaaaaa")}) {
        INFO(weak.toStdString());
        QByteArray pw = weak;
        const Status added = f.s->addUser(f.admin, officer(QStringLiteral("pc5008"), QStringLiteral("5008")), pw);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::Invalid);
        CHECK_THAT(msg(added.error()), Contains("password:"));
        QByteArray pw2 = weak;
        CHECK_FALSE(f.s->setPassword(f.admin, kAdmin, pw2).ok());
        QTemporaryDir dir;
        QByteArray pw3 = weak;
        CHECK_FALSE(Services::initDatabase(dir.filePath(QStringLiteral("new.db")), kAdmin, kAdminName, pw3).ok());
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("new.db"))));
    }
    CHECK(f.count(QStringLiteral("users")) == users);
    // Bundle import: an empty password is no way in, and the error names the JSON path.
    for (const char* weak : {"", "Password2026!"}) {
        auto r = f.s->importBundle(f.admin,
                                   bundleWithUser(QStringLiteral("pc5009"),
                                                  QStringLiteral(R"(,"password":"%1")").arg(QString::fromUtf8(weak))));
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(msg(r.error()), Contains("users[1].password:"));
    }
    CHECK(f.count(QStringLiteral("users")) == users);
    // A passphrase passes everywhere.
    auto good = f.s->importBundle(
        f.admin, bundleWithUser(QStringLiteral("pc5009"),
                                QStringLiteral(R"(,"password":"%1")").arg(QString::fromUtf8(kUserPassword))));
    REQUIRE(good.ok());
    CHECK(signIn(f, QStringLiteral("pc5009"), kUserPassword).ok());
}

TEST_CASE("a disabled account can be enabled again, by an admin only", "[security][accounts]")
{
    ServiceFixture f(ServiceFixture::Empty);
    QByteArray pw = kUserPassword;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc5010"), QStringLiteral("5010")), pw).ok());
    REQUIRE(f.s->disableUser(f.admin, QStringLiteral("pc5010")).ok());
    CHECK_FALSE(signIn(f, QStringLiteral("pc5010"), kUserPassword).ok());
    QByteArray pw2 = kUserPassword;
    REQUIRE(f.s->addUser(f.admin, officer(QStringLiteral("pc5011"), QStringLiteral("5011")), pw2).ok());
    const Session other = f.sessionOf(QStringLiteral("pc5011"));
    CHECK(f.s->enableUser(other, QStringLiteral("pc5010")).error().code == ErrorCode::PermissionDenied);
    CHECK(f.lastAudit().operation == QStringLiteral("refusal"));
    CHECK_FALSE(signIn(f, QStringLiteral("pc5010"), kUserPassword).ok());
    REQUIRE(f.s->enableUser(f.admin, QStringLiteral("pc5010")).ok());
    CHECK(f.lastAudit().recordRef == QStringLiteral("pc5010"));
    CHECK(signIn(f, QStringLiteral("pc5010"), kUserPassword).ok());
    CHECK(f.s->enableUser(f.admin, QStringLiteral("nobody.here")).error().code == ErrorCode::NotFound);
}

TEST_CASE("threat: the only administrator disables their own account", "[security][accounts]")
{
    ServiceFixture f(ServiceFixture::Empty);
    CHECK_FALSE(f.s->disableUser(f.admin, kAdmin).ok());
    CHECK(signIn(f, kAdmin, kAdminPassword).ok());
}
