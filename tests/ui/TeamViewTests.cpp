// The supervisor's Team tab: each officer of the team with the cases they hold against the
// policy's limit and the alerts on them, and the drill-down to one officer's caseload.
// Real demo database, real services, offscreen.

#include "CaseworkHarness.h"
#include "models/CaseloadFilterModel.h"
#include "models/ItemRoles.h"
#include "models/WorkloadModel.h"
#include "views/TeamView.h"

#include <QTableView>

#include <map>

using namespace somdesk;
using namespace somdesk::test;

TEST_CASE("ui: a sergeant's Team tab counts each officer's cases and alerts, and drills down to them")
{
    SignedIn signedIn = signInAs(Role::Sergeant);
    const Session sergeant = signedIn.session;
    Harness h(std::move(signedIn));
    TeamView* team = h.window->teamView();
    REQUIRE(team != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return team->officersModel()->rowCount() > 0 && !h.window->isBusy(); }, kTimeoutMs));

    // What the services say, independently of the window.
    std::unique_ptr<Services> services = openCaseworkServices();
    auto cases = services->caseload(sergeant);
    REQUIRE(cases.ok());
    std::map<QString, int> held;
    for (const CaseSummary& c : *cases) {
        ++held[c.owner];
    }
    WorkloadModel* model = team->officersModel();
    REQUIRE(model->rowCount() == int(held.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString officer = model->keyAt(row);
        INFO(officer.toStdString());
        REQUIRE(held.count(officer) == 1);
        const QString shown = model->index(row, WorkloadModel::Cases).data().toString();
        CHECK(shown.startsWith(QStringLiteral("%1 of 60").arg(held[officer])));
        // Over the limit is said in words, not only in colour.
        CHECK(shown.contains(QStringLiteral("over the limit")) == (held[officer] > 60));
        // The officer by name and collar number, never the bare username.
        const QString who = model->index(row, WorkloadModel::Who).data().toString();
        CHECK(who != officer);
        CHECK(who.contains(QLatin1Char('(')));
        // Overdue alerts: those of an owner-filtered alerts run.
        AlertQuery q;
        q.asOf = londonDate(QDateTime::currentDateTimeUtc());
        q.owner = officer;
        auto run = services->alerts(sergeant, q);
        REQUIRE(run.ok());
        int overdue = 0;
        for (const Alert& a : run->alerts) {
            overdue += a.status == AlertStatus::Overdue ? 1 : 0;
        }
        CHECK(model->index(row, WorkloadModel::Overdue).data().toInt() == overdue);
    }
    CHECK(team->heading().contains(sergeant.team));
    // The ARMS priority queue: every due or overdue ARMS alert of the team, band 1 first.
    AlertQuery all;
    all.asOf = londonDate(QDateTime::currentDateTimeUtc());
    auto everything = services->alerts(sergeant, all);
    REQUIRE(everything.ok());
    int armsAlerts = 0;
    for (const Alert& a : everything->alerts) {
        armsAlerts += a.rule.startsWith(QLatin1String("arms.")) && a.status != AlertStatus::Info ? 1 : 0;
    }
    QAbstractItemModel* queue = team->armsQueueTable()->model();
    CHECK(queue->rowCount() == armsAlerts);
    for (int row = 1; row < queue->rowCount(); ++row) {
        CHECK(queue->index(row - 1, 0).data().toString().left(1) <= queue->index(row, 0).data().toString().left(1));
    }
    CHECK_FALSE(team->officersTable()->accessibleName().isEmpty());
    CHECK_FALSE(team->officersTable()->tabKeyNavigation());

    // Ctrl+4 shows the tab; activating an officer narrows the caseload to their cases.
    h.action("actionShowTeam")->trigger();
    CHECK(h.window->findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget() == team);
    QTableView* table = team->officersTable();
    const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
    const QString officer = last.data(OwnerRole).toString();
    emit table->activated(last);
    CHECK(h.window->officerFilter() == officer);
    CaseloadFilterModel* proxy = h.window->caseloadProxy();
    REQUIRE(proxy->rowCount() == held[officer]);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        CHECK(proxy->index(row, 0).data(OwnerRole).toString() == officer);
    }
}

TEST_CASE("ui: officers have no Team tab")
{
    Harness h(signInOfficer());
    CHECK(h.window->teamView() == nullptr);
    CHECK(h.window->findChild<QAction*>(QStringLiteral("actionShowTeam")) == nullptr);
}
