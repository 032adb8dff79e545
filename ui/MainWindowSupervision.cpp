// Supervision in the main window: the Officer column and filter of the caseload for those
// who supervise several officers (sergeants: their team; inspectors: their area), and the
// override of an alert with a reason, from My work or from the record's alert list.

#include "MainWindow.h"

#include "ServiceRunner.h"
#include "dialogs/OverrideAlertDialog.h"
#include "models/AlertsModel.h"
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"
#include "models/CollatingProxyModel.h"
#include "models/Labels.h"
#include "services/Permissions.h"
#include "views/NominalView.h"
#include "views/TeamView.h"

#include "ui_MainWindow.h"

#include <QCollator>
#include <QComboBox>
#include <QStatusBar>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace somdesk {

namespace {

constexpr int kOverriddenMessageMs = 15000;

} // namespace

bool MainWindow::supervisesOfficers() const
{
    // An officer's caseload is their own: one owner says nothing per row.
    return m_session.role == Role::Sergeant || m_session.role == Role::Inspector;
}

void MainWindow::setupSupervision()
{
    const bool supervises = supervisesOfficers();
    m_ui->officerFilterLabel->setVisible(supervises);
    m_ui->officerFilter->setVisible(supervises);
    m_ui->caseloadTable->setColumnHidden(CaseloadModel::Officer, !supervises);
    if (supervises) {
        m_caseload->setOfficers(m_directory);
    }
    m_ui->officerFilter->addItem(tr("All officers"), QString());
    connect(m_ui->officerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_caseloadProxy->setOwner(m_ui->officerFilter->currentData().toString());
        updateCaseloadCount();
    });

    // My work: the selected alert can be overridden by those who may (inspectors).
    const bool mayOverride = isAllowed(m_session.role, Operation::OverrideAlert);
    m_ui->actionOverrideMyWorkAlert->setVisible(mayOverride);
    m_ui->overrideMyWorkButton->setDefaultAction(m_ui->actionOverrideMyWorkAlert);
    m_ui->overrideMyWorkButton->setVisible(mayOverride);
    m_ui->overrideMyWorkButton->setAccessibleName(tr("Override the selected alert"));
    if (mayOverride) {
        m_ui->myWorkTable->addAction(m_ui->actionOverrideMyWorkAlert);
    }
    connect(m_ui->actionOverrideMyWorkAlert, &QAction::triggered, this, [this] { openMyWorkOverride(); });
    connect(m_ui->myWorkTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCaseActions);
    setupTeamView();
    setupReviewQueue();
}

// ---------------------------------------------------------------- the Team tab

void MainWindow::setupTeamView()
{
    if (!isAllowed(m_session.role, Operation::ReadWorkload)) {
        return;
    }
    m_teamView = new TeamView(this);
    m_teamView->setObjectName(QStringLiteral("teamView"));
    m_ui->tabs->addTab(m_teamView, m_session.role == Role::Sergeant ? tr("&Team") : tr("&Area"));
    auto* show = new QAction(m_session.role == Role::Sergeant ? tr("&Team") : tr("&Area"), this);
    show->setObjectName(QStringLiteral("actionShowTeam"));
    show->setShortcut(QKeySequence(QStringLiteral("Ctrl+4")));
    show->setToolTip(tr("Each officer's cases against the caseload limit, and the alerts on them (Ctrl+4)"));
    m_ui->menuView->addAction(show);
    addAction(show);
    connect(show, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_teamView);
        m_teamView->officersTable()->setFocus();
    });
    connect(m_teamView, &TeamView::officerActivated, this, &MainWindow::showOfficerCaseload);
    connect(m_teamView, &TeamView::caseActivated, this, [this](const QString& ref) { openCase(ref); });
}

void MainWindow::loadWorkload()
{
    if (m_teamView == nullptr) {
        return;
    }
    Services* services = m_services.get();
    const Session session = m_session;
    const QDate today = m_options.today;
    const QString scope = m_session.role == Role::Sergeant ? m_session.team : m_session.area;
    m_runner->run(
        this, [services, session, today] { return services->workload(session, today); },
        [this, scope, today](Result<WorkloadOverview> overview) {
            if (!overview) {
                m_teamView->setError(overview.error().message);
                spdlog::warn("workload failed: {}", overview.error().message.toStdString());
                return;
            }
            m_teamView->setOverview(*overview, m_directory, scope, today);
            // The ARMS queue from the same alerts run as My work (loaded just before), by each
            // nominal's risk level now.
            QHash<QString, std::optional<RiskLevel>> risks;
            for (int row = 0; row < m_caseload->rowCount(); ++row) {
                risks.insert(m_caseload->caseAt(row).ref, m_caseload->caseAt(row).riskLevel);
            }
            m_teamView->setArmsQueue(m_alerts, m_caseload->namesByRef(), risks, m_directory);
            emit workloadLoaded();
        });
}

void MainWindow::updateOfficerFilter()
{
    if (!supervisesOfficers()) {
        return;
    }
    m_caseload->setOfficers(m_directory);
    m_ui->caseloadTable->setColumnHidden(CaseloadModel::Officer, false);

    // The owners of the cases listed, and the officers of the scope who own none yet, so a
    // drill-down to any of them shows their (empty) caseload rather than everyone's.
    QStringList usernames = m_caseload->owners();
    for (const User& u : m_colleagues) {
        const bool inScope = m_session.role == Role::Inspector ||
                             (!m_session.team.isEmpty() && u.team.value_or(QString()) == m_session.team);
        if (u.role == Role::Officer && !u.disabled.value_or(false) && inScope && !usernames.contains(u.username)) {
            usernames << u.username;
        }
    }
    const QString current = m_caseloadProxy->owner();
    if (!current.isEmpty() && !usernames.contains(current)) {
        usernames << current; // asked for: kept, even with no case
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(usernames.begin(), usernames.end(), [&](const QString& a, const QString& b) {
        const int c = collator.compare(m_directory.displayName(a), m_directory.displayName(b));
        return c != 0 ? c < 0 : a < b;
    });

    const QSignalBlocker block(m_ui->officerFilter);
    m_ui->officerFilter->clear();
    m_ui->officerFilter->addItem(tr("All officers"), QString());
    for (const QString& username : usernames) {
        m_ui->officerFilter->addItem(m_directory.displayName(username), username);
    }
    m_ui->officerFilter->setCurrentIndex(std::max(0, m_ui->officerFilter->findData(current)));
}

void MainWindow::showOfficerCaseload(const QString& username)
{
    if (!supervisesOfficers()) {
        return;
    }
    m_ui->tabs->setCurrentWidget(m_ui->caseloadTab);
    int index = m_ui->officerFilter->findData(username);
    if (index < 0) {
        m_caseloadProxy->setOwner(username); // kept by the rebuild as the choice asked for
        updateOfficerFilter();
        index = m_ui->officerFilter->findData(username);
    }
    if (m_ui->officerFilter->currentIndex() == index) {
        m_caseloadProxy->setOwner(username);
        updateCaseloadCount();
    } else {
        m_ui->officerFilter->setCurrentIndex(index); // narrows the caseload through its signal
    }
}

QString MainWindow::officerFilter() const
{
    return m_caseloadProxy->owner();
}

// ---------------------------------------------------------------- overriding an alert

std::optional<Alert> MainWindow::selectedMyWorkAlert() const
{
    // The row the user selected (the focus alone puts a current row on the table, unseen).
    const QModelIndexList selected = m_ui->myWorkTable->selectionModel()->selectedRows();
    if (selected.size() != 1) {
        return std::nullopt;
    }
    const QModelIndex source = m_myWorkProxy->mapToSource(selected.first());
    if (!source.isValid() || source.row() >= m_myWork->rowCount()) {
        return std::nullopt;
    }
    return m_myWork->alertAt(source.row());
}

void MainWindow::updateSupervisionActions(bool writable)
{
    m_ui->actionOverrideMyWorkAlert->setEnabled(writable && selectedMyWorkAlert().has_value() &&
                                                isAllowed(m_session.role, Operation::OverrideAlert));
}

void MainWindow::askOverrideReason()
{
    updateCaseActions();
    const Alert* a = m_nominalView->selectedAlert();
    if (!m_ui->actionOverrideAlert->isEnabled() || a == nullptr) {
        return;
    }
    openOverrideDialog(*a);
}

OverrideAlertDialog* MainWindow::openMyWorkOverride()
{
    updateCaseActions();
    const std::optional<Alert> alert = selectedMyWorkAlert();
    if (!m_ui->actionOverrideMyWorkAlert->isEnabled() || !alert) {
        return nullptr;
    }
    return openOverrideDialog(*alert);
}

OverrideAlertDialog* MainWindow::openOverrideDialog(const Alert& alert)
{
    if (!isAllowed(m_session.role, Operation::OverrideAlert) || m_integrity != Integrity::Ok) {
        return nullptr;
    }
    const QString name = m_caseload->namesByRef().value(alert.nominal);
    const QString nominal = name.isEmpty() ? alert.nominal : tr("%1 (%2)").arg(name, alert.nominal);
    const QString owner = alert.owner ? m_directory.displayName(*alert.owner) : QString();
    auto* dialog = new OverrideAlertDialog(alert, nominal, owner, m_directory.displayName(m_session.username), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = alert.key;
    dialog->setSubmitHandler([this, dialog, key](const QString& reason) {
        overrideAlert(key, reason, QPointer<OverrideAlertDialog>(dialog));
    });
    dialog->open();
    return dialog;
}

void MainWindow::overrideAlert(const QString& key, const QString& reason, QPointer<OverrideAlertDialog> dialog)
{
    auto refuse = [this, dialog](const QString& message) {
        if (dialog) {
            dialog->setBusy(false);
            dialog->showError(message);
        } else {
            showError(tr("The alert could not be overridden: %1").arg(message));
        }
    };
    if (m_integrity != Integrity::Ok) {
        refuse(tr("Changes are disabled: the database failed its integrity check."));
        return;
    }
    Services* services = m_services.get();
    const Session session = m_session;
    const QString ref = key.section(QLatin1Char(':'), 1, 1);
    m_runner->run(
        this, [services, session, key, reason] { return services->overrideAlert(session, key, reason); },
        [this, ref, dialog, refuse](Status status) {
            if (!status) {
                refuse(status.error().message);
                return;
            }
            spdlog::info("alert overridden on {}", ref.toStdString());
            if (dialog) {
                dialog->finishAccepted();
            }
            statusBar()->showMessage(tr("Alert overridden on %1; it is no longer listed.").arg(ref),
                                     kOverriddenMessageMs);
            reloadAfterChange(ref); // the alerts without it, and the record's Decisions with it
        });
    updateCaseActions();
}

} // namespace somdesk
