// Editing a nominal's identity details: permission, casework scope, the checks of
// core/casework/DetailsEdit.h, the new details and their history row with the audit row in
// one transaction. Nothing is overwritten silently: the change keeps the values before.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/rules/Dates.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace somdesk {

Result<DetailsEdit> Services::readDetailsJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error::invalid(
            QStringLiteral("(root): not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject()) {
        return Error::invalid(QStringLiteral("(root): must be an object"));
    }
    DetailsEdit edit;
    edit.values = doc.object();
    const QJsonValue reason = edit.values.take(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isString()) {
        return Error::invalid(QStringLiteral("reason: must be a string"));
    }
    edit.reason = reason.toString();
    return edit;
}

Result<QString> Services::editDetails(const Session& session, const QString& ref, const DetailsEdit& edit)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::EditDetails); !st) {
        return st.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto n = loadForCasework(*m_ctx, session, ref);
    if (!n) {
        return n.error();
    }
    const QDateTime now = m_ctx->db().now();
    auto changes = changesOf(*n, edit, londonDate(now));
    if (!changes) {
        return changes.error();
    }
    DetailsChange change{now, session.username, edit.reason.trimmed(), *changes};
    auto index = m_ctx->cases().updateDetails(withChanges(*n, *changes), change);
    if (!index) {
        return index.error();
    }
    const QString where = QStringLiteral("details_history[%1]").arg(*index);
    QStringList fields;
    for (const FieldChange& c : *changes) {
        fields << c.field;
    }
    // The audit row names the fields, never their values (personal data).
    if (Status st = m_ctx->audit(session, AuditOperation::Alteration, QStringLiteral("details"), ref,
                                 QStringLiteral("casework"), where + QStringLiteral(": ") + fields.join(u','));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return where;
}

} // namespace somdesk
