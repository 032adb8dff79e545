#pragma once

// The inspector's approval queue of risk re-evaluations: one pending request with what the
// queue shows beside it (the nominal, its current risk, the entry that triggered it), so a
// front end needs no second call to draw a row. The record itself is one readNominal away.

#include "core/Domain.h"

namespace somdesk {

struct ReviewQueueItem {
    // The nominal.
    QString ref;
    QString familyName;
    QString givenNames;
    QString area;
    QString owner;
    RiskLevel riskLevel = RiskLevel::Low; // the nominal's risk level now
    // The request, and where it sits in the nominal's reviews list ("reviews[1]").
    int reviewIndex = 0;
    Review review;
    // The triggering entry (review.entry). Empty (invalid time) only if the entry is missing,
    // which neither the services nor the bundle reader let happen.
    EntryType entryType = EntryType::Concern;
    QDateTime entryAt; // UTC
    QString entryBy;
    QString entryText;
};

// What a decision changed, for the front ends to say so.
struct ReviewOutcome {
    int reviewIndex = 0; // reviews[i]
    ReviewDecision decision = ReviewDecision::Pending;
    // On an approval that changed the level: the level before, and where the change sits in
    // the risk history (its index in the stored list, "risk_history[3]").
    std::optional<RiskLevel> riskBefore;
    std::optional<int> riskHistoryIndex;
    RiskLevel riskLevel = RiskLevel::Low; // the nominal's level after the decision
};

} // namespace somdesk
