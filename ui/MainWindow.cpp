#include "MainWindow.h"

#include "ServiceRunner.h"
#include "Settings.h"
#include "dialogs/AddEntryDialog.h"
#include "dialogs/PurposeDialog.h"
#include "models/AlertsModel.h"
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"
#include "models/CollatingProxyModel.h"
#include "models/ItemRoles.h"
#include "models/Labels.h"
#include "models/SearchResultsModel.h"
#include "models/StatusColours.h"
#include "services/Permissions.h"
#include "views/NominalView.h"

#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace somdesk {

namespace {

// Arrowing through the caseload should not consult (and audit) every record passed over.
// The service decides from the policy (backup_interval_hours) whether a backup is due; the
// timer only asks it again.
constexpr int kBackupTimerMs = 60 * 60 * 1000;
constexpr int kStatusMessageMs = 15000;
constexpr int kSearchLimit = 200;

} // namespace

MainWindow::MainWindow(SignedIn signedIn, const Options& options, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_services(std::move(signedIn.services)),
      m_session(std::move(signedIn.session)), m_options(options), m_settings(settings),
      m_runner(new ServiceRunner(this)), m_directory(m_session), m_caseload(new CaseloadModel(this)),
      m_caseloadProxy(new CaseloadFilterModel(this)), m_myWork(new AlertsModel(this)),
      m_myWorkProxy(new CollatingProxyModel(this)), m_searchResults(new SearchResultsModel(this))
{
    m_ui->setupUi(this);
    if (!m_options.today.isValid()) {
        m_options.today = QDate::currentDate();
    }

    m_ui->demoBanner->setVisible(m_options.demo);
    m_ui->errorBanner->hide();
    m_ui->integrityBanner->hide();

    m_nominalView = new NominalView(m_ui->nominalPane);
    m_ui->nominalPaneLayout->addWidget(m_nominalView);

    m_caseloadProxy->setSourceModel(m_caseload);
    m_ui->caseloadTable->setModel(m_caseloadProxy);
    m_ui->caseloadTable->verticalHeader()->hide();
    m_ui->caseloadTable->horizontalHeader()->setStretchLastSection(false);
    // The worst alert takes the spare width: it is the column read first.
    m_ui->caseloadTable->horizontalHeader()->setSectionResizeMode(CaseloadModel::WorstAlert, QHeaderView::Stretch);
    m_ui->caseloadTable->horizontalHeader()->setSortIndicator(CaseloadModel::WorstAlert, Qt::AscendingOrder);
    m_ui->caseloadTable->setSortingEnabled(true);

    m_myWorkProxy->setSourceModel(m_myWork);
    m_ui->myWorkTable->setModel(m_myWorkProxy);
    m_ui->myWorkTable->verticalHeader()->hide();
    m_ui->myWorkTable->horizontalHeader()->setStretchLastSection(true);
    // The rules' own order (overdue, due, info; earliest due first) until the user sorts.
    m_ui->myWorkTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->myWorkTable->setSortingEnabled(true);
    m_ui->myWorkTable->setColumnWidth(AlertsModel::Status, 80);
    m_ui->myWorkTable->setColumnWidth(AlertsModel::Due, 100);
    m_ui->myWorkTable->setColumnWidth(AlertsModel::DaysOverdue, 100);
    m_ui->myWorkTable->setColumnWidth(AlertsModel::Nominal, 240);
    m_ui->myWorkTable->setColumnWidth(AlertsModel::Rule, 230);
    m_ui->myWorkTable->setColumnWidth(AlertsModel::Reason, 480);

    m_ui->searchTable->setModel(m_searchResults);
    m_ui->searchTable->verticalHeader()->hide();
    m_ui->searchTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->searchTable->setColumnWidth(SearchResultsModel::Reference, 110);
    m_ui->searchTable->setColumnWidth(SearchResultsModel::Name, 240);
    m_ui->searchTable->setColumnWidth(SearchResultsModel::EntryId, 110);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->searchButton, &QPushButton::clicked, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->searchTable, &QTableView::activated, this, &MainWindow::openSearchHit);

    m_backupTimer.setInterval(kBackupTimerMs);
    connect(&m_backupTimer, &QTimer::timeout, this, &MainWindow::runAutomaticBackup);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_statusLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addWidget(m_busyBar);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    QString who = tr("%1 — %2").arg(m_directory.displayName(m_session.username), Labels::role(m_session.role));
    if (!m_session.area.isEmpty()) {
        who = tr("%1, %2").arg(who, m_session.area);
    }
    m_userLabel->setText(tr("Signed in: %1 · Alerts as of %2").arg(who, Labels::date(m_options.today)));
    m_userLabel->setToolTip(m_options.databasePath);

    // A record opens only by an explicit choice (Enter, double-click, the menu), never by moving
    // through the table or typing in the filter; Tab leaves the tables rather than walking cells.
    connect(m_ui->caseloadTable, &QTableView::activated, this, &MainWindow::openCurrentCaseloadRow);
    for (QTableView* table : {m_ui->caseloadTable, m_ui->myWorkTable, m_ui->searchTable}) {
        table->setTabKeyNavigation(false);
    }
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_caseloadProxy->setFilterFixedString(text.trimmed());
        updateCaseloadCount();
    });
    connect(m_ui->onlyMineCheck, &QCheckBox::toggled, this, &MainWindow::applyMyWorkFilter);
    connect(m_ui->myWorkTable, &QTableView::activated, this, &MainWindow::openMyWorkFix);
    connect(m_nominalView, &NominalView::alertActivated, this, [this](const Alert& alert) { openFixFor(alert); });
    connect(m_runner, &ServiceRunner::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_nominalView, &NominalView::selectedEntryChanged, this, &MainWindow::updateCaseActions);
    connect(m_nominalView, &NominalView::selectedAlertChanged, this, &MainWindow::updateCaseActions);

    setupActions();
    setupSupervision();
    setupDipSampling();
    m_settings.setUser(m_session.username); // columns, filters and tabs are the person's own
    restoreSettings();
    if (!m_options.paletteGiven) {
        applyPalette(m_settings.flag(Settings::Key::DarkPalette));
    }
    m_ui->actionDarkPalette->setChecked(colours::isDark(QApplication::palette()));
    connect(m_ui->actionDarkPalette, &QAction::toggled, this, [this](bool dark) {
        applyPalette(dark);
        m_settings.setValue(Settings::Key::DarkPalette, dark);
    });
    updateTitle();
    m_nominalView->showMessage(tr("Select a nominal in the caseload to see the record."));
    updateCaseActions();
}

MainWindow::~MainWindow()
{
    // Let the call in progress finish while the services it uses still exist.
    m_runner->waitForDone();
}

ChronologyModel* MainWindow::chronologyModel() const
{
    return m_nominalView->chronologyModel();
}

void MainWindow::setupActions()
{
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowCaseload, &QAction::triggered, this,
            [this] { m_ui->tabs->setCurrentWidget(m_ui->caseloadTab); });
    connect(m_ui->actionShowMyWork, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->myWorkTab);
        m_ui->myWorkTable->setFocus();
    });
    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->caseloadTab);
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionOpenCase, &QAction::triggered, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->myWorkTab) {
            const QModelIndex current = m_ui->myWorkTable->currentIndex();
            if (current.isValid()) {
                openCase(current.data(RefRole).toString());
            }
        } else {
            openCurrentCaseloadRow();
        }
    });
    m_ui->actionShowSearch->setShortcuts(
        {QKeySequence(QStringLiteral("Ctrl+Shift+F")), QKeySequence(QStringLiteral("Ctrl+3"))});
    connect(m_ui->actionShowSearch, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->searchTab);
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionAcknowledge, &QAction::triggered, this, &MainWindow::acknowledgeSelectedEntry);
    connect(m_ui->actionAddEntry, &QAction::triggered, this, [this] { openAddEntryDialog(); });
    connect(m_ui->actionLogVisit, &QAction::triggered, this, [this] { openLogVisitDialog(); });
    connect(m_ui->actionRecordArms, &QAction::triggered, this, [this] { openRecordArmsDialog(); });
    connect(m_ui->actionRecordPlan, &QAction::triggered, this, [this] { openRecordPlanDialog(); });
    connect(m_ui->actionRecordScreening, &QAction::triggered, this, [this] { openRecordScreeningDialog(); });
    connect(m_ui->actionRecordStaticScore, &QAction::triggered, this, [this] { openRecordStaticScoreDialog(); });
    connect(m_ui->actionRecordReferral, &QAction::triggered, this, [this] { openRecordReferralDialog(); });
    connect(m_ui->actionRecordNotification, &QAction::triggered, this, [this] { openRecordNotificationDialog(); });
    connect(m_ui->actionRecordCustody, &QAction::triggered, this, [this] { openRecordCustodyDialog(); });
    connect(m_ui->actionRecordRelease, &QAction::triggered, this, [this] { openRecordReleaseDialog(); });
    connect(m_ui->actionRaiseConcern, &QAction::triggered, this, [this] { openRaiseConcernDialog(); });
    connect(m_ui->actionEditDetails, &QAction::triggered, this, [this] { openEditDetailsDialog(); });
    setupDecisions();
    setupIdleLock();
    setupRecordView();
    connect(m_ui->actionAcknowledgeTransfer, &QAction::triggered, this, [this] { acknowledgeTransfer(); });
    connect(m_ui->actionRegisterNominal, &QAction::triggered, this, [this] { openRegisterNominalDialog(); });
    connect(m_ui->actionOverrideAlert, &QAction::triggered, this, &MainWindow::askOverrideReason);
    m_ui->actionOverrideAlert->setVisible(isAllowed(m_session.role, Operation::OverrideAlert));
    m_ui->menuCase->menuAction()->setVisible(isAllowed(m_session.role, Operation::AddEntry) ||
                                             isAllowed(m_session.role, Operation::AcknowledgeEntry));
    m_nominalView->setActions(m_ui->actionAddEntry, m_ui->actionAcknowledge, m_ui->actionOverrideAlert);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About somdesk"),
                           tr("<p><b>somdesk</b> %1</p><p>Casework for the management of registered sex "
                              "offenders: caseloads, chronologies and the alerts that make due work "
                              "visible.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    // Shortcuts work wherever the focus is in the window, menus open or not.
    for (QAction* action :
         {m_ui->actionRefresh, m_ui->actionQuit, m_ui->actionShowCaseload, m_ui->actionShowMyWork,
          m_ui->actionShowSearch, m_ui->actionFilter, m_ui->actionOpenCase, m_ui->actionAddEntry,
          m_ui->actionAcknowledge, m_ui->actionOverrideAlert, m_ui->actionAbout, m_ui->actionUserGuide}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

void MainWindow::applyPalette(bool dark)
{
    // Fusion draws every role of the palette, so the contrast checked for it is what is seen.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? colours::darkPalette() : colours::lightPalette());
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings.bytes(Settings::Key::MainWindowGeometry);
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray state = m_settings.bytes(Settings::Key::MainWindowState);
    if (!state.isEmpty()) {
        restoreState(state);
    }
    const QByteArray splitter = m_settings.bytes(Settings::Key::CaseloadSplitter);
    if (splitter.isEmpty() || !m_ui->caseloadSplitter->restoreState(splitter)) {
        m_ui->caseloadSplitter->setSizes({380, 480});
    }
    const QByteArray header = m_settings.bytes(Settings::Key::CaseloadHeader);
    if (!header.isEmpty()) {
        m_ui->caseloadTable->horizontalHeader()->restoreState(header);
    }
    m_nominalView->restoreSplitterState(m_settings.bytes(Settings::Key::NominalSplitter));
    m_ui->tabs->setCurrentIndex(qBound(0, m_settings.number(Settings::Key::CurrentTab), m_ui->tabs->count() - 1));
    const QSignalBlocker block(m_ui->onlyMineCheck);
    m_ui->onlyMineCheck->setChecked(m_settings.flag(Settings::Key::OnlyMyWork));
    const int tab = m_settings.number(Settings::Key::RecordTab);
    if (tab >= 0 && tab <= int(NominalView::Tab::Scores)) {
        m_nominalView->setCurrentTab(static_cast<NominalView::Tab>(tab)); // not offered: stays on Chronology
    }
    if (const QString type = m_settings.text(Settings::Key::ChronologyType); !type.isEmpty()) {
        if (const auto parsed = enumFromString<EntryType>(type)) {
            m_nominalView->setTypeFilter(*parsed);
        }
    }
}

void MainWindow::saveSettings()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::CaseloadSplitter, m_ui->caseloadSplitter->saveState());
    m_settings.setValue(Settings::Key::CaseloadHeader, m_ui->caseloadTable->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::NominalSplitter, m_nominalView->saveSplitterState());
    m_settings.setValue(Settings::Key::CurrentTab, m_ui->tabs->currentIndex());
    m_settings.setValue(Settings::Key::OnlyMyWork, m_ui->onlyMineCheck->isChecked());
    m_settings.setValue(Settings::Key::RecordTab, int(m_nominalView->currentTab()));
    const std::optional<EntryType> type = m_nominalView->typeFilter();
    m_settings.setValue(Settings::Key::ChronologyType, type ? toString(*type) : QString());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::updateTitle()
{
    QString title = tr("somdesk — %1").arg(m_session.name.isEmpty() ? m_session.username : m_session.name);
    if (m_options.demo) {
        title += QLatin1Char(' ') + tr("[DEMO DATA]");
    }
    setWindowTitle(title);
}

void MainWindow::setStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

void MainWindow::showError(const QString& text)
{
    m_ui->errorBanner->setText(text);
    m_ui->errorBanner->show();
}

QString MainWindow::errorText() const
{
    return m_ui->errorBanner->isHidden() ? QString() : m_ui->errorBanner->text();
}

bool MainWindow::isCaseloadTabCurrent() const
{
    return m_ui->tabs->currentWidget() == m_ui->caseloadTab;
}

bool MainWindow::isBusy() const
{
    return m_runner->isBusy();
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyBar->setVisible(busy);
    m_ui->actionRefresh->setEnabled(!isLocked() && (!busy || !m_refreshing));
    updateCaseActions();
    emit busyChanged(busy);
}

void MainWindow::refresh()
{
    if (m_refreshing) {
        return;
    }
    m_refreshing = true;
    m_ui->actionRefresh->setEnabled(false);
    m_ui->errorBanner->hide();
    m_ui->integrityBanner->hide();
    setStatus(tr("Loading the caseload…"));

    Services* services = m_services.get();
    const Session session = m_session;

    // Names and collar numbers of colleagues, so nobody is shown as a bare username.
    if (isAllowed(m_session.role, Operation::ListColleagues)) {
        m_runner->run(
            this, [services, session] { return services->colleagues(session); },
            [this](Result<QList<User>> users) {
                if (!users) {
                    spdlog::warn("listing colleagues failed: {}", users.error().message.toStdString());
                    return;
                }
                for (const User& u : *users) {
                    m_directory.add(u);
                }
                m_colleagues = *users;
                updateOfficerFilter();
            });
    }
    if (isAllowed(m_session.role, Operation::ListUsers)) {
        m_runner->run(
            this, [services, session] { return services->listUsers(session); },
            [this](Result<QList<UserInfo>> users) {
                if (!users) {
                    spdlog::warn("listing users failed: {}", users.error().message.toStdString());
                    return;
                }
                for (const UserInfo& u : *users) {
                    m_directory.add(u.user);
                }
                updateOfficerFilter();
            });
    }

    m_runner->run(
        this, [services, session] { return services->caseload(session); },
        [this](Result<QList<CaseSummary>> cases) {
            if (!cases) {
                showError(tr("The caseload could not be loaded: %1").arg(cases.error().message));
                setStatus(tr("The caseload could not be loaded."));
                return;
            }
            const QString current = m_shownRef;
            m_caseload->setCases(*cases);
            m_caseload->setAlerts(m_alerts);
            updateOfficerFilter(); // the owners listed, with their names
            m_myWork->setNominalNames(m_caseload->namesByRef());
            m_searchResults->setNominalNames(m_caseload->namesByRef());
            m_caseloadSize = static_cast<int>(cases->size());
            if (m_ui->caseloadTable->horizontalHeader()->sectionSize(CaseloadModel::Name) <= 100 ||
                m_settings.bytes(Settings::Key::CaseloadHeader).isEmpty()) {
                m_ui->caseloadTable->resizeColumnsToContents();
                // Room for the bold of the row on screen, which may not be the row sized on.
                const int bold = m_ui->caseloadTable->fontMetrics().averageCharWidth() * 2;
                // Bold is about a tenth wider than regular: long cells (names, officers) need more.
                for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
                    const int width = m_ui->caseloadTable->columnWidth(column);
                    m_ui->caseloadTable->setColumnWidth(column, qMin(width + qMax(bold, width / 8), 256));
                }
            }
            // One area (an officer's or a team's caseload) says nothing per row; the record shows it.
            QSet<QString> areas;
            for (const CaseSummary& c : *cases) {
                areas.insert(c.area);
            }
            m_ui->caseloadTable->setColumnHidden(CaseloadModel::Area, areas.size() <= 1);
            updateCaseloadCount();
            setStatus(tr("Loading alerts…"));
            spdlog::info("caseload loaded: {} nominals", m_caseloadSize);
            if (!current.isEmpty()) {
                const int row = m_caseload->rowOfRef(current);
                if (row >= 0) {
                    const QSignalBlocker block(m_ui->caseloadTable->selectionModel());
                    m_ui->caseloadTable->setCurrentIndex(m_caseloadProxy->mapFromSource(m_caseload->index(row, 0)));
                }
            }
            emit caseloadLoaded();
        });

    AlertQuery query;
    query.asOf = m_options.today;
    query.purpose = QStringLiteral("alerts review");
    m_runner->run(
        this, [services, session, query] { return services->alerts(session, query); },
        [this](Result<AlertRun> run) {
            m_refreshing = false;
            m_ui->actionRefresh->setEnabled(!isLocked());
            if (!run) {
                showError(tr("Alerts could not be computed: %1").arg(run.error().message));
                setStatus(tr("Alerts could not be computed."));
                return;
            }
            m_alerts = run->alerts;
            m_alertsLoaded = true;
            m_caseload->setAlerts(m_alerts);
            if (m_settings.bytes(Settings::Key::CaseloadHeader).isEmpty()) {
                for (int column : {CaseloadModel::WorstAlert, CaseloadModel::AlertCount}) {
                    m_ui->caseloadTable->resizeColumnToContents(column);
                    m_ui->caseloadTable->setColumnWidth(column, qMin(m_ui->caseloadTable->columnWidth(column), 220));
                }
            }

            applyMyWorkFilter();
            if (!m_shownRef.isEmpty()) {
                m_nominalView->setAlerts(alertsFor(m_shownRef));
            }
            spdlog::info("alerts loaded: {} alerts over {} nominals", m_alerts.size(), run->nominalsConsidered);
            setStatus(tr("%n nominal(s) in your caseload.", nullptr, m_caseloadSize) + QLatin1Char(' ') +
                      tr("%n alert(s) open.", nullptr, static_cast<int>(m_alerts.size())));
            emit alertsLoaded();
        });
    loadWorkload();
    loadReviewQueue();
    loadDipSamples();
}

void MainWindow::updateCaseloadCount()
{
    const int shown = m_caseloadProxy->rowCount();
    m_ui->caseloadCount->setText(shown == m_caseloadSize ? tr("%n nominal(s)", nullptr, m_caseloadSize)
                                                         : tr("%1 of %2").arg(shown).arg(m_caseloadSize));
}

void MainWindow::applyMyWorkFilter()
{
    QList<Alert> shown;
    const bool onlyMine = m_ui->onlyMineCheck->isChecked();
    int overdue = 0;
    int due = 0;
    int info = 0;
    for (const Alert& a : m_alerts) {
        if (onlyMine && a.owner != m_session.username) {
            continue;
        }
        shown << a;
        switch (a.status) {
        case AlertStatus::Overdue:
            ++overdue;
            break;
        case AlertStatus::Due:
            ++due;
            break;
        case AlertStatus::Info:
            ++info;
            break;
        }
    }
    m_myWork->setAlerts(shown);
    m_ui->myWorkSummary->setText(
        m_alertsLoaded ? tr("%1 overdue, %2 due, %3 for information").arg(overdue).arg(due).arg(info) : QString());
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->myWorkTab),
                           overdue > 0 ? tr("&My work (%1 overdue)").arg(overdue) : tr("&My work"));
}

QList<Alert> MainWindow::alertsFor(const QString& ref) const
{
    if (ref == m_outsideAlertsRef) {
        return m_outsideAlerts;
    }
    QList<Alert> result;
    for (const Alert& a : m_alerts) {
        if (a.nominal == ref) {
            result << a;
        }
    }
    return result;
}

std::optional<QString> MainWindow::askPurpose(const QString& ref)
{
    if (m_askPurpose) {
        return m_askPurpose(ref);
    }
    PurposeDialog dialog(ref, this);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.purpose();
}

QString MainWindow::purposeFor(const QString& ref) const
{
    // The audit records why a record was consulted; the words are data, not UI text.
    const int row = m_caseload->rowOfRef(ref);
    const bool own = row >= 0 && m_caseload->caseAt(row).owner == m_session.username;
    if (own || m_session.role == Role::Officer) {
        return QStringLiteral("case management");
    }
    return m_session.role == Role::Sergeant ? QStringLiteral("supervision") : QStringLiteral("area oversight");
}

void MainWindow::openCurrentCaseloadRow()
{
    const QModelIndex current = m_ui->caseloadTable->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString ref = current.data(RefRole).toString();
    if (ref.isEmpty() || ref == m_requestedRef) {
        return;
    }
    readNominal(ref);
}

void MainWindow::openCase(const QString& ref)
{
    if (ref.isEmpty()) {
        return;
    }
    m_ui->tabs->setCurrentWidget(m_ui->caseloadTab);
    const int row = m_caseload->rowOfRef(ref);
    if (row >= 0) {
        QModelIndex index = m_caseloadProxy->mapFromSource(m_caseload->index(row, 0));
        if (!index.isValid()) { // hidden by the filter
            m_ui->filterEdit->clear();
            index = m_caseloadProxy->mapFromSource(m_caseload->index(row, 0));
        }
        if (!index.isValid()) { // another officer's case
            showOfficerCaseload(QString());
            index = m_caseloadProxy->mapFromSource(m_caseload->index(row, 0));
        }
        const QSignalBlocker block(m_ui->caseloadTable->selectionModel());
        m_ui->caseloadTable->setCurrentIndex(index);
        m_ui->caseloadTable->scrollTo(index);
        m_ui->caseloadTable->viewport()->update();
    }
    m_ui->caseloadTable->setFocus();
    readNominal(ref);
}

void MainWindow::readNominal(const QString& ref, bool quiet, const QString& givenPurpose)
{
    QString purpose = givenPurpose;
    if (purpose.isEmpty() && quiet && ref == m_shownRef) {
        purpose = m_shownPurpose;
    }
    if (purpose.isEmpty() && m_caseload->rowOfRef(ref) < 0) {
        // Outside the caseload: consulted only with a recorded purpose (domain.md).
        const std::optional<QString> asked = askPurpose(ref);
        if (!asked) {
            setStatus(tr("%1 was not opened: no purpose given.").arg(ref));
            m_entryToSelect.clear();
            return;
        }
        purpose = *asked;
    }
    if (purpose.isEmpty()) {
        purpose = purposeFor(ref);
    }
    m_requestedRef = ref;
    if (!quiet) {
        m_nominalView->showMessage(tr("Opening %1…").arg(ref));
        setStatus(tr("Opening %1…").arg(ref));
    }
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this, [services, session, ref, purpose] { return services->readNominal(session, ref, purpose); },
        [this, ref, purpose](Result<Nominal> nominal) {
            if (ref != m_requestedRef) {
                return; // the user has moved on to another record
            }
            if (!nominal) {
                m_shownRef.clear();
                m_caseload->setOpenRef({});
                m_nominalView->showMessage(tr("%1 could not be opened: %2").arg(ref, nominal.error().message));
                setStatus(tr("%1 could not be opened.").arg(ref));
                return;
            }
            m_shownRef = ref;
            m_shownPurpose = purpose;
            m_caseload->setOpenRef(ref);
            if (ref == m_outsideAlertsRef && m_caseload->rowOfRef(ref) >= 0) {
                m_outsideAlertsRef.clear(); // now in the caseload: its alerts come with the caseload's
            }
            m_nominalView->showNominal(*nominal, alertsFor(ref), m_directory);
            if (m_caseload->rowOfRef(ref) < 0) {
                readRecordAlerts(ref); // the caseload's alerts run does not cover it
            }
            if (!m_entryToSelect.isEmpty()) {
                m_nominalView->selectEntry(m_entryToSelect);
                m_entryToSelect.clear();
            }
            if (m_alertToFix && m_alertToFix->nominal == ref) {
                // Once this call has finished, the actions are enabled again.
                QTimer::singleShot(0, this, [this, alert = *m_alertToFix] { openFixFor(alert); });
            }
            m_alertToFix.reset();
            setStatus(m_caseload->rowOfRef(ref) >= 0 ? tr("Showing %1.").arg(ref)
                                                     : tr("Showing %1, outside your caseload: read only.").arg(ref));
            emit nominalShown(ref);
        });
}

// ---------------------------------------------------------------- database care

void MainWindow::startDatabaseCare()
{
    Services* services = m_services.get();
    m_runner->run(
        this, [services] { return services->quickCheck(); },
        [this](Result<QString> result) { applyQuickCheck(result); });
}

void MainWindow::applyQuickCheck(const Result<QString>& result)
{
    if (result && result->trimmed() == QLatin1String("ok")) {
        m_integrity = Integrity::Ok;
        m_ui->integrityBanner->hide();
        spdlog::info("quick check passed");
        updateCaseActions();
        emit quickCheckFinished(true);
        if (m_options.automaticBackups && !m_backupTimer.isActive()) {
            m_backupTimer.start();
            runAutomaticBackup();
        }
        return;
    }
    m_integrity = Integrity::Failed;
    m_backupTimer.stop(); // a damaged database is not copied over the good backups
    // SQLite's report names pages and tables, never data; the first lines are enough here.
    QString detail = result ? result->trimmed() : result.error().message;
    const QStringList lines = detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    detail = lines.mid(0, 3).join(QStringLiteral("; "));
    if (lines.size() > 3) {
        detail += QStringLiteral("; …");
    }
    if (detail.isEmpty()) {
        detail = tr("no report");
    }
    spdlog::error("quick check failed: {}", detail.toStdString());
    m_ui->integrityBanner->setText(
        tr("The database failed its integrity check: %1. Changes are disabled; ask an administrator.").arg(detail));
    m_ui->integrityBanner->show();
    updateCaseActions();
    emit quickCheckFinished(false);
}

QString MainWindow::integrityText() const
{
    return m_ui->integrityBanner->isHidden() ? QString() : m_ui->integrityBanner->text();
}

QString MainWindow::backupFolder() const
{
    // Beside the database, so the backups stay with the data (and its access rights).
    if (!m_options.databasePath.isEmpty()) {
        return QFileInfo(m_options.databasePath).absoluteDir().filePath(QStringLiteral("backups"));
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

void MainWindow::runAutomaticBackup()
{
    if (m_integrity != Integrity::Ok || m_backupRunning) {
        return;
    }
    m_backupRunning = true;
    Services* services = m_services.get();
    const Session session = m_session;
    const QString folder = backupFolder();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_runner->run(
        this, [services, session, folder, now] { return services->automaticBackup(session, folder, now); },
        [this](Result<std::optional<BackupInfo>> result) {
            m_backupRunning = false;
            if (!result) {
                // The message names the folder or SQLite's error, no personal data.
                spdlog::error("automatic backup failed: {}", result.error().message.toStdString());
                statusBar()->showMessage(tr("The automatic backup failed; the log says why."), kStatusMessageMs);
                emit backupFinished(false);
                return;
            }
            if (!result->has_value()) {
                spdlog::debug("automatic backup not due");
                emit backupFinished(false);
                return;
            }
            spdlog::info("automatic backup written: {} (audit head {})",
                         QFileInfo((*result)->file).fileName().toStdString(), (*result)->auditHeadSeq);
            statusBar()->showMessage(tr("Backup written"), kStatusMessageMs);
            emit backupFinished(true);
        });
}

// ---------------------------------------------------------------- casework

void MainWindow::updateCaseActions()
{
    if (isLocked()) {
        return; // every action stays off until the user unlocks
    }
    const bool writable = m_integrity == Integrity::Ok && !m_runner->isBusy();
    const bool record =
        !m_shownRef.isEmpty() && m_shownRef == m_nominalView->currentRef() && m_nominalView->isShowingRecord();

    // Casework only inside the user's scope, which is exactly their caseload: a record opened
    // from a search outside it is read only, however it was opened.
    const bool inScope = record && m_caseload->rowOfRef(m_shownRef) >= 0;
    m_ui->actionAddEntry->setEnabled(writable && inScope && isAllowed(m_session.role, Operation::AddEntry));
    updateRecordingActions(writable, inScope);
    updateDecisionActions(writable, inScope);

    const QStringList acknowledgeable = inScope ? acknowledgeableSelection() : QStringList();
    m_ui->actionAcknowledge->setEnabled(writable && !acknowledgeable.isEmpty() &&
                                        isAllowed(m_session.role, Operation::AcknowledgeEntry));
    m_ui->actionAcknowledge->setText(acknowledgeable.size() > 1
                                         ? tr("&Acknowledge %n entries", nullptr, int(acknowledgeable.size()))
                                         : tr("&Acknowledge entry"));

    m_ui->actionOverrideAlert->setEnabled(writable && inScope && m_nominalView->selectedAlert() != nullptr &&
                                          isAllowed(m_session.role, Operation::OverrideAlert));
    updateSupervisionActions(writable);
}

void MainWindow::reloadAfterChange(const QString& ref)
{
    // Alerts first, so the record comes back with the alerts as they now stand.
    refresh();
    if (ref == m_shownRef) {
        readNominal(ref, true);
    }
}

QStringList MainWindow::acknowledgeableSelection() const
{
    // Of the selected entries, those made by others that the user has not yet acknowledged.
    QStringList ids;
    for (const Entry& e : m_nominalView->selectedEntries()) {
        const bool mine = e.by == m_session.username;
        const bool seen = std::any_of(e.acknowledged.cbegin(), e.acknowledged.cend(),
                                      [this](const Acknowledgement& a) { return a.by == m_session.username; });
        if (!mine && !seen) {
            ids << e.id;
        }
    }
    return ids;
}

void MainWindow::acknowledgeSelectedEntry()
{
    updateCaseActions();
    const QStringList ids = acknowledgeableSelection();
    if (!m_ui->actionAcknowledge->isEnabled() || ids.isEmpty()) {
        return;
    }
    const QString ref = m_shownRef;
    const QString what = ids.size() == 1 ? tr("entry %1").arg(ids.first()) : tr("%n entries", nullptr, int(ids.size()));
    Services* services = m_services.get();
    const Session session = m_session;
    setStatus(tr("Acknowledging %1…").arg(what));
    m_entryToSelect = ids.first();
    m_runner->run(
        this, [services, session, ref, ids] { return services->acknowledgeEntries(session, ref, ids); },
        [this, ref, what](Result<int> done) {
            if (!done) {
                m_entryToSelect.clear();
                showError(tr("Could not acknowledge %1: %2").arg(what, done.error().message));
                setStatus(tr("Nothing was acknowledged."));
                return;
            }
            spdlog::info("acknowledged {} entries on {}", *done, ref.toStdString());
            statusBar()->showMessage(tr("Acknowledged %1.").arg(what), kStatusMessageMs);
            reloadAfterChange(ref);
        });
    updateCaseActions();
}

AddEntryDialog* MainWindow::openAddEntryDialog()
{
    updateCaseActions();
    if (!m_ui->actionAddEntry->isEnabled()) {
        return nullptr;
    }
    const QString ref = m_shownRef;
    const QString name = m_caseload->namesByRef().value(ref);
    auto* dialog = new AddEntryDialog(name.isEmpty() ? ref : tr("%1 (%2)").arg(name, ref), m_session.role,
                                      m_nominalView->entries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler([this, dialog, ref](const NewEntry& entry) {
        if (m_integrity != Integrity::Ok) {
            dialog->setBusy(false);
            dialog->showError(tr("Changes are disabled: the database failed its integrity check."));
            return;
        }
        QPointer<AddEntryDialog> guard(dialog);
        Services* services = m_services.get();
        const Session session = m_session;
        m_runner->run(
            this, [services, session, ref, entry] { return services->addEntry(session, ref, entry); },
            [this, guard, ref](Result<QString> id) {
                if (!id) {
                    if (guard) {
                        guard->setBusy(false);
                        guard->showError(id.error().message);
                    } else {
                        showError(tr("The entry could not be added: %1").arg(id.error().message));
                    }
                    return;
                }
                spdlog::info("entry {} added to {}", id->toStdString(), ref.toStdString());
                if (guard) {
                    guard->finishAccepted();
                }
                statusBar()->showMessage(tr("Entry %1 added.").arg(*id), kStatusMessageMs);
                m_entryToSelect = *id;
                reloadAfterChange(ref);
            });
    });
    dialog->open();
    return dialog;
}

// ---------------------------------------------------------------- search

void MainWindow::search(const QString& text)
{
    const QString query = text.trimmed();
    const int serial = ++m_searchSerial;
    if (query.isEmpty()) {
        m_searchResults->setHits({});
        m_ui->searchSummary->clear();
        return;
    }
    m_ui->searchSummary->setText(tr("Searching…"));
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this, [services, session, query] { return services->search(session, query, kSearchLimit); },
        [this, serial, query](Result<QList<SearchHit>> hits) {
            if (serial != m_searchSerial) {
                return; // a newer search has been asked for
            }
            if (!hits) {
                m_searchResults->setHits({});
                m_ui->searchSummary->setText(tr("The search failed: %1").arg(hits.error().message));
                emit searchFinished();
                return;
            }
            m_searchResults->setNominalNames(m_caseload->namesByRef());
            m_searchResults->setHits(*hits);
            const int count = static_cast<int>(hits->size());
            if (count == 0) {
                m_ui->searchSummary->setText(tr("Nothing found for %1.").arg(query));
            } else if (count >= kSearchLimit) {
                m_ui->searchSummary->setText(
                    tr("The first %1 results for %2, newest first. Add words to narrow the search.")
                        .arg(count)
                        .arg(query));
            } else {
                m_ui->searchSummary->setText(tr("%n result(s) for %1.", nullptr, count).arg(query));
            }
            if (!hits->isEmpty()) {
                m_ui->searchTable->setCurrentIndex(m_searchResults->index(0, 0));
            }
            emit searchFinished();
        });
}

void MainWindow::openSearchHit(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const SearchHit& hit = m_searchResults->hitAt(index.row());
    m_entryToSelect = hit.entryId;
    m_requestedRef.clear(); // open it again even if it is the record shown, to select the entry
    openCase(hit.ref);
}

} // namespace somdesk
