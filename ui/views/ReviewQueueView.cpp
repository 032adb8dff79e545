#include "ReviewQueueView.h"

#include "models/ItemRoles.h"
#include "models/Labels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace somdesk {

void ReviewQueueModel::setItems(const QList<ReviewQueueItem>& items, const UserDirectory& directory)
{
    beginResetModel();
    m_items = items;
    m_directory = directory;
    endResetModel();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const ReviewQueueItem& item = m_items.at(index.row());
    if (role == RefRole) {
        return item.ref;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Requested:
        return Labels::londonDateTime(item.review.requestedAt);
    case Nominal:
        return tr("%1 (%2)").arg(Labels::personName(item.familyName, item.givenNames), item.ref);
    case RiskNow:
        return Labels::risk(item.riskLevel);
    case Proposed:
        return item.review.escalating.value_or(false)
                   ? tr("%1 (escalating)").arg(Labels::risk(item.review.proposedRiskLevel))
                   : Labels::risk(item.review.proposedRiskLevel);
    case RequestedBy:
        return m_directory.displayName(item.review.requestedBy);
    case Entry: {
        const QString text = item.entryText.simplified();
        const QString head = role == Qt::ToolTipRole || text.size() <= 80 ? text : text.left(79) + QChar(0x2026);
        return tr("%1 %2: %3").arg(Labels::entryType(item.entryType), item.review.entry, head);
    }
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Requested:
        return tr("Requested");
    case Nominal:
        return tr("Nominal");
    case RiskNow:
        return tr("Risk now");
    case Proposed:
        return tr("Proposed");
    case RequestedBy:
        return tr("Requested by");
    case Entry:
        return tr("Triggering entry");
    default:
        return {};
    }
}

ReviewQueueView::ReviewQueueView(bool mayDecide, QWidget* parent) : QWidget(parent), m_mayDecide(mayDecide)
{
    m_model = new ReviewQueueModel(this);
    m_heading = new QLabel(tr("Loading the re-evaluations…"), this);
    m_heading->setObjectName(QStringLiteral("reviewQueueHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto* tableLabel = new QLabel(tr("Awaiting a &decision, oldest first:"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewQueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Re-evaluations awaiting a decision"));
    m_table->setAccessibleDescription(tr("Oldest first: the nominal, the risk level now and proposed, who asked"));
    tableLabel->setBuddy(m_table);

    auto* detailLabel = new QLabel(tr("The &request:"), this);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_detail->setAccessibleName(tr("The selected request: rationale and triggering entry"));
    m_detail->setOpenLinks(false);
    detailLabel->setBuddy(m_detail);

    m_open = new QPushButton(tr("&Open the case"), this);
    m_open->setObjectName(QStringLiteral("openReviewCaseButton"));
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveReviewButton"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectReviewButton"));
    m_approve->setVisible(mayDecide);
    m_reject->setVisible(mayDecide);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 3);
    layout->addWidget(detailLabel);
    layout->addWidget(m_detail, 2);
    layout->addLayout(buttons);
    if (!mayDecide) {
        auto* readOnly = new QLabel(tr("Inspectors decide re-evaluations; this list is for following them."), this);
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }

    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openCaseRequested(index.data(RefRole).toString()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto item = selectedItem()) {
            emit openCaseRequested(item->ref);
        }
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const auto item = selectedItem()) {
            emit decideRequested(*item, ReviewDecision::Approved);
        }
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (const auto item = selectedItem()) {
            emit decideRequested(*item, ReviewDecision::Rejected);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewQueueView::updateDetail);
    updateDetail();
}

void ReviewQueueView::setItems(const QList<ReviewQueueItem>& items, const UserDirectory& directory)
{
    const std::optional<ReviewQueueItem> was = selectedItem();
    m_model->setItems(items, directory);
    m_heading->setText(items.isEmpty()
                           ? tr("No re-evaluation awaits a decision.")
                           : tr("%n re-evaluation(s) await a decision.", nullptr, static_cast<int>(items.size())));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ReviewQueueModel::Entry; ++column) {
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 16, 280));
    }
    if (!(was && selectRequest(was->ref, was->review.entry)) && !items.isEmpty()) {
        m_table->selectRow(0);
    }
    updateDetail();
}

void ReviewQueueView::setError(const QString& message)
{
    m_heading->setText(tr("The re-evaluations could not be loaded: %1").arg(message));
}

std::optional<ReviewQueueItem> ReviewQueueView::selectedItem() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->itemAt(rows.first().row());
}

bool ReviewQueueView::selectRequest(const QString& ref, const QString& entry)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReviewQueueItem& item = m_model->itemAt(row);
        if (item.ref == ref && item.review.entry == entry) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString ReviewQueueView::heading() const
{
    return m_heading->text();
}

QString ReviewQueueView::detailText() const
{
    return m_detail->toPlainText();
}

void ReviewQueueView::updateDetail()
{
    const std::optional<ReviewQueueItem> item = selectedItem();
    m_open->setEnabled(item.has_value());
    m_approve->setEnabled(m_mayDecide && item.has_value());
    m_reject->setEnabled(m_mayDecide && item.has_value());
    if (!item) {
        m_detail->clear();
        return;
    }
    // Built by concatenation: the texts are the users' own and may hold "%1".
    const auto para = [](const QString& text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    const QString html = QStringLiteral("<p><b>") + para(Labels::personName(item->familyName, item->givenNames)) +
                         QStringLiteral(" (") + item->ref + QStringLiteral(")</b>: ") +
                         tr("risk level now %1; proposed %2.")
                             .arg(Labels::risk(item->riskLevel), Labels::risk(item->review.proposedRiskLevel)) +
                         QStringLiteral("</p><p><b>") + tr("Rationale") + QStringLiteral("</b> (") +
                         para(m_model->person(item->review.requestedBy)) + QStringLiteral(", ") +
                         Labels::londonDateTime(item->review.requestedAt) + QStringLiteral("):<br>") +
                         para(item->review.rationale) + QStringLiteral("</p><p><b>") +
                         Labels::entryType(item->entryType) + QLatin1Char(' ') + item->review.entry +
                         QStringLiteral("</b> (") + para(m_model->person(item->entryBy)) + QStringLiteral(", ") +
                         Labels::londonDateTime(item->entryAt) + QStringLiteral("):<br>") + para(item->entryText) +
                         QStringLiteral("</p>");
    m_detail->setHtml(html);
}

} // namespace somdesk
