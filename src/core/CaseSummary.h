#pragma once

#include "core/Domain.h"

#include <optional>

namespace somdesk {

// One row of a caseload list.
struct CaseSummary {
    QString ref;
    QString familyName;
    QString givenNames;
    RiskLevel riskLevel = RiskLevel::Low;
    int mappaCategory = 1;
    int mappaLevel = 1;
    QString area;
    QString owner;
    ManagementMode management = ManagementMode::Active;
    RegisterStatus registerStatus = RegisterStatus::Registered;
    std::optional<QDate> lastHomeVisit;
};

struct SearchHit {
    QString ref;
    QString entryId; // empty for a name or alias hit
    QString snippet;
};

} // namespace somdesk
