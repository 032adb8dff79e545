// Registering a nominal from the desktop: the form, the duplicate question, and opening the
// new record once it is saved.

#include "MainWindow.h"

#include "ServiceRunner.h"
#include "dialogs/RegisterNominalDialog.h"
#include "services/Permissions.h"

#include "ui_MainWindow.h"

#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace somdesk {

namespace {

constexpr int kSavedMessageMs = 15000;

QString displayOf(const User& u)
{
    return u.collar && !u.collar->isEmpty() ? QStringLiteral("%1 (%2)").arg(u.name, *u.collar) : u.name;
}

} // namespace

RegisterNominalDialog* MainWindow::openRegisterNominalDialog()
{
    updateCaseActions();
    if (!m_ui->actionRegisterNominal->isEnabled()) {
        return nullptr;
    }
    // The officers the user may register a case for: themselves (an officer), their team's
    // officers (a sergeant), their area's (an inspector). The services check it again.
    QList<QPair<QString, QString>> owners;
    if (m_session.role == Role::Officer) {
        const QString collar = m_session.collar.value_or(QString());
        owners.append({m_session.username,
                       collar.isEmpty() ? m_session.name : QStringLiteral("%1 (%2)").arg(m_session.name, collar)});
    } else {
        for (const User& u : m_colleagues) {
            const bool inScope = m_session.role == Role::Sergeant ? u.team.value_or(QString()) == m_session.team
                                                                  : u.area.value_or(QString()) == m_session.area;
            if (u.role == Role::Officer && inScope) {
                owners.append({u.username, displayOf(u)});
            }
        }
    }
    // One small read; the action is enabled only while no background call holds the services.
    auto ref = m_services->proposeRef(m_session);
    if (!ref) {
        showError(tr("A nominal cannot be registered: %1").arg(ref.error().message));
        return nullptr;
    }
    auto* dialog = new RegisterNominalDialog(*ref, m_session.area, owners, QDateTime::currentDateTimeUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler([this, dialog](const Nominal& n) {
        if (m_integrity != Integrity::Ok) {
            dialog->setBusy(false);
            dialog->showError(tr("Changes are disabled: the database failed its integrity check."));
            return;
        }
        submitRegistration(dialog, n, false);
    });
    dialog->open();
    return dialog;
}

void MainWindow::submitRegistration(RegisterNominalDialog* dialog, const Nominal& nominal, bool duplicateConfirmed)
{
    QPointer<RegisterNominalDialog> guard(dialog);
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this,
        [services, session, nominal, duplicateConfirmed] {
            return services->registerNominal(session, nominal, duplicateConfirmed);
        },
        [this, guard, nominal](Result<QString> ref) {
            if (!guard) {
                return;
            }
            if (!ref) {
                const Error& e = ref.error();
                if (e.code == ErrorCode::Conflict && e.message.startsWith(QLatin1String("duplicate: "))) {
                    const QString question = tr("%1\n\nIs %2, %3 a different person? Register only if you are sure.")
                                                 .arg(e.message.mid(11), nominal.familyName, nominal.givenNames);
                    const bool different = m_confirmDuplicate ? m_confirmDuplicate(question)
                                                              : QMessageBox::question(guard, tr("Already registered?"),
                                                                                      question) == QMessageBox::Yes;
                    if (different) {
                        submitRegistration(guard, nominal, true);
                        return;
                    }
                }
                guard->setBusy(false);
                guard->showError(e.message);
                return;
            }
            spdlog::info("nominal {} registered", ref->toStdString());
            guard->finishAccepted();
            statusBar()->showMessage(tr("%1 registered.").arg(*ref), kSavedMessageMs);
            refresh();
            m_requestedRef.clear();
            readNominal(*ref, false, QStringLiteral("registration"));
        });
}

} // namespace somdesk
