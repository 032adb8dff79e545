// Files and output: what the command line prints is safe, what it writes is private and
// never through a link, what it opens is never widened or silently created, and what it
// reads is bounded (docs/security.md, "Files, output and free text").

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString importedDb(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("files.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    return path;
}

// Every line of a tab-separated table has `tabs` tabs and no escape byte.
void oneRowPerLine(const QByteArray& out, int tabs)
{
    CHECK_FALSE(out.contains('\x1b'));
    for (const QByteArray& line : out.split('\n')) {
        if (!line.isEmpty()) {
            INFO(line.toStdString());
            CHECK(line.count('\t') == tabs);
        }
    }
}

} // namespace

TEST_CASE("threat: a purpose with a newline and an escape sequence forges a row in audit show", "[security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forge.db"));
    initDb(path);
    const QString forged = QStringLiteral("audit review\n99\t2026-01-01T00:00:00\tadm.test\terasure\x1b[2K\x1b[1A");
    const Run refused = cli(
        QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--purpose"), forged} + as(path));
    CHECK(refused.code != 0);
    CHECK_THAT(refused.err.toStdString(), Contains("purpose: must be one of"));
    CHECK_FALSE(refused.err.contains('\x1b'));
    CHECK(refused.err.count('\n') == 1);
    // A user name tried at sign-in is printed escaped too.
    const Run signIn = cli(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + as(path, forged));
    CHECK(signIn.code != 0);
    CHECK_FALSE(signIn.err.contains('\x1b'));
    CHECK(signIn.err.count('\n') == 1);
    const Run shown = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + as(path));
    oneRowPerLine(shown.out, 8);
    CHECK_FALSE(shown.out.contains("erasure"));
}

TEST_CASE("threat: a control character in an imported user's team forges a row in user list", "[security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.db"));
    initDb(path);
    QByteArray bundle = readFile(fullJson());
    bundle.replace("\"Area 1 Team A\"", "\"Area 1\\nadm.x\\tadmin\\u001b[2J\"");
    const QString bad = writeJson(dir, QStringLiteral("bad.json"), bundle);
    const Run r = cli(QStringList{QStringLiteral("import")} + as(path) + QStringList{bad});
    CHECK(r.code != 0);
    CHECK_THAT(r.err.toStdString(), Contains("team") && Contains("control characters"));
    const Run list = ok(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path));
    oneRowPerLine(list.out, 6);
    CHECK(nonEmptyLines(list.out) == 1); // the admin only: nothing was imported
}

TEST_CASE("threat: a free-text purpose on export puts a person's name in the audit trail", "[security]")
{
    QTemporaryDir dir;
    const QString path = importedDb(dir);
    const QStringList exportAs = QStringList{QStringLiteral("export")} + as(path);
    const Run named = cli(exportAs + QStringList{QStringLiteral("--purpose"), QStringLiteral("for Testperson")});
    CHECK(named.code != 0);
    CHECK_THAT(named.err.toStdString(), Contains("purpose: must be one of"));
    const Run noRef = cli(exportAs + QStringList{QStringLiteral("--purpose"), QStringLiteral("court")});
    CHECK(noRef.code != 0);
    CHECK_THAT(noRef.err.toStdString(), Contains("reference: required"));
    const Run badRef = cli(exportAs + QStringList{QStringLiteral("--purpose"), QStringLiteral("court"),
                                                  QStringLiteral("--reference"), QStringLiteral("Testperson family")});
    CHECK(badRef.code != 0);
    CHECK_THAT(badRef.err.toStdString(), Contains("reference:"));
    ok(exportAs + QStringList{QStringLiteral("--purpose"), QStringLiteral("court"), QStringLiteral("--reference"),
                              QStringLiteral("T2026/0041"), QStringLiteral("--recipient"),
                              QStringLiteral("Crown Court")});
    const Run trail = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + as(path));
    CHECK(trail.out.contains("\tcourt ref=T2026/0041\tCrown Court\t"));
    CHECK_FALSE(trail.out.contains("Testperson"));
}

TEST_CASE("threat: an export lands in an existing 0644 file or through a symbolic link", "[security]")
{
    QTemporaryDir dir;
    const QString path = importedDb(dir);
    const QString out = dir.filePath(QStringLiteral("export.json"));
    {
        QFile f(out);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    REQUIRE(::chmod(QFile::encodeName(out).constData(), 0644) == 0);
    ok(QStringList{QStringLiteral("export")} + as(path) + QStringList{QStringLiteral("--out"), out});
    CHECK(modeOf(out) == 0600);
    CHECK(bytesOf(out).startsWith("{"));

    // A link at the target is refused, whether it points at a file or nowhere.
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    {
        QFile f(victim);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    for (const QString& target : {victim, dir.filePath(QStringLiteral("nowhere.json"))}) {
        const QString link = dir.filePath(QStringLiteral("link.json"));
        QFile::remove(link);
        REQUIRE(QFile::link(target, link));
        const Run r =
            cli(QStringList{QStringLiteral("export")} + as(path) + QStringList{QStringLiteral("--out"), link});
        CHECK(r.code != 0);
        CHECK_THAT(r.err.toStdString(), Contains("symbolic link"));
        CHECK(QFileInfo(link).isSymLink());
    }
    CHECK(bytesOf(victim) == "keep me");
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nowhere.json"))));
    // No temporary file is left behind.
    CHECK(QDir(dir.path()).entryList(QStringList{QStringLiteral("*.tmp")}, QDir::Hidden | QDir::Files).isEmpty());
}

TEST_CASE("threat: check widens a 0400 database to 0600 and writes it", "[security]")
{
    QTemporaryDir dir;
    const QString path = importedDb(dir);
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0400) == 0);
    const QByteArray before = bytesOf(path);
    const Run r = ok(QStringList{QStringLiteral("check")} + db(path));
    CHECK_THAT(r.out.toStdString(), Contains("ok") && Contains("read-only"));
    CHECK(modeOf(path) == 0400);
    CHECK(bytesOf(path) == before);
    // A command that writes says why it cannot.
    const Run write = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path));
    CHECK(write.code != 0);
    CHECK_THAT(write.err.toStdString(), Contains("read-only"));
    CHECK(modeOf(path) == 0400);
    CHECK(bytesOf(path) == before);
}

TEST_CASE("threat: a zero-length file is silently initialised as a new database", "[security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    for (const QStringList& args : {QStringList{QStringLiteral("check")} + db(path),
                                    QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path)}) {
        const Run r = cli(args);
        CHECK(r.code != 0);
        CHECK_THAT(r.err.toStdString(), Contains("empty") && Contains("init"));
    }
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("threat: import /dev/zero or a huge file exhausts memory", "[security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.db"));
    initDb(path);
    const Run zero = cli(QStringList{QStringLiteral("import")} + as(path) + QStringList{QStringLiteral("/dev/zero")});
    CHECK(zero.code != 0);
    CHECK_THAT(zero.err.toStdString(), Contains("bundle:") && Contains("larger than the limit of 256 MiB"));
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(qint64{300} * 1024 * 1024)); // sparse: nothing is written
    }
    const Run big = cli(QStringList{QStringLiteral("import")} + as(path) + QStringList{huge});
    CHECK(big.code != 0);
    CHECK_THAT(big.err.toStdString(), Contains("larger than the limit"));
}
