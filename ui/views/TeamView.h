#pragma once

// The supervisor's Team tab: each officer of a sergeant's team (or an inspector's area) with
// the caseload against the policy's limit and the alerts on their cases, and, for an area,
// the same per team. Activating an officer drills down to their cases.

#include "core/rules/Alert.h"
#include "core/supervision/Workload.h"
#include "models/UserDirectory.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace somdesk {

class CollatingProxyModel;
class WorkloadModel;

class TeamView : public QWidget {
    Q_OBJECT

public:
    explicit TeamView(QWidget* parent = nullptr);

    // `scope` names what is shown ("Area 1 Team A", "Area 1").
    void setOverview(const WorkloadOverview& overview, const UserDirectory& directory, const QString& scope,
                     const QDate& asOf);
    void setError(const QString& message);
    // The ARMS priority queue of the scope (rules.md), with each nominal's name (by ref)
    // and risk band; the officer by name and collar.
    void setArmsQueue(const QList<Alert>& queue, const QHash<QString, QString>& names,
                      const QHash<QString, std::optional<RiskLevel>>& risks, const UserDirectory& directory);
    QTableView* armsQueueTable() const { return m_armsTable; }

    QTableView* officersTable() const { return m_officersTable; }
    QTableView* teamsTable() const { return m_teamsTable; }
    WorkloadModel* officersModel() const { return m_officers; }
    QString heading() const;

signals:
    void officerActivated(const QString& username);
    void caseActivated(const QString& ref); // a nominal of the ARMS queue

private:
    QLabel* m_heading = nullptr;
    QLabel* m_teamsLabel = nullptr;
    QTableView* m_teamsTable = nullptr;
    QTableView* m_officersTable = nullptr;
    QTableView* m_armsTable = nullptr;
    QLabel* m_armsLabel = nullptr;
    QStandardItemModel* m_arms = nullptr;
    WorkloadModel* m_officers = nullptr;
    WorkloadModel* m_teams = nullptr;
    CollatingProxyModel* m_officersProxy = nullptr;
    CollatingProxyModel* m_teamsProxy = nullptr;
};

} // namespace somdesk
