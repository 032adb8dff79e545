#include "WorkloadCommand.h"

#include "CliSupport.h"

#include "core/TextSafety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace somdesk {

namespace {

using namespace cli;

QJsonObject workToJson(const Workload& w)
{
    return QJsonObject{{QStringLiteral("caseload"), w.caseload},
                       {QStringLiteral("overdue"), w.overdue},
                       {QStringLiteral("due"), w.due},
                       {QStringLiteral("info"), w.info},
                       {QStringLiteral("arms_overdue"), w.armsOverdue},
                       {QStringLiteral("visits_overdue"), w.visitsOverdue},
                       {QStringLiteral("entries_unacknowledged"), w.unacknowledged},
                       {QStringLiteral("transfers_unacknowledged"), w.transfersUnacknowledged}};
}

QByteArray asJson(const WorkloadOverview& w, const QDate& asOf)
{
    QJsonArray officers;
    for (const OfficerWorkload& o : w.officers) {
        QJsonObject row = workToJson(o.work);
        row.insert(QStringLiteral("officer"), o.officer);
        row.insert(QStringLiteral("team"), o.team);
        row.insert(QStringLiteral("over_limit"), o.overLimit(w.caseloadLimit));
        officers.append(row);
    }
    QJsonArray teams;
    for (const TeamWorkload& t : w.teams) {
        QJsonObject row = workToJson(t.work);
        row.insert(QStringLiteral("team"), t.team);
        row.insert(QStringLiteral("officers"), t.officers);
        teams.append(row);
    }
    const QJsonObject out{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                          {QStringLiteral("caseload_limit"), w.caseloadLimit},
                          {QStringLiteral("officers"), officers},
                          {QStringLiteral("teams"), teams},
                          {QStringLiteral("total"), workToJson(w.total)}};
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray asTable(const WorkloadOverview& w)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                      .arg(QStringLiteral("officer"), -12)
                      .arg(QStringLiteral("team"), -16)
                      .arg(QStringLiteral("cases"), 9)
                      .arg(QStringLiteral("overdue"), 8)
                      .arg(QStringLiteral("due"), 5)
                      .arg(QStringLiteral("arms late"), 9)
                      .arg(QStringLiteral("visits late"), 11)
                      .arg(QStringLiteral("unacknowledged"), 14);
    for (const OfficerWorkload& o : w.officers) {
        const QString cases = QStringLiteral("%1/%2%3")
                                  .arg(o.work.caseload)
                                  .arg(w.caseloadLimit)
                                  .arg(o.overLimit(w.caseloadLimit) ? QStringLiteral("!") : QString());
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(text::printable(o.officer), -12)
                   .arg(text::printable(o.team), -16)
                   .arg(cases, 9)
                   .arg(o.work.overdue, 8)
                   .arg(o.work.due, 5)
                   .arg(o.work.armsOverdue, 9)
                   .arg(o.work.visitsOverdue, 11)
                   .arg(o.work.unacknowledged, 14);
    }
    out += QStringLiteral("(! over the caseload limit of %1)\n").arg(w.caseloadLimit);
    return out.toUtf8();
}

} // namespace

int cmdWorkload(const QStringList& args)
{
    Command cmd(QStringLiteral("workload"),
                QStringLiteral("The workload per officer of your team (sergeant) or area (inspector)."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("as-of"), QStringLiteral("Alerts as of this date (default today)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("format"), QStringLiteral("json or table (default table)."), QStringLiteral("FORMAT"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    const QString format =
        cmd.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("table") : cmd.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("table")) {
        printErr(QStringLiteral("format: expected json or table, not '%1'").arg(format));
        return kUsage;
    }
    QDate asOf = londonToday();
    if (cmd.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(cmd.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            printErr(QStringLiteral("as-of: not a date (YYYY-MM-DD)"));
            return kUsage;
        }
    }
    SOMDESK_OPEN(o, cmd);
    auto w = o->services->workload(o->session, asOf);
    if (!w) {
        return fail(w.error());
    }
    printOut(format == QLatin1String("json") ? asJson(*w, asOf) : asTable(*w));
    return 0;
}

} // namespace somdesk
