// Who the person is, when they were registered, their custody periods and releases, the
// stretches in the community, and transfers between officers.

#include "NominalBuilder.h"

#include "DemoText.h"
#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

void NominalBuilder::identity()
{
    const bool f = m_sc.female;
    m_n.familyName = m_rng.pick(DemoText::pool(DemoPool::NominalFamily));
    const QStringList& given = DemoText::pool(f ? DemoPool::FemaleGiven : DemoPool::MaleGiven);
    m_n.givenNames = m_rng.pick(given);
    if (m_rng.chance(0.6)) {
        m_n.givenNames += u' ' + m_rng.pick(given);
    }
    if (m_rng.chance(0.25)) {
        m_n.aliases.append(m_n.givenNames.left(1) + u". "_s + m_rng.pick(DemoText::pool(DemoPool::NominalFamily)));
        if (m_rng.chance(0.3)) {
            m_n.aliases.append(m_rng.pick(given) + u' ' + m_n.familyName);
        }
    }
    const Staff& owner = m_dir.of(m_owner);
    m_n.area = m_dir.areas[owner.area].name;
    m_n.owner = m_owner;
    const QString town = DemoText::town(owner.area, static_cast<int>(m_rng.below(2)));
    if (m_sc.noFixedAbode) {
        m_n.address = u"No fixed abode ("_s + town + u" area)"_s;
    } else {
        const QString flat = m_rng.chance(0.2) ? u"Flat %1, "_s.arg(m_rng.range(1, 24)) : QString();
        m_n.address = flat + QString::number(m_rng.range(1, 180)) + u' ' +
                      m_rng.pick(DemoText::pool(DemoPool::Streets)) + u", "_s + town;
    }
    m_n.mappaCategory = m_sc.mappaCategory;
    m_n.mappaLevel = m_sc.mappaLevel;
    m_n.riskLevel = m_sc.risk;
}

int NominalBuilder::periodMonths(NotificationPeriod p)
{
    switch (p) {
    case NotificationPeriod::Indefinite:
        return -1;
    case NotificationPeriod::Years10:
        return 120;
    case NotificationPeriod::Years7:
        return 84;
    case NotificationPeriod::Years5:
        return 60;
    case NotificationPeriod::Years2:
        return 24;
    }
    return -1;
}

qint64 NominalBuilder::sentenceDays()
{
    const double u = m_rng.unit();
    if (u < 0.15) {
        return m_rng.range(60, 180);
    }
    if (u < 0.5) {
        return m_rng.range(183, 910);
    }
    return m_rng.range(913, 3650);
}

NotificationPeriod NominalBuilder::periodForSentence(qint64 days)
{
    return days >= 913   ? NotificationPeriod::Indefinite
           : days >= 183 ? NotificationPeriod::Years10
                         : NotificationPeriod::Years7;
}

void NominalBuilder::addCustody(qint64 from, std::optional<qint64> expected, std::optional<qint64> released)
{
    CustodyPeriod c;
    c.from = day(from);
    if (expected) {
        c.expectedRelease = day(*expected);
    }
    if (released) {
        c.releasedOn = day(*released);
    }
    m_n.custody.append(c);
}

// Expected release of a period that has ended: usually the release day, sometimes later
// (early release on a curfew) and so possibly after today.
std::optional<qint64> NominalBuilder::expectedFor(qint64 released)
{
    const double u = m_rng.unit();
    if (u < 0.75) {
        return released;
    }
    if (u < 0.9) {
        return released + m_rng.range(14, 120);
    }
    return std::nullopt;
}

void NominalBuilder::registrationAndCustody()
{
    const qint64 t = m_t;
    NotificationPeriod period = NotificationPeriod::Indefinite;
    bool under18 = false;
    qint64 f = t;
    const bool established = m_sc.special != Special::None && m_sc.custody == CustodyStory::None &&
                             m_sc.special != Special::ArmsNewRegistration;
    switch (m_sc.custody) {
    case CustodyStory::None: {
        if (established) {
            period = NotificationPeriod::Indefinite;
            qint64 minAgo = 730;
            qint64 maxAgo = 12 * 365;
            if (m_sc.special == Special::ReactiveEligible || m_sc.special == Special::ReactiveReview) {
                minAgo = 5 * 365;
            } else if (m_sc.special == Special::IndefiniteReview) {
                minAgo = 16 * 365;
                maxAgo = 22 * 365;
            }
            f = t - m_rng.range(minAgo, maxAgo);
        } else if (m_sc.newRegistration) {
            const double u = m_rng.unit();
            period = u < 0.6    ? NotificationPeriod::Years5
                     : u < 0.75 ? NotificationPeriod::Years2
                                : NotificationPeriod::Years10;
            f = m_sc.special == Special::ArmsNewRegistration ? t - m_rng.range(29, 90) : t - m_rng.range(1, 120);
        } else {
            const double u = m_rng.unit();
            period = u < 0.35   ? NotificationPeriod::Indefinite
                     : u < 0.55 ? NotificationPeriod::Years10
                     : u < 0.9  ? NotificationPeriod::Years5
                                : NotificationPeriod::Years2;
            under18 = period != NotificationPeriod::Indefinite && m_rng.chance(0.06);
            if (period == NotificationPeriod::Indefinite) {
                f = t - m_rng.range(365, 22 * 365);
            } else {
                const int months = periodMonths(period) / (under18 ? 2 : 1);
                const qint64 span = t - addMonths(t, -months);
                f = t - m_rng.range(121, std::max<qint64>(122, span - 30));
            }
        }
        break;
    }
    case CustodyStory::ReleasedLongAgo:
    case CustodyStory::ReleasedThisYear:
    case CustodyStory::ReleasedRecently: {
        const qint64 sentence = sentenceDays();
        const qint64 served = std::max<qint64>(28, sentence / 2);
        period = periodForSentence(sentence);
        qint64 released = 0;
        if (m_sc.custody == CustodyStory::ReleasedRecently) {
            released = t - (m_sc.special == Special::ArmsPostRelease ? m_rng.range(29, 80) : m_rng.range(1, 42));
        } else if (m_sc.custody == CustodyStory::ReleasedThisYear) {
            released = t - m_rng.range(43, 365);
        } else {
            qint64 maxAgo = 20 * 365;
            if (period != NotificationPeriod::Indefinite) {
                maxAgo = (t - addMonths(t, -periodMonths(period))) - served - 60;
            }
            released = t - m_rng.range(366, std::max<qint64>(367, maxAgo));
        }
        f = released - served;
        addCustody(f, expectedFor(released), released);
        break;
    }
    case CustodyStory::InCustody:
    case CustodyStory::NearRelease: {
        qint64 from = 0;
        qint64 expected = 0;
        if (m_sc.custody == CustodyStory::InCustody) {
            from = t - (m_sc.special == Special::PostSentence ? m_rng.range(15, 60) : m_rng.range(30, 6 * 365));
            // The special's pre-release window lies ahead, so no screening since sentence exists.
            expected = t + m_rng.range(m_sc.special == Special::PostSentence ? 240 : 200, 5 * 365);
        } else {
            // The special's sentence screening lies before the pre-release window.
            from = t - m_rng.range(m_sc.special == Special::PreRelease ? 400 : 120, 6 * 365);
            expected = t + (m_sc.special == Special::PreRelease ? m_rng.range(20, 150) : m_rng.range(1, 183));
        }
        period = periodForSentence(2 * (expected - from));
        f = from;
        addCustody(from, expected, std::nullopt);
        break;
    }
    case CustodyStory::Recalled: {
        const qint64 sentence = sentenceDays();
        const qint64 served = std::max<qint64>(28, sentence / 2);
        period = periodForSentence(sentence);
        const qint64 released = t - m_rng.range(100, 5 * 365);
        f = released - served;
        const qint64 recallSpan = std::max<qint64>(31, std::min<qint64>(700, t - 30 - released));
        const qint64 recall = released + m_rng.range(30, recallSpan);
        addCustody(f, expectedFor(released), released);
        addCustody(recall, t + (m_rng.chance(0.5) ? m_rng.range(14, 183) : m_rng.range(184, 400)), std::nullopt);
        break;
    }
    case CustodyStory::ReReleased: {
        const qint64 sentence = sentenceDays();
        const qint64 served = std::max<qint64>(28, sentence / 2);
        period = periodForSentence(sentence);
        const qint64 released2 = t - m_rng.range(1, 1000);
        const qint64 released1 = released2 - m_rng.range(90, 5 * 365);
        const qint64 recall = released1 + m_rng.range(30, std::max<qint64>(30, released2 - 28 - released1));
        f = released1 - served;
        addCustody(f, expectedFor(released1), released1);
        addCustody(recall, released2 + (m_rng.chance(0.7) ? 0 : m_rng.range(1, 60)), released2);
        break;
    }
    }
    // A fixed-length period must still be running at `today`, else make it indefinite.
    if (period != NotificationPeriod::Indefinite) {
        const int months = periodMonths(period) / (under18 ? 2 : 1);
        if (addMonths(f, months) <= t) {
            under18 = false;
            if (addMonths(f, periodMonths(period)) <= t) {
                period = NotificationPeriod::Indefinite;
            }
        }
    }
    if (period == NotificationPeriod::Indefinite && !established && m_rng.chance(0.03)) {
        under18 = true;
    }
    m_f = f;
    m_n.registration.firstNotified = day(f);
    m_n.registration.period = period;
    if (under18) {
        m_n.registration.under18AtNotification = true;
    } else if (m_rng.chance(0.5)) {
        m_n.registration.under18AtNotification = false;
    }
    const qint64 ageDays = under18 ? m_rng.range(12 * 365 + 10, 17 * 365 + 300) : m_rng.range(19 * 365, 62 * 365);
    m_n.dateOfBirth = day(f - ageDays);
}

void NominalBuilder::communityIntervals()
{
    qint64 cursor = m_f;
    bool open = true;
    for (const CustodyPeriod& c : m_n.custody) {
        if (open && jd(c.from) > cursor) {
            m_community.append({cursor, jd(c.from) - 1});
        }
        if (c.releasedOn) {
            cursor = jd(*c.releasedOn);
            open = true;
            m_lastRelease = cursor;
        } else {
            open = false;
        }
    }
    if (open && cursor <= m_t) {
        m_community.append({cursor, m_t});
    }
    m_inCommunityNow = !inCustody(m_t);
}

void NominalBuilder::transfers()
{
    int count = 0;
    const double u = m_rng.unit();
    if (u < 0.30) {
        count = 1;
    } else if (u < 0.38) {
        count = 2;
    }
    if (m_sc.special == Special::TransferAck) {
        count = std::max(count, 1);
    }
    QList<qint64> dates;
    if (m_t - m_f >= 40) {
        for (int i = 0; i < count; ++i) {
            dates.append(recentDay(m_f + 20, m_t - 1, 1.2));
        }
    }
    if (m_sc.special == Special::TransferAck && !dates.isEmpty()) {
        std::sort(dates.begin(), dates.end());
        dates.last() = m_t - m_rng.range(1, 20);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    // Owners backwards from the current one.
    QStringList chain{m_owner};
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QString& to = chain.first();
        const Staff& s = m_dir.of(to);
        const Team& team = m_dir.teams[s.team];
        QString from;
        const double r = m_rng.unit();
        if (r < 0.5 && !team.former.isEmpty()) {
            from = m_rng.pick(team.former);
        } else if (r < 0.85 || m_dir.areas.size() < 2) {
            from = colleagueOf(to);
            if (from == team.sergeant) {
                from = team.former.isEmpty() ? QString() : team.former.first();
            }
        } else {
            from = m_rng.pick(m_dir.officers);
        }
        if (from.isEmpty() || from == to) {
            from = team.former.isEmpty() ? m_dir.officers.first() : team.former.first();
        }
        if (from == to) {
            break; // a one-officer force has no one to transfer from
        }
        chain.prepend(from);
    }
    const qsizetype used = chain.size() - 1;
    dates = dates.mid(dates.size() - used);
    m_owners.append({m_f, chain.first()});
    for (qsizetype i = 0; i < used; ++i) {
        m_owners.append({dates[i], chain[i + 1]});
        Transfer tr;
        tr.on = day(dates[i]);
        tr.from = chain[i];
        tr.to = chain[i + 1];
        m_n.transfers.append(tr);
    }
    if (!m_n.transfers.isEmpty()) {
        m_lastTransferDay = jd(m_n.transfers.last().on);
    }
}

} // namespace somdesk::demo
