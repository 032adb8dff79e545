#include "OspCommand.h"

#include "core/InputLimits.h"
#include "core/PrivateFile.h"
#include "core/scores/OspCalculator.h"
#include "core/scores/OspJson.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace somdesk {

namespace {

constexpr int kUsage = 2;
constexpr int kValidation = 2;
constexpr int kFailure = 1;

void err(const QString& message)
{
    const QByteArray line = QStringLiteral("somdesk-cli: %1\n").arg(message.simplified()).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

void out(const QByteArray& data)
{
    std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stdout);
    std::fflush(stdout);
}

QString itemLine(const QString& label, const QString& fact, int points)
{
    return QStringLiteral("  %1 %2 %3\n").arg(label.leftJustified(28), fact.leftJustified(14)).arg(points, 3);
}

QString optionalInt(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QStringLiteral("none");
}

QByteArray table(const OspInput& in, const OspOutcome& o)
{
    QString t = QStringLiteral("%1 %2\n").arg(OspCalculator::toolName(), OspCalculator::version());
    if (!o.ok()) {
        t += QStringLiteral("errors:\n");
        for (const OspValidationError& e : o.errors) {
            t += QStringLiteral("  %1 %2\n")
                     .arg(e.code.leftJustified(34), e.field.isEmpty() ? QStringLiteral("-") : e.field);
        }
        return t.toUtf8();
    }
    const OspDcResult& dc = *o.dc;
    if (!dc.points) {
        t += QStringLiteral("OSP/DC   not applicable\n");
    } else {
        t += QStringLiteral("OSP/DC   %1  %2 %  %3 points%4\n")
                 .arg(toString(dc.band), ospPercentText(dc.probabilityPercent))
                 .arg(*dc.points)
                 .arg(dc.bandReduced == true
                          ? QStringLiteral("  (band reduced from %1)").arg(toString(dc.bandBeforeReduction))
                          : QString());
        const OspDcItems& it = *dc.items;
        t += itemLine(QStringLiteral("contact-adult sanctions"), QString::number(*in.contactAdultSanctions),
                      it.contactAdult);
        t += itemLine(QStringLiteral("contact-child sanctions"), QString::number(*in.contactChildSanctions),
                      it.contactChild);
        t += itemLine(QStringLiteral("non-contact sanctions"), QString::number(*in.nonContactSanctions), it.nonContact);
        t += itemLine(QStringLiteral("age at follow-up start"), optionalInt(dc.ageAtFollowUpYears), it.ageAtFollowUp);
        t += itemLine(QStringLiteral("age at last sexual offence"), optionalInt(dc.ageAtLastSexualOffenceYears),
                      it.ageAtLastSexualOffence);
        t += itemLine(QStringLiteral("total sanctions"), QString::number(*in.totalSanctions), it.totalSanctions);
        t += itemLine(QStringLiteral("stranger victim"),
                      in.strangerVictim ? (*in.strangerVictim ? QStringLiteral("yes") : QStringLiteral("no"))
                                        : QStringLiteral("unknown"),
                      it.strangerVictim);
    }
    t += QStringLiteral("OSP/IIC  %1  %2 %\n").arg(toString(o.iic->band), ospPercentText(o.iic->probabilityPercent));
    return t.toUtf8();
}

} // namespace

int cmdOsp(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compute OSP/DC and OSP/IIC for one assessment (no database; nothing is recorded)."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("input"),
                                        QStringLiteral("JSON file with the assessment's inputs (- for stdin)."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), QStringLiteral("json (default) or table."),
                                        QStringLiteral("FORMAT"), QStringLiteral("json")));
    QStringList full{QStringLiteral("somdesk-cli osp")};
    full += args;
    if (!parser.parse(full)) {
        err(parser.errorText() + QStringLiteral(" (see somdesk-cli osp --help)"));
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(QStringLiteral("unexpected argument '%1' (see somdesk-cli osp --help)")
                .arg(parser.positionalArguments().first()));
        return kUsage;
    }
    const QString path = parser.value(QStringLiteral("input"));
    if (path.isEmpty()) {
        err(QStringLiteral("--input is required (see somdesk-cli osp --help)"));
        return kUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("table")) {
        err(QStringLiteral("format: must be json or table"));
        return kUsage;
    }
    QFile f;
    const bool opened = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened) {
        err(QStringLiteral("input: cannot read %1").arg(path));
        return kFailure;
    }
    const Result<QByteArray> bytes = readBounded(f, limits::kMaxInputFileBytes, QStringLiteral("input"), path);
    if (!bytes) {
        err(bytes.error().message);
        return kFailure;
    }
    const Result<OspInput> input = ospInputFromDocument(*bytes);
    if (!input) {
        err(input.error().message);
        return kUsage;
    }
    const OspOutcome outcome = OspCalculator::compute(*input);
    out(format == QLatin1String("json") ? ospOutcomeToJson(outcome) : table(*input, outcome));
    return outcome.ok() ? 0 : kValidation;
}

} // namespace somdesk
