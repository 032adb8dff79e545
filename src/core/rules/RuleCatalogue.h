#pragma once

// The one list of the rules' vocabulary: id (stable, rules.md), title (what people read in
// the app, the CLI and reports), who must act, what kind of record clears it, and how
// serious a miss is. The CLI, reports and the UI all take their words from here; titles are
// marked for translation in the "RuleCatalogue" context (QCoreApplication::translate).

#include "core/Domain.h"

#include <QList>
#include <QString>

#include <optional>

namespace somdesk {

// What a person records to clear the alert; the UI opens the matching action from it.
enum class ClearingAction {
    ArmsAssessment,
    RiskReviewDecision,
    OversightEntry,
    MappaReferralDecision,
    MappaScreening,
    EntryAcknowledgement,
    TransferAcknowledgement,
    HomeVisit,
    ManagementDecision,
    Notification,
    IndefiniteReviewDecision,
};

// How serious a miss is (domain.md's serious case review): escalating risk not seen by a
// senior officer is critical; an assessment or screening not done is high; routine
// casework and statutory notifications follow; suggestions are advisory.
enum class RuleSeverity { Critical, High, Routine, Advisory };

struct RuleInfo {
    const char* id;
    const char* title; // English; translate with QCoreApplication::translate("RuleCatalogue", title)
    Role ownerRole;
    ClearingAction clearedBy;
    RuleSeverity severity;
};

class RuleCatalogue {
public:
    // Every rule in the order of rules.md's table.
    static const QList<RuleInfo>& all();
    static std::optional<RuleInfo> find(const QString& id);
    // The English title, or the id itself for an unknown rule.
    static QString title(const QString& id);
};

QString toString(RuleSeverity severity);

} // namespace somdesk
