#include "models/CollatingProxyModel.h"

#include "models/ItemRoles.h"

namespace somdesk {

CollatingProxyModel::CollatingProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setFilterRole(Qt::DisplayRole);
    setCollatorLocale(QLocale());
}

void CollatingProxyModel::setCollatorLocale(const QLocale& locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_collator.setIgnorePunctuation(false);
    invalidate();
}

bool CollatingProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        const int c = m_collator.compare(l.toString(), r.toString());
        if (c != 0) {
            return c < 0;
        }
        // Equal under collation: fall back to code points so the order is total and stable.
        return l.toString() < r.toString();
    }
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Unordered) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    return order == QPartialOrdering::Less;
}

} // namespace somdesk
