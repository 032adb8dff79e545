// Dip-sample results per officer and per item: only completed records' findings count,
// every policy item is listed, officers in username order.

#include "core/supervision/DipSampleSummary.h"

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

DipRecord completed(const char* officer, const char* nominal, QList<DipItem> items)
{
    return {s(officer), s(nominal), QDateTime(QDate(2026, 10, 5), QTime(15, 0), Qt::UTC), std::move(items)};
}

} // namespace

TEST_CASE("dip summary: counts per officer and per item over completed records", "[supervision][dip]")
{
    const QStringList policy{s("arms_in_time"), s("plan_current")};
    DipSample october{s("2026-10"), s("ps0042"), 1, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC), {}};
    october.records = {
        completed(
            "pc4521", "N000123",
            {{s("arms_in_time"), DipFinding::Compliant, {}}, {s("plan_current"), DipFinding::NotCompliant, s("Old")}}),
        // Drawn, not completed: items on it (an imported draft) do not count.
        {s("pc1111"), s("N000200"), std::nullopt, {{s("arms_in_time"), DipFinding::NotApplicable, {}}}},
    };
    DipSample november{s("2026-11"), s("ps0042"), 2, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC), {}};
    november.records = {
        completed("pc4521", "N000124",
                  {{s("arms_in_time"), DipFinding::NotApplicable, {}}, {s("retired_item"), DipFinding::Compliant, {}}}),
        {s("pc4521"), s("N000125"), std::nullopt, {}},
    };

    const DipSampleSummary sum = summarizeDipSamples({november, october}, policy);
    CHECK(sum.drawn == 4);
    CHECK(sum.completed == 2);
    CHECK(sum.all == DipFindingCounts{2, 1, 1});
    REQUIRE(sum.items.size() == 3);
    CHECK(sum.items[0] == DipItemCounts{s("arms_in_time"), {1, 0, 1}});
    CHECK(sum.items[1] == DipItemCounts{s("plan_current"), {0, 1, 0}});
    CHECK(sum.items[2] == DipItemCounts{s("retired_item"), {1, 0, 0}});

    REQUIRE(sum.officers.size() == 2);
    const DipOfficerSummary& first = sum.officers[0];
    CHECK(first.officer == s("pc1111"));
    CHECK(first.drawn == 1);
    CHECK(first.completed == 0);
    CHECK(first.all.total() == 0);
    REQUIRE(first.items.size() == 2); // every policy item, even with no findings
    CHECK(first.items[0] == DipItemCounts{s("arms_in_time"), {}});

    const DipOfficerSummary& second = sum.officers[1];
    CHECK(second.officer == s("pc4521"));
    CHECK(second.drawn == 3);
    CHECK(second.completed == 2);
    CHECK(second.all == DipFindingCounts{2, 1, 1});
    CHECK(second.items[0] == DipItemCounts{s("arms_in_time"), {1, 0, 1}});
}

TEST_CASE("dip summary: nothing drawn", "[supervision][dip]")
{
    const DipSampleSummary sum = summarizeDipSamples({}, {s("arms_in_time")});
    CHECK(sum.drawn == 0);
    CHECK(sum.officers.isEmpty());
    REQUIRE(sum.items.size() == 1);
    CHECK(sum.items[0].counts.total() == 0);
}
