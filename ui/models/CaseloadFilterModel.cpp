#include "models/CaseloadFilterModel.h"

#include "models/ItemRoles.h"

namespace somdesk {

CaseloadFilterModel::CaseloadFilterModel(QObject* parent) : CollatingProxyModel(parent)
{
}

void CaseloadFilterModel::setOwner(const QString& username)
{
    if (username == m_owner) {
        return;
    }
    m_owner = username;
    invalidateRowsFilter();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_owner.isEmpty() && sourceModel()->index(sourceRow, 0, sourceParent).data(OwnerRole).toString() != m_owner) {
        return false;
    }
    return CollatingProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace somdesk
