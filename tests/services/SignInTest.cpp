// Sign-in: Argon2id hashes, audited failures, lockout after the policy's number of
// failures, and unlock by an administrator.

#include "ServicesTestUtil.h"

#include <QRegularExpression>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

int auditRows(ServiceFixture& f, const QString& operation, const QString& username)
{
    auto rows = f.ctx().audit().list({});
    REQUIRE(rows.ok());
    int n = 0;
    for (const AuditRecord& r : *rows) {
        if (r.operation == operation && r.username == username) {
            ++n;
        }
    }
    return n;
}

} // namespace

TEST_CASE("services: init creates the admin who can sign in; the password is wiped")
{
    ServiceFixture f(ServiceFixture::Empty);
    CHECK(f.admin.username == kAdmin);
    CHECK(f.admin.name == kAdminName);
    CHECK(f.admin.role == Role::Admin);
    CHECK(f.count(QStringLiteral("users")) == 1);
    CHECK(auditRows(f, QStringLiteral("sign_in"), kAdmin) == 1);

    QByteArray pw = kAdminPassword;
    auto again = f.s->signIn(kAdmin, pw);
    REQUIRE(again.ok());
    CHECK(pw.count('\0') == pw.size()); // wiped in place

    // init refuses an existing file.
    QByteArray pw2 = "another-pass";
    const Status second = Services::initDatabase(f.path, QStringLiteral("other"), QStringLiteral("Other"), pw2);
    REQUIRE_FALSE(second.ok());
    CHECK_THAT(msg(second.error()), Contains("already exists"));
}

TEST_CASE("services: the stored hash is Argon2id v19 with m >= 65536 KiB and t >= 2")
{
    ServiceFixture f(ServiceFixture::Empty);
    auto u = f.ctx().users().find(kAdmin);
    REQUIRE(u.ok());
    REQUIRE(u->has_value());
    const QString hash = (*u)->passwordHash;
    static const QRegularExpression re(
        QStringLiteral(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"));
    const auto m = re.match(hash);
    INFO(hash.toStdString());
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toLongLong() >= 65536);
    CHECK(m.captured(2).toInt() >= 2);
    CHECK_FALSE(hash.contains(QString::fromLatin1(kAdminPassword)));
}

TEST_CASE("services: a wrong password is an Authentication error and an audited sign_in_failed row")
{
    ServiceFixture f(ServiceFixture::Empty);
    const int before = f.count(QStringLiteral("audit_log"));
    QByteArray wrong = "not-the-password";
    auto r = f.s->signIn(kAdmin, wrong);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Authentication);
    CHECK(wrong.count('\0') == wrong.size());
    CHECK(f.count(QStringLiteral("audit_log")) == before + 1);
    const AuditRecord last = f.lastAudit();
    CHECK(last.operation == QStringLiteral("sign_in_failed"));
    CHECK(last.username == kAdmin);
    CHECK(last.recordRef == kAdmin);
    CHECK_FALSE(last.detail.contains(QStringLiteral("not-the-password")));

    // An unknown user gets the same message (no user enumeration) and is audited too.
    QByteArray pw = "whatever";
    auto unknown = f.s->signIn(QStringLiteral("nobody"), pw);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::Authentication);
    CHECK(unknown.error().message == r.error().message);
    CHECK(f.lastAudit().operation == QStringLiteral("sign_in_failed"));

    auto v = f.ctx().audit().verify();
    REQUIRE(v.ok());
    CHECK(v->ok);
}

TEST_CASE("services: lockout after signin_max_failures even with the right password; admin unlock")
{
    ServiceFixture f(ServiceFixture::Empty);
    auto policy = f.s->policy(f.admin);
    REQUIRE(policy.ok());
    const int maxFailures = policy->number(QStringLiteral("signin_max_failures"));
    CHECK(maxFailures == 5);

    User officer;
    officer.username = QStringLiteral("pc7777");
    officer.name = QStringLiteral("Test Officer Lock");
    officer.collar = QStringLiteral("7777");
    officer.role = Role::Officer;
    officer.area = QStringLiteral("Area 1");
    officer.team = QStringLiteral("Area 1 Team A");
    QByteArray pw = "officer-pass";
    REQUIRE(f.s->addUser(f.admin, officer, pw).ok());

    for (int i = 1; i <= maxFailures; ++i) {
        QByteArray wrong = "wrong-" + QByteArray::number(i);
        auto r = f.s->signIn(officer.username, wrong);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Authentication);
        INFO("attempt " << i);
        CHECK(auditRows(f, QStringLiteral("account_locked"), officer.username) == (i == maxFailures ? 1 : 0));
    }
    CHECK(auditRows(f, QStringLiteral("sign_in_failed"), officer.username) == maxFailures);

    QByteArray right = "officer-pass";
    auto locked = f.s->signIn(officer.username, right);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::Authentication);
    CHECK_THAT(msg(locked.error()), Contains("cannot sign in now") && !Contains("locked"));

    auto users = f.s->listUsers(f.admin);
    REQUIRE(users.ok());
    bool sawLocked = false;
    for (const UserInfo& u : *users) {
        if (u.user.username == officer.username) {
            sawLocked = u.locked;
        }
    }
    CHECK(sawLocked);

    // Only an admin may unlock.
    const Session sergeant{QStringLiteral("ps1"), QStringLiteral("S"),      QStringLiteral("1"),
                           Role::Sergeant,        QStringLiteral("Area 1"), QStringLiteral("Area 1 Team A")};
    CHECK(f.s->unlockUser(sergeant, officer.username).error().code == ErrorCode::PermissionDenied);

    const int before = f.count(QStringLiteral("audit_log"));
    REQUIRE(f.s->unlockUser(f.admin, officer.username).ok());
    CHECK(f.count(QStringLiteral("audit_log")) == before + 1);
    CHECK(f.lastAudit().recordRef == officer.username);

    QByteArray again = "officer-pass";
    auto ok = f.s->signIn(officer.username, again);
    INFO((ok ? std::string() : msg(ok.error())));
    REQUIRE(ok.ok());
    CHECK(ok->role == Role::Officer);
    CHECK(ok->team == QStringLiteral("Area 1 Team A"));

    // Success resets the counter: one more failure does not lock.
    QByteArray wrong = "wrong-again";
    CHECK_FALSE(f.s->signIn(officer.username, wrong).ok());
    QByteArray right2 = "officer-pass";
    CHECK(f.s->signIn(officer.username, right2).ok());
}
