// The main window's casework recording dialogs beyond the chronology: visit, ARMS, plan,
// MAPPA screening and referral decision, notification, custody and release, concern, and the
// transfer acknowledgement. Each follows one shape: dialog → one service call on the runner →
// reload the record and its alerts.

#include "MainWindow.h"

#include "CaseworkPresenting.h"
#include "ServiceRunner.h"
#include "dialogs/EditDetailsDialog.h"
#include "dialogs/LogVisitDialog.h"
#include "dialogs/RaiseConcernDialog.h"
#include "dialogs/RecordArmsDialog.h"
#include "dialogs/RecordCustodyDialog.h"
#include "dialogs/RecordNotificationDialog.h"
#include "dialogs/RecordPlanDialog.h"
#include "dialogs/RecordReferralDialog.h"
#include "dialogs/RecordReleaseDialog.h"
#include "dialogs/RecordScreeningDialog.h"
#include "dialogs/RecordStaticScoreDialog.h"
#include "models/CaseloadModel.h"
#include "models/Labels.h"
#include "services/Permissions.h"
#include "views/NominalView.h"

#include "ui_MainWindow.h"

#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace somdesk {

using casework_ui::present;
using casework_ui::presentRecord;
using casework_ui::userTitle;

namespace {

constexpr int kSavedMessageMs = 15000;

// How the dialogs name the person and the signed-in user.
QString nominalTitle(const QString& name, const QString& ref)
{
    return name.isEmpty() ? ref : QStringLiteral("%1 (%2)").arg(name, ref);
}

// The open custody period of a record, if any.
const CustodyPeriod* openCustody(const Nominal& n)
{
    for (const CustodyPeriod& c : n.custody) {
        if (!c.releasedOn) {
            return &c;
        }
    }
    return nullptr;
}

// The latest transfer, if it is to `username` and not yet acknowledged.
const Transfer* transferAwaiting(const Nominal& n, const QString& username)
{
    const Transfer* latest = nullptr;
    for (const Transfer& t : n.transfers) {
        if (latest == nullptr || t.on >= latest->on) {
            latest = &t;
        }
    }
    return latest != nullptr && latest->to == username && !latest->acknowledgedAt ? latest : nullptr;
}

} // namespace

void MainWindow::updateRecordingActions(bool writable, bool record)
{
    const Role role = m_session.role;
    const Nominal& n = m_nominalView->nominal();
    auto enable = [&](QAction* action, Operation op, bool applies = true) {
        action->setEnabled(writable && record && applies && isAllowed(role, op));
    };
    enable(m_ui->actionLogVisit, Operation::RecordVisit);
    enable(m_ui->actionRecordArms, Operation::RecordArms);
    enable(m_ui->actionRecordPlan, Operation::RecordPlan);
    enable(m_ui->actionRecordScreening, Operation::RecordScreening);
    enable(m_ui->actionRecordStaticScore, Operation::RecordStaticScore);
    enable(m_ui->actionRecordReferral, Operation::RecordMappaReferral);
    enable(m_ui->actionRecordNotification, Operation::RecordNotification);
    enable(m_ui->actionRecordCustody, Operation::RecordCustody, record && openCustody(n) == nullptr);
    enable(m_ui->actionRecordRelease, Operation::RecordCustody, record && openCustody(n) != nullptr);
    enable(m_ui->actionRaiseConcern, Operation::RaiseConcern);
    enable(m_ui->actionEditDetails, Operation::EditDetails);
    enable(m_ui->actionAcknowledgeTransfer, Operation::AcknowledgeTransfer,
           record && transferAwaiting(n, m_session.username) != nullptr);
    m_ui->actionRegisterNominal->setEnabled(writable && isAllowed(role, Operation::RegisterNominal));
}

void MainWindow::saveCasework(const QString& ref, CaseworkCall call, const QString& savedMessage,
                              std::function<void(const QString&)> refused, std::function<void()> saved)
{
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this, [services, session, call] { return call(*services, session); },
        [this, ref, savedMessage, refused, saved](Result<QString> where) {
            if (!where) {
                refused(where.error().message);
                return;
            }
            spdlog::info("{} recorded on {}", where->toStdString(), ref.toStdString());
            saved();
            statusBar()->showMessage(savedMessage, kSavedMessageMs);
            reloadAfterChange(ref);
        });
}

// Whether the action may run on the record shown now (it re-checks: a shortcut can arrive
// while a call runs); the record's title for the dialog when it may.
std::optional<QString> MainWindow::recordingTarget(QAction* action)
{
    updateCaseActions();
    if (!action->isEnabled()) {
        return std::nullopt;
    }
    return nominalTitle(m_caseload->namesByRef().value(m_shownRef), m_shownRef);
}

LogVisitDialog* MainWindow::openLogVisitDialog()
{
    const auto title = recordingTarget(m_ui->actionLogVisit);
    if (!title) {
        return nullptr;
    }
    // The policy is one small row the services keep at hand; the action is enabled only while
    // no background call holds the services, so this read does not wait on one.
    auto policy = m_services->policy(m_session);
    if (!policy) {
        showError(tr("The visit cannot be logged: %1").arg(policy.error().message));
        return nullptr;
    }
    auto* dialog = new LogVisitDialog(*title, userTitle(m_session), policy->list(QStringLiteral("visit_checks")),
                                      QDateTime::currentDateTimeUtc(), this);
    return presentRecord<Visit>(this, dialog, m_shownRef, tr("Visit logged on %1.").arg(m_shownRef));
}

RecordArmsDialog* MainWindow::openRecordArmsDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordArms);
    if (!title) {
        return nullptr;
    }
    auto policy = m_services->policy(m_session); // as for the visit dialog
    if (!policy) {
        showError(tr("The assessment cannot be recorded: %1").arg(policy.error().message));
        return nullptr;
    }
    auto* dialog = new RecordArmsDialog(*title, userTitle(m_session), policy->list(QStringLiteral("arms_risk_factors")),
                                        policy->list(QStringLiteral("arms_protective_factors")),
                                        QDateTime::currentDateTimeUtc(), this);
    return presentRecord<ArmsAssessment>(this, dialog, m_shownRef,
                                         tr("ARMS assessment recorded on %1.").arg(m_shownRef));
}

RecordPlanDialog* MainWindow::openRecordPlanDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordPlan);
    if (!title) {
        return nullptr;
    }
    std::optional<Plan> latest;
    for (const Plan& p : m_nominalView->nominal().plans) { // the latest from; of one date the later in the list
        if (!latest || p.from >= latest->from) {
            latest = p;
        }
    }
    auto* dialog = new RecordPlanDialog(*title, userTitle(m_session), latest, QDateTime::currentDateTimeUtc(), this);
    return presentRecord<Plan>(this, dialog, m_shownRef, tr("Risk management plan recorded on %1.").arg(m_shownRef));
}

RecordScreeningDialog* MainWindow::openRecordScreeningDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordScreening);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new RecordScreeningDialog(*title, userTitle(m_session), m_nominalView->nominal().mappaLevel,
                                             QDateTime::currentDateTimeUtc(), this);
    return presentRecord<Screening>(this, dialog, m_shownRef, tr("MAPPA screening recorded on %1.").arg(m_shownRef));
}

RecordStaticScoreDialog* MainWindow::openRecordStaticScoreDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordStaticScore);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new RecordStaticScoreDialog(*title, userTitle(m_session), m_nominalView->nominal().dateOfBirth,
                                               QDateTime::currentDateTimeUtc(), this);
    return presentRecord<StaticScore>(this, dialog, m_shownRef, tr("Static score recorded on %1.").arg(m_shownRef));
}

RecordReferralDialog* MainWindow::openRecordReferralDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordReferral);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new RecordReferralDialog(*title, userTitle(m_session), QDateTime::currentDateTimeUtc(), this);
    return presentRecord<MappaReferral>(this, dialog, m_shownRef,
                                        tr("MAPPA referral decision recorded on %1.").arg(m_shownRef));
}

RecordNotificationDialog* MainWindow::openRecordNotificationDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordNotification);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new RecordNotificationDialog(*title, userTitle(m_session), QDateTime::currentDateTimeUtc(), this);
    return presentRecord<Notification>(this, dialog, m_shownRef, tr("Notification recorded on %1.").arg(m_shownRef));
}

RecordCustodyDialog* MainWindow::openRecordCustodyDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordCustody);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new RecordCustodyDialog(*title, userTitle(m_session), QDateTime::currentDateTimeUtc(), this);
    return presentRecord<CustodyPeriod>(this, dialog, m_shownRef, tr("Custody recorded on %1.").arg(m_shownRef));
}

RecordReleaseDialog* MainWindow::openRecordReleaseDialog()
{
    const auto title = recordingTarget(m_ui->actionRecordRelease);
    const CustodyPeriod* custody = openCustody(m_nominalView->nominal());
    if (!title || custody == nullptr) {
        return nullptr;
    }
    auto* dialog =
        new RecordReleaseDialog(*title, userTitle(m_session), custody->from, QDateTime::currentDateTimeUtc(), this);
    const QString ref = m_shownRef;
    return present<Release>(this, dialog, ref, tr("Release recorded on %1.").arg(ref), [ref](const Release& r) {
        return CaseworkCall([ref, r](Services& services, const Session& session) {
            return services.recordRelease(session, ref, r.releasedOn);
        });
    });
}

RaiseConcernDialog* MainWindow::openRaiseConcernDialog()
{
    const auto title = recordingTarget(m_ui->actionRaiseConcern);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new RaiseConcernDialog(*title, userTitle(m_session), m_nominalView->nominal().riskLevel, this);
    const QString ref = m_shownRef;
    return present<NewConcern>(this, dialog, ref,
                               tr("Concern raised on %1; the re-evaluation waits for an inspector.").arg(ref),
                               [ref](const NewConcern& c) {
                                   return CaseworkCall([ref, c](Services& services, const Session& session) {
                                       return services.raiseConcern(session, ref, c);
                                   });
                               });
}

EditDetailsDialog* MainWindow::openEditDetailsDialog()
{
    const auto title = recordingTarget(m_ui->actionEditDetails);
    if (!title) {
        return nullptr;
    }
    auto* dialog = new EditDetailsDialog(*title, userTitle(m_session), m_nominalView->nominal(), m_directory,
                                         QDateTime::currentDateTimeUtc(), this);
    const QString ref = m_shownRef;
    return present<DetailsEdit>(this, dialog, ref, tr("New version of the details of %1 saved.").arg(ref),
                                [ref](const DetailsEdit& e) {
                                    return CaseworkCall([ref, e](Services& services, const Session& session) {
                                        return services.editDetails(session, ref, e);
                                    });
                                });
}

void MainWindow::acknowledgeTransfer(bool confirm)
{
    const auto title = recordingTarget(m_ui->actionAcknowledgeTransfer);
    const Transfer* transfer = transferAwaiting(m_nominalView->nominal(), m_session.username);
    if (!title || transfer == nullptr) {
        return;
    }
    if (confirm && QMessageBox::question(this, tr("Acknowledge the transfer"),
                                         tr("Acknowledge that %1 was transferred to you on %2 and that you now manage "
                                            "the case?")
                                             .arg(*title, Labels::date(transfer->on))) != QMessageBox::Yes) {
        return;
    }
    const QString ref = m_shownRef;
    saveCasework(
        ref, [ref](Services& services, const Session& session) { return services.acknowledgeTransfer(session, ref); },
        tr("Transfer of %1 acknowledged.").arg(ref), [this](const QString& error) { showError(error); }, [] {});
}

} // namespace somdesk
