#pragma once

// One nominal's record: on the left the header (identity, risk, MAPPA, officer,
// registration) and the alerts open on the case with what clears them; on the right the
// chronology with the selected entry in full.

#include "core/Domain.h"
#include "core/rules/Alert.h"
#include "models/UserDirectory.h"

#include <QWidget>

class QAction;

#include <memory>

namespace Ui {
class NominalView;
}

namespace somdesk {

class AlertsModel;
class ChronologyModel;
class CollatingProxyModel;
class VisitsModel;

class NominalView : public QWidget {
    Q_OBJECT

public:
    explicit NominalView(QWidget* parent = nullptr);
    ~NominalView() override;

    // A message instead of a record (nothing selected, loading, an error).
    void showMessage(const QString& text);
    void showNominal(const Nominal& nominal, const QList<Alert>& alerts, const UserDirectory& directory);
    // The alerts of the record shown, after a new alerts run.
    void setAlerts(const QList<Alert>& alerts);

    // The casework actions, shown as buttons beside the alerts and the chronology.
    void setActions(QAction* addEntry, QAction* acknowledge, QAction* overrideAlert);

    // The entry selected in the chronology, or null.
    const Entry* selectedEntry() const;
    // Selects the entry with this id, if the record shown has it.
    bool selectEntry(const QString& entryId);
    // The alert selected in the record's alert list, or null.
    const Alert* selectedAlert() const;
    bool selectAlert(const QString& key);
    // The entries of the record shown, in the order the service gave them.
    QList<Entry> entries() const;
    bool isShowingRecord() const;

    QString currentRef() const { return m_ref; }
    // The record shown (empty before the first); dialogs start from its latest values.
    const Nominal& nominal() const { return m_nominal; }
    ChronologyModel* chronologyModel() const { return m_chronology; }
    AlertsModel* alertsModel() const { return m_alerts; }
    VisitsModel* visitsModel() const { return m_visits; }

    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray& state);

signals:
    void selectedEntryChanged();
    void selectedAlertChanged();
    // Double-click or Enter on one of the record's alerts: the user asks for its fix.
    void alertActivated(const Alert& alert);

private:
    void showSelectedEntry();
    void showDetailsHistory(const Nominal& n, const UserDirectory& directory);

    std::unique_ptr<Ui::NominalView> m_ui;
    ChronologyModel* m_chronology = nullptr;
    CollatingProxyModel* m_chronologyProxy = nullptr;
    AlertsModel* m_alerts = nullptr;
    VisitsModel* m_visits = nullptr;
    QString m_ref;
    Nominal m_nominal;
};

} // namespace somdesk
