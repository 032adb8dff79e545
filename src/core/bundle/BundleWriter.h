#pragma once

// Writes a case bundle deterministically: keys in the order of the format's shape, lists
// sorted as the format says, optional keys without a value and empty lists left out,
// never a password. The vocabulary orders dip-sample items (policy order).

#include "core/Domain.h"
#include "core/bundle/BundleVocabulary.h"

#include <QByteArray>

namespace somdesk {

class BundleWriter {
public:
    static QByteArray write(const Bundle& bundle, const BundleVocabulary& vocabulary);
    // One dip_samples[] element, and a JSON array of them (sorted by period then
    // sergeant), in the bundle's shape and order; `itemOrder` is the policy's
    // dip_sample_items. Each ends with a newline.
    static QByteArray writeDipSample(const DipSample& sample, const QStringList& itemOrder);
    static QByteArray writeDipSamples(const QList<DipSample>& samples, const QStringList& itemOrder);
};

} // namespace somdesk
