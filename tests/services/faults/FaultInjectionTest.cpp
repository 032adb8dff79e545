// I/O faults under the services: for every N, the Nth write or sync during a service call
// fails (SQLITE_IOERR_*, SQLITE_FULL) through FaultVfs. Each time the call must return a
// clear storage error (or, when the fault only hit work after the commit, succeed with
// its data stored), the database reopened without the shim must pass integrity_check,
// and data and audit must agree: an entry exists if and only if its audit row does.

#include "FaultVfs.h"
#include "ReliabilityFixture.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

#include <iostream>
#include <sqlite3.h>

using namespace somdesk;
using namespace somdesk::reliability;
using somdesk::test::FaultVfs;

namespace {

struct Series {
    const char* label;
    FaultVfs::Op op;
    int error;
    bool sticky;
};

const Series kSeries[] = {
    {"Nth write fails with SQLITE_IOERR_WRITE", FaultVfs::Op::Write, SQLITE_IOERR_WRITE, false},
    {"Nth write fails with SQLITE_FULL", FaultVfs::Op::Write, SQLITE_FULL, false},
    {"Nth and every later write fail with SQLITE_FULL (disk stays full)", FaultVfs::Op::Write, SQLITE_FULL, true},
    {"Nth sync fails with SQLITE_IOERR_FSYNC", FaultVfs::Op::Sync, SQLITE_IOERR_FSYNC, false},
    {"Nth and every later sync fail with SQLITE_IOERR_FSYNC", FaultVfs::Op::Sync, SQLITE_IOERR_FSYNC, true},
};

struct Tally {
    int faultedCalls = 0;  // calls during which at least one fault was injected
    int errors = 0;        // … that returned an error
    int storedAnyway = 0;  // … that returned an error although the commit reached the WAL
    int succeeded = 0;     // … that returned success (the fault hit the checkpoint after the commit)
    int writesPerCall = 0; // writes / syncs of the call without a fault
    int syncsPerCall = 0;
    QSet<QString> messages;
};

void checkReopened(const QString& path)
{
    auto services = Services::open(path);
    INFO("reopen without the shim: " << (services ? std::string("ok") : services.error().message.toStdString()));
    REQUIRE(services);
    auto check = (*services)->integrityCheck();
    REQUIRE(check);
    REQUIRE(check->toStdString() == "ok");
}

Session signInOnce(const QString& path, const QString& user, const QByteArray& password)
{
    auto services = Services::open(path);
    REQUIRE(services);
    QByteArray pw = password;
    auto session = (*services)->signIn(user, pw);
    REQUIRE(session);
    return *session;
}

void report(const char* call, const Series& s, const Tally& t)
{
    std::cout << "faults (" << call << "): " << s.label << ": " << t.faultedCalls << " values of N faulted ("
              << t.writesPerCall << " writes, " << t.syncsPerCall << " syncs in a clean call); " << t.errors
              << " clear errors, " << t.storedAnyway << " of them stored anyway, " << t.succeeded
              << " succeeded (fault after commit)\n";
    for (const QString& m : t.messages) {
        std::cout << "    message: " << m.toStdString() << "\n";
    }
}

} // namespace

TEST_CASE("faults: every Nth write or sync failing during addEntry leaves entry and audit together", "[faults]")
{
    REQUIRE(FaultVfs::install());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("faults.sqlite"));
    REQUIRE(setupDatabase(path, 2));
    const Session officer = signInOnce(path, kOfficer, kOfficerPassword);
    const std::string ref = "N001";

    int totalFaults = 0;
    for (const Series& s : kSeries) {
        Tally t;
        bool clean = false;
        for (int n = 1; n <= 500 && !clean; ++n) {
            const std::string text = std::string("fault ") + s.label + " N=" + std::to_string(n);
            std::optional<Result<QString>> result;
            int injected = 0;
            {
                auto services = Services::open(path, QString::fromLatin1(FaultVfs::name()));
                REQUIRE(services);
                FaultVfs::arm(s.op, n, s.error, s.sticky);
                result = (*services)->addEntry(officer, QString::fromStdString(ref),
                                               NewEntry{EntryType::Note, QString::fromStdString(text), {}, {}});
                injected = FaultVfs::injected();
                if (injected == 0) {
                    t.writesPerCall = FaultVfs::writes();
                    t.syncsPerCall = FaultVfs::syncs();
                }
                FaultVfs::disarm();
            }
            INFO(s.label << ", N=" << n << ", " << injected << " faults injected");
            checkReopened(path);
            RawDb raw(path);
            REQUIRE(raw.ok());
            const auto stored = raw.entries();
            REQUIRE(raw.ok());
            std::set<std::pair<std::string, std::string>> keys;
            int withText = 0;
            for (const auto& [key, storedText] : stored) {
                keys.insert(key);
                withText += storedText == text ? 1 : 0;
            }
            REQUIRE(raw.auditedEntries() == keys);
            REQUIRE(withText <= 1);
            if (injected == 0) {
                INFO((result->ok() ? std::string() : result->error().message.toStdString()));
                REQUIRE(result->ok());
                clean = true;
            } else {
                ++t.faultedCalls;
            }
            if (result->ok()) {
                REQUIRE(stored.count({ref, result->value().toStdString()}) == 1);
                REQUIRE(stored.at({ref, result->value().toStdString()}) == text);
                t.succeeded += injected > 0 ? 1 : 0;
            } else {
                INFO("error: " << result->error().message.toStdString());
                REQUIRE(result->error().code == ErrorCode::Storage);
                REQUIRE(!result->error().message.trimmed().isEmpty());
                ++t.errors;
                t.storedAnyway += withText;
                t.messages.insert(result->error().message);
            }
        }
        REQUIRE(clean);
        totalFaults += t.faultedCalls;
        report("addEntry", s, t);
    }
    std::cout << "faults (addEntry): " << totalFaults << " faulted calls in all" << std::endl;
}

TEST_CASE("faults: a failing write or sync during a bundle import leaves all of it or none", "[faults]")
{
    REQUIRE(FaultVfs::install());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("import-faults.sqlite"));
    REQUIRE(setupDatabase(path, 1));
    const Session admin = signInOnce(path, kAdmin, kAdminPassword);
    const int nominals = 3;

    int series = 0;
    for (const Series& s : kSeries) {
        ++series;
        Tally t;
        bool clean = false;
        for (int n = 1; n <= 500 && !clean; ++n) {
            const QString prefix = QStringLiteral("F%1x%2-").arg(series).arg(n);
            std::optional<Result<ImportSummary>> result;
            int injected = 0;
            {
                auto services = Services::open(path, QString::fromLatin1(FaultVfs::name()));
                REQUIRE(services);
                FaultVfs::arm(s.op, n, s.error, s.sticky);
                result = (*services)->importBundle(admin, bundleJson(nominals, false, prefix, 2));
                injected = FaultVfs::injected();
                if (injected == 0) {
                    t.writesPerCall = FaultVfs::writes();
                    t.syncsPerCall = FaultVfs::syncs();
                }
                FaultVfs::disarm();
            }
            INFO(s.label << ", N=" << n << ", " << injected << " faults injected");
            checkReopened(path);
            RawDb raw(path);
            const long long present =
                raw.count("SELECT count(*) FROM nominals WHERE ref LIKE ?", {prefix.toStdString() + "%"});
            const long long audited =
                raw.count("SELECT count(*) FROM audit_log WHERE record_type = 'nominal' AND record_ref LIKE ?",
                          {prefix.toStdString() + "%"});
            const long long entries =
                raw.count("SELECT count(*) FROM entries e JOIN nominals n ON n.id = e.nominal_id WHERE n.ref LIKE ?",
                          {prefix.toStdString() + "%"});
            REQUIRE(raw.ok());
            REQUIRE((present == 0 || present == nominals));
            REQUIRE(audited == present);
            REQUIRE(entries == present * 2);
            if (injected == 0) {
                REQUIRE(result->ok());
                clean = true;
            } else {
                ++t.faultedCalls;
            }
            if (result->ok()) {
                REQUIRE(present == nominals);
                t.succeeded += injected > 0 ? 1 : 0;
            } else {
                INFO("error: " << result->error().message.toStdString());
                REQUIRE(result->error().code == ErrorCode::Storage);
                ++t.errors;
                t.storedAnyway += present > 0 ? 1 : 0;
                t.messages.insert(result->error().message);
            }
        }
        REQUIRE(clean);
        report("importBundle", s, t);
    }
    std::cout << std::flush;
}
