// A restore takes the database to itself first (docs/security.md): while a writer in
// another process has it open, the restore is refused and names that process, and not one
// of the writer's acknowledged entries is lost; once the writer is gone, it goes ahead and
// keeps the replaced database with every one of them.

#include "ReliabilityFixture.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <map>

using namespace somdesk;
using namespace somdesk::reliability;

namespace {

size_t ackCount(const std::vector<std::string>& lines)
{
    size_t n = 0;
    for (const auto& l : lines) {
        n += l.rfind("ack ", 0) == 0 ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("threat: a restore replaces the database under a writer in another process, which is never told",
          "[security][restore][concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    REQUIRE(setupDatabase(path, 2).ok());
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        auto services = Services::open(path);
        REQUIRE(services);
        QByteArray pw = kAdminPassword;
        auto admin = (*services)->signIn(kAdmin, pw);
        REQUIRE(admin);
        REQUIRE((*services)->backup(*admin, backup).ok());
    }

    auto writer = Child::spawn({SOMDESK_CRASH_HARNESS_PATH, "write", path.toStdString(), "w", "0", "2"});
    REQUIRE(writer);
    while (ackCount(writer->lines()) < 20) {
        REQUIRE(writer->pump(5000));
    }
    QByteArray pw = kAdminPassword;
    auto refused = restoreBackup(path, backup, kAdmin, pw);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK_THAT(refused.error().message.toStdString(), Catch::Contains("is open in process"));
    // The writer carries on, unharmed.
    const size_t atRefusal = ackCount(writer->lines());
    while (ackCount(writer->lines()) < atRefusal + 20) {
        REQUIRE(writer->pump(5000));
    }
    writer->kill9();
    writer->wait();
    std::map<std::pair<std::string, std::string>, std::string> acked;
    for (const auto& l : writer->lines()) {
        REQUIRE(l.rfind("error", 0) != 0);
        if (l.rfind("ack ", 0) == 0) {
            const auto w = words(l);
            REQUIRE(w.size() == 4);
            acked.emplace(std::make_pair(w[1], w[2]), w[3]);
        }
    }
    {
        RawDb raw(path);
        const auto stored = raw.entries();
        for (const auto& [key, text] : acked) {
            INFO("acknowledged " << key.first << " " << key.second);
            CHECK(stored.count(key) == 1);
        }
    }

    // With the writer gone the restore goes ahead, and the replaced file keeps every entry.
    pw = kAdminPassword;
    auto restored = restoreBackup(path, backup, kAdmin, pw);
    INFO((restored ? std::string() : restored.error().message.toStdString()));
    REQUIRE(restored);
    CHECK(restored->carriedRows >= static_cast<int>(acked.size()));
    RawDb kept(restored->keptAt);
    const auto keptEntries = kept.entries();
    for (const auto& [key, text] : acked) {
        INFO("acknowledged " << key.first << " " << key.second);
        CHECK(keptEntries.count(key) == 1);
    }
}
