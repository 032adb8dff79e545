#pragma once

// What every use case shares: the database, the repositories, the policy in force,
// and the audit writer. Internal to the services layer.

#include "core/AuditRecord.h"
#include "core/Result.h"
#include "core/rules/Policy.h"
#include "services/Permissions.h"
#include "services/Session.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/DatabaseLock.h"
#include "store/DipSampleRepository.h"
#include "store/PolicyRepository.h"
#include "store/UserRepository.h"

#include <memory>
#include <mutex>

namespace somdesk {

class ServiceContext {
public:
    explicit ServiceContext(std::unique_ptr<Database> db);

    Database& db() { return *m_db; }
    UserRepository& users() { return m_users; }
    CaseRepository& cases() { return m_cases; }
    AuditLog& audit() { return m_audit; }
    PolicyRepository& policies() { return m_policies; }
    DipSampleRepository& dipSamples() { return m_dipSamples; }

    // The policy in force (the newest stored version; defaults when none is stored).
    Result<Policy> policy();
    void forgetPolicy();

    // Deny by default: the error names the operation and the role. A refusal is audited.
    Status require(const Session& session, Operation operation);

    // Notes a refusal (permission, scope, separation of duties) for the audit trail and
    // returns it. The row is written when the outermost service call ends, after its
    // transaction has rolled back, so the refusal stays on the record while the refused
    // change leaves nothing behind. `recordRef` is a ref or a scope, never personal data.
    Error refuse(const Session& session, const QString& recordRef, Error error);

    // The outermost service call's start and end (ServiceSupport.h's Lock).
    void enterCall();
    void leaveCall();

    // Appends an audit row attributed to the session user (inside the caller's transaction).
    Status audit(const Session& session, AuditOperation operation, const QString& recordType, const QString& recordRef,
                 const QString& purpose, const QString& detail = {}, const QString& recipient = {});
    Status auditAs(const QString& username, AuditOperation operation, const QString& recordType,
                   const QString& recordRef, const QString& purpose, const QString& detail = {},
                   const QString& recipient = {});

    // A self-contained audited read: its own transaction holding just the audit row.
    Status auditRead(const Session& session, const QString& recordType, const QString& recordRef,
                     const QString& purpose, const QString& detail = {});

    // The shared lock that says this process has the database open (held until the end).
    void keepOpenLock(DatabaseLock lock) { m_openLock = std::move(lock); }

    // Serialises service calls from several threads on one Services object.
    std::recursive_mutex& mutex() { return m_mutex; }

private:
    DatabaseLock m_openLock; // released after the database below is closed
    std::unique_ptr<Database> m_db;
    UserRepository m_users;
    CaseRepository m_cases;
    AuditLog m_audit;
    PolicyRepository m_policies;
    DipSampleRepository m_dipSamples;
    std::optional<Policy> m_policy;
    std::recursive_mutex m_mutex;
    int m_callDepth = 0;
    QList<AuditRecord> m_refusals; // noted, not yet written
    void writeRefusals();
};

} // namespace somdesk
