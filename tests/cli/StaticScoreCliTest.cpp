// somdesk-cli record static-score: a computed score from its inputs (tool and version by
// default) or an entered one; prints where it landed, the export carries it with its result,
// and a bad file is refused naming the field.

#include "CliRun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kOfficerPassword = "cli-officer-pass";

// N000123 (pc4521's, born 1979-04-02): OSP/DC 28 points, medium; OSP/IIC low.
const QByteArray kInputs = R"({"sex": "male", "sexual_offence_history": true, "date_of_birth": "1979-04-02",
 "assessment_date": "2024-06-15", "follow_up_start": "2020-01-01", "total_sanctions": 3,
 "contact_adult_sanctions": 1, "contact_child_sanctions": 0, "image_indirect_sanctions": 0,
 "non_contact_sanctions": 0, "last_sexual_offence_date": "2019-05-01", "stranger_victim": null,
 "supervision": "community", "most_recent_offence_date": null})";

QStringList recordScore(const QString& db, const QString& json)
{
    return {QStringLiteral("record"),     QStringLiteral("static-score"),
            QStringLiteral("--database"), db,
            QStringLiteral("--user"),     QStringLiteral("pc4521"),
            QStringLiteral("--nominal"),  QStringLiteral("N000123"),
            QStringLiteral("--json"),     json};
}

struct ScoreDb {
    QTemporaryDir dir;
    QString path;

    ScoreDb()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("scores.db"));
        initDb(path);
        ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
        ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
               QStringList{QStringLiteral("--username"), QStringLiteral("pc4521")},
           kPassword, kOfficerPassword);
    }

    QString file(const char* name, const QByteArray& json) { return writeJson(dir, QString::fromLatin1(name), json); }

    QJsonArray exportedScores()
    {
        const QJsonObject bundle = QJsonDocument::fromJson(exportOf(path)).object();
        for (const QJsonValue& v : bundle.value(QStringLiteral("nominals")).toArray()) {
            if (v.toObject().value(QStringLiteral("ref")).toString() == QStringLiteral("N000123")) {
                return v.toObject().value(QStringLiteral("static_scores")).toArray();
            }
        }
        FAIL("N000123 not exported");
        return {};
    }

    int scoreCount() { return int(exportedScores().size()); }
};

} // namespace

TEST_CASE("cli: record a computed static score from its inputs and export it with its result")
{
    ScoreDb d;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const Run made = ok(recordScore(d.path, d.file("score.json", "{\"inputs\": " + kInputs + "}")), kOfficerPassword);
    CHECK(made.out == "static_scores[0]\n");
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);

    const QJsonArray scores = d.exportedScores();
    REQUIRE(scores.size() == 1);
    const QJsonObject s = scores.at(0).toObject();
    CHECK(s.keys().size() == 7);
    CHECK(s.value(QStringLiteral("tool")).toString() == QStringLiteral("OSP/DC+OSP/IIC"));
    CHECK(s.value(QStringLiteral("version")).toString() == QStringLiteral("moj-2026-08"));
    CHECK(s.value(QStringLiteral("assessment_date")).toString() == QStringLiteral("2024-06-15"));
    CHECK(s.value(QStringLiteral("by")).toString() == QStringLiteral("pc4521"));
    const QString recordedAt = s.value(QStringLiteral("recorded_at")).toString();
    const QDateTime at = QDateTime::fromString(recordedAt, Qt::ISODate);
    INFO(recordedAt.toStdString());
    CHECK(recordedAt.endsWith(QLatin1Char('Z')));
    CHECK(at >= before);
    CHECK(at <= after);
    CHECK(s.value(QStringLiteral("inputs")).toObject() == QJsonDocument::fromJson(kInputs).object());
    const QJsonObject dc = s.value(QStringLiteral("result")).toObject().value(QStringLiteral("osp_dc")).toObject();
    CHECK(dc.value(QStringLiteral("points")).toInt() == 28);
    CHECK(dc.value(QStringLiteral("band")).toString() == QStringLiteral("medium"));
    CHECK(dc.value(QStringLiteral("probability_percent")).toDouble() == 1.54);
    const QJsonObject iic = s.value(QStringLiteral("result")).toObject().value(QStringLiteral("osp_iic")).toObject();
    CHECK(iic.value(QStringLiteral("band")).toString() == QStringLiteral("low"));

    // The export imports into a new database as it is.
    QTemporaryDir other;
    REQUIRE(other.isValid());
    const QString copy = other.filePath(QStringLiteral("copy.db"));
    initDb(copy);
    const QString exported = writeJson(other, QStringLiteral("export.json"), exportOf(d.path));
    ok(QStringList{QStringLiteral("import")} + as(copy) + QStringList{exported});
    CHECK(exportOf(copy) == exportOf(d.path));
}

TEST_CASE("cli: record an entered static score; the next one lands after it")
{
    ScoreDb d;
    const Run entered = ok(recordScore(d.path, d.file("entered.json", R"({"tool": "RM2000/S", "version": "2000",
        "assessment_date": "2023-01-10", "category": "High", "source": "Probation pre-sentence report"})")),
                           kOfficerPassword);
    CHECK(entered.out == "static_scores[0]\n");
    const Run computed =
        ok(recordScore(d.path, d.file("score.json", "{\"inputs\": " + kInputs + "}")), kOfficerPassword);
    CHECK(computed.out == "static_scores[1]\n");

    const QJsonArray scores = d.exportedScores();
    REQUIRE(scores.size() == 2);
    const QJsonObject s = scores.at(0).toObject();
    CHECK(s.value(QStringLiteral("tool")).toString() == QStringLiteral("RM2000/S"));
    CHECK(s.value(QStringLiteral("version")).toString() == QStringLiteral("2000"));
    CHECK(s.value(QStringLiteral("assessment_date")).toString() == QStringLiteral("2023-01-10"));
    CHECK(s.value(QStringLiteral("by")).toString() == QStringLiteral("pc4521"));
    CHECK(s.value(QStringLiteral("category")).toString() == QStringLiteral("High"));
    CHECK(s.value(QStringLiteral("source")).toString() == QStringLiteral("Probation pre-sentence report"));
    CHECK_FALSE(s.contains(QStringLiteral("inputs")));
    CHECK_FALSE(s.contains(QStringLiteral("result")));
    CHECK(scores.at(1).toObject().value(QStringLiteral("tool")).toString() == QStringLiteral("OSP/DC+OSP/IIC"));
}

TEST_CASE("cli: a bad static score file exits non-zero naming the field, and records nothing")
{
    ScoreDb d;
    auto refused = [&](const char* name, const QByteArray& json, const char* message) {
        INFO(name);
        const Run r = cli(recordScore(d.path, d.file(name, json)), kOfficerPassword);
        CHECK(r.code != 0);
        CHECK(r.out.isEmpty());
        CHECK_THAT(r.err.toStdString(), Contains(message));
    };
    QByteArray noFollowUp = kInputs;
    noFollowUp.replace(R"("follow_up_start": "2020-01-01", )", "");
    refused("invalid.json", "{\"inputs\": " + noFollowUp + "}",
            "inputs: not a valid assessment: missing_input (follow_up_start)");
    refused("by.json", "{\"by\": \"pc4521\", \"inputs\": " + kInputs + "}",
            "by: set by somdesk when the score is recorded");
    refused("result.json", "{\"inputs\": " + kInputs + ", \"result\": {}}",
            "result: set by somdesk when the score is recorded");
    QByteArray otherPerson = kInputs;
    otherPerson.replace(R"("date_of_birth": "1979-04-02")", R"("date_of_birth": "1980-06-15")");
    refused("dob.json", "{\"inputs\": " + otherPerson + "}", "inputs.date_of_birth:");
    QByteArray future = kInputs;
    const QByteArray tomorrow = QDateTime::currentDateTimeUtc().date().addDays(2).toString(Qt::ISODate).toLatin1();
    future.replace(R"("assessment_date": "2024-06-15")", "\"assessment_date\": \"" + tomorrow + "\"");
    refused("future.json", "{\"inputs\": " + future + "}", "assessment_date: in the future");
    refused("sex.json", R"({"inputs": {"sex": "man"}})", "inputs.sex: must be one of male, female");
    refused("entered.json", R"({"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10",
        "category": "High"})",
            "source: required for a score entered from another tool");
    refused("notjson.json", "{\"inputs\": ", "not valid JSON");
    CHECK(d.scoreCount() == 0);

    // Nor may an admin record one.
    const QString good = d.file("good.json", "{\"inputs\": " + kInputs + "}");
    QStringList asAdmin = recordScore(d.path, good);
    asAdmin[asAdmin.indexOf(QStringLiteral("pc4521"))] = kAdmin;
    const Run admin = cli(asAdmin);
    CHECK(admin.code != 0);
    CHECK_THAT(admin.err.toStdString(), Contains("permission denied"));
    CHECK(d.scoreCount() == 0);
}
