// The idle lock and sign-out: the records are taken out of the window while it is locked,
// open dialogs are hidden with their input, every action is off, and the signed-in user's
// password (checked by the services, with their failure count and lockout) brings it back.

#include "MainWindow.h"

#include "IdleWatcher.h"
#include "ServiceRunner.h"
#include "views/LockScreen.h"

#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenuBar>

#include <spdlog/spdlog.h>

namespace somdesk {

void MainWindow::setupIdleLock()
{
    m_idle = new IdleWatcher(this);
    // One small row the services keep at hand (as the dialogs read it).
    auto policy = m_services->policy(m_session);
    const int minutes = policy ? policy->number(QStringLiteral("lock_minutes")) : 15;
    m_idle->setInterval(std::chrono::minutes(std::max(1, minutes)));
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    m_idle->restart();
}

void MainWindow::setLockAfter(std::chrono::milliseconds idle)
{
    m_idle->setInterval(idle);
    if (!isLocked()) {
        m_idle->restart();
    }
}

void MainWindow::lock()
{
    if (isLocked()) {
        return;
    }
    m_idle->stop();
    for (QDialog* d : findChildren<QDialog*>()) {
        if (d->isVisible()) {
            m_lockedDialogs << d;
            d->hide();
        }
    }
    for (QAction* a : findChildren<QAction*>()) {
        if (a->isEnabled()) {
            m_lockedActions << a;
            a->setEnabled(false);
        }
    }
    menuBar()->setEnabled(false);
    const QString collar = m_session.collar.value_or(QString());
    m_lockScreen =
        new LockScreen(collar.isEmpty() ? m_session.name : QStringLiteral("%1 (%2)").arg(m_session.name, collar), this);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlockWith);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    m_lockedCentral = takeCentralWidget();
    m_lockedCentral->hide();
    setCentralWidget(m_lockScreen);
    m_lockScreen->reset();
    spdlog::info("session of {} locked", m_session.username.toStdString());
    emit locked();
}

void MainWindow::unlockWith(const QByteArray& password)
{
    if (!isLocked()) {
        return;
    }
    m_lockScreen->setBusy(true);
    Services* services = m_services.get();
    const QString username = m_session.username;
    QByteArray pw = password; // wiped by signIn
    m_runner->run(
        this, [services, username, pw]() mutable { return services->signIn(username, pw); },
        [this](Result<Session> session) {
            if (!isLocked()) {
                return;
            }
            if (!session) {
                m_lockScreen->setBusy(false);
                m_lockScreen->showError(session.error().message);
                return;
            }
            unlock();
        });
}

void MainWindow::unlock()
{
    takeCentralWidget()->deleteLater(); // the lock screen
    m_lockScreen = nullptr;
    setCentralWidget(m_lockedCentral);
    m_lockedCentral->show();
    m_lockedCentral = nullptr;
    menuBar()->setEnabled(true);
    for (const QPointer<QAction>& a : std::as_const(m_lockedActions)) {
        if (a) {
            a->setEnabled(true);
        }
    }
    m_lockedActions.clear();
    updateCaseActions(); // what may be done now, not what could before
    for (const QPointer<QDialog>& d : std::as_const(m_lockedDialogs)) {
        if (d) {
            d->show();
        }
    }
    m_lockedDialogs.clear();
    m_idle->restart();
    spdlog::info("session of {} unlocked", m_session.username.toStdString());
    emit unlocked();
}

void MainWindow::signOut()
{
    spdlog::info("{} signed out", m_session.username.toStdString());
    saveSettings();
    // Hidden, not closed: closing the last window would also ask the application to quit.
    hide();
    QApplication::exit(kSignedOutExitCode);
}

} // namespace somdesk
