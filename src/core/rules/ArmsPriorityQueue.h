#pragma once

// rules.md "ARMS priority queue": the ARMS alerts in the order the review asked for —
// very high and high risk first, then prison releases, then people new on the register.

#include "core/Domain.h"
#include "core/rules/Alert.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace somdesk {

// 1 very high or high risk; 2 arms.post_release; 3 arms.new_registration; 4 other arms.*
// alerts; 0 when the alert is not in the queue (not arms.*, or info).
int armsPriorityBand(const Alert& alert, std::optional<RiskLevel> risk);

// Every due or overdue arms.* alert, by band, then earliest due, then nominal (then rule
// and key, so the order is total). riskByNominal holds each nominal's risk at asOf
// (RulesEngine::riskAt); a nominal missing from it counts as unknown risk.
QList<Alert> armsPriorityQueue(const QList<Alert>& alerts,
                               const QHash<QString, std::optional<RiskLevel>>& riskByNominal);

} // namespace somdesk
