// Dip sampling through the real services: the draw reproduced from its recorded seed, the
// period rules (Europe/London month, nothing in the future), one draw per sergeant per
// period, who sees which draws, the findings checked with their paths, refusals audited and
// nothing saved when refused, and the bundle round trip of completed records.

#include "ServicesTestUtil.h"
#include "core/FixedClock.h"
#include "core/supervision/DipSampleDraw.h"

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Team A gets a second active officer and more cases for pc4521 (one removed from the
// register); Team B and Area 2 get a sergeant each.
QByteArray dipBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1,
  "users": [
    {"username": "pc4600", "name": "Test Officer Tango", "collar": "4600", "role": "officer",
     "area": "Area 1", "team": "Area 1 Team A"},
    {"username": "pc2222", "name": "Test Officer Victor", "collar": "2222", "role": "officer",
     "area": "Area 1", "team": "Area 1 Team B"},
    {"username": "ps0077", "name": "Test Sergeant Sierra", "collar": "0077", "role": "sergeant",
     "area": "Area 1", "team": "Area 1 Team B"},
    {"username": "ps0099", "name": "Test Sergeant Romeo", "collar": "0099", "role": "sergeant",
     "area": "Area 2", "team": "Area 2 Team C"}
  ],
  "nominals": [
    {"ref": "N000401", "family_name": "Dipcase", "given_names": "One", "date_of_birth": "1981-01-01",
     "area": "Area 1", "owner": "pc4521", "risk_level": "low",
     "registration": {"first_notified": "2020-01-01", "period": "indefinite"}},
    {"ref": "N000402", "family_name": "Dipcase", "given_names": "Two", "date_of_birth": "1982-02-02",
     "area": "Area 1", "owner": "pc4521", "risk_level": "very_high",
     "registration": {"first_notified": "2020-01-01", "period": "indefinite"}},
    {"ref": "N000403", "family_name": "Dipcase", "given_names": "Three", "date_of_birth": "1983-03-03",
     "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
     "registration": {"first_notified": "2020-01-01", "period": "indefinite"}},
    {"ref": "N000404", "family_name": "Dipcase", "given_names": "Four", "date_of_birth": "1984-04-04",
     "area": "Area 1", "owner": "pc4521", "risk_level": "high", "register_status": "removed",
     "registration": {"first_notified": "2010-01-01", "period": "5y"}},
    {"ref": "N000410", "family_name": "Dipcase", "given_names": "Ten", "date_of_birth": "1985-05-05",
     "area": "Area 1", "owner": "pc4600", "risk_level": "low",
     "registration": {"first_notified": "2020-01-01", "period": "indefinite"}},
    {"ref": "N000300", "family_name": "Dipcase", "given_names": "Team B", "date_of_birth": "1986-06-06",
     "area": "Area 1", "owner": "pc2222", "risk_level": "medium",
     "registration": {"first_notified": "2020-01-01", "period": "indefinite"}}
  ]})");
}

// full.json and dipBundle in a database whose clock the test sets (15 Nov 2026 to start).
struct DipFixture {
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 15), QTime(10, 0), Qt::UTC));
    std::unique_ptr<Services> s;
    Session admin;

    DipFixture()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(s_("dip.db"));
        QByteArray pw = kAdminPassword;
        REQUIRE(Services::initDatabase(path, kAdmin, kAdminName, pw, clock).ok());
        auto opened = Services::open(path, {}, clock);
        REQUIRE(opened.ok());
        s = std::move(*opened);
        QByteArray signInPw = kAdminPassword;
        auto session = s->signIn(kAdmin, signInPw);
        REQUIRE(session.ok());
        admin = *session;
        for (const QByteArray& b : {readFile(dataDir() + s_("/bundles/full.json")), dipBundle()}) {
            auto r = s->importBundle(admin, b);
            INFO((r ? std::string() : msg(r.error())));
            REQUIRE(r.ok());
        }
    }
    static QString s_(const char* t) { return QString::fromUtf8(t); }

    ServiceContext& ctx() { return ServicesInternals::of(*s); }
    int count(const QString& table)
    {
        QSqlQuery q(ctx().db().connection());
        REQUIRE(q.exec(s_("SELECT COUNT(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    int changeAudits() { return count(s_("audit_log WHERE operation <> 'refusal'")); }
    int refusals() { return count(s_("audit_log WHERE operation = 'refusal'")); }
    int stored() { return count(s_("dip_samples")) * 1000 + count(s_("dip_records WHERE completed_at IS NOT NULL")); }
    Session sessionOf(const QString& username)
    {
        auto u = ctx().users().find(username);
        REQUIRE(u.ok());
        REQUIRE(u->has_value());
        const User& user = (*u)->user;
        return Session{user.username,
                       user.name,
                       user.collar,
                       user.role,
                       user.area.value_or(QString()),
                       user.team.value_or(QString())};
    }
    AuditRecord lastAudit()
    {
        auto rows = ctx().audit().list({});
        REQUIRE(rows.ok());
        REQUIRE_FALSE(rows->isEmpty());
        return rows->last();
    }
};

QStringList pairs(const QList<DipRecord>& records)
{
    QStringList out;
    for (const DipRecord& r : records) {
        out.append(r.officer + QLatin1Char('/') + r.nominal);
    }
    return out;
}

QList<DipItem> findings()
{
    const QStringList items = Policy::defaults().list(s("dip_sample_items"));
    QList<DipItem> out;
    for (auto it = items.crbegin(); it != items.crend(); ++it) { // reverse policy order on purpose
        out.append({*it, DipFinding::Compliant, std::nullopt});
    }
    out[1].finding = DipFinding::NotCompliant; // claims_verified
    out[1].note = s("Claims recorded, none checked");
    out[2].finding = DipFinding::NotApplicable; // visits_per_plan
    return out;
}

} // namespace

TEST_CASE("services: a dip-sample draw is stored, audited and reproducible from its seed", "[services][dip]")
{
    DipFixture f;
    const Session sergeant = f.sessionOf(s("ps0042"));
    auto drawn = f.s->drawDipSample(sergeant, std::nullopt, 918273);
    INFO((drawn ? std::string() : msg(drawn.error())));
    REQUIRE(drawn.ok());
    CHECK(drawn->period == s("2026-11")); // the clock's month
    CHECK(drawn->sergeant == s("ps0042"));
    CHECK(drawn->seed == 918273);
    CHECK(drawn->drawnAt == QDateTime(QDate(2026, 11, 15), QTime(10, 0), Qt::UTC));
    // Active Team A officers only (pc1111 is disabled); registered cases only (N000404 was
    // removed); Team B's N000300 is not theirs. Pinned by the independent script of
    // tests/core/supervision/DipSampleDrawTest.cpp: pc4521 draws N000402 then N000123.
    CHECK(pairs(drawn->records) == QStringList{s("pc4521/N000123"), s("pc4521/N000402"), s("pc4600/N000410")});

    // The same seed over the same caseloads gives the same draw through the core function.
    const QList<DipCaseload> loads{{s("pc4521"),
                                    {{s("N000123"), RiskLevel::High},
                                     {s("N000401"), RiskLevel::Low},
                                     {s("N000402"), RiskLevel::VeryHigh},
                                     {s("N000403"), RiskLevel::Medium}}},
                                   {s("pc4600"), {{s("N000410"), RiskLevel::Low}}}};
    DipDrawRules rules;
    rules.size = 2;
    rules.weights = {1, 1, 2, 3};
    CHECK(pairs(drawDipRecords(918273, rules, loads)) == pairs(drawn->records));

    const AuditRecord a = f.lastAudit();
    CHECK(a.operation == s("collection"));
    CHECK(a.recordType == s("dip_sample"));
    CHECK(a.recordRef == s("2026-11:ps0042"));
    CHECK(a.username == s("ps0042"));
    CHECK(a.detail == s("seed=918273;officers=2;records=3"));

    auto listed = f.s->dipSamples(sergeant, s("2026-11"));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().seed == 918273);
    CHECK(pairs(listed->first().records) == pairs(drawn->records));
    CHECK(f.lastAudit().operation == s("consultation"));
    CHECK(f.lastAudit().recordRef == s("team:Area 1 Team A"));

    // Without a seed one is chosen, recorded, and within 0 … 2^53−1.
    auto chosen = f.s->drawDipSample(sergeant, s("2026-09"));
    REQUIRE(chosen.ok());
    CHECK(chosen->seed >= 0);
    CHECK(chosen->seed <= (qint64{1} << 53) - 1);
    CHECK(f.lastAudit().detail.startsWith(QStringLiteral("seed=%1;").arg(chosen->seed)));
    CHECK(pairs(drawDipRecords(static_cast<std::uint64_t>(chosen->seed), rules, loads)) == pairs(chosen->records));
}

TEST_CASE("services: the draw's period: a month YYYY-MM, Europe/London, not in the future", "[services][dip]")
{
    DipFixture f;
    const Session sergeant = f.sessionOf(s("ps0042"));
    const int before = f.stored();
    const int audits = f.changeAudits();
    auto invalid = [&](const std::optional<QString>& period, const std::optional<qint64>& seed, const char* message) {
        auto r = f.s->drawDipSample(sergeant, period, seed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(msg(r.error()) == message);
    };
    invalid(s("2026-13"), 1, "period: must be a month YYYY-MM (got \"2026-13\")");
    invalid(s("2026-1"), 1, "period: must be a month YYYY-MM (got \"2026-1\")");
    invalid(s("November"), 1, "period: must be a month YYYY-MM (got \"November\")");
    invalid(s("2026-12"), 1, "period: 2026-12 is in the future (this month is 2026-11)");
    invalid(s("2026-11"), -1, "seed: must be a whole number from 0 to 9007199254740991");
    invalid(s("2026-11"), qint64{1} << 53, "seed: must be a whole number from 0 to 9007199254740991");
    CHECK(f.stored() == before);
    CHECK(f.changeAudits() == audits);

    // 30 June 23:30 UTC is 1 July 00:30 in London (BST): the draw is July's.
    f.clock->set(QDateTime(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC));
    auto july = f.s->drawDipSample(sergeant, std::nullopt, 3);
    REQUIRE(july.ok());
    CHECK(july->period == s("2026-07"));
    CHECK(f.s->drawDipSample(sergeant, s("2026-07"), 3).error().code == ErrorCode::Conflict);
}

TEST_CASE("services: one draw per sergeant per period", "[services][dip]")
{
    DipFixture f;
    const Session sergeant = f.sessionOf(s("ps0042"));
    // full.json holds ps0042's draw of 2026-10.
    const int before = f.stored();
    const int audits = f.changeAudits();
    auto again = f.s->drawDipSample(sergeant, s("2026-10"), 5);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(msg(again.error()) == "period: you already drew the dip sample of 2026-10 (seed 918273, drawn at "
                                "2026-10-01T08:00:00Z); one draw per sergeant per period");
    CHECK(f.stored() == before);
    CHECK(f.changeAudits() == audits);
    // Another sergeant draws the same period for their own team.
    auto teamB = f.s->drawDipSample(f.sessionOf(s("ps0077")), s("2026-10"), 5);
    REQUIRE(teamB.ok());
    CHECK(pairs(teamB->records) == QStringList{s("pc2222/N000300")});
}

TEST_CASE("services: who may draw and list dip samples", "[services][dip]")
{
    DipFixture f;
    REQUIRE(f.s->drawDipSample(f.sessionOf(s("ps0077")), s("2026-11"), 1).ok());
    REQUIRE(f.s->drawDipSample(f.sessionOf(s("ps0099")), s("2026-11"), 1).ok());

    // An officer may neither draw nor list: refused, audited, nothing stored.
    const Session officer = f.sessionOf(s("pc4521"));
    const int before = f.stored();
    const int audits = f.changeAudits();
    const int refusals = f.refusals();
    auto drawn = f.s->drawDipSample(officer, s("2026-11"), 1);
    REQUIRE_FALSE(drawn.ok());
    CHECK(drawn.error().code == ErrorCode::PermissionDenied);
    CHECK_THAT(msg(drawn.error()), Contains("permission denied"));
    CHECK(f.s->dipSamples(officer).error().code == ErrorCode::PermissionDenied);
    CHECK(f.refusals() == refusals + 2);
    CHECK(f.stored() == before);
    CHECK(f.changeAudits() == audits);

    // An inspector lists their area's sergeants' draws, not another area's; a sergeant their own.
    auto area = f.s->dipSamples(f.sessionOf(s("insp0012")));
    REQUIRE(area.ok());
    QStringList keys;
    for (const DipSample& d : *area) {
        keys.append(d.period + QLatin1Char(':') + d.sergeant);
    }
    CHECK(keys == QStringList{s("2026-10:ps0042"), s("2026-11:ps0077")});
    CHECK(f.lastAudit().recordRef == s("area:Area 1"));
    CHECK(f.lastAudit().detail == s("period=any;samples=2"));
    auto own = f.s->dipSamples(f.sessionOf(s("ps0077")));
    REQUIRE(own.ok());
    REQUIRE(own->size() == 1);
    CHECK(own->first().sergeant == s("ps0077"));
    auto none = f.s->dipSamples(f.sessionOf(s("ps0042")), s("2026-11"));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK(f.s->dipSamples(f.sessionOf(s("ps0042")), s("2026/11")).error().code == ErrorCode::Invalid);

    // A sergeant without a team leads no one: refused and audited.
    Session teamless = f.sessionOf(s("ps0042"));
    teamless.team.clear();
    const int refusalsBefore = f.refusals();
    CHECK(f.s->drawDipSample(teamless, s("2026-11"), 1).error().code == ErrorCode::PermissionDenied);
    CHECK(f.refusals() == refusalsBefore + 1);
}

TEST_CASE("services: recording a drawn record's findings", "[services][dip]")
{
    DipFixture f;
    const Session sergeant = f.sessionOf(s("ps0042"));
    REQUIRE(f.s->drawDipSample(sergeant, std::nullopt, 918273).ok()); // 2026-11: N000123, N000402, N000410
    f.clock->advanceSeconds(86400);

    // Checks name the place in items; nothing is saved.
    const int before = f.stored();
    const int audits = f.changeAudits();
    auto invalid = [&](const QList<DipItem>& items, const char* message) {
        auto r = f.s->recordDipFindings(sergeant, s("2026-11"), s("N000402"), items);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(msg(r.error()) == message);
    };
    auto items = findings();
    items[1].note.reset();
    invalid(items, "items[1].note: required when the finding is not_compliant");
    items = findings();
    items[4].item = s("horoscope");
    invalid(items, "items[4].item: unknown dip-sample item \"horoscope\" (expected one of arms_in_time, "
                   "entries_acknowledged, concerns_reviewed, oversight_recorded, mappa_screening_right, "
                   "visits_per_plan, claims_verified, plan_current)");
    items = findings();
    items.removeLast(); // arms_in_time
    invalid(items, "items: missing arms_in_time");
    items = findings();
    items.append(items.first());
    invalid(items, "items[8].item: duplicate of items[0] \"plan_current\"");
    CHECK(f.stored() == before);
    CHECK(f.changeAudits() == audits);

    // Valid findings, given in reverse order, are stored in policy order with completed_at = now.
    auto period = f.s->recordDipFindings(sergeant, std::nullopt, s("N000402"), findings());
    INFO((period ? std::string() : msg(period.error())));
    REQUIRE(period.ok());
    CHECK(*period == s("2026-11")); // the latest draw holding N000402
    const QDateTime now(QDate(2026, 11, 16), QTime(10, 0), Qt::UTC);
    auto listed = f.s->dipSamples(sergeant, s("2026-11"));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const DipRecord* done = nullptr;
    for (const DipRecord& r : listed->first().records) {
        if (r.nominal == s("N000402")) {
            done = &r;
        } else {
            CHECK_FALSE(r.completedAt.has_value());
        }
    }
    REQUIRE(done != nullptr);
    CHECK(done->completedAt == now);
    const QStringList policyItems = Policy::defaults().list(s("dip_sample_items"));
    REQUIRE(done->items.size() == policyItems.size());
    for (qsizetype i = 0; i < policyItems.size(); ++i) {
        CHECK(done->items[i].item == policyItems[i]);
    }
    CHECK(done->items[6].finding == DipFinding::NotCompliant); // claims_verified
    CHECK(done->items[6].note == s("Claims recorded, none checked"));
    CHECK(done->items[5].finding == DipFinding::NotApplicable); // visits_per_plan

    // Its audit row: an alteration of the sample, ids and counts only.
    auto rows = f.ctx().audit().list({});
    REQUIRE(rows.ok());
    const AuditRecord* alteration = nullptr;
    for (const AuditRecord& a : *rows) {
        if (a.operation == s("alteration")) {
            alteration = &a;
        }
    }
    REQUIRE(alteration != nullptr);
    CHECK(alteration->recordType == s("dip_sample"));
    CHECK(alteration->recordRef == s("2026-11:ps0042"));
    CHECK(alteration->detail == s("nominal=N000402;compliant=6;not_compliant=1;not_applicable=1"));
    CHECK_FALSE(alteration->detail.contains(s("Claims")));

    // Recorded findings are not replaced.
    const int afterFirst = f.changeAudits();
    auto again = f.s->recordDipFindings(sergeant, s("2026-11"), s("N000402"), findings());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(msg(again.error()) == "nominal: the findings for N000402 in your dip sample of 2026-11 were recorded at "
                                "2026-11-16T10:00:00Z; recorded findings are not replaced");
    CHECK(f.changeAudits() == afterFirst);

    // Not in the sample, no sample for the period, in none of the caller's samples.
    auto notFound = [&](const std::optional<QString>& p, const char* ref, const char* message) {
        auto r = f.s->recordDipFindings(sergeant, p, s(ref), findings());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(msg(r.error()) == message);
    };
    notFound(s("2026-11"), "N000401", "nominal: N000401 is not in your dip sample of 2026-11");
    notFound(s("2026-08"), "N000402", "period: you drew no dip sample for 2026-08");
    notFound(std::nullopt, "N000401", "nominal: N000401 is in none of your dip samples");
    CHECK(f.changeAudits() == afterFirst);

    // The imported draft of 2026-10 (items but no completed_at) takes the findings in place of its draft items.
    REQUIRE(f.s->recordDipFindings(sergeant, s("2026-10"), s("N000200"), findings()).ok());
    CHECK(f.count(s("dip_items i JOIN dip_records r ON r.id = i.record_id WHERE r.nominal_ref = 'N000200'")) ==
          policyItems.size());
}

TEST_CASE("services: only the sergeant who drew a sample records its findings", "[services][dip]")
{
    DipFixture f;
    REQUIRE(f.s->drawDipSample(f.sessionOf(s("ps0077")), s("2026-11"), 1).ok()); // N000300
    const int audits = f.changeAudits();
    const int refusals = f.refusals();
    auto other = f.s->recordDipFindings(f.sessionOf(s("ps0042")), std::nullopt, s("N000300"), findings());
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::PermissionDenied);
    CHECK(msg(other.error()) == "permission denied: N000300 is in the dip sample of 2026-11 drawn by ps0077; only "
                                "the sergeant who drew a sample records its findings");
    CHECK(f.refusals() == refusals + 1);
    CHECK(f.lastAudit().operation == s("refusal"));
    CHECK(f.lastAudit().recordRef == s("2026-11:ps0077"));
    CHECK(f.changeAudits() == audits);
    CHECK(f.count(s("dip_records WHERE completed_at IS NOT NULL AND nominal_ref = 'N000300'")) == 0);

    // Officers and inspectors may not record findings at all.
    for (const char* who : {"pc2222", "insp0012"}) {
        auto r = f.s->recordDipFindings(f.sessionOf(s(who)), s("2026-11"), s("N000300"), findings());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(f.refusals() == refusals + 3);
    CHECK(f.changeAudits() == audits);
}

TEST_CASE("services: the findings JSON of dip-sample record", "[services][dip]")
{
    DipFixture f;
    const Session sergeant = f.sessionOf(s("ps0042"));
    auto read = f.s->readDipFindingsJson(
        sergeant, R"({"items": [{"item": "plan_current", "finding": "not_compliant", "note": "Plan expired"},
                                {"item": "arms_in_time", "finding": "compliant"}]})");
    REQUIRE(read.ok());
    REQUIRE(read->size() == 2);
    CHECK(read->at(0).item == s("plan_current"));
    CHECK(read->at(0).finding == DipFinding::NotCompliant);
    CHECK(read->at(0).note == s("Plan expired"));

    auto errorOf = [&](const QByteArray& json) {
        auto r = f.s->readDipFindingsJson(sergeant, json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        return msg(r.error());
    };
    CHECK_THAT(errorOf(R"({"items": [{"item": "arms_in_time", "finding": "compliant"},
                                     {"item": "plan_current", "finding": "fine"}]})"),
               Contains("items[1].finding:"));
    CHECK_THAT(errorOf(R"({"items": [{"item": "horoscope", "finding": "compliant"}]})"), Contains("items[0].item:"));
    CHECK_THAT(errorOf(R"({"items": [{"item": "arms_in_time"}]})"), Contains("items[0].finding: required"));
    CHECK_THAT(errorOf(R"({})"), Contains("items: required"));
    CHECK_THAT(errorOf(R"({"items": [], "colour": "red"})"), Contains("colour: unknown key"));
    CHECK_THAT(errorOf(R"({"nominal": "N000123", "items": []})"), Contains("nominal: not accepted here"));
    CHECK_THAT(errorOf(R"({"officer": "pc4521", "items": []})"), Contains("officer: not accepted here"));
    CHECK_THAT(errorOf(R"({"completed_at": "2026-11-01T10:00:00Z", "items": []})"),
               Contains("completed_at: not accepted here"));

    const int refusals = f.refusals();
    CHECK(f.s->readDipFindingsJson(f.sessionOf(s("pc4521")), R"({"items": []})").error().code ==
          ErrorCode::PermissionDenied);
    CHECK(f.refusals() == refusals + 1);
}

TEST_CASE("services: dip samples completed through the service round-trip through a bundle", "[services][dip]")
{
    DipFixture f;
    const Session sergeant = f.sessionOf(s("ps0042"));
    REQUIRE(f.s->drawDipSample(sergeant, s("2026-11"), 918273).ok());
    REQUIRE(f.s->recordDipFindings(sergeant, s("2026-11"), s("N000402"), findings()).ok());
    auto exported = f.s->exportBundle(f.admin, std::nullopt, QStringLiteral("bundle export"), s("test"));
    REQUIRE(exported.ok());
    CHECK(exported->contains("\"seed\": 918273"));
    CHECK(exported->contains("\"note\": \"Claims recorded, none checked\""));

    // Into a new database and out again: the same bytes.
    QTemporaryDir other;
    REQUIRE(other.isValid());
    const QString path = other.filePath(s("copy.db"));
    QByteArray pw = kAdminPassword;
    REQUIRE(Services::initDatabase(path, kAdmin, kAdminName, pw, f.clock).ok());
    auto copy = Services::open(path, {}, f.clock);
    REQUIRE(copy.ok());
    QByteArray signInPw = kAdminPassword;
    auto admin = (*copy)->signIn(kAdmin, signInPw);
    REQUIRE(admin.ok());
    auto imported = (*copy)->importBundle(*admin, *exported);
    INFO((imported ? std::string() : msg(imported.error())));
    REQUIRE(imported.ok());
    CHECK(imported->dipSamples == 2);
    auto again = (*copy)->exportBundle(*admin, std::nullopt, QStringLiteral("bundle export"), s("test"));
    REQUIRE(again.ok());
    CHECK(*again == *exported);
}
