#include "models/ChronologyModel.h"

#include "models/ItemRoles.h"
#include "models/Labels.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

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

bool ChronologyModel::ownerAcknowledged(const Entry& entry) const
{
    return std::any_of(entry.acknowledged.cbegin(), entry.acknowledged.cend(),
                       [this](const Acknowledgement& a) { return !m_owner.isEmpty() && a.by == m_owner; });
}

QString ChronologyModel::acknowledgementsText(const Entry& entry) const
{
    QStringList owner;
    QStringList others;
    for (const Acknowledgement& ack : entry.acknowledged) {
        const QString one = tr("%1 on %2").arg(m_directory.displayName(ack.by), Labels::londonDateTime(ack.at));
        (!m_owner.isEmpty() && ack.by == m_owner ? owner : others) << one;
    }
    if (!m_owner.isEmpty() && owner.isEmpty() && !others.isEmpty() && !isOwnEntry(entry)) {
        return tr("Not by the owner; seen by %1").arg(others.join(QStringLiteral("; ")));
    }
    if (m_owner.isEmpty()) {
        return others.join(QStringLiteral("; "));
    }
    if (!others.isEmpty()) {
        owner << tr("also %1").arg(others.join(QStringLiteral("; ")));
    }
    return owner.join(QStringLiteral("; "));
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
        case Id:
            return e.id;
        case Type:
            return Labels::entryType(e.type);
        case Author:
            // The table shows names; the collar number is in the tooltip and the detail pane.
            return sort ? m_directory.displayName(e.by) : m_directory.name(e.by);
        case Text:
            // One line in the table; the whole text is in the tooltip and the detail pane.
            return sort ? e.text : e.text.simplified();
        case References:
            return e.references.join(QStringLiteral(", "));
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
        if (index.column() == AcknowledgedBy && !ownerAcknowledged(e) && !isOwnEntry(e)) {
            return QBrush(Labels::alertColour(AlertStatus::Due));
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
    case Id:
        return tr("Id");
    case Type:
        return tr("Type");
    case Author:
        return tr("Author");
    case Text:
        return tr("Entry");
    case References:
        return tr("Refers to");
    case AcknowledgedBy:
        return tr("Acknowledged by");
    default:
        return {};
    }
}

} // namespace somdesk
