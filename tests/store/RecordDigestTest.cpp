// The content digest covers every column of a nominal's record (docs/audit.md, "Content
// digests"): a column a migration adds is either digested or deliberately left out here,
// never silently outside the digest, where an edit to it would go unseen.

#include "StoreTestUtil.h"

#include "store/RecordDigest.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;

TEST_CASE("threat: a column of a nominal's record outside the content digest is edited unseen",
          "[security][store][tamper]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = openNew(dir.filePath(QStringLiteral("d.db")));
    // The tables of a nominal's record: the nominals row, rows that name it, rows that name those.
    const QSet<QString> links{QStringLiteral("nominal_id"), QStringLiteral("entry_row"),
                              QStringLiteral("assessment_id")};
    // Left out on purpose: surrogate ids and links (they only order rows), and derived data
    // rebuilt when the policy's phrases change.
    const QSet<QString> leftOut{QStringLiteral("entry_trigger_matches.phrases")};
    QSet<QString> columns;
    QSqlQuery tables(db->connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'search_index%' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery info(db->connection());
        REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        QStringList names;
        bool belongs = table == QLatin1String("nominals");
        while (info.next()) {
            names << info.value(1).toString();
            belongs = belongs || links.contains(names.last());
        }
        if (!belongs) {
            continue;
        }
        for (const QString& c : std::as_const(names)) {
            const QString qualified = table + QLatin1Char('.') + c;
            if (c != QLatin1String("id") && !links.contains(c) && !leftOut.contains(qualified)) {
                columns.insert(qualified);
            }
        }
    }
    const QStringList covered = RecordDigest::coveredColumns();
    const QSet<QString> coveredSet(covered.cbegin(), covered.cend());
    CHECK(covered.size() == coveredSet.size()); // no column twice
    for (const QString& c : columns) {
        INFO("not in the digest: " << c.toStdString());
        CHECK(coveredSet.contains(c));
    }
    for (const QString& c : coveredSet) {
        INFO("digested but not stored: " << c.toStdString());
        CHECK(columns.contains(c));
    }
}

TEST_CASE("a ref with no stored nominal digests to the erased state", "[store][tamper]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = openNew(dir.filePath(QStringLiteral("d.db")));
    RecordDigest digest(*db);
    auto d = digest.ofNominal(QStringLiteral("N404"));
    REQUIRE(d);
    CHECK(*d == RecordDigest::absentDigest());
    CHECK(d->size() == 64);
    auto all = digest.ofAllNominals();
    REQUIRE(all);
    CHECK(all->isEmpty());
}
