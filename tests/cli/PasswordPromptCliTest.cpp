// The password prompt on a real terminal (a pseudo-terminal): echo is off while it waits, and
// back on however the prompt ends, Ctrl-C included (docs/security.md, "Accounts").

#include "CliRun.h"

#include <QElapsedTimer>

#include <csignal>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace somdesk::test;

namespace {

struct Prompted {
    pid_t pid = -1;
    int master = -1;
};

// Starts somdesk-cli on a new pseudo-terminal with no password in the environment.
Prompted startOnTerminal(const QStringList& args)
{
    std::vector<QByteArray> storage;
    storage.emplace_back(SOMDESK_CLI_PATH);
    for (const QString& a : args) {
        storage.push_back(a.toUtf8());
    }
    std::vector<char*> argv;
    for (QByteArray& a : storage) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    Prompted p;
    p.pid = forkpty(&p.master, nullptr, nullptr, nullptr);
    REQUIRE(p.pid >= 0);
    if (p.pid == 0) {
        unsetenv("SOMDESK_PASSWORD");
        unsetenv("SOMDESK_NEW_PASSWORD");
        execv(argv[0], argv.data());
        _exit(127);
    }
    return p;
}

// Reads the terminal until `text` appears (or ten seconds pass).
bool waitFor(int master, const QByteArray& text)
{
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(master, &fds);
        timeval tv{0, 100000};
        if (select(master + 1, &fds, nullptr, nullptr, &tv) > 0) {
            char buf[256];
            const ssize_t n = read(master, buf, sizeof buf);
            if (n <= 0) {
                return false;
            }
            seen.append(buf, static_cast<qsizetype>(n));
            if (seen.contains(text)) {
                return true;
            }
        }
    }
    return false;
}

bool echoOn(int master)
{
    termios t{};
    REQUIRE(tcgetattr(master, &t) == 0);
    return (t.c_lflag & ECHO) != 0;
}

// `user list` on a new database, waiting at its sign-in password prompt.
Prompted atPasswordPrompt(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("prompt.sqlite"));
    initDb(path);
    Prompted p = startOnTerminal(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(path));
    REQUIRE(waitFor(p.master, "assword"));
    return p;
}

int waitExit(pid_t pid)
{
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    return status;
}

} // namespace

TEST_CASE("threat: Ctrl-C at the password prompt leaves the terminal without echo")
{
    QTemporaryDir dir;
    Prompted p = atPasswordPrompt(dir);
    CHECK_FALSE(echoOn(p.master)); // echo is off while the password is typed
    const char ctrlC = 0x03;       // the terminal turns it into SIGINT for the program
    REQUIRE(write(p.master, &ctrlC, 1) == 1);
    const int status = waitExit(p.pid);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGINT);
    CHECK(echoOn(p.master));
    close(p.master);
}

TEST_CASE("threat: a password prompt ended by kill leaves the terminal without echo")
{
    QTemporaryDir dir;
    Prompted p = atPasswordPrompt(dir);
    REQUIRE(kill(p.pid, SIGTERM) == 0);
    const int status = waitExit(p.pid);
    CHECK(WIFSIGNALED(status));
    CHECK(echoOn(p.master));
    close(p.master);
}

TEST_CASE("the password prompt reads the password without echo and puts echo back")
{
    QTemporaryDir dir;
    Prompted p = atPasswordPrompt(dir);
    const QByteArray typed = kPassword + "\n";
    REQUIRE(write(p.master, typed.constData(), static_cast<size_t>(typed.size())) == typed.size());
    REQUIRE(waitFor(p.master, kAdmin.toUtf8())); // the user list, signed in with the typed password
    const int status = waitExit(p.pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(echoOn(p.master));
    close(p.master);
}
