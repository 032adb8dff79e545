#include "models/RecordTableModel.h"

#include "models/ItemRoles.h"

namespace somdesk {

RecordTableModel::RecordTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RecordTableModel::setTable(const RecordTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.headers.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QStringList& row = m_table.rows.at(index.row());
    const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        // One line in the table; the cell in full is the tooltip.
        return cell.simplified();
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(m_table.headers.value(index.column()), cell.simplified());
    case Qt::ToolTipRole: {
        const QString tip =
            index.row() < m_table.tooltips.size() ? m_table.tooltips.at(index.row()).value(index.column()) : QString();
        return tip.isEmpty() ? (cell.contains(QLatin1Char('\n')) || cell.size() > 40 ? cell : QString()) : tip;
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return m_table.headers.value(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace somdesk
