#pragma once

// Scenarios: what shape each case has, decided for the whole caseload up front so that every
// rule of rules.md is represented at least once ("specials") while most cases stay compliant.

#include "DemoRandom.h"

#include "core/Domain.h"

namespace somdesk::demo {

enum class CustodyStory {
    None,
    ReleasedLongAgo,
    ReleasedThisYear,
    ReleasedRecently,
    InCustody,
    NearRelease,
    Recalled,
    ReReleased,
};

enum class Status { Registered, Removed, Deceased, Discharged };

enum class Special {
    None,
    ArmsPostRelease,
    ArmsNewRegistration,
    ArmsReview,
    EscalationReview,
    Oversight,
    Level2,
    PostSentence,
    PreRelease,
    Acknowledge,
    TransferAck,
    VisitsOverdue,
    Trigger,
    ReactiveEligible,
    ReactiveReview,
    AnnualNotification,
    IndefiniteReview,
    VisitsPredictable,
    VisitsUnverified,
    PlanTrigger,
};

inline constexpr Special allSpecials[] = {
    Special::ArmsPostRelease,  Special::ArmsNewRegistration, Special::ArmsReview,
    Special::EscalationReview, Special::Oversight,           Special::Level2,
    Special::PostSentence,     Special::PreRelease,          Special::Acknowledge,
    Special::TransferAck,      Special::VisitsOverdue,       Special::Trigger,
    Special::ReactiveEligible, Special::ReactiveReview,      Special::AnnualNotification,
    Special::IndefiniteReview, Special::VisitsPredictable,   Special::VisitsUnverified,
    Special::PlanTrigger,
};

struct Scenario {
    RiskLevel risk = RiskLevel::Low;
    CustodyStory custody = CustodyStory::None;
    Status status = Status::Registered;
    Special special = Special::None;
    bool newRegistration = false;
    bool female = false;
    bool noFixedAbode = false;
    int mappaCategory = 1;
    int mappaLevel = 1;
    int ownerIndex = 0; // into Roster::officers
};

// The shape of one case of the given risk level (custody story, status, MAPPA, ...).
Scenario drawScenario(DemoRandom& rng, RiskLevel risk);

// Whether `special` can be planted in a case of this shape (each case carries one at most).
bool specialFits(Special special, const Scenario& s);

// Plants `special`, adjusting the shape where the rule needs it.
void applySpecial(Special special, Scenario& s);

} // namespace somdesk::demo
