// somdesk-cli workload: a sergeant's team per officer as JSON and as a table; an officer is
// refused with a non-zero exit and the refusal is audited.

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kSergeantPassword = "cli-sergeant-pass";
const QByteArray kOfficerPassword = "cli-officer-pass";

QStringList workload(const QString& db, const QString& user, const QString& format)
{
    return {QStringLiteral("workload"),
            QStringLiteral("--database"),
            db,
            QStringLiteral("--user"),
            user,
            QStringLiteral("--as-of"),
            QStringLiteral("2026-11-01"),
            QStringLiteral("--format"),
            format};
}

} // namespace

TEST_CASE("cli: workload prints the team per officer, and refuses an officer")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("workload.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    for (const auto& [user, pw] : {std::pair{QStringLiteral("ps0042"), kSergeantPassword},
                                   std::pair{QStringLiteral("pc4521"), kOfficerPassword}}) {
        ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
               QStringList{QStringLiteral("--username"), user},
           kPassword, pw);
    }
    const Run json = ok(workload(path, QStringLiteral("ps0042"), QStringLiteral("json")), kSergeantPassword);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    CHECK(o.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-01"));
    CHECK(o.value(QStringLiteral("caseload_limit")).toInt() == 60);
    const QJsonArray officers = o.value(QStringLiteral("officers")).toArray();
    REQUIRE(officers.size() == 2);
    CHECK(officers.at(0).toObject().value(QStringLiteral("officer")).toString() == QStringLiteral("pc1111"));
    const QJsonObject pc4521 = officers.at(1).toObject();
    CHECK(pc4521.value(QStringLiteral("officer")).toString() == QStringLiteral("pc4521"));
    CHECK(pc4521.value(QStringLiteral("caseload")).toInt() == 1);
    CHECK(pc4521.value(QStringLiteral("over_limit")).toBool() == false);
    CHECK(o.value(QStringLiteral("total")).toObject().value(QStringLiteral("caseload")).toInt() == 2);

    const Run table = ok(workload(path, QStringLiteral("ps0042"), QStringLiteral("table")), kSergeantPassword);
    CHECK_THAT(table.out.toStdString(), Contains("pc4521") && Contains("1/60"));

    const Run refused = cli(workload(path, QStringLiteral("pc4521"), QStringLiteral("json")), kOfficerPassword);
    CHECK(refused.code != 0);
    CHECK_THAT(refused.err.toStdString(), Contains("permission denied"));
    CHECK(refused.out.isEmpty());
    const Run log = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + as(path) +
                       QStringList{QStringLiteral("--by"), QStringLiteral("pc4521"), QStringLiteral("--purpose"),
                                   QStringLiteral("audit review")});
    CHECK_THAT(log.out.toStdString(), Contains("refusal") && Contains("read the team or area workload"));
}
