#pragma once

// The caseload table: one row per nominal in the user's scope (Services::caseload), with the
// worst open alert and the number of alerts from the latest alerts run beside it, and, for
// those who supervise several officers, the officer who owns each case.

#include "core/CaseSummary.h"
#include "core/rules/Alert.h"
#include "models/UserDirectory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace somdesk {

class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Reference,
        Name,
        Officer,
        Risk,
        Mappa,
        Area,
        LastHomeVisit,
        Management,
        WorstAlert,
        AlertCount,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CaseloadModel(QObject* parent = nullptr);

    void setCases(const QList<CaseSummary>& cases);
    // Alerts in contract order: the first one seen for a nominal is its worst.
    void setAlerts(const QList<Alert>& alerts);

    // Fills the Officer column with each owner's name and collar number. Until it is given
    // (an officer's own caseload), the column is empty and a filter never matches it.
    void setOfficers(const UserDirectory& directory);
    bool showsOfficers() const { return m_showOfficers; }
    // The owners of the cases listed, each once, in no particular order.
    QStringList owners() const;

    // The nominal shown in the record pane: its row is bold and says so, so moving the
    // selection (which never opens a record by itself) cannot hide which record is on screen.
    void setOpenRef(const QString& ref);
    QString openRef() const { return m_openRef; }

    const CaseSummary& caseAt(int row) const { return m_cases.at(row); }
    int rowOfRef(const QString& ref) const;
    // "FAMILY, Given" per reference, for views that list nominals by ref.
    QHash<QString, QString> namesByRef() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct AlertInfo {
        Alert worst;
        int count = 0;
    };

    QList<CaseSummary> m_cases;
    QHash<QString, AlertInfo> m_alerts;
    QString m_openRef;
    UserDirectory m_officers;
    bool m_showOfficers = false;
};

} // namespace somdesk
