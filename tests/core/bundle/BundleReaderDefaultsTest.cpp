// What the reader fills in for keys a bundle may leave out.

#include "BundleTestUtil.h"
#include "core/bundle/BundleReader.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;

namespace {

const QByteArray minimal = R"({
  "format": "somdesk-bundle", "version": 1,
  "users": [{"username": "pc1", "name": "Synthetic", "collar": "1", "role": "officer", "password": "import only"}],
  "nominals": [{"ref": "N1", "family_name": "Fictional", "given_names": "Test", "date_of_birth": "1980-01-01",
                "area": "Area 1", "owner": "pc1", "risk_level": "high",
                "registration": {"first_notified": "2015-03-01", "period": "2y"},
                "aliases": null, "mappa": {"level": 2}, "photo": null, "entries": []}]
})";

} // namespace

TEST_CASE("bundle: defaults for omitted and null keys")
{
    const Result<Bundle> r = BundleReader::read(minimal, emptyContext());
    REQUIRE(r.ok());
    const Bundle& b = r.value();
    REQUIRE(b.users.size() == 1);
    CHECK(b.users[0].password == std::optional<QString>(QStringLiteral("import only")));
    CHECK_FALSE(b.users[0].area.has_value());
    CHECK_FALSE(b.users[0].disabled.has_value());
    REQUIRE(b.nominals.size() == 1);
    const Nominal& n = b.nominals[0];
    CHECK(n.aliases.isEmpty());
    CHECK_FALSE(n.photo.has_value());
    CHECK_FALSE(n.address.has_value());
    CHECK(n.mappaCategory == 1);
    CHECK(n.mappaLevel == 2);
    CHECK(n.registerStatus == RegisterStatus::Registered);
    CHECK(n.management == ManagementMode::Active);
    CHECK_FALSE(n.registration.under18AtNotification.has_value());
    CHECK(n.entries.isEmpty());
    CHECK(b.dipSamples.isEmpty());
}

TEST_CASE("bundle: a nominal imported without risk_history gets one entry from first_notified")
{
    const Result<Bundle> r = BundleReader::read(minimal, emptyContext());
    REQUIRE(r.ok());
    const Nominal& n = r.value().nominals[0];
    REQUIRE(n.riskHistory.size() == 1);
    CHECK(n.riskHistory[0].from == QDate(2015, 3, 1));
    CHECK(n.riskHistory[0].level == RiskLevel::High);
    // An empty or null list is the same as none.
    for (const char* value : {"[]", "null"}) {
        QByteArray json = minimal;
        json.replace("\"entries\": []", "\"risk_history\": " + QByteArray(value));
        const Result<Bundle> r2 = BundleReader::read(json, emptyContext());
        REQUIRE(r2.ok());
        CHECK(r2.value().nominals[0].riskHistory.size() == 1);
    }
}

TEST_CASE("bundle: a UTF-8 byte order mark is tolerated")
{
    CHECK(readError("\xEF\xBB\xBF" + minimal) == QStringLiteral("(ok)"));
}

TEST_CASE("bundle: timestamps are read as UTC")
{
    const Result<Bundle> r = BundleReader::read(fullBundleJson(), emptyContext());
    REQUIRE(r.ok());
    const QDateTime at = r.value().dipSamples[0].drawnAt;
    CHECK(at.timeSpec() == Qt::UTC);
    CHECK(at == QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
    CHECK(at.toSecsSinceEpoch() == 1790841600);
}

TEST_CASE("bundle: the context's database is asked once per name")
{
    int asked = 0;
    BundleContext ctx = emptyContext();
    ctx.existingUser = [&asked](const QString&) -> std::optional<User> {
        ++asked;
        return std::nullopt;
    };
    REQUIRE(BundleReader::read(fullBundleJson(), ctx).ok());
    CHECK(asked == 5); // each bundle user once (to match it), references answered from the bundle or cache
}
