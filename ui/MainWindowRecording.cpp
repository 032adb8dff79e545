// The main window's casework recording dialogs beyond the chronology: a visit, an ARMS
// assessment, a plan version; each follows one shape (dialog → service on the runner → reload the record).

#include "MainWindow.h"

#include "ServiceRunner.h"
#include "dialogs/LogVisitDialog.h"
#include "dialogs/RecordArmsDialog.h"
#include "dialogs/RecordPlanDialog.h"
#include "models/CaseloadModel.h"
#include "services/Permissions.h"
#include "views/NominalView.h"

#include "ui_MainWindow.h"

#include <QPointer>
#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace somdesk {

namespace {

constexpr int kSavedMessageMs = 15000;

// How the dialogs name the person and the signed-in user.
QString nominalTitle(const QString& name, const QString& ref)
{
    return name.isEmpty() ? ref : QStringLiteral("%1 (%2)").arg(name, ref);
}

QString userTitle(const Session& session)
{
    const QString collar = session.collar.value_or(QString());
    return collar.isEmpty() ? session.name : QStringLiteral("%1 (%2)").arg(session.name, collar);
}

// Wires a casework dialog's submit handler to saveCasework: the dialog stays open and busy
// until the service answers, shows a refusal, or closes as accepted.
template <typename Dialog, typename Record>
void wireSubmit(MainWindow* window, Dialog* dialog, const QString& ref, const QString& savedMessage)
{
    dialog->setSubmitHandler([=](Record record) {
        if (window->integrity() != MainWindow::Integrity::Ok) {
            dialog->setBusy(false);
            dialog->showError(QObject::tr("Changes are disabled: the database failed its integrity check."));
            return;
        }
        if constexpr (requires { record.by; }) {
            record.by = window->session().username; // the dialog shows the name; the record keeps the account
        }
        QPointer<Dialog> guard(dialog);
        window->saveCasework(
            ref, record, savedMessage,
            [guard](const QString& error) {
                if (guard) {
                    guard->setBusy(false);
                    guard->showError(error);
                }
            },
            [guard] {
                if (guard) {
                    guard->finishAccepted();
                }
            });
    });
}

} // namespace

void MainWindow::saveCasework(const QString& ref, const CaseworkRecord& record, const QString& savedMessage,
                              std::function<void(const QString&)> refused, std::function<void()> saved)
{
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this, [services, session, ref, record] { return services->recordCasework(session, ref, record); },
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

LogVisitDialog* MainWindow::openLogVisitDialog()
{
    updateCaseActions();
    if (!m_ui->actionLogVisit->isEnabled()) {
        return nullptr;
    }
    // The policy is one small row the services keep at hand; the action is enabled only while
    // no background call holds the services, so this read does not wait on one.
    auto policy = m_services->policy(m_session);
    if (!policy) {
        showError(tr("The visit cannot be logged: %1").arg(policy.error().message));
        return nullptr;
    }
    const QString ref = m_shownRef;
    auto* dialog =
        new LogVisitDialog(nominalTitle(m_caseload->namesByRef().value(ref), ref), userTitle(m_session),
                           policy->list(QStringLiteral("visit_checks")), QDateTime::currentDateTimeUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    wireSubmit<LogVisitDialog, Visit>(this, dialog, ref, tr("Visit logged on %1.").arg(ref));
    dialog->open();
    return dialog;
}

RecordArmsDialog* MainWindow::openRecordArmsDialog()
{
    updateCaseActions();
    if (!m_ui->actionRecordArms->isEnabled()) {
        return nullptr;
    }
    auto policy = m_services->policy(m_session); // as for the visit dialog
    if (!policy) {
        showError(tr("The assessment cannot be recorded: %1").arg(policy.error().message));
        return nullptr;
    }
    const QString ref = m_shownRef;
    auto* dialog = new RecordArmsDialog(nominalTitle(m_caseload->namesByRef().value(ref), ref), userTitle(m_session),
                                        policy->list(QStringLiteral("arms_risk_factors")),
                                        policy->list(QStringLiteral("arms_protective_factors")),
                                        QDateTime::currentDateTimeUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    wireSubmit<RecordArmsDialog, ArmsAssessment>(this, dialog, ref, tr("ARMS assessment recorded on %1.").arg(ref));
    dialog->open();
    return dialog;
}

RecordPlanDialog* MainWindow::openRecordPlanDialog()
{
    updateCaseActions();
    if (!m_ui->actionRecordPlan->isEnabled()) {
        return nullptr;
    }
    const QString ref = m_shownRef;
    const QList<Plan>& plans = m_nominalView->nominal().plans;
    std::optional<Plan> latest;
    for (const Plan& p : plans) { // the latest from; of one date the later in the list
        if (!latest || p.from >= latest->from) {
            latest = p;
        }
    }
    auto* dialog = new RecordPlanDialog(nominalTitle(m_caseload->namesByRef().value(ref), ref), userTitle(m_session),
                                        latest, QDateTime::currentDateTimeUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    wireSubmit<RecordPlanDialog, Plan>(this, dialog, ref, tr("Risk management plan recorded on %1.").arg(ref));
    dialog->open();
    return dialog;
}

} // namespace somdesk
