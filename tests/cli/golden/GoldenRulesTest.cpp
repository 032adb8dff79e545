// Golden cases for the rules engine: every folder under tests/data/rules holds a bundle, the
// options of one alerts run (case.json) and the alert list rules.md requires (expected.json),
// derived by hand. The real somdesk-cli is run end to end: init, import, alerts --format json.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace somdesk::test;

namespace {

const QString kPassword = QStringLiteral("golden-admin-pass");
const QString kAdmin = QStringLiteral("admin");

// The contract's fields, in the order rules.md gives them.
const QStringList kFields{QStringLiteral("key"),        QStringLiteral("rule"),  QStringLiteral("nominal"),
                          QStringLiteral("status"),     QStringLiteral("due"),   QStringLiteral("days_overdue"),
                          QStringLiteral("owner_role"), QStringLiteral("owner"), QStringLiteral("reason"),
                          QStringLiteral("clears_when")};

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOMDESK_PASSWORD"), kPassword);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(SOMDESK_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "somdesk-cli did not start or finish in time";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::string str(const QString& s)
{
    return s.toStdString();
}

std::string compact(const QJsonValue& v)
{
    if (v.isObject()) {
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
    }
    if (v.isArray()) {
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
    }
    return "(missing)";
}

// The keys of each object inside the top-level array, in the order they appear in the raw text
// (QJsonObject sorts its keys, so the order can only be read from the text itself).
QList<QStringList> rawKeyOrder(const QByteArray& raw)
{
    QList<QStringList> result;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    QByteArray current;
    QByteArray lastString;
    bool lastWasString = false;
    for (const char c : raw) {
        if (inString) {
            if (escaped) {
                escaped = false;
                current.append(c);
            } else if (c == '\\') {
                escaped = true;
                current.append(c);
            } else if (c == '"') {
                inString = false;
                lastString = current;
                lastWasString = true;
            } else {
                current.append(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            current.clear();
            break;
        case '{':
        case '[':
            ++depth;
            if (c == '{' && depth == 2) {
                result.append(QStringList{});
            }
            lastWasString = false;
            break;
        case '}':
        case ']':
            --depth;
            lastWasString = false;
            break;
        case ':':
            if (lastWasString && depth == 2 && !result.isEmpty()) {
                result.last().append(QString::fromUtf8(lastString));
            }
            lastWasString = false;
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            lastWasString = false;
            break;
        }
    }
    return result;
}

QJsonValue parseFile(const QString& path)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    INFO(str(path) << ": " << str(error.errorString()));
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// A readable account of the first difference between two alert lists.
std::string describeDifference(const QString& name, const QJsonArray& expected, const QJsonArray& actual)
{
    std::string text = "case " + str(name) + ": expected " + std::to_string(expected.size()) + " alert(s), got " +
                       std::to_string(actual.size()) + "\n";
    const qsizetype n = std::max(expected.size(), actual.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QJsonValue e = i < expected.size() ? expected.at(i) : QJsonValue(QJsonValue::Undefined);
        const QJsonValue a = i < actual.size() ? actual.at(i) : QJsonValue(QJsonValue::Undefined);
        if (e == a) {
            continue;
        }
        text += "first difference at alert [" + std::to_string(i) + "]\n";
        if (e.isObject() && a.isObject()) {
            for (const QString& field : kFields) {
                const QJsonValue ev = e.toObject().value(field);
                const QJsonValue av = a.toObject().value(field);
                if (ev != av) {
                    text += "  " + str(field) + ": expected " +
                            QJsonDocument(QJsonArray{ev}).toJson(QJsonDocument::Compact).toStdString() + " got " +
                            QJsonDocument(QJsonArray{av}).toJson(QJsonDocument::Compact).toStdString() + "\n";
                }
            }
        }
        text += "  expected: " + compact(e) + "\n  actual:   " + compact(a) + "\n";
        break;
    }
    text += "all actual keys:\n";
    for (const QJsonValue& a : actual) {
        text += "  " + str(a.toObject().value(QStringLiteral("key")).toString()) + "\n";
    }
    return text;
}

QStringList caseFolders()
{
    const QDir root(dataDir() + QStringLiteral("/rules"));
    return root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("golden: rules cases")
{
    const QStringList names = caseFolders();
    REQUIRE(names.size() >= 16);
    for (const QString& name : names) {
        DYNAMIC_SECTION(str(name))
        {
            const QString folder = dataDir() + QStringLiteral("/rules/") + name;
            const QJsonObject spec = parseFile(folder + QStringLiteral("/case.json")).toObject();
            const QJsonArray expected = parseFile(folder + QStringLiteral("/expected.json")).toArray();
            INFO("case " << str(name) << ": " << str(spec.value(QStringLiteral("description")).toString()));

            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            const QString db = dir.filePath(QStringLiteral("golden.db"));
            const QString user = spec.value(QStringLiteral("user")).toString(kAdmin);

            const Run init =
                runCli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"), kAdmin,
                        QStringLiteral("--name"), QStringLiteral("Golden Admin")});
            INFO("init stderr: " << init.err.toStdString());
            REQUIRE(init.code == 0);

            const Run imported = runCli({QStringLiteral("import"), QStringLiteral("--database"), db,
                                         QStringLiteral("--user"), kAdmin, folder + QStringLiteral("/bundle.json")});
            INFO("import stderr: " << imported.err.toStdString());
            REQUIRE(imported.code == 0);

            QStringList args{QStringLiteral("alerts"),
                             QStringLiteral("--database"),
                             db,
                             QStringLiteral("--user"),
                             user,
                             QStringLiteral("--as-of"),
                             spec.value(QStringLiteral("as_of")).toString(),
                             QStringLiteral("--format"),
                             QStringLiteral("json")};
            if (spec.contains(QStringLiteral("policy"))) {
                args << QStringLiteral("--policy")
                     << folder + QLatin1Char('/') + spec.value(QStringLiteral("policy")).toString();
            }
            if (spec.contains(QStringLiteral("nominal"))) {
                args << QStringLiteral("--nominal") << spec.value(QStringLiteral("nominal")).toString();
            }
            if (spec.contains(QStringLiteral("owner"))) {
                args << QStringLiteral("--owner") << spec.value(QStringLiteral("owner")).toString();
            }
            const Run alerts = runCli(args);
            INFO("somdesk-cli " << str(args.join(QLatin1Char(' '))) << "\nstderr: " << alerts.err.toStdString());
            REQUIRE(alerts.code == 0);

            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(alerts.out, &error);
            INFO("stdout: " << alerts.out.toStdString());
            REQUIRE(error.error == QJsonParseError::NoError);
            REQUIRE(doc.isArray());
            const QJsonArray actual = doc.array();

            const bool same = actual == expected;
            INFO(describeDifference(name, expected, actual));
            CHECK(same);

            // The raw text carries exactly the contract's fields, in its order, for every alert.
            const QList<QStringList> order = rawKeyOrder(alerts.out);
            CHECK(order.size() == actual.size());
            for (qsizetype i = 0; i < order.size(); ++i) {
                INFO("case " << str(name) << ", alert [" << i
                             << "] fields: " << str(order.at(i).join(QStringLiteral(", "))));
                CHECK(order.at(i) == kFields);
            }
        }
    }
}
