// Restore never loses the record (docs/security.md, "Backups and restores"): only this
// database's backups, the replaced file kept, the audit rows and erasures made since the
// backup carried forward, a damaged database restorable by the backup's own admin.

#include "ServicesTestUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;

namespace {

BackupInfo backupOf(ServiceFixture& f, const QString& name)
{
    auto b = f.s->backup(f.admin, f.dir.filePath(name));
    INFO((b ? std::string() : msg(b.error())));
    REQUIRE(b);
    return *b;
}

Result<RestoreInfo> restoreAsAdmin(const QString& path, const QString& backup, QByteArray pw = kAdminPassword)
{
    return restoreBackup(path, backup, kAdmin, pw);
}

int rowsOf(const QString& path, const QString& sqlText)
{
    auto s = Services::open(path);
    REQUIRE(s);
    QSqlQuery q(ServicesInternals::of(**s).db().connection());
    REQUIRE(q.exec(sqlText));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString textOf(const QString& path, const QString& sqlText)
{
    auto s = Services::open(path);
    REQUIRE(s);
    QSqlQuery q(ServicesInternals::of(**s).db().connection());
    REQUIRE(q.exec(sqlText));
    return q.next() ? q.value(0).toString() : QString();
}

bool verifies(const QString& path)
{
    auto s = Services::open(path);
    REQUIRE(s);
    auto v = ServicesInternals::of(**s).audit().verify();
    REQUIRE(v);
    INFO(v->problem.toStdString());
    return v->ok;
}

} // namespace

TEST_CASE("threat: restoring an older backup rewinds the audit log and an export's disclosure row vanishes",
          "[security][restore]")
{
    ServiceFixture f;
    const BackupInfo b = backupOf(f, QStringLiteral("before.sqlite"));
    REQUIRE(f.s->exportBundle(f.admin, QStringLiteral("N000123"), QStringLiteral("court ref=T2026/0041"),
                              QStringLiteral("CPS"))
                .ok());
    const int disclosures = f.count(QStringLiteral("audit_log WHERE operation = 'disclosure' AND record_ref = "
                                                   "'N000123'"));
    REQUIRE(disclosures == 1);
    const int rowsBefore = f.count(QStringLiteral("audit_log"));
    f.s.reset(); // a restore needs the database to itself

    auto r = restoreAsAdmin(f.path, b.file);
    INFO((r ? std::string() : msg(r.error())));
    REQUIRE(r);
    CHECK(r->backupHeadSeq == b.auditHeadSeq);
    CHECK(r->replacedHeadSeq >= rowsBefore);
    CHECK(r->carriedRows == r->replacedHeadSeq - r->backupHeadSeq);
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operation = 'disclosure' AND "
                                        "record_ref = 'N000123'")) == 1);
    // Every row of the replaced log is still there, in order, and the chain verifies.
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM audit_log")) > rowsBefore);
    CHECK(verifies(f.path));
    // The restore's own row names the backup and the head it replaced.
    const QString detail = textOf(f.path, QStringLiteral("SELECT detail FROM audit_log WHERE purpose = 'restore' "
                                                         "ORDER BY seq DESC LIMIT 1"));
    CHECK(detail.contains(QStringLiteral("replaced_head=%1:").arg(r->replacedHeadSeq)));
    CHECK(detail.contains(QStringLiteral("backup_head=%1").arg(b.auditHeadSeq)));
}

TEST_CASE("threat: restoring a backup from before an erasure brings the erased person back", "[security][restore]")
{
    auto clock = steppedClock(); // the inspector's account is older than the request
    ServiceFixture f(ServiceFixture::Full, QStringLiteral("somdesk.db"), clock);
    const QString ref = QStringLiteral("N000123");
    const BackupInfo b = backupOf(f, QStringLiteral("before-erasure.sqlite"));
    clock->advanceSeconds(60);
    REQUIRE(f.s->requestErasure(f.admin, ref, QStringLiteral("Retention period ended")).ok());
    REQUIRE(f.s->approveErasure(f.sessionOf(QStringLiteral("insp0012")), ref).ok());
    f.s.reset();

    auto r = restoreAsAdmin(f.path, b.file);
    INFO((r ? std::string() : msg(r.error())));
    REQUIRE(r);
    CHECK(r->erasuresReapplied == 1);
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM nominals WHERE ref = 'N000123'")) == 0);
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM nominals")) > 0); // the others are back
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operation = 'erasure' AND record_ref "
                                        "= 'N000123'")) == 1);
    CHECK(verifies(f.path));
}

TEST_CASE("threat: a backup of another database is restored without question", "[security][restore]")
{
    ServiceFixture f;
    ServiceFixture other(ServiceFixture::Full, QStringLiteral("other.db"));
    const BackupInfo foreign = backupOf(other, QStringLiteral("foreign.sqlite"));
    const int auditBefore = f.count(QStringLiteral("audit_log"));
    f.s.reset();

    auto r = restoreAsAdmin(f.path, foreign.file);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK_THAT(msg(r.error()), Catch::Contains("another database"));

    // A forger copies this database's identity into the foreign manifest: the file's own
    // identity still gives it away.
    const QString liveId = textOf(f.path, QStringLiteral("SELECT id FROM database_identity"));
    QFile mf(foreign.manifest);
    REQUIRE(mf.open(QIODevice::ReadOnly));
    QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
    mf.close();
    m.insert(QStringLiteral("database_id"), liveId);
    REQUIRE(mf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mf.write(QJsonDocument(m).toJson());
    mf.close();
    auto forged = restoreAsAdmin(f.path, foreign.file);
    REQUIRE_FALSE(forged);
    CHECK_THAT(msg(forged.error()), Catch::Contains("identity differs"));

    // Nothing changed but the sign-ins (and the refused restores) on the record.
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE purpose = 'restore'")) == 0);
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM audit_log")) > auditBefore);
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".restoring")));
}

TEST_CASE("threat: a restore throws away the database it replaces", "[security][restore]")
{
    ServiceFixture f;
    const BackupInfo b = backupOf(f, QStringLiteral("b.sqlite"));
    const int nominalsAfter = f.count(QStringLiteral("nominals"));
    REQUIRE(f.s->requestErasure(f.admin, QStringLiteral("N000123"), QStringLiteral("Retention period ended")).ok());
    f.s.reset();

    auto r = restoreAsAdmin(f.path, b.file);
    REQUIRE(r);
    REQUIRE(QFileInfo::exists(r->keptAt));
    CHECK((QFile::permissions(r->keptAt) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(rowsOf(r->keptAt, QStringLiteral("SELECT COUNT(*) FROM nominals")) == nominalsAfter);
    CHECK(rowsOf(r->keptAt, QStringLiteral("SELECT COUNT(*) FROM erasure_requests")) == 1);
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM erasure_requests")) == 0);
}

TEST_CASE("threat: a restore is refused while the database is open elsewhere in the same program",
          "[security][restore]")
{
    ServiceFixture f;
    const BackupInfo b = backupOf(f, QStringLiteral("b.sqlite"));
    auto r = restoreAsAdmin(f.path, b.file); // f.s is still open
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK_THAT(msg(r.error()), Catch::Contains("open elsewhere"));
    CHECK(f.s->verifyAudit(f.admin).ok()); // and the program that has it open carries on
    CHECK(f.count(QStringLiteral("audit_log WHERE purpose = 'restore'")) == 0);
}

TEST_CASE("threat: a damaged live database cannot be restored, or only by someone it can no longer check",
          "[security][restore]")
{
    ServiceFixture f;
    const BackupInfo b = backupOf(f, QStringLiteral("b.sqlite"));
    const int nominals = f.count(QStringLiteral("nominals"));
    f.s.reset();
    {
        QFile live(f.path);
        REQUIRE(live.open(QIODevice::ReadWrite));
        live.write(QByteArray(4096, '\x5a')); // the header and first page are gone
    }
    QFile::remove(f.path + QStringLiteral("-wal"));
    QFile::remove(f.path + QStringLiteral("-shm"));
    REQUIRE_FALSE(Services::open(f.path));

    // Only an admin of the backup: an officer's password there is refused.
    QByteArray officerPw = "wrong-anyway";
    auto officer = restoreBackup(f.path, b.file, QStringLiteral("pc4521"), officerPw);
    REQUIRE_FALSE(officer);
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".restoring")));

    auto r = restoreAsAdmin(f.path, b.file);
    INFO((r ? std::string() : msg(r.error())));
    REQUIRE(r);
    CHECK(r->liveWasDamaged);
    CHECK(QFileInfo::exists(r->keptAt)); // the damaged file, kept for investigation
    CHECK(rowsOf(f.path, QStringLiteral("SELECT COUNT(*) FROM nominals")) == nominals);
    CHECK(textOf(f.path, QStringLiteral("SELECT detail FROM audit_log WHERE purpose = 'restore'"))
              .contains(QStringLiteral("live=damaged")));
    CHECK(verifies(f.path));
}

TEST_CASE("threat: an emptied or beheaded audit log verifies", "[security][audit]")
{
    ServiceFixture f;
    ServiceContext& ctx = f.ctx();
    QSqlQuery q(ctx.db().connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    auto empty = ctx.audit().verify();
    REQUIRE(empty);
    CHECK_FALSE(empty->ok);
    CHECK_THAT(empty->problem.toStdString(), Catch::Contains("empty"));
    // Verification's own sign-in row does not start a new, valid chain.
    auto again = Services::open(f.path);
    REQUIRE(again);
    QByteArray pw = kAdminPassword;
    auto session = (*again)->signIn(kAdmin, pw);
    REQUIRE(session);
    auto v = (*again)->verifyAudit(*session);
    REQUIRE(v);
    CHECK_FALSE(v->ok);
    CHECK_THAT(v->problem.toStdString(), Catch::Contains("creation row"));
}
