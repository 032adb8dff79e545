// Free text about a person never enters the audit trail or survives erasure, and a value
// that could forge a printed row is refused at the service boundary (docs/security.md,
// "Files, output and free text").

#include "ServicesTestUtil.h"
#include "core/Purposes.h"

#include <QSqlQuery>

using namespace somdesk;
using namespace somdesk::test;

using Catch::Matchers::Contains;

namespace {

bool auditHolds(ServiceFixture& f, const QString& needle)
{
    auto rows = f.ctx().audit().list({});
    REQUIRE(rows.ok());
    for (const AuditRecord& r : *rows) {
        for (const QString& v : {r.username, r.recordRef, r.purpose, r.recipient, r.detail}) {
            if (v.contains(needle)) {
                return true;
            }
        }
    }
    return false;
}

bool auditHoldsControl(ServiceFixture& f)
{
    auto rows = f.ctx().audit().list({});
    REQUIRE(rows.ok());
    for (const AuditRecord& r : *rows) {
        for (const QString& v : {r.username, r.recordRef, r.purpose, r.recipient, r.detail}) {
            for (const QChar c : v) {
                if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

TEST_CASE("threat: a purpose with a newline forges a row in audit show", "[security]")
{
    ServiceFixture f;
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    const int before = f.count(QStringLiteral("audit_log"));
    const QString forged = QStringLiteral("case management\n99\t2026-01-01T00:00:00Z\tadm.test\terasure\x1b[2K");
    auto r = f.s->readNominal(officer, QStringLiteral("N000123"), forged);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK_THAT(msg(r.error()), Contains("purpose:"));
    CHECK(f.count(QStringLiteral("audit_log")) == before);
    CHECK_FALSE(auditHoldsControl(f));
}

TEST_CASE("threat: a free-text purpose puts a person's name in the audit trail", "[security]")
{
    ServiceFixture f;
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    const int before = f.count(QStringLiteral("audit_log"));
    // Each listing operation that takes a purpose refuses one that is not on the list.
    CHECK(f.s->readNominal(officer, QStringLiteral("N000123"), QStringLiteral("asked about Testperson's sister"))
              .error()
              .code == ErrorCode::Invalid);
    CHECK(f.s->exportBundle(f.admin, std::nullopt, QStringLiteral("for Testperson's lawyer"), QStringLiteral("CPS"))
              .error()
              .code == ErrorCode::Invalid);
    AlertQuery q;
    q.asOf = QDate(2025, 1, 1);
    q.purpose = QStringLiteral("Testperson");
    CHECK(f.s->alerts(officer, q).error().code == ErrorCode::Invalid);
    CHECK(f.s->auditLog(f.admin, {}, QStringLiteral("Testperson")).error().code == ErrorCode::Invalid);
    CHECK(f.count(QStringLiteral("audit_log")) == before);
    CHECK_FALSE(auditHolds(f, QStringLiteral("Testperson")));

    // The listed purposes pass, and a disclosure that needs a reference carries a checked one.
    CHECK(f.s->readNominal(officer, QStringLiteral("N000123"), QStringLiteral("case management")).ok());
    auto noRef = f.s->exportBundle(f.admin, std::nullopt, QStringLiteral("court"), QStringLiteral("CPS"));
    REQUIRE_FALSE(noRef.ok());
    CHECK_THAT(msg(noRef.error()), Contains("reference: required"));
    auto badRef = purposes::compose(QStringLiteral("court"), QStringLiteral("Testperson family"));
    REQUIRE_FALSE(badRef.ok());
    CHECK_THAT(msg(badRef.error()), Contains("reference:"));
    CHECK_FALSE(purposes::compose(QStringLiteral("case management"), QStringLiteral("T1")).ok());
    auto court = purposes::compose(QStringLiteral("court"), QStringLiteral("T2026/0041"));
    REQUIRE(court.ok());
    CHECK(*court == QStringLiteral("court ref=T2026/0041"));
    REQUIRE(f.s->exportBundle(f.admin, QStringLiteral("N000123"), *court, QStringLiteral("Crown Court")).ok());
    const AuditRecord row = f.lastAudit();
    CHECK(row.operation == QStringLiteral("disclosure"));
    CHECK(row.purpose == QStringLiteral("court ref=T2026/0041"));
}

TEST_CASE("threat: a recipient with control characters forges an audit row", "[security]")
{
    ServiceFixture f;
    const int before = f.count(QStringLiteral("audit_log"));
    auto r =
        f.s->exportBundle(f.admin, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("CPS\n42\tforged"));
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(msg(r.error()), Contains("recipient:"));
    CHECK(f.count(QStringLiteral("audit_log")) == before);
}

TEST_CASE("threat: a control character in a user's name, area or team forges a row in user list", "[security]")
{
    ServiceFixture f(ServiceFixture::Empty);
    const int users = f.count(QStringLiteral("users"));
    for (const QString& field : {QStringLiteral("name"), QStringLiteral("area"), QStringLiteral("team")}) {
        User u;
        u.username = QStringLiteral("pc7777");
        u.name = QStringLiteral("Test Officer");
        u.role = Role::Officer;
        u.collar = QStringLiteral("7777");
        u.area = QStringLiteral("Area 1");
        u.team = QStringLiteral("Area 1 Team A");
        const QString bad = QStringLiteral("X\npc0001\tadmin\x1b]0;owned\x07");
        if (field == QLatin1String("name")) {
            u.name = bad;
        } else if (field == QLatin1String("area")) {
            u.area = bad;
        } else {
            u.team = bad;
        }
        QByteArray pw = "a-long-enough-password";
        auto st = f.s->addUser(f.admin, u, pw);
        INFO(field.toStdString());
        REQUIRE_FALSE(st.ok());
        CHECK_THAT(msg(st.error()), Contains((field + QStringLiteral(": must not contain control")).toStdString()));
    }
    // A bundle cannot bring one in either: the error names the JSON path.
    QByteArray bundle = readFile(dataDir() + QStringLiteral("/bundles/full.json"));
    bundle.replace("\"Area 1 Team A\"", "\"Area 1\\nTeam A\"");
    auto imported = f.s->importBundle(f.admin, bundle);
    REQUIRE_FALSE(imported.ok());
    CHECK_THAT(msg(imported.error()), Contains("team") && Contains("control characters"));
    CHECK(f.count(QStringLiteral("users")) == users);
}

TEST_CASE("threat: a user name tried at sign-in with an escape sequence enters the audit trail raw", "[security]")
{
    ServiceFixture f(ServiceFixture::Empty);
    QByteArray pw = "wrong-password-here";
    CHECK_FALSE(f.s->signIn(QStringLiteral("adm.test\n1\tforged\x1b[31m"), pw).ok());
    CHECK_FALSE(auditHoldsControl(f));
}

TEST_CASE("threat: the erasure request's reason names the person after erasure", "[security]")
{
    auto clock = steppedClock(); // the inspector's account is older than the request
    ServiceFixture f(ServiceFixture::Full, QStringLiteral("somdesk.db"), clock);
    clock->advanceSeconds(60);
    const Session inspector = f.sessionOf(QStringLiteral("insp0012"));
    const QString ref = QStringLiteral("N000123");
    CHECK(f.s->requestErasure(f.admin, ref, QStringLiteral("Testperson\nforged")).error().code == ErrorCode::Invalid);
    REQUIRE(f.s->requestErasure(f.admin, ref, QStringLiteral("Testperson's retention period ended")).ok());
    REQUIRE(f.s->approveErasure(inspector, ref).ok());
    QSqlQuery q(f.ctx().db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM erasure_requests WHERE reason LIKE '%Testperson%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    // Who asked and who approved stay on the request.
    REQUIRE(q.exec(QStringLiteral("SELECT requested_by, approved_by FROM erasure_requests")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == kAdmin);
    CHECK(q.value(1).toString() == QStringLiteral("insp0012"));
    CHECK_FALSE(auditHolds(f, QStringLiteral("Testperson")));
}

TEST_CASE("threat: an override names a made-up key, free text or an alert not yet due", "[security]")
{
    ServiceFixture f;
    const Session inspector = f.sessionOf(QStringLiteral("insp0012"));
    const QDate today = f.ctx().db().clock().todayLondon();
    AlertQuery q;
    q.asOf = today;
    q.nominal = QStringLiteral("N000123");
    auto run = f.s->alerts(inspector, q);
    REQUIRE(run.ok());
    REQUIRE_FALSE(run->alerts.isEmpty());
    const QString listed = run->alerts.first().key;
    QStringList parts = listed.split(QLatin1Char(':'));
    parts.last() = today.addYears(5).toString(Qt::ISODate);
    const QString notYetDue = parts.join(QLatin1Char(':'));

    const int refusals = f.refusals();
    for (const QString& key : {QStringLiteral("made.up:N000123:2026-01-01"),
                               QStringLiteral("note:N000123:Testperson lives at 1 High St:info"), notYetDue}) {
        INFO(key.toStdString());
        auto st = f.s->overrideAlert(inspector, key, QStringLiteral("Synthetic reason"));
        REQUIRE_FALSE(st.ok());
        CHECK_THAT(msg(st.error()), Contains("key: no alert with this key is listed for N000123"));
    }
    CHECK(f.refusals() == refusals + 3);
    CHECK(f.count(QStringLiteral("audit_log WHERE record_type = 'alert_override'")) == 0);
    CHECK_FALSE(auditHolds(f, QStringLiteral("Testperson")));
    CHECK_FALSE(auditHolds(f, notYetDue));

    // The alert listed today can be overridden.
    auto ok = f.s->overrideAlert(inspector, listed, QStringLiteral("Synthetic reason"));
    INFO((ok ? std::string() : msg(ok.error())));
    CHECK(ok.ok());
}
