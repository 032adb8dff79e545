// The supervisors' decisions on the record shown: a case transfer, a management-mode
// decision and an indefinite-review decision. Each is a casework record (recordCasework),
// offered only to the roles the permission table allows, in the shape of the other casework
// dialogs: dialog → one service call on the runner → reload the record and its alerts.

#include "MainWindow.h"

#include "CaseworkPresenting.h"
#include "ServiceRunner.h"
#include "dialogs/IndefiniteReviewDialog.h"
#include "dialogs/ManagementDecisionDialog.h"
#include "dialogs/TransferCaseDialog.h"
#include "models/CaseloadModel.h"
#include "services/Permissions.h"
#include "views/NominalView.h"

#include "ui_MainWindow.h"

#include <QPointer>

#include <algorithm>

namespace somdesk {

using casework_ui::presentRecord;
using casework_ui::userTitle;

void MainWindow::setupDecisions()
{
    const Role role = m_session.role;
    m_ui->actionTransferCase->setVisible(isAllowed(role, Operation::RecordTransfer));
    m_ui->actionRecordManagementDecision->setVisible(isAllowed(role, Operation::RecordManagementDecision));
    m_ui->actionRecordIndefiniteReview->setVisible(isAllowed(role, Operation::RecordIndefiniteReview));
    connect(m_ui->actionTransferCase, &QAction::triggered, this, [this] { openTransferCaseDialog(); });
    connect(m_ui->actionRecordManagementDecision, &QAction::triggered, this,
            [this] { openManagementDecisionDialog(); });
    connect(m_ui->actionRecordIndefiniteReview, &QAction::triggered, this, [this] { openIndefiniteReviewDialog(); });
}

void MainWindow::updateDecisionActions(bool writable, bool record)
{
    const Role role = m_session.role;
    const Nominal& n = m_nominalView->nominal();
    const bool registered = record && n.registerStatus == RegisterStatus::Registered;
    m_ui->actionTransferCase->setEnabled(writable && registered && isAllowed(role, Operation::RecordTransfer));
    m_ui->actionRecordManagementDecision->setEnabled(writable && registered &&
                                                     isAllowed(role, Operation::RecordManagementDecision));
    // A review is only of an indefinite notification period (the service checks the date).
    m_ui->actionRecordIndefiniteReview->setEnabled(writable && registered &&
                                                   n.registration.period == NotificationPeriod::Indefinite &&
                                                   isAllowed(role, Operation::RecordIndefiniteReview));
}

TransferCaseDialog* MainWindow::openTransferCaseDialog()
{
    const auto title = recordingTarget(m_ui->actionTransferCase);
    if (!title) {
        return nullptr;
    }
    const Nominal& n = m_nominalView->nominal();
    // The colleagues the case may go to: active casework accounts in the recorder's scope (a
    // sergeant's team; an inspector's area, which is what the colleagues list holds).
    QList<QPair<QString, QString>> candidates;
    for (const User& u : m_colleagues) {
        const bool inScope = u.area.value_or(QString()) == m_session.area &&
                             (m_session.role == Role::Inspector ||
                              (!m_session.team.isEmpty() && u.team.value_or(QString()) == m_session.team));
        if (inScope && u.role != Role::Admin && !u.disabled.value_or(false) && u.username != n.owner) {
            candidates.append({u.username, m_directory.displayName(u.username)});
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    auto* dialog = new TransferCaseDialog(*title, userTitle(m_session), n.owner, m_directory.displayName(n.owner),
                                          candidates, QDateTime::currentDateTimeUtc(), this);
    return presentRecord<Transfer>(this, dialog, m_shownRef,
                                   tr("%1 transferred; the new owner acknowledges it.").arg(m_shownRef));
}

ManagementDecisionDialog* MainWindow::openManagementDecisionDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordManagementDecision);
    if (!title) {
        return nullptr;
    }
    const Nominal& n = m_nominalView->nominal();
    auto* dialog = new ManagementDecisionDialog(*title, userTitle(m_session), n.management, n.managementSince,
                                                QDateTime::currentDateTimeUtc(), this);
    return presentRecord<ManagementDecision>(this, dialog, m_shownRef,
                                             tr("Management decision recorded on %1.").arg(m_shownRef));
}

IndefiniteReviewDialog* MainWindow::openIndefiniteReviewDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordIndefiniteReview);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new IndefiniteReviewDialog(*title, userTitle(m_session), QDateTime::currentDateTimeUtc(), this);
    return presentRecord<IndefiniteReviewDecision>(this, dialog, m_shownRef,
                                                   tr("Indefinite-review decision recorded on %1.").arg(m_shownRef));
}

} // namespace somdesk
