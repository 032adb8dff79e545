#pragma once

// The policy lists the bundle format refers to by name (domain.md): forces' ARMS forms,
// dip-sample checklists and visit checks differ, so these are data, not enums. The reader
// rejects names not in the lists; the writer orders dip-sample items and visit checks by
// their list.

#include <QStringList>

namespace somdesk {

class Policy;

struct BundleVocabulary {
    QStringList riskFactors;
    QStringList protectiveFactors;
    QStringList dipItems;
    QStringList visitChecks;
};

// The lists of a policy (arms_risk_factors, arms_protective_factors, dip_sample_items,
// visit_checks).
BundleVocabulary vocabularyOf(const Policy& policy);

// The lists of the default policy (the defaults of domain.md, in its order).
BundleVocabulary defaultBundleVocabulary();

} // namespace somdesk
