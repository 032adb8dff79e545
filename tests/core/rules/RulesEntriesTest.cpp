#include "WindowCheck.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

// A concern made at 23:30 UTC on 1 July 2024: 00:30 BST, so on 2 July in London.
Nominal withConcern(EntryType type = EntryType::Concern)
{
    Nominal n = quietNominal();
    n.entries = {entry("E5", "2024-07-01T23:30:00Z", "pc1", type, "Raised a concern.")};
    return n;
}

Entry oversightOf(const char* id, const char* at, const char* by, const char* target)
{
    Entry e = entry(id, at, by, EntryType::Oversight, "Reviewed.");
    e.references = {s(target)};
    return e;
}

} // namespace

TEST_CASE("rules: risk.escalation_review window on the London date", "[rules][entries]")
{
    const Nominal n = withConcern();
    // The entry exists from its London day (2 July), so the listing starts then.
    checkWindow(n, "risk.escalation_review", s("risk.escalation_review:N000001:E5:2024-07-05"), d("2024-07-05"),
                d("2024-07-02"));
    const auto a = run(n, "2024-07-06", "risk.escalation_review");
    REQUIRE(a.size() == 1);
    CHECK(a[0].ownerRole == Role::Inspector);
    CHECK(a[0].owner == s("in1"));
    CHECK(a[0].reason == s("Concern entry E5 of 2024-07-02 has no risk re-evaluation decided by an inspector."));
    CHECK(a[0].clearsWhen == s("An inspector approves or rejects a risk re-evaluation linked to entry E5."));
    CHECK(run(withConcern(EntryType::Disclosure), "2024-07-06", "risk.escalation_review").size() == 1);
    CHECK(run(withConcern(EntryType::Note), "2024-07-06", "risk.escalation_review").isEmpty());
    CHECK(run(withConcern(EntryType::Intelligence), "2024-07-06", "risk.escalation_review").isEmpty());
}

TEST_CASE("rules: risk.escalation_review clears only by an inspector's decision", "[rules][entries]")
{
    const auto withReview = [](Review r) {
        Nominal n = withConcern();
        n.reviews = {std::move(r)};
        return run(n, "2024-07-06", "risk.escalation_review");
    };
    const auto at = ts("2024-07-03T10:00:00Z");
    CHECK(withReview(review("E5", ReviewDecision::Approved, at, "in1")).isEmpty());
    CHECK(withReview(review("E5", ReviewDecision::Rejected, at, "in1")).isEmpty());
    CHECK(withReview(review("E5", ReviewDecision::Approved, at, "ps1")).size() == 1); // a sergeant
    CHECK(withReview(review("E5", ReviewDecision::Approved, at, "ex1")).size() == 1); // no longer an inspector
    CHECK(withReview(review("E5", ReviewDecision::Pending, std::nullopt, nullptr)).size() == 1);
    CHECK(withReview(review("E6", ReviewDecision::Approved, at, "in1")).size() == 1); // another entry
    CHECK(withReview(review("E5", ReviewDecision::Approved, ts("2024-07-10T10:00:00Z"), "in1")).size() == 1);

    // Decided at 23:30 UTC on 5 July: 6 July in London.
    Nominal n = withConcern();
    n.reviews = {review("E5", ReviewDecision::Approved, ts("2024-07-05T23:30:00Z"), "in1")};
    CHECK(run(n, "2024-07-05", "risk.escalation_review").size() == 1);
    CHECK(run(n, "2024-07-06", "risk.escalation_review").isEmpty());
}

TEST_CASE("rules: oversight.line_management window and owner", "[rules][entries]")
{
    const Nominal n = withConcern(EntryType::Disclosure);
    checkWindow(n, "oversight.line_management", s("oversight.line_management:N000001:E5:2024-07-04"), d("2024-07-04"),
                d("2024-07-02"));
    const auto a = run(n, "2024-07-05", "oversight.line_management");
    REQUIRE(a.size() == 1);
    CHECK(a[0].ownerRole == Role::Sergeant);
    CHECK(a[0].owner == s("ps1"));
    CHECK(a[0].reason ==
          s("Disclosure entry E5 of 2024-07-02 has no line-management oversight entry by a sergeant or inspector."));

    Nominal noSergeant = n;
    noSergeant.owner = s("pc9");
    CHECK(run(noSergeant, "2024-07-05", "oversight.line_management").at(0).owner == std::nullopt);
    Nominal twoSergeants = n;
    twoSergeants.owner = s("pc8");
    CHECK(run(twoSergeants, "2024-07-05", "oversight.line_management").at(0).owner == std::nullopt);
}

TEST_CASE("rules: oversight.line_management clears only by a sergeant or inspector", "[rules][entries]")
{
    const auto withOversight = [](Entry o, const char* asOf = "2024-07-05") {
        Nominal n = withConcern();
        n.entries.append(std::move(o));
        return run(n, asOf, "oversight.line_management");
    };
    CHECK(withOversight(oversightOf("O1", "2024-07-03T09:00:00Z", "ps1", "E5")).isEmpty());
    CHECK(withOversight(oversightOf("O1", "2024-07-03T09:00:00Z", "in1", "E5")).isEmpty());
    CHECK(withOversight(oversightOf("O1", "2024-07-03T09:00:00Z", "pc2", "E5")).size() == 1); // an officer
    CHECK(withOversight(oversightOf("O1", "2024-07-03T09:00:00Z", "ps1", "E4")).size() == 1); // another entry
    CHECK(withOversight(oversightOf("O1", "2024-07-06T09:00:00Z", "ps1", "E5")).size() == 1); // after asOf
    Entry note = oversightOf("O1", "2024-07-03T09:00:00Z", "ps1", "E5");
    note.type = EntryType::Note; // a note referencing it is not oversight
    CHECK(withOversight(note).size() == 1);
}

TEST_CASE("rules: entries.acknowledge window and clearing", "[rules][entries]")
{
    Nominal n = quietNominal();
    n.entries = {entry("E1", "2024-03-01T10:00:00Z", "pc2", EntryType::Note)};
    checkWindow(n, "entries.acknowledge", s("entries.acknowledge:N000001:E1:2024-03-08"), d("2024-03-08"),
                d("2024-03-01"));
    const auto a = run(n, "2024-03-09", "entries.acknowledge");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == s("pc1"));
    CHECK(a[0].ownerRole == Role::Officer);
    CHECK(a[0].clearsWhen == s("The owning officer acknowledges entry E1."));

    n.entries[0].acknowledged = {{s("pc1"), ts("2024-03-02T09:00:00Z")}};
    CHECK(run(n, "2024-03-09", "entries.acknowledge").isEmpty());
    n.entries[0].acknowledged = {{s("ps1"), ts("2024-03-02T09:00:00Z")}}; // not the owner
    CHECK(run(n, "2024-03-09", "entries.acknowledge").size() == 1);
    n.entries[0].acknowledged = {{s("pc1"), ts("2024-03-20T09:00:00Z")}}; // later than asOf
    CHECK(run(n, "2024-03-09", "entries.acknowledge").size() == 1);
    CHECK(run(n, "2024-03-20", "entries.acknowledge").isEmpty());
}

TEST_CASE("rules: entries.acknowledge ignores the owner's own and system entries", "[rules][entries]")
{
    Nominal n = quietNominal();
    n.entries = {entry("E1", "2024-03-01T10:00:00Z", "pc1", EntryType::Note),
                 entry("E2", "2024-03-01T10:00:00Z", "pc2", EntryType::System),
                 entry("E3", "2024-03-01T10:00:00Z", "ps1", EntryType::Oversight),
                 entry("E4", "2024-03-01T10:00:00Z", "pc2", EntryType::Transfer)};
    CHECK(keysOf(run(n, "2024-03-09", "entries.acknowledge")) ==
          QStringList{s("entries.acknowledge:N000001:E3:2024-03-08"), s("entries.acknowledge:N000001:E4:2024-03-08")});
}

TEST_CASE("rules: entries.acknowledge after a transfer covers only the new owner's time", "[rules][entries]")
{
    Nominal n = quietNominal();
    n.owner = s("pc1");
    n.transfers = {{d("2024-04-01"), s("pc2"), s("pc1"), ts("2024-04-02T10:00:00Z")}};
    n.entries = {
        entry("E0", "2024-03-10T10:00:00Z", "pc1", EntryType::Note),
        entry("E1", "2024-03-15T10:00:00Z", "pc2", EntryType::Note),
        entry("E2", "2024-03-31T23:30:00Z", "pc2", EntryType::Note), // 00:30 BST on 1 April: the transfer day
        entry("E3", "2024-03-31T22:59:00Z", "pc2", EntryType::Note), // 23:59 BST on 31 March
    };
    CHECK(keysOf(run(n, "2024-04-05", "entries.acknowledge")) ==
          QStringList{s("entries.acknowledge:N000001:E2:2024-04-08")});
    // Before the transfer pc2 owned the case: pc1's entry is the one to acknowledge, by pc2.
    const auto before = run(n, "2024-03-20", "entries.acknowledge");
    REQUIRE(before.size() == 1);
    CHECK(before[0].key == s("entries.acknowledge:N000001:E0:2024-03-17"));
    CHECK(before[0].owner == s("pc2"));
}

TEST_CASE("rules: case.transfer_acknowledge window and clearing", "[rules][entries]")
{
    Nominal n = quietNominal();
    n.transfers = {{d("2024-04-01"), s("pc2"), s("pc1"), std::nullopt}};
    checkWindow(n, "case.transfer_acknowledge", s("case.transfer_acknowledge:N000001:2024-04-08"), d("2024-04-08"),
                d("2024-04-01"));
    const auto a = run(n, "2024-04-09", "case.transfer_acknowledge");
    REQUIRE(a.size() == 1);
    CHECK(a[0].owner == s("pc1"));
    CHECK(a[0].reason ==
          s("The case was transferred to the owning officer on 2024-04-01; the transfer has not been acknowledged."));

    n.transfers[0].acknowledgedAt = ts("2024-04-03T10:00:00Z");
    CHECK(run(n, "2024-04-09", "case.transfer_acknowledge").isEmpty());
    n.transfers[0].acknowledgedAt = ts("2024-04-20T10:00:00Z"); // later than asOf
    CHECK(run(n, "2024-04-09", "case.transfer_acknowledge").size() == 1);

    // A second transfer replaces the first: its own alert, for the new owner.
    n.owner = s("pc2");
    n.transfers.append({d("2024-05-01"), s("pc1"), s("pc2"), std::nullopt});
    const auto second = run(n, "2024-05-02", "case.transfer_acknowledge");
    REQUIRE(second.size() == 1);
    CHECK(second[0].key == s("case.transfer_acknowledge:N000001:2024-05-08"));
    CHECK(second[0].owner == s("pc2"));
}

TEST_CASE("rules: disclosure.trigger window, phrases and clearing", "[rules][entries]")
{
    Nominal n = quietNominal();
    n.entries = {
        entry("E2", "2024-07-01T23:30:00Z", "pc1", EntryType::Note, "He said he would feel isolated and has URGES.")};
    checkWindow(n, "disclosure.trigger", s("disclosure.trigger:N000001:E2:2024-07-03"), d("2024-07-03"),
                d("2024-07-02"));
    const auto a = run(n, "2024-07-04", "disclosure.trigger");
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason == s("Note entry E2 of 2024-07-02 contains the trigger phrases \"urges\", \"feel isolated\"."));
    CHECK(a[0].ownerRole == Role::Sergeant);
    CHECK(a[0].owner == s("ps1"));

    Nominal cleared = n;
    cleared.entries.append(oversightOf("O1", "2024-07-03T08:00:00Z", "in1", "E2"));
    CHECK(run(cleared, "2024-07-04", "disclosure.trigger").isEmpty());
    Nominal wrong = n;
    wrong.entries.append(oversightOf("O1", "2024-07-03T08:00:00Z", "pc2", "E2"));
    CHECK(run(wrong, "2024-07-04", "disclosure.trigger").size() == 1);
}

TEST_CASE("rules: disclosure.trigger by entry type and phrase", "[rules][entries]")
{
    const auto fires = [](EntryType type, const char* text) {
        Nominal n = quietNominal();
        n.entries = {entry("E2", "2024-07-01T10:00:00Z", "pc2", type, text)};
        return !run(n, "2024-07-02", "disclosure.trigger").isEmpty();
    };
    CHECK(fires(EntryType::Note, "feels isolated"));
    CHECK(fires(EntryType::Intelligence, "Thoughts of harm"));
    CHECK(fires(EntryType::Concern, "can’t cope"));
    CHECK(fires(EntryType::Disclosure, "going to offend"));
    CHECK_FALSE(fires(EntryType::Oversight, "feels isolated"));
    CHECK_FALSE(fires(EntryType::Transfer, "feels isolated"));
    CHECK_FALSE(fires(EntryType::System, "feels isolated"));
    CHECK_FALSE(fires(EntryType::Note, "feel isolatedness"));
    CHECK_FALSE(fires(EntryType::Note, "Nothing to report."));
}

TEST_CASE("rules: disclosure.trigger uses precomputed matches when given", "[rules][entries]")
{
    Nominal n = quietNominal();
    n.entries = {entry("E2", "2024-07-01T10:00:00Z", "pc2", EntryType::Note, "urges")};
    const RulesEngine e = engine();
    const QHash<QString, QStringList> stored{{s("E2"), {s("vulnerable")}}};
    const auto a = alertsOf(e.evaluate(n, d("2024-07-02"), &stored), "disclosure.trigger");
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason == s("Note entry E2 of 2024-07-01 contains the trigger phrase \"vulnerable\"."));
    const QHash<QString, QStringList> none;
    CHECK(alertsOf(e.evaluate(n, d("2024-07-02"), &none), "disclosure.trigger").isEmpty());
}
