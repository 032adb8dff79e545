#include "models/CaseloadModel.h"

#include "models/ItemRoles.h"
#include "models/Labels.h"

#include <QBrush>
#include <QFont>

namespace somdesk {

CaseloadModel::CaseloadModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CaseloadModel::setCases(const QList<CaseSummary>& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

void CaseloadModel::setAlerts(const QList<Alert>& alerts)
{
    m_alerts.clear();
    for (const Alert& a : alerts) {
        auto it = m_alerts.find(a.nominal);
        if (it == m_alerts.end()) {
            m_alerts.insert(a.nominal, AlertInfo{a, 1});
        } else {
            ++it->count;
        }
    }
    if (!m_cases.isEmpty()) {
        emit dataChanged(index(0, WorstAlert), index(rowCount() - 1, AlertCount));
    }
}

void CaseloadModel::setOfficers(const UserDirectory& directory)
{
    m_officers = directory;
    m_showOfficers = true;
    if (!m_cases.isEmpty()) {
        emit dataChanged(index(0, Officer), index(rowCount() - 1, Officer));
    }
}

QStringList CaseloadModel::owners() const
{
    QStringList result;
    for (const CaseSummary& c : m_cases) {
        if (!c.owner.isEmpty() && !result.contains(c.owner)) {
            result << c.owner;
        }
    }
    return result;
}

int CaseloadModel::rowOfRef(const QString& ref) const
{
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).ref == ref) {
            return i;
        }
    }
    return -1;
}

void CaseloadModel::setOpenRef(const QString& ref)
{
    if (ref == m_openRef) {
        return;
    }
    const int before = rowOfRef(m_openRef);
    m_openRef = ref;
    for (const int row : {before, rowOfRef(ref)}) {
        if (row >= 0) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
        }
    }
}

QHash<QString, QString> CaseloadModel::namesByRef() const
{
    QHash<QString, QString> names;
    for (const CaseSummary& c : m_cases) {
        names.insert(c.ref, Labels::personName(c.familyName, c.givenNames));
    }
    return names;
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseSummary& c = m_cases.at(index.row());
    const auto alert = m_alerts.constFind(c.ref);
    const bool hasAlert = alert != m_alerts.constEnd();

    if (role == RefRole) {
        return c.ref;
    }
    if (role == OwnerRole) {
        return c.owner;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Reference:
            return c.ref;
        case Name:
            return Labels::personName(c.familyName, c.givenNames);
        case Officer:
            // Name and collar number, never the bare username; sorted by what is read.
            return m_showOfficers ? QVariant(m_officers.displayName(c.owner)) : QVariant(QString());
        case Risk:
            return sort ? QVariant(static_cast<int>(c.riskLevel)) : QVariant(Labels::risk(c.riskLevel));
        case Mappa:
            return sort ? QVariant(c.mappaCategory * 10 + c.mappaLevel)
                        : QVariant(Labels::mappa(c.mappaCategory, c.mappaLevel));
        case Area:
            return c.area;
        case LastHomeVisit:
            if (sort) {
                return c.lastHomeVisit ? QVariant(*c.lastHomeVisit) : QVariant(QDate(1, 1, 1));
            }
            return Labels::date(c.lastHomeVisit, tr("Never"));
        case Management:
            return Labels::management(c.management);
        case WorstAlert:
            if (!hasAlert) {
                return sort ? QVariant(3 * 100000) : QVariant();
            }
            if (sort) {
                // Overdue before due before info; among overdue, the longest overdue first.
                return static_cast<int>(alert->worst.status) * 100000 - alert->worst.daysOverdue;
            }
            return tr("%1: %2").arg(Labels::alertStatus(alert->worst.status), Labels::ruleTitle(alert->worst.rule));
        case AlertCount:
            return hasAlert ? alert->count : 0;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == WorstAlert && hasAlert) {
            return QBrush(Labels::alertColour(alert->worst.status));
        }
        if (index.column() == Risk) {
            const QColor colour = Labels::riskColour(c.riskLevel);
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        return {};
    }
    const bool open = !m_openRef.isEmpty() && c.ref == m_openRef;
    if (role == Qt::FontRole &&
        (open || (index.column() == WorstAlert && hasAlert && alert->worst.status == AlertStatus::Overdue))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        const QString shown = open ? tr("Shown in the record pane") : QString();
        if (index.column() == WorstAlert && hasAlert) {
            return shown.isEmpty() ? alert->worst.reason : tr("%1\n%2").arg(alert->worst.reason, shown);
        }
        return shown.isEmpty() ? QVariant() : QVariant(shown);
    }
    if (role == Qt::TextAlignmentRole && index.column() == AlertCount) {
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case Officer:
        return tr("Officer");
    case Risk:
        return tr("Risk");
    case Mappa:
        return tr("MAPPA");
    case Area:
        return tr("Area");
    case LastHomeVisit:
        return tr("Last home visit");
    case Management:
        return tr("Management");
    case WorstAlert:
        return tr("Worst alert");
    case AlertCount:
        return tr("Alerts");
    default:
        return {};
    }
}

} // namespace somdesk
