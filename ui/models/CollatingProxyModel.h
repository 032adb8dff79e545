#pragma once

// Sorts on the source's SortRole: text with a locale-aware QCollator (so "ÅBERG" sorts with
// "ABERG", not after "ZULU", and "N2" before "N10"), other values by their natural order.
// Filters on the displayed text of every column, case-insensitively.

#include <QCollator>
#include <QSortFilterProxyModel>

namespace somdesk {

class CollatingProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CollatingProxyModel(QObject* parent = nullptr);

    void setCollatorLocale(const QLocale& locale);
    QLocale collatorLocale() const { return m_collator.locale(); }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};

} // namespace somdesk
