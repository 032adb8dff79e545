// export → import → export is exact (bundle-format.md), checked on the rich fixture, on a
// bundle built in code, and on a shuffled one.

#include "BundleTestUtil.h"
#include "core/bundle/BundleReader.h"
#include "core/bundle/BundleWriter.h"
#include "core/bundle/OrderedJson.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace somdesk;
using namespace somdesk::test;

namespace {

Bundle readOk(const QByteArray& json, const BundleContext& context = emptyContext())
{
    const Result<Bundle> r = BundleReader::read(json, context);
    INFO((r.ok() ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

QByteArray write(const Bundle& b)
{
    return BundleWriter::write(b, defaultBundleVocabulary());
}

void collectKeys(const bundle::JsonNode& n, const QString& path, QSet<QString>& keys)
{
    for (const bundle::JsonNode& c : n.children) {
        QString p = path;
        if (n.kind == bundle::JsonNode::Kind::Object) {
            p = path.isEmpty() ? c.key : path + QLatin1Char('.') + c.key;
            keys.insert(p);
        }
        collectKeys(c, p, keys);
    }
}

// Every key of the format's shape, as dotted paths without indices.
QSet<QString> allFormatKeys()
{
    const char* keys[] = {
        "format",
        "version",
        "users",
        "users.username",
        "users.name",
        "users.collar",
        "users.role",
        "users.area",
        "users.team",
        "users.disabled",
        "nominals",
        "nominals.ref",
        "nominals.family_name",
        "nominals.given_names",
        "nominals.aliases",
        "nominals.date_of_birth",
        "nominals.address",
        "nominals.area",
        "nominals.owner",
        "nominals.photo",
        "nominals.mappa",
        "nominals.mappa.category",
        "nominals.mappa.level",
        "nominals.risk_level",
        "nominals.risk_history",
        "nominals.risk_history.from",
        "nominals.risk_history.level",
        "nominals.register_status",
        "nominals.register_status_since",
        "nominals.management",
        "nominals.management_since",
        "nominals.registration",
        "nominals.registration.first_notified",
        "nominals.registration.period",
        "nominals.registration.under_18_at_notification",
        "nominals.plans",
        "nominals.plans.from",
        "nominals.plans.visit_interval_days",
        "nominals.plans.escalation_triggers",
        "nominals.plans.trigger_phrases",
        "nominals.plans.summary",
        "nominals.custody",
        "nominals.custody.from",
        "nominals.custody.expected_release",
        "nominals.custody.released_on",
        "nominals.arms",
        "nominals.arms.completed_on",
        "nominals.arms.by",
        "nominals.arms.lead_agency",
        "nominals.arms.priority",
        "nominals.arms.risk_factors",
        "nominals.arms.risk_factors.factor",
        "nominals.arms.risk_factors.rating",
        "nominals.arms.risk_factors.note",
        "nominals.arms.protective_factors",
        "nominals.arms.protective_factors.factor",
        "nominals.arms.protective_factors.rating",
        "nominals.arms.protective_factors.note",
        "nominals.arms.summary",
        "nominals.visits",
        "nominals.visits.date",
        "nominals.visits.by",
        "nominals.visits.time",
        "nominals.visits.type",
        "nominals.visits.announced",
        "nominals.visits.outcome",
        "nominals.visits.verified",
        "nominals.visits.checks",
        "nominals.entries",
        "nominals.entries.id",
        "nominals.entries.at",
        "nominals.entries.by",
        "nominals.entries.type",
        "nominals.entries.text",
        "nominals.entries.references",
        "nominals.entries.disagreement",
        "nominals.entries.acknowledged",
        "nominals.entries.acknowledged.by",
        "nominals.entries.acknowledged.at",
        "nominals.screenings",
        "nominals.screenings.date",
        "nominals.screenings.level",
        "nominals.screenings.rationale",
        "nominals.reviews",
        "nominals.reviews.entry",
        "nominals.reviews.requested_at",
        "nominals.reviews.requested_by",
        "nominals.reviews.proposed_risk_level",
        "nominals.reviews.escalating",
        "nominals.reviews.rationale",
        "nominals.reviews.decision",
        "nominals.reviews.decided_at",
        "nominals.reviews.decided_by",
        "nominals.reviews.decision_reason",
        "nominals.mappa_referrals",
        "nominals.mappa_referrals.decided_on",
        "nominals.mappa_referrals.by",
        "nominals.mappa_referrals.referred",
        "nominals.mappa_referrals.level",
        "nominals.mappa_referrals.reason",
        "nominals.transfers",
        "nominals.transfers.on",
        "nominals.transfers.from",
        "nominals.transfers.to",
        "nominals.transfers.acknowledged_at",
        "nominals.management_decisions",
        "nominals.management_decisions.on",
        "nominals.management_decisions.by",
        "nominals.management_decisions.decision",
        "nominals.management_decisions.reason",
        "nominals.notifications",
        "nominals.notifications.date",
        "nominals.notifications.kind",
        "nominals.indefinite_review_decisions",
        "nominals.indefinite_review_decisions.on",
        "nominals.indefinite_review_decisions.by",
        "nominals.indefinite_review_decisions.outcome",
        "nominals.indefinite_review_decisions.reason",
        "nominals.overrides",
        "nominals.overrides.key",
        "nominals.overrides.by",
        "nominals.overrides.at",
        "nominals.overrides.reason",
        "nominals.details_history",
        "nominals.details_history.at",
        "nominals.details_history.by",
        "nominals.details_history.reason",
        "nominals.details_history.changes",
        "nominals.details_history.changes.field",
        "nominals.details_history.changes.from",
        "nominals.details_history.changes.to",
        "dip_samples",
        "dip_samples.period",
        "dip_samples.sergeant",
        "dip_samples.seed",
        "dip_samples.drawn_at",
        "dip_samples.records",
        "dip_samples.records.officer",
        "dip_samples.records.nominal",
        "dip_samples.records.completed_at",
        "dip_samples.records.items",
        "dip_samples.records.items.item",
        "dip_samples.records.items.finding",
        "dip_samples.records.items.note",
    };
    QSet<QString> out;
    for (const char* k : keys) {
        out.insert(QString::fromLatin1(k));
    }
    return out;
}

} // namespace

TEST_CASE("bundle: the fixture covers every key of the format")
{
    const bundle::JsonParseResult parsed = bundle::OrderedJson::parse(fullBundleJson());
    REQUIRE(parsed.ok);
    QSet<QString> used;
    collectKeys(parsed.root, QString(), used);
    const QSet<QString> expected = allFormatKeys();
    CHECK((expected - used).values() == QStringList{});
    CHECK((used - expected).values() == QStringList{});
}

TEST_CASE("bundle: the fixture is in export form (golden)")
{
    const QByteArray full = fullBundleJson();
    const QByteArray written = write(readOk(full));
    CHECK(written.toStdString() == full.toStdString());
}

TEST_CASE("bundle: write(read(write(b))) == write(b)")
{
    const Bundle b = readOk(fullBundleJson());
    const QByteArray once = write(b);
    const QByteArray twice = write(readOk(once));
    CHECK(twice.toStdString() == once.toStdString());
}

TEST_CASE("bundle: read(write(b)) reproduces b field by field")
{
    const Bundle b = readOk(fullBundleJson());
    const Bundle again = readOk(write(b));
    CHECK(describe(again).toStdString() == describe(b).toStdString());
    // Spot checks that the reader really filled the fields the description compares.
    REQUIRE(b.nominals.size() == 2);
    const Nominal& n = b.nominals[0];
    CHECK(n.photo.has_value());
    CHECK(n.photo->startsWith("\x89PNG"));
    CHECK(n.entries[1].at == QDateTime(QDate(2016, 10, 17), QTime(10, 0), Qt::UTC));
    CHECK(n.entries[1].at.timeSpec() == Qt::UTC);
    CHECK(n.entries[1].text ==
          QStringLiteral("Line one\nLine \"two\" \\ tab\there \u2013 caf\u00e9 \u2713 \U0001D11E \u0001"));
    CHECK(n.mappaLevel == 2);
    CHECK(b.dipSamples[0].seed == 918273);
    CHECK(b.users[0].collar == std::nullopt);
    CHECK(b.users[2].disabled == std::optional<bool>(true));
    CHECK(n.registration.under18AtNotification == std::optional<bool>(false));
}

namespace {

// A bundle built in code, in export order, using every field.
Bundle builtBundle()
{
    Bundle b;
    User admin;
    admin.username = QStringLiteral("a.admin");
    admin.name = QStringLiteral("Synthetic Admin");
    admin.role = Role::Admin;
    User officer;
    officer.username = QStringLiteral("pc1");
    officer.name = QStringLiteral("Synthetic Officer");
    officer.collar = QStringLiteral("1");
    officer.area = QStringLiteral("Area 9");
    officer.team = QStringLiteral("Area 9 Team Z");
    officer.disabled = false;
    b.users = {admin, officer};

    Nominal n;
    n.ref = QStringLiteral("T-1");
    n.familyName = QStringLiteral("Fictional");
    n.givenNames = QStringLiteral("Person");
    n.aliases = {QStringLiteral("b"), QStringLiteral("a")};
    n.dateOfBirth = QDate(2000, 2, 29);
    n.address = QString(); // present but empty stays present
    n.area = QStringLiteral("Area 9");
    n.owner = QStringLiteral("pc1");
    n.photo = QByteArray("\xFF\xD8\xFF\xDB", 4) + QByteArray(300, '\0');
    n.mappaCategory = 3;
    n.mappaLevel = 3;
    n.riskLevel = RiskLevel::VeryHigh;
    n.riskHistory = {{QDate(2020, 1, 1), RiskLevel::Low}, {QDate(2021, 1, 1), RiskLevel::VeryHigh}};
    n.registerStatus = RegisterStatus::Deceased;
    n.registerStatusSince = QDate(2024, 1, 1);
    n.management = ManagementMode::Reactive;
    n.managementSince = QDate(2023, 6, 1);
    n.registration = {QDate(2020, 1, 1), NotificationPeriod::Years10, true};
    n.plans = {{QDate(2020, 2, 1), 7, QStringLiteral("t"), {QStringLiteral("p")}, QString()}};
    n.custody = {{QDate(2019, 1, 1), QDate(2020, 1, 1), std::nullopt}};
    n.arms = {{QDate(2020, 3, 1),
               QStringLiteral("pc1"),
               LeadAgency::Probation,
               RiskLevel::Medium,
               {{QStringLiteral("poor_self_management"), FactorRatingValue::Partly, std::nullopt}},
               {{QStringLiteral("commitment_to_desist"), FactorRatingValue::Present, QStringLiteral("n")}},
               std::nullopt}};
    n.visits = {{QDate(2020, 4, 1), QStringLiteral("pc1"), VisitType::Other, true, std::nullopt, QStringLiteral("v"),
                 QTime(0, 0), {QStringLiteral("other")}}};
    Entry e1{QStringLiteral("a"),   QDateTime(QDate(2020, 5, 1), QTime(23, 59, 59), Qt::UTC),
             QStringLiteral("pc1"), EntryType::Intelligence,
             QStringLiteral("x"),   {},
             std::nullopt,          {}};
    Entry e2{QStringLiteral("b"),
             QDateTime(QDate(2020, 5, 2), QTime(0, 0), Qt::UTC),
             QStringLiteral("a.admin"),
             EntryType::System,
             QString(),
             {QStringLiteral("a")},
             true,
             {{QStringLiteral("pc1"), QDateTime(QDate(2020, 5, 3), QTime(1, 2, 3), Qt::UTC)}}};
    Entry e3{QStringLiteral("c"),   QDateTime(QDate(2020, 5, 3), QTime(0, 0), Qt::UTC),
             QStringLiteral("pc1"), EntryType::Concern,
             QStringLiteral("c"),   {QStringLiteral("b"), QStringLiteral("a")},
             std::nullopt,          {}};
    n.entries = {e1, e2, e3};
    n.screenings = {{QDate(2020, 6, 1), 3, std::nullopt}};
    n.reviews = {{QStringLiteral("c"), QDateTime(QDate(2020, 6, 2), QTime(8, 0), Qt::UTC), QStringLiteral("pc1"),
                  RiskLevel::VeryHigh, false, QStringLiteral("r"), ReviewDecision::Rejected,
                  QDateTime(QDate(2020, 6, 3), QTime(8, 0), Qt::UTC), QStringLiteral("a.admin"), std::nullopt}};
    n.mappaReferrals = {{QDate(2020, 7, 1), QStringLiteral("pc1"), false, std::nullopt, QStringLiteral("no")},
                        {QDate(2020, 8, 1), QStringLiteral("pc1"), true, 3, QStringLiteral("yes")}};
    n.transfers = {{QDate(2020, 1, 2), QStringLiteral("a.admin"), QStringLiteral("pc1"), std::nullopt}};
    n.managementDecisions = {
        {QDate(2023, 6, 1), QStringLiteral("pc1"), ManagementDecisionKind::MoveReactive, QStringLiteral("m")}};
    n.notifications = {{QDate(2020, 1, 1), NotificationKind::Initial},
                       {QDate(2021, 1, 1), NotificationKind::Annual},
                       {QDate(2021, 2, 1), NotificationKind::Detail},
                       {QDate(2021, 3, 1), NotificationKind::Weekly}};
    n.indefiniteReviewDecisions = {
        {QDate(2030, 1, 1), QStringLiteral("pc1"), IndefiniteOutcome::Discharge, QStringLiteral("d")}};
    n.overrides = {{QStringLiteral("k"), QStringLiteral("pc1"), QDateTime(QDate(2020, 9, 1), QTime(0, 0), Qt::UTC),
                    QStringLiteral("o")}};
    b.nominals = {n};

    DipSample s{QStringLiteral("2020-Q4"),
                QStringLiteral("pc1"),
                (qint64{1} << 53) - 1,
                QDateTime(QDate(2020, 10, 1), QTime(0, 0), Qt::UTC),
                {}};
    s.records = {{QStringLiteral("pc1"),
                  QStringLiteral("T-1"),
                  std::nullopt,
                  {{QStringLiteral("visits_per_plan"), DipFinding::Compliant, std::nullopt},
                   {QStringLiteral("claims_verified"), DipFinding::NotCompliant, QStringLiteral("n")}}}};
    b.dipSamples = {s};
    return b;
}

} // namespace

TEST_CASE("bundle: a bundle built in code survives write and read")
{
    const Bundle b = builtBundle();
    const QByteArray once = write(b);
    const Bundle again = readOk(once);
    CHECK(describe(again).toStdString() == describe(b).toStdString());
    CHECK(write(again).toStdString() == once.toStdString());
}

TEST_CASE("bundle: a shuffled bundle writes the same as the sorted one")
{
    Bundle b = readOk(fullBundleJson());
    std::reverse(b.users.begin(), b.users.end());
    std::reverse(b.nominals.begin(), b.nominals.end());
    Nominal& n = b.nominals[1];
    std::reverse(n.entries.begin(), n.entries.end());
    // E1 and E2 share a timestamp: ordered by id, so reversing does not matter.
    std::reverse(n.riskHistory.begin(), n.riskHistory.end());
    std::reverse(n.notifications.begin(), n.notifications.end());
    std::reverse(n.reviews.begin(), n.reviews.end());
    std::reverse(n.plans.begin(), n.plans.end());
    std::reverse(n.custody.begin(), n.custody.end());
    std::reverse(n.visits.begin(), n.visits.end());
    std::reverse(n.entries[2].acknowledged.begin(), n.entries[2].acknowledged.end());
    std::reverse(b.dipSamples[0].records.begin(), b.dipSamples[0].records.end());
    std::reverse(b.dipSamples[0].records[0].items.begin(), b.dipSamples[0].records[0].items.end());
    CHECK(write(b).toStdString() == fullBundleJson().toStdString());
}
