// Never act on the wrong record: a record opens only by an explicit choice, Tab leaves the
// tables, the caseload marks the record on screen, Ctrl+N on the Search tab writes to the
// record on screen (not the search hit), and a selection of entries is acknowledged at once.

#include "CaseworkHarness.h"
#include "MainWindow.h"
#include "Settings.h"
#include "dialogs/AddEntryDialog.h"
#include "models/CaseloadModel.h"
#include "models/ChronologyModel.h"
#include "models/ItemRoles.h"
#include "models/SearchResultsModel.h"
#include "models/StatusColours.h"
#include "views/NominalView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFont>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace somdesk;
using namespace somdesk::test;

namespace {

// Long enough for any delayed opening to have fired.
constexpr int kSettleMs = 700;

void activate(MainWindow& window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("ui: moving through the caseload or typing in its filter opens nothing; Enter does, and Tab leaves")
{
    Harness h(signInOfficer());
    activate(*h.window);
    auto* table = h.window->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    auto* filter = h.window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    REQUIRE(table != nullptr);
    REQUIRE(filter != nullptr);
    REQUIRE(table->model()->rowCount() >= 3);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::qWait(kSettleMs);
    CHECK(h.shown.isEmpty());
    CHECK(h.window->nominalView()->currentRef().isEmpty());

    const QString first = h.window->caseloadModel()->caseAt(0).ref;
    QTest::keyClicks(filter, first);
    QTest::qWait(kSettleMs);
    CHECK(h.shown.isEmpty());
    filter->clear();

    // Enter opens the current row, and the caseload marks it as the one on screen.
    table->setFocus();
    const QString chosen = table->currentIndex().data(RefRole).toString();
    REQUIRE_FALSE(chosen.isEmpty());
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return h.shown == chosen && !h.window->isBusy(); }, kTimeoutMs));
    CHECK(h.window->caseloadModel()->openRef() == chosen);
    const int row = h.window->caseloadModel()->rowOfRef(chosen);
    const QModelIndex shownIndex = h.window->caseloadModel()->index(row, CaseloadModel::Name);
    CHECK(shownIndex.data(Qt::FontRole).value<QFont>().bold());
    CHECK(shownIndex.data(Qt::ToolTipRole).toString().contains(QStringLiteral("record pane")));

    // Moving on leaves that record on screen and still marked.
    QTest::keyClick(table, Qt::Key_Down);
    QTest::qWait(kSettleMs);
    CHECK(h.window->nominalView()->currentRef() == chosen);
    CHECK(table->currentIndex().data(RefRole).toString() != chosen);
    CHECK(h.window->caseloadModel()->openRef() == chosen);

    // Tab leaves the table instead of walking its cells.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table);
}

TEST_CASE("ui: Ctrl+N on the Search tab adds to the record on screen, named in the dialog, not to the hit")
{
    Harness h(signInOfficer());
    activate(*h.window);
    const CaseSummary shownCase = h.window->caseloadModel()->caseAt(0);
    const CaseSummary other = h.window->caseloadModel()->caseAt(1);
    h.open(shownCase.ref);

    bool finished = false;
    QObject::connect(h.window.get(), &MainWindow::searchFinished, h.window.get(), [&] { finished = true; });
    h.action("actionShowSearch")->trigger();
    h.window->search(other.familyName);
    REQUIRE(QTest::qWaitFor([&] { return finished && !h.window->isBusy(); }, kTimeoutMs));
    auto* results = h.window->findChild<QTableView*>(QStringLiteral("searchTable"));
    REQUIRE(results != nullptr);
    int hitRow = -1;
    for (int r = 0; r < h.window->searchModel()->rowCount() && hitRow < 0; ++r) {
        if (h.window->searchModel()->hitAt(r).ref == other.ref) {
            hitRow = r;
        }
    }
    REQUIRE(hitRow >= 0);
    results->setFocus();
    results->setCurrentIndex(results->model()->index(hitRow, 0)); // selected, not opened
    CHECK_FALSE(h.window->isCaseloadTabCurrent());

    QTest::keyClick(results, Qt::Key_N, Qt::ControlModifier);
    QPointer<AddEntryDialog> dialog;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = h.window->findChild<AddEntryDialog*>();
            return dialog && dialog->isVisible();
        },
        kTimeoutMs));
    CHECK(dialog->windowTitle().contains(shownCase.ref));
    CHECK_FALSE(dialog->windowTitle().contains(other.ref));
    CHECK(h.window->nominalView()->currentRef() == shownCase.ref);
    dialog->reject();
}

TEST_CASE("ui: a selection of entries is acknowledged in one step, leaving out the officer's own")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    QAction* acknowledge = h.action("actionAcknowledge");

    // A case with at least two entries by others that the officer has not acknowledged.
    QStringList targets;
    QString own;
    for (int c = 0; c < h.window->caseloadModel()->rowCount() && targets.size() < 2; ++c) {
        h.open(h.window->caseloadModel()->caseAt(c).ref);
        targets.clear();
        own.clear();
        ChronologyModel* chronology = h.window->chronologyModel();
        for (int r = 0; r < chronology->rowCount(); ++r) {
            const Entry& e = chronology->entryAt(r);
            const bool seen = std::any_of(e.acknowledged.cbegin(), e.acknowledged.cend(),
                                          [&](const Acknowledgement& a) { return a.by == officer; });
            if (e.by == officer && own.isEmpty()) {
                own = e.id;
            } else if (e.by != officer && !seen && targets.size() < 2) {
                targets << e.id;
            }
        }
    }
    REQUIRE(targets.size() == 2);
    const QString ref = h.window->nominalView()->currentRef();

    QTableView* table = h.window->nominalView()->tableOf(NominalView::Tab::Chronology);
    QAbstractItemModel* model = table->model();
    QStringList toSelect = targets;
    if (!own.isEmpty()) {
        toSelect << own;
    }
    table->clearSelection();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (toSelect.contains(model->index(r, ChronologyModel::Id).data().toString())) {
            table->selectionModel()->select(model->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    REQUIRE(h.window->nominalView()->selectedEntries().size() == toSelect.size());
    REQUIRE(acknowledge->isEnabled());
    CHECK(acknowledge->text().contains(QStringLiteral("2 entries")));

    h.alertsLoaded = false;
    acknowledge->trigger();
    h.waitForReload();
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy() && h.shown == ref; }, kTimeoutMs));
    for (const QString& id : targets) {
        const Entry* e = h.entry(id);
        REQUIRE(e != nullptr);
        CHECK(std::count_if(e->acknowledged.cbegin(), e->acknowledged.cend(),
                            [&](const Acknowledgement& a) { return a.by == officer; }) == 1);
    }
    if (!own.isEmpty()) {
        const Entry* e = h.entry(own);
        REQUIRE(e != nullptr);
        CHECK(std::none_of(e->acknowledged.cbegin(), e->acknowledged.cend(),
                           [&](const Acknowledgement& a) { return a.by == officer; }));
    }
}

TEST_CASE("ui: the record tab and chronology filter come back for the same user only, on a shared workstation")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Settings shared(dir.filePath(QStringLiteral("settings.ini")));
    {
        Harness officer(signInOfficer(), &shared);
        officer.open(officer.window->caseloadModel()->caseAt(0).ref);
        officer.window->nominalView()->setCurrentTab(NominalView::Tab::Visits);
        officer.window->nominalView()->setTypeFilter(EntryType::Concern);
        auto* onlyMine = officer.window->findChild<QCheckBox*>(QStringLiteral("onlyMineCheck"));
        REQUIRE(onlyMine != nullptr);
        onlyMine->setChecked(false);
        officer.action("actionDarkPalette")->setChecked(true);
        CHECK(colours::isDark(QApplication::palette()));
        officer.window->close(); // saves
    }
    {
        Harness inspector(signInInspector(), &shared);
        CHECK(inspector.window->nominalView()->currentTab() == NominalView::Tab::Chronology);
        CHECK_FALSE(inspector.window->nominalView()->typeFilter().has_value());
        CHECK(inspector.window->findChild<QCheckBox*>(QStringLiteral("onlyMineCheck"))->isChecked());
        CHECK_FALSE(colours::isDark(QApplication::palette())); // the inspector's own (default) palette
        CHECK_FALSE(inspector.action("actionDarkPalette")->isChecked());
        inspector.window->close();
    }
    Harness again(signInOfficer(), &shared);
    CHECK(again.window->nominalView()->currentTab() == NominalView::Tab::Visits);
    CHECK(again.window->nominalView()->typeFilter() == std::optional<EntryType>(EntryType::Concern));
    CHECK_FALSE(again.window->findChild<QCheckBox*>(QStringLiteral("onlyMineCheck"))->isChecked());
    again.open(again.window->caseloadModel()->caseAt(0).ref);
    CHECK(again.window->nominalView()->currentTab() == NominalView::Tab::Visits); // opening keeps it
    CHECK(colours::isDark(QApplication::palette()));
    CHECK(again.action("actionDarkPalette")->isChecked());
    again.action("actionDarkPalette")->setChecked(false);
    CHECK_FALSE(colours::isDark(QApplication::palette()));
}
