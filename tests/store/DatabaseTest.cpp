// The database file: migrations, connection settings on every connection, refusals,
// and file permissions (architecture.md, Storage).

#include "StoreTestUtil.h"
#include "store/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <sys/stat.h>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

// Every connection setting of architecture.md, read back on `db`'s connection for this thread.
QHash<QString, QString> settings(Database& db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db.connection());
    for (const char* p :
         {"journal_mode", "synchronous", "foreign_keys", "secure_delete", "trusted_schema", "busy_timeout"}) {
        const QString pragma = QString::fromLatin1(p);
        if (q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next()) {
            out.insert(pragma, q.value(0).toString().toLower());
        }
        q.finish();
    }
    return out;
}

void checkSettings(const QHash<QString, QString>& s)
{
    CHECK(s.value(QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(s.value(QStringLiteral("synchronous")) == QStringLiteral("2"));
    CHECK(s.value(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(s.value(QStringLiteral("secure_delete")) == QStringLiteral("1"));
    CHECK(s.value(QStringLiteral("trusted_schema")) == QStringLiteral("0"));
    CHECK(s.value(QStringLiteral("busy_timeout")).toInt() > 0);
}

int mode(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace

TEST_CASE("store: migrations from empty reach the current schema version with every table and trigger")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto db = openNew(path);
    // Version 1 is the first schema; later versions add to it (each migration in order).
    CHECK(Database::kSchemaVersion >= 1);
    CHECK(db->schemaVersion() == Database::kSchemaVersion);

    QSet<QString> tables;
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (q.next()) {
            tables.insert(q.value(0).toString());
        }
    }
    for (const char* t : {"users",
                          "nominals",
                          "nominal_aliases",
                          "risk_history",
                          "plans",
                          "custody_periods",
                          "arms_assessments",
                          "arms_factors",
                          "visits",
                          "entries",
                          "entry_references",
                          "acknowledgements",
                          "entry_trigger_matches",
                          "derived_state",
                          "screenings",
                          "reviews",
                          "mappa_referrals",
                          "transfers",
                          "management_decisions",
                          "notifications",
                          "indefinite_review_decisions",
                          "alert_overrides",
                          "details_history",
                          "static_scores",
                          "dip_samples",
                          "dip_records",
                          "dip_items",
                          "policy_versions",
                          "audit_log",
                          "search_index"}) {
        INFO(t);
        CHECK(tables.contains(QString::fromLatin1(t)));
    }
    QSet<QString> triggers;
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        while (q.next()) {
            triggers.insert(q.value(0).toString());
        }
    }
    CHECK(triggers.contains(QStringLiteral("audit_no_update")));
    CHECK(triggers.contains(QStringLiteral("audit_no_delete")));
    CHECK(triggers.contains(QStringLiteral("details_history_no_update")));

    // The audit triggers refuse UPDATE and DELETE.
    {
        Transaction tx(*db);
        REQUIRE(tx.status().ok());
        AuditRecord r;
        r.username = QStringLiteral("adm.test");
        r.operation = QStringLiteral("collection");
        r.recordType = QStringLiteral("user");
        r.recordRef = QStringLiteral("adm.test");
        r.purpose = QStringLiteral("database created");
        REQUIRE(AuditLog(*db).append(r).ok());
        REQUIRE(tx.commit().ok());
    }
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 1")));
    CHECK_THAT(q.lastError().text().toStdString(), Contains("append-only"));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
    CHECK_THAT(q.lastError().text().toStdString(), Contains("append-only"));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    q.finish();
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == 1);
    CHECK(AuditLog(*db).verify()->ok);

    // Re-opening runs no migration again and keeps the data.
    db.reset();
    auto again = openExisting(path);
    CHECK(again->schemaVersion() == Database::kSchemaVersion);
    CHECK(scalar(*again, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == 1);
}

TEST_CASE("store: connection settings are read back on the main thread and on a second thread")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = openNew(dir.filePath(QStringLiteral("settings.db")));
    checkSettings(settings(*db));

    QHash<QString, QString> fromThread;
    QString threadConnection;
    QString mainConnection = db->connection().connectionName();
    QThread* t = QThread::create([&] {
        threadConnection = db->connection().connectionName();
        fromThread = settings(*db);
    });
    t->start();
    REQUIRE(t->wait(30000));
    delete t;
    CHECK_FALSE(threadConnection.isEmpty());
    CHECK(threadConnection != mainConnection); // its own named connection
    checkSettings(fromThread);
    db->close();
}

TEST_CASE("store: a database with a newer schema version is refused with a clear message")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        sqlite3* h = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
        CHECK(rawExec(h, QStringLiteral("CREATE TABLE t (x); PRAGMA user_version = 99;")).isEmpty());
        sqlite3_close(h);
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    const std::string message = db.error().message.toStdString();
    CHECK_THAT(message, Contains("99"));
    CHECK_THAT(message, Contains("newer"));
    // Nothing was changed: the version is still 99.
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 99);
    sqlite3_finalize(st);
    sqlite3_close(h);
}

TEST_CASE("store: CreateNew refuses an existing file and OpenExisting a missing one")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("exists.db"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database, but it must not be overwritten");
    }
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Conflict);
    CHECK_THAT(db.error().message.toStdString(), Contains("already exists"));
    CHECK(readFile(path) == QByteArray("not a database, but it must not be overwritten"));

    auto missing = Database::open(dir.filePath(QStringLiteral("missing.db")), Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.db"))));
}

TEST_CASE("store: a new folder is created 0700 and the database file 0600")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("private/data"));
    const QString path = folder + QStringLiteral("/somdesk.db");
    auto db = openNew(path);
    CHECK(mode(folder) == 0700);
    CHECK(mode(path) == 0600);
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = path + QString::fromLatin1(suffix);
        if (QFileInfo::exists(side)) {
            INFO(suffix);
            CHECK((mode(side) & 0077) == 0);
        }
    }
    // A backup copy is private too.
    const QString copy = folder + QStringLiteral("/copy.db");
    REQUIRE(db->vacuumInto(copy).ok());
    CHECK(mode(copy) == 0600);
}
