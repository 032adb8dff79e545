#include "BundleVocabulary.h"

#include "core/rules/Policy.h"

namespace somdesk {

BundleVocabulary vocabularyOf(const Policy& policy)
{
    BundleVocabulary v;
    v.riskFactors = policy.list(QStringLiteral("arms_risk_factors"));
    v.protectiveFactors = policy.list(QStringLiteral("arms_protective_factors"));
    v.dipItems = policy.list(QStringLiteral("dip_sample_items"));
    v.visitChecks = policy.list(QStringLiteral("visit_checks"));
    return v;
}

BundleVocabulary defaultBundleVocabulary()
{
    return vocabularyOf(Policy::defaults());
}

} // namespace somdesk
