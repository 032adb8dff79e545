// Two processes writing one database at once: no write is lost, lock waits are handled
// by the busy timeout, and a lock that cannot be had in time gives a clear "busy" error.

#include "ReliabilityFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <iostream>
#include <map>

using namespace somdesk;
using namespace somdesk::reliability;

namespace {

std::string harness()
{
    return SOMDESK_CRASH_HARNESS_PATH;
}

QString makeDatabase(const QTemporaryDir& dir, int nominals)
{
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto setup = Child::spawn({harness(), "setup", path.toStdString(), std::to_string(nominals)});
    REQUIRE(setup);
    setup->drain();
    const int status = setup->wait();
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return path;
}

// Parses the harness's "ack REF ID TEXT" lines; fails on an "error" line.
void collectAcks(const std::vector<std::string>& lines,
                 std::map<std::pair<std::string, std::string>, std::string>& acked)
{
    for (const auto& l : lines) {
        INFO("harness said: " << l);
        REQUIRE(l.rfind("error", 0) != 0);
        if (l.rfind("ack ", 0) == 0) {
            const auto w = words(l);
            REQUIRE(w.size() == 4);
            // Two writers must never be handed the same entry id.
            REQUIRE(acked.emplace(std::make_pair(w[1], w[2]), w[3]).second);
        }
    }
}

void checkAllPresent(const QString& path, const std::map<std::pair<std::string, std::string>, std::string>& acked)
{
    {
        auto services = Services::open(path);
        REQUIRE(services);
        auto check = (*services)->integrityCheck();
        REQUIRE(check);
        REQUIRE(check->toStdString() == "ok");
    }
    RawDb raw(path);
    const auto stored = raw.entries();
    REQUIRE(raw.ok());
    for (const auto& [key, text] : acked) {
        INFO("acknowledged: " << key.first << " " << key.second << " " << text);
        REQUIRE(stored.count(key) == 1);
        REQUIRE(stored.at(key) == text);
    }
    // Entries made by addEntry each have their own audit row (imported ones are audited
    // per nominal, and their refs start with "I").
    std::set<std::pair<std::string, std::string>> keys;
    for (const auto& [key, text] : stored) {
        if (key.first.rfind('I', 0) != 0) {
            keys.insert(key);
        }
    }
    REQUIRE(raw.auditedEntries() == keys);
}

} // namespace

TEST_CASE("concurrency: two processes adding entries to the same nominals lose nothing", "[concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const int nominals = 3; // few, so the writers keep meeting on the same records
    const QString path = makeDatabase(dir, nominals);
    const int perWriter = 150;

    std::vector<Child> writers;
    for (const char* tag : {"a", "b"}) {
        auto c = Child::spawn(
            {harness(), "write", path.toStdString(), tag, std::to_string(perWriter), std::to_string(nominals)});
        REQUIRE(c);
        writers.push_back(std::move(*c));
    }
    std::map<std::pair<std::string, std::string>, std::string> acked;
    for (auto& w : writers) {
        w.drain();
        const int status = w.wait();
        collectAcks(w.takeLines(), acked);
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 0);
    }
    REQUIRE(acked.size() == static_cast<size_t>(2 * perWriter));
    checkAllPresent(path, acked);
    RawDb raw(path);
    REQUIRE(raw.count("SELECT count(*) FROM entries") == 2 * perWriter);
    std::cout << "concurrency: 2 harness processes, " << acked.size() << " acknowledged entries on " << nominals
              << " shared nominals, all present" << std::endl;
}

#ifdef SOMDESK_CLI_PATH
TEST_CASE("concurrency: services in this process and somdesk-cli import in another", "[concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeDatabase(dir, 2);
    auto services = Services::open(path);
    REQUIRE(services);
    QByteArray pw = kOfficerPassword;
    auto officer = (*services)->signIn(kOfficer, pw);
    REQUIRE(officer);

    const int imports = 3;
    const int nominalsPerImport = 20;
    std::vector<std::string> bundles;
    for (int i = 0; i < imports; ++i) {
        const QString file = dir.filePath(QStringLiteral("bundle%1.json").arg(i));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bundleJson(nominalsPerImport, false, QStringLiteral("I%1-").arg(i), 10));
        f.close();
        bundles.push_back(file.toStdString());
    }

    std::map<std::pair<std::string, std::string>, std::string> acked;
    int imported = 0;
    long long written = 0;
    for (const auto& bundle : bundles) {
        auto cli =
            Child::spawn({SOMDESK_CLI_PATH, "import", "--database", path.toStdString(), "--user", "admin", bundle},
                         {"SOMDESK_PASSWORD=" + kAdminPassword.toStdString()});
        REQUIRE(cli);
        // Keep writing in this process for as long as the import runs.
        while (cli->pump(0)) {
            const QString ref = nominalRef(static_cast<int>(written % 2));
            const std::string text = "svc-" + std::to_string(written);
            auto id =
                (*services)->addEntry(*officer, ref, NewEntry{EntryType::Note, QString::fromStdString(text), {}, {}});
            INFO((id ? std::string() : id.error().message.toStdString()));
            REQUIRE(id);
            acked.emplace(std::make_pair(ref.toStdString(), id->toStdString()), text);
            ++written;
        }
        const int status = cli->wait();
        std::string said;
        for (const auto& l : cli->lines()) {
            said += l + "\n";
        }
        INFO("somdesk-cli import said: " << said);
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 0);
        ++imported;
    }
    services->reset();
    checkAllPresent(path, acked);
    RawDb raw(path);
    REQUIRE(raw.count("SELECT count(*) FROM nominals WHERE ref LIKE 'I%'") == imports * nominalsPerImport);
    REQUIRE(raw.count("SELECT count(*) FROM entries e JOIN nominals n ON n.id = e.nominal_id WHERE n.ref LIKE 'I%'") ==
            imports * nominalsPerImport * 10);
    std::cout << "concurrency: " << imported << " somdesk-cli imports (" << imports * nominalsPerImport
              << " nominals) while this process added " << written << " entries; all present" << std::endl;
}
#endif

TEST_CASE("concurrency: a write lock held too long gives a clear busy error, then writing resumes", "[concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeDatabase(dir, 1);

    // Another writer (a raw connection in this process) holds the write lock.
    sqlite3* blocker = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &blocker, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_exec(blocker, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    QElapsedTimer clock;
    clock.start();
    auto child = Child::spawn({harness(), "write", path.toStdString(), "blocked", "1", "1"});
    REQUIRE(child);
    child->drain();
    const int status = child->wait();
    const qint64 waited = clock.elapsed();
    sqlite3_exec(blocker, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(blocker);

    const auto lines = child->takeLines();
    std::string error;
    for (const auto& l : lines) {
        if (l.rfind("error", 0) == 0) {
            error = l;
        }
    }
    INFO("harness said: " << error);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 2);
    REQUIRE(error.find("busy") != std::string::npos);
    REQUIRE(waited >= 4000); // it waited out the busy timeout rather than failing at once

    // With the lock released the same write goes through.
    auto again = Child::spawn({harness(), "write", path.toStdString(), "after", "1", "1"});
    REQUIRE(again);
    again->drain();
    const int status2 = again->wait();
    std::map<std::pair<std::string, std::string>, std::string> acked;
    collectAcks(again->takeLines(), acked);
    REQUIRE(WIFEXITED(status2));
    REQUIRE(WEXITSTATUS(status2) == 0);
    REQUIRE(acked.size() == 1);
    checkAllPresent(path, acked);
    std::cout << "concurrency: lock held elsewhere -> \"" << error << "\" after " << waited << " ms" << std::endl;
}

TEST_CASE("a child's extra variables replace the caller's, so the caller's environment cannot decide a test",
          "[concurrency][environment]")
{
    const char* before = std::getenv("SOMDESK_PASSWORD");
    const std::string saved = before ? before : "";
    ::setenv("SOMDESK_PASSWORD", "from-the-caller", 1);
    auto child = Child::spawn({"/usr/bin/env"}, {"SOMDESK_PASSWORD=from-the-test"});
    if (before) {
        ::setenv("SOMDESK_PASSWORD", saved.c_str(), 1);
    } else {
        ::unsetenv("SOMDESK_PASSWORD");
    }
    REQUIRE(child);
    child->drain();
    child->wait();
    int definitions = 0;
    for (const std::string& line : child->lines()) {
        if (line.rfind("SOMDESK_PASSWORD=", 0) == 0) {
            ++definitions;
            CHECK(line == "SOMDESK_PASSWORD=from-the-test");
        }
    }
    CHECK(definitions == 1);
}
