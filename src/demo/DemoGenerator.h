#pragma once

// A deterministic, entirely fictitious caseload for demonstrations, manual testing and the
// benchmark. Users, cases and dip samples satisfy every check of bundle-format.md, most cases
// are compliant, and each rule of rules.md fires for some nominals at `today`.

#include "core/Domain.h"

#include <QDate>
#include <QDateTime>

namespace somdesk {

struct DemoOptions {
    int nominals = 200;
    quint64 seed = 1;
    // Anchor: every date is generated relative to it, and nothing but an expected release lies
    // after it. An invalid date means the current UTC date (then the output depends on the day).
    QDate today;
    // 0 = a realistic mix averaging about 25 entries per nominal; > 0 = about that many each.
    int entriesPerNominal = 0;
    // The moment the demo is made (UTC). When valid, nothing is stamped later than it: the
    // last day's stamps are squeezed, in order, into the part of it that has passed
    // (DemoMoment.h). Invalid: whole working days, for reproducible fixtures.
    QDateTime moment;
};

class DemoGenerator {
public:
    // The same options always give the identical bundle (own seeded PRNG, no hash-order iteration).
    static Bundle generate(const DemoOptions& options);
};

} // namespace somdesk
