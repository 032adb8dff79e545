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
    RaiseConcern,             // a concern entry with its re-evaluation request
    ReadReviewQueue,          // the pending re-evaluations in scope (sergeants their team's, read only)
    DecideReview,             // approve or reject a re-evaluation: an inspector of the area, never the requester
    RecordTransfer,           // a supervisor moves a case to another owner, who acknowledges it
    RecordManagementDecision, // a supervisor's stay or move between active and reactive
    RecordIndefiniteReview,   // an inspector's review of an indefinite notification
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
    VerifyContent, // recompute every record's content digest against the audit log (an admin's)
    Backup,
    Restore,
    ListRetentionDue,
    RequestErasure,    // an admin, with a reason
    ApproveErasure,    // an inspector of the nominal's area: the second person
    ReadWorkload,      // the team (sergeant) or area (inspector) workload per officer
    DrawDipSample,     // a sergeant's draw of their team's records for a period (DipSampling.cpp)
    ListDipSamples,    // a sergeant's own draws; an inspector's, those of their area's sergeants
    RecordDipFindings, // the checklist of one drawn record, by the sergeant who drew it
};

bool isAllowed(Role role, Operation operation);
QString operationName(Operation operation);
// All operations, for tests of the whole matrix.
QList<Operation> allOperations();

} // namespace somdesk
