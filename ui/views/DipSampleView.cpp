#include "views/DipSampleView.h"

#include "core/supervision/DipSampleSummary.h"
#include "dialogs/DipChecklistDialog.h"
#include "models/Labels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace somdesk {

namespace {

QTableView* makeTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QString counts(const DipFindingCounts& c)
{
    return DipSampleView::tr("%1 / %2 / %3").arg(c.compliant).arg(c.notCompliant).arg(c.notApplicable);
}

} // namespace

DipSampleView::DipSampleView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dipMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Dip sampling status"));
    m_draw = new QPushButton(tr("&Draw this month's sample"), this);
    m_draw->setObjectName(QStringLiteral("drawDipSampleButton"));
    m_draw->setAccessibleName(tr("Draw this month's dip sample"));
    m_draw->setToolTip(tr("Draws this month's records of your team's officers, weighted by risk; once a month"));
    top->addWidget(m_message, 1);
    top->addWidget(m_draw);
    layout->addLayout(top);

    auto* samplesLabel = new QLabel(tr("D&raws:"), this);
    m_samplesTable = makeTable(this, QStringLiteral("dipSamplesTable"), tr("Dip sample draws"));
    samplesLabel->setBuddy(m_samplesTable);
    m_samplesModel = new QStandardItemModel(0, 5, this);
    m_samplesModel->setHorizontalHeaderLabels(
        {tr("Period"), tr("Sergeant"), tr("Seed"), tr("Drawn at (London)"), tr("Completed")});
    m_samplesTable->setModel(m_samplesModel);
    m_samplesTable->setMaximumHeight(160);
    layout->addWidget(samplesLabel);
    layout->addWidget(m_samplesTable);

    m_recordsLabel = new QLabel(tr("Re&cords of the draw (Enter opens the checklist):"), this);
    m_recordsTable = makeTable(this, QStringLiteral("dipRecordsTable"), tr("Records of the dip sample"));
    m_recordsLabel->setBuddy(m_recordsTable);
    m_recordsModel = new QStandardItemModel(0, RecordColumnCount, this);
    m_recordsModel->setHorizontalHeaderLabels(
        {tr("Officer"), tr("Ref"), tr("Nominal"), tr("Completed"), tr("Findings (compliant / not / n.a.)")});
    m_recordsTable->setModel(m_recordsModel);
    layout->addWidget(m_recordsLabel);
    layout->addWidget(m_recordsTable, 2);

    auto* summaryLabel = new QLabel(tr("&Summary of completed records (compliant / not compliant / n.a.):"), this);
    m_summaryTable = makeTable(this, QStringLiteral("dipSummaryTable"), tr("Dip sample summary per officer and item"));
    summaryLabel->setBuddy(m_summaryTable);
    m_summaryModel = new QStandardItemModel(this);
    m_summaryTable->setModel(m_summaryModel);
    m_summaryTable->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_summaryTable, 1);

    connect(m_draw, &QPushButton::clicked, this, &DipSampleView::drawRequested);
    connect(m_samplesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DipSampleView::showRecords);
    connect(m_recordsTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const DipSample* sample = currentSample();
        if (sample != nullptr && index.isValid() && index.row() < sample->records.size()) {
            emit recordActivated(sample->period, sample->records.at(index.row()).nominal);
        }
    });
}

void DipSampleView::setSamples(const QList<DipSample>& samples, const UserDirectory& directory,
                               const QHash<QString, QString>& names, const QStringList& policyItems,
                               const QString& thisMonth, bool mayDraw)
{
    const DipSample* before = currentSample();
    const QString keepPeriod = before != nullptr ? before->period : QString();
    const QString keepSergeant = before != nullptr ? before->sergeant : QString();
    const int keepRecord = m_recordsTable->currentIndex().row();

    m_samples = samples;
    m_directory = directory;
    m_names = names;
    m_items = policyItems;

    bool drawnThisMonth = false;
    m_samplesModel->removeRows(0, m_samplesModel->rowCount());
    int select = m_samples.isEmpty() ? -1 : static_cast<int>(m_samples.size()) - 1; // the latest
    for (int i = 0; i < m_samples.size(); ++i) {
        const DipSample& s = m_samples.at(i);
        int completed = 0;
        for (const DipRecord& r : s.records) {
            completed += r.completedAt ? 1 : 0;
        }
        m_samplesModel->appendRow({cell(s.period), cell(directory.displayName(s.sergeant)),
                                   cell(QString::number(s.seed)), cell(Labels::londonDateTime(s.drawnAt)),
                                   cell(tr("%1 of %2").arg(completed).arg(s.records.size()))});
        if (s.period == keepPeriod && s.sergeant == keepSergeant) {
            select = i;
        }
        drawnThisMonth = drawnThisMonth || s.period == thisMonth;
    }
    m_samplesTable->resizeColumnsToContents();

    m_draw->setVisible(mayDraw);
    m_draw->setEnabled(mayDraw && !drawnThisMonth);
    if (mayDraw) {
        setMessage(drawnThisMonth
                       ? tr("This month's sample (%1) is drawn: open each record's checklist.").arg(thisMonth)
                       : tr("This month's sample (%1) is not drawn yet.").arg(thisMonth));
    } else {
        setMessage(m_samples.isEmpty() ? tr("No dip samples drawn in your area yet.")
                                       : tr("The dip samples of your area's sergeants (read only)."));
    }
    if (select >= 0) {
        m_samplesTable->setCurrentIndex(m_samplesModel->index(select, 0));
    }
    showRecords();
    if (keepRecord >= 0 && keepRecord < m_recordsModel->rowCount()) {
        m_recordsTable->setCurrentIndex(m_recordsModel->index(keepRecord, 0));
    }

    // The summary over every draw listed: one row per item, one column per officer and "All".
    const DipSampleSummary summary = summarizeDipSamples(m_samples, m_items);
    m_summaryModel->clear();
    QStringList header{tr("Item")};
    for (const DipOfficerSummary& o : summary.officers) {
        header << tr("%1 (%2 of %3 done)").arg(directory.displayName(o.officer)).arg(o.completed).arg(o.drawn);
    }
    header << tr("All (%1 of %2 done)").arg(summary.completed).arg(summary.drawn);
    m_summaryModel->setHorizontalHeaderLabels(header);
    for (int i = 0; i < summary.items.size(); ++i) {
        QList<QStandardItem*> row{cell(DipChecklistDialog::itemWords(summary.items.at(i).item))};
        for (const DipOfficerSummary& o : summary.officers) {
            row << cell(i < o.items.size() ? counts(o.items.at(i).counts) : QString());
        }
        row << cell(counts(summary.items.at(i).counts));
        m_summaryModel->appendRow(row);
    }
    m_summaryTable->resizeColumnsToContents();
}

void DipSampleView::selectPeriod(const QString& period)
{
    for (int i = 0; i < m_samples.size(); ++i) {
        if (m_samples.at(i).period == period) {
            m_samplesTable->setCurrentIndex(m_samplesModel->index(i, 0));
            showRecords();
            return;
        }
    }
}

void DipSampleView::setError(const QString& message)
{
    m_message->setText(message);
}

void DipSampleView::setMessage(const QString& message)
{
    m_message->setText(message);
}

QString DipSampleView::messageText() const
{
    return m_message->text();
}

const DipSample* DipSampleView::currentSample() const
{
    const int row = m_samplesTable->currentIndex().row();
    return row >= 0 && row < m_samples.size() ? &m_samples.at(row) : nullptr;
}

void DipSampleView::showRecords()
{
    m_recordsModel->removeRows(0, m_recordsModel->rowCount());
    const DipSample* sample = currentSample();
    if (sample == nullptr) {
        m_recordsLabel->setText(tr("Re&cords of the draw:"));
        return;
    }
    m_recordsLabel->setText(tr("Re&cords of the %1 draw (Enter opens the checklist):").arg(sample->period));
    for (const DipRecord& r : sample->records) {
        DipFindingCounts c;
        for (const DipItem& item : r.items) {
            c.add(item.finding);
        }
        const QString completed =
            r.completedAt ? tr("Completed %1").arg(Labels::londonDateTime(*r.completedAt)) : tr("Not completed");
        m_recordsModel->appendRow({cell(m_directory.displayName(r.officer)), cell(r.nominal),
                                   cell(m_names.value(r.nominal)), cell(completed),
                                   cell(r.completedAt ? counts(c) : QString())});
    }
    m_recordsTable->resizeColumnsToContents();
}

} // namespace somdesk
