#include "core/bundle/BundleReader.h"
#include "core/bundle/BundleWriter.h"
#include "demo/DemoGenerator.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cstdio>

using namespace somdesk;

namespace {

DemoOptions options(int nominals, int entries = 0)
{
    DemoOptions o;
    o.nominals = nominals;
    o.seed = 21;
    o.today = QDate(2026, 3, 15);
    o.entriesPerNominal = entries;
    return o;
}

} // namespace

TEST_CASE("demo: the bundle passes the validating reader and round-trips exactly")
{
    const Bundle demo = DemoGenerator::generate(options(500));
    const QByteArray json = BundleWriter::write(demo, defaultBundleVocabulary());
    const Result<Bundle> read = BundleReader::read(json, BundleContext{});
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    CHECK(read->nominals.size() == demo.nominals.size());
    CHECK(read->users.size() == demo.users.size());
    CHECK(read->dipSamples.size() == demo.dipSamples.size());
    // The demo is already in export order, so writing what was read gives the same bytes.
    CHECK(BundleWriter::write(*read, defaultBundleVocabulary()) == json);
}

TEST_CASE("demo: a 2,000-nominal caseload generates and reads back")
{
    QElapsedTimer timer;
    timer.start();
    const Bundle demo = DemoGenerator::generate(options(2000));
    const qint64 generated = timer.elapsed();
    CHECK(demo.nominals.size() == 2000);
    const QByteArray json = BundleWriter::write(demo, defaultBundleVocabulary());
    const Result<Bundle> read = BundleReader::read(json, BundleContext{});
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    CHECK(read.ok());
    if (qEnvironmentVariableIsSet("SOMDESK_DEMO_VERBOSE")) {
        std::printf("2000 nominals generated in %lld ms (%lld bytes of JSON)\n", static_cast<long long>(generated),
                    static_cast<long long>(json.size()));
    }
}

// Hidden (run with "[.bench]"): the benchmark's size, timed for the record, never asserted.
TEST_CASE("demo: 10,000 nominals with 60 entries each", "[.bench]")
{
    QElapsedTimer timer;
    timer.start();
    const Bundle demo = DemoGenerator::generate(options(10000, 60));
    const qint64 ms = timer.elapsed();
    qsizetype entries = 0;
    for (const Nominal& n : demo.nominals) {
        entries += n.entries.size();
    }
    std::printf("10000 nominals, %lld entries generated in %lld ms\n", static_cast<long long>(entries),
                static_cast<long long>(ms));
    CHECK(demo.nominals.size() == 10000);
}
