#include "RulesTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

QString errorOf(const char* json)
{
    const auto r = Policy::fromJson(QByteArray(json), Policy::defaults());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    return r.error().message;
}

} // namespace

TEST_CASE("rules: policy defaults are the documented numbers", "[rules][policy]")
{
    const Policy p = Policy::defaults();
    CHECK(p.days(s("arms_after_release_days")) == 42);
    CHECK(p.days(s("arms_after_registration_days")) == 42);
    CHECK(p.perRisk(s("arms_review_months"), RiskLevel::VeryHigh) == 6);
    CHECK(p.perRisk(s("arms_review_months"), RiskLevel::High) == 6);
    CHECK(p.perRisk(s("arms_review_months"), RiskLevel::Medium) == 12);
    CHECK(p.perRisk(s("arms_review_months"), RiskLevel::Low) == 12);
    CHECK(p.days(s("escalation_review_days")) == 3);
    CHECK(p.days(s("oversight_days")) == 2);
    CHECK(p.days(s("mappa_referral_days")) == 5);
    CHECK(p.days(s("post_sentence_screening_days")) == 28);
    CHECK(p.months(s("screening_before_release_months")) == 6);
    CHECK(p.months(s("screening_grace_months")) == 1);
    CHECK(p.days(s("acknowledge_days")) == 7);
    CHECK(p.days(s("transfer_acknowledge_days")) == 7);
    CHECK(p.perRisk(s("visit_interval_months"), RiskLevel::VeryHigh) == 1);
    CHECK(p.perRisk(s("visit_interval_months"), RiskLevel::High) == 3);
    CHECK(p.perRisk(s("visit_interval_months"), RiskLevel::Medium) == 6);
    CHECK(p.perRisk(s("visit_interval_months"), RiskLevel::Low) == 12);
    CHECK(p.days(s("trigger_review_days")) == 1);
    CHECK(p.years(s("reactive_min_low_years")) == 3);
    CHECK(p.months(s("reactive_recheck_months")) == 12);
    CHECK(p.days(s("reactive_review_days")) == 7);
    CHECK(p.years(s("indefinite_rereview_years")) == 8);
    CHECK(p.days(s("warn_days")) == 14);
    CHECK(p.list(s("trigger_phrases")) == QStringList{s("thoughts of"), s("urges"), s("fantasies"), s("feel isolated"),
                                                      s("feeling isolated"), s("feels isolated"), s("vulnerable"),
                                                      s("might reoffend"), s("going to offend"), s("can't cope")});
    CHECK(p.list(s("arms_risk_factors")).size() == 7);
    CHECK(p.list(s("arms_risk_factors")).first() == s("sexual_preoccupation"));
    CHECK(p.list(s("arms_protective_factors")) == QStringList{s("positive_routine"), s("social_investment"),
                                                              s("positive_social_influences"),
                                                              s("commitment_to_desist")});
    CHECK(p.list(s("dip_sample_items")).size() == 8);
    CHECK(p.list(s("dip_sample_items")).last() == s("plan_current"));
    CHECK(p.number(s("dip_sample_size")) == 2);
    CHECK(p.number(s("lock_minutes")) == 15);
    CHECK(p.number(s("signin_max_failures")) == 5);
    CHECK(p.number(s("password_memlimit_mib")) == 64);
    CHECK(p.number(s("password_opslimit")) == 2);
    CHECK(p.number(s("backup_keep")) == 7);
    CHECK(p.number(s("backup_interval_hours")) == 24);
    CHECK(p.years(s("retention_review_years")) == 10);
    CHECK(Policy() == p);
}

TEST_CASE("rules: policy key table is complete and each default validates", "[rules][policy]")
{
    QSet<QString> names;
    for (const PolicyKeyInfo& k : Policy::keys()) {
        INFO(k.key.toStdString());
        CHECK_FALSE(names.contains(k.key));
        names.insert(k.key);
        CHECK_FALSE(k.unit.isEmpty());
        CHECK_FALSE(k.description.isEmpty());
        CHECK(Policy::keyInfo(k.key) == &k);
        // Each default, given alone, is accepted and read back unchanged.
        QJsonObject o{{k.key, k.defaultValue}};
        const auto r = Policy::fromJsonObject(o, Policy::defaults());
        REQUIRE(r.ok());
        CHECK(r->value(k.key) == k.defaultValue);
    }
    CHECK(names.size() == 41);
    CHECK(Policy::keyInfo(s("nope")) == nullptr);
}

TEST_CASE("rules: policy JSON round trip is full and deterministic", "[rules][policy]")
{
    const QByteArray json = Policy::defaults().toJson();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    CHECK(o.size() == Policy::keys().size());
    CHECK(o.value(s("warn_days")).toInt() == 14);
    CHECK(o.value(s("visit_interval_months")).toObject().value(s("very_high")).toInt() == 1);
    const auto back = Policy::fromJson(json, Policy::defaults());
    REQUIRE(back.ok());
    CHECK(*back == Policy::defaults());
    CHECK(back->toJson() == json);
}

TEST_CASE("rules: a policy file overrides only the keys it lists", "[rules][policy]")
{
    const auto base = Policy::fromJson(QByteArray(R"({"warn_days": 10, "oversight_days": 4})"), Policy::defaults());
    REQUIRE(base.ok());
    const auto whatIf = Policy::fromJson(QByteArray(R"({"warn_days": 21, "arms_review_months": {"low": 24, "medium": 12,
                                     "high": 3, "very_high": 3}, "trigger_phrases": ["urges"]})"),
                                         *base);
    REQUIRE(whatIf.ok());
    CHECK(whatIf->days(s("warn_days")) == 21);
    CHECK(whatIf->days(s("oversight_days")) == 4); // from the base, not the defaults
    CHECK(whatIf->days(s("acknowledge_days")) == 7);
    CHECK(whatIf->perRisk(s("arms_review_months"), RiskLevel::Low) == 24);
    CHECK(whatIf->perRisk(s("arms_review_months"), RiskLevel::High) == 3);
    CHECK(whatIf->list(s("trigger_phrases")) == QStringList{s("urges")});
    const auto empty = Policy::fromJson(QByteArray("{}"), *base);
    REQUIRE(empty.ok());
    CHECK(*empty == *base);
    const auto wholeAsFloat = Policy::fromJson(QByteArray(R"({"warn_days": 2.0})"));
    REQUIRE(wholeAsFloat.ok());
    CHECK(wholeAsFloat->days(s("warn_days")) == 2);
}

TEST_CASE("rules: policy validation refuses, naming the key", "[rules][policy]")
{
    CHECK(errorOf("[1, 2]") == s("policy: not a JSON object"));
    CHECK(errorOf("42").startsWith(s("policy: not a JSON object")));
    CHECK(errorOf("{\"warn_days\": 1").startsWith(s("policy: not a JSON object")));
    CHECK(errorOf("").startsWith(s("policy: not a JSON object")));
    CHECK(errorOf(R"({"foo": 1})") == s("unknown policy key \"foo\""));
    CHECK(errorOf(R"({"warn_days": "14"})") == s("warn_days: must be a whole number ≥ 0"));
    CHECK(errorOf(R"({"warn_days": null})") == s("warn_days: must be a whole number ≥ 0"));
    CHECK(errorOf(R"({"warn_days": true})") == s("warn_days: must be a whole number ≥ 0"));
    CHECK(errorOf(R"({"warn_days": -1})") == s("warn_days: must be a whole number ≥ 0"));
    CHECK(errorOf(R"({"oversight_days": 2.5})") == s("oversight_days: must be a whole number ≥ 0"));
    CHECK(errorOf(R"({"warn_days": 1e9})") == s("warn_days: must be a whole number ≤ 100000"));
    CHECK(errorOf(R"({"password_memlimit_mib": 32})") ==
          s("password_memlimit_mib: must be a whole number from 64 to 1024"));
    CHECK(errorOf(R"({"password_opslimit": 1})") == s("password_opslimit: must be a whole number from 2 to 10"));
    CHECK(errorOf(R"({"arms_review_months": 6})").startsWith(s("arms_review_months: must be an object")));
    CHECK(errorOf(R"({"arms_review_months": {"low": 12, "medium": 12, "high": 6}})") ==
          s("arms_review_months.very_high: missing (every risk level needs a value)"));
    CHECK(errorOf(R"({"arms_review_months": {"low": 12, "medium": 12, "high": 6, "very_high": 6, "extreme": 1}})") ==
          s("arms_review_months.extreme: unknown risk level (expected low, medium, high, very_high)"));
    CHECK(errorOf(R"({"arms_review_months": {"low": 12, "medium": 12, "high": -6, "very_high": 6}})") ==
          s("arms_review_months.high: must be a whole number ≥ 0"));
    CHECK(errorOf(R"({"visit_interval_months": {"low": 12, "medium": 1.5, "high": 3, "very_high": 1}})") ==
          s("visit_interval_months.medium: must be a whole number ≥ 0"));
    CHECK(errorOf(R"({"trigger_phrases": []})") == s("trigger_phrases: must not be empty"));
    CHECK(errorOf(R"({"trigger_phrases": "urges"})") == s("trigger_phrases: must be a list of texts"));
    CHECK(errorOf(R"({"trigger_phrases": ["urges", ""]})") == s("trigger_phrases[1]: must be a non-empty text"));
    CHECK(errorOf(R"({"trigger_phrases": ["urges", "  "]})") == s("trigger_phrases[1]: must be a non-empty text"));
    CHECK(errorOf(R"({"trigger_phrases": ["urges", 3]})") == s("trigger_phrases[1]: must be a non-empty text"));
    CHECK(errorOf(R"({"dip_sample_items": []})") == s("dip_sample_items: must not be empty"));
    CHECK(errorOf(R"({"dip_sample_weights": {"low": 0, "medium": 1, "high": 2, "very_high": 3}})") ==
          s("dip_sample_weights.low: must be a whole number ≥ 1")); // every case holds a ticket
    CHECK(errorOf(R"({"arms_risk_factors": ["a", "b", "a"]})") ==
          s("arms_risk_factors[2]: duplicate of arms_risk_factors[0] \"a\""));
    // Every problem is reported, not just the first.
    const QString both = errorOf(R"({"foo": 1, "warn_days": -3})");
    CHECK(both.contains(s("unknown policy key \"foo\"")));
    CHECK(both.contains(s("warn_days: must be a whole number ≥ 0")));
}

TEST_CASE("rules: docs/policy.md documents every key with its default", "[rules][policy]")
{
    const QString doc = QString::fromUtf8(test::readFile(test::sourceDir() + s("/docs/policy.md")));
    for (const PolicyKeyInfo& k : Policy::keys()) {
        INFO(k.key.toStdString());
        // Each key has its own table row: | `key` | type | unit | default | meaning |
        const qsizetype row = doc.indexOf(s("| `") + k.key + s("` |"));
        REQUIRE(row >= 0);
        const QString line = doc.mid(row, doc.indexOf(QLatin1Char('\n'), row) - row);
        QString expected;
        switch (k.type) {
        case PolicyValueType::WholeNumber:
            expected = QString::number(k.defaultValue.toInt());
            break;
        case PolicyValueType::RiskLevelMap: {
            const QJsonObject o = k.defaultValue.toObject();
            expected = s("very_high %1, high %2, medium %3, low %4")
                           .arg(o.value(s("very_high")).toInt())
                           .arg(o.value(s("high")).toInt())
                           .arg(o.value(s("medium")).toInt())
                           .arg(o.value(s("low")).toInt());
            break;
        }
        case PolicyValueType::TextList: {
            QStringList quoted;
            for (const QJsonValue& v : k.defaultValue.toArray()) {
                quoted.append(s("\"") + v.toString() + s("\""));
            }
            expected = quoted.join(s(", "));
            break;
        }
        }
        CHECK(line.contains(s(" | ") + expected + s(" | ")));
        CHECK(line.contains(s(" | ") + k.unit + s(" | ")));
    }
}

TEST_CASE("rules: resources/policy-example.json is a valid what-if file", "[rules][policy]")
{
    const QByteArray json = test::readFile(test::sourceDir() + s("/resources/policy-example.json"));
    const auto p = Policy::fromJson(json, Policy::defaults());
    REQUIRE(p.ok());
    CHECK_FALSE(*p == Policy::defaults());
    const QJsonObject listed = QJsonDocument::fromJson(json).object();
    CHECK(listed.size() < Policy::keys().size()); // a what-if lists a few keys only
    for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
        CHECK(p->value(it.key()) == it.value());
    }
}

TEST_CASE("threat: an admin sets a hashing cost or failure limit that stalls or opens sign-in", "[security][policy]")
{
    // 100000 passes made the next sign-in take 35 minutes; 100000 failures allow guessing.
    CHECK(errorOf(R"({"password_opslimit": 100000})") == s("password_opslimit: must be a whole number from 2 to 10"));
    CHECK(errorOf(R"({"password_memlimit_mib": 100000})") ==
          s("password_memlimit_mib: must be a whole number from 64 to 1024"));
    CHECK(errorOf(R"({"signin_max_failures": 100000})") ==
          s("signin_max_failures: must be a whole number from 3 to 20"));
    CHECK(errorOf(R"({"signin_max_failures": 1})") == s("signin_max_failures: must be a whole number from 3 to 20"));
    CHECK(errorOf(R"({"signin_lock_minutes": 0})") == s("signin_lock_minutes: must be a whole number from 1 to 60"));
    CHECK(errorOf(R"({"signin_lock_max_minutes": 100000})") ==
          s("signin_lock_max_minutes: must be a whole number from 1 to 1440"));
    CHECK(errorOf(R"({"lock_minutes": 5000})") == s("lock_minutes: must be a whole number from 1 to 240"));
    // The bounds themselves are accepted.
    CHECK(Policy::fromJson(QByteArray(R"({"password_opslimit": 10, "password_memlimit_mib": 1024})")).ok());
    CHECK(Policy::fromJson(QByteArray(R"({"signin_max_failures": 3, "signin_lock_max_minutes": 1440})")).ok());
}
