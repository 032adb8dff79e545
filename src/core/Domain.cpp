#include "Domain.h"

#include <array>
#include <utility>

namespace somdesk {

namespace {

template <typename E> struct Names;

#define SOMDESK_NAMES(E, ...)                                                                                          \
    template <> struct Names<E> {                                                                                      \
        static const QList<std::pair<E, const char*>>& table()                                                         \
        {                                                                                                              \
            static const QList<std::pair<E, const char*>> t{__VA_ARGS__};                                              \
            return t;                                                                                                  \
        }                                                                                                              \
    };

SOMDESK_NAMES(Role, {Role::Officer, "officer"}, {Role::Sergeant, "sergeant"}, {Role::Inspector, "inspector"},
              {Role::Admin, "admin"})
SOMDESK_NAMES(RiskLevel, {RiskLevel::Low, "low"}, {RiskLevel::Medium, "medium"}, {RiskLevel::High, "high"},
              {RiskLevel::VeryHigh, "very_high"})
SOMDESK_NAMES(RegisterStatus, {RegisterStatus::Registered, "registered"}, {RegisterStatus::Removed, "removed"},
              {RegisterStatus::Deceased, "deceased"})
SOMDESK_NAMES(ManagementMode, {ManagementMode::Active, "active"}, {ManagementMode::Reactive, "reactive"})
SOMDESK_NAMES(NotificationPeriod, {NotificationPeriod::Indefinite, "indefinite"}, {NotificationPeriod::Years10, "10y"},
              {NotificationPeriod::Years7, "7y"}, {NotificationPeriod::Years5, "5y"},
              {NotificationPeriod::Years2, "2y"})
SOMDESK_NAMES(LeadAgency, {LeadAgency::Police, "police"}, {LeadAgency::Probation, "probation"})
SOMDESK_NAMES(FactorRatingValue, {FactorRatingValue::Absent, "absent"}, {FactorRatingValue::Partly, "partly"},
              {FactorRatingValue::Present, "present"})
SOMDESK_NAMES(VisitType, {VisitType::Home, "home"}, {VisitType::Office, "office"}, {VisitType::Other, "other"})
SOMDESK_NAMES(EntryType, {EntryType::Note, "note"}, {EntryType::Intelligence, "intelligence"},
              {EntryType::Concern, "concern"}, {EntryType::Disclosure, "disclosure"},
              {EntryType::Oversight, "oversight"}, {EntryType::Transfer, "transfer"}, {EntryType::System, "system"})
SOMDESK_NAMES(ReviewDecision, {ReviewDecision::Approved, "approved"}, {ReviewDecision::Rejected, "rejected"},
              {ReviewDecision::Pending, "pending"})
SOMDESK_NAMES(ManagementDecisionKind, {ManagementDecisionKind::StayActive, "stay_active"},
              {ManagementDecisionKind::MoveReactive, "move_reactive"},
              {ManagementDecisionKind::StayReactive, "stay_reactive"},
              {ManagementDecisionKind::ReturnActive, "return_active"})
SOMDESK_NAMES(NotificationKind, {NotificationKind::Initial, "initial"}, {NotificationKind::Annual, "annual"},
              {NotificationKind::Change, "change"}, {NotificationKind::Detail, "detail"},
              {NotificationKind::Travel, "travel"}, {NotificationKind::Weekly, "weekly"})
SOMDESK_NAMES(IndefiniteOutcome, {IndefiniteOutcome::Continue, "continue"}, {IndefiniteOutcome::Discharge, "discharge"})
SOMDESK_NAMES(DipFinding, {DipFinding::Compliant, "compliant"}, {DipFinding::NotCompliant, "not_compliant"},
              {DipFinding::NotApplicable, "not_applicable"})

#undef SOMDESK_NAMES

template <typename E> QString nameOf(E v)
{
    for (const auto& [value, name] : Names<E>::table()) {
        if (value == v) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

} // namespace

template <typename E> std::optional<E> enumFromString(const QString& text)
{
    for (const auto& [value, name] : Names<E>::table()) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename E> QList<E> allValues()
{
    QList<E> out;
    for (const auto& entry : Names<E>::table()) {
        out.append(entry.first);
    }
    return out;
}

#define SOMDESK_INSTANTIATE(E)                                                                                         \
    QString toString(E v)                                                                                              \
    {                                                                                                                  \
        return nameOf(v);                                                                                              \
    }                                                                                                                  \
    template std::optional<E> enumFromString<E>(const QString&);                                                       \
    template QList<E> allValues<E>();

SOMDESK_INSTANTIATE(Role)
SOMDESK_INSTANTIATE(RiskLevel)
SOMDESK_INSTANTIATE(RegisterStatus)
SOMDESK_INSTANTIATE(ManagementMode)
SOMDESK_INSTANTIATE(NotificationPeriod)
SOMDESK_INSTANTIATE(LeadAgency)
SOMDESK_INSTANTIATE(FactorRatingValue)
SOMDESK_INSTANTIATE(VisitType)
SOMDESK_INSTANTIATE(EntryType)
SOMDESK_INSTANTIATE(ReviewDecision)
SOMDESK_INSTANTIATE(ManagementDecisionKind)
SOMDESK_INSTANTIATE(NotificationKind)
SOMDESK_INSTANTIATE(IndefiniteOutcome)
SOMDESK_INSTANTIATE(DipFinding)

#undef SOMDESK_INSTANTIATE

} // namespace somdesk
