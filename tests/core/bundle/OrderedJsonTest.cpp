// The bundle's own JSON parser: exact whole numbers, document order, limits.

#include "core/bundle/OrderedJson.h"

#include <catch2/catch.hpp>

using namespace somdesk::bundle;

namespace {

std::string whole(const char* literal)
{
    qint64 v = -999;
    switch (OrderedJson::wholeNumber(QString::fromLatin1(literal), &v)) {
    case WholeNumber::Ok:
        return std::to_string(v);
    case WholeNumber::NotWhole:
        return "not whole";
    case WholeNumber::OutOfRange:
        return "out of range";
    }
    return {};
}

} // namespace

TEST_CASE("bundle: whole numbers are judged exactly from the literal")
{
    CHECK(whole("2") == "2");
    CHECK(whole("2.0") == "2");
    CHECK(whole("2.000") == "2");
    CHECK(whole("-0") == "0");
    CHECK(whole("0.0e5") == "0");
    CHECK(whole("2.5") == "not whole");
    CHECK(whole("25e-1") == "not whole");
    CHECK(whole("20e-1") == "2");
    CHECK(whole("1e2") == "100");
    CHECK(whole("1.5E1") == "15");
    CHECK(whole("0.001") == "not whole");
    CHECK(whole("-7") == "-7");
    CHECK(whole("9007199254740993") == "9007199254740993"); // beyond double precision, still exact
    CHECK(whole("9223372036854775807") == "9223372036854775807");
    CHECK(whole("9223372036854775808") == "out of range");
    CHECK(whole("1e19") == "out of range");
    CHECK(whole("1e999999999999") == "out of range");
    CHECK(whole("1e-999999999999") == "not whole");
}

TEST_CASE("bundle: the parser keeps member order and duplicate members")
{
    const JsonParseResult r = OrderedJson::parse(R"({"b": 1, "a": [true, null, "x"], "b": 2.50})");
    REQUIRE(r.ok);
    REQUIRE(r.root.children.size() == 3);
    CHECK(r.root.children[0].key == QStringLiteral("b"));
    CHECK(r.root.children[1].key == QStringLiteral("a"));
    CHECK(r.root.children[1].children.size() == 3);
    CHECK(r.root.children[2].text == QStringLiteral("2.50"));
}

TEST_CASE("bundle: the parser decodes escapes and surrogate pairs")
{
    const JsonParseResult r = OrderedJson::parse(R"(["\u00e9\ud834\udd1e\n\/\u0000"])");
    REQUIRE(r.ok);
    CHECK(r.root.children[0].text == QString(QStringLiteral("\u00e9\U0001D11E\n/")) + QChar(0));
}

TEST_CASE("bundle: nesting up to the limit parses, one deeper does not")
{
    const int limit = OrderedJson::maxDepth;
    CHECK(OrderedJson::parse(QByteArray(limit, '[') + QByteArray(limit, ']')).ok);
    const JsonParseResult r = OrderedJson::parse(QByteArray(limit + 1, '[') + QByteArray(limit + 1, ']'));
    CHECK_FALSE(r.ok);
    CHECK(r.message == QStringLiteral("too deeply nested"));
    CHECK(r.offset == limit);
}

TEST_CASE("bundle: UTF-8 validation")
{
    CHECK(OrderedJson::invalidUtf8Offset("plain") == -1);
    CHECK(OrderedJson::invalidUtf8Offset("caf\xC3\xA9 \xF0\x9D\x84\x9E \xEF\xBF\xBF") == -1);
    CHECK(OrderedJson::invalidUtf8Offset("ab\x80") == 2);
    CHECK(OrderedJson::invalidUtf8Offset("ab\xC3") == 2);
    CHECK(OrderedJson::invalidUtf8Offset("\xE0\x80\x80") == 0);  // overlong
    CHECK(OrderedJson::invalidUtf8Offset("x\xED\xBF\xBF") == 1); // surrogate
    CHECK(OrderedJson::invalidUtf8Offset("\xF5\x80\x80\x80") == 0);
    CHECK(OrderedJson::invalidUtf8Offset("\xFF") == 0);
}
