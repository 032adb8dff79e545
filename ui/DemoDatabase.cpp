#include "DemoDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace somdesk {

namespace {

QString trDemo(const char* text)
{
    return QCoreApplication::translate("somdesk::DemoDatabase", text);
}

} // namespace

QString DemoDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

QByteArray DemoDatabase::defaultPassword()
{
    const QByteArray fromEnv = qgetenv("SOMDESK_PASSWORD");
    return fromEnv.isEmpty() ? QByteArray(kDemoPassword) : fromEnv;
}

Result<SignedIn> DemoDatabase::openOrCreate(const QString& path, const QDate& today, const QByteArray& password,
                                            int nominals, quint64 seed, Role role)
{
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        spdlog::info("creating demo database with {} nominals", nominals);
        QByteArray pw = password;
        const Status created = createDemoDatabase(path, nominals, seed, today, pw);
        if (!created) {
            return created.error();
        }
    }
    auto opened = Services::open(path);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<Services> services = std::move(opened).value();

    QByteArray adminPw = password;
    auto admin = services->signIn(QStringLiteral("admin"), adminPw);
    if (!admin) {
        return admin.error();
    }
    auto users = services->listUsers(*admin);
    if (!users) {
        return users.error();
    }
    QStringList officers;
    for (const UserInfo& u : *users) {
        if (u.user.role == role && !u.user.disabled.value_or(false) && !u.locked) {
            officers << u.user.username;
        }
    }
    if (officers.isEmpty()) {
        return Error::notFound(trDemo("The demo database has no %1 to sign in as.").arg(toString(role)));
    }
    std::sort(officers.begin(), officers.end());

    QByteArray officerPw = password;
    auto session = services->signIn(officers.first(), officerPw);
    if (!session) {
        return session.error();
    }
    spdlog::info("demo: signed in as {}", officers.first().toStdString());
    return SignedIn{std::move(services), *session};
}

} // namespace somdesk
