#pragma once

// One nominal's record: on the left the header (identity, risk, MAPPA, officer,
// registration) and the alerts open on the case with what clears them; on the right the
// chronology with the selected entry in full.

#include "core/AuditRecord.h"
#include "core/Domain.h"
#include "core/rules/Alert.h"
#include "models/UserDirectory.h"

#include <QMap>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

#include <memory>

namespace Ui {
class NominalView;
}

namespace somdesk {

class AlertsModel;
class ChronologyFilterModel;
class ChronologyModel;
class MatchHighlightDelegate;
class RecordHeaderExtras;
class RecordTableModel;
class VisitsModel;
struct RecordTable;

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
    // Instead of the alerts, why they are not shown (never "none open" when unknown).
    void setAlertsUnavailable(const QString& reason);
    QString alertsCaption() const;

    // The casework actions, shown as buttons beside the alerts and the chronology.
    void setActions(QAction* addEntry, QAction* acknowledge, QAction* overrideAlert);
    // Actions offered on a table's context menu (right click, the Menu key), in order.
    enum class Table { Alerts, Chronology, Visits };
    void addContextActions(Table table, const QList<QAction*>& actions);

    // The record tabs: Chronology, Visits, ARMS, MAPPA, Plans, Notifications, Custody,
    // Decisions, Details history, Static scores and, for those who may read it, Audit. (Scores
    // is last in the enum so that a tab kept in the settings keeps its number.)
    enum class Tab {
        Chronology,
        Visits,
        Arms,
        Mappa,
        Plans,
        Notifications,
        Custody,
        Decisions,
        Details,
        Audit,
        Scores
    };
    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    QTableView* tableOf(Tab tab) const;
    RecordTableModel* recordModel(Tab tab) const;
    // Whether the Audit tab is offered (sergeants and above).
    void setAuditAvailable(bool available);
    // The record's audit trail, once read (MainWindow reads it when the tab is opened).
    void setAuditTrail(const QString& ref, const QList<AuditRecord>& rows, const UserDirectory& directory);
    void setAuditMessage(const QString& text);
    bool hasAuditTrailFor(const QString& ref) const { return !m_auditRef.isEmpty() && m_auditRef == ref; }

    // The chronology's filter: one entry type (or all) and words to find, highlighted.
    void setTypeFilter(std::optional<EntryType> type);
    std::optional<EntryType> typeFilter() const;
    void setSearchText(const QString& text);
    ChronologyFilterModel* chronologyFilter() const { return m_chronologyProxy; }
    MatchHighlightDelegate* matchHighlighter() const { return m_highlighter; }
    // The entry pane's text, with its highlighted matches.
    QString entryPaneText() const;
    int entryPaneMatches() const;

    // The entry selected in the chronology, or null.
    const Entry* selectedEntry() const;
    // Every entry selected (Shift and Ctrl select several), in the table's order.
    QList<Entry> selectedEntries() const;
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
    // The Audit tab was opened on a record whose trail is not read yet.
    void auditTrailWanted(const QString& ref);
    void currentTabChanged(NominalView::Tab tab);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStatusColours();
    void showSelectedEntry();
    void showDetailsHistory(const Nominal& n, const UserDirectory& directory);
    void buildRecordTabs();
    void showTable(Tab tab, const RecordTable& table, const QString& title);
    void showScoreExplanation(int row);
    void applySearch(const QString& text);
    void updateMatchCount();

    std::unique_ptr<Ui::NominalView> m_ui;
    ChronologyModel* m_chronology = nullptr;
    ChronologyFilterModel* m_chronologyProxy = nullptr;
    MatchHighlightDelegate* m_highlighter = nullptr;
    QMap<Tab, QTableView*> m_tables;
    QMap<Tab, RecordTableModel*> m_tableModels;
    QWidget* m_auditPage = nullptr;
    QLabel* m_auditMessage = nullptr;
    QLabel* m_scoreExplanation = nullptr;
    QString m_auditRef;
    int m_ownMatches = 0;
    AlertsModel* m_alerts = nullptr;
    VisitsModel* m_visits = nullptr;
    std::unique_ptr<RecordHeaderExtras> m_headerExtras;
    QString m_ref;
    Nominal m_nominal;
};

} // namespace somdesk
