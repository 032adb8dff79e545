#pragma once

// Runs the real somdesk-cli binary with QProcess for the command-line tests: exit code,
// stdout and stderr, with the password in the environment as a user would give it.

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace somdesk::test {

inline const QByteArray kPassword = "cli-admin-pass";
inline const QString kAdmin = QStringLiteral("adm.test"); // full.json's admin
inline const QString kAdminName = QStringLiteral("Synthetic Admin");

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline Run cli(const QStringList& args, const QByteArray& password = kPassword, const QByteArray& newPassword = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SOMDESK_PASSWORD"));
    env.remove(QStringLiteral("SOMDESK_NEW_PASSWORD"));
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("SOMDESK_PASSWORD"), QString::fromUtf8(password));
    }
    if (!newPassword.isEmpty()) {
        env.insert(QStringLiteral("SOMDESK_NEW_PASSWORD"), QString::fromUtf8(newPassword));
    }
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(SOMDESK_CLI_PATH), args);
    INFO("somdesk-cli " << args.join(QLatin1Char(' ')).toStdString());
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs and requires success, showing stderr when it fails.
inline Run ok(const QStringList& args, const QByteArray& password = kPassword, const QByteArray& newPassword = {})
{
    Run r = cli(args, password, newPassword);
    INFO("somdesk-cli " << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

// Writes a JSON input file for a command and returns its path.
inline QString writeJson(const QTemporaryDir& dir, const QString& name, const QByteArray& json)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(json);
    return path;
}

// Runs SQL on the file with the sqlite3 shell, as someone with a shell on the workstation
// would; returns what it prints.
inline QByteArray sqliteShell(const QString& path, const QString& sqlText)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, sqlText});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput().trimmed();
}

inline QStringList db(const QString& path)
{
    return {QStringLiteral("--database"), path};
}
inline QStringList as(const QString& path, const QString& user = kAdmin)
{
    return {QStringLiteral("--database"), path, QStringLiteral("--user"), user};
}

inline QString fullJson()
{
    return dataDir() + QStringLiteral("/bundles/full.json");
}

inline void initDb(const QString& path)
{
    ok(QStringList{QStringLiteral("init")} + db(path) +
       QStringList{QStringLiteral("--admin"), kAdmin, QStringLiteral("--name"), kAdminName});
}

inline QByteArray exportOf(const QString& path, const QStringList& extra = {})
{
    return ok(QStringList{QStringLiteral("export")} + as(path) + extra).out;
}

inline int nonEmptyLines(const QByteArray& text)
{
    int n = 0;
    for (const QByteArray& line : text.split('\n')) {
        n += line.trimmed().isEmpty() ? 0 : 1;
    }
    return n;
}

} // namespace somdesk::test
