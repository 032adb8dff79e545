// static_scores in a bundle (docs/bundle-notes.md): a computed score carries its inputs and the
// result they give, an entered one its category and source; export → import → export is exact;
// each error names its JSON path. And the same object as a record to add
// (BundleReader::readRecord): who, when and the result are somdesk's, the tool and version default.

#include "BundleTestUtil.h"
#include "core/bundle/BundleReader.h"
#include "core/bundle/BundleWriter.h"
#include "core/scores/OspJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::StartsWith;

namespace {

// One nominal (born 1979-04-02) with a computed score, an entered one and a woman's computed
// score (OSP/DC not applicable: the nulls of the result). Not in export form: compact, and
// the scores out of recording order.
const QByteArray kBundle = R"({"format": "somdesk-bundle", "version": 1,
 "users": [
  {"username": "pc4521", "name": "Test Officer Xray", "collar": "4521", "role": "officer",
   "area": "Area 1", "team": "Area 1 Team A"},
  {"username": "ps0042", "name": "Test Sergeant Whiskey", "collar": "0042", "role": "sergeant",
   "area": "Area 1", "team": "Area 1 Team A"}],
 "nominals": [
  {"ref": "NSCORE1", "family_name": "Scorecase", "given_names": "Iota", "date_of_birth": "1979-04-02",
   "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
   "registration": {"first_notified": "2019-01-01", "period": "indefinite"},
   "static_scores": [
    {"tool": "OSP/DC+OSP/IIC", "version": "moj-2026-08", "assessment_date": "2024-06-15", "by": "pc4521",
     "recorded_at": "2024-06-16T09:30:00Z",
     "inputs": {"sex": "male", "sexual_offence_history": true, "date_of_birth": "1979-04-02",
      "assessment_date": "2024-06-15", "follow_up_start": "2020-01-01", "total_sanctions": 3,
      "contact_adult_sanctions": 1, "contact_child_sanctions": 0, "image_indirect_sanctions": 0,
      "non_contact_sanctions": 0, "last_sexual_offence_date": "2019-05-01", "stranger_victim": null,
      "supervision": "community", "most_recent_offence_date": null},
     "result": {"osp_dc": {"band": "medium", "points": 28,
       "items": {"contact_adult": 5, "contact_child": 0, "non_contact": 0, "age_at_follow_up": 7,
                 "age_at_last_sexual_offence": 10, "total_sanctions": 6, "stranger_victim": 0},
       "probability_percent": 1.54, "band_reduced": false},
      "osp_iic": {"band": "low", "probability_percent": 0.00}}},
    {"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10", "by": "ps0042",
     "recorded_at": "2024-07-01T10:00:00Z", "category": "high",
     "source": "Probation pre-sentence report, 10 January 2023"},
    {"tool": "OSP/DC+OSP/IIC", "version": "moj-2026-08", "assessment_date": "2024-02-01", "by": "pc4521",
     "recorded_at": "2024-02-01T12:00:00Z",
     "inputs": {"sex": "female", "sexual_offence_history": true, "date_of_birth": "1979-04-02",
      "assessment_date": "2024-02-01", "follow_up_start": "2024-01-01", "total_sanctions": 2,
      "contact_adult_sanctions": 1, "contact_child_sanctions": 0, "image_indirect_sanctions": 0,
      "non_contact_sanctions": 0, "last_sexual_offence_date": "2018-05-01", "stranger_victim": false,
      "supervision": "community", "most_recent_offence_date": "2018-05-01"},
     "result": {"osp_dc": {"band": "not_applicable", "points": null, "items": null,
                           "probability_percent": 0.00, "band_reduced": null},
                "osp_iic": {"band": "low", "probability_percent": 0.00}}}]}]})";

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

Bundle readOk(const QByteArray& json)
{
    const Result<Bundle> r = BundleReader::read(json, emptyContext());
    INFO((r.ok() ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

QByteArray write(const Bundle& b)
{
    return BundleWriter::write(b, defaultBundleVocabulary());
}

std::string err(const QByteArray& json)
{
    return readError(json).toStdString();
}

std::string edited(const char* path, const QJsonValue& value)
{
    return err(editedBundle(kBundle, QString::fromLatin1(path), value));
}

// The inputs of the first score, as an object to put elsewhere.
QJsonObject maleInputs()
{
    return QJsonObject{{QStringLiteral("sex"), QStringLiteral("male")},
                       {QStringLiteral("sexual_offence_history"), true},
                       {QStringLiteral("date_of_birth"), QStringLiteral("1979-04-02")},
                       {QStringLiteral("assessment_date"), QStringLiteral("2024-06-15")},
                       {QStringLiteral("follow_up_start"), QStringLiteral("2020-01-01")},
                       {QStringLiteral("total_sanctions"), 3},
                       {QStringLiteral("contact_adult_sanctions"), 1},
                       {QStringLiteral("contact_child_sanctions"), 0},
                       {QStringLiteral("image_indirect_sanctions"), 0},
                       {QStringLiteral("non_contact_sanctions"), 0},
                       {QStringLiteral("last_sexual_offence_date"), QStringLiteral("2019-05-01")},
                       {QStringLiteral("supervision"), QStringLiteral("community")}};
}

// Every field of a score as "key=value" lines, so a difference shows as a text diff.
std::string describeScore(const StaticScore& s)
{
    QStringList lines;
    lines << QStringLiteral("tool=") + s.tool << QStringLiteral("version=") + s.version
          << QStringLiteral("assessed_on=") + s.assessedOn.toString(Qt::ISODate) << QStringLiteral("by=") + s.by
          << QStringLiteral("recorded_at=") + s.recordedAt.toString(Qt::ISODate) +
                 (s.recordedAt.timeSpec() == Qt::UTC ? QString() : QStringLiteral(" (not UTC)"))
          << QStringLiteral("category=") + s.category.value_or(QStringLiteral("-"))
          << QStringLiteral("source=") + s.source.value_or(QStringLiteral("-"));
    if (s.inputs) {
        for (const auto& [key, literal] : ospInputJsonFields(*s.inputs)) {
            lines << QStringLiteral("inputs.") + key + QLatin1Char('=') + QString::fromUtf8(literal);
        }
    } else {
        lines << QStringLiteral("inputs=-");
    }
    return lines.join(QLatin1Char('\n')).toStdString();
}

// The scores of every nominal in recording order (the export's), described.
std::string describeScores(const Bundle& b)
{
    std::string out;
    for (const Nominal& n : b.nominals) {
        QList<StaticScore> scores = n.staticScores;
        std::stable_sort(scores.begin(), scores.end(),
                         [](const StaticScore& x, const StaticScore& y) { return x.recordedAt < y.recordedAt; });
        for (const StaticScore& s : scores) {
            out += describeScore(s) + "\n--\n";
        }
    }
    return out;
}

Result<CaseworkRecord> record(const QByteArray& json)
{
    return BundleReader::readRecord(RecordKind::StaticScore, json, emptyContext(), QStringLiteral("pc4521"));
}

std::string recordError(const QByteArray& json)
{
    const Result<CaseworkRecord> r = record(json);
    return r.ok() ? std::string("(ok)") : r.error().message.toStdString();
}

StaticScore recordOk(const QByteArray& json)
{
    const Result<CaseworkRecord> r = record(json);
    INFO((r.ok() ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    REQUIRE(std::holds_alternative<StaticScore>(*r));
    return std::get<StaticScore>(*r);
}

const QByteArray kRecordInputs = R"({"sex": "male", "sexual_offence_history": true, "date_of_birth": "1979-04-02",
 "assessment_date": "2024-06-15", "follow_up_start": "2020-01-01", "total_sanctions": 3,
 "contact_adult_sanctions": 1, "contact_child_sanctions": 0, "image_indirect_sanctions": 0,
 "non_contact_sanctions": 0, "last_sexual_offence_date": "2019-05-01", "stranger_victim": null,
 "supervision": "community", "most_recent_offence_date": null})";

// {"inputs": <the male inputs>} with `extra` members before it.
QByteArray recordWith(const QByteArray& extra)
{
    return "{" + extra + (extra.isEmpty() ? "" : ", ") + "\"inputs\": " + kRecordInputs + "}";
}

} // namespace

TEST_CASE("static scores: a computed and an entered score read into their values")
{
    const Bundle b = readOk(kBundle);
    REQUIRE(b.nominals.size() == 1);
    const QList<StaticScore>& scores = b.nominals[0].staticScores;
    REQUIRE(scores.size() == 3); // document order

    const StaticScore& computed = scores[0];
    CHECK(computed.tool == QStringLiteral("OSP/DC+OSP/IIC"));
    CHECK(computed.version == QStringLiteral("moj-2026-08"));
    CHECK(computed.assessedOn == QDate(2024, 6, 15));
    CHECK(computed.by == QStringLiteral("pc4521"));
    CHECK(computed.recordedAt == QDateTime(QDate(2024, 6, 16), QTime(9, 30), Qt::UTC));
    CHECK(computed.recordedAt.timeSpec() == Qt::UTC);
    CHECK_FALSE(computed.category.has_value());
    CHECK_FALSE(computed.source.has_value());
    REQUIRE(computed.inputs.has_value());
    CHECK(computed.inputs->sex == OspSex::Male);
    CHECK(computed.inputs->sexualOffenceHistory == true);
    CHECK(computed.inputs->dateOfBirth == QDate(1979, 4, 2));
    CHECK(computed.inputs->assessmentDate == QDate(2024, 6, 15));
    CHECK(computed.inputs->followUpStart == QDate(2020, 1, 1));
    CHECK(computed.inputs->totalSanctions == 3);
    CHECK(computed.inputs->contactAdultSanctions == 1);
    CHECK(computed.inputs->contactChildSanctions == 0);
    CHECK(computed.inputs->imageIndirectSanctions == 0);
    CHECK(computed.inputs->nonContactSanctions == 0);
    CHECK(computed.inputs->lastSexualOffenceDate == QDate(2019, 5, 1));
    CHECK_FALSE(computed.inputs->strangerVictim.has_value()); // null: a missing input, kept as missing
    CHECK(computed.inputs->supervision == OspSupervision::Community);
    CHECK_FALSE(computed.inputs->mostRecentOffenceDate.has_value());
    const OspOutcome outcome = OspCalculator::compute(*computed.inputs);
    REQUIRE(outcome.ok());
    CHECK(outcome.dc->points == 28);
    CHECK(outcome.dc->band == OspBand::Medium);

    const StaticScore& entered = scores[1];
    CHECK(entered.tool == QStringLiteral("RM2000/S"));
    CHECK(entered.version == QStringLiteral("2000"));
    CHECK(entered.assessedOn == QDate(2023, 1, 10));
    CHECK(entered.by == QStringLiteral("ps0042"));
    CHECK(entered.recordedAt == QDateTime(QDate(2024, 7, 1), QTime(10, 0), Qt::UTC));
    CHECK(entered.category == std::optional<QString>(QStringLiteral("high")));
    CHECK(entered.source == std::optional<QString>(QStringLiteral("Probation pre-sentence report, 10 January 2023")));
    CHECK_FALSE(entered.inputs.has_value());

    const StaticScore& woman = scores[2];
    REQUIRE(woman.inputs.has_value());
    CHECK(woman.inputs->sex == OspSex::Female);
    CHECK(woman.inputs->strangerVictim == std::optional<bool>(false));
    CHECK(woman.assessedOn == QDate(2024, 2, 1));
}

TEST_CASE("static scores: export form reads and writes back byte for byte")
{
    const Bundle b = readOk(kBundle);
    const QByteArray once = write(b);
    const Bundle again = readOk(once);
    CHECK(describeScores(again) == describeScores(b));
    const QByteArray twice = write(again);
    CHECK(twice.toStdString() == once.toStdString());
    // And once more from the written text: read(write(x)) == write(x), x in export form.
    CHECK(write(readOk(twice)).toStdString() == once.toStdString());
}

TEST_CASE("static scores: the export lists scores in recording order with keys in the format's order")
{
    const QByteArray once = write(readOk(kBundle));
    const Bundle exported = readOk(once);
    const QList<StaticScore>& scores = exported.nominals[0].staticScores;
    REQUIRE(scores.size() == 3);
    // Sorted by recorded_at: the woman's (2024-02-01), the computed (2024-06-16), the entered (2024-07-01).
    CHECK(scores[0].recordedAt == QDateTime(QDate(2024, 2, 1), QTime(12, 0), Qt::UTC));
    CHECK(scores[1].recordedAt == QDateTime(QDate(2024, 6, 16), QTime(9, 30), Qt::UTC));
    CHECK(scores[2].tool == QStringLiteral("RM2000/S"));

    // Each score's keys in order: the woman's computed score, the man's, then the entered one.
    const qsizetype list = once.indexOf("\"static_scores\": [");
    REQUIRE(list >= 0);
    const QByteArray text = once.mid(list);
    auto inOrder = [&](qsizetype from, const QList<QByteArray>& keys) {
        qsizetype at = from;
        for (const QByteArray& k : keys) {
            const qsizetype next = text.indexOf("\"" + k + "\": ", at + 1);
            INFO("key " << k.toStdString() << " after offset " << at);
            REQUIRE(next > at);
            at = next;
        }
        return at;
    };
    const QList<QByteArray> inputKeys{"sex",
                                      "sexual_offence_history",
                                      "date_of_birth",
                                      "assessment_date",
                                      "follow_up_start",
                                      "total_sanctions",
                                      "contact_adult_sanctions",
                                      "contact_child_sanctions",
                                      "image_indirect_sanctions",
                                      "non_contact_sanctions",
                                      "last_sexual_offence_date",
                                      "stranger_victim",
                                      "supervision",
                                      "most_recent_offence_date"};
    const QList<QByteArray> resultKeys{"osp_dc",
                                       "band",
                                       "points",
                                       "items",
                                       "probability_percent",
                                       "band_reduced",
                                       "osp_iic",
                                       "band",
                                       "probability_percent"};
    // A computed score from `from`: its own keys, its inputs' in table order, the result's; where it ends.
    auto computedScore = [&](qsizetype from) {
        const qsizetype inputs = inOrder(from, {"tool", "version", "assessment_date", "by", "recorded_at", "inputs"});
        const qsizetype result = inOrder(inOrder(inputs, inputKeys), {"result"});
        return inOrder(result, resultKeys);
    };
    qsizetype at = computedScore(0);
    at = computedScore(at);
    at = inOrder(at, {"tool", "version", "assessment_date", "by", "recorded_at", "category", "source"});
    CHECK(text.indexOf("\"tool\": ", at) < 0); // three scores, no more
    // The entered score has neither inputs nor result.
    const qsizetype entered = text.lastIndexOf("\"tool\": \"RM2000/S\"");
    REQUIRE(entered > 0);
    const QByteArray enteredText = text.mid(entered, text.indexOf('}', entered) - entered);
    CHECK_FALSE(enteredText.contains("\"inputs\""));
    CHECK_FALSE(enteredText.contains("\"result\""));
}

TEST_CASE("static scores: the written result is the calculator's, indented with the rest of the bundle")
{
    const QByteArray once = write(readOk(kBundle));
    // Nominal members sit at 6 spaces, a score's at 10, the result's members at 12.
    const QByteArray expected = "          \"result\": {\n"
                                "            \"osp_dc\": {\n"
                                "              \"band\": \"medium\",\n"
                                "              \"points\": 28,\n"
                                "              \"items\": {\n"
                                "                \"contact_adult\": 5,\n"
                                "                \"contact_child\": 0,\n"
                                "                \"non_contact\": 0,\n"
                                "                \"age_at_follow_up\": 7,\n"
                                "                \"age_at_last_sexual_offence\": 10,\n"
                                "                \"total_sanctions\": 6,\n"
                                "                \"stranger_victim\": 0\n"
                                "              },\n"
                                "              \"probability_percent\": 1.54,\n"
                                "              \"band_reduced\": false\n"
                                "            },\n"
                                "            \"osp_iic\": {\n"
                                "              \"band\": \"low\",\n"
                                "              \"probability_percent\": 0.00\n"
                                "            }\n"
                                "          }\n"
                                "        },\n";
    INFO(once.toStdString());
    CHECK(once.contains(expected));
    const QByteArray notApplicable = "            \"osp_dc\": {\n"
                                     "              \"band\": \"not_applicable\",\n"
                                     "              \"points\": null,\n"
                                     "              \"items\": null,\n"
                                     "              \"probability_percent\": 0.00,\n"
                                     "              \"band_reduced\": null\n"
                                     "            },\n";
    CHECK(once.contains(notApplicable));
    CHECK(once.contains("          \"inputs\": {\n            \"sex\": \"male\",\n"));
    CHECK(once.contains("            \"stranger_victim\": null,\n"));
}

TEST_CASE("static scores: a bundle built in code survives write and read")
{
    Bundle b = readOk(kBundle);
    Nominal& n = b.nominals[0];
    StaticScore extra;
    extra.tool = QStringLiteral("RM2000/V");
    extra.version = QStringLiteral("2000 \"revised\"");
    extra.assessedOn = QDate(2022, 2, 28);
    extra.by = QStringLiteral("pc4521");
    extra.recordedAt = QDateTime(QDate(2024, 8, 1), QTime(0, 0), Qt::UTC);
    extra.category = QStringLiteral("medium");
    extra.source = QStringLiteral("Line one\nLine \"two\" \u2013 caf\u00e9");
    n.staticScores.append(extra);
    const QByteArray once = write(b);
    const Bundle again = readOk(once);
    REQUIRE(again.nominals[0].staticScores.size() == 4);
    CHECK(describeScore(again.nominals[0].staticScores[3]) == describeScore(extra));
    CHECK(write(again).toStdString() == once.toStdString());
}

TEST_CASE("static scores: a result that is not the inputs' is refused, naming where")
{
    CHECK(err(kBundle) == "(ok)");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc.points", 27) ==
          "nominals[0].static_scores[0].result.osp_dc.points: does not match the inputs (OSP/DC+OSP/IIC moj-2026-08 "
          "gives 28)");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc.band", QStringLiteral("high")) ==
          "nominals[0].static_scores[0].result.osp_dc.band: does not match the inputs (OSP/DC+OSP/IIC moj-2026-08 "
          "gives \"medium\")");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc.band_reduced", true) ==
          "nominals[0].static_scores[0].result.osp_dc.band_reduced: does not match the inputs (OSP/DC+OSP/IIC "
          "moj-2026-08 gives false)");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc.probability_percent", 1.55) ==
          "nominals[0].static_scores[0].result.osp_dc.probability_percent: does not match the inputs (OSP/DC+OSP/IIC "
          "moj-2026-08 gives 1.54)");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc.items.age_at_follow_up", 5) ==
          "nominals[0].static_scores[0].result.osp_dc.items.age_at_follow_up: does not match the inputs "
          "(OSP/DC+OSP/IIC moj-2026-08 gives 7)");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc.points", QStringLiteral("28")) ==
          "nominals[0].static_scores[0].result.osp_dc.points: does not match the inputs (OSP/DC+OSP/IIC moj-2026-08 "
          "gives 28)");
    CHECK(edited("nominals.0.static_scores.0.result.osp_iic", QJsonValue::Null) ==
          "nominals[0].static_scores[0].result.osp_iic: does not match the inputs (OSP/DC+OSP/IIC moj-2026-08 "
          "gives an object)");
    CHECK(edited("nominals.0.static_scores.2.result.osp_dc.points", 0) ==
          "nominals[0].static_scores[2].result.osp_dc.points: does not match the inputs (OSP/DC+OSP/IIC moj-2026-08 "
          "gives null)");
    // Changing an input changes what the result must be.
    CHECK(edited("nominals.0.static_scores.0.inputs.contact_adult_sanctions", 2) ==
          "nominals[0].static_scores[0].result.osp_dc.band: does not match the inputs (OSP/DC+OSP/IIC moj-2026-08 "
          "gives \"high\")");
}

TEST_CASE("static scores: the result's shape: required, an object, no unknown or missing keys")
{
    CHECK(edited("nominals.0.static_scores.0.result", removed) ==
          "nominals[0].static_scores[0].result: required key missing");
    CHECK(edited("nominals.0.static_scores.0.result", QJsonValue::Null) ==
          "nominals[0].static_scores[0].result: required key missing");
    CHECK(edited("nominals.0.static_scores.0.result", 28) == "nominals[0].static_scores[0].result: must be an object");
    CHECK(edited("nominals.0.static_scores.0.result.errors", QJsonArray{}) ==
          "nominals[0].static_scores[0].result.errors: unknown key");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc.items.extra", 1) ==
          "nominals[0].static_scores[0].result.osp_dc.items.extra: unknown key");
    CHECK(edited("nominals.0.static_scores.0.result.osp_iic.band", removed) ==
          "nominals[0].static_scores[0].result.osp_iic.band: required key missing");
    CHECK(edited("nominals.0.static_scores.0.result.osp_dc", removed) ==
          "nominals[0].static_scores[0].result.osp_dc: required key missing");
}

TEST_CASE("static scores: a duplicate key in the result is refused as everywhere else")
{
    QByteArray json = kBundle;
    const QByteArray once = R"("osp_iic": {"band": "low", "probability_percent": 0.00}}},)";
    REQUIRE(json.count(once) == 1);
    json.replace(once, R"("osp_iic": {"band": "low", "probability_percent": 0.00},
                          "osp_iic": {"band": "high", "probability_percent": 9.99}}},)");
    CHECK(err(json) == "nominals[0].static_scores[0].result.osp_iic: duplicate key");
}

TEST_CASE("static scores: inputs that do not read or do not validate are refused")
{
    CHECK(edited("nominals.0.static_scores.0.inputs.follow_up_start", removed) ==
          "nominals[0].static_scores[0].inputs: not a valid assessment: missing_input (follow_up_start)");
    CHECK(edited("nominals.0.static_scores.0.inputs.follow_up_start", QJsonValue::Null) ==
          "nominals[0].static_scores[0].inputs: not a valid assessment: missing_input (follow_up_start)");
    CHECK(edited("nominals.0.static_scores.0.inputs.sex", QStringLiteral("man")) ==
          "nominals[0].static_scores[0].inputs.sex: must be one of male, female");
    CHECK(edited("nominals.0.static_scores.0.inputs.colour", 1) ==
          "nominals[0].static_scores[0].inputs.colour: unknown key");
    CHECK(edited("nominals.0.static_scores.0.inputs.follow_up_start", QStringLiteral("2020-02-30")) ==
          "nominals[0].static_scores[0].inputs.follow_up_start: not a date");
    CHECK(edited("nominals.0.static_scores.0.inputs", 3) == "nominals[0].static_scores[0].inputs: must be an object");
    CHECK(edited("nominals.0.static_scores.0.inputs", removed) ==
          "nominals[0].static_scores[0].inputs: required key missing");
}

TEST_CASE("static scores: a computed score is of this version and has no category or source")
{
    CHECK_THAT(edited("nominals.0.static_scores.0.version", QStringLiteral("moj-2025-01")),
               StartsWith("nominals[0].static_scores[0].version: OSP/DC+OSP/IIC is computed as version moj-2026-08"));
    CHECK_THAT(edited("nominals.0.static_scores.0.version", removed),
               StartsWith("nominals[0].static_scores[0].version: required key missing"));
    CHECK(edited("nominals.0.static_scores.0.category", QStringLiteral("medium")) ==
          "nominals[0].static_scores[0].category: only a score entered from another tool has one (OSP/DC+OSP/IIC is "
          "computed from its inputs)");
    CHECK(edited("nominals.0.static_scores.0.source", QStringLiteral("PSR")) ==
          "nominals[0].static_scores[0].source: only a score entered from another tool has one (OSP/DC+OSP/IIC is "
          "computed from its inputs)");
}

TEST_CASE("static scores: an entered score has a category and a source and no inputs or result")
{
    CHECK(edited("nominals.0.static_scores.1.category", removed) ==
          "nominals[0].static_scores[1].category: required for a score entered from another tool");
    CHECK(edited("nominals.0.static_scores.1.source", removed) ==
          "nominals[0].static_scores[1].source: required for a score entered from another tool");
    CHECK(edited("nominals.0.static_scores.1.inputs", maleInputs()) ==
          "nominals[0].static_scores[1].inputs: only a computed score (OSP/DC+OSP/IIC) has inputs");
    // A result on an entered score would be dropped on export: refused, not silently lost.
    CHECK(edited("nominals.0.static_scores.1.result", QJsonObject{{QStringLiteral("osp_dc"), QJsonValue::Null},
                                                                  {QStringLiteral("osp_iic"), QJsonValue::Null}}) ==
          "nominals[0].static_scores[1].result: only a computed score (OSP/DC+OSP/IIC) has a result");
    CHECK(edited("nominals.0.static_scores.1.tool", removed) ==
          "nominals[0].static_scores[1].tool: required key missing");
}

TEST_CASE("static scores: the assessment date: the inputs', and not after the recording")
{
    CHECK(edited("nominals.0.static_scores.0.assessment_date", QStringLiteral("2024-06-14")) ==
          "nominals[0].static_scores[0].assessment_date: must equal inputs.assessment_date (2024-06-15)");
    CHECK(edited("nominals.0.static_scores.0.assessment_date", removed) ==
          "nominals[0].static_scores[0].assessment_date: required key missing");
    CHECK(edited("nominals.0.static_scores.0.recorded_at", QStringLiteral("2024-06-14T23:59:59Z")) ==
          "nominals[0].static_scores[0].assessment_date: after recorded_at");
    CHECK(edited("nominals.0.static_scores.0.recorded_at", QStringLiteral("2024-06-15T00:00:00Z")) == "(ok)");
    CHECK(edited("nominals.0.static_scores.1.recorded_at", QStringLiteral("2023-01-09T12:00:00Z")) ==
          "nominals[0].static_scores[1].assessment_date: after recorded_at");
    CHECK(edited("nominals.0.static_scores.1.recorded_at", QStringLiteral("2023-01-10")) ==
          "nominals[0].static_scores[1].recorded_at: not a timestamp");
    CHECK(edited("nominals.0.static_scores.1.assessment_date", QStringLiteral("10/01/2023")) ==
          "nominals[0].static_scores[1].assessment_date: not a date");
    CHECK(edited("nominals.0.static_scores.1.recorded_at", removed) ==
          "nominals[0].static_scores[1].recorded_at: required key missing");
}

TEST_CASE("static scores: who recorded a score is a user of the bundle or the database")
{
    CHECK(edited("nominals.0.static_scores.0.by", QStringLiteral("nobody.here")) ==
          "nominals[0].static_scores[0].by: unknown user \"nobody.here\"");
    CHECK(edited("nominals.0.static_scores.1.by", QStringLiteral("nobody.here")) ==
          "nominals[0].static_scores[1].by: unknown user \"nobody.here\"");
    CHECK(edited("nominals.0.static_scores.0.by", removed) == "nominals[0].static_scores[0].by: required key missing");
    // Known to the database instead of the bundle.
    BundleContext context = emptyContext();
    context.existingUser = [](const QString& username) -> std::optional<User> {
        if (username != QStringLiteral("pc7777")) {
            return std::nullopt;
        }
        User u;
        u.username = username;
        u.name = QStringLiteral("Test Officer Tango");
        u.role = Role::Officer;
        return u;
    };
    const QByteArray byDatabaseUser =
        editedBundle(kBundle, QStringLiteral("nominals.0.static_scores.0.by"), QStringLiteral("pc7777"));
    CHECK(readError(byDatabaseUser, context).toStdString() == "(ok)");
    CHECK(readError(byDatabaseUser).toStdString() == "nominals[0].static_scores[0].by: unknown user \"pc7777\"");
}

TEST_CASE("static scores: a registration holds none")
{
    const QByteArray json = R"({"ref": "NREG9", "family_name": "Scorecase", "given_names": "Kappa",
        "date_of_birth": "1979-04-02", "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
        "registration": {"first_notified": "2019-01-01", "period": "indefinite"},
        "static_scores": [{"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10", "by": "pc4521",
                           "recorded_at": "2024-07-01T10:00:00Z", "category": "high", "source": "PSR"}]})";
    BundleContext context = emptyContext();
    context.existingUser = [](const QString& username) -> std::optional<User> {
        User u;
        u.username = username;
        u.name = QStringLiteral("Test Officer Xray");
        u.role = Role::Officer;
        return u;
    };
    const Result<Nominal> r = BundleReader::readRegistration(json, context);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.toStdString() ==
          "static_scores: a registration holds no history: record it on the nominal once registered");
}

TEST_CASE("static score records: who, when and the result are set by somdesk")
{
    CHECK(recordError(recordWith(R"("by": "pc4521")")) == "by: set by somdesk when the score is recorded");
    CHECK(recordError(recordWith(R"("recorded_at": "2024-06-16T09:30:00Z")")) ==
          "recorded_at: set by somdesk when the score is recorded");
    CHECK(recordError(R"({"inputs": )" + kRecordInputs + R"(, "result": {"osp_dc": null, "osp_iic": null}})") ==
          "result: set by somdesk when the score is recorded");
    // Refused even when they would be right.
    CHECK(recordError(recordWith(R"("tool": "RM2000/S", "version": "2000", "by": "pc4521")")) ==
          "by: set by somdesk when the score is recorded");
}

TEST_CASE("static score records: the tool and version default, the assessment date is the inputs'")
{
    const StaticScore s = recordOk(recordWith({}));
    CHECK(s.tool == QStringLiteral("OSP/DC+OSP/IIC"));
    CHECK(s.version == QStringLiteral("moj-2026-08"));
    CHECK(s.assessedOn == QDate(2024, 6, 15));
    CHECK(s.by.isEmpty()); // the service stamps it
    CHECK_FALSE(s.recordedAt.isValid());
    CHECK_FALSE(s.category.has_value());
    CHECK_FALSE(s.source.has_value());
    REQUIRE(s.inputs.has_value());
    CHECK(s.inputs->dateOfBirth == QDate(1979, 4, 2));
    CHECK(s.inputs->totalSanctions == 3);

    // Given explicitly, the same.
    const StaticScore given =
        recordOk(recordWith(R"("tool": "OSP/DC+OSP/IIC", "version": "moj-2026-08", "assessment_date": "2024-06-15")"));
    CHECK(describeScore(given) == describeScore(s));

    CHECK(recordError(recordWith(R"("assessment_date": "2024-06-16")")) ==
          "assessment_date: must equal inputs.assessment_date (2024-06-15)");
    CHECK_THAT(recordError(recordWith(R"("version": "moj-2024-01")")),
               StartsWith("version: OSP/DC+OSP/IIC is computed as version moj-2026-08"));
    CHECK(recordError(recordWith(R"("category": "medium")")) ==
          "category: only a score entered from another tool has one (OSP/DC+OSP/IIC is computed from its inputs)");
    CHECK(recordError("{}") == "inputs: required key missing");
    QByteArray noFollowUp = recordWith({});
    noFollowUp.replace(R"("follow_up_start": "2020-01-01", )", "");
    CHECK(recordError(noFollowUp) == "inputs: not a valid assessment: missing_input (follow_up_start)");
    CHECK(recordError(R"({"inputs": {"sex": "male", "colour": 1}})") == "inputs.colour: unknown key");
    CHECK(recordError(recordWith(R"("foo": 1)")) == "foo: unknown key");
    CHECK_THAT(recordError("[]"), StartsWith("(root): must be an object"));
}

TEST_CASE("static score records: an entered score is recorded as written")
{
    const StaticScore s = recordOk(R"({"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10",
        "category": "high", "source": "Probation pre-sentence report"})");
    CHECK(s.tool == QStringLiteral("RM2000/S"));
    CHECK(s.version == QStringLiteral("2000"));
    CHECK(s.assessedOn == QDate(2023, 1, 10));
    CHECK(s.category == std::optional<QString>(QStringLiteral("high")));
    CHECK(s.source == std::optional<QString>(QStringLiteral("Probation pre-sentence report")));
    CHECK_FALSE(s.inputs.has_value());
    CHECK(s.by.isEmpty());

    CHECK(recordError(R"({"tool": "RM2000/S", "assessment_date": "2023-01-10", "category": "high",
        "source": "PSR"})") == "version: required key missing");
    CHECK(recordError(R"({"tool": "RM2000/S", "version": "2000", "category": "high", "source": "PSR"})") ==
          "assessment_date: required key missing");
    CHECK(recordError(R"({"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10",
        "source": "PSR"})") == "category: required for a score entered from another tool");
    CHECK(recordError(R"({"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10",
        "category": "high"})") == "source: required for a score entered from another tool");
    CHECK(recordError(R"({"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10",
        "category": "high", "source": "PSR", "inputs": )" +
                      kRecordInputs + "}") == "inputs: only a computed score (OSP/DC+OSP/IIC) has inputs");
}

TEST_CASE("static scores: a computed score is about this nominal, and names are not blank")
{
    // The nominal's date of birth no longer matches the date of birth the score was computed on.
    CHECK(edited("nominals.0.date_of_birth", QStringLiteral("1979-04-03")) ==
          "nominals[0].static_scores[0].inputs.date_of_birth: must be the nominal's date_of_birth (1979-04-03)");
    CHECK(edited("nominals.0.static_scores.1.tool", QStringLiteral("  ")) ==
          "nominals[0].static_scores[1].tool: must not be blank");
    CHECK(edited("nominals.0.static_scores.1.category", QString()) ==
          "nominals[0].static_scores[1].category: must not be blank");
}
