// The main window's casework recording dialogs beyond the chronology: a visit today; the
// other kinds follow the same shape (dialog → service on the runner → reload the record).

#include "MainWindow.h"

#include "ServiceRunner.h"
#include "dialogs/LogVisitDialog.h"
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
    const QString name = m_caseload->namesByRef().value(ref);
    const QString collar = m_session.collar.value_or(QString());
    const QString who = collar.isEmpty() ? m_session.name : tr("%1 (%2)").arg(m_session.name, collar);
    auto* dialog =
        new LogVisitDialog(name.isEmpty() ? ref : tr("%1 (%2)").arg(name, ref), who,
                           policy->list(QStringLiteral("visit_checks")), QDateTime::currentDateTimeUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler([this, dialog, ref](Visit visit) {
        if (m_integrity != Integrity::Ok) {
            dialog->setBusy(false);
            dialog->showError(tr("Changes are disabled: the database failed its integrity check."));
            return;
        }
        visit.by = m_session.username; // the dialog shows the name; the record keeps the account
        QPointer<LogVisitDialog> guard(dialog);
        Services* services = m_services.get();
        const Session session = m_session;
        m_runner->run(
            this, [services, session, ref, visit] { return services->recordCasework(session, ref, visit); },
            [this, guard, ref](Result<QString> where) {
                if (!where) {
                    if (guard) {
                        guard->setBusy(false);
                        guard->showError(where.error().message);
                    } else {
                        showError(tr("The visit could not be logged: %1").arg(where.error().message));
                    }
                    return;
                }
                spdlog::info("visit {} logged on {}", where->toStdString(), ref.toStdString());
                if (guard) {
                    guard->finishAccepted();
                }
                statusBar()->showMessage(tr("Visit logged on %1.").arg(ref), kSavedMessageMs);
                reloadAfterChange(ref);
            });
    });
    dialog->open();
    return dialog;
}

} // namespace somdesk
