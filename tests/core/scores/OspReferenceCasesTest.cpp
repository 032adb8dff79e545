// The Ministry of Justice reference service's own test cases for OSP/DC and OSP/IIC
// (ministryofjustice/hmpps-arns-risk-actuarial-api), translated into our input keys in
// tests/data/osp/reference-cases.json, run through the JSON reader and the calculator.
// docs/static-scores-notes.md, "Reference test cases", says where each came from and why some
// expect the specification's result rather than the reference's.

#include "TestSupport.h"
#include "core/scores/OspCalculator.h"
#include "core/scores/OspJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

#include <string>

using namespace somdesk;

namespace {

// Every case in the file counts; an emptied or truncated file must fail.
constexpr int kMinimumCases = 35;

QJsonArray loadCases()
{
    const QByteArray bytes = test::readFile(test::dataDir() + QStringLiteral("/osp/reference-cases.json"));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    INFO(pe.errorString().toStdString());
    REQUIRE(pe.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

std::string str(const QString& s)
{
    return s.toStdString();
}

std::string errorsText(const QList<OspValidationError>& errors)
{
    std::string s;
    for (const auto& e : errors) {
        s += str(e.code) + ":" + (e.field.isEmpty() ? std::string("null") : str(e.field)) + " ";
    }
    return s;
}

std::string expectedErrorsText(const QJsonArray& errors)
{
    std::string s;
    for (const auto& v : errors) {
        const QJsonObject e = v.toObject();
        const QJsonValue field = e.value(QLatin1String("field"));
        s += str(e.value(QLatin1String("code")).toString()) + ":" +
             (field.isNull() ? std::string("null") : str(field.toString())) + " ";
    }
    return s;
}

void requireOnlyKeys(const QJsonObject& o, const QSet<QString>& allowed, const char* what)
{
    for (const QString& key : o.keys()) {
        INFO(what << ": unexpected key " << str(key));
        CHECK(allowed.contains(key));
    }
}

void checkDc(const QJsonObject& want, const OspDcResult& dc)
{
    requireOnlyKeys(want,
                    {QStringLiteral("band"), QStringLiteral("points"), QStringLiteral("probability_percent"),
                     QStringLiteral("band_reduced")},
                    "osp_dc");
    // Every expectation names the band; the other fields are checked when the case gives them.
    REQUIRE(want.contains(QLatin1String("band")));
    CHECK(str(toString(dc.band)) == str(want.value(QLatin1String("band")).toString()));
    if (want.contains(QLatin1String("points"))) {
        const QJsonValue points = want.value(QLatin1String("points"));
        if (points.isNull()) {
            CHECK_FALSE(dc.points.has_value());
        } else {
            REQUIRE(points.isDouble());
            REQUIRE(dc.points.has_value());
            CHECK(*dc.points == points.toInt());
        }
    }
    if (want.contains(QLatin1String("probability_percent"))) {
        const QJsonValue percent = want.value(QLatin1String("probability_percent"));
        REQUIRE(percent.isDouble());
        CHECK(dc.probabilityPercent == percent.toDouble());
    }
    if (want.contains(QLatin1String("band_reduced"))) {
        const QJsonValue reduced = want.value(QLatin1String("band_reduced"));
        if (reduced.isNull()) {
            CHECK_FALSE(dc.bandReduced.has_value());
        } else {
            REQUIRE(reduced.isBool());
            REQUIRE(dc.bandReduced.has_value());
            CHECK(*dc.bandReduced == reduced.toBool());
        }
    }
}

void checkIic(const QJsonObject& want, const OspIicResult& iic)
{
    requireOnlyKeys(want, {QStringLiteral("band"), QStringLiteral("probability_percent")}, "osp_iic");
    REQUIRE(want.contains(QLatin1String("band")));
    REQUIRE(want.contains(QLatin1String("probability_percent")));
    CHECK(str(toString(iic.band)) == str(want.value(QLatin1String("band")).toString()));
    const QJsonValue percent = want.value(QLatin1String("probability_percent"));
    REQUIRE(percent.isDouble());
    CHECK(iic.probabilityPercent == percent.toDouble());
}

void runCase(const QJsonObject& c)
{
    requireOnlyKeys(c,
                    {QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("input"),
                     QStringLiteral("expected"), QStringLiteral("expected_errors"), QStringLiteral("note")},
                    "case");
    REQUIRE(c.value(QLatin1String("input")).isObject());
    const bool hasExpected = c.contains(QLatin1String("expected"));
    const bool hasErrors = c.contains(QLatin1String("expected_errors"));
    INFO("a case has exactly one of expected and expected_errors");
    REQUIRE(hasExpected != hasErrors);

    const QByteArray input = QJsonDocument(c.value(QLatin1String("input")).toObject()).toJson(QJsonDocument::Compact);
    INFO("input: " << input.toStdString());
    const auto read = ospInputFromDocument(input);
    INFO("reader: " << (read.ok() ? std::string("ok") : str(read.error().message)));
    REQUIRE(read.ok());
    const OspOutcome outcome = OspCalculator::compute(*read);
    INFO("errors: " << errorsText(outcome.errors));

    if (hasErrors) {
        const QJsonArray want = c.value(QLatin1String("expected_errors")).toArray();
        REQUIRE_FALSE(want.isEmpty());
        CHECK(errorsText(outcome.errors) == expectedErrorsText(want));
        CHECK_FALSE(outcome.dc.has_value());
        CHECK_FALSE(outcome.iic.has_value());
        return;
    }

    const QJsonObject want = c.value(QLatin1String("expected")).toObject();
    requireOnlyKeys(want, {QStringLiteral("osp_dc"), QStringLiteral("osp_iic")}, "expected");
    REQUIRE((want.contains(QLatin1String("osp_dc")) || want.contains(QLatin1String("osp_iic"))));
    REQUIRE(outcome.ok());
    REQUIRE(outcome.dc.has_value());
    REQUIRE(outcome.iic.has_value());
    if (want.contains(QLatin1String("osp_dc"))) {
        checkDc(want.value(QLatin1String("osp_dc")).toObject(), *outcome.dc);
    }
    if (want.contains(QLatin1String("osp_iic"))) {
        checkIic(want.value(QLatin1String("osp_iic")).toObject(), *outcome.iic);
    }
}

} // namespace

TEST_CASE("osp reference cases: the file holds every translated case, each named and sourced", "[osp][reference]")
{
    const QJsonArray cases = loadCases();
    CHECK(cases.size() >= kMinimumCases);
    QSet<QString> names;
    for (const auto& v : cases) {
        REQUIRE(v.isObject());
        const QJsonObject c = v.toObject();
        const QString name = c.value(QLatin1String("name")).toString();
        const QString source = c.value(QLatin1String("source")).toString();
        INFO("case: " << str(name));
        CHECK_FALSE(name.isEmpty());
        CHECK_FALSE(names.contains(name));
        names.insert(name);
        // "<repo path>@<40-hex commit> <test or line>"
        CHECK(source.contains(QRegularExpression(QStringLiteral("^[^ @]+@[0-9a-f]{40} \\S"))));
    }
}

TEST_CASE("osp reference cases: our calculator gives each case's expected result", "[osp][reference]")
{
    const QJsonArray cases = loadCases();
    REQUIRE(cases.size() >= kMinimumCases);
    for (const auto& v : cases) {
        const QJsonObject c = v.toObject();
        DYNAMIC_SECTION(str(c.value(QLatin1String("name")).toString()))
        {
            INFO("source: " << str(c.value(QLatin1String("source")).toString()));
            runCase(c);
        }
    }
}
