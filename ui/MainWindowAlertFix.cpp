// Every alert links to its fix: activating an alert (double-click or Enter, in the record's
// alert list or in My work) opens the dialog whose record clears it, for that nominal, or
// selects the entry it names. Where the app has no dialog for the fix, or the user may not
// make it, the status line says what clears the alert and who may.

#include "MainWindow.h"

#include "core/rules/RuleCatalogue.h"
#include "dialogs/AddEntryDialog.h"
#include "dialogs/IndefiniteReviewDialog.h"
#include "dialogs/LogVisitDialog.h"
#include "dialogs/ManagementDecisionDialog.h"
#include "dialogs/RecordArmsDialog.h"
#include "dialogs/RecordNotificationDialog.h"
#include "dialogs/RecordReferralDialog.h"
#include "dialogs/RecordScreeningDialog.h"
#include "models/AlertsModel.h"
#include "models/CollatingProxyModel.h"
#include "models/Labels.h"
#include "views/NominalView.h"

#include "ui_MainWindow.h"

#include <QDialog>
#include <QStatusBar>

namespace somdesk {

namespace {

constexpr int kHintMs = 20000;

// The entry id in an alert key "<rule>:<ref>:<entry>:<due>", or "".
QString entryOfKey(const QString& key)
{
    const QStringList parts = key.split(QLatin1Char(':'));
    return parts.size() == 4 ? parts[2] : QString();
}

} // namespace

MainWindow::AlertFix MainWindow::fixFor(const QString& rule)
{
    // The catalogue says which record clears each rule; this says which dialog makes it.
    const std::optional<RuleInfo> info = RuleCatalogue::find(rule);
    if (!info) {
        return AlertFix::None;
    }
    switch (info->clearedBy) {
    case ClearingAction::HomeVisit:
        return AlertFix::Visit;
    case ClearingAction::ArmsAssessment:
        return AlertFix::Arms;
    case ClearingAction::MappaScreening:
        return AlertFix::Screening;
    case ClearingAction::MappaReferralDecision:
        return AlertFix::Referral;
    case ClearingAction::Notification:
        return AlertFix::Notification;
    case ClearingAction::TransferAcknowledgement:
        return AlertFix::Transfer;
    case ClearingAction::EntryAcknowledgement:
        return AlertFix::AcknowledgeEntry;
    case ClearingAction::OversightEntry:
        return AlertFix::Oversight;
    case ClearingAction::ManagementDecision:
        return AlertFix::Management;
    case ClearingAction::IndefiniteReviewDecision:
        return AlertFix::IndefiniteReview;
    case ClearingAction::RiskReviewDecision: // decided in supervision
        return AlertFix::None;
    }
    return AlertFix::None;
}

QDialog* MainWindow::openFixFor(const Alert& alert)
{
    if (alert.nominal != m_shownRef || !m_nominalView->isShowingRecord()) {
        return nullptr;
    }
    m_nominalView->selectAlert(alert.key);
    const QString entry = entryOfKey(alert.key);
    if (!entry.isEmpty()) {
        m_nominalView->selectEntry(entry);
    }
    QDialog* dialog = nullptr;
    switch (fixFor(alert.rule)) {
    case AlertFix::Visit:
        dialog = openLogVisitDialog();
        break;
    case AlertFix::Arms:
        dialog = openRecordArmsDialog();
        break;
    case AlertFix::Screening:
        dialog = openRecordScreeningDialog();
        break;
    case AlertFix::Referral:
        dialog = openRecordReferralDialog();
        break;
    case AlertFix::Notification:
        dialog = openRecordNotificationDialog();
        break;
    case AlertFix::Management:
        dialog = openManagementDecisionDialog();
        break;
    case AlertFix::IndefiniteReview:
        dialog = openIndefiniteReviewDialog();
        break;
    case AlertFix::Transfer:
        if (m_ui->actionAcknowledgeTransfer->isEnabled()) {
            acknowledgeTransfer();
            return nullptr;
        }
        break;
    case AlertFix::AcknowledgeEntry:
        if (!entry.isEmpty() && m_ui->actionAcknowledge->isEnabled()) {
            statusBar()->showMessage(
                tr("Entry %1 is selected: acknowledge it with Ctrl+K once you have read it.").arg(entry), kHintMs);
            return nullptr;
        }
        break;
    case AlertFix::Oversight:
        if (AddEntryDialog* add = openAddEntryDialog()) {
            if (add->prepareOversight(entry)) {
                return add;
            }
            add->reject(); // an officer cannot write oversight: say who can
        }
        break;
    case AlertFix::None:
        break;
    }
    if (dialog == nullptr) {
        statusBar()->showMessage(
            tr("%1 (for the %2): %3")
                .arg(Labels::ruleTitle(alert.rule), Labels::role(alert.ownerRole).toLower(), alert.clearsWhen),
            kHintMs);
    }
    return dialog;
}

void MainWindow::openMyWorkFix(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const QModelIndex source = m_myWorkProxy->mapToSource(index);
    m_alertToFix = m_myWork->alertAt(source.row());
    m_requestedRef.clear(); // read it again even if it is the record shown
    openCase(m_alertToFix->nominal);
}

} // namespace somdesk
