#pragma once

// Alerts rendered for people: aligned columns, status words, reason. (The JSON form
// is the machine contract and lives with the Alert type.)

#include "core/rules/Alert.h"

#include <QString>

namespace somdesk {

class AlertTable {
public:
    // A plain-text table; `maxReason` truncates long reasons with an ellipsis (0 = never).
    static QString render(const QList<Alert>& alerts, int maxReason = 0);
    // RFC 4180 CSV with a header row, same columns as the JSON contract.
    static QString csv(const QList<Alert>& alerts);
    // A short English title for a rule id ("ARMS after release").
    static QString ruleTitle(const QString& rule);
};

} // namespace somdesk
