// Records changed in the file (docs/security.md): an entry edited with the sqlite3 shell
// passes `check --full` and `audit verify`, and `audit verify --deep` names the nominal and
// the audit row whose content digest it no longer matches, through the real somdesk-cli.

#include "CliRun.h"
#include "TestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

QStringList deepArgs(const QString& path)
{
    return QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path) +
           QStringList{QStringLiteral("--deep")};
}

} // namespace

TEST_CASE("threat: an entry edited in the file with the sqlite3 shell passes check --full and audit verify",
          "[security][audit][tamper][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("live.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    const Run clean = ok(deepArgs(path));
    CHECK_THAT(clean.out.toStdString(), Contains("2 records match their content digests; 0 with no digest yet"));

    const QByteArray row =
        sqliteShell(path, QStringLiteral("SELECT MAX(seq) FROM audit_log WHERE record_ref = 'N000123' AND detail LIKE "
                                         "'%content=%'"));
    REQUIRE(row.toLongLong() > 0);
    sqliteShell(path,
                QStringLiteral("DROP TRIGGER entries_no_update; UPDATE entries SET text = 'Nothing of note' WHERE "
                               "entry_id = 'E1' AND nominal_id = (SELECT id FROM nominals WHERE ref = 'N000123');"));
    // What passed before this control, and still passes: the file's structure and the chain.
    ok(QStringList{QStringLiteral("check")} + db(path) + QStringList{QStringLiteral("--full")});
    ok(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(path));

    const Run deep = cli(deepArgs(path));
    CHECK(deep.code != 0);
    const std::string err = deep.err.toStdString();
    CHECK_THAT(err, Contains("nominal N000123"));
    CHECK_THAT(err, Contains("audit row " + row.toStdString()));
    CHECK_THAT(err, !Contains("Nothing of note")); // never the record's content
    CHECK(deep.err.count('\n') == 1);              // N000200 is untouched
}
