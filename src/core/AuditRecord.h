#pragma once

// Audit rows as values (the store keeps them hash-chained; see store/AuditLog).

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace somdesk {

// What an audit row records. The first six are DPA 2018 s.62's processing operations; the
// rest are security events. Stored as the lower-case names toString gives.
enum class AuditOperation {
    Collection,
    Alteration,
    Consultation,
    Disclosure,
    Combination,
    Erasure,
    SignIn,
    SignInFailed,
    AccountLocked,
    Refusal, // an operation refused by permission, scope or separation of duties
};

QString toString(AuditOperation operation);

struct AuditRecord {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString username;
    QString operation;  // collection, alteration, consultation, disclosure, combination, erasure, or a security event
    QString recordType; // nominal, user, policy, bundle, alerts, audit, backup, session
    QString recordRef;  // the record's reference or a scope description (never personal data)
    QString purpose;
    QString recipient; // for disclosures
    QString detail;    // ids and codes only
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    std::optional<QString> recordRef;
    std::optional<QString> username;
    std::optional<QDate> since;
    int limit = 0; // 0 = no limit
};

struct AuditVerification {
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBrokenSeq = 0; // 1-based position of the first row that fails, 0 when ok
    QString problem;
    QString headHash;
    qint64 headSeq = 0;
};

} // namespace somdesk
