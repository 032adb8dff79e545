// Every change writes its audit row in the same transaction as the data: the counts
// move together, the chain stays valid, and a refused change leaves neither.

#include "ServicesTestUtil.h"

using namespace somdesk;
using namespace somdesk::test;

namespace {

struct Counts {
    int audit = 0;
    int entries = 0;
    int acks = 0;
    int users = 0;
    int policies = 0;
    int nominals = 0;
    static Counts of(ServiceFixture& f)
    {
        return {f.count(QStringLiteral("audit_log")),        f.count(QStringLiteral("entries")),
                f.count(QStringLiteral("acknowledgements")), f.count(QStringLiteral("users")),
                f.count(QStringLiteral("policy_versions")),  f.count(QStringLiteral("nominals"))};
    }
};

void chainOk(ServiceFixture& f)
{
    auto v = f.ctx().audit().verify();
    REQUIRE(v.ok());
    CHECK(v->ok);
}

} // namespace

TEST_CASE("services: every change writes one audit row with its data")
{
    ServiceFixture f(ServiceFixture::Full);
    const Session officer = f.sessionOf(QStringLiteral("pc4521"));
    const Session sergeant = f.sessionOf(QStringLiteral("ps0042"));

    SECTION("addEntry")
    {
        const Counts before = Counts::of(f);
        auto id = f.s->addEntry(
            officer, QStringLiteral("N000123"),
            NewEntry{
                EntryType::Concern, QStringLiteral("Synthetic new concern"), {QStringLiteral("E1")}, std::nullopt});
        REQUIRE(id.ok());
        CHECK(*id == QStringLiteral("E4"));
        const Counts after = Counts::of(f);
        CHECK(after.entries == before.entries + 1);
        CHECK(after.audit == before.audit + 1);
        const AuditRecord row = f.lastAudit();
        CHECK(row.username == officer.username);
        CHECK(row.recordRef == QStringLiteral("N000123"));
        CHECK(row.detail.contains(QStringLiteral("E4")));
        CHECK_FALSE(row.detail.contains(QStringLiteral("Synthetic"))); // no free text in the audit

        // A refused entry (unknown reference) writes neither.
        auto bad = f.s->addEntry(officer, QStringLiteral("N000123"),
                                 NewEntry{EntryType::Note, QStringLiteral("x"), {QStringLiteral("E99")}, std::nullopt});
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().code == ErrorCode::Invalid);
        const Counts refused = Counts::of(f);
        CHECK(refused.entries == after.entries);
        CHECK(refused.audit == after.audit);
    }
    SECTION("acknowledgeEntry")
    {
        const Counts before = Counts::of(f);
        REQUIRE(f.s->acknowledgeEntry(sergeant, QStringLiteral("N000123"), QStringLiteral("E3")).ok());
        const Counts after = Counts::of(f);
        CHECK(after.acks == before.acks + 1);
        CHECK(after.audit == before.audit + 1);
        CHECK(f.lastAudit().detail.contains(QStringLiteral("E3")));

        const Status missing = f.s->acknowledgeEntry(sergeant, QStringLiteral("N000123"), QStringLiteral("E77"));
        REQUIRE_FALSE(missing.ok());
        const Counts refused = Counts::of(f);
        CHECK(refused.acks == after.acks);
        CHECK(refused.audit == after.audit);
    }
    SECTION("acknowledgeEntries")
    {
        const Counts before = Counts::of(f);
        // E1 is already acknowledged by this sergeant: skipped, not acknowledged twice.
        auto done = f.s->acknowledgeEntries(sergeant, QStringLiteral("N000123"),
                                            {QStringLiteral("E3"), QStringLiteral("E0"), QStringLiteral("E1")});
        REQUIRE(done.ok());
        CHECK(*done == 2);
        const Counts after = Counts::of(f);
        CHECK(after.acks == before.acks + 2);
        CHECK(after.audit == before.audit + 2);

        // The sergeant's own entry (E2) anywhere in the list refuses the whole list.
        auto own =
            f.s->acknowledgeEntries(sergeant, QStringLiteral("N000123"), {QStringLiteral("E3"), QStringLiteral("E2")});
        REQUIRE_FALSE(own.ok());
        CHECK(own.error().code == ErrorCode::Invalid);
        CHECK(own.error().message.startsWith(QStringLiteral("entries[1]: E2")));
        auto none = f.s->acknowledgeEntries(sergeant, QStringLiteral("N000123"), {});
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().message.startsWith(QStringLiteral("entries:")));
        const Counts refused = Counts::of(f);
        CHECK(refused.acks == after.acks);
        CHECK(refused.audit == after.audit);

        // Acknowledging an entry one has already acknowledged writes nothing.
        REQUIRE(f.s->acknowledgeEntry(sergeant, QStringLiteral("N000123"), QStringLiteral("E3")).ok());
        CHECK(Counts::of(f).acks == after.acks);
        CHECK(Counts::of(f).audit == after.audit);
    }
    SECTION("addUser")
    {
        const Counts before = Counts::of(f);
        User u;
        u.username = QStringLiteral("pc5555");
        u.name = QStringLiteral("Test Officer Five");
        u.collar = QStringLiteral("5555");
        u.role = Role::Officer;
        u.area = QStringLiteral("Area 1");
        u.team = QStringLiteral("Area 1 Team A");
        QByteArray none;
        REQUIRE(f.s->addUser(f.admin, u, none).ok());
        const Counts after = Counts::of(f);
        CHECK(after.users == before.users + 1);
        CHECK(after.audit == before.audit + 1);
        CHECK(f.lastAudit().recordRef == QStringLiteral("pc5555"));

        // The same username again, or a missing collar, changes nothing.
        QByteArray none2;
        CHECK(f.s->addUser(f.admin, u, none2).error().code == ErrorCode::Conflict);
        u.username = QStringLiteral("pc5556");
        u.collar.reset();
        QByteArray none3;
        const Status noCollar = f.s->addUser(f.admin, u, none3);
        REQUIRE_FALSE(noCollar.ok());
        CHECK(noCollar.error().message.startsWith(QStringLiteral("collar")));
        const Counts refused = Counts::of(f);
        CHECK(refused.users == after.users);
        CHECK(refused.audit == after.audit);
    }
    SECTION("setPolicy")
    {
        const Counts before = Counts::of(f);
        auto v = f.s->setPolicy(f.admin, QByteArrayLiteral(R"({"signin_max_failures": 7})"));
        REQUIRE(v.ok());
        const Counts after = Counts::of(f);
        CHECK(after.policies == before.policies + 1);
        CHECK(after.audit == before.audit + 1);
        CHECK(f.lastAudit().recordRef == QStringLiteral("v%1").arg(*v));
        auto p = f.s->policy(f.admin);
        REQUIRE(p.ok());
        CHECK(p->number(QStringLiteral("signin_max_failures")) == 7);
    }
    SECTION("importBundle")
    {
        const Counts before = Counts::of(f);
        const ImportSummary summary = f.importOk(scopeBundle());
        CHECK(summary.nominals == 2);
        CHECK(summary.usersAdded == 2);
        CHECK(summary.usersMatched == 1);
        const Counts after = Counts::of(f);
        CHECK(after.nominals == before.nominals + 2);
        CHECK(after.users == before.users + 2);
        CHECK(after.entries == before.entries + 2);
        // One collection row per new user and per nominal.
        CHECK(after.audit == before.audit + 4);
        const AuditRecord row = f.lastAudit();
        CHECK(row.operation == QStringLiteral("collection"));
        CHECK(row.username == kAdmin);
        CHECK(row.recordRef == QStringLiteral("N000900"));
    }
    chainOk(f);
}
