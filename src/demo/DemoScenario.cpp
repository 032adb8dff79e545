#include "DemoScenario.h"

namespace somdesk::demo {

Scenario drawScenario(DemoRandom& rng, RiskLevel risk)
{
    Scenario s;
    s.risk = risk;
    const double c = rng.unit();
    if (c < 0.40) {
        s.custody = CustodyStory::None;
        s.newRegistration = rng.chance(0.05);
    } else if (c < 0.65) {
        s.custody = CustodyStory::ReleasedLongAgo;
    } else if (c < 0.75) {
        s.custody = CustodyStory::ReleasedThisYear;
    } else if (c < 0.78) {
        s.custody = CustodyStory::ReleasedRecently;
    } else if (c < 0.86) {
        s.custody = CustodyStory::InCustody;
    } else if (c < 0.91) {
        s.custody = CustodyStory::NearRelease;
    } else if (c < 0.94) {
        s.custody = CustodyStory::Recalled;
    } else {
        s.custody = CustodyStory::ReReleased;
    }
    const double st = rng.unit();
    s.status = st < 0.02    ? Status::Removed
               : st < 0.03  ? Status::Deceased
               : st < 0.035 ? Status::Discharged
                            : Status::Registered;
    s.female = rng.chance(0.04);
    s.noFixedAbode = rng.chance(0.02);
    const double cat = rng.unit();
    s.mappaCategory = cat < 0.88 ? 1 : cat < 0.97 ? 2 : 3;
    const double lv = rng.unit();
    switch (risk) {
    case RiskLevel::VeryHigh:
        s.mappaLevel = lv < 0.2 ? 3 : lv < 0.6 ? 2 : 1;
        break;
    case RiskLevel::High:
        s.mappaLevel = lv < 0.02 ? 3 : lv < 0.17 ? 2 : 1;
        break;
    case RiskLevel::Medium:
        s.mappaLevel = lv < 0.02 ? 2 : 1;
        break;
    case RiskLevel::Low:
        s.mappaLevel = 1;
        break;
    }
    return s;
}

bool specialFits(Special special, const Scenario& s)
{
    if (s.special != Special::None) {
        return false;
    }
    switch (special) {
    case Special::ReactiveEligible:
    case Special::ReactiveReview:
        return s.risk == RiskLevel::Low;
    case Special::Level2:
    case Special::VisitsPredictable: // visits close enough together for four in a year
        return s.risk == RiskLevel::High || s.risk == RiskLevel::VeryHigh;
    default:
        return s.risk != RiskLevel::Low;
    }
}

void applySpecial(Special special, Scenario& s)
{
    s.special = special;
    s.status = Status::Registered;
    s.newRegistration = false;
    switch (special) {
    case Special::ArmsPostRelease:
        s.custody = CustodyStory::ReleasedRecently;
        break;
    case Special::ArmsNewRegistration:
        s.custody = CustodyStory::None;
        s.newRegistration = true;
        break;
    case Special::PostSentence:
        s.custody = CustodyStory::InCustody;
        break;
    case Special::PreRelease:
        s.custody = CustodyStory::NearRelease;
        break;
    case Special::Level2:
        s.custody = CustodyStory::None;
        s.mappaLevel = 1;
        break;
    default:
        s.custody = CustodyStory::None;
        break;
    }
}

} // namespace somdesk::demo
