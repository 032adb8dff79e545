// somdesk-cli reviews list|decide: the inspector's queue as JSON (exact keys, oldest first) and
// a decision that prints what changed; every refusal exits non-zero with its message, changes
// nothing and leaves a refusal row in the audit log.

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kInspectorPassword = "cli-inspector-pass";
const QByteArray kOfficerPassword = "cli-officer-pass";

// NCLI1: pc4521's case with a pending request of their own on concern E1.
QByteArray reviewBundle()
{
    return QByteArrayLiteral(R"({"format": "somdesk-bundle", "version": 1, "nominals": [
        {"ref": "NCLI1", "family_name": "Clicase", "given_names": "One", "date_of_birth": "1980-01-01",
         "area": "Area 1", "owner": "pc4521", "risk_level": "medium",
         "registration": {"first_notified": "2020-01-01", "period": "indefinite"},
         "entries": [{"id": "E1", "at": "2026-11-10T09:00:00Z", "by": "pc4521", "type": "concern", "text": "Cli"}],
         "reviews": [{"entry": "E1", "requested_at": "2026-11-10T09:05:00Z", "requested_by": "pc4521",
                      "proposed_risk_level": "high", "rationale": "Cli rationale", "decision": "pending"}]}]})");
}

QStringList reviews(const QString& action, const QString& path, const QString& user, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("reviews"), action} + as(path, user) + extra;
}

QStringList decision(const QString& ref, const QString& entry, const QString& decision, const QString& reason)
{
    return {QStringLiteral("--nominal"),  ref,      QStringLiteral("--entry"),  entry,
            QStringLiteral("--decision"), decision, QStringLiteral("--reason"), reason};
}

int refusalRows(const QString& path, const QString& user)
{
    const Run trail = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--by"), user,
                                     QStringLiteral("--purpose"), QStringLiteral("audit review")} +
                         as(path));
    return int(trail.out.count("\trefusal\trefusal\t"));
}

} // namespace

TEST_CASE("cli: reviews list prints the caller's queue as JSON, oldest first, with exactly the contract's keys",
          "[reviews]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reviews.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{QStringLiteral("import")} + as(path) +
       QStringList{writeJson(dir, QStringLiteral("reviews.json"), reviewBundle())});
    for (const auto& [user, pw] : {std::pair{QStringLiteral("insp0012"), kInspectorPassword},
                                   std::pair{QStringLiteral("pc4521"), kOfficerPassword}}) {
        ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
               QStringList{QStringLiteral("--username"), user},
           kPassword, pw);
    }

    const Run listed = ok(reviews(QStringLiteral("list"), path, QStringLiteral("insp0012"),
                                  {QStringLiteral("--format"), QStringLiteral("json")}),
                          kInspectorPassword);
    const QJsonDocument doc = QJsonDocument::fromJson(listed.out);
    REQUIRE(doc.isArray());
    const QJsonArray queue = doc.array();
    REQUIRE(queue.size() == 2);
    const QStringList keys{QStringLiteral("entry"), QStringLiteral("nominal"), QStringLiteral("proposed_risk_level"),
                           QStringLiteral("requested_at"), QStringLiteral("requested_by")};
    for (const QJsonValue& v : queue) {
        CHECK(v.toObject().keys() == keys);
    }
    const QJsonObject first = queue.at(0).toObject();
    CHECK(first.value(QStringLiteral("nominal")).toString() == QStringLiteral("N000123"));
    CHECK(first.value(QStringLiteral("entry")).toString() == QStringLiteral("E3"));
    CHECK(first.value(QStringLiteral("requested_by")).toString() == QStringLiteral("pc1111"));
    CHECK(first.value(QStringLiteral("requested_at")).toString() == QStringLiteral("2016-10-20T09:00:00Z"));
    CHECK(first.value(QStringLiteral("proposed_risk_level")).toString() == QStringLiteral("very_high"));
    CHECK(queue.at(1).toObject().value(QStringLiteral("nominal")).toString() == QStringLiteral("NCLI1"));

    const Run table = ok(reviews(QStringLiteral("list"), path, QStringLiteral("insp0012")), kInspectorPassword);
    CHECK_THAT(table.out.toStdString(), Contains("2026-11-10T09:05:00Z NCLI1"));
    CHECK_THAT(table.out.toStdString(), Contains("medium    high"));

    // An officer has no queue: refused, non-zero, audited.
    const int before = refusalRows(path, QStringLiteral("pc4521"));
    const Run officer = cli(reviews(QStringLiteral("list"), path, QStringLiteral("pc4521")), kOfficerPassword);
    CHECK(officer.code == 1);
    CHECK(officer.out.isEmpty());
    CHECK_THAT(officer.err.toStdString(),
               Contains("permission denied: a user with role officer may not read the re-evaluation queue"));
    CHECK(refusalRows(path, QStringLiteral("pc4521")) == before + 1);

    const Run badFormat = cli(reviews(QStringLiteral("list"), path, QStringLiteral("insp0012"),
                                      {QStringLiteral("--format"), QStringLiteral("csv")}),
                              kInspectorPassword);
    CHECK(badFormat.code == 2);
    CHECK_THAT(badFormat.err.toStdString(), Contains("format: must be json or table"));
}

TEST_CASE("cli: reviews decide approves or rejects, prints what changed, and refuses with a message", "[reviews]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("decide.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{QStringLiteral("import")} + as(path) +
       QStringList{writeJson(dir, QStringLiteral("reviews.json"), reviewBundle())});
    for (const auto& [user, pw] : {std::pair{QStringLiteral("insp0012"), kInspectorPassword},
                                   std::pair{QStringLiteral("pc4521"), kOfficerPassword}}) {
        ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
               QStringList{QStringLiteral("--username"), user},
           kPassword, pw);
    }
    const QByteArray start = exportOf(path);

    // Refusals and invalid input: non-zero, the message, nothing changed.
    const int officerRefusals = refusalRows(path, QStringLiteral("pc4521"));
    const Run officer = cli(reviews(QStringLiteral("decide"), path, QStringLiteral("pc4521"),
                                    decision(QStringLiteral("NCLI1"), QStringLiteral("E1"), QStringLiteral("approved"),
                                             QStringLiteral("Mine"))),
                            kOfficerPassword);
    CHECK(officer.code == 1);
    CHECK_THAT(officer.err.toStdString(),
               Contains("permission denied: a user with role officer may not decide a risk re-evaluation"));
    CHECK(refusalRows(path, QStringLiteral("pc4521")) == officerRefusals + 1);

    const Run blank = cli(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                  decision(QStringLiteral("NCLI1"), QStringLiteral("E1"), QStringLiteral("approved"),
                                           QStringLiteral("   "))),
                          kInspectorPassword);
    CHECK(blank.code == 1);
    CHECK_THAT(blank.err.toStdString(), Contains("reason: required"));
    const Run pending = cli(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                    decision(QStringLiteral("NCLI1"), QStringLiteral("E1"), QStringLiteral("pending"),
                                             QStringLiteral("Why"))),
                            kInspectorPassword);
    CHECK(pending.code == 1);
    CHECK_THAT(pending.err.toStdString(), Contains("decision: approved or rejected"));
    const Run unknown = cli(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                    decision(QStringLiteral("NCLI1"), QStringLiteral("E1"), QStringLiteral("maybe"),
                                             QStringLiteral("Why"))),
                            kInspectorPassword);
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.err.toStdString(), Contains("decision: approved or rejected"));
    const Run noEntry = cli(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                    decision(QStringLiteral("NCLI1"), QStringLiteral("E5"), QStringLiteral("approved"),
                                             QStringLiteral("Why"))),
                            kInspectorPassword);
    CHECK(noEntry.code == 1);
    CHECK_THAT(noEntry.err.toStdString(), Contains("entry: no re-evaluation request for E5 on NCLI1"));
    const Run missing = cli(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                    {QStringLiteral("--nominal"), QStringLiteral("NCLI1"), QStringLiteral("--entry"),
                                     QStringLiteral("E1")}),
                            kInspectorPassword);
    CHECK(missing.code == 2);
    CHECK_THAT(missing.err.toStdString(), Contains("--decision is required"));
    CHECK(exportOf(path) == start);

    // The approval, then the rejection of full.json's pending request on N000123.
    const Run approved = ok(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                    decision(QStringLiteral("NCLI1"), QStringLiteral("E1"), QStringLiteral("approved"),
                                             QStringLiteral("History supports it"))),
                            kInspectorPassword);
    CHECK(approved.out == "NCLI1 reviews[0] (entry E1) approved; risk level medium -> high (risk_history[1])\n");
    const Run rejected = ok(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                    decision(QStringLiteral("N000123"), QStringLiteral("E3"),
                                             QStringLiteral("rejected"), QStringLiteral("Not borne out"))),
                            kInspectorPassword);
    CHECK(rejected.out == "N000123 reviews[1] (entry E3) rejected; risk level stays high\n");

    const QJsonObject bundle = QJsonDocument::fromJson(exportOf(path)).object();
    for (const QJsonValue& v : bundle.value(QStringLiteral("nominals")).toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("ref")).toString() == QStringLiteral("NCLI1")) {
            CHECK(n.value(QStringLiteral("risk_level")).toString() == QStringLiteral("high"));
            const QJsonArray history = n.value(QStringLiteral("risk_history")).toArray();
            REQUIRE(history.size() == 2);
            CHECK(history.at(1).toObject().value(QStringLiteral("level")).toString() == QStringLiteral("high"));
            const QJsonObject review = n.value(QStringLiteral("reviews")).toArray().at(0).toObject();
            CHECK(review.value(QStringLiteral("decision")).toString() == QStringLiteral("approved"));
            CHECK(review.value(QStringLiteral("decided_by")).toString() == QStringLiteral("insp0012"));
            CHECK(review.value(QStringLiteral("decision_reason")).toString() == QStringLiteral("History supports it"));
        }
    }
    const Run empty = ok(reviews(QStringLiteral("list"), path, QStringLiteral("insp0012"),
                                 {QStringLiteral("--format"), QStringLiteral("json")}),
                         kInspectorPassword);
    CHECK(QJsonDocument::fromJson(empty.out).array().isEmpty());

    // Decided: a second decision is refused as a conflict and changes nothing.
    const QByteArray decided = exportOf(path);
    const Run again = cli(reviews(QStringLiteral("decide"), path, QStringLiteral("insp0012"),
                                  decision(QStringLiteral("NCLI1"), QStringLiteral("E1"), QStringLiteral("rejected"),
                                           QStringLiteral("Second thoughts"))),
                          kInspectorPassword);
    CHECK(again.code == 1);
    CHECK_THAT(again.err.toStdString(), Contains("the re-evaluation of E1 was already approved by insp0012 at"));
    CHECK(exportOf(path) == decided);
}
