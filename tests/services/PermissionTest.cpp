// The permission matrix (every operation × every role through the real service calls),
// case scope, and the consultation audit of readNominal.

#include "ServicesTestUtil.h"
#include "services/Permissions.h"

#include <QFileInfo>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QList<Role> kRoles{Role::Officer, Role::Sergeant, Role::Inspector, Role::Admin};

// One user per role from full.json.
QString userFor(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("pc4521");
    case Role::Sergeant:
        return QStringLiteral("ps0042");
    case Role::Inspector:
        return QStringLiteral("insp0012");
    case Role::Admin:
        return kAdmin;
    }
    return {};
}

template <typename T> std::optional<Error> outcome(const Result<T>& r)
{
    return r.ok() ? std::nullopt : std::optional<Error>(r.error());
}
std::optional<Error> outcome(const Status& s)
{
    return s.ok() ? std::nullopt : std::optional<Error>(s.error());
}

QByteArray tinyBundle(const QString& ref)
{
    return QStringLiteral(R"({"format": "somdesk-bundle", "version": 1, "nominals": [
        {"ref": "%1", "family_name": "Matrixcase", "given_names": "Eps", "date_of_birth": "1981-01-01",
         "area": "Area 1", "owner": "pc4521", "risk_level": "low",
         "registration": {"first_notified": "2020-01-01", "period": "5y"}}]})")
        .arg(ref)
        .toUtf8();
}

// A case that waits for each casework role to acknowledge a transfer to them, and has no
// custody yet, so each role may record a period of its own.
QByteArray handoverBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1, "nominals": [
        {"ref": "NHANDOVER", "family_name": "Matrixcase", "given_names": "Zeta", "date_of_birth": "1982-02-02",
         "area": "Area 1", "owner": "pc4521", "risk_level": "low",
         "registration": {"first_notified": "2020-01-01", "period": "5y"},
         "transfers": [{"on": "2026-01-05", "from": "pc1111", "to": "pc4521"},
                       {"on": "2026-01-06", "from": "pc4521", "to": "ps0042"},
                       {"on": "2026-01-07", "from": "ps0042", "to": "insp0012"},
                       {"on": "2026-01-08", "from": "insp0012", "to": "pc4521"}]}]})");
}

// A pending re-evaluation an inspector may decide: requested by the officer, on a concern of theirs.
QByteArray reviewBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1, "nominals": [
        {"ref": "NREVIEW", "family_name": "Matrixcase", "given_names": "Eta", "date_of_birth": "1983-03-03",
         "area": "Area 1", "owner": "pc4521", "risk_level": "low",
         "registration": {"first_notified": "2020-01-01", "period": "10y"},
         "entries": [{"id": "E1", "at": "2026-01-02T10:00:00Z", "by": "pc4521", "type": "concern",
                      "text": "Matrix concern"}],
         "reviews": [{"entry": "E1", "requested_at": "2026-01-02T10:05:00Z", "requested_by": "pc4521",
                      "proposed_risk_level": "medium", "rationale": "Matrix rationale", "decision": "pending"}]}]})");
}

// A case for the supervisors' decisions: notified indefinitely long enough to be reviewed.
QByteArray decideBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1, "nominals": [
        {"ref": "NDECIDE", "family_name": "Matrixcase", "given_names": "Eta", "date_of_birth": "1970-03-03",
         "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
         "registration": {"first_notified": "2005-01-01", "period": "indefinite"}}]})");
}

} // namespace

TEST_CASE("services: permission matrix: every operation for every role is denied exactly when the table says so")
{
    auto clock = steppedClock();
    ServiceFixture f(ServiceFixture::FullAndScope, QStringLiteral("somdesk.db"), clock);
    // Passwords for one user per role, so Restore (which signs in itself) can be tried by each.
    for (Role role : {Role::Officer, Role::Sergeant, Role::Inspector}) {
        QByteArray pw = "role-pass-" + userFor(role).toUtf8();
        REQUIRE(f.s->setPassword(f.admin, userFor(role), pw).ok());
    }
    // Two nominals for the erasure operations: one with a request awaiting approval (an
    // inspector approves it in the matrix), one an admin asks to erase in the matrix.
    f.importOk(tinyBundle(QStringLiteral("NERASE1")));
    f.importOk(tinyBundle(QStringLiteral("NERASE2")));
    clock->advanceSeconds(1); // the approving inspector's account and password predate the request
    REQUIRE(f.s->requestErasure(f.admin, QStringLiteral("NERASE1"), QStringLiteral("Retention period ended")).ok());
    f.importOk(handoverBundle());
    f.importOk(reviewBundle());
    f.importOk(decideBundle());
    auto backupForRestore = f.s->backup(f.admin, f.dir.filePath(QStringLiteral("for-restore.db")));
    REQUIRE(backupForRestore.ok());

    // Operations no service call takes a session for: none. (`check` runs SQLite's
    // quick_check on the file, which reads no personal data, so it is no operation here.)
    const QList<Operation> sessionless;

    // Only an alert listed today can be overridden: one as the area's inspector sees it.
    AlertQuery listed;
    listed.asOf = f.ctx().db().clock().todayLondon();
    listed.nominal = QStringLiteral("N000123");
    auto listedRun = f.s->alerts(f.sessionOf(QStringLiteral("insp0012")), listed);
    REQUIRE(listedRun.ok());
    REQUIRE_FALSE(listedRun->alerts.isEmpty());
    const QString listedKey = listedRun->alerts.first().key;

    int checked = 0;
    for (Role role : kRoles) {
        const Session session = f.sessionOf(userFor(role));
        REQUIRE(session.role == role);
        const QString tag = toString(role);
        for (Operation op : allOperations()) {
            if (op == Operation::Restore) {
                continue; // last, below: an admin's restore replaces the database
            }
            std::optional<Error> result;
            bool mapped = true;
            const int refusalsBefore = f.refusals();
            const int changesBefore = f.changeAudits();
            switch (op) {
            case Operation::ListUsers:
                result = outcome(f.s->listUsers(session));
                break;
            case Operation::ManageUsers: {
                User u;
                u.username = QStringLiteral("new.") + tag;
                u.name = QStringLiteral("New User");
                u.collar = QStringLiteral("9999");
                u.role = Role::Officer;
                u.area = QStringLiteral("Area 1");
                u.team = QStringLiteral("Area 1 Team A");
                QByteArray none;
                result = outcome(f.s->addUser(session, u, none));
                break;
            }
            case Operation::ListColleagues:
                result = outcome(f.s->colleagues(session));
                break;
            case Operation::ListCaseload:
                result = outcome(f.s->caseload(session));
                break;
            case Operation::ReadRecord:
                result =
                    outcome(f.s->readNominal(session, QStringLiteral("N000123"), QStringLiteral("case management")));
                break;
            case Operation::SearchRecords:
                result = outcome(f.s->search(session, QStringLiteral("synthetic")));
                break;
            case Operation::AddEntry:
                result = outcome(f.s->addEntry(session, QStringLiteral("N000123"),
                                               NewEntry{EntryType::Note, QStringLiteral("Matrix note"), {}, {}}));
                break;
            case Operation::AcknowledgeEntry:
                result = outcome(f.s->acknowledgeEntry(session, QStringLiteral("N000123"), QStringLiteral("E3")));
                break;
            case Operation::ImportBundle:
                result = outcome(f.s->importBundle(session, tinyBundle(QStringLiteral("NM") + tag)));
                break;
            case Operation::ExportBundle:
                result = outcome(
                    f.s->exportBundle(session, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("test")));
                break;
            case Operation::ReadAlerts: {
                AlertQuery q;
                q.asOf = QDate(2026, 11, 1);
                result = outcome(f.s->alerts(session, q));
                break;
            }
            case Operation::ReadAlertsForceWide: {
                // There is no force-wide switch: a run covers the caller's scope. Only a role
                // allowed force-wide alerts may see every nominal (Area 2's too).
                AlertQuery q;
                q.asOf = QDate(2026, 11, 1);
                auto run = f.s->alerts(session, q);
                REQUIRE(run.ok());
                const int total = f.count(QStringLiteral("nominals"));
                if (run->nominalsConsidered == total) {
                    result = std::nullopt;
                } else {
                    result = Error::denied(QStringLiteral("scoped: %1 of %2").arg(run->nominalsConsidered).arg(total));
                }
                break;
            }
            case Operation::OverrideAlert:
                result = outcome(f.s->overrideAlert(session, listedKey, QStringLiteral("Matrix override")));
                break;
            case Operation::ReadPolicy:
                result = outcome(f.s->policy(session));
                break;
            case Operation::SetPolicy:
                result = outcome(f.s->setPolicy(session, QByteArrayLiteral(R"({"signin_max_failures": 6})")));
                break;
            case Operation::ReadRecordAudit: {
                AuditFilter filter;
                filter.recordRef = QStringLiteral("N000123");
                result = outcome(f.s->auditLog(session, filter, QStringLiteral("audit review")));
                break;
            }
            case Operation::ReadAuditLog:
                result = outcome(f.s->auditLog(session, {}, QStringLiteral("audit review")));
                break;
            case Operation::VerifyAudit:
                result = outcome(f.s->verifyAudit(session));
                break;
            case Operation::VerifyContent:
                result = outcome(f.s->verifyContent(session));
                break;
            case Operation::Backup:
                result = outcome(f.s->backup(session, f.dir.filePath(QStringLiteral("matrix-%1.db").arg(tag))));
                break;
            case Operation::ListRetentionDue:
                result = outcome(f.s->retentionDue(session, QDate(2026, 11, 1)));
                break;
            case Operation::RequestErasure:
                result = outcome(f.s->requestErasure(session, QStringLiteral("NERASE2"), QStringLiteral("Matrix")));
                break;
            case Operation::ApproveErasure:
                result = outcome(f.s->approveErasure(session, QStringLiteral("NERASE1")));
                break;
            case Operation::ReadWorkload:
                result = outcome(f.s->workload(session, QDate(2026, 11, 1)));
                break;
            case Operation::RecordVisit: {
                Visit v;
                v.date = QDate(2026, 11, 2);
                v.by = role == Role::Admin ? QStringLiteral("pc4521") : userFor(role);
                result = outcome(f.s->recordCasework(session, QStringLiteral("N000123"), v));
                break;
            }
            case Operation::RecordArms:
                result = outcome(f.s->recordCasework(
                    session, QStringLiteral("N000123"),
                    completeArms(role == Role::Admin ? QStringLiteral("pc4521") : userFor(role), QDate(2026, 11, 3))));
                break;
            case Operation::RecordScreening:
                result = outcome(
                    f.s->recordCasework(session, QStringLiteral("N000123"), Screening{QDate(2026, 11, 4), 2, {}}));
                break;
            case Operation::RecordMappaReferral:
                result = outcome(f.s->recordCasework(session, QStringLiteral("N000123"),
                                                     MappaReferral{QDate(2026, 11, 5), QStringLiteral("insp0012"), true,
                                                                   2, QStringLiteral("Matrix referral")}));
                break;
            case Operation::RecordNotification:
                result = outcome(f.s->recordCasework(session, QStringLiteral("N000123"),
                                                     Notification{QDate(2026, 11, 6), NotificationKind::Change}));
                break;
            case Operation::RecordCustody: {
                // Each role its own closed period, a year apart, so none overlaps another.
                const int year = 2010 + int(kRoles.indexOf(role));
                result =
                    outcome(f.s->recordCasework(session, QStringLiteral("NHANDOVER"),
                                                CustodyPeriod{QDate(year, 1, 1), std::nullopt, QDate(year, 6, 1)}));
                break;
            }
            case Operation::RecordPlan: {
                Plan p;
                p.from = QDate(2026, 11, 7 + int(kRoles.indexOf(role)));
                p.visitIntervalDays = 28;
                result = outcome(f.s->recordCasework(session, QStringLiteral("N000123"), p));
                break;
            }
            case Operation::RecordStaticScore: {
                StaticScore score;
                score.tool = QStringLiteral("RM2000/S");
                score.version = QStringLiteral("2007");
                score.assessedOn = QDate(2026, 11, 7);
                score.category = QStringLiteral("Medium");
                score.source = QStringLiteral("Matrix probation report");
                result = outcome(f.s->recordCasework(session, QStringLiteral("N000123"), score));
                break;
            }
            case Operation::RecordTransfer: {
                // NDECIDE moves from its owner to the next person in every casework scope:
                // the sergeant hands it to themselves, the inspector back to pc4521.
                Transfer t;
                t.on = QDate(2026, 11, 10);
                t.to = role == Role::Inspector ? QStringLiteral("pc4521") : QStringLiteral("ps0042");
                result = outcome(f.s->recordCasework(session, QStringLiteral("NDECIDE"), t));
                break;
            }
            case Operation::RecordManagementDecision:
                result = outcome(f.s->recordCasework(session, QStringLiteral("NDECIDE"),
                                                     ManagementDecision{QDate(2026, 11, 11),
                                                                        {},
                                                                        ManagementDecisionKind::StayActive,
                                                                        QStringLiteral("Matrix decision")}));
                break;
            case Operation::RecordIndefiniteReview:
                result = outcome(f.s->recordCasework(
                    session, QStringLiteral("NDECIDE"),
                    IndefiniteReviewDecision{
                        QDate(2026, 11, 12), {}, IndefiniteOutcome::Continue, QStringLiteral("Matrix review")}));
                break;
            case Operation::RaiseConcern:
                result = outcome(f.s->raiseConcern(session, QStringLiteral("N000123"),
                                                   NewConcern{QStringLiteral("Matrix concern"), RiskLevel::VeryHigh,
                                                              QStringLiteral("Matrix rationale"), true}));
                break;
            case Operation::AcknowledgeTransfer:
                result = outcome(f.s->acknowledgeTransfer(session, QStringLiteral("NHANDOVER")));
                break;
            case Operation::ReadReviewQueue:
                result = outcome(f.s->reviewQueue(session));
                break;
            case Operation::DecideReview:
                result = outcome(f.s->decideReview(session, QStringLiteral("NREVIEW"), QStringLiteral("E1"),
                                                   ReviewDecision::Approved, QStringLiteral("Matrix decision")));
                break;
            case Operation::EditDetails: {
                DetailsEdit edit;
                edit.values.insert(QStringLiteral("address"), QStringLiteral("%1 Matrix Road").arg(tag));
                edit.reason = QStringLiteral("Matrix change of address");
                result = outcome(f.s->editDetails(session, QStringLiteral("N000123"), edit));
                break;
            }
            case Operation::RegisterNominal: {
                // Each role its own new case of pc4521's (Area 1 Team A, in every casework scope).
                Nominal n;
                n.ref = QStringLiteral("NREG%1").arg(int(kRoles.indexOf(role)));
                n.familyName = QStringLiteral("Matrixcase");
                n.givenNames = QStringLiteral("Reg %1").arg(tag);
                n.dateOfBirth = QDate(1984, 4, 4);
                n.area = QStringLiteral("Area 1");
                n.owner = QStringLiteral("pc4521");
                n.registration.firstNotified = QDate(2026, 1, 1);
                result = outcome(f.s->registerNominal(session, n));
                break;
            }
            case Operation::DrawDipSample:
                result = outcome(f.s->drawDipSample(session, QStringLiteral("2026-11"), 1));
                break;
            case Operation::ListDipSamples:
                result = outcome(f.s->dipSamples(session));
                break;
            case Operation::RecordDipFindings: {
                // full.json's 2026-10 draw by ps0042 holds N000200, not yet completed.
                QList<DipItem> items;
                for (const QString& item : Policy::defaults().list(QStringLiteral("dip_sample_items"))) {
                    items.append({item, DipFinding::Compliant, std::nullopt});
                }
                result = outcome(
                    f.s->recordDipFindings(session, QStringLiteral("2026-10"), QStringLiteral("N000200"), items));
                break;
            }
            default:
                mapped = false;
                break;
            }
            INFO("role " << tag.toStdString() << ", operation " << operationName(op).toStdString());
            if (!mapped) {
                CHECK(sessionless.contains(op));
                continue;
            }
            ++checked;
            if (isAllowed(role, op)) {
                INFO((result ? msg(*result) : std::string()));
                CHECK_FALSE(result.has_value());
            } else {
                REQUIRE(result.has_value());
                CHECK(result->code == ErrorCode::PermissionDenied);
                // The refusal is on the record (one row naming the operation), the refused
                // change is not. A scoped alerts run is no refusal: it ran, for less.
                if (op != Operation::ReadAlertsForceWide) {
                    CHECK(f.refusals() == refusalsBefore + 1);
                    CHECK(f.changeAudits() == changesBefore);
                    CHECK(f.count(QStringLiteral("audit_log WHERE operation = 'refusal' AND record_ref = '%1' AND "
                                                 "username = '%2'")
                                      .arg(operationName(op).replace(QLatin1Char('\''), QStringLiteral("''")),
                                           session.username)) >= 1);
                }
            }
        }
    }
    CHECK(checked == kRoles.size() * (allOperations().size() - 1 - sessionless.size()));

    // Restore: sign-in happens inside; only an admin may restore. The admin's goes last. A
    // restore needs the database to itself, so the fixture's own connection closes first.
    f.s.reset();
    for (Role role : kRoles) {
        INFO("restore as " << toString(role).toStdString());
        QByteArray pw = role == Role::Admin ? kAdminPassword : "role-pass-" + userFor(role).toUtf8();
        const auto st = restoreBackup(f.path, backupForRestore->file, userFor(role), pw);
        if (isAllowed(role, Operation::Restore)) {
            INFO((st ? std::string() : msg(st.error())));
            CHECK(st.ok());
        } else {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().code == ErrorCode::PermissionDenied);
        }
    }
}

TEST_CASE("services: case scope for officers, sergeants, inspectors and admins")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    const Session sergeant = f.sessionOf(QStringLiteral("ps0042"));
    const Session inspector = f.sessionOf(QStringLiteral("insp0012"));
    const NewEntry note{EntryType::Note, QStringLiteral("Scope note"), {}, {}};
    auto denied = [](const auto& r) { return !r.ok() && r.error().code == ErrorCode::PermissionDenied; };
    const QString purpose = QStringLiteral("case management");

    // Officer: own caseload for casework; may consult others' cases in their area; not another area.
    CHECK(f.s->addEntry(officer, QStringLiteral("N000123"), note).ok());
    CHECK(denied(f.s->addEntry(officer, QStringLiteral("N000200"), note))); // colleague's case, same team
    CHECK(denied(f.s->addEntry(officer, QStringLiteral("N000300"), note)));
    CHECK(denied(f.s->addEntry(officer, QStringLiteral("N000900"), note)));
    CHECK(denied(f.s->acknowledgeEntry(officer, QStringLiteral("N000900"), QStringLiteral("E1"))));
    CHECK(denied(f.s->acknowledgeEntry(officer, QStringLiteral("N000300"), QStringLiteral("E1"))));
    CHECK(f.s->readNominal(officer, QStringLiteral("N000300"), purpose).ok());
    CHECK(denied(f.s->readNominal(officer, QStringLiteral("N000900"), purpose)));
    {
        auto own = f.s->caseload(officer);
        REQUIRE(own.ok());
        REQUIRE(own->size() == 1);
        CHECK(own->first().ref == QStringLiteral("N000123"));
        CHECK(denied(f.s->caseload(officer, QStringLiteral("pc1111"))));
    }

    // Sergeant: casework on their team's cases only; consults the area.
    CHECK(f.s->addEntry(sergeant, QStringLiteral("N000200"), note).ok());
    CHECK(denied(f.s->addEntry(sergeant, QStringLiteral("N000300"), note))); // Team B
    CHECK(denied(f.s->acknowledgeEntry(sergeant, QStringLiteral("N000300"), QStringLiteral("E1"))));
    CHECK(denied(f.s->addEntry(sergeant, QStringLiteral("N000900"), note)));
    CHECK(f.s->readNominal(sergeant, QStringLiteral("N000300"), purpose).ok());
    CHECK(denied(f.s->readNominal(sergeant, QStringLiteral("N000900"), purpose)));
    {
        auto team = f.s->caseload(sergeant);
        REQUIRE(team.ok());
        QStringList refs;
        for (const auto& c : *team) {
            refs << c.ref;
        }
        refs.sort();
        CHECK(refs == QStringList{QStringLiteral("N000123"), QStringLiteral("N000200")});
    }

    // Inspector: the area.
    CHECK(f.s->addEntry(inspector, QStringLiteral("N000300"), note).ok());
    CHECK(f.s->acknowledgeEntry(inspector, QStringLiteral("N000300"), QStringLiteral("E1")).ok());
    CHECK(denied(f.s->addEntry(inspector, QStringLiteral("N000900"), note)));
    CHECK(denied(f.s->readNominal(inspector, QStringLiteral("N000900"), purpose)));
    CHECK(denied(f.s->overrideAlert(inspector, QStringLiteral("visits.overdue:N000900:2026-10-01"), purpose)));
    {
        auto area = f.s->caseload(inspector);
        REQUIRE(area.ok());
        CHECK(area->size() == 3);
    }

    // Search shows only hits inside the user's area.
    {
        auto hits = f.s->search(officer, QStringLiteral("harbour"));
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().ref == QStringLiteral("N000300"));
    }

    // Admin: may not read records or do casework, whatever the area.
    for (const QString& ref : {QStringLiteral("N000123"), QStringLiteral("N000900")}) {
        CHECK(denied(f.s->readNominal(f.admin, ref, purpose)));
        CHECK(denied(f.s->addEntry(f.admin, ref, note)));
    }
}

TEST_CASE("services: readNominal requires a purpose and writes a consultation row naming the ref and purpose")
{
    ServiceFixture f(ServiceFixture::Full);
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    const int before = f.count(QStringLiteral("audit_log"));
    for (const QString& blank : {QString(), QStringLiteral("   ")}) {
        auto r = f.s->readNominal(officer, QStringLiteral("N000123"), blank);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK_THAT(msg(r.error()), Contains("purpose"));
    }
    CHECK(f.count(QStringLiteral("audit_log")) == before);

    auto r = f.s->readNominal(officer, QStringLiteral("N000123"), QStringLiteral("case management"));
    REQUIRE(r.ok());
    CHECK(r->ref == QStringLiteral("N000123"));
    CHECK(r->entries.size() == 4);
    CHECK(f.count(QStringLiteral("audit_log")) == before + 1);
    const AuditRecord row = f.lastAudit();
    CHECK(row.operation == QStringLiteral("consultation"));
    CHECK(row.username == QStringLiteral("pc4521"));
    CHECK(row.recordType == QStringLiteral("nominal"));
    CHECK(row.recordRef == QStringLiteral("N000123"));
    CHECK(row.purpose == QStringLiteral("case management"));

    // A record's own trail shows the consultation (to a sergeant).
    AuditFilter filter;
    filter.recordRef = QStringLiteral("N000123");
    auto trail = f.s->auditLog(f.sessionOf(QStringLiteral("ps0042")), filter, QStringLiteral("supervision"));
    REQUIRE(trail.ok());
    bool seen = false;
    for (const AuditRecord& a : *trail) {
        seen = seen || (a.operation == QStringLiteral("consultation") && a.purpose == row.purpose);
    }
    CHECK(seen);
}

TEST_CASE("services: search takes plain words, quoted phrases and prefix* safely")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    const Session inspector = f.sessionOf(QStringLiteral("insp0012"));
    auto refs = [&](const QString& input) {
        auto hits = f.s->search(inspector, input);
        INFO(input.toStdString());
        INFO((hits ? std::string() : msg(hits.error())));
        REQUIRE(hits.ok());
        QStringList out;
        for (const SearchHit& h : *hits) {
            out << h.ref + QLatin1Char('/') + h.entryId;
        }
        return out;
    };
    CHECK(refs(QStringLiteral("cafe")) == QStringList{QStringLiteral("N000123/E1")}); // "café" in E1
    CHECK(refs(QStringLiteral("CAFÉ")) == QStringList{QStringLiteral("N000123/E1")});
    CHECK(refs(QStringLiteral("\"synthetic harbour note\"")) == QStringList{QStringLiteral("N000300/E1")});
    CHECK(refs(QStringLiteral("\"note harbour\"")).isEmpty());
    CHECK(refs(QStringLiteral("harb*")) == QStringList{QStringLiteral("N000300/E1")}); // N000900 is Area 2
    {
        QStringList names = refs(QStringLiteral("testp*")); // the name and the alias "A. Testperson"
        CHECK(names.size() == 2);
        names.removeDuplicates();
        CHECK(names == QStringList{QStringLiteral("N000123/")});
    }
    // FTS5 syntax typed by a user is taken as text, never as an error or an operator.
    for (const char* hostile : {"body:harbour", "harbour OR cafe", "NEAR(a b)", "\"unbalanced", "*", "-x", "a AND", "(",
                                "^harbour", "'; DROP TABLE nominals; --"}) {
        auto hits = f.s->search(inspector, QString::fromUtf8(hostile));
        INFO(hostile);
        CHECK(hits.ok());
    }
    CHECK(refs(QStringLiteral("harbour OR cafe")).isEmpty()); // all three words must occur
    CHECK(f.count(QStringLiteral("nominals")) == 4);
}

TEST_CASE("services: a refusal is audited though the refused change rolls back, and names no personal data")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    // pc4521 acts on a case of Area 2: the scope check fails inside the call's transaction.
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    const int refusals = f.refusals();
    const int changes = f.changeAudits();
    const int entries = f.count(QStringLiteral("entries"));
    auto r = f.s->addEntry(officer, QStringLiteral("N000200"),
                           NewEntry{EntryType::Note, QStringLiteral("Refused note"), {}, {}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("entries")) == entries);
    CHECK(f.changeAudits() == changes);
    REQUIRE(f.refusals() == refusals + 1);
    auto log = f.s->auditLog(f.admin, {}, QStringLiteral("audit review"));
    REQUIRE(log.ok());
    const AuditRecord& row = log->last().operation == QStringLiteral("refusal") ? log->last() : log->first();
    CHECK(row.operation == QStringLiteral("refusal"));
    CHECK(row.username == QStringLiteral("pc4521"));
    CHECK(row.recordRef == QStringLiteral("N000200"));
    CHECK_FALSE(row.detail.contains(QStringLiteral("Refused note")));
    // The chain still verifies with the refusal in it.
    auto verified = f.s->verifyAudit(f.admin);
    REQUIRE(verified.ok());
    CHECK(verified->ok);
}
