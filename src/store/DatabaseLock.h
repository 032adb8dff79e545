#pragma once

// Who has a database open, across processes. Every program that opens a database holds a
// shared lock on its lock file (`<database>-lock`); a restore takes it exclusively first, so
// it never replaces a file another program is writing, and nobody opens the file while it
// is being replaced. POSIX record locks belong to the process, so one process's several
// connections (and the restore's own sign-in) share one lock; a process-wide table keeps
// one descriptor per file, because closing any descriptor of a file drops the process's
// locks on it.

#include "core/Result.h"

#include <QString>

namespace somdesk {

class DatabaseLock {
public:
    DatabaseLock() = default;
    ~DatabaseLock();
    DatabaseLock(DatabaseLock&& other) noexcept;
    DatabaseLock& operator=(DatabaseLock&& other) noexcept;
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    // Shared: waits up to `waitMs` while another process restores the file. Where no lock
    // file can be made (read-only media), the lock is empty: nothing there can be written.
    static Result<DatabaseLock> shared(const QString& databasePath, int waitMs = 5000);
    // Exclusive, without waiting: refused (naming the process) while any other process
    // has the database open, or this process has it open more than `ownShared` times
    // (the caller's own shared locks, which the exclusive one then covers).
    static Result<DatabaseLock> exclusive(const QString& databasePath, int ownShared = 0);

    static QString lockFileOf(const QString& databasePath);
    bool held() const { return !m_key.isEmpty(); }

private:
    DatabaseLock(QString key, bool exclusive) : m_key(std::move(key)), m_exclusive(exclusive) {}
    void release();

    QString m_key;
    bool m_exclusive = false;
};

} // namespace somdesk
