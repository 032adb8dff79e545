#pragma once

// The dip-sample draw (docs/supervision-notes.md, "Dip sampling"), pure and reproducible:
// anyone holding the recorded seed, the policy and the caseloads at the draw time can
// repeat it by hand or in another language. Nothing here uses std::*_distribution, whose
// output differs between standard library versions.

#include "core/Domain.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace somdesk {

// Sebastiano Vigna's SplitMix64 (the reference splitmix64.c): a 64-bit state that the
// seed starts; each next() adds 0x9E3779B97F4A7C15 and mixes the state into the output.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // A whole number uniform in [0, bound) (bound >= 1) by rejection: draw x = next()
    // until x >= 2^64 mod bound, then return x mod bound. The accepted values
    // [2^64 mod bound, 2^64) number a multiple of bound, so every result is equally likely.
    std::uint64_t below(std::uint64_t bound);

private:
    std::uint64_t m_state;
};

// Fisher–Yates: for i from size-1 down to 1, j = below(i + 1), swap items i and j.
template <typename T> void fisherYatesShuffle(QList<T>& items, SplitMix64& random)
{
    for (qsizetype i = items.size() - 1; i >= 1; --i) {
        const auto j = static_cast<qsizetype>(random.below(static_cast<std::uint64_t>(i) + 1));
        items.swapItemsAt(i, j);
    }
}

// Plain Unicode code-point order (refs and usernames are ASCII identifiers, where it is
// also byte order).
bool codePointLess(const QString& a, const QString& b);

struct DipCase {
    QString ref;
    RiskLevel riskLevel = RiskLevel::Low;
};

struct DipCaseload {
    QString officer;
    QList<DipCase> cases;
};

struct DipDrawRules {
    int size = 2;                           // policy dip_sample_size: distinct records per officer
    std::array<int, 4> weights{1, 1, 1, 1}; // policy dip_sample_weights, indexed by RiskLevel (each >= 1)
};

// One generator seeded with `seed` for the whole draw; officers in username order (code
// points); per officer, the cases in ref order, each ref repeated by its risk level's
// weight (the tickets), the tickets shuffled, and the first `size` distinct refs taken.
// Every officer's tickets are shuffled, however few. Returns the records sorted by officer
// then nominal (the bundle's order), without completed_at or items.
QList<DipRecord> drawDipRecords(std::uint64_t seed, const DipDrawRules& rules, QList<DipCaseload> caseloads);

} // namespace somdesk
