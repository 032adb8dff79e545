#include "RulesTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::rulestest;

namespace {

Alert make(const char* key, const char* rule, const char* nominal, AlertStatus status, std::optional<QDate> due)
{
    Alert a;
    a.key = s(key);
    a.rule = s(rule);
    a.nominal = s(nominal);
    a.status = status;
    a.due = due;
    return a;
}

} // namespace

TEST_CASE("rules: alert statuses spell as the contract", "[rules][alert]")
{
    CHECK(toString(AlertStatus::Overdue) == s("overdue"));
    CHECK(toString(AlertStatus::Due) == s("due"));
    CHECK(toString(AlertStatus::Info) == s("info"));
}

TEST_CASE("rules: alerts JSON has the contract fields in contract order", "[rules][alert]")
{
    Alert a = make("entries.acknowledge:N000123:E12:2016-10-24", "entries.acknowledge", "N000123", AlertStatus::Overdue,
                   d("2016-10-24"));
    a.daysOverdue = 3;
    a.ownerRole = Role::Officer;
    a.owner = s("pc4521");
    a.reason = s("Note entry E12 of 2016-10-17 said \"hi\"\\ \n\ttab \x01 café.");
    a.clearsWhen = s("The owning officer acknowledges entry E12.");
    Alert b = make("management.reactive_eligible:N000124:info", "management.reactive_eligible", "N000124",
                   AlertStatus::Info, std::nullopt);
    b.ownerRole = Role::Sergeant;
    b.reason = s("R.");
    b.clearsWhen = s("C.");

    const QByteArray json = alertsToJson({a, b});
    const QByteArray expected = QByteArrayLiteral(
        "[\n"
        "  {\n"
        "    \"key\": \"entries.acknowledge:N000123:E12:2016-10-24\",\n"
        "    \"rule\": \"entries.acknowledge\",\n"
        "    \"nominal\": \"N000123\",\n"
        "    \"status\": \"overdue\",\n"
        "    \"due\": \"2016-10-24\",\n"
        "    \"days_overdue\": 3,\n"
        "    \"owner_role\": \"officer\",\n"
        "    \"owner\": \"pc4521\",\n"
        "    \"reason\": \"Note entry E12 of 2016-10-17 said \\\"hi\\\"\\\\ \\n\\ttab \\u0001 caf\xc3\xa9.\",\n"
        "    \"clears_when\": \"The owning officer acknowledges entry E12.\"\n"
        "  },\n"
        "  {\n"
        "    \"key\": \"management.reactive_eligible:N000124:info\",\n"
        "    \"rule\": \"management.reactive_eligible\",\n"
        "    \"nominal\": \"N000124\",\n"
        "    \"status\": \"info\",\n"
        "    \"due\": null,\n"
        "    \"days_overdue\": 0,\n"
        "    \"owner_role\": \"sergeant\",\n"
        "    \"owner\": null,\n"
        "    \"reason\": \"R.\",\n"
        "    \"clears_when\": \"C.\"\n"
        "  }\n"
        "]\n");
    CHECK(json.toStdString() == expected.toStdString());

    // It is valid JSON carrying the same values as alertToJson.
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    CHECK(doc.array().at(0).toObject() == alertToJson(a));
    CHECK(doc.array().at(1).toObject() == alertToJson(b));
    CHECK(alertToJson(a).keys().size() == 10);
    CHECK(alertsToJson({}) == QByteArrayLiteral("[]\n"));
}

TEST_CASE("rules: alerts sort by status, due, nominal, rule, key", "[rules][alert]")
{
    QList<Alert> alerts{
        make("k9", "visits.overdue", "N2", AlertStatus::Info, std::nullopt),
        make("k8", "arms.review", "N1", AlertStatus::Due, d("2024-06-20")),
        make("k7", "arms.review", "N1", AlertStatus::Overdue, d("2024-06-01")),
        make("k6", "visits.overdue", "N1", AlertStatus::Overdue, d("2024-05-01")),
        make("k5", "arms.review", "N2", AlertStatus::Overdue, d("2024-05-01")),
        make("k4", "arms.review", "N1", AlertStatus::Overdue, d("2024-05-01")),
        make("k3b", "arms.review", "N1", AlertStatus::Due, d("2024-06-20")),
        make("k2", "arms.review", "N1", AlertStatus::Info, std::nullopt),
        make("k1", "arms.review", "N\u00e9", AlertStatus::Due, d("2024-06-20")),
        make("k0", "arms.review", "N\U0001F600", AlertStatus::Due, d("2024-06-20")),
        make("kz", "arms.review", "N\uFF21", AlertStatus::Due, d("2024-06-20")),
    };
    sortAlerts(alerts);
    // Code-point order puts U+FF21 before U+1F600, although UTF-16 units would not.
    CHECK(keysOf(alerts) == QStringList{s("k4"), s("k6"), s("k5"), s("k7"), s("k3b"), s("k8"), s("k1"), s("kz"),
                                        s("k0"), s("k2"), s("k9")});
}

TEST_CASE("rules: code-point comparison", "[rules][alert]")
{
    CHECK(compareCodePoints(s("a"), s("b")) < 0);
    CHECK(compareCodePoints(s("b"), s("a")) > 0);
    CHECK(compareCodePoints(s("a"), s("a")) == 0);
    CHECK(compareCodePoints(s("a"), s("ab")) < 0);
    CHECK(compareCodePoints(s("Z"), s("a")) < 0);
    CHECK(compareCodePoints(s("\uFFFD"), s("\U00010000")) < 0);
}
