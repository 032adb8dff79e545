// Version 4 adds visit time and checks and plan trigger phrases: a version 3 database
// upgrades in place and its rows read back with the new fields empty.

#include "StoreTestUtil.h"
#include "store/CaseRepository.h"
#include "store/Schema.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;

TEST_CASE("store: a version 3 database migrates to the current version and keeps its visits and plans")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    {
        sqlite3* h = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
        for (int v = 0; v < 3; ++v) {
            for (const QString& statement : schemaMigrations().at(v)) {
                REQUIRE(rawExec(h, statement).isEmpty());
            }
        }
        REQUIRE(rawExec(h, QStringLiteral(
                               "INSERT INTO users (id, username, name, role, area, team, created_at) VALUES "
                               "(1, 'pc1', 'Test Officer', 'officer', 'Area 1', 'Team A', '2024-01-01T00:00:00Z');"
                               "INSERT INTO nominals (id, ref, family_name, given_names, date_of_birth, area, owner, "
                               "mappa_category, mappa_level, risk_level, register_status, management, first_notified, "
                               "notification_period, created_at) VALUES (1, 'N1', 'Example', 'Test', '1980-01-01', "
                               "'Area 1', 'pc1', 1, 1, 'low', 'registered', 'active', '2020-01-01', 'indefinite', "
                               "'2024-01-01T00:00:00Z');"
                               "INSERT INTO visits VALUES (1, 0, '2024-02-01', 'pc1', 'home', 1, 'Seen', 'Payslip');"
                               "INSERT INTO plans VALUES (1, 0, '2024-01-01', 28, 'Triggers in words', 'Summary');"
                               "PRAGMA user_version = 3;"))
                    .isEmpty());
        sqlite3_close(h);
    }
    auto db = openExisting(path);
    CHECK(db->schemaVersion() == Database::kSchemaVersion); // 4 (visits, plans), then 5 (details history)
    CaseRepository cases(*db);
    CaseQuery q;
    auto loaded = cases.load(q);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->size() == 1);
    const Nominal& n = loaded->first();
    CHECK(n.detailsHistory.isEmpty());
    REQUIRE(n.visits.size() == 1);
    CHECK(n.visits[0].verified == QStringLiteral("Payslip"));
    CHECK_FALSE(n.visits[0].time.has_value());
    CHECK(n.visits[0].checks.isEmpty());
    REQUIRE(n.plans.size() == 1);
    CHECK(n.plans[0].escalationTriggers == QStringLiteral("Triggers in words"));
    CHECK(n.plans[0].triggerPhrases.isEmpty());
}
