#include "WorkloadModel.h"

#include "models/ItemRoles.h"
#include "models/StatusColours.h"

#include <QFont>
#include <QGuiApplication>

namespace somdesk {

WorkloadModel::WorkloadModel(Rows rows, QObject* parent) : QAbstractTableModel(parent), m_rows(rows)
{
}

void WorkloadModel::setOverview(const WorkloadOverview& overview, const UserDirectory& directory)
{
    beginResetModel();
    m_limit = overview.caseloadLimit;
    m_data.clear();
    if (m_rows == Rows::Officers) {
        for (const OfficerWorkload& o : overview.officers) {
            m_data.append(Row{o.officer, directory.displayName(o.officer), o.team.isEmpty() ? tr("(no team)") : o.team,
                              o.work, o.overLimit(overview.caseloadLimit)});
        }
    } else {
        for (const TeamWorkload& t : overview.teams) {
            m_data.append(Row{t.team, t.team.isEmpty() ? tr("(no team)") : t.team,
                              tr("%n officer(s)", nullptr, t.officers), t.work, false});
        }
    }
    endResetModel();
}

QString WorkloadModel::keyAt(int row) const
{
    return row >= 0 && row < m_data.size() ? m_data.at(row).key : QString();
}

int WorkloadModel::rowOfKey(const QString& key) const
{
    for (int i = 0; i < m_data.size(); ++i) {
        if (m_data.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

int WorkloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.size());
}

int WorkloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

int countOf(const Workload& w, int column)
{
    switch (column) {
    case WorkloadModel::Cases:
        return w.caseload;
    case WorkloadModel::Overdue:
        return w.overdue;
    case WorkloadModel::Due:
        return w.due;
    case WorkloadModel::ArmsOverdue:
        return w.armsOverdue;
    case WorkloadModel::VisitsOverdue:
        return w.visitsOverdue;
    case WorkloadModel::Unacknowledged:
        return w.unacknowledged;
    case WorkloadModel::TransfersUnacknowledged:
        return w.transfersUnacknowledged;
    default:
        return 0;
    }
}

} // namespace

QVariant WorkloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.size()) {
        return {};
    }
    const Row& r = m_data.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Who:
            return r.who;
        case Team:
            return r.second;
        case Cases:
            if (m_rows == Rows::Officers) {
                return r.overLimit ? tr("%1 of %2 — over the limit").arg(r.work.caseload).arg(m_limit)
                                   : tr("%1 of %2").arg(r.work.caseload).arg(m_limit);
            }
            return r.work.caseload;
        default:
            return countOf(r.work, column);
        }
    }
    if (role == SortRole) {
        if (column == Who || column == Team) {
            return data(index, Qt::DisplayRole);
        }
        return countOf(r.work, column);
    }
    if (role == RefRole || role == OwnerRole) {
        return r.key;
    }
    if (role == Qt::TextAlignmentRole && column >= Cases) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && column == Cases && r.overLimit) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole) {
        if ((column == Cases && r.overLimit) || (column == Overdue && r.work.overdue > 0) ||
            (column == ArmsOverdue && r.work.armsOverdue > 0) ||
            (column == VisitsOverdue && r.work.visitsOverdue > 0)) {
            return colours::alert(AlertStatus::Overdue, QGuiApplication::palette());
        }
    }
    if (role == Qt::ToolTipRole && column == Cases && m_rows == Rows::Officers) {
        return tr("Cases held now; the policy's caseload limit is %1.").arg(m_limit);
    }
    return {};
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Who:
        return m_rows == Rows::Officers ? tr("Officer") : tr("Team");
    case Team:
        return m_rows == Rows::Officers ? tr("Team") : tr("Officers");
    case Cases:
        return m_rows == Rows::Officers ? tr("Cases (of limit)") : tr("Cases");
    case Overdue:
        return tr("Overdue alerts");
    case Due:
        return tr("Due alerts");
    case ArmsOverdue:
        return tr("ARMS overdue");
    case VisitsOverdue:
        return tr("Visits overdue");
    case Unacknowledged:
        return tr("Entries unacknowledged");
    case TransfersUnacknowledged:
        return tr("Transfers unacknowledged");
    default:
        return {};
    }
}

} // namespace somdesk
