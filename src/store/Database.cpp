#include "Database.h"

#include "Schema.h"
#include "SqliteDialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace somdesk {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Magic numbers of statfs(2) for network file systems, where SQLite's locking is unsafe.
bool isNetworkFileSystem(const QString& folder, QString* name)
{
    struct statfs info {};
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0) {
        return false;
    }
    const auto type = static_cast<unsigned long>(info.f_type);
    switch (type) {
    case 0x6969UL:
        *name = QStringLiteral("NFS");
        return true;
    case 0x517BUL:
        *name = QStringLiteral("SMB");
        return true;
    case 0xFF534D42UL:
        *name = QStringLiteral("CIFS");
        return true;
    case 0xFE534D42UL:
        *name = QStringLiteral("SMB2");
        return true;
    case 0x564c: // NCP
        *name = QStringLiteral("NCP");
        return true;
    default:
        return false;
    }
}

// Takes away the group's and others' access; never adds a permission (a 0400 file stays 0400).
void restrictFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(name.constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return;
    }
    const mode_t narrowed = st.st_mode & (S_IRUSR | S_IWUSR);
    if ((st.st_mode & 07777) != narrowed) {
        ::chmod(name.constData(), narrowed);
    }
}

QString pragmaValue(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next()) {
        return q.value(0).toString();
    }
    return {};
}

} // namespace

Error storageError(const QString& what, const QString& driverText)
{
    const QString lower = driverText.toLower();
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))) {
        return Error::storage(
            QStringLiteral("%1: the database file is read-only (opened read-only); nothing was saved").arg(what));
    }
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy"))) {
        return Error::storage(
            QStringLiteral("%1: the database is busy (another program is writing); try again").arg(what));
    }
    if (lower.contains(QLatin1String("full"))) {
        return Error::storage(QStringLiteral("%1: the disk is full; nothing was saved").arg(what));
    }
    if (lower.contains(QLatin1String("i/o error"))) {
        return Error::storage(QStringLiteral("%1: the disk could not be read or written (I/O error); nothing was "
                                             "saved — check the disk and try again")
                                  .arg(what));
    }
    return Error::storage(QStringLiteral("%1: %2").arg(what, driverText));
}

Database::Database(QString path, QString vfs)
    : m_path(std::move(path)), m_vfs(std::move(vfs)),
      m_prefix(QStringLiteral("somdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, const QString& vfs)
{
    if (path.isEmpty()) {
        return Error::invalid(QStringLiteral("database: no file given"));
    }
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == OpenMode::CreateNew && exists) {
        return Error::conflict(QStringLiteral("database: %1 already exists; refusing to overwrite it").arg(path));
    }
    if (mode == OpenMode::OpenExisting && !exists) {
        return Error::notFound(QStringLiteral("database: %1 does not exist").arg(path));
    }
    if (mode == OpenMode::OpenExisting && info.isFile() && info.size() == 0) {
        // SQLite would take an empty file as a new database; only `init` creates one.
        return Error::invalid(QStringLiteral("database: %1 is empty (0 bytes), not a somdesk database; only "
                                             "'somdesk-cli init' creates a database")
                                  .arg(path));
    }
    // Read-only when the owner has no write permission (even for root, who could write
    // anyway) or this user cannot write it.
    const bool readOnly = mode == OpenMode::OpenExisting && (!info.permission(QFileDevice::WriteOwner) ||
                                                             ::access(QFile::encodeName(path).constData(), W_OK) != 0);
    const QString folder = info.absolutePath();
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder)) {
            return Error::storage(QStringLiteral("database: cannot create folder %1").arg(folder));
        }
        ::chmod(QFile::encodeName(folder).constData(), S_IRWXU);
    }
    QString fsName;
    if (isNetworkFileSystem(folder, &fsName)) {
        return Error::invalid(QStringLiteral("database: %1 is on a network file system (%2); SQLite cannot lock "
                                             "files reliably there, so records could be lost. Keep the database "
                                             "on a local disk.")
                                  .arg(path, fsName));
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), vfs));
    db->m_readOnly = readOnly;
    db->m_mainThread = QThread::currentThread();
    const mode_t oldMask = ::umask(S_IRWXG | S_IRWXO);
    Status st = db->openConnection(db->m_prefix + QStringLiteral("-main"));
    if (st) {
        st = db->migrate();
    }
    ::umask(oldMask);
    if (!st) {
        db->close();
        return st.error();
    }
    if (!readOnly) {
        for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            restrictFile(db->m_path + suffix);
        }
    }
    return db;
}

Status Database::openConnection(const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        std::lock_guard lock(m_mutex);
        m_connectionNames.append(name);
    }
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    if (!m_vfs.isEmpty()) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:%1?vfs=%2").arg(m_path, m_vfs));
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        return storageError(QStringLiteral("opening the database"), db.lastError().text());
    }
    QSqlQuery q(db);
    // A read-only file keeps the journal mode it has (setting it is a write).
    const QStringList pragmas{
        m_readOnly ? QStringLiteral("PRAGMA journal_mode") : QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA secure_delete=ON"),
        QStringLiteral("PRAGMA trusted_schema=OFF"),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs),
    };
    for (const QString& p : pragmas) {
        if (!q.exec(p)) {
            return storageError(QStringLiteral("configuring the database"), q.lastError().text());
        }
        q.finish();
    }
    // Read every setting back: a silently ignored pragma would weaken durability.
    struct Expect {
        QString pragma;
        QString value;
    };
    const QList<Expect> expected{
        {QStringLiteral("journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("synchronous"), QStringLiteral("2")},
        {QStringLiteral("foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("secure_delete"), QStringLiteral("1")},
        {QStringLiteral("trusted_schema"), QStringLiteral("0")},
        {QStringLiteral("busy_timeout"), QString::number(kBusyTimeoutMs)},
    };
    for (const auto& e : expected) {
        if (m_readOnly && e.pragma == QLatin1String("journal_mode")) {
            continue;
        }
        const QString actual = pragmaValue(db, e.pragma).toLower();
        if (actual != e.value) {
            return Error::storage(QStringLiteral("database: setting %1 is %2, expected %3")
                                      .arg(e.pragma, actual.isEmpty() ? QStringLiteral("unknown") : actual, e.value));
        }
    }
    return {};
}

QSqlDatabase Database::connection()
{
    const QString name = m_prefix + QStringLiteral("-t%1").arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QThread::currentThread() == nullptr) {
        return {};
    }
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    // The first connection (opened on the thread that called open()) serves that thread.
    // Only that thread may even look the connection up (Qt warns when another thread does).
    const QString mainName = m_prefix + QStringLiteral("-main");
    if (m_mainThread == QThread::currentThread() && QSqlDatabase::contains(mainName)) {
        QSqlDatabase main = QSqlDatabase::database(mainName, false);
        if (main.isValid()) {
            return main;
        }
    }
    if (Status st = openConnection(name); !st) {
        return {};
    }
    return QSqlDatabase::database(name, false);
}

const SqlDialect& Database::dialect() const
{
    static const SqliteDialect sqlite;
    return sqlite;
}

bool Database::inTransaction()
{
    sqlite3* h = handle();
    return h != nullptr && sqlite3_get_autocommit(h) == 0;
}

sqlite3* Database::handle()
{
    QSqlDatabase db = connection();
    if (!db.isValid()) {
        return nullptr;
    }
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(v.data());
    }
    return nullptr;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    const int current = schemaVersion();
    const auto& steps = schemaMigrations();
    if (current > static_cast<int>(steps.size())) {
        return Error::storage(QStringLiteral("database: %1 has schema version %2, newer than this program "
                                             "understands (%3); use a newer somdesk")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(steps.size()));
    }
    if (m_readOnly && current < static_cast<int>(steps.size())) {
        return Error::storage(QStringLiteral("database: %1 is read-only and has schema version %2; this program "
                                             "must upgrade it to %3, which needs a writable file")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(steps.size()));
    }
    for (int v = current; v < static_cast<int>(steps.size()); ++v) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return storageError(QStringLiteral("upgrading the database"), q.lastError().text());
        }
        for (const QString& sql : steps.at(v)) {
            if (!q.exec(sql)) {
                const QString err = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return storageError(QStringLiteral("upgrading the database to version %1").arg(v + 1), err);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1)) || !q.exec(QStringLiteral("COMMIT"))) {
            const QString err = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return storageError(QStringLiteral("upgrading the database"), err);
        }
    }
    return {};
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    return pragmaValue(db, QStringLiteral("user_version")).toInt();
}

Result<QString> Database::identity()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id FROM database_identity WHERE one = 1"))) {
        return storageError(QStringLiteral("reading the database identity"), q.lastError().text());
    }
    if (!q.next()) {
        return Error::storage(QStringLiteral("database: %1 has no identity row").arg(m_path));
    }
    return q.value(0).toString();
}

Status Database::adoptIdentity(const QString& id)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("DELETE FROM database_identity"))) {
        return storageError(QStringLiteral("setting the database identity"), q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT INTO database_identity (id, made_at, one) VALUES (?, ?, 1)"));
    q.addBindValue(id);
    q.addBindValue(now().toString(Qt::ISODate));
    if (!q.exec()) {
        return storageError(QStringLiteral("setting the database identity"), q.lastError().text());
    }
    return {};
}

Result<QString> Database::quickCheck()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        return storageError(QStringLiteral("quick_check"), q.lastError().text());
    }
    QStringList problems;
    while (q.next()) {
        problems << q.value(0).toString();
    }
    return problems.join(QLatin1Char('\n'));
}

Result<QString> Database::integrityCheck()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return storageError(QStringLiteral("integrity_check"), q.lastError().text());
    }
    QStringList problems;
    while (q.next()) {
        problems << q.value(0).toString();
    }
    return problems.join(QLatin1Char('\n'));
}

Status Database::vacuumInto(const QString& target)
{
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        return Error::conflict(QStringLiteral("backup: %1 already exists").arg(target));
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    const mode_t oldMask = ::umask(S_IRWXG | S_IRWXO);
    const bool ok = q.exec();
    ::umask(oldMask);
    if (!ok) {
        return storageError(QStringLiteral("backup"), q.lastError().text());
    }
    restrictFile(target);
    return {};
}

void Database::close()
{
    QStringList names;
    {
        std::lock_guard lock(m_mutex);
        names.swap(m_connectionNames);
    }
    const QString ownName =
        m_prefix + QStringLiteral("-t%1").arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    const QString mainName = m_prefix + QStringLiteral("-main");
    for (const QString& name : names) {
        // Only this thread's connections may be touched here; the others are just removed
        // (their threads have finished with them).
        const bool ours = name == ownName || (name == mainName && m_mainThread == QThread::currentThread());
        if (ours) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Transaction::Transaction(Database& db) : m_db(db.connection())
{
    if (!m_db.isValid()) {
        m_status = storageError(QStringLiteral("starting a change"), QStringLiteral("no connection"));
        return;
    }
    // SQLite's own busy handler sleeps in growing steps (up to 100 ms) and so loses, again
    // and again, to a writer that commits in a tight loop. Poll instead, every 1–2 ms with
    // jitter, until the same timeout has passed: the lock is taken in the first gap.
    sqlite3* handle = db.handle();
    if (handle != nullptr) {
        sqlite3_busy_timeout(handle, 0);
    }
    QSqlQuery q(m_db);
    QElapsedTimer waited;
    waited.start();
    bool begun = false;
    QString lastError;
    quint32 jitter = static_cast<quint32>(reinterpret_cast<quintptr>(this));
    do {
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            begun = true;
            break;
        }
        lastError = q.lastError().text();
        const int code = q.lastError().nativeErrorCode().toInt();
        if ((code & 0xff) != SQLITE_BUSY && (code & 0xff) != SQLITE_LOCKED) {
            break;
        }
        jitter = jitter * 1664525U + 1013904223U;
        QThread::usleep(1000 + (jitter >> 22)); // 1.0–2.0 ms
    } while (waited.elapsed() < kBusyTimeoutMs);
    if (handle != nullptr) {
        sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    }
    if (!begun) {
        m_status = storageError(QStringLiteral("starting a change"), lastError);
        return;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        return m_status.ok() ? Status(Error::internal(QStringLiteral("transaction already finished"))) : m_status;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = storageError(QStringLiteral("saving"), q.lastError().text());
        // A failed COMMIT may leave the transaction open (e.g. busy): roll back so nothing half-done stays.
        q.exec(QStringLiteral("ROLLBACK"));
        m_open = false;
        return e;
    }
    m_open = false;
    return {};
}

Status Database::restoreFrom(Database& source)
{
    sqlite3* dest = handle();
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", source.handle(), "main");
    if (b == nullptr) {
        return Error::storage(QStringLiteral("restore: %1").arg(QString::fromUtf8(sqlite3_errmsg(dest))));
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(100);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        return Error::storage(QStringLiteral("restore failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

} // namespace somdesk
