// somdesk-cli dip-sample draw|list|record: the draw's JSON keys exactly, one draw per period,
// the list in the bundle's shape, findings recorded from a JSON file, and refusals that exit
// non-zero with their message and leave an audit row.

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
const QByteArray kInspectorPassword = "cli-inspector-pass";

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList dip(const QString& sub, const QString& path, const QString& user, const QStringList& extra = {})
{
    return QStringList{s("dip-sample"), sub, s("--database"), path, s("--user"), user} + extra;
}

QStringList keysOf(const QJsonObject& o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QString setUp(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(s("dip.db"));
    initDb(path);
    ok(QStringList{s("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{s("user"), s("passwd")} + as(path) + QStringList{s("--username"), s("ps0042")}, kPassword,
       kSergeantPassword);
    ok(QStringList{s("user"), s("passwd")} + as(path) + QStringList{s("--username"), s("pc4521")}, kPassword,
       kOfficerPassword);
    ok(QStringList{s("user"), s("passwd")} + as(path) + QStringList{s("--username"), s("insp0012")}, kPassword,
       kInspectorPassword);
    return path;
}

const QByteArray kFindings = R"({"items": [
  {"item": "plan_current", "finding": "compliant"},
  {"item": "arms_in_time", "finding": "compliant"},
  {"item": "entries_acknowledged", "finding": "not_compliant", "note": "Two entries unacknowledged"},
  {"item": "concerns_reviewed", "finding": "not_applicable"},
  {"item": "oversight_recorded", "finding": "compliant"},
  {"item": "mappa_screening_right", "finding": "compliant"},
  {"item": "visits_per_plan", "finding": "compliant"},
  {"item": "claims_verified", "finding": "compliant"}]})";

} // namespace

TEST_CASE("cli: dip-sample draw prints exactly the contract's keys and refuses a second draw")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = setUp(dir);

    const Run drawn = ok(dip(s("draw"), path, s("ps0042"),
                             {s("--period"), s("2026-11"), s("--seed"), s("918273"), s("--format"), s("json")}),
                         kSergeantPassword);
    const QJsonObject o = QJsonDocument::fromJson(drawn.out).object();
    CHECK(keysOf(o) == QStringList{s("drawn_at"), s("period"), s("records"), s("seed"), s("sergeant")});
    CHECK(o.value(s("period")).toString() == s("2026-11"));
    CHECK(o.value(s("sergeant")).toString() == s("ps0042"));
    CHECK(o.value(s("seed")).toInteger() == 918273);
    CHECK(o.value(s("drawn_at")).toString().endsWith(QLatin1Char('Z')));
    // Team A's only active officer, pc4521, owns one registered case.
    const QJsonArray records = o.value(s("records")).toArray();
    REQUIRE(records.size() == 1);
    CHECK(keysOf(records.at(0).toObject()) == QStringList{s("nominal"), s("officer")});
    CHECK(records.at(0).toObject().value(s("officer")).toString() == s("pc4521"));
    CHECK(records.at(0).toObject().value(s("nominal")).toString() == s("N000123"));

    const Run again =
        cli(dip(s("draw"), path, s("ps0042"), {s("--period"), s("2026-11"), s("--seed"), s("1")}), kSergeantPassword);
    CHECK(again.code == 1);
    CHECK_THAT(again.err.toStdString(), Contains("period: you already drew the dip sample of 2026-11 (seed 918273"));

    // Without --seed a seed is chosen and printed; the table form names it too.
    const Run chosen = ok(dip(s("draw"), path, s("ps0042"), {s("--period"), s("2026-09"), s("--format"), s("table")}),
                          kSergeantPassword);
    CHECK_THAT(chosen.out.toStdString(), Contains("dip sample 2026-09 by ps0042, seed "));
    CHECK_THAT(chosen.out.toStdString(), Contains("pc4521"));

    const Run future = cli(dip(s("draw"), path, s("ps0042"), {s("--period"), s("2999-01")}), kSergeantPassword);
    CHECK(future.code == 1);
    CHECK_THAT(future.err.toStdString(), Contains("period: 2999-01 is in the future"));
    const Run badSeed = cli(dip(s("draw"), path, s("ps0042"), {s("--seed"), s("lucky")}), kSergeantPassword);
    CHECK(badSeed.code == 2);
    CHECK_THAT(badSeed.err.toStdString(), Contains("seed: must be a whole number"));
    const Run badFormat = cli(dip(s("draw"), path, s("ps0042"), {s("--format"), s("xml")}), kSergeantPassword);
    CHECK(badFormat.code == 2);
    for (const QStringList& help :
         {QStringList{s("dip-sample"), s("--help")}, QStringList{s("dip-sample"), s("draw"), s("--help")},
          QStringList{s("dip-sample"), s("list"), s("--help")},
          QStringList{s("dip-sample"), s("record"), s("--help")}}) {
        const Run r = cli(help, {});
        CHECK(r.code == 0);
        CHECK_FALSE(r.out.trimmed().isEmpty());
    }
    CHECK(cli({s("--help")}, {}).out.contains("  dip-sample"));
    const Run noSub = cli({s("dip-sample")});
    CHECK(noSub.code == 2);
    CHECK_THAT(noSub.err.toStdString(), Contains("draw, list, record"));
}

TEST_CASE("cli: dip-sample as an officer is refused, changes nothing and is audited")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = setUp(dir);
    const QByteArray before = exportOf(path);

    const Run refused = cli(dip(s("draw"), path, s("pc4521"), {s("--period"), s("2026-11")}), kOfficerPassword);
    CHECK(refused.code != 0);
    CHECK_THAT(refused.err.toStdString(), Contains("permission denied"));
    CHECK(refused.out.isEmpty());
    const QString findings = writeJson(dir, s("findings.json"), kFindings);
    const Run record = cli(dip(s("record"), path, s("pc4521"), {s("--nominal"), s("N000123"), s("--json"), findings}),
                           kOfficerPassword);
    CHECK(record.code != 0);
    CHECK_THAT(record.err.toStdString(), Contains("permission denied"));
    const Run listed = cli(dip(s("list"), path, s("pc4521")), kOfficerPassword);
    CHECK(listed.code != 0);

    CHECK(exportOf(path) == before);
    const Run trail = ok(QStringList{s("audit"), s("show"), s("--by"), s("pc4521")} + as(path));
    CHECK(trail.out.count("\trefusal\trefusal\t") == 3); // operation and record type
    CHECK(trail.out.contains("draw a dip sample"));
    CHECK(trail.out.contains("record dip-sample findings"));
    CHECK(trail.out.contains("list dip samples"));
}

TEST_CASE("cli: dip-sample record and list")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = setUp(dir);
    ok(dip(s("draw"), path, s("ps0042"), {s("--period"), s("2026-11"), s("--seed"), s("7")}), kSergeantPassword);

    // A not_compliant finding without a note is refused, naming its place.
    const QString bad =
        writeJson(dir, s("bad.json"), QByteArray(kFindings).replace(R"(, "note": "Two entries unacknowledged")", ""));
    const Run refused =
        cli(dip(s("record"), path, s("ps0042"), {s("--nominal"), s("N000123"), s("--json"), bad}), kSergeantPassword);
    CHECK(refused.code == 1);
    CHECK_THAT(refused.err.toStdString(), Contains("items[2].note: required when the finding is not_compliant"));

    // The period defaults to the latest draw holding the nominal (2026-11, not full.json's 2026-10).
    const QString good = writeJson(dir, s("good.json"), kFindings);
    const Run made =
        ok(dip(s("record"), path, s("ps0042"), {s("--nominal"), s("N000123"), s("--json"), good}), kSergeantPassword);
    CHECK(made.out == "findings recorded: 2026-11 N000123\n");
    const Run again =
        cli(dip(s("record"), path, s("ps0042"), {s("--nominal"), s("N000123"), s("--json"), good}), kSergeantPassword);
    CHECK(again.code == 1);
    CHECK_THAT(again.err.toStdString(), Contains("recorded findings are not replaced"));

    // The list: a JSON array in the bundle's shape, completed records with their items in policy order.
    const Run listed = ok(dip(s("list"), path, s("ps0042"), {s("--format"), s("json")}), kSergeantPassword);
    const QJsonArray samples = QJsonDocument::fromJson(listed.out).array();
    REQUIRE(samples.size() == 2);
    CHECK(samples.at(0).toObject().value(s("period")).toString() == s("2026-10"));
    const QJsonObject november = samples.at(1).toObject();
    CHECK(keysOf(november) == QStringList{s("drawn_at"), s("period"), s("records"), s("seed"), s("sergeant")});
    CHECK(november.value(s("seed")).toInteger() == 7);
    const QJsonObject rec = november.value(s("records")).toArray().at(0).toObject();
    CHECK(keysOf(rec) == QStringList{s("completed_at"), s("items"), s("nominal"), s("officer")});
    const QJsonArray items = rec.value(s("items")).toArray();
    REQUIRE(items.size() == 8);
    CHECK(items.at(0).toObject().value(s("item")).toString() == s("arms_in_time"));
    CHECK(items.at(1).toObject().value(s("note")).toString() == s("Two entries unacknowledged"));
    CHECK(items.at(7).toObject().value(s("item")).toString() == s("plan_current"));

    const Run oneMonth =
        ok(dip(s("list"), path, s("insp0012"), {s("--period"), s("2026-11"), s("--format"), s("table")}),
           kInspectorPassword);
    CHECK_THAT(oneMonth.out.toStdString(), Contains("2026-11"));
    CHECK_THAT(oneMonth.out.toStdString(), Contains("1 of 1 record(s) completed: compliant 6, not compliant 1, "
                                                    "not applicable 1"));
}
