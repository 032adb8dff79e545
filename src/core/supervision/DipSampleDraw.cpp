#include "core/supervision/DipSampleDraw.h"

#include <algorithm>

namespace somdesk {

std::uint64_t SplitMix64::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SplitMix64::below(std::uint64_t bound)
{
    // 2^64 mod bound, computed in 64 bits as (2^64 - bound) mod bound.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t x = next();
        if (x >= threshold) {
            return x % bound;
        }
    }
}

bool codePointLess(const QString& a, const QString& b)
{
    const QList<uint> x = a.toUcs4();
    const QList<uint> y = b.toUcs4();
    return std::lexicographical_compare(x.cbegin(), x.cend(), y.cbegin(), y.cend());
}

QList<DipRecord> drawDipRecords(std::uint64_t seed, const DipDrawRules& rules, QList<DipCaseload> caseloads)
{
    std::sort(caseloads.begin(), caseloads.end(),
              [](const DipCaseload& a, const DipCaseload& b) { return codePointLess(a.officer, b.officer); });
    SplitMix64 random(seed);
    QList<DipRecord> out;
    for (DipCaseload& load : caseloads) {
        std::sort(load.cases.begin(), load.cases.end(),
                  [](const DipCase& a, const DipCase& b) { return codePointLess(a.ref, b.ref); });
        QList<QString> tickets;
        for (const DipCase& c : load.cases) {
            const int weight = std::max(1, rules.weights[static_cast<std::size_t>(c.riskLevel)]);
            for (int k = 0; k < weight; ++k) {
                tickets.append(c.ref);
            }
        }
        fisherYatesShuffle(tickets, random);
        QList<QString> picked;
        for (const QString& ref : tickets) {
            if (picked.size() >= rules.size) {
                break;
            }
            if (!picked.contains(ref)) {
                picked.append(ref);
            }
        }
        std::sort(picked.begin(), picked.end(), codePointLess);
        for (const QString& ref : picked) {
            out.append(DipRecord{load.officer, ref, std::nullopt, {}});
        }
    }
    return out;
}

} // namespace somdesk
