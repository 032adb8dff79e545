#include "PrivateFolder.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace somdesk {

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool preparePrivateFolder(const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        return false;
    }
    return ::chmod(QFile::encodeName(folder).constData(), S_IRWXU) == 0;
}

bool preparePrivateFile(const QString& file)
{
    const QByteArray name = QFile::encodeName(file);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return false;
    }
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (ok && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ok = ::fchmod(fd, st.st_mode & (S_IRUSR | S_IWUSR)) == 0;
    }
    ::close(fd);
    return ok;
}

} // namespace somdesk
