// One test per error path of bundle-format.md; each asserts the JSON path the message names.

#include "BundleTestUtil.h"
#include "core/bundle/BundleReader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

std::string err(const QByteArray& json, const BundleContext& context = emptyContext())
{
    return readError(json, context).toStdString();
}

std::string edited(const char* path, const QJsonValue& value, const BundleContext& context = emptyContext())
{
    return err(editedBundle(QString::fromLatin1(path), value), context);
}

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    return QJsonObject(members);
}

} // namespace

TEST_CASE("bundle: the fixture reads without error")
{
    CHECK(err(fullBundleJson()) == "(ok)");
}

TEST_CASE("bundle: bad JSON names the offset")
{
    CHECK(err(R"({"format": "somdesk-bundle", "version": 1,})") ==
          "(root): not valid JSON: expected a string as member name at offset 42");
    CHECK_THAT(err("{\"format\" \"x\"}"), StartsWith("(root): not valid JSON: missing name separator at offset 10"));
    CHECK_THAT(err("nonsense"), StartsWith("(root): not valid JSON: illegal value at offset 0"));
    CHECK_THAT(err("{} {}"), StartsWith("(root): not valid JSON: garbage at the end of the document at offset 3"));
    CHECK_THAT(err(""), StartsWith("(root): not valid JSON: "));
    CHECK_THAT(err(R"({"a": 01})"), StartsWith("(root): not valid JSON: "));
    CHECK_THAT(err(R"({"a": "\x"})"), StartsWith("(root): not valid JSON: invalid escape sequence at offset 7"));
    CHECK_THAT(err(R"({"a": "\ud800"})"),
               StartsWith("(root): not valid JSON: invalid escape sequence (lone surrogate)"));
    CHECK_THAT(err("{\"a\": \"tab\there\"}"), StartsWith("(root): not valid JSON: control character in string"));
}

TEST_CASE("bundle: truncated JSON")
{
    const QByteArray full = fullBundleJson();
    CHECK_THAT(err(full.left(full.size() / 2)), StartsWith("(root): not valid JSON: "));
    CHECK_THAT(err(full.left(full.size() - 3)), StartsWith("(root): not valid JSON: unterminated"));
    CHECK_THAT(err(R"({"format": "somdesk-bund)"), StartsWith("(root): not valid JSON: unterminated string"));
}

TEST_CASE("bundle: invalid UTF-8 is rejected before parsing")
{
    QByteArray bad = editedBundle(QStringLiteral("nominals.0.family_name"), QStringLiteral("XXXX"));
    const qsizetype at = bad.indexOf("XXXX");
    bad[at + 1] = '\xC3'; // lead byte followed by an ASCII byte
    CHECK(err(bad) == "(root): not valid UTF-8: invalid byte sequence at offset " + std::to_string(at + 1));
    CHECK_THAT(err("{\"a\": \"\xED\xA0\x80\"}"), StartsWith("(root): not valid UTF-8"));     // encoded surrogate
    CHECK_THAT(err("{\"a\": \"\xC0\xAF\"}"), StartsWith("(root): not valid UTF-8"));         // overlong
    CHECK_THAT(err("{\"a\": \"\xF4\x90\x80\x80\"}"), StartsWith("(root): not valid UTF-8")); // above U+10FFFF
    CHECK_THAT(err("{\"a\": \"\xE2\x82\"}"), StartsWith("(root): not valid UTF-8"));         // truncated sequence
}

TEST_CASE("bundle: the root must be an object")
{
    CHECK(err("[]") == "(root): must be an object");
    CHECK(err("\"somdesk-bundle\"") == "(root): must be an object");
}

TEST_CASE("bundle: wrong format")
{
    CHECK(edited("format", QStringLiteral("somdesk")) == R"(format: must be "somdesk-bundle")");
    CHECK(edited("format", 1) == R"(format: must be "somdesk-bundle")");
    CHECK(edited("format", removed) == "format: required key missing");
    // The header is judged first even when other errors come earlier in the document.
    CHECK(err(R"({"foo": 1, "format": "x", "version": 1})") == R"(format: must be "somdesk-bundle")");
}

TEST_CASE("bundle: wrong version")
{
    CHECK(edited("version", 2) == "version: must be 1");
    CHECK(edited("version", QStringLiteral("1")) == "version: must be a number");
    CHECK(edited("version", removed) == "version: required key missing");
    CHECK(err(R"({"format": "somdesk-bundle", "version": 1.0})") == "(ok)");
}

TEST_CASE("bundle: unknown keys are errors at every level")
{
    CHECK(edited("foo", true) == "foo: unknown key");
    CHECK(edited("nominals.0.foo", true) == "nominals[0].foo: unknown key");
    CHECK(edited("nominals.0.mappa.tier", 1) == "nominals[0].mappa.tier: unknown key");
    CHECK(edited("nominals.0.entries.1.acknowledged.0.when", 1) ==
          "nominals[0].entries[1].acknowledged[0].when: unknown key");
    CHECK(edited("dip_samples.0.records.1.items.0.extra", 1) ==
          "dip_samples[0].records[1].items[0].extra: unknown key");
    CHECK(edited("users.0.password_hash", QStringLiteral("x")) == "users[0].password_hash: unknown key");
}

TEST_CASE("bundle: duplicate keys in one object")
{
    CHECK(err(R"({"format": "somdesk-bundle", "version": 1, "users": [], "users": []})") == "users: duplicate key");
}

TEST_CASE("bundle: missing required keys")
{
    CHECK(edited("nominals.0.ref", removed) == "nominals[0].ref: required key missing");
    CHECK(edited("nominals.1.registration.period", removed) == "nominals[1].registration.period: required key missing");
    CHECK(edited("nominals.0.entries.2.text", removed) == "nominals[0].entries[2].text: required key missing");
    CHECK(edited("users.2.name", removed) == "users[2].name: required key missing");
    CHECK(edited("dip_samples.0.seed", removed) == "dip_samples[0].seed: required key missing");
    CHECK(edited("nominals.0.ref", QJsonValue::Null) == "nominals[0].ref: required, must not be null");
}

TEST_CASE("bundle: optional keys may be null and lists default to empty")
{
    CHECK(edited("nominals.0.address", QJsonValue::Null) == "(ok)");
    CHECK(edited("nominals.0.entries", QJsonValue::Null) ==
          R"(nominals[0].reviews[0].entry: no entry "E1" in this nominal)");
    CHECK(edited("nominals.1.plans", QJsonValue::Null) == "(ok)");
    CHECK(edited("users.3.collar", QJsonValue::Null) ==
          "users[3].collar: required key missing (required except for admins)");
}

TEST_CASE("bundle: impossible and malformed dates")
{
    CHECK(edited("nominals.0.date_of_birth", QStringLiteral("2023-02-30")) == "nominals[0].date_of_birth: not a date");
    CHECK_THAT(edited("nominals.1.date_of_birth", QStringLiteral("1990-2-28")),
               StartsWith("nominals[1].date_of_birth: not a date"));
    CHECK_THAT(edited("nominals.0.custody.1.from", QStringLiteral("2017-01-10T00:00:00Z")),
               StartsWith("nominals[0].custody[1].from: not a date"));
    CHECK_THAT(edited("nominals.0.registration.first_notified", QStringLiteral("2015-13-01")),
               StartsWith("nominals[0].registration.first_notified: not a date"));
    CHECK_THAT(edited("nominals.0.risk_history.0.from", QStringLiteral("0000-01-01")),
               StartsWith("nominals[0].risk_history[0].from: not a date"));
    CHECK(edited("nominals.1.date_of_birth", QStringLiteral("2024-02-29")) == "(ok)");
    CHECK_THAT(edited("nominals.1.date_of_birth", QStringLiteral("2023-02-29")),
               StartsWith("nominals[1].date_of_birth: not a date"));
}

TEST_CASE("bundle: bad timestamps")
{
    const char* path = "nominals.0.entries.1.at";
    const std::string msg = "nominals[0].entries[1].at: not a timestamp";
    CHECK(edited(path, QStringLiteral("2016-10-17T10:00:00.000Z")) == msg);                 // fraction
    CHECK_THAT(edited(path, QStringLiteral("2016-10-17T10:00:00+01:00")), StartsWith(msg)); // offset
    CHECK_THAT(edited(path, QStringLiteral("2016-10-17T10:00:00")), StartsWith(msg));       // no Z
    CHECK_THAT(edited(path, QStringLiteral("2016-10-17 10:00:00Z")), StartsWith(msg));
    CHECK_THAT(edited(path, QStringLiteral("2016-10-17T24:00:00Z")), StartsWith(msg));
    CHECK_THAT(edited(path, QStringLiteral("2016-02-30T10:00:00Z")), StartsWith(msg));
    CHECK_THAT(edited(path, QStringLiteral("2016-10-17t10:00:00z")), StartsWith(msg));
    CHECK_THAT(edited("dip_samples.0.drawn_at", QStringLiteral("2026-10-01")),
               StartsWith("dip_samples[0].drawn_at: not a timestamp"));
}

TEST_CASE("bundle: unknown users")
{
    CHECK(edited("nominals.0.owner", QStringLiteral("pc0000")) == R"(nominals[0].owner: unknown user "pc0000")");
    CHECK(edited("nominals.0.arms.0.by", QStringLiteral("pc0000")) ==
          R"(nominals[0].arms[0].by: unknown user "pc0000")");
    CHECK(edited("nominals.0.visits.1.by", QStringLiteral("x")) == R"(nominals[0].visits[1].by: unknown user "x")");
    CHECK(edited("nominals.0.entries.1.acknowledged.1.by", QStringLiteral("x")) ==
          R"(nominals[0].entries[1].acknowledged[1].by: unknown user "x")");
    CHECK(edited("nominals.0.reviews.0.requested_by", QStringLiteral("x")) ==
          R"(nominals[0].reviews[0].requested_by: unknown user "x")");
    CHECK(edited("nominals.0.reviews.0.decided_by", QStringLiteral("x")) ==
          R"(nominals[0].reviews[0].decided_by: unknown user "x")");
    CHECK(edited("nominals.0.mappa_referrals.0.by", QStringLiteral("x")) ==
          R"(nominals[0].mappa_referrals[0].by: unknown user "x")");
    CHECK(edited("nominals.0.transfers.0.from", QStringLiteral("x")) ==
          R"(nominals[0].transfers[0].from: unknown user "x")");
    CHECK(edited("nominals.1.management_decisions.0.by", QStringLiteral("x")) ==
          R"(nominals[1].management_decisions[0].by: unknown user "x")");
    CHECK(edited("nominals.0.indefinite_review_decisions.0.by", QStringLiteral("x")) ==
          R"(nominals[0].indefinite_review_decisions[0].by: unknown user "x")");
    CHECK(edited("nominals.0.overrides.0.by", QStringLiteral("x")) ==
          R"(nominals[0].overrides[0].by: unknown user "x")");
    CHECK(edited("dip_samples.0.sergeant", QStringLiteral("x")) == R"(dip_samples[0].sergeant: unknown user "x")");
    CHECK(edited("dip_samples.0.records.0.officer", QStringLiteral("x")) ==
          R"(dip_samples[0].records[0].officer: unknown user "x")");
    // The transfer's "to" is also the owner; check the reference before the consistency.
    CHECK(edited("nominals.0.transfers.0.to", QStringLiteral("x")) ==
          R"(nominals[0].transfers[0].to: unknown user "x")");
}

TEST_CASE("bundle: users may come from the database")
{
    BundleContext ctx = emptyContext();
    ctx.existingUser = [](const QString& username) -> std::optional<User> {
        if (username == QLatin1String("init")) {
            User u;
            u.username = username;
            u.name = QStringLiteral("Initial Admin");
            u.role = Role::Admin;
            return u;
        }
        return std::nullopt;
    };
    CHECK(edited("nominals.0.overrides.0.by", QStringLiteral("init"), ctx) == "(ok)");
    CHECK(edited("nominals.0.overrides.0.by", QStringLiteral("nobody"), ctx) ==
          R"(nominals[0].overrides[0].by: unknown user "nobody")");
}

TEST_CASE("bundle: users listed after the nominals that reference them")
{
    const QByteArray json = R"({"format": "somdesk-bundle", "version": 1,
        "nominals": [{"ref": "N1", "family_name": "T", "given_names": "T", "date_of_birth": "1980-01-01",
                      "area": "Area 1", "owner": "pc1", "risk_level": "low",
                      "registration": {"first_notified": "2010-01-01", "period": "2y"}}],
        "users": [{"username": "pc1", "name": "Synthetic", "collar": "1", "role": "officer"}]})";
    CHECK(err(json) == "(ok)");
}

TEST_CASE("bundle: duplicate refs in the bundle and in the database")
{
    CHECK(edited("nominals.1.ref", QStringLiteral("N000123")) ==
          R"(nominals[1].ref: duplicate ref "N000123" (also nominals[0]))");
    BundleContext ctx = emptyContext();
    ctx.refExists = [](const QString& ref) { return ref == QLatin1String("N000200"); };
    CHECK(err(fullBundleJson(), ctx) == R"(nominals[1].ref: ref "N000200" already exists in the database)");
}

TEST_CASE("bundle: duplicate entry id within a nominal")
{
    CHECK(edited("nominals.0.entries.2.id", QStringLiteral("E0")) ==
          R"(nominals[0].entries[2].id: duplicate entry id "E0")");
    // The same id in two nominals is fine.
    const QJsonObject entry = obj({{QStringLiteral("id"), QStringLiteral("E0")},
                                   {QStringLiteral("at"), QStringLiteral("2016-10-01T09:00:00Z")},
                                   {QStringLiteral("by"), QStringLiteral("pc1111")},
                                   {QStringLiteral("type"), QStringLiteral("note")},
                                   {QStringLiteral("text"), QStringLiteral("Synthetic")}});
    CHECK(edited("nominals.1.entries", QJsonArray{entry}) == "(ok)");
}

TEST_CASE("bundle: references must name other entries of the same nominal")
{
    CHECK(edited("nominals.0.entries.1.references.0", QStringLiteral("E9")) ==
          R"(nominals[0].entries[1].references[0]: no entry "E9" in this nominal)");
    CHECK(edited("nominals.0.entries.1.references.0", QStringLiteral("E1")) ==
          "nominals[0].entries[1].references[0]: must reference another entry, not its own");
    CHECK_THAT(edited("nominals.0.entries.1.references.0", QStringLiteral("bad id!")),
               StartsWith("nominals[0].entries[1].references[0]: must be 1 to 64 characters"));
    // Forward references (E2 → E3) are fine: the fixture has one.
}

TEST_CASE("bundle: a review must point at a concern or disclosure entry")
{
    CHECK(edited("nominals.0.reviews.0.entry", QStringLiteral("E0")) ==
          R"(nominals[0].reviews[0].entry: must name a concern or disclosure entry ("E0" is "note"))");
    CHECK(edited("nominals.0.reviews.0.entry", QStringLiteral("E7")) ==
          R"(nominals[0].reviews[0].entry: no entry "E7" in this nominal)");
    CHECK(edited("nominals.0.reviews.0.entry", QStringLiteral("E3")) == "(ok)"); // disclosure
}

TEST_CASE("bundle: wrong enum values")
{
    CHECK(edited("users.2.role", QStringLiteral("constable")) ==
          "users[2].role: must be one of officer, sergeant, inspector, admin");
    CHECK(edited("nominals.0.risk_level", QStringLiteral("High")) ==
          "nominals[0].risk_level: must be one of low, medium, high, very_high");
    CHECK(edited("nominals.0.registration.period", QStringLiteral("3y")) ==
          "nominals[0].registration.period: must be one of indefinite, 10y, 7y, 5y, 2y");
    CHECK_THAT(edited("nominals.0.entries.0.type", QStringLiteral("memo")),
               StartsWith("nominals[0].entries[0].type: must be one of note,"));
    CHECK_THAT(edited("nominals.0.notifications.0.kind", QStringLiteral("monthly")),
               StartsWith("nominals[0].notifications[0].kind: must be one of initial,"));
    CHECK_THAT(edited("dip_samples.0.records.1.items.1.finding", QStringLiteral("ok")),
               StartsWith("dip_samples[0].records[1].items[1].finding: must be one of compliant,"));
    CHECK_THAT(edited("nominals.0.arms.0.risk_factors.0.rating", QStringLiteral("yes")),
               StartsWith("nominals[0].arms[0].risk_factors[0].rating: must be one of absent, partly, present"));
}

TEST_CASE("bundle: wrong types")
{
    CHECK(edited("nominals.0.family_name", 7) == "nominals[0].family_name: must be a string");
    CHECK(edited("nominals.0.aliases", QStringLiteral("x")) == "nominals[0].aliases: must be an array");
    CHECK(edited("nominals.0.aliases.1", 3) == "nominals[0].aliases[1]: must be a string");
    CHECK(edited("nominals.0.mappa", QJsonArray{1, 1}) == "nominals[0].mappa: must be an object");
    CHECK(edited("nominals.0.mappa.level", QStringLiteral("2")) == "nominals[0].mappa.level: must be a number");
    CHECK(edited("users.3.disabled", QStringLiteral("false")) == "users[3].disabled: must be true or false");
    CHECK(edited("users.3.disabled", 0) == "users[3].disabled: must be true or false");
    CHECK(edited("nominals", QJsonObject{}) == "nominals: must be an array");
    CHECK(edited("nominals.1", QStringLiteral("N000200")) == "nominals[1]: must be an object");
}

TEST_CASE("bundle: whole numbers")
{
    CHECK(edited("nominals.0.plans.0.visit_interval_days", 28.5) ==
          "nominals[0].plans[0].visit_interval_days: must be a whole number");
    CHECK(edited("nominals.0.plans.0.visit_interval_days", 28.0) == "(ok)");
    QByteArray json = fullBundleJson();
    json.replace("\"seed\": 918273", "\"seed\": 9.18273e5");
    CHECK(err(json) == "(ok)");
    json.replace("\"seed\": 9.18273e5", "\"seed\": 9182.73e1");
    CHECK(err(json) == "dip_samples[0].seed: must be a whole number");
}

TEST_CASE("bundle: ranges of numbers")
{
    CHECK(edited("nominals.0.mappa.category", 5) == "nominals[0].mappa.category: must be between 1 and 4");
    CHECK(edited("nominals.0.mappa.category", 0) == "nominals[0].mappa.category: must be between 1 and 4");
    CHECK(edited("nominals.0.mappa.level", 4) == "nominals[0].mappa.level: must be between 1 and 3");
    CHECK(edited("nominals.0.screenings.0.level", 0) == "nominals[0].screenings[0].level: must be between 1 and 3");
    CHECK(edited("nominals.0.plans.0.visit_interval_days", 0) ==
          "nominals[0].plans[0].visit_interval_days: must be between 1 and 2147483647");
    CHECK(edited("dip_samples.0.seed", -1) == "dip_samples[0].seed: must be between 0 and 9007199254740991");
    QByteArray json = fullBundleJson();
    json.replace("\"seed\": 918273", "\"seed\": 9007199254740991");
    CHECK(err(json) == "(ok)");
    json.replace("\"seed\": 9007199254740991", "\"seed\": 9007199254740992");
    CHECK(err(json) == "dip_samples[0].seed: must be between 0 and 9007199254740991");
    json.replace("\"seed\": 9007199254740992", "\"seed\": 1e400");
    CHECK(err(json) == "dip_samples[0].seed: must be between 0 and 9007199254740991");
}

TEST_CASE("bundle: identifier charset and length")
{
    const std::string msg = "must be 1 to 64 characters of A-Z a-z 0-9 _ . -";
    CHECK(edited("users.0.username", QStringLiteral("adm test")) == "users[0].username: " + msg);
    CHECK(edited("users.0.username", QStringLiteral("adm\u00e9")) == "users[0].username: " + msg);
    CHECK(edited("users.0.username", QString()) == "users[0].username: " + msg);
    CHECK(edited("nominals.1.ref", QString(65, QLatin1Char('N'))) == "nominals[1].ref: " + msg);
    CHECK(edited("nominals.0.entries.2.id", QStringLiteral("E/2")) == "nominals[0].entries[2].id: " + msg);
    CHECK(edited("nominals.0.entries.2.id", QString(64, QLatin1Char('E'))) == "(ok)");
    CHECK(edited("users.0.username", QStringLiteral("A-z_0.9")) == "(ok)");
}

TEST_CASE("bundle: text and name lengths")
{
    CHECK(edited("nominals.0.entries.0.text", QString(100'000, QLatin1Char('a'))) == "(ok)");
    CHECK(edited("nominals.0.entries.0.text", QString(100'001, QLatin1Char('a'))) ==
          "nominals[0].entries[0].text: longer than 100000 characters");
    CHECK(edited("nominals.0.family_name", QString(201, QLatin1Char('a'))) ==
          "nominals[0].family_name: longer than 200 characters");
    CHECK(edited("nominals.0.aliases.0", QString(201, QLatin1Char('a'))) ==
          "nominals[0].aliases[0]: longer than 200 characters");
    CHECK(edited("users.1.name", QString(201, QLatin1Char('a'))) == "users[1].name: longer than 200 characters");
    // Characters, not UTF-16 units: 200 characters outside the BMP are 400 units.
    QString clefs;
    for (int i = 0; i < 200; ++i) {
        clefs += QStringLiteral("\U0001D11E");
    }
    CHECK(edited("nominals.0.family_name", clefs) == "(ok)");
}

TEST_CASE("bundle: bad base64 photo")
{
    const std::string msg = "nominals[0].photo: not standard base64";
    CHECK_THAT(edited("nominals.0.photo", QStringLiteral("iVBORw0KGgo")), StartsWith(msg));   // no padding
    CHECK_THAT(edited("nominals.0.photo", QStringLiteral("iVBORw0K Ggo=")), StartsWith(msg)); // white space
    CHECK_THAT(edited("nominals.0.photo", QStringLiteral("iVBORw0KGgo=\n")), StartsWith(msg));
    CHECK_THAT(edited("nominals.0.photo", QStringLiteral("iVBO_w0KGgo=")), StartsWith(msg)); // URL alphabet
    CHECK_THAT(edited("nominals.0.photo", QStringLiteral("iVBO=w0KGgo=")), StartsWith(msg)); // padding inside
    CHECK_THAT(edited("nominals.0.photo", QStringLiteral("iVBORw0KG===")), StartsWith(msg));
}

TEST_CASE("bundle: photo must be a JPEG or PNG of at most 1 MiB")
{
    CHECK(edited("nominals.0.photo", QString::fromLatin1(QByteArray("GIF89a....").toBase64())) ==
          "nominals[0].photo: not a JPEG or PNG image");
    CHECK(edited("nominals.0.photo", QString()) == "nominals[0].photo: not a JPEG or PNG image");
    QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
    CHECK(edited("nominals.0.photo", QString::fromLatin1(jpeg.toBase64())) == "(ok)");
    QByteArray big = jpeg + QByteArray(1024 * 1024 - 4, 'x');
    CHECK(edited("nominals.0.photo", QString::fromLatin1(big.toBase64())) == "(ok)");
    big.append('x');
    CHECK(edited("nominals.0.photo", QString::fromLatin1(big.toBase64())) == "nominals[0].photo: larger than 1 MiB");
}

TEST_CASE("bundle: review decision keys depend on the decision")
{
    CHECK(edited("nominals.0.reviews.0.decided_at", removed) ==
          "nominals[0].reviews[0].decided_at: required when the decision is approved");
    CHECK(edited("nominals.0.reviews.0.decided_by", QJsonValue::Null) ==
          "nominals[0].reviews[0].decided_by: required when the decision is approved");
    CHECK(edited("nominals.0.reviews.0.decision", QStringLiteral("pending")) ==
          "nominals[0].reviews[0].decided_at: not allowed when the decision is pending");
    CHECK(edited("nominals.0.reviews.1.decided_by", QStringLiteral("insp0012")) ==
          "nominals[0].reviews[1].decided_by: not allowed when the decision is pending");
    QByteArray rejected = editedBundle(QStringLiteral("nominals.0.reviews.1.decision"), QStringLiteral("rejected"));
    CHECK(err(rejected) == "nominals[0].reviews[1].decided_at: required when the decision is rejected");
    rejected = editedBundle(rejected, QStringLiteral("nominals.0.reviews.1.decided_at"),
                            QStringLiteral("2016-10-21T09:00:00Z"));
    CHECK(err(rejected) == "nominals[0].reviews[1].decided_by: required when the decision is rejected");
}

TEST_CASE("bundle: a referral with referred true needs level 2 or 3")
{
    CHECK(edited("nominals.0.mappa_referrals.0.level", 1) ==
          "nominals[0].mappa_referrals[0].level: must be 2 or 3 when referred is true");
    CHECK(edited("nominals.0.mappa_referrals.0.level", removed) ==
          "nominals[0].mappa_referrals[0].level: must be 2 or 3 when referred is true");
    CHECK(edited("nominals.0.mappa_referrals.0.level", 3) == "(ok)");
    QByteArray notReferred = editedBundle(QStringLiteral("nominals.0.mappa_referrals.0.referred"), false);
    CHECK(err(editedBundle(notReferred, QStringLiteral("nominals.0.mappa_referrals.0.level"), removed)) == "(ok)");
    CHECK(err(editedBundle(notReferred, QStringLiteral("nominals.0.mappa_referrals.0.level"), 1)) == "(ok)");
}

TEST_CASE("bundle: owner must be the last transfer's to")
{
    CHECK_THAT(edited("nominals.0.owner", QStringLiteral("pc1111")),
               StartsWith(R"(nominals[0].owner: must equal the last transfer's "to")") &&
                   Contains(R"(nominals[0].transfers[0].to is "pc4521")"));
    // "last" is the latest date, whatever the list order.
    const QJsonObject earlier{{QStringLiteral("on"), QStringLiteral("2010-01-01")},
                              {QStringLiteral("from"), QStringLiteral("pc4521")},
                              {QStringLiteral("to"), QStringLiteral("pc1111")}};
    CHECK(edited("nominals.0.transfers.1", earlier) == "(ok)");
    // Same date: the later in the list is the last.
    QJsonObject sameDay = earlier;
    sameDay[QStringLiteral("on")] = QStringLiteral("2016-09-01");
    CHECK_THAT(edited("nominals.0.transfers.1", sameDay),
               StartsWith("nominals[0].owner: ") && Contains("transfers[1].to"));
}

TEST_CASE("bundle: risk_level must be the last risk_history level")
{
    CHECK_THAT(edited("nominals.0.risk_level", QStringLiteral("medium")),
               StartsWith("nominals[0].risk_level: must equal the last risk_history level") &&
                   Contains(R"(nominals[0].risk_history[1].level is "high")"));
    const QJsonObject older{{QStringLiteral("from"), QStringLiteral("2014-01-01")},
                            {QStringLiteral("level"), QStringLiteral("low")}};
    CHECK(edited("nominals.0.risk_history.2", older) == "(ok)");
}

TEST_CASE("bundle: management must be the mode of the last management decision")
{
    CHECK_THAT(edited("nominals.1.management", QStringLiteral("active")),
               StartsWith(R"(nominals[1].management: must be "reactive")") &&
                   Contains(R"(management_decisions[0].decision is "move_reactive")"));
    // management defaults to active, which still has to agree.
    CHECK_THAT(edited("nominals.1.management", removed), StartsWith("nominals[1].management: "));
    CHECK_THAT(edited("nominals.0.management_decisions.0.decision", QStringLiteral("stay_reactive")),
               StartsWith(R"(nominals[0].management: must be "reactive")"));
    CHECK(edited("nominals.1.management_decisions.0.decision", QStringLiteral("stay_reactive")) == "(ok)");
    CHECK_THAT(edited("nominals.1.management_decisions.0.decision", QStringLiteral("return_active")),
               StartsWith(R"(nominals[1].management: must be "active")"));
}

TEST_CASE("bundle: a user already in the database must agree on role, area and team")
{
    BundleContext ctx = emptyContext();
    User db;
    db.username = QStringLiteral("ps0042");
    db.name = QStringLiteral("Other Name");
    db.collar = QStringLiteral("9");
    db.role = Role::Sergeant;
    db.area = QStringLiteral("Area 1");
    db.team = QStringLiteral("Area 1 Team A");
    ctx.existingUser = [&db](const QString& u) { return u == db.username ? std::optional<User>(db) : std::nullopt; };
    CHECK(err(fullBundleJson(), ctx) == "(ok)"); // name and collar may differ: the database keeps its own
    db.role = Role::Inspector;
    CHECK(err(fullBundleJson(), ctx) == "users[4].role: must agree with the existing user's role (inspector)");
    db.role = Role::Sergeant;
    db.area = QStringLiteral("Area 2");
    CHECK(err(fullBundleJson(), ctx) == R"(users[4].area: must agree with the existing user's area ("Area 2"))");
    db.area = QStringLiteral("Area 1");
    db.team = std::nullopt;
    CHECK(err(fullBundleJson(), ctx) == "users[4].team: must agree with the existing user's team (none)");
}

TEST_CASE("bundle: collar is required except for admins")
{
    CHECK(edited("users.3.collar", removed) == "users[3].collar: required key missing (required except for admins)");
    CHECK(edited("users.1.collar", removed) == "users[1].collar: required key missing (required except for admins)");
    CHECK(edited("users.0.collar", removed) == "(ok)"); // adm.test is an admin without one
    CHECK(edited("users.0.collar", QStringLiteral("A1")) == "(ok)");
}

TEST_CASE("bundle: duplicate usernames")
{
    CHECK(edited("users.2.username", QStringLiteral("insp0012")) ==
          R"(users[2].username: duplicate username "insp0012")");
}

TEST_CASE("bundle: ARMS factor names come from the vocabulary")
{
    CHECK_THAT(edited("nominals.0.arms.0.risk_factors.1.factor", QStringLiteral("hostility")),
               StartsWith(R"(nominals[0].arms[0].risk_factors[1].factor: unknown risk factor "hostility")"));
    CHECK_THAT(edited("nominals.0.arms.0.protective_factors.0.factor", QStringLiteral("sexual_preoccupation")),
               StartsWith("nominals[0].arms[0].protective_factors[0].factor: unknown protective factor"));
    BundleContext ctx = emptyContext();
    ctx.vocabulary.riskFactors.append(QStringLiteral("hostility"));
    CHECK(edited("nominals.0.arms.0.risk_factors.1.factor", QStringLiteral("hostility"), ctx) == "(ok)");
}

TEST_CASE("bundle: dip-sample item names come from the vocabulary")
{
    CHECK_THAT(edited("dip_samples.0.records.1.items.2.item", QStringLiteral("tea_made")),
               StartsWith(R"(dip_samples[0].records[1].items[2].item: unknown dip-sample item "tea_made")"));
}

TEST_CASE("bundle: dip-sample records point at nominals that exist")
{
    CHECK(edited("dip_samples.0.records.0.nominal", QStringLiteral("N999")) ==
          R"(dip_samples[0].records[0].nominal: unknown nominal "N999")");
    BundleContext ctx = emptyContext();
    ctx.refExists = [](const QString& ref) { return ref == QLatin1String("N999"); };
    CHECK(edited("dip_samples.0.records.0.nominal", QStringLiteral("N999"), ctx) == "(ok)");
}

TEST_CASE("bundle: the first error in document order is reported")
{
    const QByteArray json = R"({"format": "somdesk-bundle", "version": 1,
        "users": [{"username": "pc1", "name": "Synthetic", "collar": "1", "role": "officer", "zz": 1, "team": 5}],
        "nominals": [{"ref": "bad ref"}]})";
    CHECK(err(json) == "users[0].zz: unknown key");
    const QByteArray json2 = R"({"format": "somdesk-bundle", "version": 1,
        "nominals": [{"ref": "N1", "date_of_birth": "2023-02-30", "family_name": 1}]})";
    CHECK_THAT(err(json2), StartsWith("nominals[0].date_of_birth: not a date"));
}

TEST_CASE("bundle: deep nesting and huge input do not crash")
{
    QByteArray deep = QByteArray(10'000, '[') + QByteArray(10'000, ']');
    CHECK_THAT(err(deep), StartsWith("(root): not valid JSON: too deeply nested at offset"));
    QByteArray deepObjects;
    for (int i = 0; i < 10'000; ++i) {
        deepObjects += "{\"a\":";
    }
    deepObjects += "1" + QByteArray(10'000, '}');
    CHECK_THAT(err(deepObjects), StartsWith("(root): not valid JSON: too deeply nested"));
    // Nested inside a bundle, below the limit: a type error at the right path.
    CHECK(edited("nominals.0.address", QJsonArray{QJsonArray{QJsonArray{}}}) ==
          "nominals[0].address: must be a string");

    const QString huge(5 * 1024 * 1024, QLatin1Char('x'));
    CHECK(edited("nominals.0.entries.0.text", huge) == "nominals[0].entries[0].text: longer than 100000 characters");
    CHECK(edited("nominals.0.photo", huge) == "nominals[0].photo: larger than 1 MiB");
    CHECK_THAT(err("{\"format\": \"" + QByteArray(5 * 1024 * 1024, 'y')),
               StartsWith("(root): not valid JSON: unterminated string"));
}
