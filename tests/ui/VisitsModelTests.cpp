// The case record's visits list: the facts behind visits.predictable and visits.unverified
// in words (day of the week, time, announced, what was verified), newest first.

#include "ModelTesterWarnings.h"
#include "models/VisitsModel.h"

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

Visit visit(QDate on, VisitType type, bool announced, std::optional<QTime> time, QStringList checks,
            std::optional<QString> verified)
{
    Visit v;
    v.date = on;
    v.by = QStringLiteral("pc1000");
    v.type = type;
    v.announced = announced;
    v.time = time;
    v.checks = std::move(checks);
    v.verified = std::move(verified);
    return v;
}

} // namespace

TEST_CASE("ui: visits model passes the model tester and shows the pattern in words")
{
    test::ModelTesterWarnings warnings;
    VisitsModel model;
    warnings.watch(&model);
    Session me;
    me.username = QStringLiteral("pc1000");
    me.name = QStringLiteral("Morgan Stubworth");
    me.collar = QStringLiteral("1000");
    const UserDirectory directory(me);

    const Visit older = visit(QDate(2024, 5, 27), VisitType::Home, true, QTime(18, 30),
                              {QStringLiteral("address"), QStringLiteral("devices")}, std::nullopt);
    const Visit newer = visit(QDate(2024, 6, 3), VisitType::Home, false, std::nullopt, {}, QStringLiteral("  "));
    const Visit office =
        visit(QDate(2024, 5, 30), VisitType::Office, true, QTime(10, 0), {}, QStringLiteral("Payslip"));
    model.setVisits({older, office, newer}, directory);
    model.setVisits({}, directory);
    model.setVisits({older, office, newer}, directory);
    CHECK(warnings.failures().isEmpty());

    REQUIRE(model.rowCount() == 3);
    // Newest first.
    CHECK(model.index(0, VisitsModel::Date).data().toString() == QStringLiteral("03 Jun 2024"));
    CHECK(model.index(1, VisitsModel::Type).data().toString() == QStringLiteral("Office"));
    CHECK(model.index(2, VisitsModel::Day).data().toString() == QStringLiteral("Monday"));
    CHECK(model.index(2, VisitsModel::Time).data().toString() == QStringLiteral("18:30"));
    CHECK(model.index(0, VisitsModel::Time).data().toString() == QStringLiteral("not recorded"));
    CHECK(model.index(2, VisitsModel::Announced).data().toString() == QStringLiteral("Announced"));
    CHECK(model.index(0, VisitsModel::Announced).data().toString() == QStringLiteral("Unannounced"));
    CHECK(model.index(2, VisitsModel::Verified).data().toString() == QStringLiteral("address, devices"));
    CHECK(model.index(1, VisitsModel::Verified).data().toString() == QStringLiteral("Payslip"));
    // Nothing verified is said in words, not only in colour.
    CHECK(model.index(0, VisitsModel::Verified).data().toString() == QStringLiteral("Nothing verified"));
    CHECK(model.index(0, VisitsModel::Verified).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(2, VisitsModel::Verified).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(0, VisitsModel::Officer).data().toString() == QStringLiteral("Morgan Stubworth"));
    CHECK(model.headerData(VisitsModel::Announced, Qt::Horizontal).toString() == QStringLiteral("Announced"));
}
