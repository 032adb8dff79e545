// somdesk-cli decide: a supervisor's decision from a JSON object of the bundle list element's
// shape; prints where it sits, names a bad field, refuses (non-zero, audited, nothing saved)
// whoever may not decide, and the export carries the decisions and the new owner.

#include "CliRun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kUserPassword = "cli-decider-pass";

// NCLI1: low risk and notified indefinitely since 2010; NCLI2: an approved re-evaluation to
// high risk at MAPPA level 1. Both pc4521's; pc3333 is a second officer of Team A.
const QByteArray kBundle = R"({"format": "somdesk-bundle", "version": 1,
  "users": [{"username": "pc3333", "name": "Test Officer Quebec", "collar": "3333", "role": "officer",
             "area": "Area 1", "team": "Area 1 Team A"}],
  "nominals": [
    {"ref": "NCLI1", "family_name": "Clicase", "given_names": "One", "date_of_birth": "1970-01-01",
     "area": "Area 1", "owner": "pc4521", "risk_level": "low",
     "registration": {"first_notified": "2010-01-01", "period": "indefinite"}},
    {"ref": "NCLI2", "family_name": "Clicase", "given_names": "Two", "date_of_birth": "1971-01-01",
     "area": "Area 1", "owner": "pc4521", "risk_level": "high",
     "risk_history": [{"from": "2019-01-01", "level": "medium"}, {"from": "2026-11-21", "level": "high"}],
     "registration": {"first_notified": "2019-01-01", "period": "10y"},
     "entries": [{"id": "E1", "at": "2026-11-20T10:00:00Z", "by": "pc4521", "type": "concern",
                  "text": "Synthetic concern"}],
     "reviews": [{"entry": "E1", "requested_at": "2026-11-20T11:00:00Z", "requested_by": "pc4521",
                  "proposed_risk_level": "high", "rationale": "Synthetic rationale", "decision": "approved",
                  "decided_at": "2026-11-21T09:00:00Z", "decided_by": "insp0012"}]}]})";

QStringList decide(const QString& kind, const QString& db, const QString& user, const QString& nominal,
                   const QString& json)
{
    return {QStringLiteral("decide"),    kind,    QStringLiteral("--database"), db,  QStringLiteral("--user"), user,
            QStringLiteral("--nominal"), nominal, QStringLiteral("--json"),     json};
}

int refusalsBy(const QString& path, const QString& user)
{
    const Run trail = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--by"), user,
                                     QStringLiteral("--purpose"), QStringLiteral("audit review")} +
                         as(path));
    return int(trail.out.count("\trefusal\trefusal\t")); // operation and record type
}

QJsonObject nominalOf(const QByteArray& exported, const QString& ref)
{
    for (const QJsonValue& v : QJsonDocument::fromJson(exported).object().value(QStringLiteral("nominals")).toArray()) {
        if (v.toObject().value(QStringLiteral("ref")).toString() == ref) {
            return v.toObject();
        }
    }
    return {};
}

} // namespace

TEST_CASE("cli: decide transfer, management, indefinite-review and mappa-referral; bad fields and refusals")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("decide.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{QStringLiteral("import")} + as(path) +
       QStringList{writeJson(dir, QStringLiteral("bundle.json"), kBundle)});
    for (const char* user : {"pc4521", "ps0042", "insp0012"}) {
        ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
               QStringList{QStringLiteral("--username"), QString::fromLatin1(user)},
           kPassword, kUserPassword);
    }
    const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    const auto json = [&](const char* name, const QString& text) {
        return writeJson(dir, QString::fromLatin1(name), text.arg(yesterday).toUtf8());
    };
    const QString sergeant = QStringLiteral("ps0042");
    const QString inspector = QStringLiteral("insp0012");
    const QString officer = QStringLiteral("pc4521");
    const QString one = QStringLiteral("NCLI1");

    const QString transfer = json("transfer.json", QStringLiteral(R"({"on": "%1", "to": "pc3333"})"));
    CHECK(ok(decide(QStringLiteral("transfer"), path, sergeant, one, transfer), kUserPassword).out == "transfers[0]\n");
    const QString management = json(
        "management.json", QStringLiteral(R"({"on": "%1", "decision": "stay_active", "reason": "Synthetic reason"})"));
    CHECK(ok(decide(QStringLiteral("management"), path, sergeant, one, management), kUserPassword).out ==
          "management_decisions[0]\n");
    const QString review =
        json("review.json", QStringLiteral(R"({"on": "%1", "outcome": "continue", "reason": "Synthetic reason"})"));
    CHECK(ok(decide(QStringLiteral("indefinite-review"), path, inspector, one, review), kUserPassword).out ==
          "indefinite_review_decisions[0]\n");
    const QString referral =
        json("referral.json",
             QStringLiteral(R"({"decided_on": "%1", "referred": true, "level": 2, "reason": "Synthetic"})"));
    CHECK(
        ok(decide(QStringLiteral("mappa-referral"), path, inspector, QStringLiteral("NCLI2"), referral), kUserPassword)
            .out == "mappa_referrals[0]\n");

    // A bad field is named by its path, and nothing is saved.
    const QString badDecision =
        json("bad.json", QStringLiteral(R"({"on": "%1", "decision": "sideways", "reason": "Synthetic reason"})"));
    const Run bad = cli(decide(QStringLiteral("management"), path, sergeant, one, badDecision), kUserPassword);
    CHECK(bad.code != 0);
    CHECK_THAT(bad.err.toStdString(), Contains("decision:"));
    const QString early = writeJson(dir, QStringLiteral("early.json"),
                                    QByteArrayLiteral(R"({"on": "2020-01-01", "decision": "move_reactive",
                                        "reason": "Synthetic reason"})"));
    const Run before = cli(decide(QStringLiteral("management"), path, sergeant, one, early), kUserPassword);
    CHECK(before.code != 0);
    CHECK_THAT(before.err.toStdString(), Contains("on: before the latest management decision"));

    // Refusals: an officer decides nothing here; a sergeant moves no case out of the team.
    const int officerRefusals = refusalsBy(path, officer);
    const Run denied =
        cli(decide(QStringLiteral("transfer"), path, officer, QStringLiteral("NCLI2"), transfer), kUserPassword);
    CHECK(denied.code != 0);
    CHECK_THAT(denied.err.toStdString(), Contains("permission denied"));
    CHECK(refusalsBy(path, officer) == officerRefusals + 1);
    const int sergeantRefusals = refusalsBy(path, sergeant);
    const QString outOfTeam = json("out.json", QStringLiteral(R"({"on": "%1", "to": "pc2222"})"));
    // No such account here: the reader names the field; invalid input, not a refusal.
    const Run notHere =
        cli(decide(QStringLiteral("transfer"), path, sergeant, QStringLiteral("NCLI2"), outOfTeam), kUserPassword);
    CHECK(notHere.code != 0);
    CHECK_THAT(notHere.err.toStdString(), Contains("to: unknown user \"pc2222\""));
    const QString toInspector = json("insp.json", QStringLiteral(R"({"on": "%1", "to": "insp0012"})"));
    const Run outside =
        cli(decide(QStringLiteral("transfer"), path, sergeant, QStringLiteral("NCLI2"), toInspector), kUserPassword);
    CHECK(outside.code != 0);
    CHECK_THAT(outside.err.toStdString(), Contains("insp0012 is not in your team"));
    CHECK(refusalsBy(path, sergeant) == sergeantRefusals + 1);

    // Usage: a kind that is not a decision.
    const Run unknown = cli(decide(QStringLiteral("visit"), path, sergeant, one, transfer), kUserPassword);
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.err.toStdString(), Contains("unknown KIND 'visit'"));

    // The export: NCLI1 is pc3333's with its transfer and decisions; NCLI2 unchanged but its referral.
    const QByteArray exported = exportOf(path);
    const QJsonObject n1 = nominalOf(exported, one);
    CHECK(n1.value(QStringLiteral("owner")).toString() == QStringLiteral("pc3333"));
    const QJsonArray transfers = n1.value(QStringLiteral("transfers")).toArray();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].toObject() == QJsonObject{{QStringLiteral("on"), yesterday},
                                                 {QStringLiteral("from"), QStringLiteral("pc4521")},
                                                 {QStringLiteral("to"), QStringLiteral("pc3333")}});
    const QJsonArray decisions = n1.value(QStringLiteral("management_decisions")).toArray();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].toObject().value(QStringLiteral("by")).toString() == sergeant);
    const QJsonArray reviews = n1.value(QStringLiteral("indefinite_review_decisions")).toArray();
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].toObject().value(QStringLiteral("by")).toString() == inspector);
    const QJsonObject n2 = nominalOf(exported, QStringLiteral("NCLI2"));
    CHECK(n2.value(QStringLiteral("owner")).toString() == officer);
    CHECK(n2.value(QStringLiteral("transfers")).toArray().isEmpty());
    CHECK(n2.value(QStringLiteral("mappa_referrals")).toArray().size() == 1);
}
