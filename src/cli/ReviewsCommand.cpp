#include "ReviewsCommand.h"

#include "CliSupport.h"

#include "core/TextSafety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace somdesk {

namespace {

using namespace cli;

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QByteArray queueJson(const QList<ReviewQueueItem>& items)
{
    QJsonArray out;
    for (const ReviewQueueItem& item : items) {
        QJsonObject o;
        o.insert(QStringLiteral("nominal"), item.ref);
        o.insert(QStringLiteral("entry"), item.review.entry);
        o.insert(QStringLiteral("requested_by"), item.review.requestedBy);
        o.insert(QStringLiteral("requested_at"), utc(item.review.requestedAt));
        o.insert(QStringLiteral("proposed_risk_level"), toString(item.review.proposedRiskLevel));
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

// Ids, levels and times only: names and text stay in the record (and the desktop's queue).
QByteArray queueTable(const QList<ReviewQueueItem>& items)
{
    if (items.isEmpty()) {
        return "no re-evaluation requests waiting\n";
    }
    auto row = [](const QStringList& cells) {
        static const int widths[] = {20, 10, 8, 12, 9, 9, 10};
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString cell = text::printable(cells[i]);
            line += i + 1 < cells.size() ? cell.leftJustified(widths[i]) + QLatin1Char(' ') : cell;
        }
        return line + QLatin1Char('\n');
    };
    QString t = row({QStringLiteral("REQUESTED (UTC)"), QStringLiteral("NOMINAL"), QStringLiteral("ENTRY"),
                     QStringLiteral("BY"), QStringLiteral("CURRENT"), QStringLiteral("PROPOSED"),
                     QStringLiteral("ESCALATING")});
    for (const ReviewQueueItem& item : items) {
        t += row({utc(item.review.requestedAt), item.ref, item.review.entry, item.review.requestedBy,
                  toString(item.riskLevel), toString(item.review.proposedRiskLevel),
                  item.review.escalating.value_or(false) ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return t.toUtf8();
}

int list(const QStringList& args)
{
    Command cmd(QStringLiteral("reviews list"),
                QStringLiteral("The pending risk re-evaluations in your scope, oldest first."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("format"), QStringLiteral("json or table (default table)."), QStringLiteral("FORMAT"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    const QString format =
        cmd.isSet(QStringLiteral("format")) ? cmd.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format != QLatin1String("json") && format != QLatin1String("table")) {
        printErr(QStringLiteral("format: must be json or table"));
        return kUsage;
    }
    SOMDESK_OPEN(o, cmd);
    auto items = o->services->reviewQueue(o->session);
    if (!items) {
        return fail(items.error());
    }
    printOut(format == QLatin1String("json") ? queueJson(*items) : queueTable(*items));
    return 0;
}

int decide(const QStringList& args)
{
    Command cmd(QStringLiteral("reviews decide"),
                QStringLiteral("Approve or reject a pending risk re-evaluation (inspectors of the area)."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("nominal"), QStringLiteral("The nominal's reference."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("entry"), QStringLiteral("The id of the entry the request is for."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("decision"), QStringLiteral("approved or rejected."), QStringLiteral("DECISION"));
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("nominal"),
                    QStringLiteral("entry"), QStringLiteral("decision"));
    const auto decision = enumFromString<ReviewDecision>(cmd.value(QStringLiteral("decision")));
    if (!decision) {
        printErr(QStringLiteral("decision: approved or rejected"));
        return kUsage;
    }
    SOMDESK_OPEN(o, cmd);
    const QString ref = cmd.value(QStringLiteral("nominal"));
    const QString entry = cmd.value(QStringLiteral("entry"));
    auto done = o->services->decideReview(o->session, ref, entry, *decision, cmd.value(QStringLiteral("reason")));
    if (!done) {
        return fail(done.error());
    }
    QString line = QStringLiteral("%1 reviews[%2] (entry %3) %4; ")
                       .arg(ref)
                       .arg(done->reviewIndex)
                       .arg(entry, toString(done->decision));
    if (done->riskBefore) {
        line += QStringLiteral("risk level %1 -> %2 (risk_history[%3])")
                    .arg(toString(*done->riskBefore), toString(done->riskLevel))
                    .arg(done->riskHistoryIndex.value_or(-1));
    } else {
        line += QStringLiteral("risk level stays %1").arg(toString(done->riskLevel));
    }
    printOut((line + QLatin1Char('\n')).toUtf8());
    return 0;
}

} // namespace

int cmdReviews(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        printOut("Usage: somdesk-cli reviews list --database F --user U [--format json|table]\n"
                 "       somdesk-cli reviews decide --database F --user U --nominal REF --entry ID\n"
                 "                                  --decision approved|rejected --reason TEXT\n"
                 "The approval queue of risk re-evaluations: list shows the pending requests in your scope,\n"
                 "oldest first; an inspector of the nominal's area decides one (not their own request).\n");
        return action.isEmpty() ? kUsage : 0;
    }
    if (action == QLatin1String("list")) {
        return list(args.mid(1));
    }
    if (action == QLatin1String("decide")) {
        return decide(args.mid(1));
    }
    printErr(QStringLiteral("reviews: unknown action '%1' (list, decide)").arg(action));
    return kUsage;
}

} // namespace somdesk
