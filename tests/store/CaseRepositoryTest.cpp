// Nominals in the store: a rich case survives insert → load field by field, and the
// full-text index finds words, phrases, prefixes and text without its diacritics.

#include "store/CaseRepository.h"
#include "StoreTestUtil.h"

#include <QSet>

using namespace somdesk;
using namespace somdesk::test;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return {QDate(y, mo, d), QTime(h, mi, s), Qt::UTC};
}

struct CaseDb {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    CaseDb()
    {
        REQUIRE(dir.isValid());
        db = openNew(dir.filePath(QStringLiteral("cases.db")));
        UserRepository users(*db);
        Transaction tx(*db);
        REQUIRE(tx.status().ok());
        for (const User& u :
             {makeUser(QStringLiteral("pc4521"), Role::Officer), makeUser(QStringLiteral("pc1111"), Role::Officer),
              makeUser(QStringLiteral("ps0042"), Role::Sergeant),
              makeUser(QStringLiteral("insp0012"), Role::Inspector)}) {
            REQUIRE(users.insert(u, QString()).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    void insert(const Nominal& n, const QStringList& phrases = {})
    {
        Transaction tx(*db);
        REQUIRE(tx.status().ok());
        const Status st = CaseRepository(*db).insert(n, phrases);
        INFO((st ? std::string() : st.error().message.toStdString()));
        REQUIRE(st.ok());
        REQUIRE(tx.commit().ok());
    }
};

Nominal minimal(const QString& ref, const QString& family, const QString& given)
{
    Nominal n;
    n.ref = ref;
    n.familyName = family;
    n.givenNames = given;
    n.dateOfBirth = QDate(1980, 1, 1);
    n.area = QStringLiteral("Area 1");
    n.owner = QStringLiteral("pc4521");
    n.riskLevel = RiskLevel::Medium;
    n.riskHistory = {{QDate(2010, 1, 1), RiskLevel::Medium}};
    n.registration.firstNotified = QDate(2010, 1, 1);
    n.registration.period = NotificationPeriod::Years10;
    return n;
}

Entry entry(const QString& id, const QDateTime& at, const QString& text, EntryType type = EntryType::Note)
{
    Entry e;
    e.id = id;
    e.at = at;
    e.by = QStringLiteral("pc4521");
    e.type = type;
    e.text = text;
    return e;
}

Nominal rich()
{
    Nominal n;
    n.ref = QStringLiteral("N000123");
    n.familyName = QStringLiteral("Testperson");
    n.givenNames = QStringLiteral("Sample Alpha");
    n.aliases = {QStringLiteral("Zed Fictional"), QStringLiteral("A. Testperson")};
    n.dateOfBirth = QDate(1979, 4, 2);
    n.address = QStringLiteral("1 Example Street, Testtown, TE1 1ST");
    n.area = QStringLiteral("Area 1");
    n.owner = QStringLiteral("pc4521");
    n.photo = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    n.mappaCategory = 2;
    n.mappaLevel = 3;
    n.riskLevel = RiskLevel::VeryHigh;
    n.riskHistory = {{QDate(2015, 3, 1), RiskLevel::Medium}, {QDate(2016, 10, 18), RiskLevel::VeryHigh}};
    n.registerStatus = RegisterStatus::Registered;
    n.registerStatusSince = QDate(2015, 3, 1);
    n.management = ManagementMode::Active;
    n.managementSince = QDate(2019, 1, 1);
    n.registration = {QDate(2015, 3, 1), NotificationPeriod::Indefinite, false};
    n.plans = {{QDate(2016, 9, 1),
                28,
                QStringLiteral("says he feels isolated"),
                {QStringLiteral("lost his job"), QStringLiteral("new \"partner\", café")},
                QStringLiteral("Plan summary")},
               {QDate(2016, 10, 19), 14, std::nullopt, {}, std::nullopt}};
    n.custody = {{QDate(2006, 5, 1), QDate(2016, 9, 1), QDate(2016, 9, 1)},
                 {QDate(2017, 1, 10), std::nullopt, std::nullopt}};
    ArmsAssessment a;
    a.completedOn = QDate(2016, 10, 5);
    a.by = QStringLiteral("pc4521");
    a.leadAgency = LeadAgency::Probation;
    a.priority = RiskLevel::High;
    a.riskFactors = {{QStringLiteral("sexual_preoccupation"), FactorRatingValue::Present, QStringLiteral("note 1")},
                     {QStringLiteral("hostile_orientation"), FactorRatingValue::Partly, std::nullopt}};
    a.protectiveFactors = {{QStringLiteral("social_investment"), FactorRatingValue::Absent, QStringLiteral("note 2")}};
    a.summary = QStringLiteral("ARMS summary");
    ArmsAssessment b;
    b.completedOn = QDate(2017, 2, 1);
    b.by = QStringLiteral("pc1111");
    n.arms = {a, b};
    n.visits = {{QDate(2016, 10, 10),
                 QStringLiteral("pc4521"),
                 VisitType::Home,
                 false,
                 QStringLiteral("outcome"),
                 QStringLiteral("claim checked against employer"),
                 QTime(19, 30),
                 {QStringLiteral("address"), QStringLiteral("employment")}},
                {QDate(2016, 11, 7),
                 QStringLiteral("pc1111"),
                 VisitType::Office,
                 std::nullopt,
                 std::nullopt,
                 std::nullopt,
                 std::nullopt,
                 {}}};
    Entry e0 = entry(QStringLiteral("E0"), utc(2016, 10, 1, 9, 0), QStringLiteral("Plain note"));
    Entry e1 = entry(QStringLiteral("E1"), utc(2016, 10, 17, 10, 0),
                     QStringLiteral("Line one\nLine \"two\" \\ tab\there – café ✓ 𝄞 \u0001 feels isolated"),
                     EntryType::Concern);
    e1.references = {QStringLiteral("E0")};
    e1.disagreement = false;
    e1.acknowledged = {{QStringLiteral("insp0012"), utc(2016, 10, 18, 9, 0)},
                       {QStringLiteral("ps0042"), utc(2016, 10, 18, 9, 0)}};
    Entry e2 = entry(QStringLiteral("E2"), utc(2016, 10, 17, 10, 0), QStringLiteral("Oversight"), EntryType::Oversight);
    e2.by = QStringLiteral("ps0042");
    e2.references = {QStringLiteral("E3"), QStringLiteral("E1")};
    e2.disagreement = true;
    Entry e3 =
        entry(QStringLiteral("E3"), utc(2016, 10, 20, 8, 30), QStringLiteral("Disclosure"), EntryType::Disclosure);
    e3.by = QStringLiteral("pc1111");
    n.entries = {e0, e1, e2, e3};
    n.screenings = {{QDate(2016, 3, 1), 1, QStringLiteral("rationale")}, {QDate(2016, 8, 1), 2, std::nullopt}};
    Review r1;
    r1.entry = QStringLiteral("E1");
    r1.requestedAt = utc(2016, 10, 17, 11, 0);
    r1.requestedBy = QStringLiteral("pc4521");
    r1.proposedRiskLevel = RiskLevel::VeryHigh;
    r1.escalating = true;
    r1.rationale = QStringLiteral("re-evaluation");
    r1.decision = ReviewDecision::Approved;
    r1.decidedAt = utc(2016, 10, 18, 9, 0);
    r1.decidedBy = QStringLiteral("insp0012");
    r1.decisionReason = QStringLiteral("reason");
    Review r2;
    r2.entry = QStringLiteral("E3");
    r2.requestedAt = utc(2016, 10, 20, 9, 0);
    r2.requestedBy = QStringLiteral("pc1111");
    r2.proposedRiskLevel = RiskLevel::High;
    r2.rationale = QStringLiteral("pending");
    r2.decision = ReviewDecision::Pending;
    n.reviews = {r1, r2};
    n.mappaReferrals = {{QDate(2016, 10, 19), QStringLiteral("insp0012"), true, 2, QStringLiteral("referral")},
                        {QDate(2016, 12, 1), QStringLiteral("insp0012"), false, std::nullopt, QStringLiteral("no")}};
    n.transfers = {{QDate(2016, 9, 1), QStringLiteral("pc1111"), QStringLiteral("pc4521"), utc(2016, 9, 3, 10, 0)},
                   {QDate(2017, 5, 1), QStringLiteral("pc4521"), QStringLiteral("pc4521"), std::nullopt}};
    n.managementDecisions = {
        {QDate(2020, 1, 1), QStringLiteral("ps0042"), ManagementDecisionKind::StayActive, QStringLiteral("stay")}};
    n.notifications = {{QDate(2015, 3, 1), NotificationKind::Initial},
                       {QDate(2016, 9, 2), NotificationKind::Change},
                       {QDate(2016, 9, 2), NotificationKind::Travel}};
    n.indefiniteReviewDecisions = {
        {QDate(2031, 3, 1), QStringLiteral("insp0012"), IndefiniteOutcome::Continue, QStringLiteral("continue")}};
    n.overrides = {{QStringLiteral("visits.overdue:N000123:2016-10-05"), QStringLiteral("insp0012"),
                    utc(2016, 10, 20, 10, 0), QStringLiteral("override reason")}};
    return n;
}

template <typename T> std::string show(const std::optional<T>& v)
{
    if (!v) {
        return "(none)";
    }
    if constexpr (std::is_same_v<T, QString>) {
        return v->toStdString();
    } else if constexpr (std::is_same_v<T, QDate>) {
        return v->toString(Qt::ISODate).toStdString();
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return v->toUTC().toString(Qt::ISODate).toStdString();
    } else if constexpr (std::is_same_v<T, QByteArray>) {
        return v->toHex().toStdString();
    } else if constexpr (std::is_same_v<T, QTime>) {
        return v->toString(Qt::ISODate).toStdString();
    } else if constexpr (std::is_same_v<T, QStringList>) {
        return v->join(QLatin1Char('|')).toStdString();
    } else {
        return std::to_string(*v);
    }
}

#define SAME(a, b) CHECK(show(std::optional(a)) == show(std::optional(b)))

void compareFactors(const QList<FactorRating>& got, const QList<FactorRating>& want)
{
    REQUIRE(got.size() == want.size());
    for (int i = 0; i < want.size(); ++i) {
        INFO("factor " << i);
        SAME(got[i].factor, want[i].factor);
        CHECK(got[i].rating == want[i].rating);
        SAME(got[i].note, want[i].note);
    }
}

void compare(const Nominal& got, const Nominal& want)
{
    SAME(got.ref, want.ref);
    SAME(got.familyName, want.familyName);
    SAME(got.givenNames, want.givenNames);
    CHECK(got.aliases == want.aliases);
    SAME(got.dateOfBirth, want.dateOfBirth);
    SAME(got.address, want.address);
    SAME(got.area, want.area);
    SAME(got.owner, want.owner);
    SAME(got.photo, want.photo);
    CHECK(got.mappaCategory == want.mappaCategory);
    CHECK(got.mappaLevel == want.mappaLevel);
    CHECK(got.riskLevel == want.riskLevel);
    REQUIRE(got.riskHistory.size() == want.riskHistory.size());
    for (int i = 0; i < want.riskHistory.size(); ++i) {
        SAME(got.riskHistory[i].from, want.riskHistory[i].from);
        CHECK(got.riskHistory[i].level == want.riskHistory[i].level);
    }
    CHECK(got.registerStatus == want.registerStatus);
    SAME(got.registerStatusSince, want.registerStatusSince);
    CHECK(got.management == want.management);
    SAME(got.managementSince, want.managementSince);
    SAME(got.registration.firstNotified, want.registration.firstNotified);
    CHECK(got.registration.period == want.registration.period);
    SAME(got.registration.under18AtNotification, want.registration.under18AtNotification);
    REQUIRE(got.plans.size() == want.plans.size());
    for (int i = 0; i < want.plans.size(); ++i) {
        INFO("plan " << i);
        SAME(got.plans[i].from, want.plans[i].from);
        SAME(got.plans[i].visitIntervalDays, want.plans[i].visitIntervalDays);
        SAME(got.plans[i].escalationTriggers, want.plans[i].escalationTriggers);
        SAME(got.plans[i].triggerPhrases, want.plans[i].triggerPhrases);
        SAME(got.plans[i].summary, want.plans[i].summary);
    }
    REQUIRE(got.custody.size() == want.custody.size());
    for (int i = 0; i < want.custody.size(); ++i) {
        INFO("custody " << i);
        SAME(got.custody[i].from, want.custody[i].from);
        SAME(got.custody[i].expectedRelease, want.custody[i].expectedRelease);
        SAME(got.custody[i].releasedOn, want.custody[i].releasedOn);
    }
    REQUIRE(got.arms.size() == want.arms.size());
    for (int i = 0; i < want.arms.size(); ++i) {
        INFO("arms " << i);
        SAME(got.arms[i].completedOn, want.arms[i].completedOn);
        SAME(got.arms[i].by, want.arms[i].by);
        CHECK(got.arms[i].leadAgency == want.arms[i].leadAgency);
        CHECK(got.arms[i].priority == want.arms[i].priority);
        compareFactors(got.arms[i].riskFactors, want.arms[i].riskFactors);
        compareFactors(got.arms[i].protectiveFactors, want.arms[i].protectiveFactors);
        SAME(got.arms[i].summary, want.arms[i].summary);
    }
    REQUIRE(got.visits.size() == want.visits.size());
    for (int i = 0; i < want.visits.size(); ++i) {
        INFO("visit " << i);
        SAME(got.visits[i].date, want.visits[i].date);
        SAME(got.visits[i].by, want.visits[i].by);
        CHECK(got.visits[i].type == want.visits[i].type);
        SAME(got.visits[i].announced, want.visits[i].announced);
        SAME(got.visits[i].outcome, want.visits[i].outcome);
        SAME(got.visits[i].verified, want.visits[i].verified);
        SAME(got.visits[i].time, want.visits[i].time);
        SAME(got.visits[i].checks, want.visits[i].checks);
    }
    REQUIRE(got.entries.size() == want.entries.size());
    for (int i = 0; i < want.entries.size(); ++i) {
        INFO("entry " << i);
        const Entry& g = got.entries[i];
        const Entry& w = want.entries[i];
        SAME(g.id, w.id);
        SAME(g.at, w.at);
        SAME(g.by, w.by);
        CHECK(g.type == w.type);
        SAME(g.text, w.text);
        CHECK(g.references == w.references);
        SAME(g.disagreement, w.disagreement);
        REQUIRE(g.acknowledged.size() == w.acknowledged.size());
        for (int k = 0; k < w.acknowledged.size(); ++k) {
            SAME(g.acknowledged[k].by, w.acknowledged[k].by);
            SAME(g.acknowledged[k].at, w.acknowledged[k].at);
        }
    }
    REQUIRE(got.screenings.size() == want.screenings.size());
    for (int i = 0; i < want.screenings.size(); ++i) {
        SAME(got.screenings[i].date, want.screenings[i].date);
        CHECK(got.screenings[i].level == want.screenings[i].level);
        SAME(got.screenings[i].rationale, want.screenings[i].rationale);
    }
    REQUIRE(got.reviews.size() == want.reviews.size());
    for (int i = 0; i < want.reviews.size(); ++i) {
        INFO("review " << i);
        const Review& g = got.reviews[i];
        const Review& w = want.reviews[i];
        SAME(g.entry, w.entry);
        SAME(g.requestedAt, w.requestedAt);
        SAME(g.requestedBy, w.requestedBy);
        CHECK(g.proposedRiskLevel == w.proposedRiskLevel);
        SAME(g.escalating, w.escalating);
        SAME(g.rationale, w.rationale);
        CHECK(g.decision == w.decision);
        SAME(g.decidedAt, w.decidedAt);
        SAME(g.decidedBy, w.decidedBy);
        SAME(g.decisionReason, w.decisionReason);
    }
    REQUIRE(got.mappaReferrals.size() == want.mappaReferrals.size());
    for (int i = 0; i < want.mappaReferrals.size(); ++i) {
        SAME(got.mappaReferrals[i].decidedOn, want.mappaReferrals[i].decidedOn);
        SAME(got.mappaReferrals[i].by, want.mappaReferrals[i].by);
        CHECK(got.mappaReferrals[i].referred == want.mappaReferrals[i].referred);
        SAME(got.mappaReferrals[i].level, want.mappaReferrals[i].level);
        SAME(got.mappaReferrals[i].reason, want.mappaReferrals[i].reason);
    }
    REQUIRE(got.transfers.size() == want.transfers.size());
    for (int i = 0; i < want.transfers.size(); ++i) {
        SAME(got.transfers[i].on, want.transfers[i].on);
        SAME(got.transfers[i].from, want.transfers[i].from);
        SAME(got.transfers[i].to, want.transfers[i].to);
        SAME(got.transfers[i].acknowledgedAt, want.transfers[i].acknowledgedAt);
    }
    REQUIRE(got.managementDecisions.size() == want.managementDecisions.size());
    for (int i = 0; i < want.managementDecisions.size(); ++i) {
        SAME(got.managementDecisions[i].on, want.managementDecisions[i].on);
        SAME(got.managementDecisions[i].by, want.managementDecisions[i].by);
        CHECK(got.managementDecisions[i].decision == want.managementDecisions[i].decision);
        SAME(got.managementDecisions[i].reason, want.managementDecisions[i].reason);
    }
    REQUIRE(got.notifications.size() == want.notifications.size());
    for (int i = 0; i < want.notifications.size(); ++i) {
        SAME(got.notifications[i].date, want.notifications[i].date);
        CHECK(got.notifications[i].kind == want.notifications[i].kind);
    }
    REQUIRE(got.indefiniteReviewDecisions.size() == want.indefiniteReviewDecisions.size());
    for (int i = 0; i < want.indefiniteReviewDecisions.size(); ++i) {
        SAME(got.indefiniteReviewDecisions[i].on, want.indefiniteReviewDecisions[i].on);
        SAME(got.indefiniteReviewDecisions[i].by, want.indefiniteReviewDecisions[i].by);
        CHECK(got.indefiniteReviewDecisions[i].outcome == want.indefiniteReviewDecisions[i].outcome);
        SAME(got.indefiniteReviewDecisions[i].reason, want.indefiniteReviewDecisions[i].reason);
    }
    REQUIRE(got.overrides.size() == want.overrides.size());
    for (int i = 0; i < want.overrides.size(); ++i) {
        SAME(got.overrides[i].key, want.overrides[i].key);
        SAME(got.overrides[i].by, want.overrides[i].by);
        SAME(got.overrides[i].at, want.overrides[i].at);
        SAME(got.overrides[i].reason, want.overrides[i].reason);
    }
}

QStringList refsOf(const QList<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits) {
        out << h.ref + QLatin1Char('/') + h.entryId;
    }
    return out;
}

QList<SearchHit> find(CaseRepository& repo, const QString& fts)
{
    auto hits = repo.search(fts, 100);
    INFO(fts.toStdString());
    INFO((hits ? std::string() : hits.error().message.toStdString()));
    REQUIRE(hits.ok());
    return *hits;
}

} // namespace

TEST_CASE("store: a rich nominal round-trips insert → load field by field")
{
    CaseDb c;
    const Nominal want = rich();
    c.insert(want, {QStringLiteral("feels isolated")});
    c.insert(minimal(QStringLiteral("N000200"), QStringLiteral("Other"), QStringLiteral("Person")));
    CaseRepository repo(*c.db);
    CHECK(*repo.count() == 2);
    CHECK(*repo.refExists(QStringLiteral("N000123")));
    CHECK_FALSE(*repo.refExists(QStringLiteral("N999999")));

    CaseQuery q;
    q.ref = want.ref;
    TriggerMatchIndex matches;
    auto loaded = repo.load(q, &matches);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->size() == 1);
    compare(loaded->first(), want);
    // Derived data: E1's text matches the trigger phrase.
    CHECK(matches.value(want.ref).value(QStringLiteral("E1")) == QStringList{QStringLiteral("feels isolated")});

    // Without text and photo (the rules' read) the rest is unchanged.
    q.withEntryText = false;
    q.withPhoto = false;
    auto lean = repo.load(q);
    REQUIRE(lean.ok());
    REQUIRE(lean->size() == 1);
    CHECK_FALSE(lean->first().photo.has_value());
    CHECK(lean->first().entries.size() == want.entries.size());

    // A second insert of the same ref is refused by the store.
    Transaction tx(*c.db);
    CHECK_FALSE(repo.insert(want, {}).ok());
}

TEST_CASE("store: full-text search finds words, quoted phrases, prefixes and text without diacritics")
{
    CaseDb c;
    Nominal a = minimal(QStringLiteral("N000001"), QStringLiteral("Brontë"), QStringLiteral("Émile"));
    a.aliases = {QStringLiteral("Harbourmaster")};
    a.entries = {
        entry(QStringLiteral("E1"), utc(2020, 1, 1, 9, 0), QStringLiteral("Met at the café near the harbour")),
        entry(QStringLiteral("E2"), utc(2021, 6, 1, 9, 0), QStringLiteral("Harbour visit; neighbour was out"))};
    Nominal b = minimal(QStringLiteral("N000002"), QStringLiteral("Smith"), QStringLiteral("Jo"));
    b.entries = {entry(QStringLiteral("E1"), utc(2022, 3, 1, 9, 0), QStringLiteral("the harbour near the cafe"))};
    c.insert(a);
    c.insert(b);
    CaseRepository repo(*c.db);

    // A plain word, newest first.
    CHECK(refsOf(find(repo, QStringLiteral("\"harbour\""))) ==
          QStringList{QStringLiteral("N000002/E1"), QStringLiteral("N000001/E2"), QStringLiteral("N000001/E1")});
    // Diacritics removed both ways.
    CHECK(refsOf(find(repo, QStringLiteral("\"cafe\""))) ==
          QStringList{QStringLiteral("N000002/E1"), QStringLiteral("N000001/E1")});
    CHECK(refsOf(find(repo, QStringLiteral("\"café\""))) ==
          QStringList{QStringLiteral("N000002/E1"), QStringLiteral("N000001/E1")});
    // A quoted phrase keeps its word order.
    CHECK(refsOf(find(repo, QStringLiteral("\"near the harbour\""))) == QStringList{QStringLiteral("N000001/E1")});
    CHECK(refsOf(find(repo, QStringLiteral("\"harbour near\""))) == QStringList{QStringLiteral("N000002/E1")});
    // Prefixes.
    CHECK(refsOf(find(repo, QStringLiteral("\"neighb\"*"))) == QStringList{QStringLiteral("N000001/E2")});
    CHECK(find(repo, QStringLiteral("\"neighb\"")).isEmpty());
    // Names and aliases (no entry id), also without diacritics.
    CHECK(refsOf(find(repo, QStringLiteral("\"bronte\""))) == QStringList{QStringLiteral("N000001/")});
    CHECK(refsOf(find(repo, QStringLiteral("\"emile\""))) == QStringList{QStringLiteral("N000001/")});
    CHECK(refsOf(find(repo, QStringLiteral("\"harbourm\"*"))) == QStringList{QStringLiteral("N000001/")});
    // Two words: both must occur.
    CHECK(refsOf(find(repo, QStringLiteral("\"harbour\" \"visit\""))) == QStringList{QStringLiteral("N000001/E2")});

    // An entry appended later is indexed in the same transaction.
    {
        Transaction tx(*c.db);
        REQUIRE(tx.status().ok());
        REQUIRE(repo.appendEntry(QStringLiteral("N000002"),
                                 entry(QStringLiteral("E2"), utc(2023, 1, 1, 9, 0), QStringLiteral("Zoë at the pier")),
                                 {})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(refsOf(find(repo, QStringLiteral("\"zoe\""))) == QStringList{QStringLiteral("N000002/E2")});
}

TEST_CASE("store: search keeps an area filter inside the query, so the limit counts only visible hits")
{
    CaseDb c;
    // Area 2's hits are the newest: filtered after a LIMIT they would crowd out Area 1's.
    Nominal near = minimal(QStringLiteral("N000001"), QStringLiteral("Nearby"), QStringLiteral("Ann"));
    near.entries = {entry(QStringLiteral("E1"), utc(2020, 1, 1, 9, 0), QStringLiteral("harbour walk"))};
    Nominal far = minimal(QStringLiteral("N000002"), QStringLiteral("Faraway"), QStringLiteral("Bo"));
    far.area = QStringLiteral("Area 2");
    far.entries = {entry(QStringLiteral("E1"), utc(2022, 1, 1, 9, 0), QStringLiteral("harbour visit")),
                   entry(QStringLiteral("E2"), utc(2022, 2, 1, 9, 0), QStringLiteral("harbour again"))};
    c.insert(near);
    c.insert(far);
    CaseRepository repo(*c.db);
    auto hits = repo.search(QStringLiteral("\"harbour\""), 1, QStringLiteral("Area 1"));
    REQUIRE(hits.ok());
    CHECK(refsOf(*hits) == QStringList{QStringLiteral("N000001/E1")});
    auto all = repo.search(QStringLiteral("\"harbour\""), 10);
    REQUIRE(all.ok());
    CHECK(all->size() == 3);
}
