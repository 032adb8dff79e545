// A dip-sample record's checklist against the policy list: every item once in any order,
// stored in policy order; a not_compliant finding needs a note; errors name the place.

#include "core/supervision/DipFindings.h"
#include "core/rules/Policy.h"

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QStringList kItems{s("arms_in_time"), s("entries_acknowledged"), s("plan_current")};

QList<DipItem> allCompliant()
{
    return {{s("plan_current"), DipFinding::Compliant, std::nullopt},
            {s("arms_in_time"), DipFinding::NotApplicable, s("  No release yet  ")},
            {s("entries_acknowledged"), DipFinding::NotCompliant, s("Two entries unacknowledged")}};
}

std::string errorOf(const QList<DipItem>& items)
{
    const auto r = checkDipFindings(items, kItems);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    return r.error().message.toStdString();
}

} // namespace

TEST_CASE("dip findings: any order is accepted and kept in policy order, notes trimmed", "[supervision][dip]")
{
    const auto r = checkDipFindings(allCompliant(), kItems);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3);
    CHECK(r->at(0).item == s("arms_in_time"));
    CHECK(r->at(0).note == s("No release yet"));
    CHECK(r->at(1).item == s("entries_acknowledged"));
    CHECK(r->at(1).finding == DipFinding::NotCompliant);
    CHECK(r->at(2).item == s("plan_current"));
    CHECK_FALSE(r->at(2).note.has_value());
}

TEST_CASE("dip findings: each problem is named by its place", "[supervision][dip]")
{
    CHECK(errorOf({}) == "items: required (one finding for each of arms_in_time, entries_acknowledged, plan_current)");
    auto items = allCompliant();
    items[1].item = s(" ");
    CHECK(errorOf(items) == "items[1].item: required");
    items = allCompliant();
    items[2].item = s("horoscope");
    CHECK(errorOf(items) ==
          "items[2].item: unknown dip-sample item \"horoscope\" (expected one of arms_in_time, entries_acknowledged, "
          "plan_current)");
    items = allCompliant();
    items.append({s("plan_current"), DipFinding::Compliant, std::nullopt});
    CHECK(errorOf(items) == "items[3].item: duplicate of items[0] \"plan_current\"");
    items = allCompliant();
    items[2].note = s("   ");
    CHECK(errorOf(items) == "items[2].note: required when the finding is not_compliant");
    items[2].note.reset();
    CHECK(errorOf(items) == "items[2].note: required when the finding is not_compliant");
    items = allCompliant();
    items.removeAt(0);
    items.removeAt(1);
    CHECK(errorOf(items) == "items: missing entries_acknowledged, plan_current"); // arms_in_time is left
}

TEST_CASE("dip findings: the default policy's eight items", "[supervision][dip]")
{
    const QStringList policyItems = Policy::defaults().list(s("dip_sample_items"));
    REQUIRE(policyItems.size() == 8);
    QList<DipItem> items;
    for (auto it = policyItems.crbegin(); it != policyItems.crend(); ++it) {
        items.append({*it, DipFinding::Compliant, std::nullopt});
    }
    const auto r = checkDipFindings(items, policyItems);
    REQUIRE(r.ok());
    for (qsizetype i = 0; i < policyItems.size(); ++i) {
        CHECK(r->at(i).item == policyItems.at(i));
    }
}
