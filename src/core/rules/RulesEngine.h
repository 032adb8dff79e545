#pragma once

// The nineteen rules of rules.md, judged for one nominal on one day. A rule is a pure
// function of the case facts, the policy and asOf: nothing here reads a clock, so the same
// inputs always give the same alerts in the same order.

#include "core/Domain.h"
#include "core/rules/Alert.h"
#include "core/rules/ArmsPriorityQueue.h"
#include "core/rules/CaseState.h"
#include "core/rules/Directory.h"
#include "core/rules/Policy.h"
#include "core/rules/TriggerMatcher.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace somdesk {

class RulesEngine {
public:
    // Both are copied (cheaply: Qt containers share their data), so the engine may outlive
    // them. Policy values are read once here, not per nominal.
    RulesEngine(const Policy& policy, const Directory& directory);

    // The listed alerts of one nominal on asOf, in contract order, overridden ones removed.
    // precomputedMatches, when given, maps entry id → trigger phrases matched (by a
    // TriggerMatcher over the same phrases); an entry missing from it matched nothing.
    // When null, the entries' text is matched here.
    QList<Alert> evaluate(const Nominal& nominal, QDate asOf,
                          const QHash<QString, QStringList>* precomputedMatches = nullptr) const;

    static std::optional<RiskLevel> riskAt(const Nominal& nominal, QDate d) { return somdesk::riskAt(nominal, d); }

    // Every rule id, in catalogue order.
    static const QStringList& ruleIds();

    const TriggerMatcher& matcher() const { return m_matcher; }
    const Policy& policy() const { return m_policy; }

private:
    struct Numbers {
        int armsAfterReleaseDays = 0;
        int armsAfterRegistrationDays = 0;
        std::array<int, 4> armsReviewMonths{};
        int escalationReviewDays = 0;
        int oversightDays = 0;
        int mappaReferralDays = 0;
        int postSentenceScreeningDays = 0;
        int screeningBeforeReleaseMonths = 0;
        int screeningGraceMonths = 0;
        int acknowledgeDays = 0;
        int transferAcknowledgeDays = 0;
        std::array<int, 4> visitIntervalMonths{};
        int triggerReviewDays = 0;
        int reactiveMinLowYears = 0;
        int reactiveRecheckMonths = 0;
        int reactiveReviewDays = 0;
        int indefiniteRereviewYears = 0;
        int patternVisits = 0;
        int patternWindowMonths = 0;
        int patternReviewDays = 0;
        int curiosityVisits = 0;
        int curiosityReviewDays = 0;
        int planTriggerDays = 0;
        int warnDays = 0;
    };
    class Run;

    Policy m_policy;
    Directory m_directory;
    TriggerMatcher m_matcher;
    Numbers m_n;
};

} // namespace somdesk
