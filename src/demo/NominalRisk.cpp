// Risk over time: low-risk (reactive) management, concerns and their re-evaluations, ARMS
// dates and priorities, the risk history that follows from them, and the ARMS records.

#include "NominalBuilder.h"

#include "DemoText.h"
#include "DemoVocabulary.h"
#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

void NominalBuilder::lowRiskManagement()
{
    const bool candidate = m_sc.risk == RiskLevel::Low && m_inCommunityNow && m_f <= addYears(m_t, -3) - 60;
    if (!candidate) {
        return;
    }
    const qint64 communitySince = m_community.isEmpty() ? m_f : m_community.last().from;
    const bool reactivePossible = communitySince <= addYears(m_t, -3) - 60;
    const double u = m_rng.unit();
    if (m_sc.special == Special::ReactiveEligible) {
        m_lowMode = LowMode::Eligible;
    } else if (m_sc.special == Special::ReactiveReview) {
        m_lowMode = LowMode::Reactive;
    } else if (reactivePossible) {
        m_lowMode = u < 0.45   ? LowMode::Reactive
                    : u < 0.80 ? LowMode::StayActive
                    : u < 0.90 ? LowMode::Intelligence
                               : LowMode::Eligible;
    } else {
        m_lowMode = u < 0.7 ? LowMode::StayActive : LowMode::Intelligence;
    }
    m_quietFrom = addYears(m_t, -3) - 30;
    if (m_lowMode == LowMode::Reactive) {
        const qint64 earliest = addYears(communitySince, 3);
        const qint64 latest = m_t - 60;
        if (earliest > latest) {
            m_lowMode = LowMode::StayActive;
            return;
        }
        m_reactiveSince = recentDay(earliest, latest, 1.0);
        m_quietFrom = std::min(m_quietFrom, addYears(*m_reactiveSince, -3));
    }
}

void NominalBuilder::planConcerns()
{
    int k = 0;
    const double u = m_rng.unit();
    switch (m_sc.risk) {
    case RiskLevel::VeryHigh:
        k = m_rng.rangeInt(2, 5);
        break;
    case RiskLevel::High:
        k = m_rng.rangeInt(1, 3);
        break;
    case RiskLevel::Medium:
        k = u < 0.45 ? 0 : u < 0.8 ? 1 : 2;
        break;
    case RiskLevel::Low:
        k = u < 0.75 ? 0 : 1;
        break;
    }
    qint64 hi = m_t;
    if (m_lowMode != LowMode::None) {
        hi = m_quietFrom - 1;
    }
    const qint64 lo = m_f + 10;
    for (int i = 0; i < k && hi > lo; ++i) {
        ConcernPlan c;
        c.at = stampOn(recentDay(lo, hi, 1.6));
        m_concerns.append(c);
    }
    auto forced = [&](qint64 minAgo, qint64 maxAgo) {
        ConcernPlan c;
        c.at = stampOn(m_t - m_rng.range(minAgo, maxAgo));
        m_concerns.append(c);
        return &m_concerns.last();
    };
    ConcernPlan* special = nullptr;
    if (m_sc.special == Special::EscalationReview) {
        special = forced(1, 12);
        special->reviewState =
            m_rng.chance(0.5) ? ConcernPlan::ReviewState::Pending : ConcernPlan::ReviewState::Missing;
    } else if (m_sc.special == Special::Oversight) {
        special = forced(3, 25);
        special->oversight = false;
    } else if (m_sc.special == Special::Level2) {
        special = forced(8, 25);
        special->approved = true;
        special->level2Special = true;
    }
    for (ConcernPlan& c : m_concerns) {
        c.type = m_rng.chance(0.6) ? EntryType::Concern : EntryType::Disclosure;
        const qint64 d = dayOf(c.at);
        const QString owner = ownerAt(d);
        const double who = m_rng.unit();
        c.by = who < 0.6 ? owner : who < 0.85 ? colleagueOf(owner) : m_dir.sergeantOf(owner);
        if (&c == special) {
            if (m_sc.special == Special::Oversight) {
                c.approved = m_rng.chance(0.5);
            }
            continue;
        }
        const qint64 age = m_t - d;
        const double r = m_rng.unit();
        if (age <= 5) {
            c.reviewState = r < 0.35  ? ConcernPlan::ReviewState::Pending
                            : r < 0.5 ? ConcernPlan::ReviewState::Missing
                                      : ConcernPlan::ReviewState::Decided;
            c.oversight = age > 2 || m_rng.chance(0.55);
        } else {
            c.reviewState = r < 0.008   ? ConcernPlan::ReviewState::Pending
                            : r < 0.016 ? ConcernPlan::ReviewState::Missing
                                        : ConcernPlan::ReviewState::Decided;
            c.oversight = !m_rng.chance(0.012);
        }
        c.approved = m_rng.chance(0.55);
    }
    std::sort(m_concerns.begin(), m_concerns.end(),
              [](const ConcernPlan& a, const ConcernPlan& b) { return a.at < b.at; });
    // Review times; a decision that would fall after today is still pending.
    for (ConcernPlan& c : m_concerns) {
        if (c.reviewState == ConcernPlan::ReviewState::Missing) {
            continue;
        }
        const qint64 requested = later(c.at, 0);
        if (dayOf(requested) > m_t) {
            c.reviewState = ConcernPlan::ReviewState::Missing;
            continue;
        }
        c.requestedAt = requested;
        if (c.reviewState == ConcernPlan::ReviewState::Decided) {
            const qint64 decided = c.level2Special ? later(requested, 1) : later(requested, 2);
            if (dayOf(decided) > m_t) {
                c.reviewState = ConcernPlan::ReviewState::Pending;
            } else {
                c.decidedAt = decided;
            }
        }
    }
}

void NominalBuilder::planArms()
{
    const int months = armsMonths();
    for (qsizetype i = 0; i < m_community.size(); ++i) {
        const Interval iv = m_community[i];
        const bool current = iv.to == m_t && m_inCommunityNow;
        const bool atRelease = iv.from != m_f;
        if (!current && iv.to < addYears(m_t, -6)) {
            continue;
        }
        bool skip = false;
        if (current) {
            const qint64 age = m_t - iv.from;
            if (m_sc.special == Special::ArmsPostRelease || m_sc.special == Special::ArmsNewRegistration) {
                skip = true;
            } else if (atRelease || m_sc.newRegistration) {
                skip = m_rng.chance(age <= 42 ? 0.4 : age <= 365 ? 0.04 : 0.01);
            }
        }
        if (skip) {
            continue;
        }
        const qsizetype firstIndex = m_armsDates.size();
        const qint64 first = iv.from + m_rng.range(3, 40);
        if (first > iv.to) {
            continue;
        }
        m_armsDates.append(first);
        qint64 prev = first;
        const qint64 windowStart = addYears(m_t, -4) + m_rng.range(0, 60);
        if (windowStart > prev) {
            prev = windowStart;
            if (prev <= iv.to) {
                m_armsDates.append(prev);
            }
        }
        for (;;) {
            const qint64 next = addMonths(prev, months) - m_rng.range(0, 30);
            if (next > iv.to) {
                break;
            }
            m_armsDates.append(next);
            prev = next;
        }
        if (current && (m_sc.special == Special::ArmsReview || m_rng.chance(0.035))) {
            while (m_armsDates.size() - firstIndex > 1 && addMonths(m_armsDates.last(), months) >= m_t) {
                m_armsDates.removeLast();
            }
            if (m_sc.special == Special::ArmsReview && addMonths(m_armsDates.last(), months) >= m_t) {
                const qint64 overdue = addMonths(m_t, -months) - m_rng.range(1, 60);
                if (overdue > iv.from) {
                    m_armsDates.last() = overdue;
                }
            }
        }
    }
    std::sort(m_armsDates.begin(), m_armsDates.end());
    m_armsDates.erase(std::unique(m_armsDates.begin(), m_armsDates.end()), m_armsDates.end());
}

void NominalBuilder::assignRisk()
{
    QList<RiskEvent> events;
    for (qsizetype i = 0; i < m_armsDates.size(); ++i) {
        events.append({m_armsDates[i], false, static_cast<int>(i), false});
    }
    for (qsizetype i = 0; i < m_concerns.size(); ++i) {
        const ConcernPlan& c = m_concerns[i];
        if (c.reviewState == ConcernPlan::ReviewState::Decided && c.approved) {
            events.append({dayOf(*c.decidedAt), true, static_cast<int>(i), c.level2Special});
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const RiskEvent& a, const RiskEvent& b) { return a.on < b.on; });
    const bool allLow = m_lowMode != LowMode::None;
    qsizetype specialIndex = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].forceEscalating) {
            specialIndex = i;
        }
    }
    QList<RiskLevel> after(events.size());
    QList<RiskLevel> before(events.size());
    RiskLevel level = m_sc.risk;
    // Walk back from today's level; nothing after the level-2 special's approval changes it.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        after[i] = level;
        RiskLevel prior = level;
        if (allLow) {
            prior = RiskLevel::Low;
        } else if (i == specialIndex) {
            prior = stepRisk(level, -1);
        } else if (i < specialIndex || specialIndex < 0) {
            const double u = m_rng.unit();
            if (events[i].isReview) {
                prior = u < 0.5 ? stepRisk(level, -1) : level;
            } else {
                prior = u < 0.15 ? stepRisk(level, 1) : u < 0.3 ? stepRisk(level, -1) : level;
            }
        }
        before[i] = prior;
        level = prior;
    }
    m_n.riskHistory.append({day(m_f), level});
    m_armsPriority.resize(m_armsDates.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const RiskEvent& e = events[i];
        if (e.isReview) {
            ConcernPlan& c = m_concerns[e.index];
            c.proposed = after[i];
            c.escalating = after[i] > before[i];
        } else {
            m_armsPriority[e.index] = after[i];
        }
        if (after[i] != before[i]) {
            m_n.riskHistory.append({day(e.on), after[i]});
            m_riskChanges.append({e.on, e.isReview ? e.index : -1, before[i], after[i]});
        }
    }
    m_n.riskLevel = m_n.riskHistory.last().level;
    // Proposals that were not (or not yet) approved ask for one level more than held then.
    for (ConcernPlan& c : m_concerns) {
        if (!(c.reviewState == ConcernPlan::ReviewState::Decided && c.approved)) {
            const RiskLevel held = levelAt(dayOf(c.at));
            c.proposed = stepRisk(held, 1);
            c.escalating = c.proposed > held;
        }
    }
    buildArms();
}

void NominalBuilder::buildArms()
{
    for (qsizetype i = 0; i < m_armsDates.size(); ++i) {
        const qint64 d = m_armsDates[i];
        ArmsAssessment a;
        a.completedOn = day(d);
        a.by = ownerAt(d);
        const bool afterRelease = m_lastRelease && d - *m_lastRelease < 120 && d >= *m_lastRelease;
        a.leadAgency = afterRelease && m_rng.chance(0.4) ? LeadAgency::Probation : LeadAgency::Police;
        a.priority = m_armsPriority[i];
        const int severity = static_cast<int>(a.priority); // 0..3
        for (const QString& name : riskFactorNames()) {
            const double u = m_rng.unit();
            const double present = 0.08 + 0.2 * severity;
            const double partly = present + 0.3;
            FactorRating r;
            r.factor = name;
            r.rating = u < present  ? FactorRatingValue::Present
                       : u < partly ? FactorRatingValue::Partly
                                    : FactorRatingValue::Absent;
            r.note = m_rng.pick(DemoText::pool(r.rating == FactorRatingValue::Present  ? DemoPool::RiskNotePresent
                                               : r.rating == FactorRatingValue::Partly ? DemoPool::RiskNotePartly
                                                                                       : DemoPool::RiskNoteAbsent));
            a.riskFactors.append(r);
        }
        for (const QString& name : protectiveFactorNames()) {
            const double u = m_rng.unit();
            const double present = 0.65 - 0.15 * severity;
            FactorRating r;
            r.factor = name;
            r.rating = u < present          ? FactorRatingValue::Present
                       : u < present + 0.25 ? FactorRatingValue::Partly
                                            : FactorRatingValue::Absent;
            r.note =
                m_rng.pick(DemoText::pool(r.rating == FactorRatingValue::Present  ? DemoPool::ProtectiveNotePresent
                                          : r.rating == FactorRatingValue::Partly ? DemoPool::ProtectiveNotePartly
                                                                                  : DemoPool::ProtectiveNoteAbsent));
            a.protectiveFactors.append(r);
        }
        a.summary = u"Assessment completed with "_s +
                    (a.leadAgency == LeadAgency::Police ? u"police"_s : u"probation"_s) +
                    u" as lead agency. Priority for work: "_s + riskWords(a.priority) + u"; "_s +
                    m_rng.pick(DemoText::pool(DemoPool::ArmsFocus)) + u'.';
        m_n.arms.append(a);
    }
}

} // namespace somdesk::demo
