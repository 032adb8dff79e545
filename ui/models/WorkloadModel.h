#pragma once

// The team view's tables: one row per officer (or per team, for an inspector's area) with
// the caseload against the policy's limit and the alerts on those cases
// (Services::workload). Over-limit caseloads say so in words, not only in colour.

#include "core/supervision/Workload.h"
#include "models/UserDirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace somdesk {

class WorkloadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Rows { Officers, Teams };
    enum Column {
        Who,  // the officer by name and collar, or the team
        Team, // officers: their team; teams: how many officers
        Cases,
        Overdue,
        Due,
        ArmsOverdue,
        VisitsOverdue,
        Unacknowledged,
        TransfersUnacknowledged,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit WorkloadModel(Rows rows, QObject* parent = nullptr);

    void setOverview(const WorkloadOverview& overview, const UserDirectory& directory);
    // The username (officer rows) or team name (team rows) of a row.
    QString keyAt(int row) const;
    int rowOfKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString key;
        QString who;
        QString second;
        Workload work;
        bool overLimit = false;
    };
    Rows m_rows;
    int m_limit = 0;
    QList<Row> m_data;
};

} // namespace somdesk
