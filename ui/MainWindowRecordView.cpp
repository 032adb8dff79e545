// The record pane's wiring: context menus on its tables, the Audit tab's trail (read when
// the tab is opened, since reading it is itself audited), the alerts of a record opened
// from outside the caseload, and the user guide.

#include "MainWindow.h"

#include "ServiceRunner.h"
#include "models/AlertsModel.h"
#include "models/ItemRoles.h"
#include "services/Permissions.h"
#include "views/NominalView.h"
#include "views/UserGuideWindow.h"

#include "ui_MainWindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStatusBar>

namespace somdesk {

void MainWindow::setupRecordView()
{
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionOpenFix, &QAction::triggered, this, [this] {
        if (const Alert* alert = m_nominalView->selectedAlert()) {
            openFixFor(*alert);
        }
    });
    connect(m_ui->actionCopyEntryId, &QAction::triggered, this, [this] {
        if (const Entry* e = m_nominalView->selectedEntry()) {
            QGuiApplication::clipboard()->setText(e->id);
            statusBar()->showMessage(tr("Entry id %1 copied.").arg(e->id), 3000);
        }
    });
    // Only what acts on the record shown, named in the dialog it opens: the caseload's menu
    // opens a record and nothing else, so a right click never acts on another nominal.
    m_ui->caseloadTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->caseloadTable->addAction(m_ui->actionOpenCase);
    m_ui->myWorkTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->myWorkTable->addAction(m_ui->actionOpenCase);
    m_nominalView->addContextActions(NominalView::Table::Alerts, {m_ui->actionOpenFix, m_ui->actionOverrideAlert});
    m_nominalView->addContextActions(
        NominalView::Table::Chronology,
        {m_ui->actionAcknowledge, m_ui->actionAddEntry, m_ui->actionRaiseConcern, m_ui->actionCopyEntryId});
    m_nominalView->addContextActions(NominalView::Table::Visits, {m_ui->actionLogVisit});

    m_nominalView->setAuditAvailable(isAllowed(m_session.role, Operation::ReadRecordAudit));
    connect(m_nominalView, &NominalView::auditTrailWanted, this, &MainWindow::readAuditTrail);
    connect(m_nominalView, &NominalView::selectedAlertChanged, this,
            [this] { m_ui->actionOpenFix->setEnabled(m_nominalView->selectedAlert() != nullptr); });
    connect(m_nominalView, &NominalView::selectedEntryChanged, this,
            [this] { m_ui->actionCopyEntryId->setEnabled(m_nominalView->selectedEntry() != nullptr); });
}

void MainWindow::readAuditTrail(const QString& ref)
{
    if (!isAllowed(m_session.role, Operation::ReadRecordAudit) || ref.isEmpty()) {
        return;
    }
    m_nominalView->setAuditMessage(tr("Reading who consulted or changed %1…").arg(ref));
    Services* services = m_services.get();
    const Session session = m_session;
    AuditFilter filter;
    filter.recordRef = ref;
    m_runner->run(
        this,
        [services, session, filter] { return services->auditLog(session, filter, QStringLiteral("audit review")); },
        [this, ref](Result<QList<AuditRecord>> rows) {
            if (!rows) {
                m_nominalView->setAuditMessage(tr("The trail could not be read: %1").arg(rows.error().message));
                return;
            }
            m_nominalView->setAuditTrail(ref, *rows, m_directory);
        });
}

void MainWindow::readRecordAlerts(const QString& ref)
{
    Services* services = m_services.get();
    const Session session = m_session;
    AlertQuery query;
    query.asOf = m_options.today;
    query.nominal = ref;
    query.purpose = m_shownPurpose;
    m_runner->run(
        this, [services, session, query] { return services->alerts(session, query); },
        [this, ref](Result<AlertRun> run) {
            if (ref != m_shownRef) {
                return;
            }
            if (!run) {
                m_nominalView->setAlertsUnavailable(run.error().message);
                return;
            }
            m_outsideAlertsRef = ref;
            m_outsideAlerts = run->alerts;
            m_nominalView->setAlerts(m_outsideAlerts);
        });
}

void MainWindow::showUserGuide()
{
    auto* guide = findChild<UserGuideWindow*>();
    if (guide == nullptr) {
        guide = new UserGuideWindow(this);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

} // namespace somdesk
