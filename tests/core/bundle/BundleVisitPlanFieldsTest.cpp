// The optional visit time and checks and the plan trigger phrases (bundle-format.md): read,
// validated with the JSON path named, written in the documented order, and absent from
// older bundles without harm.

#include "BundleTestUtil.h"
#include "core/bundle/BundleReader.h"
#include "core/bundle/BundleWriter.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;

namespace {

std::string edited(const char* path, const QJsonValue& value)
{
    return readError(editedBundle(QString::fromLatin1(path), value), emptyContext()).toStdString();
}

QJsonArray texts(std::initializer_list<const char*> items)
{
    QJsonArray a;
    for (const char* i : items) {
        a.append(QString::fromUtf8(i));
    }
    return a;
}

} // namespace

TEST_CASE("bundle: visit time is HH:MM", "[bundle][visits]")
{
    CHECK(edited("nominals.0.visits.0.time", QStringLiteral("00:00")) == "(ok)");
    CHECK(edited("nominals.0.visits.0.time", QStringLiteral("23:59")) == "(ok)");
    for (const char* bad : {"24:00", "7:30", "07:60", "07:30:00", "0730", " 07:30", "07.30", ""}) {
        INFO(bad);
        CHECK(edited("nominals.0.visits.0.time", QString::fromLatin1(bad)) ==
              R"(nominals[0].visits[0].time: must be a time "HH:MM" (00:00 to 23:59))");
    }
    CHECK(edited("nominals.0.visits.0.time", 730) == "nominals[0].visits[0].time: must be a string");
}

TEST_CASE("bundle: visit checks come from the policy list, each once", "[bundle][visits]")
{
    CHECK(edited("nominals.0.visits.0.checks", texts({"devices", "address"})) == "(ok)");
    CHECK(edited("nominals.0.visits.0.checks", QJsonArray()) == "(ok)");
    CHECK(edited("nominals.0.visits.0.checks", texts({"address", "garden"})) ==
          R"(nominals[0].visits[0].checks[1]: unknown visit check "garden" (known: address, household, vehicles, devices, employment, associates, other))");
    CHECK(edited("nominals.0.visits.0.checks", texts({"address", "devices", "address"})) ==
          R"(nominals[0].visits[0].checks[2]: duplicate of nominals[0].visits[0].checks[0] "address")");
    CHECK(edited("nominals.0.visits.0.checks", QStringLiteral("address")) ==
          "nominals[0].visits[0].checks: must be an array");
}

TEST_CASE("bundle: plan trigger phrases are non-blank and distinct", "[bundle][plans]")
{
    CHECK(edited("nominals.0.plans.0.trigger_phrases", texts({"new partner"})) == "(ok)");
    CHECK(edited("nominals.0.plans.0.trigger_phrases", texts({"a", " \u00A0\t"})) ==
          "nominals[0].plans[0].trigger_phrases[1]: must not be blank");
    CHECK(edited("nominals.0.plans.0.trigger_phrases", texts({"a", "b", "a"})) ==
          R"(nominals[0].plans[0].trigger_phrases[2]: duplicate of nominals[0].plans[0].trigger_phrases[0] "a")");
    CHECK(edited("nominals.0.plans.0.trigger_phrases", texts({"a", "A"})) == "(ok)"); // distinct strings
    CHECK(edited("nominals.0.plans.0.trigger_phrases.0", 5) ==
          "nominals[0].plans[0].trigger_phrases[0]: must be a string");
}

TEST_CASE("bundle: older bundles without the three fields stay valid", "[bundle][visits][plans]")
{
    QByteArray json = editedBundle(QStringLiteral("nominals.0.visits.0.time"), QJsonValue(QJsonValue::Undefined));
    json = editedBundle(json, QStringLiteral("nominals.0.visits.0.checks"), QJsonValue(QJsonValue::Undefined));
    json = editedBundle(json, QStringLiteral("nominals.0.plans.0.trigger_phrases"), QJsonValue(QJsonValue::Undefined));
    auto r = BundleReader::read(json, emptyContext());
    REQUIRE(r.ok());
    const Nominal& n = r->nominals.first();
    CHECK_FALSE(n.visits.first().time.has_value());
    CHECK(n.visits.first().checks.isEmpty());
    CHECK(n.plans.first().triggerPhrases.isEmpty());
    const QByteArray out = BundleWriter::write(*r, defaultBundleVocabulary());
    CHECK_FALSE(out.contains("\"time\""));
    CHECK_FALSE(out.contains("\"checks\""));
    CHECK_FALSE(out.contains("\"trigger_phrases\""));
}

TEST_CASE("bundle: checks are written in policy order, phrases in their own, fields in documented order",
          "[bundle][visits][plans]")
{
    QByteArray json = editedBundle(QStringLiteral("nominals.0.visits.0.checks"), texts({"other", "devices", "address"}));
    json = editedBundle(json, QStringLiteral("nominals.0.plans.0.trigger_phrases"), texts({"zeta", "alpha"}));
    auto r = BundleReader::read(json, emptyContext());
    REQUIRE(r.ok());
    CHECK(r->nominals.first().visits.first().checks ==
          QStringList{QStringLiteral("other"), QStringLiteral("devices"), QStringLiteral("address")});
    const QByteArray out = BundleWriter::write(*r, defaultBundleVocabulary());
    const auto at = [&](const char* s) { return out.indexOf(s); };
    CHECK(at("\"address\"") < at("\"devices\""));
    CHECK(at("\"devices\"") < at("\"other\""));
    CHECK(at("\"zeta\"") < at("\"alpha\""));
    // visits: date, by, time, type, announced, outcome, verified, checks
    const qsizetype visit = at("\"visits\"");
    CHECK(out.indexOf("\"by\"", visit) < out.indexOf("\"time\"", visit));
    CHECK(out.indexOf("\"time\"", visit) < out.indexOf("\"type\"", visit));
    CHECK(out.indexOf("\"verified\"", visit) < out.indexOf("\"checks\"", visit));
    // plans: from, visit_interval_days, escalation_triggers, trigger_phrases, summary
    const qsizetype plans = at("\"plans\"");
    CHECK(out.indexOf("\"escalation_triggers\"", plans) < out.indexOf("\"trigger_phrases\"", plans));
    CHECK(out.indexOf("\"trigger_phrases\"", plans) < out.indexOf("\"summary\"", plans));
    // A round trip reads back the same values.
    auto again = BundleReader::read(out, emptyContext());
    REQUIRE(again.ok());
    CHECK(again->nominals.first().visits.first().time == QTime(19, 30));
    CHECK(BundleWriter::write(*again, defaultBundleVocabulary()) == out);
}
