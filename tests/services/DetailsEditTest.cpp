// Editing a nominal's details: a new version with its history row and one audit row naming
// the fields (never their values), search following the new names, every refusal naming
// its field and saving nothing, the casework scope, and the history through export/import.

#include "ServicesTestUtil.h"

#include <QJsonArray>

using namespace somdesk;
using namespace somdesk::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

DetailsEdit edit(std::initializer_list<std::pair<const char*, QJsonValue>> values, const QString& reason)
{
    DetailsEdit e;
    for (const auto& [key, value] : values) {
        e.values.insert(QLatin1String(key), value);
    }
    e.reason = reason;
    return e;
}

} // namespace

TEST_CASE("details: an edit keeps the old values in the history, one audit row, and search follows")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    auto before = f.s->readNominal(officer, QStringLiteral("N000123"), QStringLiteral("case management"));
    REQUIRE(before.ok());
    const qsizetype history = before->detailsHistory.size();
    const int audits = f.changeAudits();

    auto where = f.s->editDetails(
        officer, QStringLiteral("N000123"),
        edit({{"family_name", QStringLiteral("  Newsurname ")},
              {"aliases", QJsonArray{QStringLiteral("Zed Fictional"), QStringLiteral("Quill Example")}},
              {"address", QJsonValue(QJsonValue::Null)},
              {"given_names", before->givenNames}}, // unchanged: not in the change list
             QStringLiteral("Change of name notified")));
    INFO((where ? std::string() : msg(where.error())));
    REQUIRE(where.ok());
    CHECK(*where == QStringLiteral("details_history[%1]").arg(history));
    CHECK(f.count(QStringLiteral("audit_log")) == audits + 1);
    const AuditRecord last = f.lastAudit();
    CHECK(last.operation == QStringLiteral("alteration"));
    CHECK(last.recordType == QStringLiteral("details"));
    CHECK(changeDetail(last) == *where + QStringLiteral(": family_name,aliases,address"));
    CHECK_FALSE(last.detail.contains(QStringLiteral("Newsurname"))); // no personal data in the trail

    auto after = f.s->readNominal(officer, QStringLiteral("N000123"), QStringLiteral("case management"));
    REQUIRE(after.ok());
    CHECK(after->familyName == QStringLiteral("Newsurname"));
    CHECK(after->aliases == QStringList{QStringLiteral("Zed Fictional"), QStringLiteral("Quill Example")});
    CHECK_FALSE(after->address.has_value());
    REQUIRE(after->detailsHistory.size() == history + 1);
    const DetailsChange& change = after->detailsHistory.last();
    CHECK(change.by == QStringLiteral("pc4521"));
    CHECK(change.reason == QStringLiteral("Change of name notified"));
    REQUIRE(change.changes.size() == 3);
    CHECK(change.changes[0].field == QStringLiteral("family_name"));
    CHECK(change.changes[0].from == QJsonValue(before->familyName));
    CHECK(change.changes[0].to == QJsonValue(QStringLiteral("Newsurname")));
    CHECK(change.changes[2].field == QStringLiteral("address"));
    CHECK(change.changes[2].from == QJsonValue(*before->address));
    CHECK(change.changes[2].to.isNull());

    auto found = f.s->search(officer, QStringLiteral("Newsurname"));
    REQUIRE(found.ok());
    CHECK(std::any_of(found->cbegin(), found->cend(),
                      [](const SearchHit& h) { return h.ref == QStringLiteral("N000123") && h.entryId.isEmpty(); }));
    auto old = f.s->search(officer, before->familyName);
    REQUIRE(old.ok());
    CHECK(std::none_of(old->cbegin(), old->cend(),
                       [](const SearchHit& h) { return h.ref == QStringLiteral("N000123") && h.entryId.isEmpty(); }));

    // The history travels through export and import exactly.
    auto exported = f.s->exportBundle(f.admin, QStringLiteral("N000123"), QStringLiteral("bundle export"), {});
    REQUIRE(exported.ok());
    ServiceFixture g(ServiceFixture::Empty);
    g.importOk(*exported);
    auto again = g.s->exportBundle(g.admin, QStringLiteral("N000123"), QStringLiteral("bundle export"), {});
    REQUIRE(again.ok());
    CHECK(QString::fromUtf8(*again).contains(QStringLiteral("Change of name notified")));
    CHECK(again->toStdString() == exported->toStdString());
}

TEST_CASE("details: each refusal names its field and saves nothing")
{
    ServiceFixture f(ServiceFixture::FullAndScope);
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    auto refusal = [&](const DetailsEdit& e, const QString& ref = QStringLiteral("N000123")) {
        const int audits = f.changeAudits();
        const int history = f.count(QStringLiteral("details_history"));
        auto r = f.s->editDetails(officer, ref, e);
        CHECK(f.changeAudits() == audits);
        CHECK(f.count(QStringLiteral("details_history")) == history);
        REQUIRE_FALSE(r.ok());
        return msg(r.error());
    };
    const QString why = QStringLiteral("Test reason");
    CHECK_THAT(refusal(edit({{"family_name", QStringLiteral("Other")}}, QStringLiteral("  "))),
               StartsWith("reason: required"));
    CHECK_THAT(refusal(edit({{"photo", QStringLiteral("x")}}, why)), StartsWith("photo: not an editable detail"));
    CHECK_THAT(refusal(edit({{"family_name", QStringLiteral(" ")}}, why)),
               StartsWith("family_name: must not be blank"));
    CHECK_THAT(refusal(edit({{"aliases", QJsonArray{QStringLiteral("ok"), 3}}}, why)),
               StartsWith("aliases[1]: must be a string"));
    CHECK_THAT(refusal(edit({{"date_of_birth", QStringLiteral("2999-01-01")}}, why)),
               StartsWith("date_of_birth: in the future"));
    CHECK_THAT(refusal(edit({{"date_of_birth", QStringLiteral("1-1-1980")}}, why)),
               StartsWith("date_of_birth: must be a date"));
    CHECK_THAT(refusal(edit({{"date_of_birth", QStringLiteral("2020-01-01")}}, why)),
               StartsWith("date_of_birth: after the first notification"));
    CHECK_THAT(refusal(edit({}, why)), StartsWith("details: nothing changes"));
    // Another officer's case (N000300 is pc2222's) and an admin.
    CHECK_THAT(refusal(edit({{"address", QStringLiteral("Elsewhere")}}, why), QStringLiteral("N000300")),
               StartsWith("permission denied"));
    auto admin = f.s->editDetails(f.admin, QStringLiteral("N000123"), edit({{"address", QStringLiteral("X")}}, why));
    REQUIRE_FALSE(admin.ok());
    CHECK(admin.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("details: the JSON of somdesk-cli record details")
{
    auto e = Services::readDetailsJson(QByteArrayLiteral(R"({"address": "5 Fictional Mews", "reason": "Moved"})"));
    REQUIRE(e.ok());
    CHECK(e->reason == QStringLiteral("Moved"));
    CHECK(e->values.keys() == QStringList{QStringLiteral("address")});
    CHECK_THAT(msg(Services::readDetailsJson("[1]").error()), StartsWith("(root): must be an object"));
    CHECK_THAT(msg(Services::readDetailsJson("{").error()), StartsWith("(root): not valid JSON"));
    CHECK_THAT(msg(Services::readDetailsJson(R"({"reason": 5})").error()), StartsWith("reason: must be a string"));
}
