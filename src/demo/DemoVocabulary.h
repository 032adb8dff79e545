#pragma once

// The words the demo writes into its cases: risk levels in prose, and the ARMS factor and
// dip-sample item names, which are the policy's own lists (Policy::defaults()), so a demo
// case always validates against a database initialised with the default policy.

#include "core/Domain.h"

#include <QString>
#include <QStringList>

namespace somdesk::demo {

// "low", "medium", "high", "very high" (for chronology text, not the bundle vocabulary).
QString riskWords(RiskLevel level);

// One level up (delta > 0) or down, held within low .. very high.
RiskLevel stepRisk(RiskLevel level, int delta);

const QStringList& riskFactorNames();       // policy arms_risk_factors
const QStringList& protectiveFactorNames(); // policy arms_protective_factors
const QStringList& dipItemNames();          // policy dip_sample_items
const QStringList& visitCheckNames();       // policy visit_checks

} // namespace somdesk::demo
