#include "demo/DemoGenerator.h"
#include "core/rules/RulesEngine.h"

#include <catch2/catch.hpp>

#include <QMap>

#include <cstdio>

using namespace somdesk;
using namespace Qt::StringLiterals;

namespace {

struct Tally {
    QMap<QString, QMap<QString, int>> perRule; // rule -> status -> alerts
    int nominalsWithOverdue = 0;
    int registered = 0;
};

Tally tally(const Bundle& b, QDate asOf)
{
    const RulesEngine engine(Policy::defaults(), Directory::fromUsers(b.users));
    Tally t;
    for (const Nominal& n : b.nominals) {
        const QList<Alert> alerts = engine.evaluate(n, asOf);
        bool overdue = false;
        for (const Alert& a : alerts) {
            ++t.perRule[a.rule][toString(a.status)];
            overdue = overdue || a.status == AlertStatus::Overdue;
        }
        t.nominalsWithOverdue += overdue ? 1 : 0;
        t.registered += isRegisteredOn(n, asOf) ? 1 : 0;
    }
    return t;
}

} // namespace

TEST_CASE("demo: every rule fires for some nominals while most cases are compliant")
{
    const QDate today(2026, 3, 15);
    for (const int count : {200, 500, 2000}) {
        DemoOptions o;
        o.nominals = count;
        o.seed = 3;
        o.today = today;
        const Bundle b = DemoGenerator::generate(o);
        const Tally t = tally(b, today);
        if (qEnvironmentVariableIsSet("SOMDESK_DEMO_VERBOSE")) {
            std::printf("%d nominals, %d registered, %d with an overdue alert\n", count, t.registered,
                        t.nominalsWithOverdue);
            for (auto it = t.perRule.cbegin(); it != t.perRule.cend(); ++it) {
                std::printf("  %-32s overdue %4d  due %4d  info %4d\n", qPrintable(it.key()),
                            it.value().value(u"overdue"_s), it.value().value(u"due"_s), it.value().value(u"info"_s));
            }
        }
        for (const QString& rule : RulesEngine::ruleIds()) {
            INFO(count << " nominals, rule " << rule.toStdString());
            CHECK(t.perRule.contains(rule));
        }
        // Mostly compliant: most cases have nothing overdue.
        CHECK(t.nominalsWithOverdue < count / 3);
    }
}
