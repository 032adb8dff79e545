// somdesk-cli osp: the command-line contract of static-scores.md (no database, exit codes,
// the JSON object with and without errors, the table).

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace somdesk::test;

namespace {

struct OspRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

OspRun osp(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(SOMDESK_CLI_PATH), QStringList{QStringLiteral("osp")} + args);
    REQUIRE(p.waitForStarted(10000));
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    OspRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString fixture(const char* name)
{
    return dataDir() + QStringLiteral("/osp/") + QString::fromLatin1(name);
}

QJsonObject parsed(const QByteArray& out)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    INFO(out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("cli osp: a valid input prints both scores and exits 0, no database needed", "[cli][osp]")
{
    QTemporaryDir dir; // run where there is no database at all
    const OspRun r = osp({QStringLiteral("--input"), fixture("medium-28.json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = parsed(r.out);
    CHECK(o.value(QLatin1String("tool")).toString() == QLatin1String("OSP/DC+OSP/IIC"));
    CHECK_FALSE(o.value(QLatin1String("version")).toString().isEmpty());
    const QJsonObject dc = o.value(QLatin1String("osp_dc")).toObject();
    CHECK(dc.value(QLatin1String("band")).toString() == QLatin1String("medium"));
    CHECK(dc.value(QLatin1String("points")).toInt() == 28);
    CHECK(dc.value(QLatin1String("probability_percent")).toDouble() == 1.54);
    CHECK(dc.value(QLatin1String("band_reduced")).toBool() == false);
    CHECK(dc.value(QLatin1String("items")).toObject().value(QLatin1String("contact_adult")).toInt() == 5);
    CHECK(o.value(QLatin1String("osp_iic")).toObject().value(QLatin1String("band")).toString() ==
          QLatin1String("low"));
    CHECK(o.value(QLatin1String("errors")).toArray().isEmpty());
}

TEST_CASE("cli osp: validation errors print the object with null scores and exit 2", "[cli][osp]")
{
    const OspRun r = osp({QStringLiteral("--input"), QStringLiteral("-")},
                         R"({"sex": "male", "sexual_offence_history": true, "date_of_birth": "1980-06-15",
                             "follow_up_start": "2020-01-01", "total_sanctions": 0, "supervision": "custody",
                             "contact_adult_sanctions": 0, "contact_child_sanctions": 0,
                             "image_indirect_sanctions": 0, "non_contact_sanctions": 0,
                             "last_sexual_offence_date": "2019-01-01"})");
    REQUIRE(r.code == 2);
    const QJsonObject o = parsed(r.out);
    CHECK(o.value(QLatin1String("osp_dc")).isNull());
    CHECK(o.value(QLatin1String("osp_iic")).isNull());
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].toObject().value(QLatin1String("code")).toString() == QLatin1String("missing_input"));
    CHECK(errors[0].toObject().value(QLatin1String("field")).toString() == QLatin1String("assessment_date"));
    CHECK(errors[1].toObject().value(QLatin1String("code")).toString() ==
          QLatin1String("total_sanctions_out_of_range"));
    CHECK(errors[1].toObject().value(QLatin1String("field")).toString() == QLatin1String("total_sanctions"));
    CHECK(errors[2].toObject().value(QLatin1String("code")).toString() == QLatin1String("no_sexual_sanctions"));
    CHECK(errors[2].toObject().value(QLatin1String("field")).isNull());
}

TEST_CASE("cli osp: the table format explains each item", "[cli][osp]")
{
    const OspRun r = osp({QStringLiteral("--input"), fixture("medium-28.json"), QStringLiteral("--format"),
                          QStringLiteral("table")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("OSP/DC   medium  1.54 %  28 points"));
    CHECK(r.out.contains("contact-adult sanctions"));
    CHECK(r.out.contains("OSP/IIC  low  0.00 %"));
}

TEST_CASE("cli osp: usage and input errors", "[cli][osp]")
{
    CHECK(osp({}).code == 2);
    CHECK(osp({QStringLiteral("--input"), fixture("medium-28.json"), QStringLiteral("--format"),
               QStringLiteral("csv")})
              .code == 2);
    const OspRun missingFile = osp({QStringLiteral("--input"), fixture("no-such-file.json")});
    CHECK(missingFile.code == 1);
    CHECK(missingFile.err.contains("cannot read"));
    const OspRun badKey = osp({QStringLiteral("--input"), QStringLiteral("-")}, R"({"sexx": "male"})");
    CHECK(badKey.code == 2);
    CHECK(badKey.err.contains("sexx: unknown key"));
    CHECK(badKey.out.isEmpty());
    CHECK(osp({QStringLiteral("--help")}).code == 0);
}
