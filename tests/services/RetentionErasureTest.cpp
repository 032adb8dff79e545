// Retention review, two-person erasure, automatic backups and hash upgrades: the
// guarantees of issue 4 that live in the services.

#include "ServicesTestUtil.h"
#include "services/SearchQuery.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace somdesk;
using namespace somdesk::test;

namespace {

int rowsFor(ServiceFixture& f, const QString& sql, const QVariant& bind)
{
    QSqlQuery q(f.ctx().db().connection());
    q.prepare(sql);
    q.addBindValue(bind);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("services: retention review lists nominals whose review date has come", "[services][retention]")
{
    ServiceFixture f;
    // Default retention_review_years is 10: N000123 first notified 2015-03-01, N000200 2012-06-30.
    auto due = f.s->retentionDue(f.admin, QDate(2025, 3, 1));
    REQUIRE(due.ok());
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).first == QStringLiteral("N000123"));
    CHECK(due->at(0).second == QDate(2025, 3, 1));
    CHECK(due->at(1).first == QStringLiteral("N000200"));
    auto before = f.s->retentionDue(f.admin, QDate(2025, 2, 28));
    REQUIRE(before.ok());
    REQUIRE(before->size() == 1);
    CHECK(before->first().first == QStringLiteral("N000200"));
    // Officers have no part in it.
    CHECK(f.s->retentionDue(f.sessionOf(QStringLiteral("pc4521")), QDate(2025, 3, 1)).error().code ==
          ErrorCode::PermissionDenied);
}

TEST_CASE("services: erasure takes an admin's request and an inspector's approval, removes every trace, keeps the "
          "audit chain",
          "[services][erasure]")
{
    auto clock = steppedClock();
    ServiceFixture f(ServiceFixture::Full, QStringLiteral("somdesk.db"), clock);
    clock->advanceSeconds(1); // the inspector's account is older than the request
    const Session inspector = f.sessionOf(QStringLiteral("insp0012"));
    const QString ref = QStringLiteral("N000123");
    const int entriesBefore = rowsFor(f,
                                      QStringLiteral("SELECT COUNT(*) FROM entries e JOIN nominals n ON "
                                                     "n.id = e.nominal_id WHERE n.ref = ?"),
                                      ref);
    REQUIRE(entriesBefore > 0);
    const int nominalId = rowsFor(f, QStringLiteral("SELECT id FROM nominals WHERE ref = ?"), ref);

    // Approval without a request is refused; a request needs a reason.
    CHECK_FALSE(f.s->approveErasure(inspector, ref).ok());
    CHECK(f.s->requestErasure(f.admin, ref, QStringLiteral("  ")).error().code == ErrorCode::Invalid);
    REQUIRE(f.s->requestErasure(f.admin, ref, QStringLiteral("Retention period ended")).ok());
    CHECK(f.s->requestErasure(f.admin, ref, QStringLiteral("again")).error().code == ErrorCode::Conflict);
    // Still there until the second person approves.
    CHECK(rowsFor(f, QStringLiteral("SELECT COUNT(*) FROM nominals WHERE ref = ?"), ref) == 1);
    // An admin cannot approve (not the second person's role).
    CHECK(f.s->approveErasure(f.admin, ref).error().code == ErrorCode::PermissionDenied);

    REQUIRE(f.s->approveErasure(inspector, ref).ok());
    CHECK(rowsFor(f, QStringLiteral("SELECT COUNT(*) FROM nominals WHERE ref = ?"), ref) == 0);
    for (const QString& table : {QStringLiteral("entries"), QStringLiteral("visits"), QStringLiteral("reviews"),
                                 QStringLiteral("transfers"), QStringLiteral("arms_assessments")}) {
        INFO(table.toStdString());
        CHECK(rowsFor(f, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE nominal_id = ?").arg(table), nominalId) == 0);
    }
    CHECK(rowsFor(f, QStringLiteral("SELECT COUNT(*) FROM dip_records WHERE nominal_ref = ?"), ref) == 0);
    // Nothing of the person stays in the full-text index.
    CHECK(rowsFor(f, QStringLiteral("SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?"),
                  SearchQuery::toFts5(QStringLiteral("Testperson"))) == 0);
    // The erasure is in the audit log, and the chain still verifies.
    const AuditRecord last = f.lastAudit();
    CHECK(last.operation == QStringLiteral("erasure"));
    CHECK(last.recordRef == ref);
    CHECK(last.username == QStringLiteral("insp0012"));
    CHECK(last.detail.contains(QStringLiteral("requested_by=adm.test")));
    auto verified = f.s->verifyAudit(f.admin);
    REQUIRE(verified.ok());
    CHECK(verified->ok);
    // The other nominal is untouched.
    CHECK(rowsFor(f, QStringLiteral("SELECT COUNT(*) FROM nominals WHERE ref = ?"), QStringLiteral("N000200")) == 1);
}

TEST_CASE("services: an inspector of another area cannot approve an erasure", "[services][erasure]")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    // N000900 is in Area 2; the only inspector is in Area 1.
    REQUIRE(f.s->requestErasure(f.admin, QStringLiteral("N000900"), QStringLiteral("Deceased")).ok());
    CHECK(f.s->approveErasure(f.sessionOf(QStringLiteral("insp0012")), QStringLiteral("N000900")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(rowsFor(f, QStringLiteral("SELECT COUNT(*) FROM nominals WHERE ref = ?"), QStringLiteral("N000900")) == 1);
}

TEST_CASE("services: automatic backups follow the policy's interval and keep only the newest", "[services][backup]")
{
    ServiceFixture f;
    REQUIRE(f.s->setPolicy(f.admin, R"({"backup_keep": 2, "backup_interval_hours": 24})").ok());
    const QString folder = f.dir.filePath(QStringLiteral("backups"));
    const QDateTime t0(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));

    auto first = f.s->automaticBackup(officer, folder, t0);
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK(QFile::exists((*first)->manifest));
    // Within the interval: nothing new.
    auto soon = f.s->automaticBackup(officer, folder, t0.addSecs(3600));
    REQUIRE(soon.ok());
    CHECK_FALSE(soon->has_value());
    // A day later, and again: rotation keeps two.
    REQUIRE(f.s->automaticBackup(officer, folder, t0.addDays(1))->has_value());
    REQUIRE(f.s->automaticBackup(officer, folder, t0.addDays(2))->has_value());
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("somdesk-backup-*.sqlite")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    CHECK(files.first().contains(QStringLiteral("20261102")));
    CHECK(files.last().contains(QStringLiteral("20261103")));
    CHECK_FALSE(QFile::exists((*first)->manifest)); // rotated away with its backup
    // Backups are private to the user running the program.
    CHECK((QFile::permissions(QDir(folder).filePath(files.last())) &
           (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
}

TEST_CASE("services: a raised hashing cost upgrades a password hash at the next sign-in", "[services][signin]")
{
    ServiceFixture f(ServiceFixture::Empty);
    auto hashOf = [&] {
        auto u = f.ctx().users().find(kAdmin);
        REQUIRE(u.ok());
        REQUIRE(u->has_value());
        return (*u)->passwordHash;
    };
    const QString before = hashOf();
    CHECK(before.contains(QStringLiteral("m=65536,t=2")));
    REQUIRE(f.s->setPolicy(f.admin, R"({"password_memlimit_mib": 65, "password_opslimit": 3})").ok());
    QByteArray pw = kAdminPassword;
    REQUIRE(f.s->signIn(kAdmin, pw).ok());
    const QString after = hashOf();
    CHECK(after != before);
    CHECK(after.contains(QStringLiteral("m=66560,t=3")));
    // The upgraded hash still accepts the same password.
    QByteArray again = kAdminPassword;
    CHECK(f.s->signIn(kAdmin, again).ok());
}

TEST_CASE("services: after an erasure the next backup rotation leaves no backup holding the person",
          "[services][erasure][backup]")
{
    auto clock = steppedClock();
    ServiceFixture f(ServiceFixture::Full, QStringLiteral("somdesk.db"), clock);
    const QString folder = f.dir.filePath(QStringLiteral("backups"));
    const QDateTime t0(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    REQUIRE(f.s->automaticBackup(officer, folder, t0)->has_value());
    REQUIRE(f.s->automaticBackup(officer, folder, t0.addDays(1))->has_value());

    clock->advanceSeconds(1);
    REQUIRE(f.s->requestErasure(f.admin, QStringLiteral("N000123"), QStringLiteral("Retention period ended")).ok());
    REQUIRE(f.s->approveErasure(f.sessionOf(QStringLiteral("insp0012")), QStringLiteral("N000123")).ok());

    // One hour later is inside the 24-hour interval, but the erasure makes the rotation due.
    auto next = f.s->automaticBackup(officer, folder, t0.addDays(1).addSecs(3600));
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    const QStringList files = QDir(folder).entryList({QStringLiteral("somdesk-backup-*.sqlite")}, QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(QDir(folder).filePath(files.first()) == (*next)->file);
    // The remaining backup does not hold the person.
    auto copy = Services::open((*next)->file);
    REQUIRE(copy.ok());
    QSqlQuery q(ServicesInternals::of(**copy).db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM nominals WHERE ref = 'N000123'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
