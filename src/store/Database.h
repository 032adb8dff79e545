#pragma once

// The SQLite store. One Database per file; each thread gets its own named QtSql
// connection (QSqlDatabase objects must not cross threads), opened with the
// settings of architecture.md, read back and checked at every open.

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

struct sqlite3;

namespace somdesk {

class SqlDialect;

class Database {
public:
    enum class OpenMode { CreateNew, OpenExisting };

    // The schema version this program writes. Opening a newer file is refused.
    static constexpr int kSchemaVersion = 8;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) the file, applies and verifies the connection settings and
    // brings the schema up to kSchemaVersion. `vfs` names a registered SQLite VFS
    // (tests inject faults through one); empty means the default.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode, const QString& vfs = {});

    const QString& path() const { return m_path; }
    // Opened read-only because the file is not writable by this user (a 0400 file): reads
    // and checks work, every write is refused, and the file is neither chmod'ed nor written.
    bool readOnly() const { return m_readOnly; }

    // This thread's connection (created on first use with the same settings).
    QSqlDatabase connection();
    // The raw handle of this thread's connection, for the bulk readers.
    sqlite3* handle();
    // Whether this thread's connection is inside a transaction now.
    bool inTransaction();
    // The SQL that is this engine's own (upserts, full-text search, log truncation).
    const SqlDialect& dialect() const;

    // Runs PRAGMA quick_check / integrity_check; returns "ok" or the problems found.
    Result<QString> quickCheck();
    Result<QString> integrityCheck();

    // A consistent copy through VACUUM INTO (never a file copy).
    Status vacuumInto(const QString& target);
    // Replaces this database's content with `source`'s through SQLite's online backup API,
    // page by page under this file's locks (never a file copy).
    Status restoreFrom(Database& source);

    int schemaVersion();
    // The identity made when the database was created (32 hex digits; schema version 7).
    Result<QString> identity();
    // Takes another copy's identity: only a restore does this, for a backup made before
    // databases had one (whose upgrade just made it a new one). In the caller's transaction.
    Status adoptIdentity(const QString& id);

    // The clock every stored timestamp comes from (the services set theirs; the system
    // clock until then).
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    const Clock& clock() const { return *m_clock; }
    // Now, UTC, to the whole second.
    QDateTime now() const { return m_clock->nowUtcSeconds(); }

    // Closes every connection this object opened (all threads must be done with it).
    void close();

private:
    explicit Database(QString path, QString vfs);
    Status openConnection(const QString& name);
    Status migrate();

    QString m_path;
    QString m_vfs;
    QString m_prefix;
    bool m_readOnly = false;
    std::mutex m_mutex;
    QStringList m_connectionNames;
    void* m_mainThread = nullptr; // the thread that opened the first connection
    std::shared_ptr<const Clock> m_clock = Clock::system();
};

// BEGIN IMMEDIATE … COMMIT on this thread's connection; rolls back unless committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& status() const { return m_status; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_status;
    bool m_open = false;
};

// A readable message for a failed statement: names the operation, never the data.
Error storageError(const QString& what, const QString& driverText);

} // namespace somdesk
