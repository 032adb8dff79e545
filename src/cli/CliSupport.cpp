#include "CliSupport.h"

#include "core/InputLimits.h"
#include "core/PrivateFile.h"
#include "core/Purposes.h"
#include "core/TextSafety.h"

#include <csignal>
#include <cstdio>
#include <iterator>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace somdesk::cli {

void printErr(const QString& message)
{
    QByteArray line = QStringLiteral("somdesk-cli: %1\n").arg(text::printable(message.simplified())).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

void printOut(const QByteArray& data)
{
    std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stdout);
    std::fflush(stdout);
}

int fail(const Error& e)
{
    printErr(e.message);
    return kFailure;
}

namespace {

// The terminal as it was before a password prompt turned echo off, for a signal that ends the
// program mid-prompt (Ctrl-C, Ctrl-\\, a closed terminal, kill) to put back first.
termios g_savedTerminal{};
volatile sig_atomic_t g_terminalSaved = 0;

constexpr int kPromptSignals[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP};

extern "C" void restoreTerminalAndDie(int sig)
{
    if (g_terminalSaved != 0) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
        const char newline = '\n';
        [[maybe_unused]] const ssize_t n = write(STDERR_FILENO, &newline, 1);
    }
    signal(sig, SIG_DFL);
    raise(sig); // die of the signal, as the shell expects
}

// Echo off for the life of the object, restored on return and on a terminating signal.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
            return;
        }
        struct sigaction action {};
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kPromptSignals); ++i) {
            sigaction(kPromptSignals[i], &action, &m_previous[i]);
        }
        g_terminalSaved = 1;
        termios silent = g_savedTerminal;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    ~EchoOff()
    {
        if (g_terminalSaved == 0) {
            return;
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_terminalSaved = 0;
        for (std::size_t i = 0; i < std::size(kPromptSignals); ++i) {
            sigaction(kPromptSignals[i], &m_previous[i], nullptr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    struct sigaction m_previous[std::size(kPromptSignals)]{};
};

} // namespace

// The password: SOMDESK_PASSWORD, else a prompt on the terminal with echo off (and echo back
// on however the prompt ends, Ctrl-C included).
std::optional<QByteArray> readPassword(const char* variable, const QString& prompt)
{
    QByteArray fromEnv = qgetenv(variable);
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    if (isatty(STDIN_FILENO) == 0) {
        return std::nullopt;
    }
    char buffer[1024];
    const char* got = nullptr;
    {
        EchoOff echoOff;
        std::fputs(prompt.toUtf8().constData(), stderr);
        got = std::fgets(buffer, sizeof buffer, stdin);
    }
    std::fputs("\n", stderr);
    if (got == nullptr) {
        return std::nullopt;
    }
    QByteArray pw(buffer);
    sodium_memzero(buffer, sizeof buffer);
    while (pw.endsWith('\n') || pw.endsWith('\r')) {
        pw.chop(1);
    }
    return pw;
}

QDate londonToday()
{
    return Clock::system()->todayLondon();
}

void purposeOptions(Command& cmd, const QString& defaultCode)
{
    cmd.option(QStringLiteral("purpose"),
               QStringLiteral("Why (audited; default '%1'): one of %2.").arg(defaultCode, purposes::codesText()),
               QStringLiteral("PURPOSE"));
    cmd.option(QStringLiteral("reference"),
               QStringLiteral("The reference number the purpose needs (a court case, a request, a meeting)."),
               QStringLiteral("REF"));
}

Result<QString> chosenPurpose(const Command& cmd, const QString& defaultCode)
{
    const QString code = cmd.isSet(QStringLiteral("purpose")) ? cmd.value(QStringLiteral("purpose")) : defaultCode;
    return purposes::compose(code, cmd.value(QStringLiteral("reference")));
}

Result<Opened> openAndSignIn(const Command& cmd)
{
    auto services = Services::open(cmd.value(QStringLiteral("database")));
    if (!services) {
        return services.error();
    }
    auto pw =
        readPassword("SOMDESK_PASSWORD", QStringLiteral("Password for %1: ").arg(cmd.value(QStringLiteral("user"))));
    if (!pw) {
        return Error::auth(QStringLiteral("no password: set SOMDESK_PASSWORD or run from a terminal"));
    }
    auto session = (*services)->signIn(cmd.value(QStringLiteral("user")), *pw);
    if (!session) {
        return session.error();
    }
    return Opened{std::move(*services), *session};
}

Result<QByteArray> readFileArg(const QString& path, const QString& what)
{
    return readBoundedFile(path, limits::kMaxInputFileBytes, what);
}

Status writeOut(const QString& path, const QByteArray& data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        printOut(data);
        return {};
    }
    return writePrivateFile(path, data, QStringLiteral("out"));
}

} // namespace somdesk::cli
