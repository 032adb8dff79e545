// The casework records: risk management plans, visits, notifications, MAPPA screenings and
// referrals, management decisions, indefinite-notification reviews, and the visit times,
// checks and plan trigger phrases.

#include "NominalBuilder.h"

#include "DemoText.h"
#include "DemoVocabulary.h"
#include <QSet>
#include <QTime>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

int NominalBuilder::planInterval(RiskLevel level)
{
    switch (level) {
    case RiskLevel::VeryHigh:
        return 28;
    case RiskLevel::High:
        return std::array{56, 84, 91}[static_cast<size_t>(m_rng.below(3))];
    case RiskLevel::Medium:
        return std::array{91, 126, 182}[static_cast<size_t>(m_rng.below(3))];
    case RiskLevel::Low:
        return std::array{182, 273, 365}[static_cast<size_t>(m_rng.below(3))];
    }
    return 365;
}

void NominalBuilder::plans()
{
    QList<qint64> starts{m_f};
    for (const Interval& iv : m_community) {
        if (iv.from != m_f) {
            starts.append(iv.from);
        }
    }
    for (const RiskHistoryItem& h : m_n.riskHistory) {
        starts.append(jd(h.from));
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (const qint64 s : starts) {
        Plan p;
        p.from = day(s);
        const RiskLevel level = levelAt(s);
        if (!m_rng.chance(0.08)) {
            p.visitIntervalDays = planInterval(level);
        }
        p.escalationTriggers = m_rng.pick(DemoText::pool(DemoPool::PlanTriggers));
        p.summary = u"Risk "_s + riskWords(level) + u". "_s + m_rng.pick(DemoText::pool(DemoPool::PlanSummary));
        m_n.plans.append(p);
    }
}

Visit NominalBuilder::makeVisit(qint64 d, VisitType type)
{
    Visit v;
    v.date = day(d);
    v.by = ownerAt(d);
    v.type = type;
    const bool f = m_sc.female;
    if (type == VisitType::Home) {
        v.announced = m_rng.chance(0.55);
        v.outcome = m_rng.pick(DemoText::pool(DemoPool::OutcomeHome, f));
        QString verified = m_rng.pick(DemoText::pool(DemoPool::VerifiedHome, f));
        if (m_rng.chance(0.4)) {
            verified += u' ' + m_rng.pick(DemoText::pool(DemoPool::VerifiedHome, f));
        }
        v.verified = verified;
    } else {
        v.announced = true;
        v.outcome =
            m_rng.pick(DemoText::pool(type == VisitType::Office ? DemoPool::OutcomeOffice : DemoPool::OutcomeOther, f));
        v.verified = m_rng.pick(DemoText::pool(DemoPool::VerifiedOther, f));
    }
    return v;
}

void NominalBuilder::visits()
{
    const qint64 windowStart = addYears(m_t, -3);
    for (const Interval& iv : m_community) {
        if (iv.to < windowStart) {
            continue;
        }
        const bool current = iv.to == m_t && m_inCommunityNow;
        QList<qint64> home;
        qint64 v = iv.from >= windowStart ? iv.from + m_rng.range(1, 14)
                                          : windowStart + m_rng.range(0, intervalAt(windowStart));
        while (v <= iv.to) {
            home.append(v);
            const int interval = intervalAt(v);
            v += std::max<qint64>(7, static_cast<qint64>(interval * (0.55 + 0.4 * m_rng.unit())));
        }
        const bool activeNow = !(m_lowMode == LowMode::Reactive && !m_returnedActive);
        if (current && activeNow && (m_sc.special == Special::VisitsOverdue || m_rng.chance(0.04))) {
            const int interval = intervalAt(m_t);
            while (!home.isEmpty() && home.last() + interval >= m_t) {
                home.removeLast();
            }
        }
        for (qsizetype i = 0; i < home.size(); ++i) {
            m_n.visits.append(makeVisit(home[i], VisitType::Home));
            const qint64 next = i + 1 < home.size() ? home[i + 1] : iv.to;
            if (next - home[i] > 6 && m_rng.chance(0.25)) {
                const qint64 d = home[i] + m_rng.range(1, next - home[i] - 1);
                m_n.visits.append(makeVisit(d, m_rng.chance(0.6) ? VisitType::Office : VisitType::Other));
            }
        }
    }
    std::stable_sort(m_n.visits.begin(), m_n.visits.end(),
                     [](const Visit& a, const Visit& b) { return a.date < b.date; });
}

void NominalBuilder::notifications()
{
    QList<Notification> out;
    auto add = [&](qint64 d, NotificationKind kind) { out.append(Notification{day(d), kind}); };
    auto communityDay = [&](qint64 d) { return d >= m_f && d <= m_t && !inCustody(d); };
    add(m_f, NotificationKind::Initial);

    QList<qint64> changes;
    const int changeCount = static_cast<int>(m_rng.below(1 + (m_t - m_f) / (4 * 365)));
    for (int i = 0; i < changeCount; ++i) {
        const qint64 d = m_rng.range(m_f + 30, m_t);
        if (communityDay(d)) {
            changes.append(d);
        }
    }
    std::sort(changes.begin(), changes.end());

    const bool communityNow = m_inCommunityNow;
    const bool forceOverdue = m_sc.special == Special::AnnualNotification;
    const bool randomOverdue = communityNow && m_rng.chance(0.03);
    qint64 last = m_f;
    qsizetype nextChange = 0;
    for (int guard = 0; guard < 200; ++guard) {
        const qint64 due = addMonths(last, 12);
        while (nextChange < changes.size() && changes[nextChange] <= last) {
            ++nextChange;
        }
        if (nextChange < changes.size() && changes[nextChange] < due - 20) {
            add(changes[nextChange], NotificationKind::Change);
            last = changes[nextChange];
            continue;
        }
        qint64 when = due - m_rng.range(0, 20);
        if (when <= last) {
            when = last + 1;
        }
        if (inCustody(due) || inCustody(when)) {
            std::optional<qint64> release;
            for (const CustodyPeriod& c : m_n.custody) {
                if (jd(c.from) <= std::max(due, when) && c.releasedOn && jd(*c.releasedOn) > when) {
                    release = jd(*c.releasedOn);
                }
            }
            if (!release || *release + 3 > m_t) {
                break;
            }
            when = *release + m_rng.range(1, 3);
            add(when, NotificationKind::Annual);
            last = when;
            continue;
        }
        if (when > m_t) {
            break;
        }
        if (due <= m_t && due > m_t - (forceOverdue ? 365 : 150) && (forceOverdue || randomOverdue)) {
            break; // missed: the annual notification is overdue
        }
        add(when, NotificationKind::Annual);
        last = when;
    }
    // Other notified details, travel, and weekly for no fixed abode (none restart the year).
    for (int i = 0, n = static_cast<int>(m_rng.below(3)); i < n; ++i) {
        const qint64 d = m_rng.range(m_f + 1, m_t);
        if (communityDay(d)) {
            add(d, NotificationKind::Detail);
        }
    }
    for (int i = 0, n = static_cast<int>(m_rng.below(3)); i < n; ++i) {
        const qint64 d = recentDay(m_f + 1, m_t);
        if (communityDay(d)) {
            add(d, NotificationKind::Travel);
        }
    }
    if (m_sc.noFixedAbode && communityNow) {
        const qint64 weeks = m_rng.range(4, 12);
        const qint64 start = m_community.last().from;
        for (qint64 w = weeks; w >= 1; --w) {
            const qint64 d = m_t - 7 * w + m_rng.range(1, 3);
            if (d > start && d <= m_t) {
                add(d, NotificationKind::Weekly);
            }
        }
    }
    // One notification per day (the first recorded wins), in export order.
    std::stable_sort(out.begin(), out.end(),
                     [](const Notification& a, const Notification& b) { return a.date < b.date; });
    for (const Notification& n : out) {
        if (m_n.notifications.isEmpty() || m_n.notifications.last().date != n.date) {
            m_n.notifications.append(n);
        }
    }
}

void NominalBuilder::screeningsAndReferrals()
{
    QList<Screening> out;
    auto add = [&](qint64 d, const QString& why) {
        Screening s;
        s.date = day(d);
        s.level = m_referredOn && d >= *m_referredOn ? m_sc.mappaLevel : 1;
        s.rationale = why;
        out.append(s);
    };

    // Referral decisions after approved escalations (and the one that set level 2/3).
    qsizetype lastEscalation = -1;
    for (qsizetype i = 0; i < m_concerns.size(); ++i) {
        const ConcernPlan& c = m_concerns[i];
        if (c.reviewState == ConcernPlan::ReviewState::Decided && c.approved &&
            (c.escalating || c.proposed >= RiskLevel::High)) {
            lastEscalation = i;
        }
    }
    for (qsizetype i = 0; i < m_concerns.size(); ++i) {
        const ConcernPlan& c = m_concerns[i];
        if (!(c.reviewState == ConcernPlan::ReviewState::Decided && c.approved &&
              (c.escalating || c.proposed >= RiskLevel::High))) {
            continue;
        }
        const qint64 p = dayOf(*c.decidedAt);
        if (c.level2Special) {
            continue; // left for the inspector: mappa.level2_consideration
        }
        const qint64 decided = p + m_rng.range(0, 4);
        if (decided > m_t || (m_t - p <= 10 && m_rng.chance(0.3))) {
            continue;
        }
        MappaReferral r;
        r.decidedOn = day(decided);
        r.by = m_dir.inspectorOf(ownerAt(p));
        if (i == lastEscalation && m_sc.mappaLevel >= 2) {
            r.referred = true;
            r.level = m_sc.mappaLevel;
            r.reason = m_rng.pick(DemoText::pool(DemoPool::ReferralReferred));
            m_referredOn = decided;
        } else {
            r.referred = false;
            r.reason = m_rng.pick(DemoText::pool(DemoPool::ReferralNotReferred));
        }
        m_n.mappaReferrals.append(r);
    }
    if (m_sc.mappaLevel >= 2 && !m_referredOn) {
        MappaReferral r;
        const qint64 d = m_armsDates.isEmpty() ? m_f + m_rng.range(5, 40) : m_armsDates.last() + m_rng.range(1, 14);
        r.decidedOn = day(std::min(d, m_t));
        r.by = m_dir.inspectorOf(ownerAt(std::min(d, m_t)));
        r.referred = true;
        r.level = m_sc.mappaLevel;
        r.reason = m_rng.pick(DemoText::pool(DemoPool::ReferralReferred));
        m_referredOn = jd(r.decidedOn);
        m_n.mappaReferrals.append(r);
    }
    std::stable_sort(m_n.mappaReferrals.begin(), m_n.mappaReferrals.end(),
                     [](const MappaReferral& a, const MappaReferral& b) { return a.decidedOn < b.decidedOn; });

    if (!inCustody(m_f)) {
        const qint64 d = m_f + m_rng.range(1, 25);
        if (d <= m_t) {
            add(d, u"Screened on registration."_s);
        }
    }
    for (const CustodyPeriod& c : m_n.custody) {
        const qint64 from = jd(c.from);
        const bool current = !c.releasedOn;
        const qint64 post = from + m_rng.range(3, 27);
        bool missPost = false;
        if (current) {
            missPost = m_sc.special == Special::PostSentence || m_rng.chance(m_t - from <= 60 ? 0.15 : 0.015);
        }
        if (!missPost && post <= m_t && (!c.releasedOn || post < jd(*c.releasedOn))) {
            add(post, u"Screened after sentence."_s);
        }
        if (c.expectedRelease) {
            const qint64 x = jd(*c.expectedRelease);
            const qint64 windowStart = addMonths(x, -7);
            const qint64 windowEnd = addMonths(x, -6);
            qint64 d = m_rng.range(windowStart, windowEnd);
            if (d <= from) {
                d = from + m_rng.range(1, 14);
            }
            bool miss = false;
            if (current) {
                miss = m_sc.special == Special::PreRelease || m_rng.chance(0.08);
            }
            if (!miss && d <= m_t && (!c.releasedOn || d < jd(*c.releasedOn)) && d > post) {
                add(d, u"Reviewed six months before release."_s);
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Screening& a, const Screening& b) { return a.date < b.date; });
    m_n.screenings = out;
}

void NominalBuilder::managementDecisions()
{
    auto decide = [&](qint64 d, ManagementDecisionKind kind, DemoPool why) {
        ManagementDecision md;
        md.on = day(d);
        md.by = m_dir.sergeantOf(ownerAt(d));
        md.decision = kind;
        md.reason = m_rng.pick(DemoText::pool(why));
        m_n.managementDecisions.append(md);
    };
    switch (m_lowMode) {
    case LowMode::None:
    case LowMode::Eligible:
        break;
    case LowMode::Intelligence:
        m_intelligenceOn = m_rng.range(addYears(m_t, -3) + 30, m_t - 30);
        break;
    case LowMode::StayActive:
        if (m_rng.chance(0.4)) {
            decide(addYears(m_t, -1) - m_rng.range(1, 200), ManagementDecisionKind::StayActive, DemoPool::StayActive);
        }
        decide(m_t - m_rng.range(10, 340), ManagementDecisionKind::StayActive, DemoPool::StayActive);
        break;
    case LowMode::Reactive: {
        const qint64 move = *m_reactiveSince;
        decide(move, ManagementDecisionKind::MoveReactive, DemoPool::MoveReactive);
        m_n.management = ManagementMode::Reactive;
        m_n.managementSince = day(move);
        bool incident = m_sc.special == Special::ReactiveReview || m_rng.chance(0.12);
        bool reviewed = m_sc.special != Special::ReactiveReview && m_rng.chance(0.7);
        qint64 incidentOn = 0;
        if (incident) {
            incidentOn =
                m_sc.special == Special::ReactiveReview ? m_t - m_rng.range(1, 30) : m_rng.range(move + 1, m_t);
            if (incidentOn <= move) {
                incident = false;
            }
        }
        const qint64 reviewsUntil = incident ? incidentOn - 1 : m_t;
        for (qint64 d = addYears(move, 1); d <= reviewsUntil; d = addYears(d, 1)) {
            if (m_rng.chance(0.7)) {
                decide(d - m_rng.range(0, 20), ManagementDecisionKind::StayReactive, DemoPool::StayReactive);
            }
        }
        if (incident) {
            m_intelligenceOn = incidentOn;
            const qint64 decision = incidentOn + m_rng.range(1, 7);
            if (reviewed && decision <= m_t) {
                if (m_rng.chance(0.25)) {
                    decide(decision, ManagementDecisionKind::ReturnActive, DemoPool::ReturnActive);
                    m_n.management = ManagementMode::Active;
                    m_n.managementSince = day(decision);
                    m_returnedActive = true;
                } else {
                    decide(decision, ManagementDecisionKind::StayReactive, DemoPool::StayReactive);
                }
            }
        }
        break;
    }
    }
    std::stable_sort(m_n.managementDecisions.begin(), m_n.managementDecisions.end(),
                     [](const ManagementDecision& a, const ManagementDecision& b) { return a.on < b.on; });
}

void NominalBuilder::indefiniteReview()
{
    if (m_n.registration.period != NotificationPeriod::Indefinite) {
        return;
    }
    const bool young = m_n.registration.under18AtNotification.value_or(false);
    const qint64 eligible = addYears(m_f, young ? 8 : 15);
    if (eligible > m_t) {
        return;
    }
    // The area inspector decides, with a reason from the outcome's own pool.
    const auto decide = [this](qint64 on, IndefiniteOutcome outcome, DemoPool reasons) {
        IndefiniteReviewDecision d;
        d.on = day(on);
        d.by = m_dir.inspectorOf(ownerAt(on));
        d.outcome = outcome;
        d.reason = m_rng.pick(DemoText::pool(reasons));
        m_n.indefiniteReviewDecisions.append(d);
    };
    if (m_sc.status == Status::Discharged) {
        decide(m_t, IndefiniteOutcome::Discharge, DemoPool::IndefiniteDischarge);
        m_discharged = true;
        return;
    }
    if (m_sc.special == Special::IndefiniteReview || !m_rng.chance(0.65)) {
        return;
    }
    const qint64 on = m_rng.range(std::max(eligible, addYears(m_t, -8) + 30), m_t - 1);
    decide(on, IndefiniteOutcome::Continue, DemoPool::IndefiniteContinue);
}

// Visit times and checks, plan trigger phrases, and the cases of visits.predictable,
// visits.unverified and plan.escalation_trigger (rules.md).
void NominalBuilder::visitChecksAndPlanTriggers()
{
    const QStringList& checks = visitCheckNames();
    // Phrases no demo text contains, so only the planted case meets its plan's trigger.
    static const QStringList quietPhrases{u"contact with the victim's family"_s, u"stops taking medication"_s,
                                          u"moves without notice"_s, u"new online alias"_s};
    QList<Visit*> home;
    for (Visit& v : m_n.visits) {
        const int minutes = m_visitRng.rangeInt(9 * 12, 20 * 12) * 5; // 09:00 to 20:00
        v.time = QTime(minutes / 60, minutes % 60);
        if (v.type != VisitType::Home) {
            continue;
        }
        home.append(&v);
        QStringList picked;
        for (const QString& c : checks) {
            if (m_visitRng.chance(c == u"address"_s ? 0.9 : 0.3)) {
                picked.append(c);
            }
        }
        v.checks = picked;
    }
    const bool planted = m_sc.special == Special::VisitsPredictable;
    if (!planted && home.size() >= 4 &&
        std::all_of(home.end() - 4, home.end(), [](const Visit* v) { return v->announced.value_or(false); })) {
        home.last()->announced = false; // most officers vary their visits
    }
    if (planted && home.size() >= 4) {
        // Four announced evening visits four weeks apart: the same weekday, all announced.
        // The latest five weeks ago, so the alert is open on the demo's day.
        const QDate last = std::min(home.last()->date, day(m_t).addDays(-35));
        QSet<const Visit*> four;
        for (qsizetype k = 0; k < 4; ++k) {
            Visit* v = home[home.size() - 1 - k];
            v->date = last.addDays(-28 * k);
            v->announced = true;
            v->time = QTime(18, 30);
            four.insert(v);
        }
        QList<Visit> kept;
        for (const Visit& v : m_n.visits) {
            if (four.contains(&v) || v.type != VisitType::Home || v.date < last.addDays(-28 * 3)) {
                kept.append(v);
            }
        }
        std::stable_sort(kept.begin(), kept.end(), [](const Visit& a, const Visit& b) { return a.date < b.date; });
        m_n.visits = kept;
        home.clear();
    }
    if (m_sc.special == Special::VisitsUnverified) {
        for (qsizetype i = std::max<qsizetype>(0, home.size() - 3); i < home.size(); ++i) {
            home[i]->checks.clear();
            home[i]->verified.reset();
        }
    }
    for (Plan& p : m_n.plans) {
        if (m_visitRng.chance(0.3)) {
            p.triggerPhrases = {m_visitRng.pick(quietPhrases)};
        }
    }
    if (m_sc.special == Special::PlanTrigger && !m_n.plans.isEmpty() && m_inCommunityNow) {
        const QString phrase = m_sc.female ? u"lost her job"_s : u"lost his job"_s;
        m_n.plans.last().triggerPhrases = {phrase, u"new partner with children"_s};
        Entry e;
        e.id = u"E"_s + QString::number(m_n.entries.size() + 1);
        qint64 at = stamp(m_t - 2, workStart + 3600);
        if (!m_n.entries.isEmpty()) {
            at = std::max(at, m_n.entries.last().at.toSecsSinceEpoch() + 1);
        }
        e.at = utc(at);
        e.by = m_owner;
        e.type = EntryType::Note;
        e.text = (m_sc.female ? u"Phone call: she says she has "_s : u"Phone call: he says he has "_s) + phrase +
                 u" at Fictional Foods this week."_s;
        m_n.entries.append(e);
    }
}

} // namespace somdesk::demo
