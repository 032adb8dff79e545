// The idle lock: after the idle interval the records give way to the lock screen, an open
// dialog is hidden with its input and every action is off; a wrong password keeps it locked,
// the right one brings back the record and the dialog as they were.

#include "CaseworkHarness.h"
#include "IdleWatcher.h"
#include "dialogs/AddEntryDialog.h"
#include "views/LockScreen.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

using namespace somdesk;
using namespace somdesk::test;

TEST_CASE("ui: the window locks when idle, hides an open dialog, and unlocks only with the password")
{
    Harness h(signInOfficer());
    const QString ref = h.window->caseloadModel()->caseAt(0).ref;
    h.open(ref);
    QPointer<AddEntryDialog> dialog = h.window->openAddEntryDialog();
    REQUIRE(dialog);
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("textEdit"));
    REQUIRE(text != nullptr);
    text->setPlainText(QStringLiteral("Half-written note that must survive the lock"));
    auto* caseload = h.window->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    REQUIRE(caseload != nullptr);
    CHECK(caseload->isVisible());

    bool locked = false;
    QObject::connect(h.window.get(), &MainWindow::locked, h.window.get(), [&] { locked = true; });
    h.window->setLockAfter(std::chrono::milliseconds(200));
    REQUIRE(QTest::qWaitFor([&] { return locked; }, kTimeoutMs));
    CHECK(h.window->isLocked());
    CHECK_FALSE(caseload->isVisible()); // nothing of any case is shown
    CHECK_FALSE(dialog->isVisible());
    CHECK_FALSE(h.action("actionAddEntry")->isEnabled());
    CHECK_FALSE(h.action("actionRefresh")->isEnabled());
    CHECK(h.window->openLogVisitDialog() == nullptr);

    LockScreen* screen = h.window->lockScreen();
    REQUIRE(screen != nullptr);
    bool unlocked = false;
    QObject::connect(h.window.get(), &MainWindow::unlocked, h.window.get(), [&] { unlocked = true; });
    screen->passwordEdit()->setText(QStringLiteral("not the password"));
    QTest::keyClick(screen->passwordEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !screen->errorText().isEmpty(); }, kTimeoutMs));
    CHECK(h.window->isLocked());
    CHECK_FALSE(unlocked);
    CHECK(screen->passwordEdit()->text().isEmpty()); // not kept in the field

    screen->passwordEdit()->setText(QString::fromUtf8(kPassword));
    QTest::keyClick(screen->passwordEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return unlocked; }, kTimeoutMs));
    CHECK_FALSE(h.window->isLocked());
    CHECK(caseload->isVisible());
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(text->toPlainText() == QStringLiteral("Half-written note that must survive the lock"));
    CHECK(h.window->nominalView()->currentRef() == ref);
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy(); }, kTimeoutMs));
    CHECK(h.action("actionLock")->isEnabled());
    dialog->reject();
}

TEST_CASE("ui: the idle interval is the policy's lock_minutes and input restarts it")
{
    Harness h(signInOfficer());
    auto* watcher = h.window->findChild<IdleWatcher*>();
    REQUIRE(watcher != nullptr);
    CHECK(watcher->interval() == std::chrono::minutes(15)); // the default policy
    CHECK(watcher->isActive());
    CHECK(h.action("actionLock")->shortcut() == QKeySequence(QStringLiteral("Ctrl+L")));

    // Key presses more often than the interval keep it from locking.
    bool locked = false;
    QObject::connect(h.window.get(), &MainWindow::locked, h.window.get(), [&] { locked = true; });
    h.window->setLockAfter(std::chrono::milliseconds(400));
    auto* filter = h.window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    REQUIRE(filter != nullptr);
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(filter, Qt::Key_Shift);
        QTest::qWait(150);
    }
    CHECK_FALSE(locked);
    REQUIRE(QTest::qWaitFor([&] { return locked; }, kTimeoutMs));
}
