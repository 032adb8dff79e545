// Recording a static score through the services (Services::recordCasework with a StaticScore):
// who may, on which cases; who and when are the session's and the clock's; the checks name the
// field; a refusal writes nothing; what is stored reloads as recorded, in recording order, and
// exports as a bundle that imports again.

#include "ServicesTestUtil.h"
#include "core/FixedClock.h"
#include "core/bundle/BundleReader.h"
#include "core/rules/Dates.h"

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const QString kRef = QStringLiteral("N000123"); // pc4521's case in Area 1 Team A, born 1979-04-02
const QString kOfficer = QStringLiteral("pc4521");

// A database with full.json and the outside-scope cases, on a fixed clock.
struct ScoreFixture {
    QTemporaryDir dir;
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(10, 15, 30, 250), Qt::UTC));
    std::unique_ptr<Services> s;
    Session admin;

    ScoreFixture()
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("scores.db"));
        QByteArray pw = kAdminPassword;
        REQUIRE(Services::initDatabase(path, kAdmin, kAdminName, pw, clock).ok());
        auto opened = Services::open(path, {}, clock);
        REQUIRE(opened.ok());
        s = std::move(*opened);
        QByteArray signInPw = kAdminPassword;
        auto session = s->signIn(kAdmin, signInPw);
        REQUIRE(session.ok());
        admin = *session;
        for (const QByteArray& bundle : {readFile(dataDir() + QStringLiteral("/bundles/full.json")), scopeBundle()}) {
            auto r = s->importBundle(admin, bundle);
            INFO((r ? std::string() : msg(r.error())));
            REQUIRE(r.ok());
        }
    }

    ServiceContext& ctx() { return ServicesInternals::of(*s); }

    Session sessionOf(const QString& username)
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

    QDate today() { return londonDate(clock->nowUtc()); }

    QList<StaticScore> scoresOf(const QString& ref, const Session& who)
    {
        auto n = s->readNominal(who, ref, QStringLiteral("case management"));
        INFO((n ? std::string() : msg(n.error())));
        REQUIRE(n.ok());
        return n->staticScores;
    }
};

OspInput inputsFor(const QDate& dateOfBirth, const QDate& assessedOn)
{
    OspInput in;
    in.sex = OspSex::Male;
    in.sexualOffenceHistory = true;
    in.dateOfBirth = dateOfBirth;
    in.assessmentDate = assessedOn;
    in.followUpStart = QDate(2020, 1, 1);
    in.totalSanctions = 3;
    in.contactAdultSanctions = 1;
    in.contactChildSanctions = 0;
    in.imageIndirectSanctions = 0;
    in.nonContactSanctions = 0;
    in.lastSexualOffenceDate = QDate(2019, 5, 1);
    in.supervision = OspSupervision::Community;
    return in;
}

// N000123's computed score as a caller gives it (by and recorded_at left for the service).
StaticScore computedScore(const QDate& assessedOn = QDate(2024, 6, 15))
{
    StaticScore x;
    x.tool = OspCalculator::toolName();
    x.version = OspCalculator::version();
    x.assessedOn = assessedOn;
    x.inputs = inputsFor(QDate(1979, 4, 2), assessedOn);
    return x;
}

StaticScore enteredScore()
{
    StaticScore x;
    x.tool = QStringLiteral("RM2000/S");
    x.version = QStringLiteral("2000");
    x.assessedOn = QDate(2023, 1, 10);
    x.category = QStringLiteral("High");
    x.source = QStringLiteral("Probation pre-sentence report, 10 January 2023");
    return x;
}

std::string describe(const StaticScore& s)
{
    QStringList lines{QStringLiteral("tool=") + s.tool,
                      QStringLiteral("version=") + s.version,
                      QStringLiteral("assessed_on=") + s.assessedOn.toString(Qt::ISODate),
                      QStringLiteral("by=") + s.by,
                      QStringLiteral("recorded_at=") + s.recordedAt.toString(Qt::ISODateWithMs),
                      QStringLiteral("category=") + s.category.value_or(QStringLiteral("-")),
                      QStringLiteral("source=") + s.source.value_or(QStringLiteral("-")),
                      QStringLiteral("inputs=") + (s.inputs ? QStringLiteral("yes") : QStringLiteral("-"))};
    return lines.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("static score service: officers, sergeants and inspectors record in their scope; admins do not")
{
    ScoreFixture f;
    const int before = f.count(QStringLiteral("static_scores"));
    int recorded = 0;
    for (const char* who : {"pc4521", "ps0042", "insp0012"}) {
        INFO(who);
        auto res = f.s->recordCasework(f.sessionOf(QString::fromLatin1(who)), kRef, enteredScore());
        INFO((res ? std::string() : msg(res.error())));
        REQUIRE(res.ok());
        CHECK(*res == QStringLiteral("static_scores[%1]").arg(recorded++));
    }
    CHECK(f.count(QStringLiteral("static_scores")) == before + 3);

    auto byAdmin = f.s->recordCasework(f.admin, kRef, enteredScore());
    REQUIRE_FALSE(byAdmin.ok());
    CHECK(byAdmin.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("static_scores")) == before + 3);
}

TEST_CASE("static score service: outside the casework scope refused as any casework is")
{
    ScoreFixture f;
    const Session officer = f.sessionOf(kOfficer);
    const int scores = f.count(QStringLiteral("static_scores"));
    const int audits = f.count(QStringLiteral("audit_log"));
    Visit visit;
    visit.date = f.today();
    visit.by = kOfficer;
    // N000200: another officer's; N000300: another team's; N000900: another area's.
    for (const char* ref : {"N000200", "N000300", "N000900"}) {
        INFO(ref);
        auto score = f.s->recordCasework(officer, QString::fromLatin1(ref), enteredScore());
        REQUIRE_FALSE(score.ok());
        CHECK(score.error().code == ErrorCode::PermissionDenied);
        auto asVisit = f.s->recordCasework(officer, QString::fromLatin1(ref), visit);
        REQUIRE_FALSE(asVisit.ok());
        CHECK(score.error().code == asVisit.error().code);
        CHECK(msg(score.error()) == msg(asVisit.error()));
    }
    auto unknown = f.s->recordCasework(officer, QStringLiteral("N999999"), enteredScore());
    CHECK_FALSE(unknown.ok());
    CHECK(f.count(QStringLiteral("static_scores")) == scores);
    // Refusals may be audited as security events, but no casework row is.
    auto rows = f.ctx().audit().list({});
    REQUIRE(rows.ok());
    for (qsizetype i = audits; i < rows->size(); ++i) {
        CHECK((*rows)[i].recordType != QStringLiteral("static-score"));
    }
}

TEST_CASE("static score service: who and when are the session's and the clock's, whatever the caller says")
{
    ScoreFixture f;
    const Session officer = f.sessionOf(kOfficer);
    f.clock->advanceSeconds(3600);
    StaticScore x = computedScore();
    x.by = QStringLiteral("ps0042");
    x.recordedAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    auto first = f.s->recordCasework(officer, kRef, x);
    INFO((first ? std::string() : msg(first.error())));
    REQUIRE(first.ok());

    f.clock->advanceSeconds(90);
    StaticScore y = enteredScore();
    y.by = QStringLiteral("nobody.here"); // not even a user: never looked at
    y.recordedAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    auto second = f.s->recordCasework(officer, kRef, y);
    INFO((second ? std::string() : msg(second.error())));
    REQUIRE(second.ok());

    const QList<StaticScore> scores = f.scoresOf(kRef, officer);
    REQUIRE(scores.size() == 2);
    const QDateTime start(QDate(2026, 11, 20), QTime(10, 15, 30), Qt::UTC); // whole seconds, as stored
    CHECK(scores[0].by == kOfficer);
    CHECK(scores[0].recordedAt == start.addSecs(3600));
    CHECK(scores[0].recordedAt.timeSpec() == Qt::UTC);
    CHECK(scores[1].by == kOfficer);
    CHECK(scores[1].recordedAt == start.addSecs(3690));
}

TEST_CASE("static score service: a computed score is about this person and assessed by today")
{
    ScoreFixture f;
    const Session officer = f.sessionOf(kOfficer);
    const int scores = f.count(QStringLiteral("static_scores"));
    const int audits = f.count(QStringLiteral("audit_log"));
    auto refused = [&](const StaticScore& x, const char* prefix) {
        auto res = f.s->recordCasework(officer, kRef, x);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == ErrorCode::Invalid);
        CHECK_THAT(msg(res.error()), StartsWith(prefix));
        return msg(res.error());
    };

    StaticScore otherPerson = computedScore();
    otherPerson.inputs->dateOfBirth = QDate(1980, 6, 15);
    const std::string dob = refused(otherPerson, "inputs.date_of_birth: ");
    CHECK_THAT(dob, Contains("N000123"));
    CHECK_THAT(dob, Contains("1979-04-02"));

    const QDate tomorrow = f.today().addDays(1);
    CHECK(refused(computedScore(tomorrow), "assessment_date: in the future") ==
          "assessment_date: in the future (today is " + f.today().toString(Qt::ISODate).toStdString() + ")");
    StaticScore enteredTomorrow = enteredScore();
    enteredTomorrow.assessedOn = tomorrow;
    refused(enteredTomorrow, "assessment_date: in the future");

    StaticScore beforeBirth = enteredScore();
    beforeBirth.assessedOn = QDate(1979, 4, 1);
    refused(beforeBirth, "assessment_date: before the date of birth (1979-04-02)");

    StaticScore missing = computedScore();
    missing.inputs->followUpStart.reset();
    refused(missing, "inputs.follow_up_start: missing_input");

    StaticScore noInputs = computedScore();
    noInputs.inputs.reset();
    refused(noInputs, "inputs: required");

    CHECK(f.count(QStringLiteral("static_scores")) == scores);
    CHECK(f.count(QStringLiteral("audit_log")) == audits);
}

TEST_CASE("static score service: what a bundle could not carry is refused, not stored")
{
    // Each of these, once stored, would export as a static_scores element the bundle reader
    // refuses, so the database could no longer be exported and imported.
    ScoreFixture f;
    const Session officer = f.sessionOf(kOfficer);
    const int scores = f.count(QStringLiteral("static_scores"));
    auto refused = [&](const StaticScore& x, const char* prefix) {
        auto res = f.s->recordCasework(officer, kRef, x);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == ErrorCode::Invalid);
        CHECK_THAT(msg(res.error()), StartsWith(prefix));
    };

    StaticScore otherDay = computedScore();
    otherDay.assessedOn = QDate(2024, 6, 14); // the inputs say 2024-06-15
    refused(otherDay, "assessment_date: ");

    StaticScore oldVersion = computedScore();
    oldVersion.version = QStringLiteral("moj-2024-01");
    refused(oldVersion, "version: ");

    StaticScore withCategory = computedScore();
    withCategory.category = QStringLiteral("High");
    refused(withCategory, "category: ");

    StaticScore withSource = computedScore();
    withSource.source = QStringLiteral("PSR");
    refused(withSource, "source: ");

    StaticScore enteredWithInputs = enteredScore();
    enteredWithInputs.inputs = inputsFor(QDate(1979, 4, 2), QDate(2023, 1, 10));
    refused(enteredWithInputs, "inputs: ");

    CHECK(f.count(QStringLiteral("static_scores")) == scores);
}

TEST_CASE("static score service: an entered score needs its tool, version, category and source")
{
    ScoreFixture f;
    const Session officer = f.sessionOf(kOfficer);
    const int scores = f.count(QStringLiteral("static_scores"));
    const int audits = f.count(QStringLiteral("audit_log"));
    auto refused = [&](const StaticScore& x, const char* message) {
        auto res = f.s->recordCasework(officer, kRef, x);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == ErrorCode::Invalid);
        CHECK(msg(res.error()) == message);
    };
    StaticScore x = enteredScore();
    x.tool = QStringLiteral("  ");
    refused(x, "tool: required");
    x = enteredScore();
    x.version = QString();
    refused(x, "version: required");
    x = enteredScore();
    x.category.reset();
    refused(x, "category: required for a score entered from another tool");
    x = enteredScore();
    x.category = QStringLiteral(" ");
    refused(x, "category: required for a score entered from another tool");
    x = enteredScore();
    x.source.reset();
    refused(x, "source: required for a score entered from another tool");
    x = enteredScore();
    x.source = QStringLiteral("\n ");
    refused(x, "source: required for a score entered from another tool");
    CHECK(f.count(QStringLiteral("static_scores")) == scores);
    CHECK(f.count(QStringLiteral("audit_log")) == audits);
}

TEST_CASE("static score service: both kinds stored, audited and reloaded in recording order")
{
    ScoreFixture f;
    const Session officer = f.sessionOf(kOfficer);
    const int audits = f.count(QStringLiteral("audit_log"));

    auto first = f.s->recordCasework(officer, kRef, computedScore());
    INFO((first ? std::string() : msg(first.error())));
    REQUIRE(first.ok());
    CHECK(*first == QStringLiteral("static_scores[0]"));
    auto rows = f.ctx().audit().list({});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == audits + 1);
    const AuditRecord a = rows->last();
    CHECK(a.operation == QStringLiteral("collection"));
    CHECK(a.recordType == QStringLiteral("static-score"));
    CHECK(a.recordRef == kRef);
    CHECK(changeDetail(a) == QStringLiteral("static_scores[0]"));
    CHECK(a.username == kOfficer);

    // Entered later, assessed earlier: the record keeps the order of recording.
    f.clock->advanceSeconds(60);
    auto second = f.s->recordCasework(officer, kRef, enteredScore());
    INFO((second ? std::string() : msg(second.error())));
    REQUIRE(second.ok());
    CHECK(*second == QStringLiteral("static_scores[1]"));
    rows = f.ctx().audit().list({});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == audits + 2);
    CHECK(rows->last().recordType == QStringLiteral("static-score"));
    CHECK(changeDetail(rows->last()) == QStringLiteral("static_scores[1]"));

    // Another role sees the same record.
    for (const char* who : {"pc4521", "insp0012"}) {
        INFO(who);
        const QList<StaticScore> scores = f.scoresOf(kRef, f.sessionOf(QString::fromLatin1(who)));
        REQUIRE(scores.size() == 2);
        StaticScore wantComputed = computedScore();
        wantComputed.by = kOfficer;
        wantComputed.recordedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 15, 30), Qt::UTC);
        CHECK(describe(scores[0]) == describe(wantComputed));
        REQUIRE(scores[0].inputs.has_value());
        CHECK(*scores[0].inputs == *computedScore().inputs);
        StaticScore wantEntered = enteredScore();
        wantEntered.by = kOfficer;
        wantEntered.recordedAt = wantComputed.recordedAt.addSecs(60);
        CHECK(describe(scores[1]) == describe(wantEntered)); // as given: category and source kept
    }

    // The export carries both and reads back as a bundle.
    auto exported = f.s->exportBundle(f.admin, kRef, QStringLiteral("bundle export"), QString());
    INFO((exported ? std::string() : msg(exported.error())));
    REQUIRE(exported.ok());
    const Result<Bundle> bundle = BundleReader::read(*exported, BundleContext{});
    INFO((bundle ? std::string() : msg(bundle.error())));
    REQUIRE(bundle.ok());
    REQUIRE(bundle->nominals.size() == 1);
    REQUIRE(bundle->nominals[0].staticScores.size() == 2);
    CHECK(describe(bundle->nominals[0].staticScores[0]) == describe(f.scoresOf(kRef, officer)[0]));
    CHECK(describe(bundle->nominals[0].staticScores[1]) == describe(f.scoresOf(kRef, officer)[1]));
}

TEST_CASE("static score service: a score of a nominal in a bundle imports and reloads")
{
    ScoreFixture f;
    const QByteArray bundle = R"({"format": "somdesk-bundle", "version": 1, "nominals": [
        {"ref": "NSCORE2", "family_name": "Scorecase", "given_names": "Lambda", "date_of_birth": "1979-04-02",
         "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
         "registration": {"first_notified": "2019-01-01", "period": "indefinite"},
         "static_scores": [
          {"tool": "RM2000/S", "version": "2000", "assessment_date": "2023-01-10", "by": "ps0042",
           "recorded_at": "2024-07-01T10:00:00Z", "category": "high", "source": "PSR"},
          {"tool": "OSP/DC+OSP/IIC", "version": "moj-2026-08", "assessment_date": "2024-06-15", "by": "pc4521",
           "recorded_at": "2024-07-02T09:30:00Z",
           "inputs": {"sex": "male", "sexual_offence_history": true, "date_of_birth": "1979-04-02",
            "assessment_date": "2024-06-15", "follow_up_start": "2020-01-01", "total_sanctions": 3,
            "contact_adult_sanctions": 1, "contact_child_sanctions": 0, "image_indirect_sanctions": 0,
            "non_contact_sanctions": 0, "last_sexual_offence_date": "2019-05-01", "stranger_victim": null,
            "supervision": "community", "most_recent_offence_date": null},
           "result": {"osp_dc": {"band": "medium", "points": 28,
             "items": {"contact_adult": 5, "contact_child": 0, "non_contact": 0, "age_at_follow_up": 7,
                       "age_at_last_sexual_offence": 10, "total_sanctions": 6, "stranger_victim": 0},
             "probability_percent": 1.54, "band_reduced": false},
            "osp_iic": {"band": "low", "probability_percent": 0.00}}}]}]})";
    auto imported = f.s->importBundle(f.admin, bundle);
    INFO((imported ? std::string() : msg(imported.error())));
    REQUIRE(imported.ok());
    const QList<StaticScore> scores = f.scoresOf(QStringLiteral("NSCORE2"), f.sessionOf(kOfficer));
    REQUIRE(scores.size() == 2);
    CHECK(scores[0].tool == QStringLiteral("RM2000/S"));
    CHECK(scores[0].by == QStringLiteral("ps0042"));
    CHECK(scores[0].category == std::optional<QString>(QStringLiteral("high")));
    CHECK(scores[0].source == std::optional<QString>(QStringLiteral("PSR")));
    CHECK_FALSE(scores[0].inputs.has_value());
    CHECK(scores[1].tool == QStringLiteral("OSP/DC+OSP/IIC"));
    CHECK(scores[1].recordedAt == QDateTime(QDate(2024, 7, 2), QTime(9, 30), Qt::UTC));
    REQUIRE(scores[1].inputs.has_value());
    CHECK(*scores[1].inputs == inputsFor(QDate(1979, 4, 2), QDate(2024, 6, 15)));

    // A new score lands after them.
    auto next = f.s->recordCasework(f.sessionOf(kOfficer), QStringLiteral("NSCORE2"), enteredScore());
    INFO((next ? std::string() : msg(next.error())));
    REQUIRE(next.ok());
    CHECK(*next == QStringLiteral("static_scores[2]"));
}
