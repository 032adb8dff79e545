#include "PrivateFile.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace somdesk {

namespace {

bool writeAll(int fd, const QByteArray& data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

Status writePrivateFile(const QString& path, const QByteArray& data, const QString& field)
{
    const QByteArray target = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(target.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) {
            return Error::invalid(
                QStringLiteral("%1: %2 is a symbolic link; refusing to write through it").arg(field, path));
        }
        if (!S_ISREG(st.st_mode)) {
            return Error::invalid(QStringLiteral("%1: %2 is not a regular file").arg(field, path));
        }
    }
    const QFileInfo info(path);
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".") +
                         QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".tmp");
    const QByteArray tempName = QFile::encodeName(temp);
    // O_EXCL | O_NOFOLLOW: a new file of our own, whatever the folder holds; 0600 whatever the umask.
    const int fd =
        ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return Error::storage(QStringLiteral("%1: cannot create a file in %2").arg(field, info.absolutePath()));
    }
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, data) && ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    if (!ok || !closed || ::rename(tempName.constData(), target.constData()) != 0) {
        ::unlink(tempName.constData());
        return Error::storage(QStringLiteral("%1: cannot write %2").arg(field, path));
    }
    return {};
}

Result<QByteArray> readBounded(QIODevice& device, qint64 maxBytes, const QString& field, const QString& name)
{
    const auto tooLarge = [&] {
        return Error::invalid(
            QStringLiteral("%1: %2 is larger than the limit of %3 MiB").arg(field, name).arg(maxBytes / (1024 * 1024)));
    };
    if (!device.isSequential() && device.size() > maxBytes) {
        return tooLarge();
    }
    QByteArray out;
    constexpr qint64 kChunk = 1024 * 1024;
    while (true) {
        const QByteArray chunk = device.read(std::min(kChunk, maxBytes + 1 - out.size()));
        if (chunk.isEmpty()) {
            break;
        }
        out += chunk;
        if (out.size() > maxBytes) {
            return tooLarge();
        }
    }
    return out;
}

Result<QByteArray> readBoundedFile(const QString& path, qint64 maxBytes, const QString& field)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("%1: cannot read %2").arg(field, path));
    }
    auto data = readBounded(f, maxBytes, field, path);
    if (data && f.error() != QFileDevice::NoError) {
        return Error::invalid(QStringLiteral("%1: cannot read %2").arg(field, path));
    }
    return data;
}

} // namespace somdesk
