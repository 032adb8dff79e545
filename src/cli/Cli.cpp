#include "Cli.h"

#include "CliSupport.h"
#include "DecideCommand.h"
#include "DipSampleCommand.h"
#include "OspCommand.h"
#include "ReviewsCommand.h"
#include "WorkloadCommand.h"

#include "core/TextSafety.h"
#include "core/bundle/BundleReader.h"
#include "core/rules/ArmsPriorityQueue.h"
#include "reports/AlertTable.h"
#include "services/PasswordHasher.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <functional>

namespace somdesk {

namespace {

using namespace cli;

int cmdInit(const QStringList& args)
{
    Command cmd(QStringLiteral("init"), QStringLiteral("Create a new database with its first administrator."));
    cmd.database();
    cmd.option(QStringLiteral("admin"), QStringLiteral("User name of the first administrator."),
               QStringLiteral("NAME"));
    cmd.option(QStringLiteral("name"), QStringLiteral("Display name of the administrator."), QStringLiteral("TEXT"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("admin"));
    auto pw = readPassword("SOMDESK_PASSWORD", QStringLiteral("New administrator password: "));
    if (!pw) {
        printErr(QStringLiteral("no password: set SOMDESK_PASSWORD or run from a terminal"));
        return kFailure;
    }
    if (Status st = Services::initDatabase(cmd.value(QStringLiteral("database")), cmd.value(QStringLiteral("admin")),
                                           cmd.value(QStringLiteral("name")), *pw);
        !st) {
        return fail(st.error());
    }
    printOut(QStringLiteral("created %1\n").arg(cmd.value(QStringLiteral("database"))).toUtf8());
    return 0;
}

int cmdUser(const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        printOut("Usage: somdesk-cli user add|list|disable|enable|unlock|passwd [options]\n"
                 "Manage users (administrators only). Run 'somdesk-cli user ACTION --help' for options.\n");
        return action.isEmpty() ? kUsage : 0;
    }
    Command cmd(QStringLiteral("user ") + action, QStringLiteral("Manage users (administrators only)."));
    cmd.database();
    cmd.user();
    if (action == QLatin1String("add")) {
        cmd.option(QStringLiteral("username"), QStringLiteral("The new user's user name."), QStringLiteral("NAME"));
        cmd.option(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("TEXT"));
        cmd.option(QStringLiteral("role"), QStringLiteral("officer, sergeant, inspector or admin."),
                   QStringLiteral("ROLE"));
        cmd.option(QStringLiteral("collar"), QStringLiteral("Collar number (not for admins)."),
                   QStringLiteral("NUMBER"));
        cmd.option(QStringLiteral("area"), QStringLiteral("Area."), QStringLiteral("AREA"));
        cmd.option(QStringLiteral("team"), QStringLiteral("Team."), QStringLiteral("TEAM"));
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable") ||
               action == QLatin1String("unlock") || action == QLatin1String("passwd")) {
        cmd.option(QStringLiteral("username"), QStringLiteral("The user to change."), QStringLiteral("NAME"));
    } else if (action != QLatin1String("list")) {
        printErr(QStringLiteral("user: unknown action '%1' (add, list, disable, enable, unlock, passwd)").arg(action));
        return kUsage;
    }
    SOMDESK_PARSE(cmd, rest);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    if (action != QLatin1String("list")) {
        SOMDESK_REQUIRE(cmd, QStringLiteral("username"));
    }
    if (action == QLatin1String("add")) {
        SOMDESK_REQUIRE(cmd, QStringLiteral("name"), QStringLiteral("role"));
    }
    SOMDESK_OPEN(o, cmd);
    Services& s = *o->services;
    const QString username = cmd.value(QStringLiteral("username"));
    if (action == QLatin1String("list")) {
        auto users = s.listUsers(o->session);
        if (!users) {
            return fail(users.error());
        }
        QString out;
        for (const UserInfo& u : *users) {
            out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                       .arg(text::printable(u.user.username), toString(u.user.role), text::printable(u.user.name),
                            text::printable(u.user.collar.value_or(QString())),
                            text::printable(u.user.area.value_or(QString())),
                            text::printable(u.user.team.value_or(QString())),
                            u.user.disabled.value_or(false) ? QStringLiteral("disabled")
                            : u.locked                      ? QStringLiteral("locked")
                                                            : QStringLiteral("active"));
        }
        printOut(out.toUtf8());
        return 0;
    }
    Status st;
    if (action == QLatin1String("add")) {
        auto role = enumFromString<Role>(cmd.value(QStringLiteral("role")));
        if (!role) {
            printErr(QStringLiteral("role: must be one of officer, sergeant, inspector, admin"));
            return kFailure;
        }
        User u;
        u.username = username;
        u.name = cmd.value(QStringLiteral("name"));
        u.role = *role;
        auto opt = [&](const QString& n) { return cmd.isSet(n) ? std::optional<QString>(cmd.value(n)) : std::nullopt; };
        u.collar = opt(QStringLiteral("collar"));
        u.area = opt(QStringLiteral("area"));
        u.team = opt(QStringLiteral("team"));
        QByteArray pw = qgetenv("SOMDESK_NEW_PASSWORD");
        st = s.addUser(o->session, u, pw);
    } else if (action == QLatin1String("disable")) {
        st = s.disableUser(o->session, username);
    } else if (action == QLatin1String("enable")) {
        st = s.enableUser(o->session, username);
    } else if (action == QLatin1String("unlock")) {
        st = s.unlockUser(o->session, username);
    } else {
        auto pw = readPassword("SOMDESK_NEW_PASSWORD", QStringLiteral("New password for %1: ").arg(username));
        if (!pw) {
            printErr(QStringLiteral("no new password: set SOMDESK_NEW_PASSWORD or run from a terminal"));
            return kFailure;
        }
        st = s.setPassword(o->session, username, *pw);
    }
    if (!st) {
        return fail(st.error());
    }
    printOut(QStringLiteral("%1: %2 done\n").arg(text::printable(username), action).toUtf8());
    return 0;
}

int cmdImport(const QStringList& args)
{
    Command cmd(QStringLiteral("import"), QStringLiteral("Import a case bundle (all or nothing)."));
    cmd.database();
    cmd.user();
    cmd.parser().addPositionalArgument(QStringLiteral("bundle"), QStringLiteral("The bundle JSON file."));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    if (cmd.parser().positionalArguments().size() != 1) {
        printErr(QStringLiteral("import: give exactly one bundle file"));
        return kUsage;
    }
    auto json = readFileArg(cmd.parser().positionalArguments().first(), QStringLiteral("bundle"));
    if (!json) {
        return fail(json.error());
    }
    SOMDESK_OPEN(o, cmd);
    auto summary = o->services->importBundle(o->session, *json);
    if (!summary) {
        return fail(summary.error());
    }
    printOut(QStringLiteral("imported %1 nominals (%2 entries), %3 new users, %4 matched users, %5 dip samples\n")
                 .arg(summary->nominals)
                 .arg(summary->entries)
                 .arg(summary->usersAdded)
                 .arg(summary->usersMatched)
                 .arg(summary->dipSamples)
                 .toUtf8());
    return 0;
}

int cmdExport(const QStringList& args)
{
    Command cmd(QStringLiteral("export"), QStringLiteral("Export a case bundle (deterministic)."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("nominal"), QStringLiteral("Export only this nominal."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("out"), QStringLiteral("Output file (default: standard output)."),
               QStringLiteral("FILE"));
    purposeOptions(cmd, QStringLiteral("bundle export"));
    cmd.option(QStringLiteral("recipient"),
               QStringLiteral("Who receives it, an organisation or office (audited; never a person's name)."),
               QStringLiteral("TEXT"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    auto purpose = chosenPurpose(cmd, QStringLiteral("bundle export"));
    if (!purpose) {
        return fail(purpose.error());
    }
    SOMDESK_OPEN(o, cmd);
    const QString recipient =
        cmd.isSet(QStringLiteral("recipient")) ? cmd.value(QStringLiteral("recipient")) : QStringLiteral("export file");
    auto data = o->services->exportBundle(o->session,
                                          cmd.isSet(QStringLiteral("nominal"))
                                              ? std::optional<QString>(cmd.value(QStringLiteral("nominal")))
                                              : std::nullopt,
                                          *purpose, recipient);
    if (!data) {
        return fail(data.error());
    }
    if (Status st = writeOut(cmd.value(QStringLiteral("out")), *data); !st) {
        return fail(st.error());
    }
    return 0;
}

int cmdDemo(const QStringList& args)
{
    Command cmd(QStringLiteral("demo"), QStringLiteral("Create a database with a fictitious demo caseload."));
    cmd.database();
    cmd.option(QStringLiteral("nominals"), QStringLiteral("How many nominals (default 200)."), QStringLiteral("N"));
    cmd.option(QStringLiteral("seed"), QStringLiteral("Random seed (default 1); same seed, same data."),
               QStringLiteral("S"));
    cmd.option(QStringLiteral("today"), QStringLiteral("Anchor date YYYY-MM-DD (default: today in London)."),
               QStringLiteral("DATE"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"));
    bool ok = true;
    const int n = cmd.isSet(QStringLiteral("nominals")) ? cmd.value(QStringLiteral("nominals")).toInt(&ok) : 200;
    if (!ok || n < 1) {
        printErr(QStringLiteral("nominals: a whole number ≥ 1"));
        return kFailure;
    }
    const quint64 seed = cmd.isSet(QStringLiteral("seed")) ? cmd.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok) {
        printErr(QStringLiteral("seed: a whole number ≥ 0"));
        return kFailure;
    }
    QDate today = londonToday();
    if (cmd.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(cmd.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            printErr(QStringLiteral("today: not a date (YYYY-MM-DD)"));
            return kFailure;
        }
    }
    QByteArray pw = qgetenv("SOMDESK_PASSWORD");
    if (pw.isEmpty()) {
        pw = kDemoPassword;
    }
    if (Status st = createDemoDatabase(cmd.value(QStringLiteral("database")), n, seed, today, pw); !st) {
        return fail(st.error());
    }
    printOut(QStringLiteral("created demo database %1 with %2 fictitious nominals\n")
                 .arg(cmd.value(QStringLiteral("database")))
                 .arg(n)
                 .toUtf8());
    return 0;
}

int cmdAlerts(const QStringList& args)
{
    Command cmd(QStringLiteral("alerts"), QStringLiteral("List the alerts in your scope as of a date."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("as-of"), QStringLiteral("The date YYYY-MM-DD."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("policy"), QStringLiteral("A what-if policy file (overrides the keys it lists)."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("nominal"), QStringLiteral("Only this nominal."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("owner"), QStringLiteral("Only nominals owned by this user at the date."),
               QStringLiteral("USER"));
    cmd.option(QStringLiteral("format"), QStringLiteral("json, table, csv or queue (ARMS priority queue, table)."),
               QStringLiteral("FORMAT"));
    purposeOptions(cmd, QStringLiteral("alerts review"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("as-of"));
    const QString format =
        cmd.isSet(QStringLiteral("format")) ? cmd.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format != QLatin1String("json") && format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("queue")) {
        printErr(QStringLiteral("format: must be json, table, csv or queue"));
        return kUsage;
    }
    AlertQuery q;
    q.asOf = QDate::fromString(cmd.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!q.asOf.isValid() || cmd.value(QStringLiteral("as-of")).size() != 10) {
        printErr(QStringLiteral("as-of: not a date (YYYY-MM-DD)"));
        return kFailure;
    }
    if (cmd.isSet(QStringLiteral("policy"))) {
        auto json = readFileArg(cmd.value(QStringLiteral("policy")), QStringLiteral("policy"));
        if (!json) {
            return fail(json.error());
        }
        q.whatIfPolicyJson = *json;
    }
    if (cmd.isSet(QStringLiteral("nominal"))) {
        q.nominal = cmd.value(QStringLiteral("nominal"));
    }
    if (cmd.isSet(QStringLiteral("owner"))) {
        q.owner = cmd.value(QStringLiteral("owner"));
    }
    auto purpose = chosenPurpose(cmd, QStringLiteral("alerts review"));
    if (!purpose) {
        return fail(purpose.error());
    }
    q.purpose = *purpose;
    SOMDESK_OPEN(o, cmd);
    auto run = o->services->alerts(o->session, q);
    if (!run) {
        return fail(run.error());
    }
    if (format == QLatin1String("json")) {
        printOut(alertsToJson(run->alerts));
    } else if (format == QLatin1String("csv")) {
        printOut(AlertTable::csv(run->alerts).toUtf8());
    } else if (format == QLatin1String("queue")) {
        printOut(AlertTable::render(armsPriorityQueue(run->alerts, run->riskAtAsOf)).toUtf8());
    } else {
        printOut(AlertTable::render(run->alerts).toUtf8());
    }
    return 0;
}

int cmdOverride(const QStringList& args)
{
    Command cmd(QStringLiteral("override"), QStringLiteral("Override one alert by its key (inspectors)."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("key"), QStringLiteral("The alert's key."), QStringLiteral("KEY"));
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why it is overridden."), QStringLiteral("TEXT"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("key"),
                    QStringLiteral("reason"));
    SOMDESK_OPEN(o, cmd);
    if (Status st = o->services->overrideAlert(o->session, cmd.value(QStringLiteral("key")),
                                               cmd.value(QStringLiteral("reason")));
        !st) {
        return fail(st.error());
    }
    printOut("override recorded\n");
    return 0;
}

// acknowledge: the signed-in user's acknowledgement of entries made by others, all or none.
// Ids come from repeated --entry options or follow the first one ("--entry E3 E4 E7").
int cmdAcknowledge(const QStringList& args)
{
    Command cmd(QStringLiteral("acknowledge"),
                QStringLiteral("Acknowledge chronology entries made by others on one nominal (all or none)."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("nominal"), QStringLiteral("The nominal's reference."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("entry"), QStringLiteral("An entry id; repeat it, or list more ids after it."),
               QStringLiteral("ID"));
    cmd.parser().addPositionalArgument(QStringLiteral("ids"), QStringLiteral("More entry ids."),
                                       QStringLiteral("[ID...]"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("nominal"),
                    QStringLiteral("entry"));
    QStringList ids = cmd.parser().values(QStringLiteral("entry")) + cmd.parser().positionalArguments();
    ids.removeDuplicates();
    SOMDESK_OPEN(o, cmd);
    auto done = o->services->acknowledgeEntries(o->session, cmd.value(QStringLiteral("nominal")), ids);
    if (!done) {
        return fail(done.error());
    }
    printOut(QStringLiteral("acknowledged %1 of %2 entries (%3 already acknowledged by you)\n")
                 .arg(*done)
                 .arg(ids.size())
                 .arg(ids.size() - *done)
                 .toUtf8());
    return 0;
}

// record KIND: one piece of casework on a nominal, from a JSON object of the shape of the
// matching bundle list element; prints where it landed ("visits[3]", or the entry id).
int cmdRecord(const QStringList& args)
{
    const QString kinds = QStringLiteral(
        "visit, arms, screening, mappa-referral, notification, custody, release, plan, concern, transfer-ack, details, "
        "static-score, transfer, management, indefinite-review");
    Command cmd(QStringLiteral("record"), QStringLiteral("Record casework on a nominal (KIND: %1).").arg(kinds));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("nominal"), QStringLiteral("The nominal's ref."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("json"), QStringLiteral("The record as a JSON object (bundle-format.md shape)."),
               QStringLiteral("FILE"));
    cmd.parser().addPositionalArgument(QStringLiteral("kind"), QStringLiteral("What to record."));
    SOMDESK_PARSE(cmd, args);
    const QStringList positional = cmd.parser().positionalArguments();
    if (positional.size() != 1) {
        printErr(QStringLiteral("record: one KIND is required (%1)").arg(kinds));
        return kUsage;
    }
    const QString kind = positional.first();
    const std::optional<RecordKind> recordKind = recordKindFromName(kind);
    const bool special = kind == QLatin1String("release") || kind == QLatin1String("concern") ||
                         kind == QLatin1String("transfer-ack") || kind == QLatin1String("details");
    if (!recordKind && !special) {
        printErr(QStringLiteral("record: unknown KIND '%1' (%2)").arg(kind, kinds));
        return kUsage;
    }
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("nominal"),
                    QStringLiteral("json"));
    auto json = readFileArg(cmd.value(QStringLiteral("json")), QStringLiteral("json"));
    if (!json) {
        return fail(json.error());
    }
    SOMDESK_OPEN(o, cmd);
    const QString ref = cmd.value(QStringLiteral("nominal"));
    Result<QString> made = QString();
    if (recordKind) {
        auto record = o->services->readRecordJson(o->session, *recordKind, *json);
        if (!record) {
            return fail(record.error());
        }
        made = o->services->recordCasework(o->session, ref, *record);
    } else if (kind == QLatin1String("release")) {
        auto on = BundleReader::readRelease(*json);
        if (!on) {
            return fail(on.error());
        }
        made = o->services->recordRelease(o->session, ref, *on);
    } else if (kind == QLatin1String("details")) {
        auto edit = Services::readDetailsJson(*json);
        if (!edit) {
            return fail(edit.error());
        }
        made = o->services->editDetails(o->session, ref, *edit);
    } else if (kind == QLatin1String("concern")) {
        auto concern = BundleReader::readConcern(*json);
        if (!concern) {
            return fail(concern.error());
        }
        made = o->services->raiseConcern(o->session, ref, *concern);
    } else {
        if (Status st = BundleReader::readEmpty(*json); !st) {
            return fail(st.error());
        }
        made = o->services->acknowledgeTransfer(o->session, ref);
    }
    if (!made) {
        return fail(made.error());
    }
    printOut((*made + QLatin1Char('\n')).toUtf8());
    return 0;
}

// register: a new nominal from one bundle nominals[] element (no history lists); prints its
// ref. The same name and date of birth already registered is refused unless confirmed.
int cmdRegister(const QStringList& args)
{
    Command cmd(QStringLiteral("register"),
                QStringLiteral("Register a nominal at the initial notification, from one bundle nominals[] element "
                               "without its history lists."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("json"), QStringLiteral("The nominal as a JSON object (bundle-format.md shape)."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("confirm-duplicate"),
               QStringLiteral("Register although a nominal with the same name and date of birth exists (a different "
                              "person)."));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("json"));
    auto json = readFileArg(cmd.value(QStringLiteral("json")), QStringLiteral("json"));
    if (!json) {
        return fail(json.error());
    }
    SOMDESK_OPEN(o, cmd);
    auto nominal = o->services->readRegistrationJson(o->session, *json);
    if (!nominal) {
        return fail(nominal.error());
    }
    auto ref = o->services->registerNominal(o->session, *nominal, cmd.isSet(QStringLiteral("confirm-duplicate")));
    if (!ref) {
        return fail(ref.error());
    }
    printOut((*ref + QLatin1Char('\n')).toUtf8());
    return 0;
}

int cmdPolicy(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        printOut("Usage: somdesk-cli policy show|set FILE --database F --user U\n"
                 "Show the policy in force, or set a new version from a JSON file (administrators).\n");
        return action.isEmpty() ? kUsage : 0;
    }
    if (action != QLatin1String("show") && action != QLatin1String("set")) {
        printErr(QStringLiteral("policy: unknown action '%1' (show, set)").arg(action));
        return kUsage;
    }
    Command cmd(QStringLiteral("policy ") + action, QStringLiteral("Show or set the policy in force."));
    cmd.database();
    cmd.user();
    if (action == QLatin1String("set")) {
        cmd.parser().addPositionalArgument(QStringLiteral("file"), QStringLiteral("Policy JSON file."));
    }
    SOMDESK_PARSE(cmd, args.mid(1));
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    QByteArray json;
    if (action == QLatin1String("set")) {
        if (cmd.parser().positionalArguments().size() != 1) {
            printErr(QStringLiteral("policy set: give exactly one policy file"));
            return kUsage;
        }
        auto data = readFileArg(cmd.parser().positionalArguments().first(), QStringLiteral("policy"));
        if (!data) {
            return fail(data.error());
        }
        json = *data;
    }
    SOMDESK_OPEN(o, cmd);
    if (action == QLatin1String("show")) {
        auto p = o->services->policy(o->session);
        if (!p) {
            return fail(p.error());
        }
        printOut(p->toJson());
        return 0;
    }
    auto version = o->services->setPolicy(o->session, json);
    if (!version) {
        return fail(version.error());
    }
    printOut(QStringLiteral("policy version %1 is in force\n").arg(*version).toUtf8());
    return 0;
}

int cmdCheck(const QStringList& args)
{
    Command cmd(QStringLiteral("check"), QStringLiteral("Run SQLite's quick_check (or --full integrity_check)."));
    cmd.database();
    cmd.option(QStringLiteral("full"), QStringLiteral("Run the full integrity_check."));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"));
    auto services = Services::open(cmd.value(QStringLiteral("database")));
    if (!services) {
        return fail(services.error());
    }
    auto result = cmd.isSet(QStringLiteral("full")) ? (*services)->integrityCheck() : (*services)->quickCheck();
    if (!result) {
        return fail(result.error());
    }
    if (*result != QLatin1String("ok")) {
        printErr(QStringLiteral("check failed: ") + text::printable(result->left(500)));
        return kFailure;
    }
    printOut((*services)->readOnly() ? "ok (the file is read-only: opened read-only, nothing written)\n" : "ok\n");
    return 0;
}

// `audit verify --deep`: the records that no longer match their audit row's digest, by
// reference and audit position only.
int verifyContentDeep(Services& services, const Session& session)
{
    auto c = services.verifyContent(session);
    if (!c) {
        return fail(c.error());
    }
    for (const ContentMismatch& m : c->mismatches) {
        printErr(QStringLiteral("content changed outside the application: nominal %1 no longer matches the digest "
                                "in audit row %2")
                     .arg(text::printable(m.ref))
                     .arg(m.seq));
    }
    if (!c->ok()) {
        return kFailure;
    }
    printOut(QStringLiteral("ok: %1 records match their content digests; %2 with no digest yet\n")
                 .arg(c->checked)
                 .arg(c->withoutDigest)
                 .toUtf8());
    return 0;
}

int cmdAudit(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        printOut("Usage: somdesk-cli audit verify|show|anchor --database F --user U [options]\n"
                 "verify: walk the hash chain [--manifest FILE]... [--anchor FILE]... (each must still be in it);\n"
                 "  --deep also recomputes every record's content digest against the log (an admin's).\n"
                 "anchor: print the chain's head as an anchor file, to keep away from this workstation.\n"
                 "show: list audit rows [--nominal REF] [--user-filter U] [--since DATE].\n");
        return action.isEmpty() ? kUsage : 0;
    }
    if (action != QLatin1String("verify") && action != QLatin1String("show") && action != QLatin1String("anchor")) {
        printErr(QStringLiteral("audit: unknown action '%1' (verify, show, anchor)").arg(action));
        return kUsage;
    }
    Command cmd(QStringLiteral("audit ") + action, QStringLiteral("Verify or read the audit log."));
    cmd.database();
    cmd.user();
    if (action == QLatin1String("verify")) {
        cmd.option(QStringLiteral("manifest"),
                   QStringLiteral("A backup manifest whose audit head must still be there (repeatable)."),
                   QStringLiteral("FILE"));
        cmd.option(QStringLiteral("anchor"),
                   QStringLiteral("An anchor file from 'audit anchor' whose head must still be there (repeatable)."),
                   QStringLiteral("FILE"));
        cmd.option(QStringLiteral("deep"),
                   QStringLiteral("Also recompute each record's content digest and match it against the log."));
    } else if (action == QLatin1String("show")) {
        cmd.option(QStringLiteral("nominal"), QStringLiteral("One record's trail."), QStringLiteral("REF"));
        cmd.option(QStringLiteral("by"), QStringLiteral("Rows by this user."), QStringLiteral("USER"));
        cmd.option(QStringLiteral("since"), QStringLiteral("Rows on or after this date."), QStringLiteral("DATE"));
        purposeOptions(cmd, QStringLiteral("audit review"));
    }
    SOMDESK_PARSE(cmd, args.mid(1));
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    // Every anchor given must parse: a malformed one is an error, never "no anchor".
    QList<AuditAnchor> anchors;
    if (action == QLatin1String("verify")) {
        for (const QString& kind : {QStringLiteral("manifest"), QStringLiteral("anchor")}) {
            for (const QString& file : cmd.parser().values(kind)) {
                auto data = readFileArg(file, kind);
                if (!data) {
                    return fail(data.error());
                }
                auto anchor = parseAuditAnchor(*data, kind);
                if (!anchor) {
                    return fail(anchor.error());
                }
                anchors.append(*anchor);
            }
        }
    }
    AuditFilter filter;
    if (action == QLatin1String("show")) {
        if (cmd.isSet(QStringLiteral("nominal"))) {
            filter.recordRef = cmd.value(QStringLiteral("nominal"));
        }
        if (cmd.isSet(QStringLiteral("by"))) {
            filter.username = cmd.value(QStringLiteral("by"));
        }
        if (cmd.isSet(QStringLiteral("since"))) {
            const QDate d = QDate::fromString(cmd.value(QStringLiteral("since")), Qt::ISODate);
            if (!d.isValid()) {
                printErr(QStringLiteral("since: not a date (YYYY-MM-DD)"));
                return kFailure;
            }
            filter.since = d;
        }
    }
    SOMDESK_OPEN(o, cmd);
    if (action == QLatin1String("anchor")) {
        auto anchor = o->services->auditAnchor(o->session);
        if (!anchor) {
            return fail(anchor.error());
        }
        printOut(auditAnchorJson(*anchor));
        return 0;
    }
    if (action == QLatin1String("verify")) {
        auto v = o->services->verifyAuditAgainst(o->session, anchors);
        if (!v) {
            return fail(v.error());
        }
        if (!v->ok) {
            printErr(QStringLiteral("audit chain broken at position %1: %2").arg(v->firstBrokenSeq).arg(v->problem));
            return kFailure;
        }
        printOut(QStringLiteral("ok: %1 rows, head %2\n").arg(v->rows).arg(v->headHash).toUtf8());
        return cmd.isSet(QStringLiteral("deep")) ? verifyContentDeep(*o->services, o->session) : 0;
    }
    auto purpose = chosenPurpose(cmd, QStringLiteral("audit review"));
    if (!purpose) {
        return fail(purpose.error());
    }
    auto rows = o->services->auditLog(o->session, filter, *purpose);
    if (!rows) {
        return fail(rows.error());
    }
    QString out;
    for (const AuditRecord& r : *rows) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                   .arg(r.seq)
                   .arg(r.at.toString(Qt::ISODate), text::printable(r.username), text::printable(r.operation),
                        text::printable(r.recordType), text::printable(r.recordRef), text::printable(r.purpose),
                        text::printable(r.recipient), text::printable(r.detail));
    }
    printOut(out.toUtf8());
    return 0;
}

int cmdBackup(const QStringList& args)
{
    Command cmd(QStringLiteral("backup"), QStringLiteral("Write a checked backup and its manifest."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("out"), QStringLiteral("The backup file to create."), QStringLiteral("FILE"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("out"));
    SOMDESK_OPEN(o, cmd);
    auto info = o->services->backup(o->session, cmd.value(QStringLiteral("out")));
    if (!info) {
        return fail(info.error());
    }
    printOut(QStringLiteral("backup %1 written (manifest %2, audit head %3)\n")
                 .arg(info->file, info->manifest)
                 .arg(info->auditHeadSeq)
                 .toUtf8());
    return 0;
}

int cmdRestore(const QStringList& args)
{
    Command cmd(QStringLiteral("restore"), QStringLiteral("Restore a checked backup over the database."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("from"), QStringLiteral("The backup file."), QStringLiteral("FILE"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("from"));
    auto pw = readPassword("SOMDESK_PASSWORD", QStringLiteral("Password: "));
    if (!pw) {
        printErr(QStringLiteral("no password: set SOMDESK_PASSWORD or run from a terminal"));
        return kFailure;
    }
    auto info = restoreBackup(cmd.value(QStringLiteral("database")), cmd.value(QStringLiteral("from")),
                              cmd.value(QStringLiteral("user")), *pw);
    if (!info) {
        return fail(info.error());
    }
    printOut(QStringLiteral("restored: audit head %1 of the backup over %2 of the replaced database; %3 audit rows "
                            "since the backup carried forward, %4 erasures made again; the replaced database is "
                            "kept at %5\n")
                 .arg(info->backupHeadSeq)
                 .arg(info->replacedHeadSeq)
                 .arg(info->carriedRows)
                 .arg(info->erasuresReapplied)
                 .arg(info->keptAt)
                 .toUtf8());
    return 0;
}

int cmdRetention(const QStringList& args)
{
    Command cmd(QStringLiteral("retention"), QStringLiteral("List nominals whose retention review is due."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("as-of"), QStringLiteral("The date YYYY-MM-DD (default: today)."),
               QStringLiteral("DATE"));
    SOMDESK_PARSE(cmd, args);
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"));
    QDate asOf = londonToday();
    if (cmd.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(cmd.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            printErr(QStringLiteral("as-of: not a date (YYYY-MM-DD)"));
            return kFailure;
        }
    }
    SOMDESK_OPEN(o, cmd);
    auto due = o->services->retentionDue(o->session, asOf);
    if (!due) {
        return fail(due.error());
    }
    QString out;
    for (const auto& [ref, date] : *due) {
        out += QStringLiteral("%1\t%2\n").arg(text::printable(ref), date.toString(Qt::ISODate));
    }
    printOut(out.toUtf8());
    return 0;
}

int cmdErase(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        printOut("Usage: somdesk-cli erase request|approve --database F --user U --nominal REF [--reason TEXT]\n"
                 "Two-person erasure of a person's data: an administrator requests it with a reason, an inspector\n"
                 "of the nominal's area approves it, and the data is then removed.\n");
        return action.isEmpty() ? kUsage : 0;
    }
    if (action != QLatin1String("request") && action != QLatin1String("approve")) {
        printErr(QStringLiteral("erase: unknown action '%1' (request, approve)").arg(action));
        return kUsage;
    }
    Command cmd(QStringLiteral("erase ") + action, QStringLiteral("Two-person erasure of a nominal's data."));
    cmd.database();
    cmd.user();
    cmd.option(QStringLiteral("nominal"), QStringLiteral("The nominal's reference."), QStringLiteral("REF"));
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (required for a request)."), QStringLiteral("TEXT"));
    SOMDESK_PARSE(cmd, args.mid(1));
    SOMDESK_REQUIRE(cmd, QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("nominal"));
    if (action == QLatin1String("request")) {
        SOMDESK_REQUIRE(cmd, QStringLiteral("reason"));
    }
    SOMDESK_OPEN(o, cmd);
    const QString ref = cmd.value(QStringLiteral("nominal"));
    const Status st = action == QLatin1String("request")
                          ? o->services->requestErasure(o->session, ref, cmd.value(QStringLiteral("reason")))
                          : o->services->approveErasure(o->session, ref);
    if (!st) {
        return fail(st.error());
    }
    printOut(action == QLatin1String("request")
                 ? QStringLiteral("erasure of %1 requested; an inspector must approve it\n").arg(ref).toUtf8()
                 : QStringLiteral("%1 erased\n").arg(ref).toUtf8());
    return 0;
}

const QList<std::tuple<QString, QString, Handler>>& commands()
{
    static const QList<std::tuple<QString, QString, Handler>> list{
        {QStringLiteral("init"), QStringLiteral("create a new database with its first administrator"), cmdInit},
        {QStringLiteral("user"), QStringLiteral("add, list, disable, enable, unlock users; set passwords"), cmdUser},
        {QStringLiteral("import"), QStringLiteral("import a case bundle"), cmdImport},
        {QStringLiteral("export"), QStringLiteral("export a case bundle"), cmdExport},
        {QStringLiteral("demo"), QStringLiteral("create a fictitious demo database"), cmdDemo},
        {QStringLiteral("alerts"), QStringLiteral("alerts as of a date (json, table, csv, queue)"), cmdAlerts},
        {QStringLiteral("override"), QStringLiteral("override one alert (inspectors)"), cmdOverride},
        {QStringLiteral("acknowledge"), QStringLiteral("acknowledge entries made by others"), cmdAcknowledge},
        {QStringLiteral("record"), QStringLiteral("record casework: a visit, ARMS, screening, plan, ..."), cmdRecord},
        {QStringLiteral("decide"), QStringLiteral("record a decision: MAPPA referral, management, transfer, ..."),
         cmdDecide},
        {QStringLiteral("register"), QStringLiteral("register a new nominal (initial notification)"), cmdRegister},
        {QStringLiteral("policy"), QStringLiteral("show or set the policy in force"), cmdPolicy},
        {QStringLiteral("check"), QStringLiteral("check the database file"), cmdCheck},
        {QStringLiteral("audit"), QStringLiteral("verify or read the audit log"), cmdAudit},
        {QStringLiteral("backup"), QStringLiteral("write a checked backup"), cmdBackup},
        {QStringLiteral("restore"), QStringLiteral("restore a backup"), cmdRestore},
        {QStringLiteral("retention"), QStringLiteral("list nominals whose retention review is due"), cmdRetention},
        {QStringLiteral("erase"), QStringLiteral("two-person erasure of a person's data"), cmdErase},
        {QStringLiteral("workload"), QStringLiteral("caseload and alerts per officer of your team or area"),
         cmdWorkload},
        {QStringLiteral("reviews"), QStringLiteral("the approval queue of risk re-evaluations (list, decide)"),
         cmdReviews},
        {QStringLiteral("osp"), QStringLiteral("compute OSP/DC and OSP/IIC for one assessment (no database)"), cmdOsp},
        {QStringLiteral("dip-sample"), QStringLiteral("draw, list and record dip samples (sergeants)"), cmdDipSample},
    };
    return list;
}

} // namespace

int Cli::run(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        QString out = QStringLiteral("Usage: somdesk-cli COMMAND [options]\n\nCommands:\n");
        for (const auto& [cmd, summary, handler] : commands()) {
            out += QStringLiteral("  %1  %2\n").arg(cmd.leftJustified(11), summary);
        }
        out += QStringLiteral("\nRun 'somdesk-cli COMMAND --help' for a command's options. Passwords come from "
                              "SOMDESK_PASSWORD or a prompt.\n");
        printOut(out.toUtf8());
        return name.isEmpty() ? kUsage : 0;
    }
    if (name == QLatin1String("--version")) {
        printOut("somdesk-cli 0.1.0\n");
        return 0;
    }
    for (const auto& [cmd, summary, handler] : commands()) {
        if (cmd == name) {
            return handler(arguments.mid(2));
        }
    }
    printErr(QStringLiteral("unknown command '%1' (see somdesk-cli --help)").arg(name));
    return kUsage;
}

} // namespace somdesk
