// Static risk scores: most people have an OSP/DC+OSP/IIC score recorded by their officer a few
// weeks after registration or release, and some also an RM2000/S category entered from an
// earlier probation report. Drawn from the visit stream after its last use, so the rest of a
// case is the same as before scores existed.

#include "NominalBuilder.h"

#include "DemoCalendar.h"
#include "core/scores/OspCalculator.h"

#include <QTime>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

void NominalBuilder::staticScores()
{
    DemoRandom& rng = m_visitRng;
    if (!rng.chance(0.75)) {
        return;
    }
    const qint64 born = jd(m_n.dateOfBirth);
    const qint64 start = m_lastRelease && *m_lastRelease < m_t ? *m_lastRelease : m_f;
    const qint64 assessed = std::min(m_t, start + rng.range(14, 70));
    const qint64 lastSexual = std::max(born + 17 * 365, m_f - rng.range(30, 900));
    OspInput in;
    in.sex = OspSex::Male;
    in.sexualOffenceHistory = true;
    in.dateOfBirth = m_n.dateOfBirth;
    in.assessmentDate = day(assessed);
    in.followUpStart = day(start);
    in.contactAdultSanctions = rng.rangeInt(0, 2);
    in.contactChildSanctions = rng.rangeInt(0, 3);
    in.imageIndirectSanctions = rng.rangeInt(0, 3);
    in.nonContactSanctions = rng.rangeInt(0, 2);
    if (*in.contactAdultSanctions + *in.contactChildSanctions + *in.imageIndirectSanctions + *in.nonContactSanctions ==
        0) {
        in.imageIndirectSanctions = 1;
    }
    in.totalSanctions = *in.contactAdultSanctions + *in.contactChildSanctions + *in.imageIndirectSanctions +
                        *in.nonContactSanctions + rng.rangeInt(0, 6);
    in.lastSexualOffenceDate = day(lastSexual);
    in.mostRecentOffenceDate = day(lastSexual + rng.range(0, 200) * (rng.chance(0.3) ? 1 : 0));
    if (rng.chance(0.7)) {
        in.strangerVictim = rng.chance(0.3);
    }
    in.supervision = m_inCommunityNow || start < assessed ? OspSupervision::Community : OspSupervision::Custody;
    if (!OspCalculator::compute(in).ok() || *in.mostRecentOffenceDate > day(assessed) || lastSexual >= assessed) {
        return;
    }
    const QDateTime recorded(day(assessed), QTime(9, 0).addSecs(rng.range(0, 8 * 3600)), Qt::UTC);
    if (rng.chance(0.2) && m_f - 200 > lastSexual) {
        StaticScore entered;
        entered.tool = u"RM2000/S"_s;
        entered.version = u"2007"_s;
        entered.assessedOn = day(m_f - rng.range(20, 120));
        entered.by = ownerAt(m_f);
        entered.recordedAt = QDateTime(day(m_f), QTime(11, 0), Qt::UTC);
        entered.category = rng.pick(QList<QString>{u"Low"_s, u"Medium"_s, u"High"_s, u"Very high"_s});
        entered.source = u"Pre-sentence report (fictitious demo source)"_s;
        if (entered.assessedOn > m_n.dateOfBirth) {
            m_n.staticScores.append(entered);
        }
    }
    StaticScore s;
    s.tool = OspCalculator::toolName();
    s.version = OspCalculator::version();
    s.assessedOn = day(assessed);
    s.by = ownerAt(assessed);
    s.recordedAt = recorded;
    s.inputs = in;
    m_n.staticScores.append(s);
}

} // namespace somdesk::demo
