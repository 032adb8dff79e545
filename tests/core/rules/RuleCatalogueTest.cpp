// One vocabulary: every rule id of rules.md has exactly one catalogue row, and the row's
// owner role is the one the rules engine gives its alerts.

#include "core/rules/RuleCatalogue.h"
#include "RulesTestSupport.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace somdesk;

TEST_CASE("the rule catalogue lists each rule of rules.md once, with a title", "[rules][catalogue]")
{
    const QStringList expected{
        QStringLiteral("arms.post_release"),
        QStringLiteral("arms.new_registration"),
        QStringLiteral("arms.review"),
        QStringLiteral("risk.escalation_review"),
        QStringLiteral("oversight.line_management"),
        QStringLiteral("mappa.level2_consideration"),
        QStringLiteral("mappa.post_sentence_screening"),
        QStringLiteral("mappa.pre_release_screening"),
        QStringLiteral("entries.acknowledge"),
        QStringLiteral("case.transfer_acknowledge"),
        QStringLiteral("visits.overdue"),
        QStringLiteral("disclosure.trigger"),
        QStringLiteral("management.reactive_eligible"),
        QStringLiteral("management.reactive_review"),
        QStringLiteral("notification.annual"),
        QStringLiteral("notification.indefinite_review"),
        QStringLiteral("visits.predictable"),
        QStringLiteral("visits.unverified"),
        QStringLiteral("plan.escalation_trigger"),
    };
    QStringList ids;
    QSet<QString> titles;
    for (const RuleInfo& r : RuleCatalogue::all()) {
        ids.append(QString::fromUtf8(r.id));
        titles.insert(QString::fromUtf8(r.title));
        CHECK_FALSE(QString::fromUtf8(r.title).trimmed().isEmpty());
    }
    CHECK(ids == expected);
    CHECK(titles.size() == ids.size()); // no two rules read alike
    CHECK(RuleCatalogue::title(QStringLiteral("no.such_rule")) == QStringLiteral("no.such_rule"));
    CHECK_FALSE(RuleCatalogue::find(QStringLiteral("no.such_rule")).has_value());
}

TEST_CASE("catalogue owner roles follow rules.md's owner column", "[rules][catalogue]")
{
    CHECK(RuleCatalogue::find(QStringLiteral("risk.escalation_review"))->ownerRole == Role::Inspector);
    CHECK(RuleCatalogue::find(QStringLiteral("oversight.line_management"))->ownerRole == Role::Sergeant);
    CHECK(RuleCatalogue::find(QStringLiteral("disclosure.trigger"))->ownerRole == Role::Sergeant);
    CHECK(RuleCatalogue::find(QStringLiteral("plan.escalation_trigger"))->ownerRole == Role::Inspector);
    CHECK(RuleCatalogue::find(QStringLiteral("visits.overdue"))->ownerRole == Role::Officer);
    CHECK(RuleCatalogue::find(QStringLiteral("notification.indefinite_review"))->ownerRole == Role::Inspector);
    CHECK(RuleCatalogue::find(QStringLiteral("management.reactive_eligible"))->severity == RuleSeverity::Advisory);
}
