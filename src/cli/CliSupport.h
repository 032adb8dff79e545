#pragma once

// What every command of somdesk-cli shares: output, exit codes, the password prompt, the
// option parser and opening the database signed in. Commands live in Cli.cpp and in a
// file of their own each (OspCommand.cpp, DipSampleCommand.cpp, ...).

#include "core/Result.h"
#include "services/Services.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace somdesk::cli {

constexpr int kUsage = 2;
constexpr int kFailure = 1;

struct Failure {
    int code = kFailure;
    QString message;
};

void printErr(const QString& message);
void printOut(const QByteArray& data);
// Prints the error's message and returns kFailure.
int fail(const Error& e);
// The password: the variable, else a prompt on the terminal with echo off.
std::optional<QByteArray> readPassword(const char* variable, const QString& prompt);
QDate londonToday();

class Command {
public:
    Command(QString name, QString summary) : m_name(std::move(name)), m_summary(std::move(summary))
    {
        m_parser.setApplicationDescription(m_summary);
        m_parser.addHelpOption();
    }
    QCommandLineParser& parser() { return m_parser; }
    void option(const QString& name, const QString& help, const QString& valueName = {})
    {
        m_parser.addOption(valueName.isEmpty() ? QCommandLineOption(name, help)
                                               : QCommandLineOption(name, help, valueName));
    }
    void database()
    {
        option(QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("FILE"));
    }
    void user()
    {
        option(QStringLiteral("user"), QStringLiteral("Your user name (password from SOMDESK_PASSWORD or a prompt)."),
               QStringLiteral("NAME"));
    }

    // Parses; on --help prints it and returns 0 via `helped`.
    std::optional<Failure> parse(const QStringList& args, bool& helped)
    {
        QStringList full{QStringLiteral("somdesk-cli ") + m_name};
        full += args;
        if (!m_parser.parse(full)) {
            return Failure{kUsage, m_parser.errorText() + QStringLiteral(" (see somdesk-cli %1 --help)").arg(m_name)};
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            printOut(m_parser.helpText().toUtf8());
            helped = true;
        }
        return std::nullopt;
    }
    QString value(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    std::optional<Failure> requireValues(const QStringList& names) const
    {
        for (const QString& n : names) {
            if (m_parser.value(n).isEmpty()) {
                return Failure{kUsage, QStringLiteral("--%1 is required (see somdesk-cli %2 --help)").arg(n, m_name)};
            }
        }
        return std::nullopt;
    }

private:
    QString m_name;
    QString m_summary;
    QCommandLineParser m_parser;
};

// --purpose CODE (from core/Purposes.h's list) and --reference REF.
void purposeOptions(Command& cmd, const QString& defaultCode);
// The purpose as the audit keeps it ("court ref=T20267001"), checked; `defaultCode` when none is given.
Result<QString> chosenPurpose(const Command& cmd, const QString& defaultCode);

struct Opened {
    std::unique_ptr<Services> services;
    Session session;
};

// --database and --user, the password from SOMDESK_PASSWORD or a prompt.
Result<Opened> openAndSignIn(const Command& cmd);
// The file's bytes, or an error naming `what` (the option); at most limits::kMaxInputFileBytes.
Result<QByteArray> readFileArg(const QString& path, const QString& what);
// To a new private file renamed into place (core/PrivateFile.h), or to standard output for "" and "-".
Status writeOut(const QString& path, const QByteArray& data);

using Handler = std::function<int(const QStringList&)>;

#define SOMDESK_PARSE(cmd, args)                                                                                       \
    do {                                                                                                               \
        bool helped = false;                                                                                           \
        if (auto f = (cmd).parse(args, helped)) {                                                                      \
            printErr(f->message);                                                                                      \
            return f->code;                                                                                            \
        }                                                                                                              \
        if (helped) {                                                                                                  \
            return 0;                                                                                                  \
        }                                                                                                              \
    } while (false)

#define SOMDESK_REQUIRE(cmd, ...)                                                                                      \
    do {                                                                                                               \
        if (auto f = (cmd).requireValues({__VA_ARGS__})) {                                                             \
            printErr(f->message);                                                                                      \
            return f->code;                                                                                            \
        }                                                                                                              \
    } while (false)

#define SOMDESK_OPEN(name, cmd)                                                                                        \
    auto name = openAndSignIn(cmd);                                                                                    \
    if (!name) {                                                                                                       \
        return fail(name.error());                                                                                     \
    }

} // namespace somdesk::cli
