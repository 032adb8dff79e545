#include "views/NominalView.h"

#include "core/rules/Dates.h"

#include "models/AlertsModel.h"
#include "models/ChronologyFilterModel.h"
#include "models/ChronologyModel.h"
#include "models/Labels.h"
#include "models/RecordTableModel.h"
#include "models/RecordTables.h"
#include "models/StatusColours.h"
#include "models/VisitsModel.h"
#include "views/MatchHighlighter.h"
#include "views/RecordHeaderExtras.h"

#include "ui_NominalView.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace somdesk {

NominalView::NominalView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NominalView>()), m_chronology(new ChronologyModel(this)),
      m_chronologyProxy(new ChronologyFilterModel(this)), m_highlighter(new MatchHighlightDelegate(this)),
      m_alerts(new AlertsModel(this))
{
    m_ui->setupUi(this);

    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    for (QLabel* caption : {m_ui->refCaption, m_ui->dobCaption, m_ui->riskCaption, m_ui->mappaCaption,
                            m_ui->ownerCaption, m_ui->areaCaption, m_ui->managementCaption, m_ui->registrationCaption,
                            m_ui->addressCaption, m_ui->detailsCaption}) {
        caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    for (QLabel* value : {m_ui->refValue, m_ui->dobValue, m_ui->riskValue, m_ui->mappaValue, m_ui->ownerValue,
                          m_ui->areaValue, m_ui->managementValue, m_ui->registrationValue}) {
        value->setWordWrap(true); // the pane keeps its width; long values take a second line
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QLabel* value : {m_ui->addressValue, m_ui->detailsValue}) {
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_headerExtras = std::make_unique<RecordHeaderExtras>();
    m_headerExtras->install(m_ui->headerGrid, this, m_ui->riskValue);
    applyStatusColours();
    m_ui->headerGrid->setColumnStretch(1, 1);
    m_ui->headerGrid->setColumnStretch(3, 1);
    for (QLabel* caption : {m_ui->alertsCaption, m_ui->chronologyCaption, m_ui->entryCaption}) {
        QFont f = caption->font();
        f.setBold(true);
        caption->setFont(f);
    }

    m_visits = new VisitsModel(this);
    m_ui->visitsTable->setModel(m_visits);
    m_ui->visitsTable->verticalHeader()->hide();
    m_ui->visitsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->visitsTable->horizontalHeader()->setSectionResizeMode(VisitsModel::Verified, QHeaderView::Stretch);

    m_ui->alertsTable->setModel(m_alerts);
    // The record names the nominal, and the due date says how late: both columns would repeat.
    m_ui->alertsTable->setColumnHidden(AlertsModel::Nominal, true);
    m_ui->alertsTable->setColumnHidden(AlertsModel::DaysOverdue, true);
    m_ui->alertsTable->verticalHeader()->hide();
    // Reasons are sentences: they wrap in the pane's width rather than scroll sideways.
    m_ui->alertsTable->setWordWrap(true);
    QHeaderView* alertsHeader = m_ui->alertsTable->horizontalHeader();
    for (int column : {AlertsModel::Status, AlertsModel::Due, AlertsModel::DaysOverdue}) {
        alertsHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    alertsHeader->setSectionResizeMode(AlertsModel::Rule, QHeaderView::ResizeToContents);
    alertsHeader->setSectionResizeMode(AlertsModel::Reason, QHeaderView::Stretch);
    alertsHeader->setSectionResizeMode(AlertsModel::ClearsWhen, QHeaderView::Stretch);
    m_ui->alertsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chronologyProxy->setSourceModel(m_chronology);
    m_ui->chronologyTable->setModel(m_chronologyProxy);
    m_ui->chronologyTable->setItemDelegate(m_highlighter);
    // Several entries can be selected and acknowledged together.
    m_ui->chronologyTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->chronologyTable->setTabKeyNavigation(false);
    m_ui->alertsTable->setTabKeyNavigation(false);
    m_ui->chronologyTable->setAccessibleName(tr("Chronology entries"));
    m_ui->alertsTable->setAccessibleName(tr("Alerts open on this record"));
    m_ui->typeFilter->addItem(tr("All types"));
    for (EntryType type : {EntryType::Note, EntryType::Intelligence, EntryType::Concern, EntryType::Disclosure,
                           EntryType::Oversight, EntryType::Transfer, EntryType::System}) {
        m_ui->typeFilter->addItem(Labels::entryType(type), int(type));
    }
    connect(m_ui->typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant type = m_ui->typeFilter->currentData();
        m_chronologyProxy->setType(type.isValid() ? std::optional(EntryType(type.toInt())) : std::nullopt);
        updateMatchCount();
    });
    connect(m_ui->chronologySearch, &QLineEdit::textChanged, this, &NominalView::applySearch);
    m_ui->chronologyTable->verticalHeader()->hide();
    m_ui->chronologyTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->chronologyTable->horizontalHeader()->setSectionResizeMode(ChronologyModel::Text, QHeaderView::Stretch);
    m_ui->chronologyTable->horizontalHeader()->setSectionResizeMode(ChronologyModel::When,
                                                                    QHeaderView::ResizeToContents);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::Type, 90);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::Author, 150);
    m_ui->chronologyTable->setColumnWidth(
        ChronologyModel::Id, m_ui->chronologyTable->fontMetrics().horizontalAdvance(QStringLiteral("E00000")) + 16);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::References, 80);
    // "Name (collar) on dd MMM yyyy HH:mm" in full for one acknowledgement.
    m_ui->chronologyTable->setColumnWidth(
        ChronologyModel::AcknowledgedBy,
        m_ui->chronologyTable->fontMetrics().horizontalAdvance(tr("Morgan Stubworthson (10000) on 30 Sep 2026 16:42")) +
            16);
    // Newest first, as a chronology is read.
    m_ui->chronologyTable->sortByColumn(ChronologyModel::When, Qt::DescendingOrder);

    m_ui->recordSplitter->setStretchFactor(0, 2);
    m_ui->recordSplitter->setStretchFactor(1, 3);
    // The chronology's text needs the width; the header and alerts wrap in less.
    m_ui->recordSplitter->setSizes({580, 1000});
    m_ui->chronologySplitter->setStretchFactor(0, 3);
    m_ui->chronologySplitter->setStretchFactor(1, 1);

    connect(m_ui->chronologyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NominalView::showSelectedEntry);
    connect(m_chronologyProxy, &QAbstractItemModel::modelReset, this, &NominalView::showSelectedEntry);
    connect(m_ui->chronologyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NominalView::selectedEntryChanged);
    connect(m_chronologyProxy, &QAbstractItemModel::modelReset, this, &NominalView::selectedEntryChanged);
    // A wider selection (Shift or Ctrl) changes what "Acknowledge" covers.
    connect(m_ui->chronologyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NominalView::selectedEntryChanged);
    connect(m_ui->alertsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NominalView::selectedAlertChanged);
    connect(m_alerts, &QAbstractItemModel::modelReset, this, &NominalView::selectedAlertChanged);
    connect(m_ui->alertsTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            emit alertActivated(m_alerts->alertAt(index.row()));
        }
    });
    buildRecordTabs();
}

void NominalView::setActions(QAction* addEntry, QAction* acknowledge, QAction* overrideAlert)
{
    m_ui->addEntryButton->setDefaultAction(addEntry);
    m_ui->acknowledgeButton->setDefaultAction(acknowledge);
    m_ui->overrideButton->setDefaultAction(overrideAlert);
    m_ui->overrideButton->setVisible(overrideAlert->isVisible());
}

bool NominalView::isShowingRecord() const
{
    return m_ui->stack->currentWidget() == m_ui->recordPage;
}

const Entry* NominalView::selectedEntry() const
{
    if (!isShowingRecord()) {
        return nullptr;
    }
    const QModelIndex current = m_chronologyProxy->mapToSource(m_ui->chronologyTable->currentIndex());
    return current.isValid() ? &m_chronology->entryAt(current.row()) : nullptr;
}

QList<Entry> NominalView::selectedEntries() const
{
    QList<Entry> result;
    if (!isShowingRecord()) {
        return result;
    }
    QModelIndexList rows = m_ui->chronologyTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        result << m_chronology->entryAt(m_chronologyProxy->mapToSource(index).row());
    }
    if (result.isEmpty()) {
        if (const Entry* e = selectedEntry()) {
            result << *e;
        }
    }
    return result;
}

bool NominalView::selectEntry(const QString& entryId)
{
    for (int row = 0; row < m_chronology->rowCount(); ++row) {
        if (m_chronology->entryAt(row).id == entryId) {
            QModelIndex index = m_chronologyProxy->mapFromSource(m_chronology->index(row, 0));
            if (!index.isValid()) { // hidden by the filter: the entry asked for is shown
                setTypeFilter(std::nullopt);
                m_ui->chronologySearch->clear();
                index = m_chronologyProxy->mapFromSource(m_chronology->index(row, 0));
            }
            m_ui->recordTabs->setCurrentWidget(m_ui->chronologyPane);
            m_ui->chronologyTable->setCurrentIndex(index);
            m_ui->chronologyTable->scrollTo(index);
            return true;
        }
    }
    return false;
}

const Alert* NominalView::selectedAlert() const
{
    if (!isShowingRecord()) {
        return nullptr;
    }
    const QModelIndex current = m_ui->alertsTable->currentIndex();
    return current.isValid() ? &m_alerts->alertAt(current.row()) : nullptr;
}

bool NominalView::selectAlert(const QString& key)
{
    for (int row = 0; row < m_alerts->rowCount(); ++row) {
        if (m_alerts->alertAt(row).key == key) {
            m_ui->alertsTable->setCurrentIndex(m_alerts->index(row, 0));
            return true;
        }
    }
    return false;
}

QList<Entry> NominalView::entries() const
{
    QList<Entry> result;
    for (int row = 0; row < m_chronology->rowCount(); ++row) {
        result << m_chronology->entryAt(row);
    }
    return result;
}

NominalView::~NominalView() = default;

void NominalView::showMessage(const QString& text)
{
    m_ui->placeholderLabel->setText(text);
    m_ui->stack->setCurrentWidget(m_ui->placeholderPage);
}

void NominalView::showNominal(const Nominal& n, const QList<Alert>& alerts, const UserDirectory& directory)
{
    // Showing the same record again (after a change) keeps the entry and alert the user had selected.
    QString keepEntry;
    QString keepAlert;
    if (n.ref == m_ref) {
        if (const Entry* e = selectedEntry()) {
            keepEntry = e->id;
        }
        if (const Alert* a = selectedAlert()) {
            keepAlert = a->key;
        }
    }
    m_ref = n.ref;
    m_nominal = n;
    m_ui->nameLabel->setText(Labels::personName(n.familyName, n.givenNames));
    m_ui->nameLabel->setToolTip(n.aliases.isEmpty() ? QString()
                                                    : tr("Also known as: %1").arg(n.aliases.join(tr(", "))));
    m_ui->refValue->setText(n.ref);
    m_headerExtras->show(n, londonDate(QDateTime::currentDateTimeUtc()), m_ui->dobValue, m_ui->riskValue);
    applyStatusColours();
    m_ui->mappaValue->setText(Labels::mappa(n.mappaCategory, n.mappaLevel));
    m_ui->ownerValue->setText(directory.displayName(n.owner));
    m_ui->ownerValue->setToolTip(n.owner);
    m_ui->areaValue->setText(n.area);
    m_ui->managementValue->setText(Labels::management(n.management));

    QString registration =
        tr("%1, first notified %2")
            .arg(Labels::notificationPeriod(n.registration.period), Labels::date(n.registration.firstNotified));
    if (n.registerStatus != RegisterStatus::Registered) {
        registration = tr("%1 (%2)").arg(Labels::registerStatus(n.registerStatus), registration);
    }
    m_ui->registrationValue->setText(registration);
    m_ui->addressValue->setText(n.address.value_or(tr("Not recorded")));
    showDetailsHistory(n, directory);

    setAlerts(alerts);
    m_visits->setVisits(n.visits, directory);
    const int visitsTab = m_ui->recordTabs->indexOf(m_ui->visitsPane);
    m_ui->recordTabs->setTabText(visitsTab, n.visits.isEmpty() ? tr("Visits: none")
                                                               : tr("Visits (%n)", nullptr, int(n.visits.size())));
    showTable(Tab::Arms, recordTables::arms(n, directory), tr("ARMS"));
    showTable(Tab::Mappa, recordTables::mappa(n, directory), tr("MAPPA"));
    showTable(Tab::Plans, recordTables::plans(n), tr("Plans"));
    showTable(Tab::Notifications, recordTables::notifications(n), tr("Notifications"));
    showTable(Tab::Custody, recordTables::custody(n), tr("Custody"));
    showTable(Tab::Decisions, recordTables::decisions(n, directory), tr("Decisions"));
    showTable(Tab::Details, recordTables::detailsHistory(n, directory), tr("Details history"));
    showTable(Tab::Scores, recordTables::staticScores(n, directory), tr("Static scores"));
    if (!n.staticScores.isEmpty()) {
        QTableView* scores = m_tables.value(Tab::Scores);
        scores->setCurrentIndex(scores->model()->index(0, 0));
    }
    showScoreExplanation(n.staticScores.isEmpty() ? -1 : 0);
    if (m_auditRef != n.ref) {
        m_auditRef.clear();
        m_tableModels.value(Tab::Audit)->setTable({});
        setAuditMessage(tr("The trail is read when this tab is opened (the reading is itself audited)."));
        if (currentTab() == Tab::Audit) {
            emit auditTrailWanted(n.ref);
        }
    }
    m_chronology->setDirectory(directory);
    m_chronology->setOwner(n.owner);
    m_chronology->setEntries(n.entries);
    // The column is there only when some entry refers to another.
    m_ui->chronologyTable->setColumnHidden(
        ChronologyModel::References,
        std::none_of(n.entries.cbegin(), n.entries.cend(), [](const Entry& e) { return !e.references.isEmpty(); }));
    updateMatchCount();
    m_ui->stack->setCurrentWidget(m_ui->recordPage);
    if ((keepEntry.isEmpty() || !selectEntry(keepEntry)) && m_chronologyProxy->rowCount() > 0) {
        m_ui->chronologyTable->setCurrentIndex(m_chronologyProxy->index(0, 0));
    }
    if (!keepAlert.isEmpty()) {
        selectAlert(keepAlert);
    }
    emit selectedEntryChanged();
    emit selectedAlertChanged();
}

void NominalView::showDetailsHistory(const Nominal& n, const UserDirectory& directory)
{
    if (n.detailsHistory.isEmpty()) {
        m_ui->detailsValue->setText(tr("As registered"));
        m_ui->detailsValue->setToolTip(QString());
        return;
    }
    // The line says how often and when last; the tooltip lists every version, newest first.
    const DetailsChange& last = n.detailsHistory.last();
    m_ui->detailsValue->setText(tr("Changed %n time(s), last on %1", nullptr, int(n.detailsHistory.size()))
                                    .arg(Labels::date(londonDate(last.at))));
    QStringList lines;
    for (auto it = n.detailsHistory.crbegin(); it != n.detailsHistory.crend(); ++it) {
        QStringList fields;
        for (const FieldChange& c : it->changes) {
            fields << Labels::detailChange(c);
        }
        lines << tr("%1, %2 (%3): %4")
                     .arg(Labels::londonDateTime(it->at), directory.displayName(it->by), it->reason,
                          fields.join(QStringLiteral("; ")));
    }
    m_ui->detailsValue->setToolTip(lines.join(QLatin1Char('\n')));
}

void NominalView::setAlerts(const QList<Alert>& alerts)
{
    m_alerts->setAlerts(alerts);
    m_ui->alertsCaption->setText(alerts.isEmpty() ? tr("A&lerts: none open")
                                                  : tr("A&lerts (%n open)", nullptr, static_cast<int>(alerts.size())));
    m_ui->alertsTable->resizeRowsToContents();
}

void NominalView::setAlertsUnavailable(const QString& reason)
{
    m_alerts->setAlerts({});
    m_ui->alertsCaption->setText(tr("A&lerts not shown: %1").arg(reason));
}

QString NominalView::alertsCaption() const
{
    return m_ui->alertsCaption->text();
}

void NominalView::showSelectedEntry()
{
    const QModelIndex current = m_ui->chronologyTable->currentIndex();
    if (!current.isValid()) {
        m_ui->entryText->clear();
        m_ownMatches = 0;
        return;
    }
    const Entry& e = m_chronology->entryAt(m_chronologyProxy->mapToSource(current).row());
    QString text =
        tr("%1 — %2 — %3")
            .arg(Labels::londonDateTime(e.at), Labels::entryType(e.type),
                 m_chronology
                     ->data(m_chronology->index(m_chronologyProxy->mapToSource(current).row(), ChronologyModel::Author),
                            Qt::ToolTipRole)
                     .toString());
    text += QStringLiteral("\n\n") + e.text;
    if (!e.references.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Refers to: %1").arg(e.references.join(tr(", ")));
    }
    const QString acks = m_chronology->acknowledgementsText(e);
    text += QStringLiteral("\n\n") + (!acks.isEmpty()               ? tr("Acknowledged by %1.").arg(acks)
                                      : m_chronology->isOwnEntry(e) ? tr("The owning officer's own entry.")
                                                                    : tr("Not acknowledged."));
    m_ui->entryText->setPlainText(text);
    m_ownMatches = highlightMatches(m_ui->entryText, m_chronologyProxy->words());
}

QByteArray NominalView::saveSplitterState() const
{
    return m_ui->recordSplitter->saveState();
}

void NominalView::restoreSplitterState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_ui->recordSplitter->restoreState(state);
    }
}

// ---------------------------------------------------------------- record tabs

void NominalView::buildRecordTabs()
{
    m_tables.insert(Tab::Chronology, m_ui->chronologyTable);
    m_tables.insert(Tab::Visits, m_ui->visitsTable);
    const QList<std::pair<Tab, QString>> lists = {
        {Tab::Arms, tr("ARMS assessments, newest first")},
        {Tab::Mappa, tr("MAPPA screenings and referral decisions, newest first")},
        {Tab::Plans, tr("Risk management plan versions, newest first")},
        {Tab::Notifications, tr("Notifications made by the nominal, newest first")},
        {Tab::Custody, tr("Custody periods, newest first")},
        {Tab::Decisions, tr("Re-evaluations, management decisions, transfers and overrides, newest first")},
        {Tab::Details, tr("Versions of the nominal's details, newest first")},
        {Tab::Scores, tr("Static risk scores, newest first")},
        {Tab::Audit, tr("Who consulted or changed this record, newest first")},
    };
    for (const auto& [tab, name] : lists) {
        auto* page = new QWidget(m_ui->recordTabs);
        auto* layout = new QVBoxLayout(page);
        if (tab == Tab::Audit) {
            m_auditPage = page;
            m_auditMessage = new QLabel(page);
            m_auditMessage->setWordWrap(true);
            layout->addWidget(m_auditMessage);
        }
        auto* table = new QTableView(page);
        auto* model = new RecordTableModel(table);
        table->setModel(model);
        table->setObjectName(QStringLiteral("recordTable%1").arg(int(tab)));
        table->setAccessibleName(name);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setAlternatingRowColors(true);
        table->setTabKeyNavigation(false);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        layout->addWidget(table);
        if (tab == Tab::Scores) {
            // The selected score explained item by item, under the list.
            m_scoreExplanation = new QLabel(page);
            m_scoreExplanation->setObjectName(QStringLiteral("staticScoreExplanation"));
            m_scoreExplanation->setWordWrap(true);
            m_scoreExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            m_scoreExplanation->setAccessibleName(tr("Explanation of the selected static score"));
            m_scoreExplanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            layout->addWidget(m_scoreExplanation);
            layout->setStretch(1, 1);
            connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                    [this](const QModelIndex& current) { showScoreExplanation(current.row()); });
        }
        m_ui->recordTabs->addTab(page, QString());
        m_tables.insert(tab, table);
        m_tableModels.insert(tab, model);
    }
    m_ui->recordTabs->setTabText(m_ui->recordTabs->indexOf(m_auditPage), tr("Audit"));
    setAuditAvailable(false);
    connect(m_ui->recordTabs, &QTabWidget::currentChanged, this, [this] {
        const Tab tab = currentTab();
        if (tab == Tab::Audit && isShowingRecord() && !hasAuditTrailFor(m_ref)) {
            emit auditTrailWanted(m_ref);
        }
        emit currentTabChanged(tab);
    });
}

void NominalView::showTable(Tab tab, const RecordTable& table, const QString& title)
{
    QTableView* view = m_tables.value(tab);
    m_tableModels.value(tab)->setTable(table);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (table.stretchColumn >= 0) {
        header->setSectionResizeMode(table.stretchColumn, QHeaderView::Stretch);
    }
    const int index = m_ui->recordTabs->indexOf(view->parentWidget());
    // The count is in the title, so an empty list is seen without opening it.
    m_ui->recordTabs->setTabText(index, table.rows.isEmpty() ? tr("%1: none").arg(title)
                                                             : tr("%1 (%2)").arg(title).arg(table.rows.size()));
}

NominalView::Tab NominalView::currentTab() const
{
    QWidget* page = m_ui->recordTabs->currentWidget();
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        if (it.value()->parentWidget() == page || (it.key() == Tab::Chronology && page == m_ui->chronologyPane)) {
            return it.key();
        }
    }
    return Tab::Chronology;
}

void NominalView::setCurrentTab(Tab tab)
{
    QWidget* page = tab == Tab::Chronology ? m_ui->chronologyPane : m_tables.value(tab)->parentWidget();
    const int index = m_ui->recordTabs->indexOf(page);
    if (index >= 0 && m_ui->recordTabs->isTabVisible(index)) {
        m_ui->recordTabs->setCurrentIndex(index);
    }
}

void NominalView::showScoreExplanation(int row)
{
    const RecordTableModel* model = m_tableModels.value(Tab::Scores);
    if (row < 0 || row >= model->rowCount()) {
        m_scoreExplanation->setText(
            tr("No static score is recorded. Case → Record a static risk score… computes OSP/DC "
               "and OSP/IIC, or enters a score from another tool."));
        return;
    }
    m_scoreExplanation->setText(
        model->index(row, recordTables::kScoreExplanationColumn).data(Qt::ToolTipRole).toString());
}

QTableView* NominalView::tableOf(Tab tab) const
{
    return m_tables.value(tab);
}

RecordTableModel* NominalView::recordModel(Tab tab) const
{
    return m_tableModels.value(tab);
}

void NominalView::setAuditAvailable(bool available)
{
    const int index = m_ui->recordTabs->indexOf(m_auditPage);
    if (!available && m_ui->recordTabs->currentIndex() == index) {
        m_ui->recordTabs->setCurrentWidget(m_ui->chronologyPane);
    }
    m_ui->recordTabs->setTabVisible(index, available);
}

void NominalView::setAuditTrail(const QString& ref, const QList<AuditRecord>& rows, const UserDirectory& directory)
{
    if (ref != m_ref) {
        return;
    }
    m_auditRef = ref;
    showTable(Tab::Audit, recordTables::audit(rows, directory), tr("Audit"));
    setAuditMessage(tr("Read %1. This reading is recorded as well; it is listed the next time the trail is read.")
                        .arg(Labels::londonDateTime(QDateTime::currentDateTimeUtc())));
}

void NominalView::setAuditMessage(const QString& text)
{
    m_auditMessage->setText(text);
}

void NominalView::addContextActions(Table table, const QList<QAction*>& actions)
{
    QTableView* view = table == Table::Alerts       ? m_ui->alertsTable
                       : table == Table::Chronology ? m_ui->chronologyTable
                                                    : m_ui->visitsTable;
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions(actions);
}

// ---------------------------------------------------------------- chronology filter

void NominalView::setTypeFilter(std::optional<EntryType> type)
{
    const int index = type ? m_ui->typeFilter->findData(int(*type)) : 0;
    m_ui->typeFilter->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<EntryType> NominalView::typeFilter() const
{
    const QVariant type = m_ui->typeFilter->currentData();
    return type.isValid() ? std::optional<EntryType>(static_cast<EntryType>(type.toInt())) : std::nullopt;
}

void NominalView::setSearchText(const QString& text)
{
    m_ui->chronologySearch->setText(text);
}

void NominalView::applySearch(const QString& text)
{
    m_chronologyProxy->setSearch(text);
    m_highlighter->setWords(m_chronologyProxy->words());
    m_ui->chronologyTable->viewport()->update();
    if (!m_ui->chronologyTable->currentIndex().isValid() && m_chronologyProxy->rowCount() > 0) {
        m_ui->chronologyTable->setCurrentIndex(m_chronologyProxy->index(0, 0));
    }
    showSelectedEntry();
    updateMatchCount();
}

void NominalView::updateMatchCount()
{
    const int all = m_chronology->rowCount();
    const int shown = m_chronologyProxy->rowCount();
    m_ui->chronologyCaption->setText(tr("Ch&ronology (%n entries)", nullptr, all));
    m_ui->matchCount->setText(m_chronologyProxy->isFiltering() ? tr("%1 of %2 shown").arg(shown).arg(all) : QString());
    m_ui->recordTabs->setTabText(m_ui->recordTabs->indexOf(m_ui->chronologyPane),
                                 m_chronologyProxy->isFiltering() ? tr("Chronology (%1 of %2)").arg(shown).arg(all)
                                                                  : tr("Chronology (%1)").arg(all));
}

QString NominalView::entryPaneText() const
{
    return m_ui->entryText->toPlainText();
}

int NominalView::entryPaneMatches() const
{
    return m_ownMatches;
}

// ---------------------------------------------------------------- colours

void NominalView::applyStatusColours()
{
    // Captions muted, the risk in its status colour: both from the palette in use, so they
    // keep their contrast when the palette changes.
    const QString muted = QStringLiteral("color: %1;").arg(colours::muted(palette()).name());
    for (QLabel* caption : {m_ui->refCaption, m_ui->dobCaption, m_ui->riskCaption, m_ui->mappaCaption,
                            m_ui->ownerCaption, m_ui->areaCaption, m_ui->managementCaption, m_ui->registrationCaption,
                            m_ui->addressCaption, m_ui->detailsCaption}) {
        caption->setStyleSheet(muted);
    }
    for (QLabel* caption : m_headerExtras ? m_headerExtras->captions() : QList<QLabel*>()) {
        caption->setStyleSheet(muted);
    }
    const QColor risk = !m_ref.isEmpty() ? colours::risk(m_nominal.riskLevel, palette()) : QColor();
    m_ui->riskValue->setStyleSheet(risk.isValid() ? QStringLiteral("color: %1; font-weight: bold;").arg(risk.name())
                                                  : QString());
}

void NominalView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStatusColours();
    }
}

} // namespace somdesk
