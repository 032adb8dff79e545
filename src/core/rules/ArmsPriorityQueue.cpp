#include "core/rules/ArmsPriorityQueue.h"

#include <algorithm>
#include <utility>

namespace somdesk {

int armsPriorityBand(const Alert& alert, std::optional<RiskLevel> risk)
{
    if (!alert.rule.startsWith(QLatin1String("arms.")) || alert.status == AlertStatus::Info) {
        return 0;
    }
    if (risk == RiskLevel::VeryHigh || risk == RiskLevel::High) {
        return 1;
    }
    if (alert.rule == QLatin1String("arms.post_release")) {
        return 2;
    }
    if (alert.rule == QLatin1String("arms.new_registration")) {
        return 3;
    }
    return 4;
}

QList<Alert> armsPriorityQueue(const QList<Alert>& alerts,
                               const QHash<QString, std::optional<RiskLevel>>& riskByNominal)
{
    QList<std::pair<int, const Alert*>> banded;
    for (const Alert& a : alerts) {
        const int band = armsPriorityBand(a, riskByNominal.value(a.nominal, std::nullopt));
        if (band > 0) {
            banded.append({band, &a});
        }
    }
    std::stable_sort(banded.begin(), banded.end(), [](const auto& x, const auto& y) {
        if (x.first != y.first) {
            return x.first < y.first;
        }
        return alertLessByDue(*x.second, *y.second);
    });
    QList<Alert> out;
    out.reserve(banded.size());
    for (const auto& [band, alert] : banded) {
        out.append(*alert);
    }
    return out;
}

} // namespace somdesk
