#include "DipSampleCommand.h"

#include "CliSupport.h"
#include "core/TextSafety.h"
#include "core/bundle/BundleWriter.h"
#include "core/supervision/DipSampleSummary.h"

namespace somdesk {

using namespace cli;

namespace {

const QString kUsageText = QStringLiteral("dip-sample: one of draw, list, record (see somdesk-cli dip-sample --help)");

void periodOption(Command& cmd, const QString& help)
{
    cmd.option(QStringLiteral("period"), help, QStringLiteral("YYYY-MM"));
}

void formatOption(Command& cmd)
{
    cmd.option(QStringLiteral("format"), QStringLiteral("json (default) or table."), QStringLiteral("FORMAT"));
}

std::optional<QString> optionalValue(const Command& cmd, const QString& name)
{
    return cmd.isSet(name) ? std::optional<QString>(cmd.value(name)) : std::nullopt;
}

// "json" or "table"; anything else is a usage error.
std::optional<QString> formatOf(const Command& cmd)
{
    const QString format =
        cmd.isSet(QStringLiteral("format")) ? cmd.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("table")) {
        return std::nullopt;
    }
    return format;
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QByteArray drawTable(const DipSample& s)
{
    QString t = QStringLiteral("dip sample %1 by %2, seed %3, drawn at %4: %5 record(s)\n")
                    .arg(text::printable(s.period), text::printable(s.sergeant))
                    .arg(s.seed)
                    .arg(stamp(s.drawnAt))
                    .arg(s.records.size());
    for (const DipRecord& r : s.records) {
        t += QStringLiteral("  %1 %2\n").arg(text::printable(r.officer).leftJustified(16), text::printable(r.nominal));
    }
    return t.toUtf8();
}

QString countsText(const DipFindingCounts& c)
{
    return QStringLiteral("compliant %1, not compliant %2, not applicable %3")
        .arg(c.compliant)
        .arg(c.notCompliant)
        .arg(c.notApplicable);
}

QByteArray listTable(const QList<DipSample>& samples, const QStringList& items)
{
    QString t = QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(QStringLiteral("period").leftJustified(8), QStringLiteral("sergeant").leftJustified(16),
                         QStringLiteral("officer").leftJustified(16), QStringLiteral("nominal").leftJustified(12),
                         QStringLiteral("completed"));
    for (const DipSample& s : samples) {
        for (const DipRecord& r : s.records) {
            t += QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(text::printable(s.period).leftJustified(8), text::printable(s.sergeant).leftJustified(16),
                          text::printable(r.officer).leftJustified(16), r.nominal.leftJustified(12),
                          r.completedAt ? stamp(*r.completedAt) : QStringLiteral("-"));
        }
    }
    const DipSampleSummary sum = summarizeDipSamples(samples, items);
    t += QStringLiteral("\n%1 of %2 record(s) completed: %3\n")
             .arg(sum.completed)
             .arg(sum.drawn)
             .arg(countsText(sum.all));
    for (const DipOfficerSummary& o : sum.officers) {
        t += QStringLiteral("  %1 %2 of %3 completed: %4\n")
                 .arg(text::printable(o.officer).leftJustified(16))
                 .arg(o.completed)
                 .arg(o.drawn)
                 .arg(countsText(o.all));
    }
    for (const DipItemCounts& i : sum.items) {
        t += QStringLiteral("  %1 %2\n").arg(text::printable(i.item).leftJustified(24), countsText(i.counts));
    }
    return t.toUtf8();
}

int draw(const QStringList& args)
{
    Command cmd(QStringLiteral("dip-sample draw"),
                QStringLiteral("Draw this period's dip sample of your team's records (sergeants)."));
    cmd.database();
    cmd.user();
    periodOption(cmd, QStringLiteral("The month (default: this month, Europe/London)."));
    cmd.option(QStringLiteral("seed"),
               QStringLiteral("The random seed, 0 to 9007199254740991 (default: chosen at random; always recorded)."),
               QStringLiteral("N"));
    formatOption(cmd);
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    const auto format = formatOf(cmd);
    if (!format) {
        printErr(QStringLiteral("format: must be json or table"));
        return kUsage;
    }
    std::optional<qint64> seed;
    if (cmd.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const qint64 n = cmd.value(QStringLiteral("seed")).toLongLong(&ok);
        if (!ok) {
            printErr(QStringLiteral("seed: must be a whole number from 0 to 9007199254740991"));
            return kUsage;
        }
        seed = n;
    }
    SOMDESK_OPEN(o, cmd);
    auto sample = o->services->drawDipSample(o->session, optionalValue(cmd, QStringLiteral("period")), seed);
    if (!sample) {
        return fail(sample.error());
    }
    printOut(*format == QLatin1String("json") ? BundleWriter::writeDipSample(*sample, {}) : drawTable(*sample));
    return 0;
}

int list(const QStringList& args)
{
    Command cmd(QStringLiteral("dip-sample list"),
                QStringLiteral("List the dip samples you may see: a sergeant's own, an inspector's area's."));
    cmd.database();
    cmd.user();
    periodOption(cmd, QStringLiteral("Only the draws of this month."));
    formatOption(cmd);
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    const auto format = formatOf(cmd);
    if (!format) {
        printErr(QStringLiteral("format: must be json or table"));
        return kUsage;
    }
    SOMDESK_OPEN(o, cmd);
    auto samples = o->services->dipSamples(o->session, optionalValue(cmd, QStringLiteral("period")));
    if (!samples) {
        return fail(samples.error());
    }
    auto policy = o->services->policy(o->session);
    if (!policy) {
        return fail(policy.error());
    }
    const QStringList items = policy->list(QStringLiteral("dip_sample_items"));
    printOut(*format == QLatin1String("json") ? BundleWriter::writeDipSamples(*samples, items)
                                              : listTable(*samples, items));
    return 0;
}

int record(const QStringList& args)
{
    Command cmd(QStringLiteral("dip-sample record"),
                QStringLiteral("Record the checklist findings of one drawn record (the sergeant who drew it)."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("nominal"), QStringLiteral("The drawn nominal's ref."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("json"),
               QStringLiteral("The findings, {\"items\": [{\"item\", \"finding\", \"note\"}]} (bundle-format.md)."),
               QStringLiteral("FILE"));
    periodOption(cmd, QStringLiteral("The sample's month (default: your latest draw holding the nominal)."));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("nominal"),
                    QStringLiteral("json"));
    auto json = readFileArg(cmd.value(QStringLiteral("json")), QStringLiteral("json"));
    if (!json) {
        return fail(json.error());
    }
    SOMDESK_OPEN(o, cmd);
    auto items = o->services->readDipFindingsJson(o->session, *json);
    if (!items) {
        return fail(items.error());
    }
    const QString ref = cmd.value(QStringLiteral("nominal"));
    auto period = o->services->recordDipFindings(o->session, optionalValue(cmd, QStringLiteral("period")), ref, *items);
    if (!period) {
        return fail(period.error());
    }
    printOut(QStringLiteral("findings recorded: %1 %2\n").arg(*period, ref).toUtf8());
    return 0;
}

} // namespace

int cmdDipSample(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("draw")) {
        return draw(args.mid(1));
    }
    if (sub == QLatin1String("list")) {
        return list(args.mid(1));
    }
    if (sub == QLatin1String("record")) {
        return record(args.mid(1));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut("Usage: somdesk-cli dip-sample draw|list|record [options]\n\n"
                 "  draw    draw this period's dip sample of your team's records (sergeants)\n"
                 "  list    list the dip samples you may see (sergeants, inspectors)\n"
                 "  record  record the checklist findings of one drawn record (sergeants)\n\n"
                 "Run 'somdesk-cli dip-sample SUBCOMMAND --help' for its options.\n");
        return 0;
    }
    printErr(sub.isEmpty() ? kUsageText
                           : QStringLiteral("dip-sample: unknown subcommand '%1' (draw, list, record)").arg(sub));
    return kUsage;
}

} // namespace somdesk
