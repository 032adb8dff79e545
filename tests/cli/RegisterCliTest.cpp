// somdesk-cli register: a new nominal from one bundle nominals[] element; prints its ref,
// refuses history lists and bad fields by name, flags the same name and date of birth, and the
// export carries the new nominal.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kOfficerPassword = "cli-register-pass";

QByteArray element(const QString& ref, const QString& dateOfBirth = QStringLiteral("1978-08-08"))
{
    return QStringLiteral(R"({"ref": "%1", "family_name": "Clicase", "given_names": "Mu",
        "aliases": ["Mew"], "date_of_birth": "%2", "address": "3 Fictional Yard", "area": "Area 1",
        "owner": "pc4521", "mappa": {"category": 1, "level": 1}, "risk_level": "high",
        "registration": {"first_notified": "2026-02-02", "period": "indefinite"}})")
        .arg(ref, dateOfBirth)
        .toUtf8();
}

QStringList registerArgs(const QString& db, const QString& json)
{
    return {QStringLiteral("register"), QStringLiteral("--database"), db,  QStringLiteral("--user"),
            QStringLiteral("pc4521"),   QStringLiteral("--json"),     json};
}

} // namespace

TEST_CASE("cli: register a nominal, flag a duplicate, refuse history, and export the new case")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
           QStringList{QStringLiteral("--username"), QStringLiteral("pc4521")},
       kPassword, kOfficerPassword);

    const Run made =
        ok(registerArgs(path, writeJson(dir, QStringLiteral("a.json"), element(QStringLiteral("N800001")))),
           kOfficerPassword);
    CHECK(made.out == "N800001\n");

    // The same name and date of birth: refused, then registered when confirmed.
    const QString twin = writeJson(dir, QStringLiteral("b.json"), element(QStringLiteral("N800002")));
    const Run dup = cli(registerArgs(path, twin), kOfficerPassword);
    CHECK(dup.code != 0);
    CHECK_THAT(dup.err.toStdString(), Contains("duplicate: N800001 already registered"));
    const Run confirmed =
        ok(registerArgs(path, twin) + QStringList{QStringLiteral("--confirm-duplicate")}, kOfficerPassword);
    CHECK(confirmed.out == "N800002\n");

    // Bad input names the field; history is refused; nothing is saved.
    const Run future =
        cli(registerArgs(path, writeJson(dir, QStringLiteral("c.json"),
                                         element(QStringLiteral("N800003"), QStringLiteral("2999-01-01")))),
            kOfficerPassword);
    CHECK(future.code != 0);
    CHECK_THAT(future.err.toStdString(), Contains("date_of_birth: in the future"));
    QByteArray withVisits = element(QStringLiteral("N800004"));
    withVisits.replace(
        "\"risk_level\"",
        "\"visits\": [{\"date\": \"2026-03-03\", \"by\": \"pc4521\", \"type\": \"home\"}], \"risk_level\"");
    const Run history = cli(registerArgs(path, writeJson(dir, QStringLiteral("d.json"), withVisits)), kOfficerPassword);
    CHECK(history.code != 0);
    CHECK_THAT(history.err.toStdString(), Contains("visits: a registration holds no history"));

    const QJsonObject bundle = QJsonDocument::fromJson(exportOf(path)).object();
    QStringList refs;
    for (const QJsonValue& n : bundle.value(QStringLiteral("nominals")).toArray()) {
        refs << n.toObject().value(QStringLiteral("ref")).toString();
    }
    CHECK(refs.contains(QStringLiteral("N800001")));
    CHECK(refs.contains(QStringLiteral("N800002")));
    CHECK_FALSE(refs.contains(QStringLiteral("N800003")));
    CHECK_FALSE(refs.contains(QStringLiteral("N800004")));
}
