// Casework recording through the services: each kind saves one row and one audit row and
// clears the alert that asked for it; bad input saves nothing and names the field; the
// casework scope and the author checks hold.

#include "ServicesTestUtil.h"
#include "core/rules/Dates.h"

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// NREC1: a home visit long overdue and an open custody period; NREC2: a pending transfer to
// pc4521. Both owned by pc4521 in Area 1 Team A.
QByteArray recordingBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1, "nominals": [
        {"ref": "NREC1", "family_name": "Recordcase", "given_names": "Eta", "date_of_birth": "1980-03-03",
         "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
         "registration": {"first_notified": "2019-01-01", "period": "indefinite"},
         "plans": [{"from": "2019-01-01", "visit_interval_days": 28}],
         "visits": [{"date": "2019-02-01", "by": "pc4521", "type": "home"}]},
        {"ref": "NREC2", "family_name": "Recordcase", "given_names": "Theta", "date_of_birth": "1981-04-04",
         "area": "Area 1", "owner": "pc4521", "risk_level": "low",
         "registration": {"first_notified": "2019-01-01", "period": "10y"},
         "custody": [{"from": "2024-01-01"}],
         "transfers": [{"on": "2026-01-05", "from": "pc1111", "to": "pc4521"}]}]})");
}

struct Recording {
    ServiceFixture f{ServiceFixture::FullAndScope};
    Session officer;
    QDate today;

    Recording()
    {
        f.importOk(recordingBundle());
        officer = f.sessionOf(QStringLiteral("pc4521"));
        today = londonDate(f.ctx().db().now());
    }

    QStringList rulesFor(const QString& ref)
    {
        AlertQuery q;
        q.asOf = today;
        q.nominal = ref;
        auto run = f.s->alerts(f.sessionOf(QStringLiteral("insp0012")), q);
        REQUIRE(run.ok());
        QStringList rules;
        for (const Alert& a : run->alerts) {
            rules << a.rule;
        }
        return rules;
    }

    int audits() { return f.count(QStringLiteral("audit_log")); }
};

} // namespace

TEST_CASE("casework: a home visit is saved with one audit row and clears visits.overdue")
{
    Recording r;
    REQUIRE(r.rulesFor(QStringLiteral("NREC1")).contains(QStringLiteral("visits.overdue")));
    const int visits = r.f.count(QStringLiteral("visits"));
    const int audits = r.audits();

    Visit v;
    v.date = r.today;
    v.by = QStringLiteral("pc4521");
    v.type = VisitType::Home;
    v.announced = false;
    v.time = QTime(0, 0);
    v.checks = {QStringLiteral("address"), QStringLiteral("household")};
    v.outcome = QStringLiteral("Seen");
    auto where = r.f.s->recordCasework(r.officer, QStringLiteral("NREC1"), v);
    INFO((where ? std::string() : msg(where.error())));
    REQUIRE(where.ok());
    CHECK(*where == QStringLiteral("visits[1]"));
    CHECK(r.f.count(QStringLiteral("visits")) == visits + 1);
    CHECK(r.audits() == audits + 1);
    const AuditRecord last = r.f.lastAudit();
    CHECK(last.operation == QStringLiteral("collection"));
    CHECK(last.recordRef == QStringLiteral("NREC1"));
    CHECK(changeDetail(last) == QStringLiteral("visits[1]"));
    CHECK_FALSE(r.rulesFor(QStringLiteral("NREC1")).contains(QStringLiteral("visits.overdue")));

    // The record reads back as it was given, time and checks included.
    auto n = r.f.s->readNominal(r.officer, QStringLiteral("NREC1"), QStringLiteral("case management"));
    REQUIRE(n.ok());
    REQUIRE(n->visits.size() == 2);
    CHECK(n->visits[1].time == QTime(0, 0));
    CHECK(n->visits[1].checks == QStringList{QStringLiteral("address"), QStringLiteral("household")});
    CHECK(n->visits[1].announced == false);
}

TEST_CASE("casework: a release raises the post-release ARMS and a complete ARMS clears it")
{
    Recording r;
    const QDate releasedOn = r.today.addDays(-60);
    CHECK_FALSE(r.rulesFor(QStringLiteral("NREC2")).contains(QStringLiteral("arms.post_release")));
    auto released = r.f.s->recordRelease(r.officer, QStringLiteral("NREC2"), releasedOn);
    INFO((released ? std::string() : msg(released.error())));
    REQUIRE(released.ok());
    CHECK(*released == QStringLiteral("custody[0]"));
    CHECK(r.f.lastAudit().operation == QStringLiteral("alteration"));
    REQUIRE(r.rulesFor(QStringLiteral("NREC2")).contains(QStringLiteral("arms.post_release")));

    // A second release has no open period to close.
    auto again = r.f.s->recordRelease(r.officer, QStringLiteral("NREC2"), r.today);
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message.toStdString(), StartsWith("released_on:"));

    auto arms =
        r.f.s->recordCasework(r.officer, QStringLiteral("NREC2"), completeArms(QStringLiteral("pc4521"), r.today));
    INFO((arms ? std::string() : msg(arms.error())));
    REQUIRE(arms.ok());
    CHECK(*arms == QStringLiteral("arms[0]"));
    CHECK_FALSE(r.rulesFor(QStringLiteral("NREC2")).contains(QStringLiteral("arms.post_release")));
}

TEST_CASE("casework: invalid records save nothing and name the field")
{
    Recording r;
    const int audits = r.audits();
    const QStringList tables{QStringLiteral("visits"),        QStringLiteral("arms_assessments"),
                             QStringLiteral("screenings"),    QStringLiteral("mappa_referrals"),
                             QStringLiteral("notifications"), QStringLiteral("custody_periods"),
                             QStringLiteral("plans")};
    QList<int> before;
    for (const QString& t : tables) {
        before << r.f.count(t);
    }
    auto refusedAs = [&](const Session& who, const CaseworkRecord& record, const char* prefix,
                         const QString& ref = QStringLiteral("NREC1")) {
        auto res = r.f.s->recordCasework(who, ref, record);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == ErrorCode::Invalid);
        CHECK_THAT(res.error().message.toStdString(), StartsWith(prefix));
    };
    auto refused = [&](const CaseworkRecord& record, const char* prefix, const QString& ref = QStringLiteral("NREC1")) {
        refusedAs(r.officer, record, prefix, ref);
    };
    const Session inspector = r.f.sessionOf(QStringLiteral("insp0012"));

    Visit future;
    future.date = r.today.addDays(1);
    future.by = QStringLiteral("pc4521");
    refused(future, "date: in the future");

    Visit badCheck;
    badCheck.date = r.today;
    badCheck.by = QStringLiteral("pc4521");
    badCheck.checks = {QStringLiteral("address"), QStringLiteral("horoscope")};
    refused(badCheck, "checks[1]: unknown visit check");

    Visit byAdmin;
    byAdmin.date = r.today;
    byAdmin.by = kAdmin;
    refused(byAdmin, "by:");

    Visit byNobody;
    byNobody.date = r.today;
    byNobody.by = QStringLiteral("nobody.here");
    CHECK_FALSE(r.f.s->recordCasework(r.officer, QStringLiteral("NREC1"), byNobody).ok());

    ArmsAssessment partial = completeArms(QStringLiteral("pc4521"), r.today);
    partial.riskFactors.removeLast();
    refused(partial, "risk_factors: ");
    ArmsAssessment twice = completeArms(QStringLiteral("pc4521"), r.today);
    twice.protectiveFactors.append(twice.protectiveFactors.first());
    refused(twice, "protective_factors[");

    refused(Screening{r.today, 4, {}}, "level:");
    refusedAs(inspector, MappaReferral{r.today, QStringLiteral("insp0012"), true, 1, QStringLiteral("Reason")},
              "level:");
    refusedAs(inspector, MappaReferral{r.today, QStringLiteral("insp0012"), false, 2, QStringLiteral("Reason")},
              "level:");
    refusedAs(inspector, MappaReferral{r.today, QStringLiteral("insp0012"), false, std::nullopt, QStringLiteral("  ")},
              "reason:");
    refused(Notification{QDate(2018, 12, 31), NotificationKind::Change}, "date: before the first notification");
    refused(CustodyPeriod{QDate(2025, 1, 1), std::nullopt, std::nullopt}, "from: custody[0] is still open",
            QStringLiteral("NREC2"));
    refused(CustodyPeriod{QDate(2020, 5, 1), QDate(2020, 4, 1), std::nullopt}, "expected_release:");
    Plan older;
    older.from = QDate(2018, 6, 1);
    refused(older, "from: before the plan version");
    Plan badInterval;
    badInterval.from = r.today;
    badInterval.visitIntervalDays = 0;
    refused(badInterval, "visit_interval_days:");
    Plan twicePhrase;
    twicePhrase.from = r.today;
    twicePhrase.triggerPhrases = {QStringLiteral("new partner"), QStringLiteral("new partner")};
    refused(twicePhrase, "trigger_phrases[1]:");

    auto concern = r.f.s->raiseConcern(r.officer, QStringLiteral("NREC1"),
                                       NewConcern{QStringLiteral("Synthetic concern"), RiskLevel::High, QString(), {}});
    REQUIRE_FALSE(concern.ok());
    CHECK_THAT(concern.error().message.toStdString(), StartsWith("rationale:"));

    for (qsizetype i = 0; i < tables.size(); ++i) {
        INFO(tables[i].toStdString());
        CHECK(r.f.count(tables[i]) == before[i]);
    }
    CHECK(r.audits() == audits);
}

TEST_CASE("casework: scope and authors: an officer records only on their own cases, referrals are an inspector's")
{
    Recording r;
    Visit v;
    v.date = r.today;
    v.by = QStringLiteral("pc4521");
    const int visits = r.f.count(QStringLiteral("visits"));
    for (const char* ref : {"N000200", "N000300", "N000900"}) {
        INFO(ref);
        auto res = r.f.s->recordCasework(r.officer, QString::fromLatin1(ref), v);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(r.f.count(QStringLiteral("visits")) == visits);

    // The inspector records a decision; naming an officer as its author is refused.
    const Session inspector = r.f.sessionOf(QStringLiteral("insp0012"));
    auto byOfficer = r.f.s->recordCasework(
        inspector, QStringLiteral("NREC1"),
        MappaReferral{r.today, QStringLiteral("pc4521"), true, 2, QStringLiteral("Synthetic reason")});
    REQUIRE_FALSE(byOfficer.ok());
    CHECK_THAT(byOfficer.error().message.toStdString(), StartsWith("by:"));
    auto decided = r.f.s->recordCasework(
        inspector, QStringLiteral("NREC1"),
        MappaReferral{r.today, QStringLiteral("insp0012"), true, 2, QStringLiteral("Synthetic reason")});
    INFO((decided ? std::string() : msg(decided.error())));
    CHECK(decided.ok());
}

TEST_CASE("casework: the latest screening sets the MAPPA level, an older one does not")
{
    Recording r;
    REQUIRE(r.f.s->recordCasework(r.officer, QStringLiteral("NREC1"), Screening{r.today.addDays(-10), 2, {}}).ok());
    auto level = [&] {
        auto n = r.f.s->readNominal(r.officer, QStringLiteral("NREC1"), QStringLiteral("case management"));
        REQUIRE(n.ok());
        return n->mappaLevel;
    };
    CHECK(level() == 2);
    REQUIRE(r.f.s->recordCasework(r.officer, QStringLiteral("NREC1"), Screening{r.today.addDays(-20), 3, {}}).ok());
    CHECK(level() == 2);
    REQUIRE(r.f.s->recordCasework(r.officer, QStringLiteral("NREC1"), Screening{r.today, 1, {}}).ok());
    CHECK(level() == 1);
}

TEST_CASE("casework: a concern brings its re-evaluation request; a transfer is acknowledged once")
{
    Recording r;
    const int reviews = r.f.count(QStringLiteral("reviews"));
    auto entry = r.f.s->raiseConcern(
        r.officer, QStringLiteral("NREC1"),
        NewConcern{QStringLiteral("Synthetic concern"), RiskLevel::High, QStringLiteral("Synthetic rationale"), true});
    INFO((entry ? std::string() : msg(entry.error())));
    REQUIRE(entry.ok());
    CHECK(r.f.count(QStringLiteral("reviews")) == reviews + 1);
    auto n = r.f.s->readNominal(r.officer, QStringLiteral("NREC1"), QStringLiteral("case management"));
    REQUIRE(n.ok());
    REQUIRE_FALSE(n->reviews.isEmpty());
    CHECK(n->reviews.last().entry == *entry);
    CHECK(n->reviews.last().decision == ReviewDecision::Pending);
    CHECK(n->reviews.last().proposedRiskLevel == RiskLevel::High);
    CHECK(r.rulesFor(QStringLiteral("NREC1")).contains(QStringLiteral("risk.escalation_review")));

    REQUIRE(r.rulesFor(QStringLiteral("NREC2")).contains(QStringLiteral("case.transfer_acknowledge")));
    auto ack = r.f.s->acknowledgeTransfer(r.officer, QStringLiteral("NREC2"));
    INFO((ack ? std::string() : msg(ack.error())));
    REQUIRE(ack.ok());
    CHECK(*ack == QStringLiteral("transfers[0]"));
    CHECK_FALSE(r.rulesFor(QStringLiteral("NREC2")).contains(QStringLiteral("case.transfer_acknowledge")));
    auto again = r.f.s->acknowledgeTransfer(r.officer, QStringLiteral("NREC2"));
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message.toStdString(), Contains("no transfer"));
    // Nobody acknowledges a transfer made to someone else.
    auto other = r.f.s->acknowledgeTransfer(r.f.sessionOf(QStringLiteral("ps0042")), QStringLiteral("NREC1"));
    CHECK_FALSE(other.ok());
}
