#include "DemoVocabulary.h"

#include "core/rules/Policy.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

QString riskWords(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return u"low"_s;
    case RiskLevel::Medium:
        return u"medium"_s;
    case RiskLevel::High:
        return u"high"_s;
    case RiskLevel::VeryHigh:
        return u"very high"_s;
    }
    return {};
}

RiskLevel stepRisk(RiskLevel level, int delta)
{
    const int v = std::clamp(static_cast<int>(level) + delta, 0, 3);
    return static_cast<RiskLevel>(v);
}

const QStringList& riskFactorNames()
{
    static const QStringList names = Policy::defaults().list(u"arms_risk_factors"_s);
    return names;
}

const QStringList& protectiveFactorNames()
{
    static const QStringList names = Policy::defaults().list(u"arms_protective_factors"_s);
    return names;
}

const QStringList& dipItemNames()
{
    static const QStringList names = Policy::defaults().list(u"dip_sample_items"_s);
    return names;
}

const QStringList& visitCheckNames()
{
    static const QStringList names = Policy::defaults().list(u"visit_checks"_s);
    return names;
}

} // namespace somdesk::demo
