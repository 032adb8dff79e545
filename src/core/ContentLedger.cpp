#include "ContentLedger.h"

#include "core/casework/CaseworkRecord.h"

#include <QRegularExpression>
#include <QSet>

namespace somdesk {

namespace {

const QString kKey = QStringLiteral("content=");

const QSet<QString>& nominalRecordTypes()
{
    static const QSet<QString> types = [] {
        QSet<QString> t{QStringLiteral("nominal"),        QStringLiteral("entry"),          QStringLiteral("details"),
                        QStringLiteral("alert_override"), QStringLiteral("review"),         QStringLiteral("release"),
                        QStringLiteral("transfer"),       QStringLiteral("erasure_request")};
        for (RecordKind kind : allRecordKinds()) {
            t.insert(recordKindName(kind));
        }
        return t;
    }();
    return types;
}

struct History {
    QList<std::pair<RecordedDigest, bool>> rows; // the digest, and whether its row is an erasure
};

// The restore's own row names the backup's head: rows after it and before the restore's
// row were carried forward (services/Restore.cpp).
std::optional<qint64> restoredHead(const AuditRecord& r)
{
    if (r.recordType != QLatin1String("backup") || r.purpose != QLatin1String("restore") ||
        r.operation != toString(AuditOperation::Alteration)) {
        return std::nullopt;
    }
    static const QRegularExpression head(QStringLiteral("(?:^| )backup_head=(\\d+)(?: |$)"));
    const auto m = head.match(r.detail);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return m.captured(1).toLongLong();
}

} // namespace

bool changesNominal(AuditOperation operation, const QString& recordType)
{
    const bool change = operation == AuditOperation::Collection || operation == AuditOperation::Alteration ||
                        operation == AuditOperation::Erasure;
    return change && nominalRecordTypes().contains(recordType);
}

QString withContentDigest(const QString& detail, const QString& digest)
{
    return detail.isEmpty() ? kKey + digest : detail + QLatin1Char(' ') + kKey + digest;
}

std::optional<QString> contentDigestIn(const QString& detail)
{
    static const QRegularExpression digest(QStringLiteral("(?:^| )content=([0-9a-f]{64})$"));
    const auto m = digest.match(detail);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return m.captured(1);
}

QHash<QString, RecordedDigest> expectedDigests(const QList<AuditRecord>& rows)
{
    QHash<QString, History> histories;
    const QString erasure = toString(AuditOperation::Erasure);
    for (const AuditRecord& r : rows) {
        if (auto head = restoredHead(r)) {
            for (History& h : histories) {
                h.rows.removeIf([&](const std::pair<RecordedDigest, bool>& row) {
                    return row.first.seq > *head && row.first.seq < r.seq && !row.second;
                });
            }
            continue;
        }
        if (auto digest = contentDigestIn(r.detail)) {
            histories[r.recordRef].rows.append({RecordedDigest{r.seq, *digest}, r.operation == erasure});
        }
    }
    QHash<QString, RecordedDigest> out;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        if (!it->rows.isEmpty()) {
            out.insert(it.key(), it->rows.last().first);
        }
    }
    return out;
}

} // namespace somdesk
