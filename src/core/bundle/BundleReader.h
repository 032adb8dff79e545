#pragma once

// Reads a case bundle (docs: /shared/design/bundle-format.md, docs/bundle-notes.md) and makes
// every check the format lists, and only those. The first error found is returned as
// Error::invalid with the message "<json path>: <what is wrong>".

#include "core/Domain.h"
#include "core/Result.h"
#include "core/bundle/BundleContext.h"

#include <QByteArray>

namespace somdesk {

class BundleReader {
public:
    static Result<Bundle> read(const QByteArray& json, const BundleContext& context);
};

} // namespace somdesk
