#include "DatabaseLock.h"

#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace somdesk {

namespace {

struct Entry {
    int fd = -1;
    int shared = 0;
    int exclusive = 0;
};

std::mutex& tableMutex()
{
    static std::mutex m;
    return m;
}

QHash<QString, Entry>& table()
{
    static QHash<QString, Entry> t;
    return t;
}

// F_SETLK of the whole file; returns 0, or the errno.
int setLock(int fd, short type)
{
    struct flock fl {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    return ::fcntl(fd, F_SETLK, &fl) == 0 ? 0 : errno;
}

// The process holding a lock that conflicts with `type`, or 0.
pid_t holderOf(int fd, short type)
{
    struct flock fl {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    if (::fcntl(fd, F_GETLK, &fl) != 0 || fl.l_type == F_UNLCK) {
        return 0;
    }
    return fl.l_pid;
}

QString keyOf(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return DatabaseLock::lockFileOf(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

int openLockFile(const QString& lockPath)
{
    const QByteArray native = QFile::encodeName(lockPath);
    int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0 && (errno == EROFS || errno == EACCES)) {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    }
    return fd;
}

} // namespace

QString DatabaseLock::lockFileOf(const QString& databasePath)
{
    return databasePath + QStringLiteral("-lock");
}

Result<DatabaseLock> DatabaseLock::shared(const QString& databasePath, int waitMs)
{
    const QString key = keyOf(databasePath);
    std::lock_guard guard(tableMutex());
    Entry& e = table()[key];
    if (e.fd >= 0) {
        ++e.shared;
        return DatabaseLock(key, false);
    }
    e.fd = openLockFile(key);
    if (e.fd < 0) {
        table().remove(key);
        return DatabaseLock(); // read-only media: nothing there can be written anyway
    }
    for (int waited = 0;; waited += 50) {
        const int err = setLock(e.fd, F_RDLCK);
        if (err == 0) {
            break;
        }
        if (err == EBADF) { // opened read-only for want of write access: a read lock still works
            break;
        }
        if ((err != EAGAIN && err != EACCES) || waited >= waitMs) {
            ::close(e.fd);
            table().remove(key);
            return Error::conflict(QStringLiteral("database: %1 is being restored by another program; try again "
                                                  "when it has finished")
                                       .arg(databasePath));
        }
        QThread::msleep(50);
    }
    ++e.shared;
    return DatabaseLock(key, false);
}

Result<DatabaseLock> DatabaseLock::exclusive(const QString& databasePath, int ownShared)
{
    const QString key = keyOf(databasePath);
    std::lock_guard guard(tableMutex());
    Entry& e = table()[key];
    const bool fresh = e.fd < 0;
    if (fresh) {
        e.fd = openLockFile(key);
    }
    const auto giveUp = [&](const Error& error) -> Result<DatabaseLock> {
        if (fresh) {
            if (e.fd >= 0) {
                ::close(e.fd);
            }
            table().remove(key);
        }
        return error;
    };
    if (e.fd < 0) {
        return giveUp(Error::storage(
            QStringLiteral("database: cannot make the lock file %1; the folder must be writable").arg(key)));
    }
    if (e.exclusive > 0 || e.shared > ownShared) {
        return giveUp(Error::conflict(
            QStringLiteral("database: %1 is open elsewhere in this program; close it there first (a restore "
                           "needs the database to itself)")
                .arg(databasePath)));
    }
    if (const int err = setLock(e.fd, F_WRLCK); err != 0) {
        const pid_t pid = holderOf(e.fd, F_WRLCK);
        const QString who = pid > 0 ? QStringLiteral("process %1").arg(pid) : QStringLiteral("another program");
        return giveUp(Error::conflict(
            QStringLiteral("database: %2 is open in %1; close it there first (a restore needs the database to itself)")
                .arg(who, databasePath)));
    }
    ++e.exclusive;
    return DatabaseLock(key, true);
}

DatabaseLock::~DatabaseLock()
{
    release();
}

DatabaseLock::DatabaseLock(DatabaseLock&& other) noexcept
    : m_key(std::exchange(other.m_key, QString())), m_exclusive(other.m_exclusive)
{
}

DatabaseLock& DatabaseLock::operator=(DatabaseLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_key = std::exchange(other.m_key, QString());
        m_exclusive = other.m_exclusive;
    }
    return *this;
}

void DatabaseLock::release()
{
    if (m_key.isEmpty()) {
        return;
    }
    std::lock_guard guard(tableMutex());
    auto it = table().find(m_key);
    m_key.clear();
    if (it == table().end()) {
        return;
    }
    Entry& e = *it;
    (m_exclusive ? e.exclusive : e.shared) -= 1;
    if (e.exclusive == 0 && e.shared == 0) {
        ::close(e.fd); // drops the process's lock
        table().erase(it);
    } else if (e.exclusive == 0 && m_exclusive) {
        setLock(e.fd, F_RDLCK); // back to shared for the connections still open here
    }
}

} // namespace somdesk
