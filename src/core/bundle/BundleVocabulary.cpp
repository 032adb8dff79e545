#include "BundleVocabulary.h"

namespace somdesk {

BundleVocabulary defaultBundleVocabulary()
{
    BundleVocabulary v;
    v.riskFactors = {
        QStringLiteral("sexual_preoccupation"),
        QStringLiteral("offence_related_sexual_interest"),
        QStringLiteral("emotional_congruence_with_children"),
        QStringLiteral("hostile_orientation"),
        QStringLiteral("poor_self_management"),
        QStringLiteral("negative_social_influences"),
        QStringLiteral("opportunity_to_offend"),
    };
    v.protectiveFactors = {
        QStringLiteral("positive_routine"),
        QStringLiteral("social_investment"),
        QStringLiteral("positive_social_influences"),
        QStringLiteral("commitment_to_desist"),
    };
    v.dipItems = {
        QStringLiteral("arms_in_time"),          QStringLiteral("entries_acknowledged"),
        QStringLiteral("concerns_reviewed"),     QStringLiteral("oversight_recorded"),
        QStringLiteral("mappa_screening_right"), QStringLiteral("visits_per_plan"),
        QStringLiteral("claims_verified"),       QStringLiteral("plan_current"),
    };
    return v;
}

} // namespace somdesk
