// The dip-sample draw: SplitMix64 against Vigna's reference, the unbiased bounded draw, the
// Fisher–Yates shuffle and the whole draw pinned for known seeds, and the risk weighting
// observable over many seeds. The pinned numbers were computed by a small independent
// Python script (plain integers mod 2^64, written from the algorithm in
// docs/supervision-notes.md, "Dip sampling"), not by this code.

#include "core/supervision/DipSampleDraw.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace somdesk;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

DipDrawRules defaultRules(int size)
{
    DipDrawRules rules;
    rules.size = size;
    rules.weights[static_cast<std::size_t>(RiskLevel::Low)] = 1;
    rules.weights[static_cast<std::size_t>(RiskLevel::Medium)] = 1;
    rules.weights[static_cast<std::size_t>(RiskLevel::High)] = 2;
    rules.weights[static_cast<std::size_t>(RiskLevel::VeryHigh)] = 3;
    return rules;
}

QStringList pairs(const QList<DipRecord>& records)
{
    QStringList out;
    for (const DipRecord& r : records) {
        out.append(r.officer + QLatin1Char('/') + r.nominal);
        CHECK_FALSE(r.completedAt.has_value());
        CHECK(r.items.isEmpty());
    }
    return out;
}

// Given out of order on purpose: the draw sorts officers by username and cases by ref.
QList<DipCaseload> twoOfficers()
{
    return {
        {s("pc0002"),
         {{s("N000010"), RiskLevel::Low}, {s("N000011"), RiskLevel::High}, {s("N000012"), RiskLevel::Low}}},
        {s("pc0001"),
         {{s("N000003"), RiskLevel::Medium}, {s("N000001"), RiskLevel::VeryHigh}, {s("N000002"), RiskLevel::Low}}},
    };
}

} // namespace

TEST_CASE("dip draw: SplitMix64 gives the reference outputs", "[supervision][dip]")
{
    SplitMix64 zero(0);
    CHECK(zero.next() == 16294208416658607535ULL); // 0xE220A8397B1DCDAF, the published first output for seed 0
    CHECK(zero.next() == 7960286522194355700ULL);
    CHECK(zero.next() == 487617019471545679ULL);
    CHECK(zero.next() == 17909611376780542444ULL);
    CHECK(zero.next() == 1961750202426094747ULL);
    SplitMix64 other(1234567);
    CHECK(other.next() == 6457827717110365317ULL);
    CHECK(other.next() == 3203168211198807973ULL);
    CHECK(other.next() == 9817491932198370423ULL);
}

TEST_CASE("dip draw: the bounded draw and the shuffle are pinned for a known seed", "[supervision][dip]")
{
    SplitMix64 r(42);
    QList<std::uint64_t> got;
    for (int i = 0; i < 10; ++i) {
        got.append(r.below(6));
    }
    CHECK(got == QList<std::uint64_t>{1, 1, 0, 0, 4, 0, 1, 2, 1, 2});
    SplitMix64 one(7);
    CHECK(one.below(1) == 0);

    QList<int> items{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    SplitMix64 shuffler(918273);
    fisherYatesShuffle(items, shuffler);
    CHECK(items == QList<int>{5, 9, 0, 2, 7, 4, 3, 6, 1, 8});
}

TEST_CASE("dip draw: the whole draw is pinned, one generator across officers in username order", "[supervision][dip]")
{
    CHECK(pairs(drawDipRecords(918273, defaultRules(2), twoOfficers())) ==
          QStringList{s("pc0001/N000001"), s("pc0001/N000003"), s("pc0002/N000011"), s("pc0002/N000012")});
    CHECK(pairs(drawDipRecords(9007199254740991ULL, defaultRules(2), twoOfficers())) ==
          QStringList{s("pc0001/N000001"), s("pc0001/N000003"), s("pc0002/N000010"), s("pc0002/N000011")});
    // The worked example of docs/supervision-notes.md.
    const QList<DipCaseload> example{
        {s("pc0001"),
         {{s("N000001"), RiskLevel::Low},
          {s("N000002"), RiskLevel::VeryHigh},
          {s("N000003"), RiskLevel::Medium},
          {s("N000004"), RiskLevel::High}}},
        {s("pc0002"), {{s("N000010"), RiskLevel::Low}}},
        {s("pc0003"), {}},
    };
    CHECK(pairs(drawDipRecords(2026, defaultRules(2), example)) ==
          QStringList{s("pc0001/N000002"), s("pc0001/N000004"), s("pc0002/N000010")});
}

TEST_CASE("dip draw: the same seed gives the same draw, whatever order the caseloads come in", "[supervision][dip]")
{
    QList<DipCaseload> reversed = twoOfficers();
    std::reverse(reversed.begin(), reversed.end());
    for (auto& load : reversed) {
        std::reverse(load.cases.begin(), load.cases.end());
    }
    for (std::uint64_t seed : {0ULL, 1ULL, 918273ULL, 9007199254740991ULL}) {
        const auto a = pairs(drawDipRecords(seed, defaultRules(2), twoOfficers()));
        CHECK(a == pairs(drawDipRecords(seed, defaultRules(2), twoOfficers())));
        CHECK(a == pairs(drawDipRecords(seed, defaultRules(2), reversed)));
    }
    // Other seeds draw differently at least sometimes.
    QSet<QString> seen;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        seen.insert(pairs(drawDipRecords(seed, defaultRules(1), twoOfficers())).join(QLatin1Char(',')));
    }
    CHECK(seen.size() > 1);
}

TEST_CASE("dip draw: fewer cases than the size gives all of them, none gives none", "[supervision][dip]")
{
    const QList<DipCaseload> loads{
        {s("pc0001"), {{s("N000002"), RiskLevel::High}, {s("N000001"), RiskLevel::Low}}},
        {s("pc0002"), {}},
    };
    CHECK(pairs(drawDipRecords(5, defaultRules(3), loads)) == QStringList{s("pc0001/N000001"), s("pc0001/N000002")});
    CHECK(pairs(drawDipRecords(5, defaultRules(0), loads)).isEmpty());
    CHECK(drawDipRecords(5, defaultRules(2), {}).isEmpty());
}

TEST_CASE("dip draw: higher risk cases are drawn more often over 1000 seeds", "[supervision][dip]")
{
    const QList<DipCaseload> loads{{s("pc0001"),
                                    {{s("N000001"), RiskLevel::Low},
                                     {s("N000002"), RiskLevel::Medium},
                                     {s("N000003"), RiskLevel::High},
                                     {s("N000004"), RiskLevel::VeryHigh}}}};
    QHash<QString, int> drawn;
    for (std::uint64_t seed = 0; seed < 1000; ++seed) {
        const auto records = drawDipRecords(seed, defaultRules(1), loads);
        REQUIRE(records.size() == 1);
        ++drawn[records.first().nominal];
    }
    // Weights 1, 1, 2, 3 of 7 tickets: about 143, 143, 286, 429; the exact counts are pinned.
    CHECK(drawn.value(s("N000001")) == 127);
    CHECK(drawn.value(s("N000002")) == 168);
    CHECK(drawn.value(s("N000003")) == 302);
    CHECK(drawn.value(s("N000004")) == 403);
    CHECK(drawn.value(s("N000004")) > 2 * drawn.value(s("N000001")));
    // Equal weights draw evenly: no level is favoured by the algorithm itself.
    DipDrawRules flat = defaultRules(1);
    flat.weights = {1, 1, 1, 1};
    QHash<QString, int> even;
    for (std::uint64_t seed = 0; seed < 1000; ++seed) {
        ++even[drawDipRecords(seed, flat, loads).first().nominal];
    }
    for (const QString& ref : {s("N000001"), s("N000002"), s("N000003"), s("N000004")}) {
        CHECK(even.value(ref) > 200);
        CHECK(even.value(ref) < 300);
    }
}

TEST_CASE("dip draw: code-point order", "[supervision][dip]")
{
    CHECK(codePointLess(s("N000010"), s("N00002")));
    CHECK(codePointLess(s("A"), s("a")));
    CHECK_FALSE(codePointLess(s("b"), s("b")));
    // U+FF5E sorts before U+1F600 by code point, though not by UTF-16 code unit.
    CHECK(codePointLess(QString(QChar(0xFF5E)), QString::fromUcs4(U"\U0001F600")));
}
