// Text made safe to print, and the bounded reader (core/TextSafety.h, core/PrivateFile.h).

#include "core/TextSafety.h"
#include "core/PrivateFile.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace somdesk;

TEST_CASE("threat: an escape sequence or newline in a printed value rewrites the terminal", "[security]")
{
    const QString forged = QStringLiteral("pc1\n2\tadmin\x1b[2K\x7f\u202eevil\u0085");
    const QString shown = text::printable(forged);
    for (const QChar c : shown) {
        CHECK_FALSE(text::isUnsafe(c.unicode()));
    }
    CHECK(shown == QStringLiteral("pc1\\n2\\tadmin\\e[2K\\u{007f}\\u{202e}evil\\u{0085}"));
    // A backslash is escaped too, so a shown "\n" can only come from a newline.
    CHECK(text::printable(QStringLiteral("a\\nb")) == QStringLiteral("a\\\\nb"));
    CHECK(text::withoutControls(QStringLiteral("a\\nb\n")) == QStringLiteral("a\\nb\\n"));
    // Ordinary text, accents and all, is left as it is.
    CHECK(text::printable(QStringLiteral("Área 1 – Équipe")) == QStringLiteral("Área 1 – Équipe"));
    CHECK(text::requireSafe(QStringLiteral("team"), QStringLiteral("Area 1 Team A")).ok());
    const Status bad = text::requireSafe(QStringLiteral("team"), QStringLiteral("A\tB"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.startsWith(QStringLiteral("team: must not contain control characters")));
}

TEST_CASE("threat: an endless input is read without bound", "[security]")
{
    QByteArray data(5000, 'x');
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto refused = readBounded(buffer, 4096, QStringLiteral("bundle"), QStringLiteral("stdin"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("bundle: stdin is larger than the limit")));
    buffer.seek(0);
    auto read = readBounded(buffer, 5000, QStringLiteral("bundle"), QStringLiteral("stdin"));
    REQUIRE(read.ok());
    CHECK(read->size() == 5000);
}
