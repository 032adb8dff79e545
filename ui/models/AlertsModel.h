#pragma once

// A list of alerts as the rules produced them (contract order), for "My work" and for one
// nominal's alerts. Nominals are shown by name beside their reference.

#include "core/rules/Alert.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace somdesk {

class AlertsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Status, Due, DaysOverdue, Nominal, Rule, Reason, ClearsWhen, ColumnCount };
    Q_ENUM(Column)

    explicit AlertsModel(QObject* parent = nullptr);

    void setAlerts(const QList<Alert>& alerts);
    // "FAMILY, Given" per reference; references without a name are shown alone.
    void setNominalNames(const QHash<QString, QString>& namesByRef);

    const Alert& alertAt(int row) const { return m_alerts.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nominalText(const QString& ref) const;

    QList<Alert> m_alerts;
    QHash<QString, QString> m_names;
};

} // namespace somdesk
