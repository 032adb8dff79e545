#pragma once

// One nominal's whole case history, built step by step from its scenario: identity,
// registration and custody, transfers, risk, ARMS, plans, decisions, visits, notifications,
// MAPPA, and the chronology that ties them together. The steps live in four files by subject
// (NominalCustody, NominalRisk, NominalCasework, NominalChronology); build() runs them in an
// order that must not change, because every step draws from the same random stream and the
// same seed must always give the same case.

#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "DemoRoster.h"
#include "DemoScenario.h"

#include "core/Domain.h"

#include <optional>

namespace somdesk::demo {

enum class LowMode { None, Reactive, StayActive, Intelligence, Eligible };

struct Draft {
    qint64 at = 0;
    QString by;
    EntryType type = EntryType::Note;
    QString text;
    int ref = -1;
    bool disagreement = false;
    bool noAck = false;
    std::optional<qint64> fixedAck; // transfer entries: acknowledged with the transfer
};

struct ReviewDraft {
    int entry = -1;
    Review review;
};

struct Interval {
    qint64 from = 0;
    qint64 to = 0;
};

struct OwnerSpan {
    qint64 from = 0;
    QString user;
};

struct RiskEvent {
    qint64 on = 0;
    bool isReview = false; // else an ARMS
    int index = -1;        // into arms or concerns
    bool forceEscalating = false;
};

struct ConcernPlan {
    qint64 at = 0;
    EntryType type = EntryType::Concern;
    QString by;
    int draft = -1;
    enum class ReviewState { Decided, Pending, Missing } reviewState = ReviewState::Decided;
    bool approved = false;
    bool oversight = true;
    bool level2Special = false;
    std::optional<qint64> requestedAt;
    std::optional<qint64> decidedAt;
    RiskLevel proposed = RiskLevel::Low;
    bool escalating = false;
};

class NominalBuilder {
public:
    NominalBuilder(const Roster& dir, const Scenario& sc, quint64 seed, qint64 today, int entryTarget)
        : m_dir(dir), m_sc(sc), m_rng(seed), m_visitRng(seed ^ 0x7157C0DEu), m_t(today), m_entryTarget(entryTarget)
    {
    }

    Nominal build(int number);

private:
    // --- small helpers ---
    qint64 workTime() { return m_rng.range(workStart, workEnd); }
    qint64 stampOn(qint64 d) { return stamp(d, workTime()); }

    qint64 later(qint64 t, int maxDays);
    qint64 recentDay(qint64 from, qint64 to, double skew = 1.8);
    bool inCustody(qint64 d) const;
    QString ownerAt(qint64 d) const;
    QString colleagueOf(const QString& officer);
    RiskLevel levelAt(qint64 d) const;
    static int defaultIntervalDays(RiskLevel level);
    int intervalAt(qint64 d) const;

    int armsMonths() const { return m_sc.risk == RiskLevel::High || m_sc.risk == RiskLevel::VeryHigh ? 6 : 12; }

    void addDraft(Draft d) { m_drafts.append(std::move(d)); }

    // --- steps ---
    void identity();
    static int periodMonths(NotificationPeriod p);
    qint64 sentenceDays();
    static NotificationPeriod periodForSentence(qint64 days);
    void addCustody(qint64 from, std::optional<qint64> expected, std::optional<qint64> released);
    std::optional<qint64> expectedFor(qint64 released);
    void registrationAndCustody();
    void communityIntervals();
    void transfers();
    void lowRiskManagement();
    void planConcerns();
    void planArms();
    void assignRisk();
    void buildArms();
    int planInterval(RiskLevel level);
    void plans();
    Visit makeVisit(qint64 d, VisitType type);
    void visits();
    void notifications();
    void screeningsAndReferrals();
    void managementDecisions();
    void indefiniteReview();
    QString noteText(bool female);
    QString staffLabel(const QString& username) const;
    void entries();
    void finishEntries();
    void registerStatus();
    void visitChecksAndPlanTriggers();
    void staticScores();

    struct RiskChange {
        qint64 on = 0;
        int concern = -1;
        RiskLevel from = RiskLevel::Low;
        RiskLevel to = RiskLevel::Low;
    };
    const Roster& m_dir;
    const Scenario& m_sc;
    DemoRandom m_rng;
    // Visit times and checks and plan trigger phrases draw from their own stream, so the
    // rest of a case is the same as before they existed.
    DemoRandom m_visitRng;
    qint64 m_t;
    int m_entryTarget;
    Nominal m_n;
    QString m_owner;
    qint64 m_f = 0;
    QList<Interval> m_community;
    std::optional<qint64> m_lastRelease;
    bool m_inCommunityNow = true;
    QList<OwnerSpan> m_owners;
    std::optional<qint64> m_lastTransferDay;
    LowMode m_lowMode = LowMode::None;
    qint64 m_quietFrom = 0;
    std::optional<qint64> m_reactiveSince;
    bool m_returnedActive = false;
    std::optional<qint64> m_intelligenceOn;
    QList<ConcernPlan> m_concerns;
    QList<qint64> m_armsDates;
    QList<RiskLevel> m_armsPriority;
    QList<RiskChange> m_riskChanges;
    std::optional<qint64> m_referredOn;
    bool m_discharged = false;
    QList<Draft> m_drafts;
    QList<ReviewDraft> m_reviews;
};

} // namespace somdesk::demo
