#include "TeamView.h"

#include "models/CollatingProxyModel.h"
#include "models/ItemRoles.h"
#include "models/Labels.h"
#include "models/WorkloadModel.h"

#include "core/rules/ArmsPriorityQueue.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace somdesk {

namespace {

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model, const QString& name, const QString& description)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move within it
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
    table->setAccessibleDescription(description);
    return table;
}

} // namespace

TeamView::TeamView(QWidget* parent) : QWidget(parent)
{
    m_officers = new WorkloadModel(WorkloadModel::Rows::Officers, this);
    m_teams = new WorkloadModel(WorkloadModel::Rows::Teams, this);
    m_officersProxy = new CollatingProxyModel(this);
    m_officersProxy->setSourceModel(m_officers);
    m_officersProxy->setSortRole(SortRole);
    m_teamsProxy = new CollatingProxyModel(this);
    m_teamsProxy->setSourceModel(m_teams);
    m_teamsProxy->setSortRole(SortRole);

    m_heading = new QLabel(tr("Loading the workload…"), this);
    m_heading->setObjectName(QStringLiteral("workloadHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_teamsLabel = new QLabel(tr("&Teams:"), this);
    m_teamsTable =
        makeTable(this, m_teamsProxy, tr("Teams"), tr("Each team of the area: its officers, cases and alerts on them"));
    m_teamsTable->setObjectName(QStringLiteral("teamsTable"));
    m_teamsLabel->setBuddy(m_teamsTable);

    auto* officersLabel = new QLabel(tr("O&fficers:"), this);
    m_officersTable = makeTable(this, m_officersProxy, tr("Officers"),
                                tr("Each officer's cases against the caseload limit, and the alerts on them"));
    m_officersTable->setObjectName(QStringLiteral("officersTable"));
    officersLabel->setBuddy(m_officersTable);

    m_arms = new QStandardItemModel(0, 5, this);
    m_arms->setHorizontalHeaderLabels(
        {tr("Priority"), tr("Nominal"), tr("Officer"), tr("Due"), tr("Why the assessment is due")});
    m_armsLabel = new QLabel(tr("ARMS &priority queue (very high and high risk first, then prison releases, then "
                                "people new on the register):"),
                             this);
    m_armsLabel->setWordWrap(true);
    m_armsTable = makeTable(this, m_arms, tr("ARMS priority queue"),
                            tr("The ARMS assessments due or overdue, in the order they should be done"));
    m_armsTable->setObjectName(QStringLiteral("armsQueueTable"));
    m_armsTable->setSortingEnabled(false); // the queue's own order is the point
    m_armsLabel->setBuddy(m_armsTable);

    auto* hint = new QLabel(tr("Double-click an officer, or press Enter, to see their cases in the caseload."), this);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_teamsLabel);
    layout->addWidget(m_teamsTable, 1);
    layout->addWidget(officersLabel);
    layout->addWidget(m_officersTable, 3);
    layout->addWidget(hint);
    layout->addWidget(m_armsLabel);
    layout->addWidget(m_armsTable, 2);
    m_teamsLabel->hide();
    m_teamsTable->hide();

    connect(m_armsTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit caseActivated(index.data(RefRole).toString()); });
    connect(m_officersTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString username = index.data(OwnerRole).toString();
        if (!username.isEmpty()) {
            emit officerActivated(username);
        }
    });
}

void TeamView::setOverview(const WorkloadOverview& overview, const UserDirectory& directory, const QString& scope,
                           const QDate& asOf)
{
    m_officers->setOverview(overview, directory);
    m_teams->setOverview(overview, directory);
    int over = 0;
    for (const OfficerWorkload& o : overview.officers) {
        over += o.overLimit(overview.caseloadLimit) ? 1 : 0;
    }
    QString text = tr("%1: %n officer(s), %2 cases, %3 overdue alerts, as of %4.", nullptr,
                      static_cast<int>(overview.officers.size()))
                       .arg(scope)
                       .arg(overview.total.caseload)
                       .arg(overview.total.overdue)
                       .arg(QLocale().toString(asOf, QLocale::LongFormat));
    text += QLatin1Char(' ');
    text += over == 0 ? tr("Nobody is over the caseload limit of %1.").arg(overview.caseloadLimit)
                      : tr("%n officer(s) over the caseload limit of %1.", nullptr, over).arg(overview.caseloadLimit);
    m_heading->setText(text);
    const bool severalTeams = overview.teams.size() > 1;
    m_teamsLabel->setVisible(severalTeams);
    m_teamsTable->setVisible(severalTeams);
    for (QTableView* table : {m_officersTable, m_teamsTable}) {
        table->resizeColumnsToContents();
    }
    if (m_officersTable->currentIndex().isValid() == false && m_officersProxy->rowCount() > 0) {
        m_officersTable->setCurrentIndex(m_officersProxy->index(0, 0));
    }
}

void TeamView::setArmsQueue(const QList<Alert>& alerts, const QHash<QString, QString>& names,
                            const QHash<QString, std::optional<RiskLevel>>& risks, const UserDirectory& directory)
{
    m_arms->removeRows(0, m_arms->rowCount());
    for (const Alert& a : armsPriorityQueue(alerts, risks)) {
        const int band = armsPriorityBand(a, risks.value(a.nominal));
        const QString bandText = band == 1   ? tr("1 — very high or high risk")
                                 : band == 2 ? tr("2 — released from prison")
                                 : band == 3 ? tr("3 — new on the register")
                                             : tr("4 — review");
        const QString name = names.value(a.nominal);
        const QString due =
            a.due ? (a.status == AlertStatus::Overdue
                         ? tr("%1 (overdue by %n day(s))", nullptr, a.daysOverdue).arg(Labels::date(*a.due))
                         : Labels::date(*a.due))
                  : QString();
        QList<QStandardItem*> row{new QStandardItem(bandText),
                                  new QStandardItem(name.isEmpty() ? a.nominal : tr("%1 (%2)").arg(name, a.nominal)),
                                  new QStandardItem(a.owner ? directory.displayName(*a.owner) : QString()),
                                  new QStandardItem(due), new QStandardItem(Labels::alertSentence(a.reason))};
        for (QStandardItem* item : row) {
            item->setEditable(false);
            item->setData(a.nominal, RefRole);
        }
        m_arms->appendRow(row);
    }
    m_armsTable->resizeColumnsToContents();
}

void TeamView::setError(const QString& message)
{
    m_heading->setText(tr("The workload could not be loaded: %1").arg(message));
}

QString TeamView::heading() const
{
    return m_heading->text();
}

} // namespace somdesk
