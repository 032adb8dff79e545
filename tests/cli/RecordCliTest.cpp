// somdesk-cli record: casework from a JSON object of a bundle list element's shape; prints
// where it landed, refuses bad input naming the field, and the export carries the record.

#include "CliRun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kOfficerPassword = "cli-officer-pass";

QStringList record(const QString& kind, const QString& db, const QString& json,
                   const QString& nominal = QStringLiteral("N000123"))
{
    return {QStringLiteral("record"),     kind,
            QStringLiteral("--database"), db,
            QStringLiteral("--user"),     QStringLiteral("pc4521"),
            QStringLiteral("--nominal"),  nominal,
            QStringLiteral("--json"),     json};
}

} // namespace

TEST_CASE("cli: record a visit, refuse a future one, and export what was recorded")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("record.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
           QStringList{QStringLiteral("--username"), QStringLiteral("pc4521")},
       kPassword, kOfficerPassword);

    const QString today = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    const QString visit = writeJson(dir, QStringLiteral("visit.json"),
                                    QStringLiteral(R"({"date": "%1", "time": "18:05", "type": "home",
                                        "announced": false, "checks": ["address", "devices"],
                                        "outcome": "Seen at home"})")
                                        .arg(today)
                                        .toUtf8());
    const Run made = ok(record(QStringLiteral("visit"), path, visit), kOfficerPassword);
    CHECK(made.out == "visits[2]\n");

    const QString future = writeJson(dir, QStringLiteral("future.json"),
                                     QStringLiteral(R"({"date": "%1", "type": "home"})")
                                         .arg(QDateTime::currentDateTimeUtc().date().addDays(2).toString(Qt::ISODate))
                                         .toUtf8());
    const Run refused = cli(record(QStringLiteral("visit"), path, future), kOfficerPassword);
    CHECK(refused.code != 0);
    CHECK_THAT(refused.err.toStdString(), Contains("date: in the future"));

    const QString badCheck =
        writeJson(dir, QStringLiteral("bad.json"),
                  QStringLiteral(R"({"date": "%1", "checks": ["address", 7]})").arg(today).toUtf8());
    const Run badRun = cli(record(QStringLiteral("visit"), path, badCheck), kOfficerPassword);
    CHECK(badRun.code != 0);
    CHECK_THAT(badRun.err.toStdString(), Contains("checks[1]"));

    const Run unknown = cli(record(QStringLiteral("horoscope"), path, visit), kOfficerPassword);
    CHECK(unknown.code != 0);
    CHECK_THAT(unknown.err.toStdString(), Contains("unknown KIND"));

    // An officer may not decide a MAPPA referral.
    const QString referral = writeJson(dir, QStringLiteral("referral.json"),
                                       QStringLiteral(R"({"decided_on": "%1", "referred": false,
                                           "reason": "Synthetic reason"})")
                                           .arg(today)
                                           .toUtf8());
    const Run denied = cli(record(QStringLiteral("mappa-referral"), path, referral), kOfficerPassword);
    CHECK(denied.code != 0);
    CHECK_THAT(denied.err.toStdString(), Contains("permission denied"));

    const QString concern = writeJson(dir, QStringLiteral("concern.json"),
                                      QByteArrayLiteral(R"({"text": "Synthetic concern", "proposed_risk_level":
                                          "very_high", "rationale": "Synthetic rationale", "escalating": true})"));
    const Run raised = ok(record(QStringLiteral("concern"), path, concern), kOfficerPassword);
    CHECK(raised.out.startsWith('E'));

    // The export holds the visit exactly as given, after the two from the bundle.
    const QJsonObject bundle = QJsonDocument::fromJson(exportOf(path)).object();
    QJsonObject n;
    for (const auto& v : bundle.value(QStringLiteral("nominals")).toArray()) {
        if (v.toObject().value(QStringLiteral("ref")).toString() == QStringLiteral("N000123")) {
            n = v.toObject();
        }
    }
    const QJsonArray visits = n.value(QStringLiteral("visits")).toArray();
    REQUIRE(visits.size() == 3);
    const QJsonObject last = visits.last().toObject();
    CHECK(last.value(QStringLiteral("date")).toString() == today);
    CHECK(last.value(QStringLiteral("by")).toString() == QStringLiteral("pc4521"));
    CHECK(last.value(QStringLiteral("time")).toString() == QStringLiteral("18:05"));
    CHECK(last.value(QStringLiteral("checks")).toArray() ==
          QJsonArray{QStringLiteral("address"), QStringLiteral("devices")});
    CHECK(last.value(QStringLiteral("announced")).toBool(true) == false);
    CHECK(n.value(QStringLiteral("reviews")).toArray().size() == 3);
}

TEST_CASE("cli: record details keeps the old values in the exported history and names a bad field")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("details.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
           QStringList{QStringLiteral("--username"), QStringLiteral("pc4521")},
       kPassword, kOfficerPassword);
    const QString change =
        writeJson(dir, QStringLiteral("details.json"), QByteArrayLiteral(R"({"address": "7 Fictional Terrace",
                                         "reason": "Change of address notified"})"));
    const Run made = ok(record(QStringLiteral("details"), path, change), kOfficerPassword);
    CHECK(made.out == "details_history[1]\n"); // full.json holds one earlier change

    const Run again = cli(record(QStringLiteral("details"), path, change), kOfficerPassword);
    CHECK(again.code != 0);
    CHECK_THAT(again.err.toStdString(), Contains("details: nothing changes"));
    const Run bad =
        cli(record(QStringLiteral("details"), path,
                   writeJson(dir, QStringLiteral("bad.json"), QByteArrayLiteral(R"({"ref": "N1", "reason": "x"})"))),
            kOfficerPassword);
    CHECK(bad.code != 0);
    CHECK_THAT(bad.err.toStdString(), Contains("ref: not an editable detail"));

    const QJsonObject bundle = QJsonDocument::fromJson(exportOf(path)).object();
    QJsonObject n;
    for (const QJsonValue& v : bundle.value(QStringLiteral("nominals")).toArray()) {
        if (v.toObject().value(QStringLiteral("ref")).toString() == QStringLiteral("N000123")) {
            n = v.toObject();
        }
    }
    CHECK(n.value(QStringLiteral("address")).toString() == QStringLiteral("7 Fictional Terrace"));
    const QJsonArray history = n.value(QStringLiteral("details_history")).toArray();
    REQUIRE(history.size() == 2);
    const QJsonObject last = history.at(1).toObject();
    CHECK(last.value(QStringLiteral("by")).toString() == QStringLiteral("pc4521"));
    const QJsonObject field = last.value(QStringLiteral("changes")).toArray().at(0).toObject();
    CHECK(field.value(QStringLiteral("field")).toString() == QStringLiteral("address"));
    CHECK(field.value(QStringLiteral("from")).toString() == QStringLiteral("1 Example Street, Testtown, TE1 1ST"));
    CHECK(field.value(QStringLiteral("to")).toString() == QStringLiteral("7 Fictional Terrace"));
}
