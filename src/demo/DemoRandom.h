#pragma once

// The demo generator's random numbers. splitmix64 is specified bit for bit, so one seed gives
// the same caseload with every compiler and standard library (the std distributions are
// implementation-defined, and QRandomGenerator::global is not seedable).

#include <QList>
#include <QtGlobal>

namespace somdesk {

class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    // A well-mixed seed for an independent stream (one per nominal, one per sergeant, ...).
    static quint64 derive(quint64 seed, quint64 stream)
    {
        DemoRandom r(seed ^ (stream * 0xD1B54A32D192ED03ULL + 0x2545F4914F6CDD1DULL));
        r.next();
        return r.next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); the modulo bias is below 2^-40 for the small n used here.
    qint64 below(qint64 n) { return n <= 1 ? 0 : static_cast<qint64>(next() % static_cast<quint64>(n)); }
    // Uniform in [lo, hi], both included; lo when the range is empty.
    qint64 range(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    int rangeInt(int lo, int hi) { return static_cast<int>(range(lo, hi)); }
    // Uniform in [0, 1) from the top 53 bits (exact in IEEE doubles, so platform independent).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    template <typename T> const T& pick(const QList<T>& list) { return list[below(list.size())]; }

    template <typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i) {
            list.swapItemsAt(i, below(i + 1));
        }
    }

private:
    quint64 m_state;
};

} // namespace somdesk
