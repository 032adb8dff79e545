#include "DemoGenerator.h"

#include "DemoCalendar.h"
#include "DemoDipSamples.h"
#include "DemoMoment.h"
#include "DemoRandom.h"
#include "DemoRoster.h"
#include "DemoScenario.h"
#include "NominalBuilder.h"

#include <cmath>

namespace somdesk {

namespace {

using namespace demo;

// About how many chronology entries a case of this risk level gets.
int entryTarget(DemoRandom& rng, const DemoOptions& options, RiskLevel risk)
{
    if (options.entriesPerNominal > 0) {
        const int base = options.entriesPerNominal;
        const int spread = std::max(1, base / 10);
        return std::max(1, base - spread + static_cast<int>(rng.below(2 * spread + 1)));
    }
    int base = 18;
    switch (risk) {
    case RiskLevel::VeryHigh:
        base = 42;
        break;
    case RiskLevel::High:
        base = 32;
        break;
    case RiskLevel::Medium:
        base = 24;
        break;
    case RiskLevel::Low:
        base = 18;
        break;
    }
    return std::max(3, static_cast<int>(std::lround(base * (0.5 + rng.unit()))));
}

} // namespace

Bundle DemoGenerator::generate(const DemoOptions& options)
{
    const QDate todayDate = options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date();
    const qint64 today = jd(todayDate);
    const int count = std::max(0, options.nominals);

    DemoRandom rng(DemoRandom::derive(options.seed, 0));
    Bundle bundle;
    Roster dir = buildRoster(count, rng);

    // Exact risk mix (2 / 18 / 30 / 50 %), shuffled over the refs.
    QList<RiskLevel> risks;
    risks.reserve(count);
    const auto share = [&](double p) { return static_cast<int>(std::lround(p * count)); };
    for (int i = 0; i < share(0.02); ++i) {
        risks.append(RiskLevel::VeryHigh);
    }
    for (int i = 0; i < share(0.18); ++i) {
        risks.append(RiskLevel::High);
    }
    for (int i = 0; i < share(0.30); ++i) {
        risks.append(RiskLevel::Medium);
    }
    while (risks.size() < count) {
        risks.append(RiskLevel::Low);
    }
    risks.resize(count);
    rng.shuffle(risks);

    // Owners: officers carry different caseloads (about ±25 %), spread over the refs.
    QList<int> owners;
    owners.reserve(count);
    {
        QList<double> capacity;
        double total = 0;
        for (qsizetype k = 0; k < dir.officers.size(); ++k) {
            capacity.append(0.75 + 0.5 * rng.unit());
            total += capacity.last();
        }
        qsizetype k = 0;
        double reach = capacity.isEmpty() ? 0 : capacity.first();
        for (int i = 0; i < count; ++i) {
            const double pos = (i + 0.5) / count * total;
            while (pos > reach && k + 1 < capacity.size()) {
                ++k;
                reach += capacity[k];
            }
            owners.append(static_cast<int>(k));
        }
        rng.shuffle(owners);
    }

    QList<Scenario> scenarios;
    scenarios.reserve(count);
    for (int i = 0; i < count; ++i) {
        Scenario s = drawScenario(rng, risks[i]);
        s.ownerIndex = owners[i];
        scenarios.append(s);
    }
    // One case per rule at least, each on a different nominal.
    if (count > 0) {
        QList<int> order(count);
        for (int i = 0; i < count; ++i) {
            order[i] = i;
        }
        rng.shuffle(order);
        for (const Special special : allSpecials) {
            for (const int i : order) {
                if (specialFits(special, scenarios[i])) {
                    applySpecial(special, scenarios[i]);
                    break;
                }
            }
        }
    }

    bundle.nominals.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint64 nominalSeed = DemoRandom::derive(options.seed, static_cast<quint64>(i) + 1);
        DemoRandom targetRng(nominalSeed ^ 0x5EEDu);
        const int target = entryTarget(targetRng, options, scenarios[i].risk);
        NominalBuilder builder(dir, scenarios[i], nominalSeed, today, target);
        bundle.nominals.append(builder.build(i + 1));
    }
    bundle.dipSamples = dipSamples(dir, bundle.nominals, options.seed, today);
    bundle.users = std::move(dir.users);
    keepBefore(bundle, todayDate, options.moment);
    return bundle;
}

} // namespace somdesk
