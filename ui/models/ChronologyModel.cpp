#include "models/ChronologyModel.h"

#include "models/ItemRoles.h"
#include "models/Labels.h"

#include <QBrush>
#include <QFont>

namespace somdesk {

ChronologyModel::ChronologyModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ChronologyModel::setEntries(const QList<Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ChronologyModel::setDirectory(const UserDirectory& directory)
{
    m_directory = directory;
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString ChronologyModel::acknowledgementsText(const Entry& entry) const
{
    QStringList parts;
    for (const Acknowledgement& ack : entry.acknowledged) {
        parts << tr("%1 on %2").arg(m_directory.displayName(ack.by), Labels::londonDateTime(ack.at));
    }
    return parts.join(QStringLiteral("; "));
}

int ChronologyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ChronologyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronologyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& e = m_entries.at(index.row());
    const bool serious = e.type == EntryType::Concern || e.type == EntryType::Disclosure;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case When:
            return sort ? QVariant(e.at) : QVariant(Labels::londonDateTime(e.at));
        case Type:
            return Labels::entryType(e.type);
        case Author:
            // The table shows names; the collar number is in the tooltip and the detail pane.
            return sort ? m_directory.displayName(e.by) : m_directory.name(e.by);
        case Text:
            // One line in the table; the whole text is in the tooltip and the detail pane.
            return sort ? e.text : e.text.simplified();
        case AcknowledgedBy:
            if (e.acknowledged.isEmpty()) {
                if (isOwnEntry(e)) {
                    return sort ? QString() : tr("Own entry");
                }
                return sort ? QString() : tr("Not acknowledged");
            }
            // Who (name and collar number) and when, as the acknowledgement is evidence.
            return acknowledgementsText(e);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Text) {
            return e.text;
        }
        if (index.column() == Author) {
            return m_directory.displayName(e.by);
        }
        if (index.column() == AcknowledgedBy && !e.acknowledged.isEmpty()) {
            return acknowledgementsText(e);
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Type && serious) {
            return QBrush(Labels::alertColour(AlertStatus::Overdue));
        }
        if (index.column() == AcknowledgedBy && e.acknowledged.isEmpty()) {
            return QBrush(Labels::mutedColour());
        }
        return {};
    }
    if (role == Qt::FontRole && index.column() == Type && serious) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Type:
        return tr("Type");
    case Author:
        return tr("Author");
    case Text:
        return tr("Entry");
    case AcknowledgedBy:
        return tr("Acknowledged by");
    default:
        return {};
    }
}

} // namespace somdesk
