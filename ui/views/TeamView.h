#pragma once

// The supervisor's Team tab: each officer of a sergeant's team (or an inspector's area) with
// the caseload against the policy's limit and the alerts on their cases, and, for an area,
// the same per team. Activating an officer drills down to their cases.

#include "core/supervision/Workload.h"
#include "models/UserDirectory.h"

#include <QDate>
#include <QWidget>

class QLabel;
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

    QTableView* officersTable() const { return m_officersTable; }
    QTableView* teamsTable() const { return m_teamsTable; }
    WorkloadModel* officersModel() const { return m_officers; }
    QString heading() const;

signals:
    void officerActivated(const QString& username);

private:
    QLabel* m_heading = nullptr;
    QLabel* m_teamsLabel = nullptr;
    QTableView* m_teamsTable = nullptr;
    QTableView* m_officersTable = nullptr;
    WorkloadModel* m_officers = nullptr;
    WorkloadModel* m_teams = nullptr;
    CollatingProxyModel* m_officersProxy = nullptr;
    CollatingProxyModel* m_teamsProxy = nullptr;
};

} // namespace somdesk
