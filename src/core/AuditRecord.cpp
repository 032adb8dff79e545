#include "AuditRecord.h"

namespace somdesk {

QString toString(AuditOperation operation)
{
    switch (operation) {
    case AuditOperation::Collection:
        return QStringLiteral("collection");
    case AuditOperation::Alteration:
        return QStringLiteral("alteration");
    case AuditOperation::Consultation:
        return QStringLiteral("consultation");
    case AuditOperation::Disclosure:
        return QStringLiteral("disclosure");
    case AuditOperation::Combination:
        return QStringLiteral("combination");
    case AuditOperation::Erasure:
        return QStringLiteral("erasure");
    case AuditOperation::SignIn:
        return QStringLiteral("sign_in");
    case AuditOperation::SignInFailed:
        return QStringLiteral("sign_in_failed");
    case AuditOperation::AccountLocked:
        return QStringLiteral("account_locked");
    case AuditOperation::Refusal:
        return QStringLiteral("refusal");
    }
    return {};
}

} // namespace somdesk
