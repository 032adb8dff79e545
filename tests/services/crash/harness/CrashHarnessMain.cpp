// somdesk-crash-harness: the child the crash and concurrency tests start and kill.
//
//   somdesk-crash-harness setup DB NOMINALS
//       a new database: admin, officer pc1, NOMINALS nominals owned by pc1
//   somdesk-crash-harness write DB TAG COUNT NOMINALS
//       signs in as pc1 once, prints "ready", then adds COUNT notes (0 = until killed),
//       round robin over the nominals; after each call returns success it prints
//       "ack REF ID TAG-i" with one write(2) (no stdio buffer to lose on SIGKILL).
//       A failed call prints "error CODE MESSAGE" and exits with 2.

#include "ReliabilityFixture.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <unistd.h>

using namespace somdesk;
using namespace somdesk::reliability;

namespace {

void say(const std::string& line)
{
    const std::string s = line + "\n";
    size_t done = 0;
    while (done < s.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, s.data() + done, s.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            ::_exit(3); // the parent is gone
        }
        done += static_cast<size_t>(n);
    }
}

int usage()
{
    say("usage: somdesk-crash-harness setup DB NOMINALS | write DB TAG COUNT NOMINALS");
    return 64;
}

int fail(const Error& e)
{
    say("error " + std::to_string(static_cast<int>(e.code)) + " " + e.message.toStdString());
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 3 && args.at(0) == QLatin1String("setup")) {
        if (Status st = setupDatabase(args.at(1), args.at(2).toInt()); !st) {
            return fail(st.error());
        }
        say("done");
        return 0;
    }
    if (args.size() != 5 || args.at(0) != QLatin1String("write")) {
        return usage();
    }
    const QString path = args.at(1);
    const std::string tag = args.at(2).toStdString();
    const long long count = args.at(3).toLongLong();
    const int nominals = args.at(4).toInt();
    if (nominals < 1) {
        return usage();
    }
    auto services = Services::open(path);
    if (!services) {
        return fail(services.error());
    }
    QByteArray pw = kOfficerPassword;
    auto session = (*services)->signIn(kOfficer, pw);
    if (!session) {
        return fail(session.error());
    }
    say("ready");
    // Start at a nominal of our own so two writers begin on different records, then overlap.
    const int offset = static_cast<int>(::getpid() % nominals);
    for (long long i = 0; count == 0 || i < count; ++i) {
        const QString ref = nominalRef(static_cast<int>((i + offset) % nominals));
        const std::string text = tag + "-" + std::to_string(i);
        auto id = (*services)->addEntry(*session, ref, NewEntry{EntryType::Note, QString::fromStdString(text), {}, {}});
        if (!id) {
            return fail(id.error());
        }
        say("ack " + ref.toStdString() + " " + id->toStdString() + " " + text);
    }
    say("done");
    return 0;
}
