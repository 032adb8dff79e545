#include "views/NominalView.h"

#include "core/rules/Dates.h"

#include "models/AlertsModel.h"
#include "models/ChronologyModel.h"
#include "models/CollatingProxyModel.h"
#include "models/Labels.h"
#include "models/VisitsModel.h"

#include "ui_NominalView.h"

#include <QAction>
#include <QHeaderView>

namespace somdesk {

NominalView::NominalView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NominalView>()), m_chronology(new ChronologyModel(this)),
      m_chronologyProxy(new CollatingProxyModel(this)), m_alerts(new AlertsModel(this))
{
    m_ui->setupUi(this);

    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    for (QLabel* caption : {m_ui->refCaption, m_ui->dobCaption, m_ui->riskCaption, m_ui->mappaCaption,
                            m_ui->ownerCaption, m_ui->areaCaption, m_ui->managementCaption, m_ui->registrationCaption,
                            m_ui->addressCaption, m_ui->detailsCaption}) {
        caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
        caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    for (QLabel* value : {m_ui->refValue, m_ui->dobValue, m_ui->riskValue, m_ui->mappaValue, m_ui->ownerValue,
                          m_ui->areaValue, m_ui->managementValue, m_ui->registrationValue}) {
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_ui->headerGrid->setColumnStretch(1, 1);
    m_ui->headerGrid->setColumnStretch(3, 2);
    for (QLabel* caption : {m_ui->alertsCaption, m_ui->visitsCaption, m_ui->chronologyCaption, m_ui->entryCaption}) {
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
    m_ui->chronologyTable->verticalHeader()->hide();
    m_ui->chronologyTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->chronologyTable->horizontalHeader()->setSectionResizeMode(ChronologyModel::Text, QHeaderView::Stretch);
    m_ui->chronologyTable->horizontalHeader()->setSectionResizeMode(ChronologyModel::When,
                                                                    QHeaderView::ResizeToContents);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::Type, 90);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::Author, 150);
    // "Name (collar) on dd MMM yyyy HH:mm" in full for one acknowledgement.
    m_ui->chronologyTable->setColumnWidth(
        ChronologyModel::AcknowledgedBy,
        m_ui->chronologyTable->fontMetrics().horizontalAdvance(tr("Morgan Stubworthson (10000) on 30 Sep 2026 16:42")) +
            16);
    // Newest first, as a chronology is read.
    m_ui->chronologyTable->sortByColumn(ChronologyModel::When, Qt::DescendingOrder);

    m_ui->recordSplitter->setStretchFactor(0, 2);
    m_ui->recordSplitter->setStretchFactor(1, 3);
    m_ui->recordSplitter->setSizes({620, 960});
    m_ui->chronologySplitter->setStretchFactor(0, 3);
    m_ui->chronologySplitter->setStretchFactor(1, 1);

    connect(m_ui->chronologyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NominalView::showSelectedEntry);
    connect(m_chronologyProxy, &QAbstractItemModel::modelReset, this, &NominalView::showSelectedEntry);
    connect(m_ui->chronologyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NominalView::selectedEntryChanged);
    connect(m_chronologyProxy, &QAbstractItemModel::modelReset, this, &NominalView::selectedEntryChanged);
    connect(m_ui->alertsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NominalView::selectedAlertChanged);
    connect(m_alerts, &QAbstractItemModel::modelReset, this, &NominalView::selectedAlertChanged);
    connect(m_ui->alertsTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            emit alertActivated(m_alerts->alertAt(index.row()));
        }
    });
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

bool NominalView::selectEntry(const QString& entryId)
{
    for (int row = 0; row < m_chronology->rowCount(); ++row) {
        if (m_chronology->entryAt(row).id == entryId) {
            const QModelIndex index = m_chronologyProxy->mapFromSource(m_chronology->index(row, 0));
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
    m_ui->dobValue->setText(Labels::date(n.dateOfBirth));
    m_ui->riskValue->setText(Labels::risk(n.riskLevel));
    const QColor riskColour = Labels::riskColour(n.riskLevel);
    m_ui->riskValue->setStyleSheet(
        riskColour.isValid() ? QStringLiteral("color: %1; font-weight: bold;").arg(riskColour.name()) : QString());
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
    m_ui->visitsCaption->setText(n.visits.isEmpty() ? tr("&Visits: none recorded")
                                                    : tr("&Visits (%n)", nullptr, static_cast<int>(n.visits.size())));
    m_chronology->setDirectory(directory);
    m_chronology->setOwner(n.owner);
    m_chronology->setEntries(n.entries);
    m_ui->chronologyCaption->setText(tr("Ch&ronology (%n entries)", nullptr, static_cast<int>(n.entries.size())));
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

void NominalView::showSelectedEntry()
{
    const QModelIndex current = m_ui->chronologyTable->currentIndex();
    if (!current.isValid()) {
        m_ui->entryText->clear();
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

} // namespace somdesk
