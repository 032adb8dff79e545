#include "Permissions.h"

#include <QHash>

namespace somdesk {

namespace {

struct Row {
    Operation op;
    const char* name;
    bool officer;
    bool sergeant;
    bool inspector;
    bool admin;
};

// Casework (entries, acknowledgements, overrides) is not the admin's (domain.md);
// the whole audit log is for inspectors and admins, a record's trail for sergeants up.
constexpr Row kTable[] = {
    // operation                       name                 officer sergeant inspector admin
    {Operation::ListUsers, "list users", false, true, true, true},
    {Operation::ListColleagues, "list colleagues", true, true, true, false},
    {Operation::ManageUsers, "manage users", false, false, false, true},
    {Operation::ListCaseload, "list caseload", true, true, true, false},
    {Operation::ReadRecord, "read a record", true, true, true, false},
    {Operation::SearchRecords, "search records", true, true, true, false},
    {Operation::AddEntry, "add an entry", true, true, true, false},
    {Operation::AcknowledgeEntry, "acknowledge an entry", true, true, true, false},
    {Operation::RecordVisit, "record a visit", true, true, true, false},
    {Operation::RecordArms, "record an ARMS assessment", true, true, true, false},
    {Operation::RecordScreening, "record a MAPPA screening", true, true, true, false},
    {Operation::RecordMappaReferral, "record a MAPPA referral decision", false, false, true, false},
    {Operation::RecordNotification, "record a notification", true, true, true, false},
    {Operation::RecordCustody, "record custody or a release", true, true, true, false},
    {Operation::RecordPlan, "record a risk management plan", true, true, true, false},
    {Operation::RecordStaticScore, "record a static risk score", true, true, true, false},
    {Operation::RecordTransfer, "record a case transfer", false, true, true, false},
    {Operation::RecordManagementDecision, "record a management decision", false, true, true, false},
    {Operation::RecordIndefiniteReview, "record an indefinite-review decision", false, false, true, false},
    {Operation::RaiseConcern, "raise a concern for re-evaluation", true, true, true, false},
    {Operation::ReadReviewQueue, "read the re-evaluation queue", false, true, true, false},
    {Operation::DecideReview, "decide a risk re-evaluation", false, false, true, false},
    {Operation::AcknowledgeTransfer, "acknowledge a transfer", true, true, true, false},
    {Operation::RegisterNominal, "register a nominal", true, true, true, false},
    {Operation::EditDetails, "edit a nominal's details", true, true, true, false},
    {Operation::ImportBundle, "import a bundle", false, false, false, true},
    {Operation::ExportBundle, "export a bundle", false, false, false, true},
    {Operation::ReadAlerts, "read alerts", true, true, true, true},
    {Operation::ReadAlertsForceWide, "read force-wide alerts", false, false, false, true},
    {Operation::OverrideAlert, "override an alert", false, false, true, false},
    {Operation::ReadPolicy, "read the policy", true, true, true, true},
    {Operation::SetPolicy, "set the policy", false, false, false, true},
    {Operation::ReadRecordAudit, "read a record's audit trail", false, true, true, true},
    {Operation::ReadAuditLog, "read the audit log", false, false, true, true},
    {Operation::VerifyAudit, "verify the audit log", false, false, true, true},
    {Operation::VerifyContent, "verify records against the audit log", false, false, false, true},
    {Operation::Backup, "back up", false, false, false, true},
    {Operation::Restore, "restore", false, false, false, true},
    {Operation::ListRetentionDue, "list retention reviews due", false, false, true, true},
    {Operation::RequestErasure, "request an erasure", false, false, false, true},
    {Operation::ApproveErasure, "approve an erasure", false, false, true, false},
    {Operation::ReadWorkload, "read the team or area workload", false, true, true, false},
    {Operation::DrawDipSample, "draw a dip sample", false, true, false, false},
    {Operation::ListDipSamples, "list dip samples", false, true, true, false},
    {Operation::RecordDipFindings, "record dip-sample findings", false, true, false, false},
};

const Row* find(Operation op)
{
    for (const Row& r : kTable) {
        if (r.op == op) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

bool isAllowed(Role role, Operation operation)
{
    const Row* r = find(operation);
    if (r == nullptr) {
        return false;
    }
    switch (role) {
    case Role::Officer:
        return r->officer;
    case Role::Sergeant:
        return r->sergeant;
    case Role::Inspector:
        return r->inspector;
    case Role::Admin:
        return r->admin;
    }
    return false;
}

QString operationName(Operation operation)
{
    const Row* r = find(operation);
    return r ? QString::fromLatin1(r->name) : QStringLiteral("unknown operation");
}

QList<Operation> allOperations()
{
    QList<Operation> out;
    for (const Row& r : kTable) {
        out.append(r.op);
    }
    return out;
}

} // namespace somdesk
