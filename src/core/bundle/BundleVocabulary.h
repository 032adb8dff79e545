#pragma once

// The policy lists the bundle format refers to by name (domain.md): forces' ARMS forms and
// dip-sample checklists differ, so these are data, not enums. The reader rejects names
// not in the lists; the writer orders dip-sample items by the checklist.

#include <QStringList>

namespace somdesk {

struct BundleVocabulary {
    QStringList riskFactors;
    QStringList protectiveFactors;
    QStringList dipItems;
};

// The defaults of domain.md, in its order.
BundleVocabulary defaultBundleVocabulary();

} // namespace somdesk
