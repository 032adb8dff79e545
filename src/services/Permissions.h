#pragma once

// One permission table for every operation a person can do: deny by default.
// Scope (own caseload, team, area, force) is checked by the service on top of this.

#include "core/Domain.h"

#include <QString>

namespace somdesk {

enum class Operation {
    ListUsers,
    ListColleagues, // names and collar numbers of the people in one's area
    ManageUsers,    // add, disable, unlock, set password
    ListCaseload,   // own caseload (officer), team (sergeant), area (inspector)
    ReadRecord,     // consult a nominal's record (with a purpose)
    SearchRecords,
    AddEntry, // casework
    AcknowledgeEntry,
    RecordVisit, // casework records (CaseRecording.cpp)
    RecordArms,
    RecordScreening,
    RecordMappaReferral, // inspectors decide on MAPPA referrals (rules.md owners)
    RecordNotification,
    RecordCustody, // a custody period or a release
    RecordPlan,
    RecordStaticScore,        // an OSP/DC+OSP/IIC score, or one from another tool as entered
    RecordTransfer,           // a supervisor moves a case to another owner, who acknowledges it
    RecordManagementDecision, // a supervisor's stay or move between active and reactive
    RecordIndefiniteReview,   // an inspector's review of an indefinite notification
    RaiseConcern,             // a concern entry with its re-evaluation request
    AcknowledgeTransfer,
    RegisterNominal, // a new nominal at its initial notification (Registration.cpp)
    EditDetails,     // a new version of a nominal's identity details
    ImportBundle,
    ExportBundle,
    ReadAlerts, // within scope
    ReadAlertsForceWide,
    OverrideAlert,
    ReadPolicy,
    SetPolicy,
    ReadRecordAudit, // a record's own trail
    ReadAuditLog,    // the whole log
    VerifyAudit,
    Backup,
    Restore,
    ListRetentionDue,
    RequestErasure, // an admin, with a reason
    ApproveErasure, // an inspector of the nominal's area: the second person
};

bool isAllowed(Role role, Operation operation);
QString operationName(Operation operation);
// All operations, for tests of the whole matrix.
QList<Operation> allOperations();

} // namespace somdesk
