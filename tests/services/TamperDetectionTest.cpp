// Records changed outside the application are detected (docs/security.md, "Records changed
// in the file"): every audit row of a change to a nominal carries the digest of the record
// as written, and the deep verification recomputes each from the file. The attacker here
// has a shell: a second connection to the file, SQL of their choosing, no application code.

#include "ServicesTestUtil.h"

#include "store/RecordDigest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;

namespace {

// SQL run on the file through a connection of its own, as the sqlite3 shell would: the
// append-only triggers are dropped first and made again afterwards.
void tamper(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            INFO(s.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const QString kDropTrigger = QStringLiteral("DROP TRIGGER entries_no_update");
const QString kMakeTrigger =
    QStringLiteral("CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'entries are "
                   "append-only'); END");

ContentVerification deepVerify(ServiceFixture& f)
{
    auto v = f.s->verifyContent(f.admin);
    INFO((v ? std::string() : msg(v.error())));
    REQUIRE(v);
    return *v;
}

// The newest audit row about `ref` that carries a content digest.
qint64 lastDigestRow(ServiceFixture& f, const QString& ref)
{
    QSqlQuery q(f.ctx().db().connection());
    q.prepare(QStringLiteral("SELECT MAX(seq) FROM audit_log WHERE record_ref = ? AND detail LIKE '%content=%'"));
    q.addBindValue(ref);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Casework through the services: an entry, its acknowledgement, a visit and an ARMS.
void someCasework(ServiceFixture& f)
{
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    NewEntry e;
    e.text = QStringLiteral("Synthetic visit note for the digest test");
    auto id = f.s->addEntry(officer, QStringLiteral("N000123"), e);
    INFO((id ? std::string() : msg(id.error())));
    REQUIRE(id);
    REQUIRE(f.s->acknowledgeEntry(f.sessionOf(QStringLiteral("ps0042")), QStringLiteral("N000123"), *id).ok());
    Visit v;
    v.date = QDate(2026, 11, 2);
    v.by = officer.username;
    REQUIRE(f.s->recordCasework(officer, QStringLiteral("N000123"), v).ok());
    auto arms =
        f.s->recordCasework(officer, QStringLiteral("N000123"), completeArms(officer.username, QDate(2026, 11, 3)));
    INFO((arms ? std::string() : msg(arms.error())));
    REQUIRE(arms);
}

} // namespace

TEST_CASE("threat: records changed in the file pass every check; an untouched database verifies deep",
          "[security][audit][tamper]")
{
    ServiceFixture f;
    someCasework(f);
    const ContentVerification v = deepVerify(f);
    CHECK(v.ok());
    CHECK(v.checked == 2); // both imported nominals have a digest from their import row
    CHECK(v.withoutDigest == 0);
    // Audited like the chain's verification, with counts only.
    const AuditRecord last = f.lastAudit();
    CHECK(last.operation == QStringLiteral("consultation"));
    CHECK(last.detail.startsWith(QStringLiteral("deep ok=1 checked=2 mismatches=0")));
}

TEST_CASE("threat: an entry's text edited directly in the file is named by the deep verification",
          "[security][audit][tamper]")
{
    ServiceFixture f;
    someCasework(f);
    const qint64 row = lastDigestRow(f, QStringLiteral("N000123"));
    REQUIRE(row > 0);
    tamper(f.path, {kDropTrigger,
                    QStringLiteral("UPDATE entries SET text = 'Nothing of note' WHERE entry_id = 'E1' AND nominal_id "
                                   "= (SELECT id FROM nominals WHERE ref = 'N000123')"),
                    kMakeTrigger});
    // The chain and the file's structure say nothing: no audit row was touched.
    auto chain = f.s->verifyAudit(f.admin);
    REQUIRE(chain);
    CHECK(chain->ok);
    auto check = f.s->integrityCheck();
    REQUIRE(check);
    CHECK(*check == QStringLiteral("ok"));

    const ContentVerification v = deepVerify(f);
    REQUIRE_FALSE(v.ok());
    REQUIRE(v.mismatches.size() == 1);
    CHECK(v.mismatches.first().ref == QStringLiteral("N000123"));
    CHECK(v.mismatches.first().seq == row);
    CHECK(f.lastAudit().detail.startsWith(QStringLiteral("deep ok=0 checked=2 mismatches=1")));
}

TEST_CASE("threat: an entry deleted from the file, or one inserted into it, is detected", "[security][audit][tamper]")
{
    ServiceFixture f;
    someCasework(f);
    SECTION("a deleted entry")
    {
        tamper(f.path, {QStringLiteral("DELETE FROM entries WHERE entry_id = 'E2' AND nominal_id = (SELECT id FROM "
                                       "nominals WHERE ref = 'N000123')")});
        const ContentVerification v = deepVerify(f);
        REQUIRE(v.mismatches.size() == 1);
        CHECK(v.mismatches.first().ref == QStringLiteral("N000123"));
    }
    SECTION("an inserted entry")
    {
        tamper(f.path, {QStringLiteral("INSERT INTO entries (nominal_id, position, entry_id, at, by_user, type, text) "
                                       "SELECT id, 99, 'E99', '2026-01-01T00:00:00Z', 'pc1111', 'note', 'Planted' "
                                       "FROM nominals WHERE ref = 'N000200'")});
        const ContentVerification v = deepVerify(f);
        REQUIRE(v.mismatches.size() == 1);
        CHECK(v.mismatches.first().ref == QStringLiteral("N000200"));
        CHECK(v.mismatches.first().seq == lastDigestRow(f, QStringLiteral("N000200")));
    }
    SECTION("an ARMS factor's rating changed")
    {
        tamper(f.path,
               {QStringLiteral("UPDATE arms_factors SET rating = 'absent' WHERE assessment_id = (SELECT MAX(id) "
                               "FROM arms_assessments)")});
        const ContentVerification v = deepVerify(f);
        REQUIRE(v.mismatches.size() == 1);
        CHECK(v.mismatches.first().ref == QStringLiteral("N000123"));
    }
    SECTION("a whole nominal deleted")
    {
        tamper(f.path, {QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("DELETE FROM nominals WHERE ref = 'N000200'")});
        const ContentVerification v = deepVerify(f);
        REQUIRE(v.mismatches.size() == 1);
        CHECK(v.mismatches.first().ref == QStringLiteral("N000200"));
    }
}

TEST_CASE("threat: an erased person put back into the file is detected; the erasure itself verifies",
          "[security][audit][tamper]")
{
    ServiceFixture f;
    const QString ref = QStringLiteral("N000200");
    REQUIRE(f.s->requestErasure(f.admin, ref, QStringLiteral("Retention period ended")).ok());
    REQUIRE(f.s->approveErasure(f.sessionOf(QStringLiteral("insp0012")), ref).ok());
    CHECK(deepVerify(f).ok());
    const qint64 erasure = lastDigestRow(f, ref);
    tamper(f.path, {QStringLiteral("INSERT INTO nominals (ref, family_name, given_names, date_of_birth, area, owner, "
                                   "mappa_category, mappa_level, risk_level, register_status, management, "
                                   "first_notified, notification_period, created_at) SELECT 'N000200', family_name, "
                                   "given_names, date_of_birth, area, owner, mappa_category, mappa_level, risk_level, "
                                   "register_status, management, first_notified, notification_period, created_at "
                                   "FROM nominals WHERE ref = 'N000123'")});
    const ContentVerification v = deepVerify(f);
    REQUIRE(v.mismatches.size() == 1);
    CHECK(v.mismatches.first().ref == ref);
    CHECK(v.mismatches.first().seq == erasure);
}

TEST_CASE("threat: records from before content digests are counted, not failed", "[security][audit][tamper]")
{
    ServiceFixture f;
    // A nominal stored with no digest row, as a database upgraded from an older version has.
    CaseQuery q;
    q.ref = QStringLiteral("N000200");
    auto n = f.ctx().cases().load(q);
    REQUIRE(n);
    REQUIRE(n->size() == 1);
    Nominal older = n->first();
    older.ref = QStringLiteral("N000777");
    {
        Transaction tx(f.ctx().db());
        REQUIRE(f.ctx().cases().insert(older, {}).ok());
        REQUIRE(tx.commit().ok());
    }
    const ContentVerification v = deepVerify(f);
    CHECK(v.ok());
    CHECK(v.withoutDigest == 1);
    CHECK(v.checked == 2);
}

TEST_CASE("threat: only an administrator runs the deep verification", "[security][audit][tamper]")
{
    ServiceFixture f;
    auto v = f.s->verifyContent(f.sessionOf(QStringLiteral("insp0012")));
    REQUIRE_FALSE(v);
    CHECK(v.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("threat: a restore makes the deep verification cry wolf", "[security][audit][tamper][restore]")
{
    auto clock = steppedClock(); // the inspector's account is older than the erasure request
    ServiceFixture f(ServiceFixture::Full, QStringLiteral("somdesk.db"), clock);
    auto b = f.s->backup(f.admin, f.dir.filePath(QStringLiteral("before.sqlite")));
    REQUIRE(b);
    clock->advanceSeconds(60);
    // After the backup: casework the restore loses (its rows carried, their digests now of
    // records that are gone) and an erasure it makes again.
    someCasework(f);
    REQUIRE(f.s->requestErasure(f.admin, QStringLiteral("N000200"), QStringLiteral("Retention period ended")).ok());
    REQUIRE(f.s->approveErasure(f.sessionOf(QStringLiteral("insp0012")), QStringLiteral("N000200")).ok());
    f.s.reset();
    QByteArray pw = kAdminPassword;
    auto r = restoreBackup(f.path, b->file, kAdmin, pw);
    INFO((r ? std::string() : msg(r.error())));
    REQUIRE(r);
    REQUIRE(r->erasuresReapplied == 1);
    auto reopened = Services::open(f.path);
    REQUIRE(reopened);
    f.s = std::move(*reopened);
    const ContentVerification v = deepVerify(f);
    CHECK(v.ok());
    CHECK(v.checked == 2);
    CHECK(v.withoutDigest == 0);
    // And a change after the restore is still caught.
    tamper(f.path,
           {kDropTrigger, QStringLiteral("UPDATE entries SET text = 'Rewritten' WHERE entry_id = 'E0'"), kMakeTrigger});
    const ContentVerification after = deepVerify(f);
    REQUIRE(after.mismatches.size() == 1);
    CHECK(after.mismatches.first().ref == QStringLiteral("N000123"));
}
