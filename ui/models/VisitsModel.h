#pragma once

// A nominal's visits, newest first, laid out so a pattern shows at a glance: the day of the
// week, the time, whether it was announced and what it verified (the facts behind
// visits.predictable and visits.unverified). Officers are shown by name.

#include "core/Domain.h"
#include "models/UserDirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace somdesk {

class VisitsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Day, Time, Type, Announced, Verified, Officer, ColumnCount };
    Q_ENUM(Column)

    explicit VisitsModel(QObject* parent = nullptr);

    void setVisits(const QList<Visit>& visits, const UserDirectory& directory);
    // "address, devices" or the free text, or "Nothing verified" (spoken, not only shown).
    static QString verifiedText(const Visit& visit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Visit> m_visits;
    UserDirectory m_directory;
};

} // namespace somdesk
