// Every timestamp the services write comes from the clock their caller passes in:
// with a fixed clock, entries, acknowledgements, overrides and audit rows carry its time.

#include "ServicesTestUtil.h"
#include "core/FixedClock.h"

using namespace somdesk;
using namespace somdesk::test;

TEST_CASE("services stamp entries, acknowledgements and audit rows with the caller's clock", "[services][clock]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clock.db"));
    const QDateTime start(QDate(2031, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    auto clock = std::make_shared<FixedClock>(start);
    QByteArray pw = kAdminPassword;
    REQUIRE(Services::initDatabase(path, kAdmin, kAdminName, pw, clock).ok());
    auto opened = Services::open(path, {}, clock);
    REQUIRE(opened.ok());
    Services& s = **opened;
    QByteArray signInPw = kAdminPassword;
    auto admin = s.signIn(kAdmin, signInPw);
    REQUIRE(admin.ok());
    REQUIRE(s.importBundle(*admin, readFile(dataDir() + QStringLiteral("/bundles/full.json"))).ok());

    // The bundle's officer and the nominal they own.
    auto users = ServicesInternals::of(s).users().list();
    REQUIRE(users.ok());
    Session officer;
    for (const StoredUser& u : *users) {
        if (u.user.role == Role::Officer) {
            officer.username = u.user.username;
            officer.role = Role::Officer;
            officer.area = u.user.area.value_or(QString());
            officer.team = u.user.team.value_or(QString());
            break;
        }
    }
    REQUIRE_FALSE(officer.username.isEmpty());
    auto caseload = s.caseload(officer);
    REQUIRE(caseload.ok());
    REQUIRE_FALSE(caseload->isEmpty());
    const QString ref = caseload->first().ref;

    clock->advanceSeconds(3600);
    const QDateTime later = start.addSecs(3600);
    const QDateTime stored = later.addMSecs(-later.time().msec()); // whole seconds, as the format says
    NewEntry entry;
    entry.text = QStringLiteral("Synthetic clock note");
    auto id = s.addEntry(officer, ref, entry);
    REQUIRE(id.ok());

    auto n = s.readNominal(officer, ref, QStringLiteral("case management"));
    REQUIRE(n.ok());
    bool found = false;
    for (const Entry& e : n->entries) {
        if (e.id == *id) {
            found = true;
            CHECK(e.at == stored);
        }
    }
    CHECK(found);

    AuditFilter filter;
    auto rows = ServicesInternals::of(s).audit().list(filter);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->isEmpty());
    CHECK(rows->first().at.date() == start.date());
    CHECK(rows->last().at == stored);
    for (const AuditRecord& r : *rows) {
        CHECK(r.at >= start.addMSecs(-start.time().msec()));
        CHECK(r.at <= stored);
    }
}
