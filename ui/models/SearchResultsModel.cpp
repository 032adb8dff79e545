#include "models/SearchResultsModel.h"

#include "models/ItemRoles.h"
#include "models/Labels.h"

#include <QBrush>
#include <QColor>

namespace somdesk {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

void SearchResultsModel::setNominalNames(const QHash<QString, QString>& namesByRef)
{
    m_names = namesByRef;
    if (!m_hits.isEmpty()) {
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name));
    }
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit& hit = m_hits.at(index.row());
    if (role == RefRole) {
        return hit.ref;
    }
    const QString name = m_names.value(hit.ref);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Reference:
            return hit.ref;
        case Name:
            return name.isEmpty() && role == Qt::DisplayRole ? tr("(outside your caseload)") : name;
        case EntryId:
            return hit.entryId.isEmpty() && role == Qt::DisplayRole ? tr("Name or alias") : hit.entryId;
        case Snippet:
            // The matched words are in [brackets]; one line in the table.
            return hit.snippet.simplified();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Snippet) {
        return hit.snippet;
    }
    if (role == Qt::ForegroundRole &&
        ((index.column() == Name && name.isEmpty()) || (index.column() == EntryId && hit.entryId.isEmpty()))) {
        return QBrush(Labels::mutedColour());
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case EntryId:
        return tr("Entry");
    case Snippet:
        return tr("Matched text");
    default:
        return {};
    }
}

} // namespace somdesk
