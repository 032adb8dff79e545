// The audit chain's head kept outside the workstation, and restores from read-only media
// (docs/security.md, "Backups, restores and the audit trail"), through the real somdesk-cli.

#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

// Runs SQL on the file with the sqlite3 shell, as someone with a shell on the workstation would.
void tamper(const QString& path, const QString& sqlText)
{
    sqliteShell(path, sqlText);
}

QString anchorFile(const QTemporaryDir& dir, const QString& path, const QString& name)
{
    const Run a = ok(QStringList{QStringLiteral("audit"), QStringLiteral("anchor")} + as(path));
    const QJsonObject o = QJsonDocument::fromJson(a.out).object();
    REQUIRE(o.value(QStringLiteral("format")).toString() == QStringLiteral("somdesk-audit-anchor"));
    REQUIRE(o.value(QStringLiteral("audit_head_seq")).toInteger() > 0);
    REQUIRE(o.value(QStringLiteral("database_id")).toString().size() == 32);
    return writeJson(dir, name, a.out);
}

QStringList verifyArgs(const QString& path)
{
    return QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path);
}

} // namespace

TEST_CASE("threat: a cut tail of the audit log passes audit verify when no anchor is kept elsewhere",
          "[security][audit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    const QString anchor = anchorFile(dir, path, QStringLiteral("anchor.json"));
    ok(verifyArgs(path) + QStringList{QStringLiteral("--anchor"), anchor});

    // The last rows go, triggers first: the chain that is left is consistent in itself.
    tamper(path, QStringLiteral("DROP TRIGGER audit_no_delete; DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) "
                                "- 4 FROM audit_log);"));
    CHECK(ok(verifyArgs(path)).out.startsWith("ok")); // the chain alone cannot tell
    const Run cut = cli(verifyArgs(path) + QStringList{QStringLiteral("--anchor"), anchor});
    CHECK(cut.code != 0);
    CHECK_THAT(cut.err.toStdString(), Contains("differs from the anchor"));
}

TEST_CASE("threat: a malformed anchor or manifest is taken as no anchor at all", "[security][audit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.db"));
    initDb(path);
    const QString notJson = writeJson(dir, QStringLiteral("bad.json"), "{\"format\": ");
    const Run a = cli(verifyArgs(path) + QStringList{QStringLiteral("--manifest"), notJson});
    CHECK(a.code != 0);
    CHECK_THAT(a.err.toStdString(), Contains("manifest: not a JSON object"));

    const QString badSeq =
        writeJson(dir, QStringLiteral("seq.json"),
                  R"({"format": "somdesk-audit-anchor", "database_id": "00000000000000000000000000000000",
            "audit_head_seq": "7", "audit_head_hash": "00"})");
    const Run b = cli(verifyArgs(path) + QStringList{QStringLiteral("--anchor"), badSeq});
    CHECK(b.code != 0);
    CHECK_THAT(b.err.toStdString(), Contains("anchor.audit_head_seq"));

    const QString badHash = writeJson(dir, QStringLiteral("hash.json"),
                                      R"({"format": "somdesk-backup", "audit_head_seq": 3, "audit_head_hash": "xyz"})");
    const Run c = cli(verifyArgs(path) + QStringList{QStringLiteral("--manifest"), badHash});
    CHECK(c.code != 0);
    CHECK_THAT(c.err.toStdString(), Contains("manifest.audit_head_hash"));
}

TEST_CASE("threat: an anchor of another database vouches for this one", "[security][audit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.db"));
    const QString other = dir.filePath(QStringLiteral("other.db"));
    initDb(path);
    initDb(other);
    const QString foreign = anchorFile(dir, other, QStringLiteral("foreign.json"));
    const Run r = cli(verifyArgs(path) + QStringList{QStringLiteral("--anchor"), foreign});
    CHECK(r.code != 0);
    CHECK_THAT(r.err.toStdString(), Contains("another database"));
}

TEST_CASE("threat: a restore from a backup on read-only media fails or writes beside the backup", "[security][restore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString live = dir.filePath(QStringLiteral("work/live.db"));
    const QString media = dir.filePath(QStringLiteral("media"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("work"))));
    REQUIRE(QDir().mkpath(media));
    initDb(live);
    ok(QStringList{QStringLiteral("import")} + as(live) + QStringList{fullJson()});
    const QString backup = media + QStringLiteral("/b.sqlite");
    ok(QStringList{QStringLiteral("backup")} + as(live) + QStringList{QStringLiteral("--out"), backup});
    const QByteArray bytes = readFile(backup);
    const QStringList mediaBefore = QDir(media).entryList(QDir::Files | QDir::Hidden);

    // Read-only media: the files and their folder cannot be written. As root, permissions do
    // not bind, so the restore runs as an unprivileged user who owns only the live database.
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(backup + QStringLiteral(".manifest.json"),
                          QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(media, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                     QFile::ReadOther | QFile::ExeOther);
    QString program = QStringLiteral(SOMDESK_CLI_PATH);
    QStringList args{QStringLiteral("restore"),
                     QStringLiteral("--database"),
                     live,
                     QStringLiteral("--user"),
                     kAdmin,
                     QStringLiteral("--from"),
                     backup};
    if (::geteuid() == 0) {
        QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther | QFile::ReadOther);
        QProcess chown;
        chown.start(QStringLiteral("chown"),
                    {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), dir.filePath(QStringLiteral("work"))});
        REQUIRE(chown.waitForFinished(10000));
        REQUIRE(chown.exitCode() == 0);
        args = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                           QStringLiteral("--clear-groups"), program} +
               args;
        program = QStringLiteral("setpriv");
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOMDESK_PASSWORD"), QString::fromUtf8(kPassword));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("work")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("work")));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO("stderr: " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(p.readAllStandardOutput().startsWith("restored: "));
    CHECK(readFile(backup) == bytes);
    CHECK(QDir(media).entryList(QDir::Files | QDir::Hidden) == mediaBefore);
    CHECK(ok(QStringList{QStringLiteral("check")} + db(live)).out == "ok\n");
}
