// Registering a nominal: one row and one audit row, the ARMS the new registration asks for,
// the duplicate flagged before saving, every refusal naming its field and saving nothing, and
// the scope of who may register a case for whom.

#include "ServicesTestUtil.h"
#include "core/rules/Dates.h"

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

struct Registering {
    ServiceFixture f{ServiceFixture::FullAndScope};
    Session officer = f.sessionOf(QStringLiteral("pc4521"));
    QDate today = londonDate(f.ctx().db().now());

    // A valid new registration owned by pc4521 (Area 1 Team A), notified a week ago.
    Nominal newCase(const QString& ref) const
    {
        Nominal n;
        n.ref = ref;
        n.familyName = QStringLiteral("Registercase");
        n.givenNames = QStringLiteral("Iota Example");
        n.aliases = {QStringLiteral("Io Example")};
        n.dateOfBirth = QDate(1983, 6, 15);
        n.address = QStringLiteral("2 Fictional Close");
        n.area = QStringLiteral("Area 1");
        n.owner = QStringLiteral("pc4521");
        n.mappaCategory = 1;
        n.mappaLevel = 1;
        n.riskLevel = RiskLevel::Medium;
        n.registration.firstNotified = today.addDays(-7);
        n.registration.period = NotificationPeriod::Years10;
        return n;
    }

    // The refusal of a registration, after checking it saved nothing.
    std::string refusal(const Nominal& n, const Session& session, bool confirmed = false)
    {
        const int nominals = f.count(QStringLiteral("nominals"));
        const int audits = f.changeAudits();
        auto r = f.s->registerNominal(session, n, confirmed);
        CHECK(f.count(QStringLiteral("nominals")) == nominals);
        CHECK(f.changeAudits() == audits);
        REQUIRE_FALSE(r.ok());
        return msg(r.error());
    }
};

} // namespace

TEST_CASE("registration: a new nominal is stored with one audit row and is due its first ARMS")
{
    Registering r;
    const int audits = r.f.count(QStringLiteral("audit_log"));
    auto ref = r.f.s->registerNominal(r.officer, r.newCase(QStringLiteral("N700001")));
    INFO((ref ? std::string() : msg(ref.error())));
    REQUIRE(ref.ok());
    CHECK(*ref == QStringLiteral("N700001"));
    CHECK(r.f.count(QStringLiteral("audit_log")) == audits + 1);
    const AuditRecord last = r.f.lastAudit();
    CHECK(last.operation == QStringLiteral("collection"));
    CHECK(last.recordType == QStringLiteral("nominal"));
    CHECK(last.recordRef == QStringLiteral("N700001"));
    CHECK(last.purpose == QStringLiteral("registration"));

    auto n = r.f.s->readNominal(r.officer, QStringLiteral("N700001"), QStringLiteral("case management"));
    REQUIRE(n.ok());
    CHECK(n->aliases == QStringList{QStringLiteral("Io Example")});
    CHECK(n->address == QStringLiteral("2 Fictional Close"));
    REQUIRE(n->riskHistory.size() == 1);
    CHECK(n->riskHistory[0].from == r.today.addDays(-7));
    CHECK(n->riskHistory[0].level == RiskLevel::Medium);

    // It is in the officer's caseload and its new-registration ARMS is due.
    auto caseload = r.f.s->caseload(r.officer);
    REQUIRE(caseload.ok());
    CHECK(std::any_of(caseload->cbegin(), caseload->cend(),
                      [](const CaseSummary& c) { return c.ref == QStringLiteral("N700001"); }));
    AlertQuery q;
    q.asOf = r.today.addDays(35);
    q.nominal = QStringLiteral("N700001");
    auto run = r.f.s->alerts(r.officer, q);
    REQUIRE(run.ok());
    CHECK(std::any_of(run->alerts.cbegin(), run->alerts.cend(),
                      [](const Alert& a) { return a.rule == QStringLiteral("arms.new_registration"); }));
}

TEST_CASE("registration: the same name and date of birth is flagged and saved only when confirmed")
{
    Registering r;
    REQUIRE(r.f.s->registerNominal(r.officer, r.newCase(QStringLiteral("N700001"))).ok());
    Nominal twin = r.newCase(QStringLiteral("N700002"));
    twin.familyName = QStringLiteral("  REGISTERCASE ");
    twin.givenNames = QStringLiteral("iota   example");
    auto same = r.f.s->sameNameAndBirth(r.officer, twin.familyName, twin.givenNames, twin.dateOfBirth);
    REQUIRE(same.ok());
    CHECK(*same == QStringList{QStringLiteral("N700001")});
    CHECK_THAT(r.refusal(twin, r.officer), StartsWith("duplicate: N700001 already registered"));

    auto confirmed = r.f.s->registerNominal(r.officer, twin, true);
    REQUIRE(confirmed.ok());
    CHECK_THAT(r.f.lastAudit().detail.toStdString(), Contains("same name and date of birth as N700001"));

    // Another date of birth is another person.
    Nominal other = r.newCase(QStringLiteral("N700003"));
    other.dateOfBirth = QDate(1983, 6, 16);
    auto none = r.f.s->sameNameAndBirth(r.officer, other.familyName, other.givenNames, other.dateOfBirth);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK(r.f.s->registerNominal(r.officer, other).ok());
}

TEST_CASE("registration: each refusal names its field and saves nothing")
{
    Registering r;
    Nominal n = r.newCase(QStringLiteral("N700010"));
    n.dateOfBirth = r.today.addDays(1);
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("date_of_birth: in the future"));

    n = r.newCase(QStringLiteral("N700010"));
    n.registration.firstNotified = r.today.addDays(1);
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("registration.first_notified: in the future"));

    n = r.newCase(QStringLiteral("N700010"));
    n.registration.firstNotified = QDate(1980, 1, 1);
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("registration.first_notified: before the date of birth"));

    n = r.newCase(QStringLiteral("N000123")); // in full.json
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("ref: N000123 is already registered"));

    n = r.newCase(QStringLiteral("N700010"));
    n.owner = QStringLiteral("ps0042");
    CHECK_THAT(r.refusal(n, r.f.sessionOf(QStringLiteral("ps0042"))),
               StartsWith("owner: ps0042 is not an active officer"));

    n = r.newCase(QStringLiteral("N700010"));
    n.area = QStringLiteral("Area 2");
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("owner: pc4521 works in Area 1, not in Area 2"));

    n = r.newCase(QStringLiteral("N700010"));
    Visit v;
    v.date = QDate(2026, 1, 1);
    v.by = QStringLiteral("pc4521");
    n.visits.append(v);
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("visits: a registration holds no history"));

    n = r.newCase(QStringLiteral("N700010"));
    n.custody = {CustodyPeriod{QDate(2020, 1, 1), {}, QDate(2021, 1, 1)}, CustodyPeriod{QDate(2022, 1, 1), {}, {}}};
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("custody: at most one period"));

    n = r.newCase(QStringLiteral("N700010"));
    n.photo = QByteArray("GIF89a not accepted");
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("photo: not a JPEG or PNG image"));
    n.photo = QByteArray("\x89PNG\r\n\x1A\n") + QByteArray(1024 * 1024, 'x');
    CHECK_THAT(r.refusal(n, r.officer), StartsWith("photo: larger than 1 MiB"));
}

TEST_CASE("registration: a photo given at registration is kept exactly")
{
    Registering r;
    Nominal n = r.newCase(QStringLiteral("N700020"));
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0") + QByteArray("synthetic picture bytes");
    n.photo = jpeg;
    REQUIRE(r.f.s->registerNominal(r.officer, n).ok());
    auto stored = r.f.s->readNominal(r.officer, QStringLiteral("N700020"), QStringLiteral("case management"));
    REQUIRE(stored.ok());
    REQUIRE(stored->photo.has_value());
    CHECK(*stored->photo == jpeg);
}

TEST_CASE("registration: an officer registers only their own cases, a sergeant their team's, an admin none")
{
    Registering r;
    Nominal forColleague = r.newCase(QStringLiteral("N700020"));
    forColleague.owner = QStringLiteral("pc2222"); // Area 1, Team B
    forColleague.givenNames = QStringLiteral("Lambda");
    CHECK_THAT(r.refusal(forColleague, r.officer), StartsWith("permission denied"));
    // ps0042 leads Team A: pc4521's case yes, pc2222's (Team B) no; the inspector of Area 1 either.
    const Session sergeant = r.f.sessionOf(QStringLiteral("ps0042"));
    CHECK_THAT(r.refusal(forColleague, sergeant), StartsWith("permission denied"));
    CHECK(r.f.s->registerNominal(sergeant, r.newCase(QStringLiteral("N700021"))).ok());
    CHECK(r.f.s->registerNominal(r.f.sessionOf(QStringLiteral("insp0012")), forColleague).ok());
    CHECK_THAT(r.refusal(r.newCase(QStringLiteral("N700022")), r.f.admin), StartsWith("permission denied"));
}

TEST_CASE("registration: the JSON element is read with paths from its keys, history refused")
{
    Registering r;
    const QByteArray good = QByteArrayLiteral(R"({"ref": "N700030", "family_name": "Jsoncase", "given_names": "Kappa",
        "date_of_birth": "1979-09-09", "area": "Area 1", "owner": "pc4521", "risk_level": "low",
        "registration": {"first_notified": "2026-01-02", "period": "5y"}, "entries": []})");
    auto n = r.f.s->readRegistrationJson(r.officer, good);
    INFO((n ? std::string() : msg(n.error())));
    REQUIRE(n.ok());
    CHECK(n->ref == QStringLiteral("N700030"));
    CHECK(n->registration.period == NotificationPeriod::Years5);

    auto badDate = r.f.s->readRegistrationJson(r.officer, QByteArray(good).replace("\"1979-09-09\"", "\"1979-13-09\""));
    REQUIRE_FALSE(badDate.ok());
    CHECK_THAT(msg(badDate.error()), StartsWith("date_of_birth: "));

    auto withHistory = r.f.s->readRegistrationJson(
        r.officer,
        QByteArray(good).replace(
            R"("entries": [])",
            R"("entries": [{"id": "E1", "at": "2026-01-03T10:00:00Z", "by": "pc4521", "type": "note", "text": "x"}])"));
    REQUIRE_FALSE(withHistory.ok());
    CHECK_THAT(msg(withHistory.error()), StartsWith("entries: a registration holds no history"));

    auto existing = r.f.s->readRegistrationJson(r.officer, QByteArray(good).replace("N700030", "N000123"));
    REQUIRE_FALSE(existing.ok());
    CHECK_THAT(msg(existing.error()), StartsWith("ref: "));
}
