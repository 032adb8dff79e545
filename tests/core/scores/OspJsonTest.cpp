// The JSON shapes of static-scores.md: input keys, null and missing inputs, strict types, and
// the output object of the command-line contract.

#include "core/scores/OspJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

const QByteArray kValid = R"({"sex": "male", "sexual_offence_history": true, "date_of_birth": "1980-06-15",
 "assessment_date": "2024-06-15", "follow_up_start": "2020-01-01", "total_sanctions": 3,
 "contact_adult_sanctions": 1, "contact_child_sanctions": 0, "image_indirect_sanctions": 0,
 "non_contact_sanctions": 0, "last_sexual_offence_date": "2019-05-01", "stranger_victim": null,
 "supervision": "community", "most_recent_offence_date": null})";

QString errorOf(const QByteArray& doc)
{
    const auto r = ospInputFromDocument(doc);
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

} // namespace

TEST_CASE("osp json: a full input reads into every field", "[osp][json]")
{
    const auto r = ospInputFromDocument(kValid);
    REQUIRE(r.ok());
    CHECK(r->sex == OspSex::Male);
    CHECK(r->sexualOffenceHistory == true);
    CHECK(r->dateOfBirth == QDate(1980, 6, 15));
    CHECK(r->totalSanctions == 3);
    CHECK(r->contactAdultSanctions == 1);
    CHECK_FALSE(r->strangerVictim.has_value());
    CHECK(r->supervision == OspSupervision::Community);
    CHECK_FALSE(r->mostRecentOffenceDate.has_value());
}

TEST_CASE("osp json: inputs written and read back are equal", "[osp][json]")
{
    const auto r = ospInputFromDocument(kValid);
    REQUIRE(r.ok());
    QByteArray doc = "{";
    bool first = true;
    for (const auto& [key, literal] : ospInputJsonFields(*r)) {
        doc += (first ? "\"" : ", \"") + key.toUtf8() + "\": " + literal;
        first = false;
    }
    doc += "}";
    const auto back = ospInputFromDocument(doc);
    REQUIRE(back.ok());
    CHECK(*back == *r);
}

TEST_CASE("osp json: a missing key and null are missing inputs, not format errors", "[osp][json]")
{
    const auto r = ospInputFromDocument(R"({"sex": null})");
    REQUIRE(r.ok());
    CHECK_FALSE(r->sex.has_value());
    const OspOutcome o = OspCalculator::compute(*r);
    REQUIRE(o.errors.size() == 11);
    CHECK(o.errors.first().code == QLatin1String("missing_input"));
}

TEST_CASE("osp json: format errors name the key", "[osp][json]")
{
    CHECK(errorOf(R"({"sex": "man"})") == QLatin1String("sex: must be one of male, female"));
    CHECK(errorOf(R"({"sex": "male", "colour": 1})") == QLatin1String("colour: unknown key"));
    CHECK(errorOf(R"({"total_sanctions": 2.5})") == QLatin1String("total_sanctions: must be a whole number"));
    CHECK(errorOf(R"({"contact_adult_sanctions": -1})") ==
          QLatin1String("contact_adult_sanctions: must be at least 0"));
    CHECK(errorOf(R"({"date_of_birth": "1980-6-15"})") == QLatin1String("date_of_birth: not a date"));
    CHECK(errorOf(R"({"date_of_birth": "2023-02-29"})") == QLatin1String("date_of_birth: not a date"));
    CHECK(errorOf(R"({"stranger_victim": "yes"})") == QLatin1String("stranger_victim: must be true or false"));
    CHECK(errorOf(R"({"supervision": "prison"})") ==
          QLatin1String("supervision: must be one of custody, community, remand"));
    CHECK(errorOf(R"({"sex": "male", "sex": "female"})") == QLatin1String("sex: duplicate key"));
    CHECK(errorOf("[1]") == QLatin1String("input: must be an object"));
    CHECK(errorOf("{").startsWith(QLatin1String("input: not JSON")));
    // A whole number written with a fraction of zero is a whole number.
    const auto r = ospInputFromDocument(R"({"total_sanctions": 2.0, "image_indirect_sanctions": 0})");
    REQUIRE(r.ok());
    CHECK(r->totalSanctions == 2);
}

TEST_CASE("osp json: the output object follows the contract", "[osp][json]")
{
    const auto in = ospInputFromDocument(kValid);
    REQUIRE(in.ok());
    const QByteArray out = ospOutcomeToJson(OspCalculator::compute(*in));
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(out, &pe).object();
    REQUIRE(pe.error == QJsonParseError::NoError);
    CHECK(o.value(QLatin1String("tool")).toString() == QLatin1String("OSP/DC+OSP/IIC"));
    CHECK(o.value(QLatin1String("version")).toString() == OspCalculator::version());
    const QJsonObject dc = o.value(QLatin1String("osp_dc")).toObject();
    CHECK(dc.value(QLatin1String("band")).toString() == QLatin1String("medium"));
    CHECK(dc.value(QLatin1String("points")).toInt() == 28);
    CHECK(dc.value(QLatin1String("probability_percent")).toDouble() == 1.54);
    CHECK(dc.value(QLatin1String("band_reduced")).isBool());
    const QJsonObject items = dc.value(QLatin1String("items")).toObject();
    CHECK(items.keys().size() == 7);
    CHECK(items.value(QLatin1String("age_at_follow_up")).toInt() == 7);
    CHECK(items.value(QLatin1String("age_at_last_sexual_offence")).toInt() == 10);
    const QJsonObject iic = o.value(QLatin1String("osp_iic")).toObject();
    CHECK(iic.value(QLatin1String("band")).toString() == QLatin1String("low"));
    CHECK(iic.value(QLatin1String("probability_percent")).toDouble() == 0);
    CHECK(o.value(QLatin1String("errors")).toArray().isEmpty());
    CHECK(out.contains("\"probability_percent\": 1.54,"));
}

TEST_CASE("osp json: errors make both scores null", "[osp][json]")
{
    const QByteArray out = ospOutcomeToJson(OspCalculator::compute(OspInput{}));
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    CHECK(o.value(QLatin1String("osp_dc")).isNull());
    CHECK(o.value(QLatin1String("osp_iic")).isNull());
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    REQUIRE(errors.size() == 11);
    CHECK(errors[0].toObject().value(QLatin1String("code")).toString() == QLatin1String("missing_input"));
    CHECK(errors[0].toObject().value(QLatin1String("field")).toString() == QLatin1String("sex"));
}

TEST_CASE("osp json: not applicable has null points, items and band_reduced", "[osp][json]")
{
    OspInput in = *ospInputFromDocument(kValid);
    in.sex = OspSex::Female;
    const QJsonObject o = QJsonDocument::fromJson(ospOutcomeToJson(OspCalculator::compute(in))).object();
    const QJsonObject dc = o.value(QLatin1String("osp_dc")).toObject();
    CHECK(dc.value(QLatin1String("band")).toString() == QLatin1String("not_applicable"));
    CHECK(dc.value(QLatin1String("points")).isNull());
    CHECK(dc.value(QLatin1String("items")).isNull());
    CHECK(dc.value(QLatin1String("band_reduced")).isNull());
    CHECK(dc.value(QLatin1String("probability_percent")).toDouble() == 0);
}
