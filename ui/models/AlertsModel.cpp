#include "models/AlertsModel.h"

#include "models/ItemRoles.h"
#include "models/Labels.h"

#include <QBrush>
#include <QFont>

namespace somdesk {

AlertsModel::AlertsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AlertsModel::setAlerts(const QList<Alert>& alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

void AlertsModel::setNominalNames(const QHash<QString, QString>& namesByRef)
{
    m_names = namesByRef;
    if (!m_alerts.isEmpty()) {
        emit dataChanged(index(0, Nominal), index(rowCount() - 1, Nominal));
    }
}

QString AlertsModel::nominalText(const QString& ref) const
{
    const auto it = m_names.constFind(ref);
    return it == m_names.constEnd() ? ref : tr("%1 (%2)").arg(*it, ref);
}

int AlertsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Alert& a = m_alerts.at(index.row());
    if (role == RefRole) {
        return a.nominal;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Status:
            return sort ? QVariant(static_cast<int>(a.status)) : QVariant(Labels::alertStatus(a.status));
        case Due:
            if (sort) {
                return a.due ? QVariant(*a.due) : QVariant(QDate(9999, 12, 31));
            }
            return Labels::date(a.due, QString());
        case DaysOverdue:
            // Only an overdue alert is some days overdue; "0" on a due or info row says nothing.
            return sort || a.status == AlertStatus::Overdue ? QVariant(a.daysOverdue) : QVariant(QString());
        case Nominal:
            return sort ? a.nominal : nominalText(a.nominal);
        case Rule:
            return Labels::ruleTitle(a.rule);
        case Reason:
            return sort ? a.reason : Labels::alertSentence(a.reason);
        case ClearsWhen:
            return sort ? a.clearsWhen : Labels::alertSentence(a.clearsWhen);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        return QBrush(Labels::alertColour(a.status));
    }
    if (role == Qt::FontRole && index.column() == Status && a.status == AlertStatus::Overdue) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Reason:
            return Labels::alertSentence(a.reason);
        case ClearsWhen:
            return Labels::alertSentence(a.clearsWhen);
        case Rule:
            return a.rule;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysOverdue) {
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    case DaysOverdue:
        return tr("Days overdue");
    case Nominal:
        return tr("Nominal");
    case Rule:
        return tr("Rule");
    case Reason:
        return tr("Reason");
    case ClearsWhen:
        return tr("Clears when");
    default:
        return {};
    }
}

} // namespace somdesk
