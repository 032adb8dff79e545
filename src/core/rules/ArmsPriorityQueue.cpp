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
        const Alert& a = *x.second;
        const Alert& b = *y.second;
        if (a.due != b.due) {
            if (!a.due || !b.due) {
                return a.due.has_value();
            }
            return *a.due < *b.due;
        }
        if (const int c = compareCodePoints(a.nominal, b.nominal); c != 0) {
            return c < 0;
        }
        if (const int c = compareCodePoints(a.rule, b.rule); c != 0) {
            return c < 0;
        }
        return compareCodePoints(a.key, b.key) < 0;
    });
    QList<Alert> out;
    out.reserve(banded.size());
    for (const auto& [band, alert] : banded) {
        out.append(*alert);
    }
    return out;
}

} // namespace somdesk
