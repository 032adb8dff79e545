// somdesk-cli acknowledge: the signed-in user acknowledges others' entries on one nominal, all
// or none; a bad id is named by its position and then nothing is written.

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kOfficerPassword = "cli-officer-pass";

QStringList acknowledge(const QString& db, const QString& nominal, const QStringList& ids)
{
    QStringList args{QStringLiteral("acknowledge"), QStringLiteral("--database"), db,     QStringLiteral("--user"),
                     QStringLiteral("pc4521"),      QStringLiteral("--nominal"),  nominal};
    for (const QString& id : ids) {
        args << QStringLiteral("--entry") << id;
    }
    return args;
}

// Who has acknowledged each entry of N000123, from an export.
QHash<QString, QStringList> acknowledgersOf(const QString& path)
{
    QHash<QString, QStringList> out;
    const QJsonObject bundle = QJsonDocument::fromJson(exportOf(path)).object();
    for (const QJsonValue& v : bundle.value(QStringLiteral("nominals")).toArray()) {
        if (v.toObject().value(QStringLiteral("ref")).toString() != QStringLiteral("N000123")) {
            continue;
        }
        for (const QJsonValue& e : v.toObject().value(QStringLiteral("entries")).toArray()) {
            QStringList by;
            for (const QJsonValue& a : e.toObject().value(QStringLiteral("acknowledged")).toArray()) {
                by << a.toObject().value(QStringLiteral("by")).toString();
            }
            out.insert(e.toObject().value(QStringLiteral("id")).toString(), by);
        }
    }
    return out;
}

} // namespace

TEST_CASE("cli: acknowledge several entries at once, all or none, naming a bad id by its position")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ack.db"));
    initDb(path);
    ok(QStringList{QStringLiteral("import")} + as(path) + QStringList{fullJson()});
    ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")} + as(path) +
           QStringList{QStringLiteral("--username"), QStringLiteral("pc4521")},
       kPassword, kOfficerPassword);
    const QHash<QString, QStringList> before = acknowledgersOf(path);
    REQUIRE_FALSE(before.value(QStringLiteral("E2")).contains(QStringLiteral("pc4521")));
    REQUIRE_FALSE(before.value(QStringLiteral("E3")).contains(QStringLiteral("pc4521")));

    // One of the officer's own entries (E0) in the list: refused by position, nothing written.
    const Run own = cli(acknowledge(path, QStringLiteral("N000123"), {QStringLiteral("E2"), QStringLiteral("E0")}),
                        kOfficerPassword);
    CHECK(own.code != 0);
    CHECK_THAT(own.err.toStdString(), Contains("entries[1]: E0 is your own entry"));
    const Run unknown = cli(acknowledge(path, QStringLiteral("N000123"), {QStringLiteral("E77")}), kOfficerPassword);
    CHECK(unknown.code != 0);
    CHECK_THAT(unknown.err.toStdString(), Contains("entries[0]: N000123 has no entry E77"));
    CHECK(acknowledgersOf(path) == before);

    // Both, then again: the second time nothing new is written.
    const Run made = ok(acknowledge(path, QStringLiteral("N000123"), {QStringLiteral("E2"), QStringLiteral("E3")}),
                        kOfficerPassword);
    CHECK(made.out == "acknowledged 2 of 2 entries (0 already acknowledged by you)\n");
    const QHash<QString, QStringList> after = acknowledgersOf(path);
    CHECK(after.value(QStringLiteral("E2")).count(QStringLiteral("pc4521")) == 1);
    CHECK(after.value(QStringLiteral("E3")).count(QStringLiteral("pc4521")) == 1);
    const Run again = ok(acknowledge(path, QStringLiteral("N000123"), {QStringLiteral("E3")}), kOfficerPassword);
    CHECK(again.out == "acknowledged 0 of 1 entries (1 already acknowledged by you)\n");
    CHECK(acknowledgersOf(path) == after);

    // Each acknowledgement has its own audit row.
    const Run trail =
        ok(QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--nominal"),
                       QStringLiteral("N000123"), QStringLiteral("--purpose"), QStringLiteral("audit review")} +
           as(path));
    CHECK(trail.out.count("acknowledged entry=E2") == 1);
    CHECK(trail.out.count("acknowledged entry=E3") == 1);

    // Usage: no --entry.
    const Run none = cli(acknowledge(path, QStringLiteral("N000123"), {}), kOfficerPassword);
    CHECK(none.code == 2);
    CHECK_THAT(none.err.toStdString(), Contains("--entry is required"));
}
