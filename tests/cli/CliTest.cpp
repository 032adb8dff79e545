// The real somdesk-cli binary, run with QProcess: exit codes, stdout/stderr, and the
// round trips an administrator relies on (export/import, backup/restore).

#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace somdesk::test;
using Catch::Matchers::Contains;

TEST_CASE("cli: every command's --help exits 0")
{
    const QList<QStringList> helps{
        {QStringLiteral("--help")},
        {QStringLiteral("init"), QStringLiteral("--help")},
        {QStringLiteral("user"), QStringLiteral("--help")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")},
        {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--help")},
        {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--help")},
        {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--help")},
        {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--help")},
        {QStringLiteral("import"), QStringLiteral("--help")},
        {QStringLiteral("record"), QStringLiteral("--help")},
        {QStringLiteral("register"), QStringLiteral("--help")},
        {QStringLiteral("export"), QStringLiteral("--help")},
        {QStringLiteral("demo"), QStringLiteral("--help")},
        {QStringLiteral("alerts"), QStringLiteral("--help")},
        {QStringLiteral("override"), QStringLiteral("--help")},
        {QStringLiteral("policy"), QStringLiteral("--help")},
        {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--help")},
        {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--help")},
        {QStringLiteral("check"), QStringLiteral("--help")},
        {QStringLiteral("audit"), QStringLiteral("--help")},
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--help")},
        {QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--help")},
        {QStringLiteral("backup"), QStringLiteral("--help")},
        {QStringLiteral("restore"), QStringLiteral("--help")},
    };
    for (const QStringList& args : helps) {
        const Run r = cli(args, {});
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.code == 0);
        CHECK_FALSE(r.out.trimmed().isEmpty());
    }
    // The top-level help lists every command.
    const QByteArray top = cli({QStringLiteral("--help")}, {}).out;
    for (const char* c : {"init", "user", "import", "export", "demo", "alerts", "override", "record", "register",
                          "policy", "check", "audit", "backup", "restore"}) {
        CHECK(top.contains(QByteArray("  ") + c));
    }
}

TEST_CASE("cli: an unknown command exits non-zero with one line on stderr")
{
    const Run r = cli({QStringLiteral("frobnicate"), QStringLiteral("--database"), QStringLiteral("x.db")});
    CHECK(r.code != 0);
    CHECK(nonEmptyLines(r.err) == 1);
    CHECK(r.err.contains("frobnicate"));
    CHECK(r.out.isEmpty());

    const Run noCommand = cli({}, {});
    CHECK(noCommand.code != 0);
}

TEST_CASE("cli: init refuses an existing file; audit verify and check are ok on a fresh database")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fresh.db"));
    initDb(path);
    const QByteArray bytes = readFile(path);

    const Run again = cli(QStringList{QStringLiteral("init")} + db(path) +
                          QStringList{QStringLiteral("--admin"), QStringLiteral("other")});
    CHECK(again.code != 0);
    CHECK(again.err.contains("already exists"));
    CHECK(nonEmptyLines(again.err) == 1);

    const Run verify = ok(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path));
    CHECK(verify.out.startsWith("ok"));

    const Run check = ok(QStringList{QStringLiteral("check")} + db(path));
    CHECK(check.out == "ok\n");
    const Run full = ok(QStringList{QStringLiteral("check"), QStringLiteral("--full")} + db(path));
    CHECK(full.out == "ok\n");

    // The existing admin still signs in with the first password (init changed nothing).
    ok(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path));
    Q_UNUSED(bytes);
}

TEST_CASE("cli: a wrong password exits non-zero")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pw.db"));
    initDb(path);
    const Run wrong = cli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path), "wrong-password");
    CHECK(wrong.code != 0);
    CHECK(wrong.out.isEmpty());
    CHECK(wrong.err.contains("wrong user name or password"));
    const Run unknown = cli(QStringList{QStringLiteral("export")} + as(path, QStringLiteral("nobody")));
    CHECK(unknown.code != 0);
    CHECK(unknown.out.isEmpty());
    // No password at all (no terminal to prompt on) is refused too.
    const Run none = cli(QStringList{QStringLiteral("export")} + as(path), {});
    CHECK(none.code != 0);
    CHECK(none.out.isEmpty());
}

TEST_CASE("cli: import of a bad bundle exits non-zero naming the JSON path and leaves the database unchanged")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("import.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    const QByteArray before = exportOf(path);
    const QByteArray auditBefore = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + as(path)).out;

    struct Case {
        const char* from;
        const char* to;
        const char* path;
    };
    const QList<Case> cases{
        {R"("ref": "N000200")", R"("ref": "N000201", "colour": "blue")", "nominals[1].colour"},
        {R"("date_of_birth": "1990-02-28")", R"("date_of_birth": "1990-02-30")", "nominals[1].date_of_birth"},
        {R"("owner": "pc1111")", R"("owner": "pc0000")", "nominals[1].owner"},
        {R"("version": 1)", R"("version": 7)", "version"},
    };
    const QByteArray fixture = readFile(fullJson());
    for (const Case& c : cases) {
        QByteArray json = fixture;
        REQUIRE(json.contains(c.from));
        json.replace(c.from, c.to);
        // New refs, so that only the edit is wrong.
        json.replace(R"("ref": "N000123")", R"("ref": "N000124")");
        json.replace(R"("ref": "N000200")", R"("ref": "N000201")");
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        const Run r = cli(QStringList{QStringLiteral("import")} + as(path) + QStringList{file});
        INFO(c.path << "\nstderr: " << r.err.toStdString());
        CHECK(r.code != 0);
        CHECK(r.err.contains(QByteArray(c.path) + ':'));
        CHECK(r.out.isEmpty());
    }
    // full.json again: both refs exist now.
    const Run dup = cli(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    CHECK(dup.code != 0);
    CHECK(dup.err.contains("nominals[0].ref:"));

    CHECK(exportOf(path) == before);
    // The audit rows before the failed imports are unchanged (later rows are only sign-ins,
    // exports and this reading).
    const QByteArray auditAfter = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + as(path)).out;
    CHECK(auditAfter.startsWith(auditBefore));
    for (const QByteArray& line : auditAfter.mid(auditBefore.size()).split('\n')) {
        CHECK_FALSE(line.contains("\tcollection\t"));
    }
}

TEST_CASE("cli: export → import into a new database → export is identical (full.json)")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const QString b = dir.filePath(QStringLiteral("b.db"));
    initDb(a);
    const Run imported = ok(QStringList{QStringLiteral("import")} + as(a) + QStringList{fullJson()});
    CHECK(imported.out.contains("imported 2 nominals"));
    const QString exportFile = dir.filePath(QStringLiteral("a.json"));
    ok(QStringList{QStringLiteral("export")} + as(a) + QStringList{QStringLiteral("--out"), exportFile});
    const QByteArray exportA = readFile(exportFile);
    CHECK(exportOf(a) == exportA); // stdout and --out agree
    CHECK_FALSE(exportA.toLower().contains("password"));

    initDb(b);
    ok(QStringList{QStringLiteral("import")} + as(b) + QStringList{exportFile});
    const QByteArray exportB = exportOf(b);
    CHECK(exportB.size() == exportA.size());
    CHECK(exportB == exportA);

    // --nominal: one nominal and its users.
    const QJsonObject one =
        QJsonDocument::fromJson(exportOf(b, {QStringLiteral("--nominal"), QStringLiteral("N000200")})).object();
    CHECK(one.value(QStringLiteral("nominals")).toArray().size() == 1);
    CHECK(one.value(QStringLiteral("users")).toArray().size() == 2);
}

TEST_CASE("cli: alerts --format json is an array of objects with the contract keys in order")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("alerts.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    const QStringList keys{QStringLiteral("key"),        QStringLiteral("rule"),  QStringLiteral("nominal"),
                           QStringLiteral("status"),     QStringLiteral("due"),   QStringLiteral("days_overdue"),
                           QStringLiteral("owner_role"), QStringLiteral("owner"), QStringLiteral("reason"),
                           QStringLiteral("clears_when")};
    int total = 0;
    for (const char* asOf : {"2016-11-01", "2017-01-01", "2026-11-01"}) {
        const Run r = ok(QStringList{QStringLiteral("alerts")} + as(path) +
                         QStringList{QStringLiteral("--as-of"), QString::fromLatin1(asOf), QStringLiteral("--format"),
                                     QStringLiteral("json")});
        INFO(asOf << "\n" << r.out.toStdString());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isArray());
        const QJsonArray alerts = doc.array();
        total += static_cast<int>(alerts.size());
        for (const QJsonValue& v : alerts) {
            REQUIRE(v.isObject());
            QStringList sorted = keys;
            sorted.sort();
            CHECK(v.toObject().keys() == sorted); // exactly these keys
            CHECK(v.toObject().value(QStringLiteral("nominal")).toString().startsWith(QLatin1Char('N')));
        }
        // The raw text carries them in contract order, object after object.
        static const QRegularExpression keyAtLineStart(QStringLiteral(R"re(^\s*"([a-z_]+)"\s*:)re"),
                                                       QRegularExpression::MultilineOption);
        QStringList seen;
        auto it = keyAtLineStart.globalMatch(QString::fromUtf8(r.out));
        while (it.hasNext()) {
            seen << it.next().captured(1);
        }
        REQUIRE(seen.size() == alerts.size() * keys.size());
        for (qsizetype i = 0; i < alerts.size(); ++i) {
            CHECK(seen.mid(i * keys.size(), keys.size()) == keys);
        }
    }
    CHECK(total > 0); // the fixture has work due on these dates
}

TEST_CASE("cli: user add, list and disable")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("users.db"));
    initDb(path);
    const QStringList add{QStringLiteral("user"), QStringLiteral("add")};
    ok(add + as(path) +
           QStringList{QStringLiteral("--username"), QStringLiteral("pc4521"), QStringLiteral("--name"),
                       QStringLiteral("Test Officer Xray"), QStringLiteral("--role"), QStringLiteral("officer"),
                       QStringLiteral("--collar"), QStringLiteral("4521"), QStringLiteral("--area"),
                       QStringLiteral("Area 1"), QStringLiteral("--team"), QStringLiteral("Area 1 Team A")},
       kPassword, "officer-pass");
    // A duplicate and an invalid role are refused.
    CHECK(cli(add + as(path) +
              QStringList{QStringLiteral("--username"), QStringLiteral("pc4521"), QStringLiteral("--name"),
                          QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("officer"),
                          QStringLiteral("--collar"), QStringLiteral("1"), QStringLiteral("--area"),
                          QStringLiteral("Area 1"), QStringLiteral("--team"), QStringLiteral("T")})
              .code != 0);
    const Run badRole = cli(add + as(path) +
                            QStringList{QStringLiteral("--username"), QStringLiteral("pc1"), QStringLiteral("--name"),
                                        QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("constable")});
    CHECK(badRole.code != 0);
    CHECK(badRole.err.contains("role"));

    const Run list = ok(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path));
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith("adm.test\tadmin\tSynthetic Admin\t"));
    CHECK(lines.at(1) == "pc4521\tofficer\tTest Officer Xray\t4521\tArea 1\tArea 1 Team A\tactive");

    // The new officer signs in with the password set at creation, but may not list users.
    const Run officerList =
        cli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path, QStringLiteral("pc4521")),
            "officer-pass");
    CHECK(officerList.code != 0);
    CHECK(officerList.err.contains("permission denied"));

    ok(QStringList{QStringLiteral("user"), QStringLiteral("disable")} + as(path) +
       QStringList{QStringLiteral("--username"), QStringLiteral("pc4521")});
    const Run after = ok(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path));
    CHECK(after.out.contains("pc4521\tofficer\tTest Officer Xray\t4521\tArea 1\tArea 1 Team A\tdisabled\n"));
    // A disabled user cannot sign in.
    const Run disabled = cli(QStringList{QStringLiteral("alerts")} + as(path, QStringLiteral("pc4521")) +
                                 QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-11-01")},
                             "officer-pass");
    CHECK(disabled.code != 0);
    // The same message as a wrong password: the refusal does not say the account exists.
    CHECK(disabled.err.contains("wrong user name or password"));
    CHECK_FALSE(disabled.err.contains("disabled"));
    // Enabled again, the same password signs in.
    ok(QStringList{QStringLiteral("user"), QStringLiteral("enable")} + as(path) +
       QStringList{QStringLiteral("--username"), QStringLiteral("pc4521")});
    CHECK(ok(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path))
              .out.contains("pc4521\tofficer\tTest Officer Xray\t4521\tArea 1\tArea 1 Team A\tactive\n"));
    ok(QStringList{QStringLiteral("alerts")} + as(path, QStringLiteral("pc4521")) +
           QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-11-01")},
       "officer-pass");
    // The admin cannot disable themselves.
    CHECK(cli(QStringList{QStringLiteral("user"), QStringLiteral("disable")} + as(path) +
              QStringList{QStringLiteral("--username"), kAdmin})
              .code != 0);
}

TEST_CASE("cli: backup then restore round trip")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.db"));
    const QString backup = dir.filePath(QStringLiteral("backups/live-backup.db"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    const QByteArray exportBefore = exportOf(path);

    const Run b = ok(QStringList{QStringLiteral("backup")} + as(path) + QStringList{QStringLiteral("--out"), backup});
    CHECK(b.out.contains("written"));
    REQUIRE(QFileInfo::exists(backup));
    const QString manifest = backup + QStringLiteral(".manifest.json");
    REQUIRE(QFileInfo::exists(manifest));
    const QJsonObject m = QJsonDocument::fromJson(readFile(manifest)).object();
    CHECK(m.value(QStringLiteral("format")).toString() == QStringLiteral("somdesk-backup"));
    CHECK(m.value(QStringLiteral("audit_head_seq")).toInteger() > 0);
    CHECK((QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    // A second backup to the same file is refused.
    CHECK(cli(QStringList{QStringLiteral("backup")} + as(path) + QStringList{QStringLiteral("--out"), backup}).code !=
          0);

    // Change the live database after the backup: a new nominal.
    QByteArray extra = readFile(fullJson());
    const QJsonObject fixture = QJsonDocument::fromJson(extra).object();
    QJsonObject n = fixture.value(QStringLiteral("nominals")).toArray().at(1).toObject();
    n.insert(QStringLiteral("ref"), QStringLiteral("N000777"));
    const QJsonObject newer{{QStringLiteral("format"), QStringLiteral("somdesk-bundle")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("nominals"), QJsonArray{n}}};
    const QString newerFile = dir.filePath(QStringLiteral("newer.json"));
    {
        QFile f(newerFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(newer).toJson());
    }
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{newerFile});
    CHECK(exportOf(path) != exportBefore);

    // The live database's audit still reaches the backup's head (manifest anchor).
    ok(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path) +
       QStringList{QStringLiteral("--manifest"), manifest});

    const Run r = ok(QStringList{QStringLiteral("restore")} + as(path) + QStringList{QStringLiteral("--from"), backup});
    CHECK(r.out.startsWith("restored: "));
    CHECK(exportOf(path) == exportBefore); // the same nominals (and users, dip samples) as at the backup
    const Run verify = ok(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path));
    CHECK(verify.out.startsWith("ok"));
    ok(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path) +
       QStringList{QStringLiteral("--manifest"), manifest});
    CHECK(ok(QStringList{QStringLiteral("check")} + db(path)).out == "ok\n");

    // A backup that no longer matches its manifest is refused.
    {
        QFile f(backup);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 1);
        f.write("X");
    }
    const Run tampered =
        cli(QStringList{QStringLiteral("restore")} + as(path) + QStringList{QStringLiteral("--from"), backup});
    CHECK(tampered.code != 0);
    CHECK(tampered.err.contains("sha256"));
}

TEST_CASE("cli: demo with the same seed and date gives identical exports")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray exports[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = dir.filePath(QStringLiteral("demo%1.db").arg(i));
        const Run demo =
            cli(QStringList{QStringLiteral("demo")} + db(path) +
                    QStringList{QStringLiteral("--nominals"), QStringLiteral("50"), QStringLiteral("--seed"),
                                QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-11-01")},
                i == 0 ? QByteArray() : QByteArray("demo-passphrase"));
        INFO("stderr: " << demo.err.toStdString());
        REQUIRE(demo.code == 0);
        // The generator's administrator is "admin"; every demo user shares the demo password:
        // SOMDESK_PASSWORD, else the default, which passes the password policy.
        exports[i] = ok(QStringList{QStringLiteral("export")} + as(path, QStringLiteral("admin")),
                        i == 0 ? QByteArray("demo-password") : QByteArray("demo-passphrase"))
                         .out;
        const QJsonObject b = QJsonDocument::fromJson(exports[i]).object();
        CHECK(b.value(QStringLiteral("nominals")).toArray().size() == 50);
    }
    CHECK(exports[0] == exports[1]);
}
