// The approval queue of risk re-evaluations (Services::reviewQueue, Services::decideReview):
// the queue's order and scope and its consultation row; an approval moves the risk level and
// history and clears the alert; a rejection changes no risk; the reason, the decision and a
// pending request are required; separation of duties, roles and area are refusals that are
// audited and change nothing; decisions survive export → import → export exactly.

#include "ServicesTestUtil.h"
#include "core/FixedClock.h"
#include "core/rules/Dates.h"

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// Area 1: NREV1 (pc4521, Team A), NREV2 (pc2222, Team B, from scopeBundle), NREV3 (a concern
// written by the second Area 1 inspector), NREV4 (a risk change dated after today). Area 2:
// NREV9 with its own inspector. full.json's N000123 has the oldest pending request (E3).
QByteArray reviewsBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1,
  "users": [
    {"username": "insp0013", "name": "Test Inspector Yoke", "collar": "0013", "role": "inspector", "area": "Area 1"},
    {"username": "insp0099", "name": "Test Inspector Xylo", "collar": "0099", "role": "inspector", "area": "Area 2"}
  ],
  "nominals": [
    {"ref": "NREV1", "family_name": "Reviewcase", "given_names": "One", "date_of_birth": "1980-01-01",
     "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
     "risk_history": [{"from": "2020-01-01", "level": "medium"}],
     "registration": {"first_notified": "2020-01-01", "period": "indefinite"},
     "entries": [{"id": "E1", "at": "2026-11-10T09:00:00Z", "by": "pc4521", "type": "concern", "text": "Review text one"},
                 {"id": "E2", "at": "2026-11-12T08:00:00Z", "by": "pc4521", "type": "concern", "text": "Review text two"}],
     "reviews": [{"entry": "E1", "requested_at": "2026-11-10T09:05:00Z", "requested_by": "pc4521",
                  "proposed_risk_level": "high", "rationale": "Rationale one", "decision": "pending"},
                 {"entry": "E2", "requested_at": "2026-11-12T09:00:00Z", "requested_by": "pc4521",
                  "proposed_risk_level": "very_high", "escalating": true, "rationale": "Rationale two",
                  "decision": "pending"}]},
    {"ref": "NREV2", "family_name": "Reviewcase", "given_names": "Two", "date_of_birth": "1981-01-01",
     "area": "Area 1", "owner": "pc2222", "risk_level": "low",
     "registration": {"first_notified": "2021-01-01", "period": "10y"},
     "entries": [{"id": "E7", "at": "2026-11-11T08:00:00Z", "by": "pc2222", "type": "disclosure", "text": "Seven"},
                 {"id": "E9", "at": "2026-11-01T08:00:00Z", "by": "pc2222", "type": "concern", "text": "Nine"},
                 {"id": "E10", "at": "2026-11-11T08:30:00Z", "by": "pc2222", "type": "concern", "text": "Ten"}],
     "reviews": [{"entry": "E9", "requested_at": "2026-11-01T08:10:00Z", "requested_by": "pc2222",
                  "proposed_risk_level": "medium", "rationale": "Nine", "decision": "rejected",
                  "decided_at": "2026-11-02T08:00:00Z", "decided_by": "insp0012", "decision_reason": "Seen"},
                 {"entry": "E7", "requested_at": "2026-11-12T09:00:00Z", "requested_by": "pc2222",
                  "proposed_risk_level": "medium", "rationale": "Seven", "decision": "pending"},
                 {"entry": "E10", "requested_at": "2026-11-12T09:00:00Z", "requested_by": "pc2222",
                  "proposed_risk_level": "low", "rationale": "Ten", "decision": "pending"}]},
    {"ref": "NREV3", "family_name": "Reviewcase", "given_names": "Three", "date_of_birth": "1982-01-01",
     "area": "Area 1", "owner": "pc4521", "risk_level": "low",
     "registration": {"first_notified": "2022-01-01", "period": "10y"},
     "entries": [{"id": "E1", "at": "2026-11-13T08:00:00Z", "by": "insp0013", "type": "concern", "text": "By insp"}],
     "reviews": [{"entry": "E1", "requested_at": "2026-11-13T09:00:00Z", "requested_by": "pc4521",
                  "proposed_risk_level": "medium", "rationale": "Three", "decision": "pending"}]},
    {"ref": "NREV4", "family_name": "Reviewcase", "given_names": "Four", "date_of_birth": "1983-01-01",
     "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
     "risk_history": [{"from": "2020-01-01", "level": "low"}, {"from": "2027-01-01", "level": "medium"}],
     "registration": {"first_notified": "2020-01-01", "period": "10y"},
     "entries": [{"id": "E1", "at": "2026-11-14T08:00:00Z", "by": "pc4521", "type": "concern", "text": "Four"}],
     "reviews": [{"entry": "E1", "requested_at": "2026-11-14T09:00:00Z", "requested_by": "pc4521",
                  "proposed_risk_level": "high", "rationale": "Four", "decision": "pending"}]},
    {"ref": "NREV9", "family_name": "Reviewcase", "given_names": "Nine", "date_of_birth": "1989-01-01",
     "area": "Area 2", "owner": "pc9001", "risk_level": "low",
     "registration": {"first_notified": "2020-01-01", "period": "10y"},
     "entries": [{"id": "E1", "at": "2026-10-01T08:00:00Z", "by": "pc9001", "type": "concern", "text": "Area two"}],
     "reviews": [{"entry": "E1", "requested_at": "2026-10-01T09:00:00Z", "requested_by": "pc9001",
                  "proposed_risk_level": "high", "rationale": "Area two", "decision": "pending"}]}
  ]})");
}

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0, 0), Qt::UTC);

struct Reviews {
    QTemporaryDir dir;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(kNow);
    std::unique_ptr<Services> s;
    Session admin;
    QString path;

    Reviews()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("reviews.db"));
        open(path);
        for (const QByteArray& bundle :
             {readFile(dataDir() + QStringLiteral("/bundles/full.json")), scopeBundle(), reviewsBundle()}) {
            auto r = s->importBundle(admin, bundle);
            INFO((r ? std::string() : msg(r.error())));
            REQUIRE(r.ok());
        }
    }

    void open(const QString& file)
    {
        QByteArray pw = kAdminPassword;
        REQUIRE(Services::initDatabase(file, kAdmin, kAdminName, pw, clock).ok());
        auto opened = Services::open(file, {}, clock);
        REQUIRE(opened.ok());
        s = std::move(*opened);
        QByteArray signInPw = kAdminPassword;
        auto session = s->signIn(kAdmin, signInPw);
        REQUIRE(session.ok());
        admin = *session;
    }

    ServiceContext& ctx() { return ServicesInternals::of(*s); }

    Session as(const QString& username)
    {
        auto u = ctx().users().find(username);
        REQUIRE(u.ok());
        REQUIRE(u->has_value());
        const User& user = (*u)->user;
        Session session;
        session.username = user.username;
        session.name = user.name;
        session.collar = user.collar;
        session.role = user.role;
        session.area = user.area.value_or(QString());
        session.team = user.team.value_or(QString());
        return session;
    }

    int count(const QString& table)
    {
        QSqlQuery q(ctx().db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    int changeAudits() { return count(QStringLiteral("audit_log WHERE operation <> 'refusal'")); }
    int refusals() { return count(QStringLiteral("audit_log WHERE operation = 'refusal'")); }
    AuditRecord lastAudit()
    {
        auto rows = ctx().audit().list({});
        REQUIRE(rows.ok());
        REQUIRE_FALSE(rows->isEmpty());
        return rows->last();
    }

    Nominal load(const QString& ref)
    {
        auto n = s->readNominal(as(QStringLiteral("insp0012")), ref, QStringLiteral("case management"));
        INFO((n ? std::string() : msg(n.error())));
        REQUIRE(n.ok());
        return *n;
    }

    QStringList queueOf(const QString& username)
    {
        auto q = s->reviewQueue(as(username));
        INFO((q ? std::string() : msg(q.error())));
        REQUIRE(q.ok());
        QStringList out;
        for (const ReviewQueueItem& item : *q) {
            out << item.ref + QLatin1Char('/') + item.review.entry;
        }
        return out;
    }

    // The keys of the alerts on `ref` today, as the area's inspector sees them.
    QStringList alertKeys(const QString& ref, std::optional<RiskLevel>* risk = nullptr)
    {
        AlertQuery q;
        q.asOf = kNow.date();
        q.nominal = ref;
        auto run = s->alerts(as(QStringLiteral("insp0012")), q);
        REQUIRE(run.ok());
        if (risk) {
            *risk = run->riskAtAsOf.value(ref);
        }
        QStringList keys;
        for (const Alert& a : run->alerts) {
            keys << a.key;
        }
        return keys;
    }

    Result<ReviewOutcome> decide(const QString& who, const QString& ref, const QString& entry,
                                 ReviewDecision decision = ReviewDecision::Approved,
                                 const QString& reason = QStringLiteral("Seen the history"))
    {
        return s->decideReview(as(who), ref, entry, decision, reason);
    }

    QByteArray exportAll()
    {
        auto out = s->exportBundle(admin, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("test"));
        INFO((out ? std::string() : msg(out.error())));
        REQUIRE(out.ok());
        return *out;
    }
};

QString describe(const QList<RiskHistoryItem>& history)
{
    QStringList out;
    for (const RiskHistoryItem& h : history) {
        out << toIsoDate(h.from) + QLatin1Char('=') + toString(h.level);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("reviews: the queue is the pending requests of the caller's scope, oldest first, and is audited", "[reviews]")
{
    Reviews f;
    // Ties on requested_at go by ref, then entry id in code-point order ("E10" before "E7").
    CHECK(f.queueOf(QStringLiteral("insp0012")) == QStringList{QStringLiteral("N000123/E3"), QStringLiteral("NREV1/E1"),
                                                               QStringLiteral("NREV1/E2"), QStringLiteral("NREV2/E10"),
                                                               QStringLiteral("NREV2/E7"), QStringLiteral("NREV3/E1"),
                                                               QStringLiteral("NREV4/E1")});
    {
        const AuditRecord row = f.lastAudit();
        CHECK(row.username == QStringLiteral("insp0012"));
        CHECK(row.operation == QStringLiteral("consultation"));
        CHECK(row.recordType == QStringLiteral("review queue"));
        CHECK(row.recordRef == QStringLiteral("area:Area 1"));
        CHECK(row.purpose == QStringLiteral("review queue"));
        CHECK(row.detail == QStringLiteral("count=7"));
    }
    // Area 2's inspector sees Area 2's only; a sergeant their team's (pc4521's cases), read only.
    CHECK(f.queueOf(QStringLiteral("insp0099")) == QStringList{QStringLiteral("NREV9/E1")});
    CHECK(f.queueOf(QStringLiteral("ps0042")) == QStringList{QStringLiteral("N000123/E3"), QStringLiteral("NREV1/E1"),
                                                             QStringLiteral("NREV1/E2"), QStringLiteral("NREV3/E1"),
                                                             QStringLiteral("NREV4/E1")});
    CHECK(f.lastAudit().recordRef == QStringLiteral("team:Area 1 Team A"));

    // What a row shows.
    auto queue = f.s->reviewQueue(f.as(QStringLiteral("insp0012")));
    REQUIRE(queue.ok());
    const ReviewQueueItem& item = queue->at(2);
    CHECK(item.ref == QStringLiteral("NREV1"));
    CHECK(item.familyName == QStringLiteral("Reviewcase"));
    CHECK(item.givenNames == QStringLiteral("One"));
    CHECK(item.area == QStringLiteral("Area 1"));
    CHECK(item.owner == QStringLiteral("pc4521"));
    CHECK(item.riskLevel == RiskLevel::Medium);
    CHECK(item.reviewIndex == 1);
    CHECK(item.review.entry == QStringLiteral("E2"));
    CHECK(item.review.requestedBy == QStringLiteral("pc4521"));
    CHECK(item.review.requestedAt == QDateTime(QDate(2026, 11, 12), QTime(9, 0), Qt::UTC));
    CHECK(item.review.proposedRiskLevel == RiskLevel::VeryHigh);
    CHECK(item.review.escalating == std::optional<bool>(true));
    CHECK(item.review.rationale == QStringLiteral("Rationale two"));
    CHECK(item.review.decision == ReviewDecision::Pending);
    CHECK(item.entryType == EntryType::Concern);
    CHECK(item.entryAt == QDateTime(QDate(2026, 11, 12), QTime(8, 0), Qt::UTC));
    CHECK(item.entryBy == QStringLiteral("pc4521"));
    CHECK(item.entryText == QStringLiteral("Review text two"));
    CHECK(queue->at(3).reviewIndex == 2); // NREV2's E10, after its decided request and E7

    // Officers and admins are refused, and the refusal is on the record; nothing else is.
    for (const QString& who : {QStringLiteral("pc4521"), kAdmin}) {
        const int refusals = f.refusals();
        const int changes = f.changeAudits();
        auto refused = f.s->reviewQueue(f.as(who));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK_THAT(msg(refused.error()), Contains("may not read the re-evaluation queue"));
        CHECK(f.refusals() == refusals + 1);
        CHECK(f.changeAudits() == changes);
    }
}

TEST_CASE("reviews: an approval sets the risk level and history, clears the alert, and may call for MAPPA", "[reviews]")
{
    Reviews f;
    const QString key = QStringLiteral("risk.escalation_review:NREV1:E1:2026-11-13");
    REQUIRE(f.alertKeys(QStringLiteral("NREV1")).contains(key));
    const int changes = f.changeAudits();

    auto done = f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E1"),
                         ReviewDecision::Approved, QStringLiteral("  History supports it  "));
    INFO((done ? std::string() : msg(done.error())));
    REQUIRE(done.ok());
    CHECK(done->reviewIndex == 0);
    CHECK(done->decision == ReviewDecision::Approved);
    CHECK(done->riskBefore == std::optional<RiskLevel>(RiskLevel::Medium));
    CHECK(done->riskLevel == RiskLevel::High);
    CHECK(done->riskHistoryIndex == std::optional<int>(1));

    const Nominal n = f.load(QStringLiteral("NREV1"));
    CHECK(n.riskLevel == RiskLevel::High);
    CHECK(describe(n.riskHistory) == QStringLiteral("2020-01-01=medium 2026-11-20=high"));
    const Review& r = n.reviews.at(0);
    CHECK(r.decision == ReviewDecision::Approved);
    CHECK(r.decidedAt == std::optional<QDateTime>(kNow));
    CHECK(r.decidedBy == std::optional<QString>(QStringLiteral("insp0012")));
    CHECK(r.decisionReason == std::optional<QString>(QStringLiteral("History supports it")));
    CHECK(n.reviews.at(1).decision == ReviewDecision::Pending);

    // One alteration row (then readNominal's consultation, which load made).
    CHECK(f.changeAudits() == changes + 2);
    {
        auto rows = f.ctx().audit().list({});
        REQUIRE(rows.ok());
        const AuditRecord& row = rows->at(rows->size() - 2);
        CHECK(row.username == QStringLiteral("insp0012"));
        CHECK(row.operation == QStringLiteral("alteration"));
        CHECK(row.recordType == QStringLiteral("review"));
        CHECK(row.recordRef == QStringLiteral("NREV1"));
        CHECK(changeDetail(row) == QStringLiteral("reviews[0] entry=E1 approved risk=high risk_history[1]"));
    }

    // The alert for E1 has cleared (E2's stays); the approval of a high risk at MAPPA level 1
    // now asks for a referral decision within 5 days; the rules see high risk today.
    std::optional<RiskLevel> risk;
    const QStringList keys = f.alertKeys(QStringLiteral("NREV1"), &risk);
    CHECK_FALSE(keys.contains(key));
    CHECK(keys.contains(QStringLiteral("risk.escalation_review:NREV1:E2:2026-11-15")));
    CHECK(keys.contains(QStringLiteral("mappa.level2_consideration:NREV1:E1:2026-11-25")));
    CHECK(risk == std::optional<RiskLevel>(RiskLevel::High));
    CHECK(f.queueOf(QStringLiteral("insp0012")).indexOf(QStringLiteral("NREV1/E1")) < 0);
}

TEST_CASE("reviews: a second change the same day follows the first, and export → import → export is exact", "[reviews]")
{
    Reviews f;
    REQUIRE(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E1")).ok());
    f.clock->advanceSeconds(3600);
    auto second = f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E2"));
    REQUIRE(second.ok());
    CHECK(second->riskBefore == std::optional<RiskLevel>(RiskLevel::High));
    CHECK(second->riskHistoryIndex == std::optional<int>(2));
    const Nominal n = f.load(QStringLiteral("NREV1"));
    CHECK(n.riskLevel == RiskLevel::VeryHigh);
    CHECK(describe(n.riskHistory) == QStringLiteral("2020-01-01=medium 2026-11-20=high 2026-11-20=very_high"));
    std::optional<RiskLevel> risk;
    f.alertKeys(QStringLiteral("NREV1"), &risk);
    CHECK(risk == std::optional<RiskLevel>(RiskLevel::VeryHigh)); // the later recorded is the last
    // A rejection too, so both decisions travel.
    REQUIRE(
        f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV2"), QStringLiteral("E7"), ReviewDecision::Rejected)
            .ok());

    const QByteArray first = f.exportAll();
    CHECK(first.contains(R"("decision": "rejected")"));
    Reviews other; // a second database (its own imports are replaced below)
    other.s.reset();
    const QString copy = other.dir.filePath(QStringLiteral("copy.db"));
    other.open(copy);
    auto imported = other.s->importBundle(other.admin, first);
    INFO((imported ? std::string() : msg(imported.error())));
    REQUIRE(imported.ok());
    CHECK(other.exportAll() == first);
}

TEST_CASE("reviews: a rejection changes no risk and clears the alert", "[reviews]")
{
    Reviews f;
    const QString key = QStringLiteral("risk.escalation_review:NREV2:E7:2026-11-14");
    REQUIRE(f.alertKeys(QStringLiteral("NREV2")).contains(key));
    const QList<RiskHistoryItem> before = f.load(QStringLiteral("NREV2")).riskHistory;
    auto done = f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV2"), QStringLiteral("E7"),
                         ReviewDecision::Rejected, QStringLiteral("Not borne out"));
    REQUIRE(done.ok());
    CHECK(done->reviewIndex == 1);
    CHECK_FALSE(done->riskBefore.has_value());
    CHECK_FALSE(done->riskHistoryIndex.has_value());
    CHECK(done->riskLevel == RiskLevel::Low);
    CHECK(changeDetail(f.lastAudit()) == QStringLiteral("reviews[1] entry=E7 rejected"));
    const Nominal n = f.load(QStringLiteral("NREV2"));
    CHECK(n.riskLevel == RiskLevel::Low);
    CHECK(describe(n.riskHistory) == describe(before));
    CHECK(n.reviews.at(1).decision == ReviewDecision::Rejected);
    CHECK(n.reviews.at(1).decisionReason == std::optional<QString>(QStringLiteral("Not borne out")));
    CHECK_FALSE(f.alertKeys(QStringLiteral("NREV2")).contains(key));

    // An approval of the level the nominal already has changes no risk either.
    auto same = f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV2"), QStringLiteral("E10"));
    REQUIRE(same.ok());
    CHECK_FALSE(same->riskBefore.has_value());
    CHECK(changeDetail(f.lastAudit()) == QStringLiteral("reviews[2] entry=E10 approved risk=low unchanged"));
    CHECK(describe(f.load(QStringLiteral("NREV2")).riskHistory) == describe(before));
}

TEST_CASE("reviews: a reason, a decision and a pending request are required; nothing is saved otherwise", "[reviews]")
{
    Reviews f;
    const QByteArray before = f.exportAll();
    const int changes = f.changeAudits();
    const int refusals = f.refusals();
    auto expect = [&](const Result<ReviewOutcome>& r, ErrorCode code, const std::string& message) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        CHECK(msg(r.error()) == message);
    };
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E1"), ReviewDecision::Approved,
                    QStringLiteral(" \n\t ")),
           ErrorCode::Invalid, "reason: required");
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E1"), ReviewDecision::Rejected,
                    QString()),
           ErrorCode::Invalid, "reason: required");
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E1"), ReviewDecision::Pending),
           ErrorCode::Invalid, "decision: approved or rejected (\"pending\" decides nothing)");
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E99")), ErrorCode::NotFound,
           "entry: no re-evaluation request for E99 on NREV1");
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("N000123"), QStringLiteral("E0")), ErrorCode::NotFound,
           "entry: no re-evaluation request for E0 on N000123");
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("NOSUCH"), QStringLiteral("E1")), ErrorCode::NotFound,
           "nominal: no nominal NOSUCH");
    // Decided already (imported), or a change of risk dated after today.
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV2"), QStringLiteral("E9")), ErrorCode::Conflict,
           "entry: the re-evaluation of E9 was already rejected by insp0012 at "
           "2026-11-02T08:00:00Z (reviews[0])");
    expect(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV4"), QStringLiteral("E1")), ErrorCode::Conflict,
           "risk_history[1]: a change dated 2027-01-01 is after today (2026-11-20), so an approval today could not "
           "be the last risk level");
    CHECK(f.changeAudits() == changes);
    CHECK(f.refusals() == refusals);
    CHECK(f.exportAll() == before);

    // Once decided, a second decision is a conflict naming the first.
    REQUIRE(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E1")).ok());
    expect(
        f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV1"), QStringLiteral("E1"), ReviewDecision::Rejected),
        ErrorCode::Conflict,
        "entry: the re-evaluation of E1 was already approved by insp0012 at 2026-11-20T10:00:00Z (reviews[0])");
    CHECK(f.load(QStringLiteral("NREV1")).reviews.at(0).decision == ReviewDecision::Approved);
}

TEST_CASE("reviews: nobody decides their own request or a concern they wrote; the refusal is audited", "[reviews]")
{
    Reviews f;
    const Session inspector = f.as(QStringLiteral("insp0012"));
    auto entry = f.s->raiseConcern(
        inspector, QStringLiteral("NREV1"),
        NewConcern{QStringLiteral("Own concern"), RiskLevel::High, QStringLiteral("Own rationale"), false});
    REQUIRE(entry.ok());

    auto refusedOnce = [&](const QString& who, const QString& ref, const QString& id, const std::string& message) {
        const QByteArray before = f.exportAll();
        const int changes = f.changeAudits();
        const int refusals = f.refusals();
        auto r = f.decide(who, ref, id);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::PermissionDenied);
        CHECK(msg(r.error()) == message);
        CHECK(f.refusals() == refusals + 1);
        CHECK(f.changeAudits() == changes);
        const AuditRecord row = f.lastAudit();
        CHECK(row.operation == QStringLiteral("refusal"));
        CHECK(row.username == who);
        CHECK(row.recordRef == ref);
        CHECK(row.detail.toStdString() == message);
        CHECK(f.exportAll() == before);
    };
    refusedOnce(QStringLiteral("insp0012"), QStringLiteral("NREV1"), *entry,
                "permission denied: you requested the re-evaluation of " + entry->toStdString() +
                    "; another inspector must decide it");
    refusedOnce(QStringLiteral("insp0013"), QStringLiteral("NREV3"), QStringLiteral("E1"),
                "permission denied: you wrote entry E1; another inspector must decide its re-evaluation");
    // Another inspector of the area may.
    CHECK(f.decide(QStringLiteral("insp0013"), QStringLiteral("NREV1"), *entry).ok());
    CHECK(f.decide(QStringLiteral("insp0012"), QStringLiteral("NREV3"), QStringLiteral("E1")).ok());
}

TEST_CASE("reviews: officers, sergeants, admins and another area's inspector are refused and audited", "[reviews]")
{
    Reviews f;
    const QByteArray before = f.exportAll();
    const struct {
        QString who;
        QString ref;
        std::string message;
    } cases[] = {
        {QStringLiteral("pc4521"), QStringLiteral("NREV1"),
         "permission denied: a user with role officer may not decide a risk re-evaluation"},
        {QStringLiteral("ps0042"), QStringLiteral("NREV1"),
         "permission denied: a user with role sergeant may not decide a risk re-evaluation"},
        {kAdmin, QStringLiteral("NREV1"),
         "permission denied: a user with role admin may not decide a risk re-evaluation"},
        {QStringLiteral("insp0099"), QStringLiteral("NREV1"), "permission denied: NREV1 is not in your area"},
        {QStringLiteral("insp0012"), QStringLiteral("NREV9"), "permission denied: NREV9 is not in your area"},
    };
    for (const auto& c : cases) {
        INFO(c.who.toStdString() << " on " << c.ref.toStdString());
        const int changes = f.changeAudits();
        const int refusals = f.refusals();
        auto r = f.decide(c.who, c.ref, QStringLiteral("E1"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::PermissionDenied);
        CHECK(msg(r.error()) == c.message);
        CHECK(f.refusals() == refusals + 1);
        CHECK(f.changeAudits() == changes);
        CHECK(f.lastAudit().detail.toStdString() == c.message);
    }
    CHECK(f.exportAll() == before);
}
