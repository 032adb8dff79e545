#include "core/supervision/DipFindings.h"

#include "core/InputLimits.h"

#include <QHash>

namespace somdesk {

Result<QList<DipItem>> checkDipFindings(const QList<DipItem>& items, const QStringList& policyItems)
{
    if (items.isEmpty()) {
        return Error::invalid(
            QStringLiteral("items: required (one finding for each of %1)").arg(policyItems.join(QStringLiteral(", "))));
    }
    QHash<QString, qsizetype> seen;
    QList<std::optional<DipItem>> ordered(policyItems.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DipItem& item = items.at(i);
        const QString at = QStringLiteral("items[%1]").arg(i);
        if (item.item.trimmed().isEmpty()) {
            return Error::invalid(at + QStringLiteral(".item: required"));
        }
        const qsizetype rank = policyItems.indexOf(item.item);
        if (rank < 0) {
            return Error::invalid(QStringLiteral("%1.item: unknown dip-sample item \"%2\" (expected one of %3)")
                                      .arg(at, item.item, policyItems.join(QStringLiteral(", "))));
        }
        if (const auto first = seen.constFind(item.item); first != seen.constEnd()) {
            return Error::invalid(
                QStringLiteral("%1.item: duplicate of items[%2] \"%3\"").arg(at).arg(*first).arg(item.item));
        }
        seen.insert(item.item, i);
        DipItem kept = item;
        if (kept.note) {
            kept.note = kept.note->trimmed();
            if (kept.note->isEmpty()) {
                kept.note.reset();
            } else if (kept.note->size() > limits::kMaxText) {
                return Error::invalid(
                    QStringLiteral("%1.note: longer than %2 characters").arg(at).arg(limits::kMaxText));
            }
        }
        if (kept.finding == DipFinding::NotCompliant && !kept.note) {
            return Error::invalid(at + QStringLiteral(".note: required when the finding is not_compliant"));
        }
        ordered[rank] = kept;
    }
    QStringList missing;
    QList<DipItem> out;
    for (qsizetype k = 0; k < policyItems.size(); ++k) {
        if (ordered.at(k)) {
            out.append(*ordered.at(k));
        } else {
            missing.append(policyItems.at(k));
        }
    }
    if (!missing.isEmpty()) {
        return Error::invalid(QStringLiteral("items: missing %1").arg(missing.join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace somdesk
