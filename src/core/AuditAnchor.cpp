#include "AuditAnchor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace somdesk {

bool isHexDigest(const QString& text, int digits)
{
    if (text.size() != digits) {
        return false;
    }
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

Result<AuditAnchor> parseAuditAnchor(const QByteArray& json, const QString& what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::invalid(QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                                  .arg(what, parseError.errorString())
                                  .arg(parseError.offset));
    }
    const QJsonObject o = doc.object();
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String("somdesk-backup") && format != QLatin1String("somdesk-audit-anchor")) {
        return Error::invalid(
            QStringLiteral("%1.format: expected \"somdesk-backup\" or \"somdesk-audit-anchor\"").arg(what));
    }
    const QJsonValue seq = o.value(QStringLiteral("audit_head_seq"));
    if (!seq.isDouble() || seq.toDouble() != double(seq.toInteger()) || seq.toInteger() < 1) {
        return Error::invalid(QStringLiteral("%1.audit_head_seq: a whole number of at least 1 is required").arg(what));
    }
    AuditAnchor a;
    a.seq = seq.toInteger();
    a.hash = o.value(QStringLiteral("audit_head_hash")).toString();
    if (!isHexDigest(a.hash, 64)) {
        return Error::invalid(
            QStringLiteral("%1.audit_head_hash: 64 lower-case hex digits (a SHA-256) are required").arg(what));
    }
    if (o.contains(QStringLiteral("database_id"))) {
        a.databaseId = o.value(QStringLiteral("database_id")).toString();
        if (!isHexDigest(a.databaseId, 32)) {
            return Error::invalid(QStringLiteral("%1.database_id: 32 lower-case hex digits are required").arg(what));
        }
    } else if (format == QLatin1String("somdesk-audit-anchor")) {
        return Error::invalid(QStringLiteral("%1.database_id: required").arg(what));
    }
    const QString at =
        o.value(format == QLatin1String("somdesk-backup") ? QStringLiteral("created_at") : QStringLiteral("taken_at"))
            .toString();
    a.at = QDateTime::fromString(at, Qt::ISODate);
    return a;
}

QByteArray auditAnchorJson(const AuditAnchor& anchor)
{
    const QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("somdesk-audit-anchor")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("database_id"), anchor.databaseId},
        {QStringLiteral("audit_head_seq"), anchor.seq},
        {QStringLiteral("audit_head_hash"), anchor.hash},
        {QStringLiteral("taken_at"), anchor.at.toUTC().toString(Qt::ISODate)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace somdesk
