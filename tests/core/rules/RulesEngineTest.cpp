#include "TestSupport.h"
#include "WindowCheck.h"

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

// Fires several rules at once on 2024-07-06.
Nominal busy()
{
    Nominal n = quietNominal();
    n.entries = {entry("E5", "2024-07-01T10:00:00Z", "pc2", EntryType::Concern, "He has urges.")};
    return n;
}

} // namespace

TEST_CASE("rules: the engine knows nineteen rules", "[rules][engine]")
{
    CHECK(RulesEngine::ruleIds().size() == 19);
    CHECK(RulesEngine::ruleIds().first() == s("arms.post_release"));
    CHECK(RulesEngine::ruleIds().last() == s("plan.escalation_trigger"));
}

TEST_CASE("rules: a quiet nominal has no alerts", "[rules][engine]")
{
    CHECK(engine().evaluate(quietNominal(), d("2024-06-15")).isEmpty());
}

TEST_CASE("rules: evaluate lists alerts in contract order", "[rules][engine]")
{
    const auto alerts = engine().evaluate(busy(), d("2024-07-04"));
    CHECK(keysOf(alerts) == QStringList{s("disclosure.trigger:N000001:E5:2024-07-02"),
                                        s("oversight.line_management:N000001:E5:2024-07-03"),
                                        s("risk.escalation_review:N000001:E5:2024-07-04"),
                                        s("entries.acknowledge:N000001:E5:2024-07-08")});
    CHECK(alerts[0].status == AlertStatus::Overdue);
    CHECK(alerts[0].daysOverdue == 2);
    CHECK(alerts[1].daysOverdue == 1);
    CHECK(alerts[2].status == AlertStatus::Due);
    // Same inputs, same output.
    CHECK(engine().evaluate(busy(), d("2024-07-04")) == alerts);
}

TEST_CASE("rules: no alerts for a nominal not registered on asOf", "[rules][engine]")
{
    Nominal n = busy();
    n.registration = {d("2022-07-02"), NotificationPeriod::Years2, false};
    n.riskHistory = {{d("2022-07-02"), RiskLevel::Medium}};
    CHECK_FALSE(engine().evaluate(n, d("2024-07-01")).isEmpty());
    CHECK(engine().evaluate(n, d("2024-07-02")).isEmpty());               // period ended
    n.registration = {d("2023-07-02"), NotificationPeriod::Years2, true}; // under 18: 12 months
    n.riskHistory = {{d("2023-07-02"), RiskLevel::Medium}};
    CHECK_FALSE(engine().evaluate(n, d("2024-07-01")).isEmpty());
    CHECK(engine().evaluate(n, d("2024-07-02")).isEmpty());

    n = busy();
    n.registerStatus = RegisterStatus::Removed;
    n.registerStatusSince = d("2024-07-03");
    CHECK_FALSE(engine().evaluate(n, d("2024-07-02")).isEmpty());
    CHECK(engine().evaluate(n, d("2024-07-03")).isEmpty());
    n.registerStatus = RegisterStatus::Deceased;
    n.registerStatusSince.reset();
    CHECK(engine().evaluate(n, d("2024-07-02")).isEmpty());

    n = busy();
    n.registration.firstNotified = d("2024-08-01");
    CHECK(engine().evaluate(n, d("2024-07-31")).isEmpty()); // not yet notified
    CHECK(engine().evaluate(busy(), QDate()).isEmpty());
}

TEST_CASE("rules: an inspector's override removes exactly that alert", "[rules][engine][override]")
{
    const QString key = s("oversight.line_management:N000001:E5:2024-07-03");
    const auto listed = [&key](const char* by, const char* at, const char* asOf, const QString& overrideKey) {
        Nominal n = busy();
        n.overrides = {{overrideKey, s(by), ts(at), s("Reviewed at the daily meeting.")}};
        return keysOf(engine().evaluate(n, d(asOf))).contains(key);
    };
    CHECK_FALSE(listed("in1", "2024-07-05T10:00:00Z", "2024-07-06", key));
    CHECK(listed("in1", "2024-07-05T10:00:00Z", "2024-07-04", key));   // not yet overridden
    CHECK(listed("ps1", "2024-07-05T10:00:00Z", "2024-07-06", key));   // a sergeant may not
    CHECK(listed("ex1", "2024-07-05T10:00:00Z", "2024-07-06", key));   // no longer an inspector
    CHECK(listed("admin", "2024-07-05T10:00:00Z", "2024-07-06", key)); // nor may an admin
    CHECK(listed("in1", "2024-07-05T23:30:00Z", "2024-07-05", key));   // 6 July in London
    CHECK_FALSE(listed("in1", "2024-07-05T23:30:00Z", "2024-07-06", key));
    CHECK(listed("in1", "2024-07-05T10:00:00Z", "2024-07-06", s("oversight.line_management:N000001:E5:2024-07-04")));

    // The other alerts of the same entry stay.
    Nominal n = busy();
    n.overrides = {{key, s("in1"), ts("2024-07-05T10:00:00Z"), s("Reason.")}};
    CHECK(keysOf(engine().evaluate(n, d("2024-07-06"))).contains(s("risk.escalation_review:N000001:E5:2024-07-04")));
}

TEST_CASE("rules: a later occurrence after an override is a new alert", "[rules][engine][override]")
{
    Nominal n = quietNominal();
    ArmsAssessment a;
    a.completedOn = d("2023-08-31");
    a.by = s("pc1");
    n.arms = {a};
    n.riskHistory = {{d("2020-01-01"), RiskLevel::High}};
    n.overrides = {{s("arms.review:N000001:2024-02-29"), s("in1"), ts("2024-03-01T09:00:00Z"), s("Reason.")}};
    CHECK(run(n, "2024-02-29", "arms.review").size() == 1);
    CHECK(run(n, "2024-03-05", "arms.review").isEmpty());
    a.completedOn = d("2024-03-10");
    n.arms.append(a);
    CHECK(keysOf(run(n, "2024-09-11", "arms.review")) == QStringList{s("arms.review:N000001:2024-09-10")});
}

TEST_CASE("rules: a what-if policy moves due dates and windows", "[rules][engine][policy]")
{
    Nominal n = quietNominal();
    n.arms = {};
    n.custody = {{d("2023-09-01"), std::nullopt, d("2024-02-29")}};
    const auto whatIf =
        Policy::fromJson(QByteArray(R"({"arms_after_release_days": 28, "warn_days": 21})"), Policy::defaults());
    REQUIRE(whatIf.ok());
    checkWindow(n, "arms.post_release", s("arms.post_release:N000001:2024-03-28"), d("2024-03-28"), d("2024-03-07"),
                engine(*whatIf));
    CHECK(keysOf(run(n, "2024-04-12", "arms.post_release")) == QStringList{s("arms.post_release:N000001:2024-04-11")});

    // The example what-if file shipped in resources/ makes the same change.
    const auto example =
        Policy::fromJson(test::readFile(test::sourceDir() + s("/resources/policy-example.json")), Policy::defaults());
    REQUIRE(example.ok());
    CHECK(keysOf(run(n, "2024-03-07", "arms.post_release", engine(*example))) ==
          QStringList{s("arms.post_release:N000001:2024-03-28")});
}

TEST_CASE("rules: alert owners follow the owner at asOf", "[rules][engine]")
{
    Nominal n = busy();
    n.owner = s("pc9");
    n.transfers = {{d("2024-07-10"), s("pc1"), s("pc9"), std::nullopt}};
    const auto before = engine().evaluate(n, d("2024-07-04"));
    REQUIRE(!alertsOf(before, "oversight.line_management").isEmpty());
    CHECK(alertsOf(before, "oversight.line_management")[0].owner == s("ps1")); // pc1's sergeant
    CHECK(alertsOf(before, "entries.acknowledge")[0].owner == s("pc1"));
    const auto after = engine().evaluate(n, d("2024-07-10"));
    CHECK(alertsOf(after, "oversight.line_management")[0].owner == std::nullopt); // pc9's team has no sergeant
    CHECK(alertsOf(after, "case.transfer_acknowledge")[0].owner == s("pc9"));
    CHECK(alertsOf(after, "entries.acknowledge").isEmpty()); // before the transfer: covered by it

    n.area = s("Area 2");
    CHECK(alertsOf(engine().evaluate(n, d("2024-07-04")), "risk.escalation_review")[0].owner == std::nullopt);
}

TEST_CASE("rules: ARMS priority queue bands", "[rules][engine][arms]")
{
    const auto make = [](const char* rule, const char* nominal, const char* due, AlertStatus status) {
        Alert a;
        a.rule = s(rule);
        a.nominal = s(nominal);
        a.due = d(due);
        a.status = status;
        a.key = a.rule + s(":") + a.nominal + s(":") + s(due);
        return a;
    };
    const QList<Alert> alerts{
        make("arms.review", "N5", "2024-03-01", AlertStatus::Overdue),
        make("arms.post_release", "N2", "2024-06-01", AlertStatus::Due),
        make("visits.overdue", "N7", "2024-01-01", AlertStatus::Overdue),
        make("arms.new_registration", "N4", "2024-04-01", AlertStatus::Overdue),
        make("arms.post_release", "N1", "2024-06-01", AlertStatus::Due),
        make("arms.post_release", "N6", "2024-06-10", AlertStatus::Due),
        make("arms.review", "N3", "2024-05-01", AlertStatus::Overdue),
        make("arms.review", "N8", "2024-03-02", AlertStatus::Overdue),
    };
    const QHash<QString, std::optional<RiskLevel>> risk{{s("N1"), RiskLevel::Low},      {s("N2"), RiskLevel::Medium},
                                                        {s("N3"), RiskLevel::High},     {s("N4"), RiskLevel::Medium},
                                                        {s("N5"), RiskLevel::Low},      {s("N6"), RiskLevel::VeryHigh},
                                                        {s("N7"), RiskLevel::VeryHigh}, {s("N8"), std::nullopt}};
    const auto queue = armsPriorityQueue(alerts, risk);
    QStringList nominals;
    for (const Alert& a : queue) {
        nominals.append(a.nominal);
    }
    CHECK(nominals == QStringList{s("N3"), s("N6"), s("N1"), s("N2"), s("N4"), s("N5"), s("N8")});
    CHECK(armsPriorityBand(alerts[6], RiskLevel::High) == 1);
    CHECK(armsPriorityBand(alerts[1], RiskLevel::Low) == 2);
    CHECK(armsPriorityBand(alerts[3], std::nullopt) == 3);
    CHECK(armsPriorityBand(alerts[0], RiskLevel::Medium) == 4);
    CHECK(armsPriorityBand(alerts[2], RiskLevel::High) == 0);
}

TEST_CASE("rules: ARMS priority queue from evaluated nominals", "[rules][engine][arms]")
{
    // N1: high risk, ARMS review overdue; N2: released, low risk; N3: new, medium risk.
    Nominal a = quietNominal();
    a.ref = s("N1");
    ArmsAssessment old;
    old.completedOn = d("2023-01-01");
    old.by = s("pc1");
    a.arms = {old};
    a.riskHistory = {{d("2020-01-01"), RiskLevel::High}};
    Nominal b = quietNominal();
    b.ref = s("N2");
    b.arms = {old};
    b.riskHistory = {{d("2020-01-01"), RiskLevel::Low}};
    b.custody = {{d("2023-02-01"), std::nullopt, d("2024-05-01")}};
    Nominal c = quietNominal();
    c.ref = s("N3");
    c.arms = {};
    c.registration.firstNotified = d("2024-05-01");
    c.riskHistory = {{d("2024-05-01"), RiskLevel::Medium}};

    const RulesEngine e = engine();
    const QDate asOf = d("2024-06-15");
    QList<Alert> all;
    QHash<QString, std::optional<RiskLevel>> risk;
    for (const Nominal* n : {&c, &b, &a}) {
        all += e.evaluate(*n, asOf);
        risk.insert(n->ref, e.riskAt(*n, asOf));
    }
    sortAlerts(all);
    CHECK(keysOf(armsPriorityQueue(all, risk)) == QStringList{s("arms.review:N1:2023-07-01"),
                                                              s("arms.post_release:N2:2024-06-12"),
                                                              s("arms.new_registration:N3:2024-06-12")});
}
