// Import and export through the services: all-or-nothing import with errors that name
// the JSON path, deterministic export → import → export, single-nominal exports, no
// passwords out, and policy changes that are refused whole.

#include "ServicesTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;

namespace {

QByteArray replaced(const char* from, const char* to)
{
    QByteArray json = scopeBundle();
    REQUIRE(json.contains(from));
    json.replace(QByteArray(from), QByteArray(to));
    return json;
}

struct Snapshot {
    int nominals, users, entries, audit, dip;
    bool operator==(const Snapshot&) const = default;
    static Snapshot of(ServiceFixture& f)
    {
        return {f.count(QStringLiteral("nominals")), f.count(QStringLiteral("users")),
                f.count(QStringLiteral("entries")), f.count(QStringLiteral("audit_log")),
                f.count(QStringLiteral("dip_samples"))};
    }
};

QSet<QString> usersReferencedBy(const QJsonObject& n)
{
    QSet<QString> out{n.value(QStringLiteral("owner")).toString()};
    auto add = [&](const char* list, std::initializer_list<const char*> keys) {
        for (const QJsonValue& v : n.value(QString::fromLatin1(list)).toArray()) {
            for (const char* k : keys) {
                const QJsonValue u = v.toObject().value(QString::fromLatin1(k));
                if (u.isString()) {
                    out.insert(u.toString());
                }
            }
            if (qstrcmp(list, "entries") == 0) {
                for (const QJsonValue& a : v.toObject().value(QStringLiteral("acknowledged")).toArray()) {
                    out.insert(a.toObject().value(QStringLiteral("by")).toString());
                }
            }
        }
    };
    add("arms", {"by"});
    add("visits", {"by"});
    add("entries", {"by"});
    add("reviews", {"requested_by", "decided_by"});
    add("mappa_referrals", {"by"});
    add("transfers", {"from", "to"});
    add("management_decisions", {"by"});
    add("indefinite_review_decisions", {"by"});
    add("overrides", {"by"});
    return out;
}

} // namespace

TEST_CASE("services: import error paths name the JSON path and leave the database unchanged")
{
    ServiceFixture f(ServiceFixture::Full);
    const Snapshot before = Snapshot::of(f);

    struct Case {
        const char* name;
        QByteArray json;
        const char* path;
    };
    const QByteArray valid = scopeBundle();
    const QList<Case> cases{
        {"bad JSON", valid.left(valid.size() - 3), "(root)"},
        {"not an object", QByteArrayLiteral("[]"), "(root)"},
        {"wrong format", replaced(R"("format": "somdesk-bundle")", R"("format": "somdesk-bundel")"), "format"},
        {"wrong version", replaced(R"("version": 1)", R"("version": 2)"), "version"},
        {"unknown key", replaced(R"("given_names": "Delta",)", R"("given_names": "Delta", "colour": "red",)"),
         "nominals[1].colour"},
        {"impossible date", replaced("\"1985-07-14\"", "\"1985-02-30\""), "nominals[0].date_of_birth"},
        {"impossible timestamp", replaced("2024-02-10T10:00:00Z", "2024-02-30T10:00:00Z"), "nominals[1].entries[0].at"},
        {"unknown user", replaced(R"("owner": "pc9001")", R"("owner": "pc0000")"), "nominals[1].owner"},
        {"duplicate ref already in the database", replaced(R"("ref": "N000900")", R"("ref": "N000123")"),
         "nominals[1].ref"},
        {"wrong enum", replaced(R"("risk_level": "medium")", R"("risk_level": "moderate")"), "nominals[0].risk_level"},
        {"wrong type", replaced(R"("family_name": "Samplecase")", R"("family_name": 7)"), "nominals[0].family_name"},
        {"existing user with a different role",
         replaced(R"("collar": "0042", "role": "sergeant")", R"("collar": "0042", "role": "inspector")"),
         "users[2].role"},
        {"existing user in another team",
         replaced(R"("area": "Area 1", "team": "Area 1 Team A"})", R"("area": "Area 1", "team": "Area 1 Team B"})"),
         "users[2].team"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        auto r = f.s->importBundle(f.admin, c.json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code != ErrorCode::PermissionDenied);
        CHECK_THAT(msg(r.error()), Contains(std::string(c.path) + ":"));
        CHECK(Snapshot::of(f) == before);
    }
    // The unedited bundle imports: each failure above was its one edit.
    f.importOk(valid);
    CHECK(Snapshot::of(f).nominals == before.nominals + 2);
}

TEST_CASE("services: export → import into a new database → export is byte-identical")
{
    // full.json's admin is adm.test ("Synthetic Admin"): both databases are made with that admin.
    const QJsonObject fixture =
        QJsonDocument::fromJson(readFile(dataDir() + QStringLiteral("/bundles/full.json"))).object();
    bool adminFound = false;
    for (const QJsonValue& u : fixture.value(QStringLiteral("users")).toArray()) {
        if (u.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("admin")) {
            CHECK(u.toObject().value(QStringLiteral("username")).toString() == kAdmin);
            CHECK(u.toObject().value(QStringLiteral("name")).toString() == kAdminName);
            adminFound = true;
        }
    }
    CHECK(adminFound);

    ServiceFixture a(ServiceFixture::Full, QStringLiteral("a.db"));
    auto exportA = a.s->exportBundle(a.admin, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("test"));
    REQUIRE(exportA.ok());

    ServiceFixture b(ServiceFixture::Empty, QStringLiteral("b.db"));
    const ImportSummary summary = b.importOk(*exportA);
    CHECK(summary.nominals == 2);
    CHECK(summary.usersMatched == 1); // the admin
    auto exportB = b.s->exportBundle(b.admin, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("test"));
    REQUIRE(exportB.ok());
    CHECK(exportB->size() == exportA->size());
    CHECK(*exportB == *exportA);

    // Exporting twice from the same database is identical too, and every disclosure is audited.
    const int before = a.count(QStringLiteral("audit_log"));
    auto again = a.s->exportBundle(a.admin, std::nullopt, QStringLiteral("bundle export"), QStringLiteral("test"));
    REQUIRE(again.ok());
    CHECK(*again == *exportA);
    CHECK(a.count(QStringLiteral("audit_log")) == before + 2);
    CHECK(a.lastAudit().operation == QStringLiteral("disclosure"));
    CHECK(a.lastAudit().recipient == QStringLiteral("test"));

    // The content equals the fixture's (exported order and values).
    const QJsonObject exported = QJsonDocument::fromJson(*exportA).object();
    CHECK(exported.value(QStringLiteral("nominals")) == fixture.value(QStringLiteral("nominals")));
    CHECK(exported.value(QStringLiteral("dip_samples")) == fixture.value(QStringLiteral("dip_samples")));
    CHECK(exported.value(QStringLiteral("users")) == fixture.value(QStringLiteral("users")));
}

TEST_CASE("services: a --nominal export carries that nominal and exactly the users it references")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    for (const QString& ref : {QStringLiteral("N000123"), QStringLiteral("N000200"), QStringLiteral("N000900")}) {
        INFO(ref.toStdString());
        auto out = f.s->exportBundle(f.admin, ref, QStringLiteral("bundle export"), QStringLiteral("Area 2"));
        REQUIRE(out.ok());
        const QJsonObject b = QJsonDocument::fromJson(*out).object();
        const QJsonArray nominals = b.value(QStringLiteral("nominals")).toArray();
        REQUIRE(nominals.size() == 1);
        CHECK(nominals.first().toObject().value(QStringLiteral("ref")).toString() == ref);
        QSet<QString> users;
        for (const QJsonValue& u : b.value(QStringLiteral("users")).toArray()) {
            users.insert(u.toObject().value(QStringLiteral("username")).toString());
        }
        CHECK(users == usersReferencedBy(nominals.first().toObject()));
        CHECK_FALSE(b.contains(QStringLiteral("dip_samples")));
        // It imports into a new database on its own.
        ServiceFixture fresh(ServiceFixture::Empty);
        fresh.importOk(*out);
    }
    const auto n200 = QJsonDocument::fromJson(*f.s->exportBundle(f.admin, QStringLiteral("N000200"),
                                                                 QStringLiteral("bundle export"), QStringLiteral("y")))
                          .object();
    QStringList names;
    for (const QJsonValue& u : n200.value(QStringLiteral("users")).toArray()) {
        names << u.toObject().value(QStringLiteral("username")).toString();
    }
    CHECK(names == QStringList{QStringLiteral("pc1111"), QStringLiteral("ps0042")});

    auto missing =
        f.s->exportBundle(f.admin, QStringLiteral("N404"), QStringLiteral("bundle export"), QStringLiteral("y"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("services: an export never contains a password")
{
    ServiceFixture f(ServiceFixture::Full);
    QByteArray withPassword = scopeBundle();
    withPassword.replace(R"("team": "Area 2 Team C"})", R"("team": "Area 2 Team C", "password": "Bundle-Secret-42"})");
    REQUIRE(withPassword.contains("Bundle-Secret-42"));
    f.importOk(withPassword);
    auto u = f.ctx().users().find(QStringLiteral("pc9001"));
    REQUIRE(u.ok());
    REQUIRE(u->has_value());
    CHECK((*u)->passwordHash.startsWith(QStringLiteral("$argon2id$")));

    for (const std::optional<QString>& ref :
         {std::optional<QString>(), std::optional<QString>(QStringLiteral("N000900"))}) {
        auto out = f.s->exportBundle(f.admin, ref, QStringLiteral("bundle export"), QStringLiteral("y"));
        REQUIRE(out.ok());
        const QByteArray lower = out->toLower();
        CHECK_FALSE(lower.contains("password"));
        CHECK_FALSE(lower.contains("bundle-secret-42"));
        CHECK_FALSE(lower.contains("argon2"));
    }
}

TEST_CASE("services: setting an invalid policy is refused naming the key and keeps the version")
{
    ServiceFixture f(ServiceFixture::Empty);
    auto current = f.ctx().policies().current();
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    const int version = (*current)->version;
    const int audit = f.count(QStringLiteral("audit_log"));

    const QList<std::pair<QByteArray, const char*>> bad{
        {QByteArrayLiteral(R"({"signin_max_failures": "five"})"), "signin_max_failures"},
        {QByteArrayLiteral(R"({"signin_max_failures": 2.5})"), "signin_max_failures"},
        {QByteArrayLiteral(R"({"no_such_policy_key": 1})"), "no_such_policy_key"},
        {QByteArrayLiteral(R"({"trigger_phrases": []})"), "trigger_phrases"},
        {QByteArrayLiteral(R"({"signin_max_failures": 6, "password_memlimit_mib": 1})"), "password_memlimit_mib"},
        {QByteArrayLiteral(R"({"signin_max_failures": 6,)"), "policy"},
    };
    for (const auto& [json, key] : bad) {
        INFO(json.toStdString());
        auto r = f.s->setPolicy(f.admin, json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK_THAT(msg(r.error()), Contains(key));
        auto after = f.ctx().policies().current();
        REQUIRE(after.ok());
        CHECK((*after)->version == version);
        CHECK(f.count(QStringLiteral("audit_log")) == audit);
        CHECK(f.s->policy(f.admin)->number(QStringLiteral("signin_max_failures")) == 5);
    }
    // A valid one makes the next version.
    auto ok = f.s->setPolicy(f.admin, QByteArrayLiteral(R"({"signin_max_failures": 6})"));
    REQUIRE(ok.ok());
    CHECK(*ok == version + 1);
}
