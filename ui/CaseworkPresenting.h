#pragma once

// How the main window presents a casework dialog (MainWindowRecording.cpp,
// MainWindowDecisions.cpp): the signed-in user's title, and the submit handler that stores
// the record with one service call on the runner, keeps the dialog open and busy until the
// service answers, shows a refusal inline, or closes it as accepted.

#include "MainWindow.h"

#include "services/Services.h"

#include <QObject>
#include <QPointer>

namespace somdesk::casework_ui {

inline QString userTitle(const Session& session)
{
    const QString collar = session.collar.value_or(QString());
    return collar.isEmpty() ? session.name : QStringLiteral("%1 (%2)").arg(session.name, collar);
}

// The service call that stores one record of a nominal's lists.
template <typename Record> MainWindow::CaseworkCall storeRecord(const QString& ref, const Record& record)
{
    return [ref, record](Services& services, const Session& session) {
        return services.recordCasework(session, ref, CaseworkRecord(record));
    };
}

// Wires a casework dialog's submit handler to saveCasework, then shows it: the dialog stays
// open and busy until the service answers, shows a refusal, or closes as accepted.
template <typename Record, typename Dialog, typename ToCall>
Dialog* present(MainWindow* window, Dialog* dialog, const QString& ref, const QString& savedMessage, ToCall toCall)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
            ref, toCall(record), savedMessage,
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
    dialog->open();
    return dialog;
}

template <typename Record, typename Dialog>
Dialog* presentRecord(MainWindow* window, Dialog* dialog, const QString& ref, const QString& savedMessage)
{
    return present<Record>(window, dialog, ref, savedMessage,
                           [ref](const Record& record) { return storeRecord(ref, record); });
}

} // namespace somdesk::casework_ui
