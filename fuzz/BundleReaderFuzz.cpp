// libFuzzer target: BundleReader::read must never crash, hang or read out of bounds on
// any input, and a bundle it accepts must survive a write → read → write round trip
// unchanged (export, then import into a new database, gives the same bundle).
// Built and run by scripts/fuzz.sh.

#include "core/bundle/BundleReader.h"
#include "core/bundle/BundleWriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace somdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // No copy: ASan sees any read past the input.
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const BundleContext context{};
    auto bundle = BundleReader::read(json, context);
    if (!bundle) {
        if (bundle.error().message.isEmpty()) {
            std::fprintf(stderr, "rejected without a message\n");
            std::abort();
        }
        return 0;
    }
    const QByteArray written = BundleWriter::write(*bundle, context.vocabulary);
    auto again = BundleReader::read(written, context);
    if (!again) {
        std::fprintf(stderr, "written bundle rejected: %s\n", qPrintable(again.error().message));
        std::abort();
    }
    if (BundleWriter::write(*again, context.vocabulary) != written) {
        std::fprintf(stderr, "round trip changed the bundle\n");
        std::abort();
    }
    return 0;
}
