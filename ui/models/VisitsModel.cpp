#include "models/VisitsModel.h"

#include "models/Labels.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace somdesk {

VisitsModel::VisitsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void VisitsModel::setVisits(const QList<Visit>& visits, const UserDirectory& directory)
{
    beginResetModel();
    m_visits = visits;
    // Newest first; records of one date keep their order, the later made first.
    std::reverse(m_visits.begin(), m_visits.end());
    std::stable_sort(m_visits.begin(), m_visits.end(), [](const Visit& a, const Visit& b) { return a.date > b.date; });
    m_directory = directory;
    endResetModel();
}

QString VisitsModel::verifiedText(const Visit& v)
{
    QStringList parts = v.checks;
    const QString text = v.verified.value_or(QString()).trimmed();
    if (!text.isEmpty()) {
        parts.append(text);
    }
    return parts.isEmpty() ? tr("Nothing verified") : parts.join(tr(", "));
}

int VisitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visits.size());
}

int VisitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Visit& v = m_visits.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Date:
            return Labels::date(v.date);
        case Day:
            return QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(v.date.dayOfWeek());
        case Time:
            return v.time ? v.time->toString(QStringLiteral("HH:mm")) : tr("not recorded");
        case Type:
            switch (v.type) {
            case VisitType::Home:
                return tr("Home");
            case VisitType::Office:
                return tr("Office");
            case VisitType::Other:
                return tr("Other");
            }
            return {};
        case Announced:
            return v.announced.value_or(false) ? tr("Announced") : tr("Unannounced");
        case Verified:
            return verifiedText(v);
        case Officer:
            return m_directory.name(v.by);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Verified) {
        return v.verified.value_or(QString());
    }
    if (role == Qt::ToolTipRole && index.column() == Officer) {
        return m_directory.displayName(v.by);
    }
    if (role == Qt::ForegroundRole && index.column() == Verified && v.type == VisitType::Home && v.checks.isEmpty() &&
        v.verified.value_or(QString()).trimmed().isEmpty()) {
        return QBrush(Labels::alertColour(AlertStatus::Overdue));
    }
    return {};
}

QVariant VisitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Day:
        return tr("Day");
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Announced:
        return tr("Announced");
    case Verified:
        return tr("Verified");
    case Officer:
        return tr("Officer");
    default:
        return {};
    }
}

} // namespace somdesk
