// Dip sampling in the main window (docs/supervision-notes.md, "Dip sampling"): the Dip sample
// tab, the month's draw, and the checklist of a drawn record with the record's facts beside
// it. Sergeants draw and record; inspectors see their area's draws, read only.

#include "MainWindow.h"

#include "ServiceRunner.h"
#include "core/rules/Dates.h"
#include "dialogs/DipChecklistDialog.h"
#include "models/CaseloadModel.h"
#include "services/Permissions.h"
#include "services/Services.h"
#include "views/DipSampleView.h"

#include "ui_MainWindow.h"

#include <QAction>
#include <QDateTime>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace somdesk {

namespace {

// The Europe/London month of now, the period a draw is for by default.
QString thisMonth()
{
    return londonDate(QDateTime::currentDateTimeUtc()).toString(QStringLiteral("yyyy-MM"));
}

struct DipListing {
    Result<QList<DipSample>> samples;
    Result<Policy> policy;
};

} // namespace

void MainWindow::setupDipSampling()
{
    if (!isAllowed(m_session.role, Operation::ListDipSamples)) {
        return;
    }
    m_dipView = new DipSampleView(this);
    m_dipView->setObjectName(QStringLiteral("dipSampleView"));
    m_ui->tabs->addTab(m_dipView, tr("&Dip sample"));
    auto* show = new QAction(tr("&Dip sample"), this);
    show->setObjectName(QStringLiteral("actionShowDipSample"));
    show->setShortcut(QKeySequence(QStringLiteral("Ctrl+6")));
    show->setToolTip(tr("The month's dip sample of your team's records and their checklists (Ctrl+6)"));
    m_ui->menuView->addAction(show);
    addAction(show);
    connect(show, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_dipView);
        m_dipView->recordsTable()->setFocus();
    });
    connect(m_dipView, &DipSampleView::drawRequested, this, &MainWindow::drawDipSample);
    connect(m_dipView, &DipSampleView::recordActivated, this,
            [this](const QString& period, const QString& ref) { openDipChecklist(period, ref); });
}

void MainWindow::loadDipSamples(const QString& selectPeriod)
{
    if (m_dipView == nullptr) {
        return;
    }
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this,
        [services, session] {
            return DipListing{services->dipSamples(session), services->policy(session)};
        },
        [this, selectPeriod](DipListing listing) {
            if (!listing.samples) {
                m_dipView->setError(tr("The dip samples could not be listed: %1").arg(listing.samples.error().message));
                spdlog::warn("dip samples failed: {}", listing.samples.error().message.toStdString());
                return;
            }
            m_dipSamples = *listing.samples;
            if (listing.policy) {
                m_dipItems = listing.policy->list(QStringLiteral("dip_sample_items"));
            }
            // Changes wait for the integrity check; drawDipSample says so if it failed.
            const bool mayDraw = isAllowed(m_session.role, Operation::DrawDipSample);
            m_dipView->setSamples(m_dipSamples, m_directory, m_caseload->namesByRef(), m_dipItems, thisMonth(),
                                  mayDraw);
            if (!selectPeriod.isEmpty()) {
                m_dipView->selectPeriod(selectPeriod);
            }
            emit dipSamplesLoaded();
        });
}

void MainWindow::drawDipSample()
{
    if (!isAllowed(m_session.role, Operation::DrawDipSample)) {
        return;
    }
    if (m_integrity != Integrity::Ok) {
        m_dipView->setError(tr("Changes are disabled until the database passes its integrity check."));
        return;
    }
    Services* services = m_services.get();
    const Session session = m_session;
    m_dipView->drawButton()->setEnabled(false);
    m_runner->run(
        this, [services, session] { return services->drawDipSample(session); },
        [this](Result<DipSample> drawn) {
            if (!drawn) {
                m_dipView->setError(tr("The sample could not be drawn: %1").arg(drawn.error().message));
                m_dipView->drawButton()->setEnabled(true);
                return;
            }
            setStatus(tr("Dip sample for %1 drawn: %n record(s).", nullptr, static_cast<int>(drawn->records.size()))
                          .arg(drawn->period));
            loadDipSamples(drawn->period);
        });
}

DipChecklistDialog* MainWindow::openDipChecklist(const QString& period, const QString& ref)
{
    if (!isAllowed(m_session.role, Operation::RecordDipFindings) || m_integrity != Integrity::Ok) {
        return nullptr;
    }
    const DipRecord* record = nullptr;
    for (const DipSample& s : m_dipSamples) {
        if (s.period != period || s.sergeant != m_session.username) {
            continue;
        }
        for (const DipRecord& r : s.records) {
            record = r.nominal == ref ? &r : record;
        }
    }
    if (record == nullptr) {
        return nullptr;
    }
    if (record->completedAt) {
        m_dipView->setMessage(
            tr("The checklist of %1 is already recorded; a completed record is not recorded again.").arg(ref));
        return nullptr;
    }
    const QString name = m_caseload->namesByRef().value(ref);
    const QString nominal = name.isEmpty() ? ref : tr("%1 (%2)").arg(name, ref);
    auto* dialog = new DipChecklistDialog(period, nominal, m_directory.displayName(record->officer),
                                          m_directory.displayName(m_session.username), m_dipItems, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Alert> alerts = alertsFor(ref);
    dialog->setAlerts(alerts);
    dialog->setSubmitHandler([this, dialog, period, ref](const QList<DipItem>& items) {
        recordDipFindings(period, ref, items, QPointer<DipChecklistDialog>(dialog));
    });

    // The record's facts, read off the GUI thread (audited with its purpose).
    Services* services = m_services.get();
    const Session session = m_session;
    QPointer<DipChecklistDialog> guard(dialog);
    m_runner->run(
        this, [services, session, ref] { return services->readNominal(session, ref, QStringLiteral("dip sample")); },
        [guard, alerts](Result<Nominal> read) {
            if (!guard) {
                return;
            }
            if (!read) {
                guard->setFactsError(read.error().message);
                return;
            }
            guard->setNominal(*read, alerts);
        });
    dialog->open();
    return dialog;
}

void MainWindow::recordDipFindings(const QString& period, const QString& ref, const QList<DipItem>& items,
                                   QPointer<DipChecklistDialog> dialog)
{
    auto refuse = [this, dialog](const QString& message) {
        if (dialog) {
            dialog->setBusy(false);
            dialog->showError(message);
        } else {
            showError(tr("The findings could not be recorded: %1").arg(message));
        }
    };
    if (m_integrity != Integrity::Ok) {
        refuse(tr("Changes are disabled: the database failed its integrity check."));
        return;
    }
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this,
        [services, session, period, ref, items] { return services->recordDipFindings(session, period, ref, items); },
        [this, ref, dialog, refuse](Result<QString> stored) {
            if (!stored) {
                refuse(stored.error().message);
                return;
            }
            if (dialog) {
                dialog->finishAccepted();
            }
            setStatus(tr("Dip sample findings for %1 recorded.").arg(ref));
            loadDipSamples(*stored);
        });
}

} // namespace somdesk
