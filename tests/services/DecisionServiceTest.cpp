// Supervisors' decisions recorded as casework: case transfers (the owner changes, the new
// owner acknowledges), management decisions (they fit the current mode; move_reactive only
// for a case low risk for the policy's years), indefinite-review decisions (an inspector's;
// a discharge removes from the register). Each clears the alert it answers; refusals are
// audited and save nothing; the records export and import exactly.

#include "ServicesTestUtil.h"
#include "core/rules/Dates.h"

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// NDEC1: low risk since 2010, active, indefinite since 2010 (reactive-eligible and due an
// indefinite review). NDEC2: high risk, a 10-year period. NDEC3: reactive since 2022 with an
// intelligence entry since. NDEC4: an approved re-evaluation to high risk at MAPPA level 1.
// All pc4521's (Area 1 Team A); pc3333 is a second officer of Team A.
QByteArray decisionBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1,
      "users": [{"username": "pc3333", "name": "Test Officer Quebec", "collar": "3333", "role": "officer",
                 "area": "Area 1", "team": "Area 1 Team A"}],
      "nominals": [
        {"ref": "NDEC1", "family_name": "Decisioncase", "given_names": "One", "date_of_birth": "1970-01-01",
         "area": "Area 1", "owner": "pc4521", "risk_level": "low",
         "registration": {"first_notified": "2010-01-01", "period": "indefinite"}},
        {"ref": "NDEC2", "family_name": "Decisioncase", "given_names": "Two", "date_of_birth": "1971-01-01",
         "area": "Area 1", "owner": "pc4521", "risk_level": "high",
         "registration": {"first_notified": "2020-01-01", "period": "10y"}},
        {"ref": "NDEC3", "family_name": "Decisioncase", "given_names": "Three", "date_of_birth": "1972-01-01",
         "area": "Area 1", "owner": "pc4521", "risk_level": "low",
         "management": "reactive", "management_since": "2022-01-01",
         "registration": {"first_notified": "2020-01-01", "period": "10y"},
         "entries": [{"id": "E1", "at": "2026-11-02T10:00:00Z", "by": "pc4521", "type": "intelligence",
                      "text": "Synthetic intelligence"}]},
        {"ref": "NDEC4", "family_name": "Decisioncase", "given_names": "Four", "date_of_birth": "1973-01-01",
         "area": "Area 1", "owner": "pc4521", "risk_level": "high",
         "risk_history": [{"from": "2019-01-01", "level": "medium"}, {"from": "2026-11-21", "level": "high"}],
         "registration": {"first_notified": "2019-01-01", "period": "10y"},
         "entries": [{"id": "E1", "at": "2026-11-20T10:00:00Z", "by": "pc4521", "type": "concern",
                      "text": "Synthetic concern"}],
         "reviews": [{"entry": "E1", "requested_at": "2026-11-20T11:00:00Z", "requested_by": "pc4521",
                      "proposed_risk_level": "high", "rationale": "Synthetic rationale", "decision": "approved",
                      "decided_at": "2026-11-21T09:00:00Z", "decided_by": "insp0012"}]}]})");
}

struct Deciding {
    ServiceFixture f{ServiceFixture::FullAndScope};
    Session officer;
    Session sergeant;
    Session inspector;
    QDate today;

    Deciding()
    {
        f.importOk(decisionBundle());
        officer = f.sessionOf(QStringLiteral("pc4521"));
        sergeant = f.sessionOf(QStringLiteral("ps0042"));
        inspector = f.sessionOf(QStringLiteral("insp0012"));
        today = londonDate(f.ctx().db().now());
    }

    QStringList rulesFor(const QString& ref)
    {
        AlertQuery q;
        q.asOf = today;
        q.nominal = ref;
        auto run = f.s->alerts(inspector, q);
        REQUIRE(run.ok());
        QStringList rules;
        for (const Alert& a : run->alerts) {
            rules << a.rule;
        }
        return rules;
    }

    Nominal read(const QString& ref)
    {
        auto n = f.s->readNominal(inspector, ref, QStringLiteral("case management"));
        REQUIRE(n.ok());
        return *n;
    }

    QString made(const Session& who, const QString& ref, const CaseworkRecord& record)
    {
        auto where = f.s->recordCasework(who, ref, record);
        INFO((where ? std::string() : msg(where.error())));
        REQUIRE(where.ok());
        return *where;
    }

    // Refused as invalid input naming the field: nothing saved, no refusal row.
    void invalid(const Session& who, const QString& ref, const CaseworkRecord& record, const char* prefix)
    {
        const int changes = f.changeAudits();
        const int refusals = f.refusals();
        auto res = f.s->recordCasework(who, ref, record);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == ErrorCode::Invalid);
        CHECK_THAT(res.error().message.toStdString(), StartsWith(prefix));
        CHECK(f.changeAudits() == changes);
        CHECK(f.refusals() == refusals);
    }

    // Refused for who is asking: one refusal row, nothing else.
    void denied(const Session& who, const QString& ref, const CaseworkRecord& record, const char* contains)
    {
        const int changes = f.changeAudits();
        const int refusals = f.refusals();
        auto res = f.s->recordCasework(who, ref, record);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == ErrorCode::PermissionDenied);
        CHECK_THAT(res.error().message.toStdString(), Contains(contains));
        CHECK(f.changeAudits() == changes);
        CHECK(f.refusals() == refusals + 1);
    }

    QStringList caseloadOf(const QString& username)
    {
        auto list = f.s->caseload(f.sessionOf(username));
        REQUIRE(list.ok());
        QStringList refs;
        for (const CaseSummary& c : *list) {
            refs << c.ref;
        }
        return refs;
    }
};

Transfer transferTo(const QString& to, const QDate& on, const QString& from = {})
{
    return Transfer{on, from, to, std::nullopt};
}

ManagementDecision decision(ManagementDecisionKind kind, const QDate& on, const QString& by = {},
                            const QString& reason = QStringLiteral("Synthetic decision reason"))
{
    return ManagementDecision{on, by, kind, reason};
}

} // namespace

TEST_CASE("decisions: a transfer moves the case, writes its entry, and the new owner's acknowledgement clears both "
          "alerts")
{
    Deciding d;
    const QString ref = QStringLiteral("NDEC1");
    const QStringList before = d.rulesFor(ref);
    CHECK_FALSE(before.contains(QStringLiteral("case.transfer_acknowledge")));

    CHECK(d.made(d.sergeant, ref, transferTo(QStringLiteral("pc3333"), d.today.addDays(-1))) ==
          QStringLiteral("transfers[0]"));
    const AuditRecord last = d.f.lastAudit();
    CHECK(last.operation == QStringLiteral("collection"));
    CHECK(last.recordType == QStringLiteral("transfer"));
    CHECK(changeDetail(last) == QStringLiteral("transfers[0] from=pc4521 to=pc3333 entry=E1"));

    const Nominal n = d.read(ref);
    CHECK(n.owner == QStringLiteral("pc3333"));
    REQUIRE(n.transfers.size() == 1);
    CHECK(n.transfers[0].from == QStringLiteral("pc4521")); // left out: the owner then
    CHECK_FALSE(n.transfers[0].acknowledgedAt.has_value());
    REQUIRE(n.entries.size() == 1);
    CHECK(n.entries[0].type == EntryType::Transfer);
    CHECK(n.entries[0].by == QStringLiteral("ps0042"));
    CHECK(n.entries[0].text == QStringLiteral("Case transferred from Test Officer Xray (4521) to Test Officer Quebec "
                                              "(3333) on %1.")
                                   .arg(toIsoDate(d.today.addDays(-1))));

    // The owner change is what the caseloads show.
    CHECK(d.caseloadOf(QStringLiteral("pc3333")) == QStringList{ref});
    CHECK_FALSE(d.caseloadOf(QStringLiteral("pc4521")).contains(ref));

    const QStringList after = d.rulesFor(ref);
    CHECK(after.contains(QStringLiteral("case.transfer_acknowledge")));
    CHECK(after.contains(QStringLiteral("entries.acknowledge"))); // the transfer entry, by the sergeant

    // The old owner has nothing to acknowledge; the new owner acknowledges transfer and entry at once.
    CHECK_FALSE(d.f.s->acknowledgeTransfer(d.officer, ref).ok());
    auto ack = d.f.s->acknowledgeTransfer(d.f.sessionOf(QStringLiteral("pc3333")), ref);
    INFO((ack ? std::string() : msg(ack.error())));
    REQUIRE(ack.ok());
    CHECK(*ack == QStringLiteral("transfers[0]"));
    const Nominal acked = d.read(ref);
    CHECK(acked.transfers[0].acknowledgedAt.has_value());
    REQUIRE(acked.entries[0].acknowledged.size() == 1);
    CHECK(acked.entries[0].acknowledged[0].by == QStringLiteral("pc3333"));
    const QStringList cleared = d.rulesFor(ref);
    CHECK_FALSE(cleared.contains(QStringLiteral("case.transfer_acknowledge")));
    CHECK_FALSE(cleared.contains(QStringLiteral("entries.acknowledge")));
}

TEST_CASE("decisions: invalid transfers name the field and change nothing")
{
    Deciding d;
    const QString ref = QStringLiteral("NDEC1");
    d.made(d.sergeant, ref, transferTo(QStringLiteral("pc3333"), d.today.addDays(-5)));
    const int transfers = d.f.count(QStringLiteral("transfers"));
    const int entries = d.f.count(QStringLiteral("entries"));

    d.invalid(d.sergeant, ref, transferTo(QStringLiteral("pc4521"), d.today.addDays(1)), "on: in the future");
    d.invalid(d.sergeant, ref, transferTo(QStringLiteral("pc4521"), d.today.addDays(-6)),
              "on: before the latest transfer (transfers[0]");
    d.invalid(d.sergeant, ref, transferTo(QStringLiteral("pc4521"), d.today, QStringLiteral("pc4521")),
              "from: must be the current owner of NDEC1 (pc3333)");
    d.invalid(d.sergeant, ref, transferTo(QStringLiteral("pc3333"), d.today), "to: pc3333 already owns NDEC1");
    d.invalid(d.sergeant, ref, transferTo(QString(), d.today), "to: required");
    d.invalid(d.sergeant, ref, transferTo(QStringLiteral("pc1111"), d.today), "to: pc1111 is not an active casework");
    d.invalid(d.sergeant, ref, transferTo(kAdmin, d.today), "to: adm.test is not an active casework");
    d.invalid(d.sergeant, ref, transferTo(QStringLiteral("nobody"), d.today), "to: nobody is not an active casework");
    Transfer acknowledged = transferTo(QStringLiteral("pc4521"), d.today);
    acknowledged.acknowledgedAt = d.f.ctx().db().now();
    d.invalid(d.sergeant, ref, acknowledged, "acknowledged_at:");

    CHECK(d.f.count(QStringLiteral("transfers")) == transfers);
    CHECK(d.f.count(QStringLiteral("entries")) == entries);
    CHECK(d.read(ref).owner == QStringLiteral("pc3333"));
}

TEST_CASE("decisions: transfers are a sergeant's within the team and an inspector's within the area")
{
    Deciding d;
    const QString ref = QStringLiteral("NDEC2");
    d.denied(d.officer, ref, transferTo(QStringLiteral("pc3333"), d.today), "may not record a case transfer");
    d.denied(d.sergeant, ref, transferTo(QStringLiteral("pc2222"), d.today), "to: pc2222 is not in your team");
    d.denied(d.inspector, ref, transferTo(QStringLiteral("pc9001"), d.today), "to: pc9001 is not in your area");
    d.denied(d.sergeant, QStringLiteral("N000300"), transferTo(QStringLiteral("pc4521"), d.today),
             "N000300 is not in your team");
    CHECK(d.read(ref).owner == QStringLiteral("pc4521"));
    CHECK(d.read(ref).transfers.isEmpty());

    // Out of the team is the inspector's.
    CHECK(d.made(d.inspector, ref, transferTo(QStringLiteral("pc2222"), d.today)) == QStringLiteral("transfers[0]"));
    CHECK(d.read(ref).owner == QStringLiteral("pc2222"));
    CHECK(d.caseloadOf(QStringLiteral("pc2222")).contains(ref));
}

TEST_CASE("decisions: management decisions fit the mode, clear the eligibility alert and move the case")
{
    Deciding d;
    const QString ref = QStringLiteral("NDEC1");
    REQUIRE(d.rulesFor(ref).contains(QStringLiteral("management.reactive_eligible")));

    CHECK(d.made(d.sergeant, ref, decision(ManagementDecisionKind::StayActive, d.today.addDays(-10))) ==
          QStringLiteral("management_decisions[0]"));
    CHECK(changeDetail(d.f.lastAudit()) == QStringLiteral("management_decisions[0] decision=stay_active"));
    CHECK_FALSE(d.rulesFor(ref).contains(QStringLiteral("management.reactive_eligible")));
    Nominal n = d.read(ref);
    REQUIRE(n.managementDecisions.size() == 1);
    CHECK(n.managementDecisions[0].by == QStringLiteral("ps0042")); // left out: the session user
    CHECK(n.management == ManagementMode::Active);

    // Refusals: in another's name (audited), by an officer, out of the mode, too early, no reason.
    d.denied(d.sergeant, ref, decision(ManagementDecisionKind::MoveReactive, d.today, QStringLiteral("insp0012")),
             "by: a management decision is recorded by the supervisor who makes it");
    d.denied(d.officer, ref, decision(ManagementDecisionKind::MoveReactive, d.today),
             "may not record a management decision");
    d.invalid(d.sergeant, ref, decision(ManagementDecisionKind::ReturnActive, d.today),
              "decision: return_active is for a case under reactive management (NDEC1 is under active management)");
    d.invalid(d.sergeant, ref, decision(ManagementDecisionKind::MoveReactive, d.today.addDays(-11)),
              "on: before the latest management decision (management_decisions[0]");
    d.invalid(d.sergeant, ref, decision(ManagementDecisionKind::MoveReactive, d.today.addDays(1)), "on: in the future");
    d.invalid(d.sergeant, ref, decision(ManagementDecisionKind::MoveReactive, d.today, {}, QStringLiteral(" \n")),
              "reason: required");

    // The move: the mode and its start change; the case shows reactive in the caseload.
    CHECK(d.made(d.inspector, ref, decision(ManagementDecisionKind::MoveReactive, d.today)) ==
          QStringLiteral("management_decisions[1]"));
    n = d.read(ref);
    CHECK(n.management == ManagementMode::Reactive);
    CHECK(n.managementSince == d.today);
    auto list = d.f.s->caseload(d.officer);
    REQUIRE(list.ok());
    const auto it = std::find_if(list->cbegin(), list->cend(), [&](const CaseSummary& c) { return c.ref == ref; });
    REQUIRE(it != list->cend());
    CHECK(it->management == ManagementMode::Reactive);
    d.invalid(d.sergeant, ref, decision(ManagementDecisionKind::StayActive, d.today),
              "decision: stay_active is for a case under active management");
    CHECK(d.f.count(QStringLiteral("management_decisions")) == 4); // full.json's two and these two
}

TEST_CASE("decisions: move_reactive is refused for a case not low risk for the policy's years")
{
    Deciding d;
    d.invalid(d.sergeant, QStringLiteral("NDEC2"), decision(ManagementDecisionKind::MoveReactive, d.today),
              "decision: move_reactive is for a case assessed low risk on every day since");
    // NDEC4 was medium, then high: the same.
    d.invalid(d.sergeant, QStringLiteral("NDEC4"), decision(ManagementDecisionKind::MoveReactive, d.today),
              "decision: move_reactive is for a case assessed low risk");
    // stay_active needs no eligibility.
    d.made(d.sergeant, QStringLiteral("NDEC2"), decision(ManagementDecisionKind::StayActive, d.today));
    CHECK(d.read(QStringLiteral("NDEC2")).management == ManagementMode::Active);
}

TEST_CASE("decisions: a decision after information under reactive management clears the review; return_active "
          "makes the case active")
{
    Deciding d;
    const QString ref = QStringLiteral("NDEC3");
    REQUIRE(d.rulesFor(ref).contains(QStringLiteral("management.reactive_review")));
    d.invalid(d.sergeant, ref, decision(ManagementDecisionKind::StayReactive, QDate(2021, 12, 31)),
              "on: before the current management mode began (management_since 2022-01-01)");
    CHECK(d.made(d.sergeant, ref, decision(ManagementDecisionKind::ReturnActive, d.today)) ==
          QStringLiteral("management_decisions[0]"));
    CHECK_FALSE(d.rulesFor(ref).contains(QStringLiteral("management.reactive_review")));
    const Nominal n = d.read(ref);
    CHECK(n.management == ManagementMode::Active);
    CHECK(n.managementSince == d.today);
}

TEST_CASE("decisions: an inspector's indefinite-review decision clears the review; a discharge removes from the "
          "register")
{
    Deciding d;
    const QString ref = QStringLiteral("NDEC1");
    REQUIRE(d.rulesFor(ref).contains(QStringLiteral("notification.indefinite_review")));
    const auto review = [&](IndefiniteOutcome outcome, const QDate& on, const QString& by = {}) {
        return IndefiniteReviewDecision{on, by, outcome, QStringLiteral("Synthetic review reason")};
    };

    d.denied(d.sergeant, ref, review(IndefiniteOutcome::Continue, d.today), "may not record an indefinite-review");
    d.invalid(d.inspector, ref, review(IndefiniteOutcome::Continue, d.today, QStringLiteral("ps0042")),
              "by: indefinite-review decisions are an inspector's (ps0042 is not)");
    d.invalid(d.inspector, ref, review(IndefiniteOutcome::Continue, QDate(2024, 12, 31)),
              "on: before 2025-01-01, when the indefinite notification may first be reviewed");
    d.invalid(d.inspector, QStringLiteral("NDEC2"), review(IndefiniteOutcome::Continue, d.today),
              "outcome: NDEC2 is notified for 10y, not indefinitely");
    IndefiniteReviewDecision noReason = review(IndefiniteOutcome::Continue, d.today);
    noReason.reason = QStringLiteral("  ");
    d.invalid(d.inspector, ref, noReason, "reason: required");

    CHECK(d.made(d.inspector, ref, review(IndefiniteOutcome::Continue, d.today.addDays(-3))) ==
          QStringLiteral("indefinite_review_decisions[0]"));
    CHECK(changeDetail(d.f.lastAudit()) == QStringLiteral("indefinite_review_decisions[0] outcome=continue"));
    CHECK_FALSE(d.rulesFor(ref).contains(QStringLiteral("notification.indefinite_review")));
    CHECK(d.read(ref).registerStatus == RegisterStatus::Registered);

    d.invalid(d.inspector, ref, review(IndefiniteOutcome::Discharge, d.today.addDays(-4)),
              "on: before the latest indefinite-review decision");
    d.made(d.inspector, ref, review(IndefiniteOutcome::Discharge, d.today));
    const Nominal n = d.read(ref);
    CHECK(n.registerStatus == RegisterStatus::Removed);
    CHECK(n.registerStatusSince == d.today);
    CHECK(d.rulesFor(ref).isEmpty()); // not registered: no rule fires
    d.invalid(d.inspector, ref, review(IndefiniteOutcome::Continue, d.today),
              "outcome: NDEC1 is no longer on the register (removed since");
}

TEST_CASE("decisions: a MAPPA referral decision clears mappa.level2_consideration")
{
    Deciding d;
    const QString ref = QStringLiteral("NDEC4");
    REQUIRE(d.rulesFor(ref).contains(QStringLiteral("mappa.level2_consideration")));
    CHECK(d.made(d.inspector, ref,
                 MappaReferral{d.today, QStringLiteral("insp0012"), false, std::nullopt,
                               QStringLiteral("Synthetic: managed at level 1")}) ==
          QStringLiteral("mappa_referrals[0]"));
    CHECK_FALSE(d.rulesFor(ref).contains(QStringLiteral("mappa.level2_consideration")));
}

TEST_CASE("decisions: export → import into a new database → export is exact with the decisions recorded")
{
    Deciding d;
    d.made(d.sergeant, QStringLiteral("NDEC1"), transferTo(QStringLiteral("pc3333"), d.today.addDays(-2)));
    REQUIRE(d.f.s->acknowledgeTransfer(d.f.sessionOf(QStringLiteral("pc3333")), QStringLiteral("NDEC1")).ok());
    d.made(d.inspector, QStringLiteral("NDEC1"), transferTo(QStringLiteral("pc4521"), d.today));
    d.made(d.sergeant, QStringLiteral("NDEC1"), decision(ManagementDecisionKind::MoveReactive, d.today));
    d.made(d.sergeant, QStringLiteral("NDEC3"), decision(ManagementDecisionKind::ReturnActive, d.today));
    d.made(d.inspector, QStringLiteral("NDEC1"),
           IndefiniteReviewDecision{d.today, {}, IndefiniteOutcome::Discharge, QStringLiteral("Synthetic reason")});

    auto first = d.f.s->exportBundle(d.f.admin, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("test"));
    REQUIRE(first.ok());
    CHECK_THAT(first->toStdString(), Contains("\"management\": \"reactive\""));
    ServiceFixture fresh(ServiceFixture::Empty, QStringLiteral("fresh.db"));
    fresh.importOk(*first);
    auto second =
        fresh.s->exportBundle(fresh.admin, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("test"));
    REQUIRE(second.ok());
    CHECK(*second == *first);
}
