// The build order and the small helpers every step uses (time of day, custody on a day,
// owner and risk level on a day, visit interval in force).

#include "NominalBuilder.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

Nominal NominalBuilder::build(int number)
{
    m_n.ref = u"N"_s + QString::number(number).rightJustified(6, u'0');
    m_owner = m_dir.officers[m_sc.ownerIndex];
    if (m_sc.status != Status::Registered) {
        m_t -= m_rng.range(30, 1000); // the record stops when the person left the register
    }
    identity();
    registrationAndCustody();
    communityIntervals();
    transfers();
    lowRiskManagement();
    planConcerns();
    planArms();
    assignRisk();
    plans();
    managementDecisions();
    visits();
    notifications();
    screeningsAndReferrals();
    indefiniteReview();
    entries();
    visitChecksAndPlanTriggers();
    registerStatus();
    staticScores();
    return std::move(m_n);
}

// A moment strictly after `t`, at most maxDays calendar days later, in working hours.
qint64 NominalBuilder::later(qint64 t, int maxDays)
{
    qint64 d = m_rng.range(0, maxDays);
    if (d == 0) {
        const qint64 s = secondOf(t) + m_rng.range(300, 10800);
        if (s <= workEnd) {
            return stamp(dayOf(t), s);
        }
        d = 1;
    }
    return stamp(dayOf(t) + d, workTime());
}

// Skewed towards recent dates: most casework in a chronology is recent.
qint64 NominalBuilder::recentDay(qint64 from, qint64 to, double skew)
{
    if (to <= from) {
        return from;
    }
    // Powers from products and square roots only: IEEE rounds those exactly on every
    // platform, where std::pow may differ in the last bit between C libraries.
    const double r = m_rng.unit();
    const double u = skew >= 1.75  ? r * r
                     : skew >= 1.4 ? r * std::sqrt(r)
                     : skew >= 1.1 ? r * std::sqrt(std::sqrt(r))
                                   : r;
    return to - static_cast<qint64>(u * static_cast<double>(to - from));
}

bool NominalBuilder::inCustody(qint64 d) const
{
    for (const CustodyPeriod& c : m_n.custody) {
        if (jd(c.from) <= d && (!c.releasedOn || jd(*c.releasedOn) > d)) {
            return true;
        }
    }
    return false;
}

QString NominalBuilder::ownerAt(qint64 d) const
{
    QString who = m_owners.first().user;
    for (const OwnerSpan& span : m_owners) {
        if (span.from <= d) {
            who = span.user;
        }
    }
    return who;
}

QString NominalBuilder::colleagueOf(const QString& officer)
{
    const Team& team = m_dir.teams[m_dir.of(officer).team];
    if (team.officers.size() <= 1) {
        return team.sergeant;
    }
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QString& c = m_rng.pick(team.officers);
        if (c != officer) {
            return c;
        }
    }
    return team.sergeant;
}

RiskLevel NominalBuilder::levelAt(qint64 d) const
{
    RiskLevel level = m_n.riskHistory.isEmpty() ? m_n.riskLevel : m_n.riskHistory.first().level;
    for (const RiskHistoryItem& h : m_n.riskHistory) {
        if (jd(h.from) <= d) {
            level = h.level;
        }
    }
    return level;
}

int NominalBuilder::defaultIntervalDays(RiskLevel level)
{
    switch (level) {
    case RiskLevel::VeryHigh:
        return 30;
    case RiskLevel::High:
        return 91;
    case RiskLevel::Medium:
        return 182;
    case RiskLevel::Low:
        return 365;
    }
    return 365;
}

int NominalBuilder::intervalAt(qint64 d) const
{
    std::optional<int> days;
    for (const Plan& p : m_n.plans) {
        if (jd(p.from) <= d && p.visitIntervalDays) {
            days = p.visitIntervalDays;
        }
    }
    if (m_lowMode == LowMode::Reactive && m_reactiveSince && d >= *m_reactiveSince && !m_returnedActive) {
        return 365;
    }
    return days.value_or(defaultIntervalDays(levelAt(d)));
}

} // namespace somdesk::demo
