// The writer's deterministic form: key order, list order, omissions, layout.

#include "core/bundle/BundleWriter.h"
#include "BundleTestUtil.h"
#include "core/bundle/BundleReader.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

QByteArray write(const Bundle& b)
{
    return BundleWriter::write(b, defaultBundleVocabulary());
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

User officer(const QString& username)
{
    User u;
    u.username = username;
    u.name = QStringLiteral("Synthetic ") + username;
    u.collar = QStringLiteral("1");
    return u;
}

Nominal minimalNominal(const QString& ref)
{
    Nominal n;
    n.ref = ref;
    n.familyName = QStringLiteral("Fictional");
    n.givenNames = QStringLiteral("Test");
    n.dateOfBirth = QDate(1980, 1, 1);
    n.area = QStringLiteral("Area 1");
    n.owner = QStringLiteral("pc1");
    n.registration.firstNotified = QDate(2010, 5, 6);
    n.riskHistory = {{QDate(2010, 5, 6), RiskLevel::Low}};
    return n;
}

// Positions of the needles in the haystack, in needle order (-1 when missing).
std::vector<qsizetype> positions(const QByteArray& hay, std::initializer_list<const char*> needles)
{
    std::vector<qsizetype> out;
    for (const char* n : needles) {
        out.push_back(hay.indexOf(n));
    }
    return out;
}

bool increasing(const std::vector<qsizetype>& p)
{
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] < 0 || (i > 0 && p[i] <= p[i - 1])) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("bundle: an empty bundle writes only the header")
{
    CHECK(write(Bundle{}) == "{\n  \"format\": \"somdesk-bundle\",\n  \"version\": 1\n}\n");
}

TEST_CASE("bundle: a minimal nominal writes required and always-written keys, in shape order")
{
    Bundle b;
    b.nominals = {minimalNominal(QStringLiteral("N1"))};
    const QByteArray expected = R"({
  "format": "somdesk-bundle",
  "version": 1,
  "nominals": [
    {
      "ref": "N1",
      "family_name": "Fictional",
      "given_names": "Test",
      "date_of_birth": "1980-01-01",
      "area": "Area 1",
      "owner": "pc1",
      "mappa": {
        "category": 1,
        "level": 1
      },
      "risk_level": "low",
      "risk_history": [
        {
          "from": "2010-05-06",
          "level": "low"
        }
      ],
      "register_status": "registered",
      "management": "active",
      "registration": {
        "first_notified": "2010-05-06",
        "period": "indefinite"
      }
    }
  ]
}
)";
    CHECK(write(b).toStdString() == expected.toStdString());
}

TEST_CASE("bundle: a nominal without risk history is written as import would complete it")
{
    Bundle b;
    b.nominals = {minimalNominal(QStringLiteral("N1"))};
    b.nominals[0].riskHistory.clear();
    b.nominals[0].riskLevel = RiskLevel::Medium;
    const QByteArray once = write(b);
    CHECK_THAT(once.toStdString(), Contains("\"risk_history\": [\n        {\n          \"from\": \"2010-05-06\",\n"
                                            "          \"level\": \"medium\""));
    User u = officer(QStringLiteral("pc1"));
    BundleContext ctx = emptyContext();
    ctx.existingUser = [u](const QString& name) { return name == u.username ? std::optional<User>(u) : std::nullopt; };
    const Result<Bundle> again = BundleReader::read(once, ctx);
    REQUIRE(again.ok());
    CHECK(write(again.value()) == once);
}

TEST_CASE("bundle: password is never written; optional keys without value are left out")
{
    Bundle b;
    User u = officer(QStringLiteral("pc1"));
    u.password = QStringLiteral("correct horse");
    b.users = {u};
    const QByteArray out = write(b);
    CHECK_FALSE(out.contains("password"));
    CHECK_FALSE(out.contains("correct horse"));
    CHECK_FALSE(out.contains("area"));
    CHECK_FALSE(out.contains("disabled"));
    CHECK_FALSE(out.contains("null"));
    CHECK_FALSE(out.contains("nominals"));
    CHECK_FALSE(out.contains("dip_samples"));
    CHECK_FALSE(out.contains("[]"));
}

TEST_CASE("bundle: timestamps are written in UTC with Z")
{
    Bundle b;
    Nominal n = minimalNominal(QStringLiteral("N1"));
    // 2016-10-17 11:30 at +01:00 is 10:30 UTC.
    const QDateTime offset(QDate(2016, 10, 17), QTime(11, 30, 5), Qt::OffsetFromUTC, 3600);
    n.entries = {{QStringLiteral("E1"),
                  offset,
                  QStringLiteral("pc1"),
                  EntryType::Note,
                  QStringLiteral("t"),
                  {},
                  std::nullopt,
                  {}}};
    b.nominals = {n};
    CHECK_THAT(write(b).toStdString(), Contains("\"at\": \"2016-10-17T10:30:05Z\""));
}

TEST_CASE("bundle: strings are escaped and written as UTF-8")
{
    Bundle b;
    Nominal n = minimalNominal(QStringLiteral("N1"));
    n.familyName = QStringLiteral("q\"b\\s/\n\t\u0007\u00e9\U0001F600");
    b.nominals = {n};
    CHECK_THAT(write(b).toStdString(),
               Contains("\"family_name\": \"q\\\"b\\\\s/\\n\\t\\u0007\xC3\xA9\xF0\x9F\x98\x80\""));
}

TEST_CASE("bundle: export order of users, nominals and dated lists")
{
    Bundle b;
    b.users = {officer(QStringLiteral("pc2")), officer(QStringLiteral("pc10")), officer(QStringLiteral("insp1"))};
    Nominal n2 = minimalNominal(QStringLiteral("N2"));
    Nominal n1 = minimalNominal(QStringLiteral("N1"));
    n1.riskHistory = {{QDate(2012, 1, 1), RiskLevel::High}, {QDate(2011, 1, 1), RiskLevel::Medium}};
    n1.plans = {{QDate(2015, 1, 1), 30, std::nullopt, {}, std::nullopt},
                {QDate(2014, 1, 1), 40, std::nullopt, {}, std::nullopt}};
    n1.custody = {{QDate(2009, 1, 1), std::nullopt, std::nullopt}, {QDate(2001, 1, 1), std::nullopt, std::nullopt}};
    n1.visits = {
        {QDate(2016, 2, 1), QStringLiteral("pc1"), VisitType::Home, std::nullopt, QStringLiteral("v2"), std::nullopt, std::nullopt, {}},
        {QDate(2016, 1, 1), QStringLiteral("pc1"), VisitType::Home, std::nullopt, QStringLiteral("v1"), std::nullopt, std::nullopt, {}},
        {QDate(2016, 2, 1), QStringLiteral("pc1"), VisitType::Home, std::nullopt, QStringLiteral("v3"), std::nullopt, std::nullopt, {}}};
    auto entry = [](const char* id, QDateTime at) {
        return Entry{QString::fromLatin1(id), at, QStringLiteral("pc1"), EntryType::Note,
                     QStringLiteral("t"),     {}, std::nullopt,          {}};
    };
    n1.entries = {entry("E9", utc(2016, 1, 2)), entry("E3", utc(2016, 1, 2)), entry("E1", utc(2016, 1, 3)),
                  entry("E5", utc(2016, 1, 1))};
    n1.entries[0].acknowledged = {{QStringLiteral("pc2"), utc(2016, 2, 1)},
                                  {QStringLiteral("pc10"), utc(2016, 2, 1)},
                                  {QStringLiteral("insp1"), utc(2016, 1, 31)}};
    n1.notifications = {{QDate(2016, 1, 1), NotificationKind::Travel},
                        {QDate(2016, 1, 1), NotificationKind::Annual},
                        {QDate(2015, 1, 1), NotificationKind::Initial},
                        {QDate(2016, 1, 1), NotificationKind::Change}};
    n1.reviews = {{QStringLiteral("E9"), utc(2016, 3, 1), QStringLiteral("pc1"), RiskLevel::High, std::nullopt,
                   QStringLiteral("r"), ReviewDecision::Pending, std::nullopt, std::nullopt, std::nullopt},
                  {QStringLiteral("E3"), utc(2016, 3, 1), QStringLiteral("pc1"), RiskLevel::High, std::nullopt,
                   QStringLiteral("r"), ReviewDecision::Pending, std::nullopt, std::nullopt, std::nullopt}};
    n1.overrides = {{QStringLiteral("k2"), QStringLiteral("pc1"), utc(2016, 4, 1), QStringLiteral("o")},
                    {QStringLiteral("k1"), QStringLiteral("pc1"), utc(2016, 4, 1), QStringLiteral("o")}};
    b.nominals = {n2, n1};
    const QByteArray out = write(b);

    CHECK(increasing(positions(out, {"\"insp1\"", "\"pc10\"", "\"pc2\""}))); // by username, code-unit order
    CHECK(increasing(positions(out, {"\"ref\": \"N1\"", "\"ref\": \"N2\""})));
    CHECK(increasing(positions(out, {"\"from\": \"2011-01-01\"", "\"from\": \"2012-01-01\""})));
    CHECK(increasing(positions(out, {"\"visit_interval_days\": 40", "\"visit_interval_days\": 30"})));
    CHECK(increasing(positions(out, {"\"from\": \"2001-01-01\"", "\"from\": \"2009-01-01\""})));
    CHECK(increasing(positions(out, {"\"v1\"", "\"v2\"", "\"v3\""}))); // ties keep imported order
    CHECK(increasing(positions(out, {"\"id\": \"E5\"", "\"id\": \"E3\"", "\"id\": \"E9\"", "\"id\": \"E1\""})));
    // acknowledged by at, then by.
    CHECK(increasing(positions(out, {"\"by\": \"insp1\"", "\"by\": \"pc10\"", "\"by\": \"pc2\""})));
    // notifications by date, then kind (by its spelling).
    CHECK(increasing(positions(out, {"\"initial\"", "\"annual\"", "\"change\"", "\"travel\""})));
    CHECK(increasing(positions(out, {"\"entry\": \"E3\"", "\"entry\": \"E9\""})));
    CHECK(increasing(positions(out, {"\"key\": \"k1\"", "\"key\": \"k2\""})));
}

TEST_CASE("bundle: export order of decisions and referrals")
{
    Bundle b;
    Nominal n = minimalNominal(QStringLiteral("N1"));
    n.mappaReferrals = {{QDate(2016, 5, 1), QStringLiteral("pc1"), false, std::nullopt, QStringLiteral("r2")},
                        {QDate(2016, 4, 1), QStringLiteral("pc1"), false, std::nullopt, QStringLiteral("r1")}};
    n.transfers = {{QDate(2016, 5, 1), QStringLiteral("pc3"), QStringLiteral("pc1"), std::nullopt},
                   {QDate(2016, 4, 1), QStringLiteral("pc2"), QStringLiteral("pc3"), std::nullopt}};
    n.managementDecisions = {
        {QDate(2016, 5, 1), QStringLiteral("pc1"), ManagementDecisionKind::StayActive, QStringLiteral("m2")},
        {QDate(2016, 4, 1), QStringLiteral("pc1"), ManagementDecisionKind::StayActive, QStringLiteral("m1")}};
    n.indefiniteReviewDecisions = {
        {QDate(2030, 5, 1), QStringLiteral("pc1"), IndefiniteOutcome::Continue, QStringLiteral("i2")},
        {QDate(2030, 4, 1), QStringLiteral("pc1"), IndefiniteOutcome::Continue, QStringLiteral("i1")}};
    n.screenings = {{QDate(2016, 5, 1), 2, QStringLiteral("s2")}, {QDate(2016, 4, 1), 1, QStringLiteral("s1")}};
    n.arms = {
        {QDate(2016, 5, 1), QStringLiteral("pc1"), LeadAgency::Police, RiskLevel::Low, {}, {}, QStringLiteral("a2")},
        {QDate(2016, 4, 1), QStringLiteral("pc1"), LeadAgency::Police, RiskLevel::Low, {}, {}, QStringLiteral("a1")}};
    b.nominals = {n};
    const QByteArray out = write(b);
    CHECK(increasing(positions(out, {"\"r1\"", "\"r2\""})));
    CHECK(increasing(positions(out, {"\"from\": \"pc2\"", "\"from\": \"pc3\""})));
    CHECK(increasing(positions(out, {"\"m1\"", "\"m2\""})));
    CHECK(increasing(positions(out, {"\"i1\"", "\"i2\""})));
    CHECK(increasing(positions(out, {"\"s1\"", "\"s2\""})));
    CHECK(increasing(positions(out, {"\"a1\"", "\"a2\""})));
}

TEST_CASE("bundle: lists the format keeps as imported stay as imported")
{
    Bundle b;
    Nominal n = minimalNominal(QStringLiteral("N1"));
    n.aliases = {QStringLiteral("Zulu"), QStringLiteral("Alpha")};
    n.entries = {{QStringLiteral("E1"),
                  utc(2016, 1, 1),
                  QStringLiteral("pc1"),
                  EntryType::Note,
                  QStringLiteral("t"),
                  {QStringLiteral("E9"), QStringLiteral("E2")},
                  std::nullopt,
                  {}}};
    n.arms = {{QDate(2016, 4, 1),
               QStringLiteral("pc1"),
               LeadAgency::Police,
               RiskLevel::Low,
               {{QStringLiteral("sexual_preoccupation"), FactorRatingValue::Absent, std::nullopt},
                {QStringLiteral("hostile_orientation"), FactorRatingValue::Absent, std::nullopt}},
               {{QStringLiteral("social_investment"), FactorRatingValue::Absent, std::nullopt},
                {QStringLiteral("positive_routine"), FactorRatingValue::Absent, std::nullopt}},
               std::nullopt}};
    b.nominals = {n};
    const QByteArray out = write(b);
    CHECK(increasing(positions(out, {"\"Zulu\"", "\"Alpha\""})));
    CHECK(increasing(positions(out, {"\"E9\"", "\"E2\""})));
    CHECK(increasing(positions(out, {"\"sexual_preoccupation\"", "\"hostile_orientation\""})));
    CHECK(increasing(positions(out, {"\"social_investment\"", "\"positive_routine\""})));
}

TEST_CASE("bundle: dip samples by period then sergeant, records by officer then nominal, items in policy order")
{
    Bundle b;
    auto item = [](const char* name) {
        return DipItem{QString::fromLatin1(name), DipFinding::Compliant, std::nullopt};
    };
    DipSample late{QStringLiteral("2026-11"), QStringLiteral("ps1"), 1, utc(2026, 11, 1), {}};
    DipSample earlyB{QStringLiteral("2026-10"), QStringLiteral("ps2"), 2, utc(2026, 10, 1), {}};
    DipSample earlyA{QStringLiteral("2026-10"), QStringLiteral("ps1"), 3, utc(2026, 10, 1), {}};
    earlyA.records = {{QStringLiteral("pc2"), QStringLiteral("N1"), std::nullopt, {}},
                      {QStringLiteral("pc1"), QStringLiteral("N2"), std::nullopt, {}},
                      {QStringLiteral("pc1"),
                       QStringLiteral("N1"),
                       std::nullopt,
                       {item("plan_current"), item("unlisted_b"), item("arms_in_time"), item("unlisted_a"),
                        item("claims_verified")}}};
    b.dipSamples = {late, earlyB, earlyA};
    const QByteArray out = write(b);
    CHECK(increasing(positions(out, {"\"seed\": 3", "\"seed\": 2", "\"seed\": 1"})));
    const qsizetype r1 = out.indexOf("\"officer\": \"pc1\",\n          \"nominal\": \"N1\"");
    const qsizetype r2 = out.indexOf("\"officer\": \"pc1\",\n          \"nominal\": \"N2\"");
    const qsizetype r3 = out.indexOf("\"officer\": \"pc2\",\n          \"nominal\": \"N1\"");
    CHECK(increasing({r1, r2, r3}));
    // Policy order; names the policy does not list go last, as imported.
    CHECK(increasing(positions(
        out, {"\"arms_in_time\"", "\"claims_verified\"", "\"plan_current\"", "\"unlisted_b\"", "\"unlisted_a\""})));
    // Another policy order gives another item order.
    BundleVocabulary reversed = defaultBundleVocabulary();
    std::reverse(reversed.dipItems.begin(), reversed.dipItems.end());
    const QByteArray out2 = BundleWriter::write(b, reversed);
    CHECK(increasing(positions(out2, {"\"plan_current\"", "\"claims_verified\"", "\"arms_in_time\""})));
}

TEST_CASE("bundle: photo bytes are written as standard padded base64")
{
    Bundle b;
    Nominal n = minimalNominal(QStringLiteral("N1"));
    n.photo = QByteArray("\xFF\xD8\xFF\xFE\xFB", 5);
    b.nominals = {n};
    CHECK_THAT(write(b).toStdString(), Contains("\"photo\": \"/9j//vs=\""));
}
