#include "DecideCommand.h"

#include "CliSupport.h"
#include "core/casework/CaseworkRecord.h"

namespace somdesk {

using namespace cli;

namespace {

// The decisions, by the names `record` uses for the same kinds.
const QList<RecordKind>& decisionKinds()
{
    static const QList<RecordKind> kinds{RecordKind::MappaReferral, RecordKind::ManagementDecision,
                                         RecordKind::IndefiniteReview, RecordKind::Transfer};
    return kinds;
}

QString kindNames()
{
    QStringList names;
    for (RecordKind k : decisionKinds()) {
        names << recordKindName(k);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

int cmdDecide(const QStringList& args)
{
    Command cmd(QStringLiteral("decide"),
                QStringLiteral("Record a supervisor's decision on a nominal (KIND: %1).").arg(kindNames()));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("nominal"), QStringLiteral("The nominal's ref."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("json"),
               QStringLiteral("The decision as a JSON object: an element of the bundle list of its kind "
                              "(mappa_referrals, management_decisions, indefinite_review_decisions, transfers)."),
               QStringLiteral("FILE"));
    cmd.parser().addPositionalArgument(QStringLiteral("kind"), QStringLiteral("What is decided."));
    SOMDESK_PARSE(cmd, args);
    const QStringList positional = cmd.parser().positionalArguments();
    if (positional.size() != 1) {
        printErr(QStringLiteral("decide: one KIND is required (%1)").arg(kindNames()));
        return kUsage;
    }
    const std::optional<RecordKind> kind = recordKindFromName(positional.first());
    if (!kind || !decisionKinds().contains(*kind)) {
        printErr(QStringLiteral("decide: unknown KIND '%1' (%2)").arg(positional.first(), kindNames()));
        return kUsage;
    }
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("nominal"),
                    QStringLiteral("json"));
    auto json = readFileArg(cmd.value(QStringLiteral("json")), QStringLiteral("json"));
    if (!json) {
        return fail(json.error());
    }
    SOMDESK_OPEN(o, cmd);
    auto record = o->services->readRecordJson(o->session, *kind, *json);
    if (!record) {
        return fail(record.error());
    }
    auto made = o->services->recordCasework(o->session, cmd.value(QStringLiteral("nominal")), *record);
    if (!made) {
        return fail(made.error());
    }
    printOut((*made + QLatin1Char('\n')).toUtf8());
    return 0;
}

} // namespace somdesk
