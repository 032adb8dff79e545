#include "RuleCatalogue.h"

#include <QtGlobal>

namespace somdesk {

const QList<RuleInfo>& RuleCatalogue::all()
{
    using A = ClearingAction;
    using S = RuleSeverity;
    static const QList<RuleInfo> kRules{
        {"arms.post_release", QT_TRANSLATE_NOOP("RuleCatalogue", "ARMS after release"), Role::Officer,
         A::ArmsAssessment, S::High},
        {"arms.new_registration", QT_TRANSLATE_NOOP("RuleCatalogue", "ARMS for a new registration"), Role::Officer,
         A::ArmsAssessment, S::High},
        {"arms.review", QT_TRANSLATE_NOOP("RuleCatalogue", "ARMS review"), Role::Officer, A::ArmsAssessment,
         S::Routine},
        {"risk.escalation_review", QT_TRANSLATE_NOOP("RuleCatalogue", "Risk re-evaluation by an inspector"),
         Role::Inspector, A::RiskReviewDecision, S::Critical},
        {"oversight.line_management", QT_TRANSLATE_NOOP("RuleCatalogue", "Line-management oversight"), Role::Sergeant,
         A::OversightEntry, S::Critical},
        {"mappa.level2_consideration", QT_TRANSLATE_NOOP("RuleCatalogue", "MAPPA level 2/3 consideration"),
         Role::Inspector, A::MappaReferralDecision, S::Critical},
        {"mappa.post_sentence_screening", QT_TRANSLATE_NOOP("RuleCatalogue", "MAPPA screening after sentence"),
         Role::Officer, A::MappaScreening, S::High},
        {"mappa.pre_release_screening", QT_TRANSLATE_NOOP("RuleCatalogue", "MAPPA screening before release"),
         Role::Officer, A::MappaScreening, S::High},
        {"entries.acknowledge", QT_TRANSLATE_NOOP("RuleCatalogue", "Acknowledge an entry"), Role::Officer,
         A::EntryAcknowledgement, S::Routine},
        {"case.transfer_acknowledge", QT_TRANSLATE_NOOP("RuleCatalogue", "Acknowledge a transfer"), Role::Officer,
         A::TransferAcknowledgement, S::Routine},
        {"visits.overdue", QT_TRANSLATE_NOOP("RuleCatalogue", "Home visit"), Role::Officer, A::HomeVisit, S::Routine},
        {"disclosure.trigger", QT_TRANSLATE_NOOP("RuleCatalogue", "Trigger phrase review"), Role::Sergeant,
         A::OversightEntry, S::Critical},
        {"management.reactive_eligible", QT_TRANSLATE_NOOP("RuleCatalogue", "Eligible for reactive management"),
         Role::Sergeant, A::ManagementDecision, S::Advisory},
        {"management.reactive_review", QT_TRANSLATE_NOOP("RuleCatalogue", "Reactive management review"), Role::Sergeant,
         A::ManagementDecision, S::High},
        {"notification.annual", QT_TRANSLATE_NOOP("RuleCatalogue", "Annual notification"), Role::Officer,
         A::Notification, S::Routine},
        {"notification.indefinite_review", QT_TRANSLATE_NOOP("RuleCatalogue", "Indefinite notification review"),
         Role::Inspector, A::IndefiniteReviewDecision, S::Advisory},
        {"visits.predictable", QT_TRANSLATE_NOOP("RuleCatalogue", "Predictable home visits"), Role::Officer,
         A::HomeVisit, S::High},
        {"visits.unverified", QT_TRANSLATE_NOOP("RuleCatalogue", "Home visits that verified nothing"), Role::Officer,
         A::HomeVisit, S::High},
        {"plan.escalation_trigger", QT_TRANSLATE_NOOP("RuleCatalogue", "Plan escalation trigger met"), Role::Inspector,
         A::MappaReferralDecision, S::Critical},
    };
    return kRules;
}

std::optional<RuleInfo> RuleCatalogue::find(const QString& id)
{
    for (const RuleInfo& r : all()) {
        if (id == QLatin1String(r.id)) {
            return r;
        }
    }
    return std::nullopt;
}

QString RuleCatalogue::title(const QString& id)
{
    const auto r = find(id);
    return r ? QString::fromUtf8(r->title) : id;
}

QString toString(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Critical:
        return QStringLiteral("critical");
    case RuleSeverity::High:
        return QStringLiteral("high");
    case RuleSeverity::Routine:
        return QStringLiteral("routine");
    case RuleSeverity::Advisory:
        return QStringLiteral("advisory");
    }
    return {};
}

} // namespace somdesk
