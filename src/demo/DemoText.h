#pragma once

// Fictitious text fragments for the demo caseload. Every person, place and organisation in
// them is invented ("Demotown", "Sample Logistics"); the generator combines fragments so
// that chronologies read plausibly without any real case material.

#include <QString>
#include <QStringList>

namespace somdesk {

enum class DemoPool {
    StaffGiven,
    StaffFamily,
    MaleGiven,
    FemaleGiven,
    NominalFamily,
    Streets,
    NoteOpen,
    NoteBody, // never contains a trigger phrase of rules.md
    NoteClose,
    CustodyNote,
    Intelligence,
    IntelligenceClose,
    Concern,
    CustodyConcern,
    Disclosure,
    ConcernAction,
    TriggerNote, // contains a default trigger phrase on purpose
    OversightBody,
    OversightAction,
    OversightDisagree,
    ReviewRationale,
    ApproveReason,
    RejectReason,
    ReferralNotReferred,
    ReferralReferred,
    MoveReactive,
    StayActive,
    StayReactive,
    ReturnActive,
    IndefiniteContinue,
    IndefiniteDischarge,
    OutcomeHome,
    OutcomeOffice,
    OutcomeOther,
    VerifiedHome,
    VerifiedOther,
    RiskNoteAbsent,
    RiskNotePartly,
    RiskNotePresent,
    ProtectiveNoteAbsent,
    ProtectiveNotePartly,
    ProtectiveNotePresent,
    ArmsFocus,
    PlanTriggers,
    PlanSummary,
    TransferReason,
    DipNotCompliant,
    AliasStyle,
};

class DemoText {
public:
    // The fragments of one pool; "{he}"-style pronouns already resolved for the subject.
    static const QStringList& pool(DemoPool which, bool female = false);
    // Town names for area number `area` (cycled when there are more areas than towns).
    static QString town(int area, int index);
    static QString areaName(int area);
};

} // namespace somdesk
