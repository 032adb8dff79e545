#pragma once

// One piece of casework recorded on an existing nominal: the same values a bundle's nominal
// lists hold (bundle-format.md), so a record made in the app or with `somdesk-cli record`
// exports and imports like any other.

#include "core/Domain.h"

#include <QString>

#include <optional>
#include <variant>

namespace somdesk {

enum class RecordKind {
    Visit,
    Arms,
    Screening,
    MappaReferral,
    Notification,
    Custody,
    Plan,
    StaticScore,
    // A supervisor's decisions (docs/supervision-notes.md).
    Transfer,
    ManagementDecision,
    IndefiniteReview,
};

using CaseworkRecord = std::variant<Visit, ArmsAssessment, Screening, MappaReferral, Notification, CustodyPeriod, Plan,
                                    StaticScore, Transfer, ManagementDecision, IndefiniteReviewDecision>;

RecordKind kindOf(const CaseworkRecord& record);

// The command-line name: "visit", "arms", "screening", "mappa-referral", "notification",
// "custody", "plan", "static-score", "transfer", "management", "indefinite-review".
QString recordKindName(RecordKind kind);
std::optional<RecordKind> recordKindFromName(const QString& name);
QList<RecordKind> allRecordKinds();

// The nominal's list the record joins, as bundle-format.md names it ("visits", "arms", ...).
QString bundleListName(RecordKind kind);

// The record in words for dialogs and audit rows ("visit", "ARMS assessment", ...).
QString recordKindWords(RecordKind kind);

// A concern entry with its re-evaluation request, made in one call.
struct NewConcern {
    QString text;
    RiskLevel proposedRiskLevel = RiskLevel::Low;
    QString rationale;
    std::optional<bool> escalating;
};

} // namespace somdesk
