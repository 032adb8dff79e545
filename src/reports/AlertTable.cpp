#include "AlertTable.h"

#include "core/TextSafety.h"
#include "core/rules/RuleCatalogue.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace somdesk {

namespace {

QString csvField(const QString& value)
{
    const QString s = text::printable(value);
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QStringList cells(const Alert& a, int maxReason)
{
    QString reason = text::printable(a.reason);
    if (maxReason > 1 && reason.size() > maxReason) {
        reason = reason.left(maxReason - 1) + QChar(0x2026);
    }
    return {toString(a.status).toUpper(),
            a.due ? a.due->toString(Qt::ISODate) : QStringLiteral("-"),
            a.status == AlertStatus::Overdue ? QString::number(a.daysOverdue) : QString(),
            text::printable(a.nominal),
            text::printable(a.rule),
            toString(a.ownerRole),
            text::printable(a.owner.value_or(QStringLiteral("(unassigned)"))),
            reason};
}

} // namespace

QString AlertTable::ruleTitle(const QString& rule)
{
    return RuleCatalogue::title(rule);
}

QString AlertTable::render(const QList<Alert>& alerts, int maxReason)
{
    const QStringList header{QStringLiteral("STATUS"),  QStringLiteral("DUE"),   QStringLiteral("DAYS"),
                             QStringLiteral("NOMINAL"), QStringLiteral("RULE"),  QStringLiteral("ROLE"),
                             QStringLiteral("OWNER"),   QStringLiteral("REASON")};
    QList<QStringList> rows{header};
    for (const Alert& a : alerts) {
        rows.append(cells(a, maxReason));
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const auto& r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            widths[i] = std::max(widths[i], r.at(i).size());
        }
    }
    QString out;
    for (const auto& r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            const bool last = i == r.size() - 1;
            // Numbers right-aligned, text left-aligned; no trailing spaces.
            line += (i == 2 ? r.at(i).rightJustified(widths[i]) : (last ? r.at(i) : r.at(i).leftJustified(widths[i])));
            if (!last) {
                line += QStringLiteral("  ");
            }
        }
        out += line + QLatin1Char('\n');
    }
    out += QStringLiteral("%1 alert(s)\n").arg(alerts.size());
    return out;
}

QString AlertTable::csv(const QList<Alert>& alerts)
{
    QString out = QStringLiteral("key,rule,nominal,status,due,days_overdue,owner_role,owner,reason,clears_when\r\n");
    for (const Alert& a : alerts) {
        const QStringList f{a.key,
                            a.rule,
                            a.nominal,
                            toString(a.status),
                            a.due ? a.due->toString(Qt::ISODate) : QString(),
                            QString::number(a.daysOverdue),
                            toString(a.ownerRole),
                            a.owner.value_or(QString()),
                            a.reason,
                            a.clearsWhen};
        QStringList escaped;
        for (const auto& s : f) {
            escaped << csvField(s);
        }
        out += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace somdesk
