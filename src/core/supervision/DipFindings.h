#pragma once

// The checklist of one dip-sample record, checked against the policy's dip_sample_items
// (docs/supervision-notes.md, "Dip sampling"): every item exactly once, in any order, a
// finding each, and a note for each not_compliant finding.

#include "core/Domain.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace somdesk {

// The items in policy order, notes trimmed (a blank note is none). Errors name the place
// in `items` ("items[2].note: required when the finding is not_compliant"); a missing
// item is named in policy order ("items: missing plan_current").
Result<QList<DipItem>> checkDipFindings(const QList<DipItem>& items, const QStringList& policyItems);

} // namespace somdesk
