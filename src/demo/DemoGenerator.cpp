#include "DemoGenerator.h"

#include "DemoRandom.h"
#include "DemoText.h"

#include <QHash>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace somdesk {

namespace {

// ---------------------------------------------------------------------------------------------
// Calendar helpers. Days are Julian day numbers, timestamps whole seconds since the epoch (UTC).
// Working-hours stamps (07:00–17:59 UTC) fall on the same Europe/London calendar date.

constexpr qint64 secondsPerDay = 86400;
constexpr qint64 epochJulianDay = 2440588;
constexpr qint64 workStart = 7 * 3600;
constexpr qint64 workEnd = 17 * 3600 + 59 * 60 + 59;

qint64 jd(const QDate& d)
{
    return d.toJulianDay();
}
QDate day(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay);
}
qint64 stamp(qint64 julianDay, qint64 secondOfDay)
{
    return (julianDay - epochJulianDay) * secondsPerDay + secondOfDay;
}
qint64 dayOf(qint64 secs)
{
    return secs / secondsPerDay + epochJulianDay;
}
qint64 secondOf(qint64 secs)
{
    return secs % secondsPerDay;
}
QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}
qint64 addMonths(qint64 julianDay, int months)
{
    return jd(day(julianDay).addMonths(months));
}
qint64 addYears(qint64 julianDay, int years)
{
    return addMonths(julianDay, years * 12);
}

QString isoDate(qint64 julianDay)
{
    return day(julianDay).toString(Qt::ISODate);
}

QString riskWords(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return u"low"_s;
    case RiskLevel::Medium:
        return u"medium"_s;
    case RiskLevel::High:
        return u"high"_s;
    case RiskLevel::VeryHigh:
        return u"very high"_s;
    }
    return {};
}

RiskLevel stepRisk(RiskLevel level, int delta)
{
    const int v = std::clamp(static_cast<int>(level) + delta, 0, 3);
    return static_cast<RiskLevel>(v);
}

const QStringList& riskFactorNames()
{
    static const QStringList names{u"sexual_preoccupation"_s,
                                   u"offence_related_sexual_interest"_s,
                                   u"emotional_congruence_with_children"_s,
                                   u"hostile_orientation"_s,
                                   u"poor_self_management"_s,
                                   u"negative_social_influences"_s,
                                   u"opportunity_to_offend"_s};
    return names;
}

const QStringList& protectiveFactorNames()
{
    static const QStringList names{u"positive_routine"_s, u"social_investment"_s, u"positive_social_influences"_s,
                                   u"commitment_to_desist"_s};
    return names;
}

const QStringList& dipItemNames()
{
    static const QStringList names{u"arms_in_time"_s,       u"entries_acknowledged"_s,  u"concerns_reviewed"_s,
                                   u"oversight_recorded"_s, u"mappa_screening_right"_s, u"visits_per_plan"_s,
                                   u"claims_verified"_s,    u"plan_current"_s};
    return names;
}

// ---------------------------------------------------------------------------------------------
// Users: areas, teams, officers.

struct Staff {
    QString name;
    QString collar;
    int team = -1;
    int area = -1;
};

struct Team {
    QString name;
    int area = 0;
    QString sergeant;
    QStringList officers; // active
    QStringList former;   // disabled accounts that still appear in case histories
};

struct Area {
    QString name;
    QString inspector;
    QList<int> teams;
};

struct Roster {
    QList<User> users;
    QList<Area> areas;
    QList<Team> teams;
    QStringList officers;        // active officers in creation order
    QHash<QString, Staff> staff; // lookups only, never iterated

    const Staff& of(const QString& username) const { return *staff.constFind(username); }
    QString sergeantOf(const QString& username) const { return teams[of(username).team].sergeant; }
    QString inspectorOf(const QString& username) const { return areas[of(username).area].inspector; }
};

QString staffName(DemoRandom& rng)
{
    return rng.pick(DemoText::pool(DemoPool::StaffGiven)) + u' ' + rng.pick(DemoText::pool(DemoPool::StaffFamily));
}

QString collarText(qint64 number)
{
    return QString::number(number).rightJustified(4, u'0');
}

Roster buildRoster(int nominals, DemoRandom& rng)
{
    Roster dir;
    // Caseloads of 50–100 (about 75), teams of about six officers, about three teams per area.
    // From 100 nominals there are always two teams in two areas, so even a small demo shows
    // the organisation (team sergeants, area inspectors, scopes) at work.
    const int teamCount = std::max(nominals >= 100 ? 2 : 1, (std::max(2, (nominals + 37) / 75) + 3) / 6);
    const int officerCount = std::max({2, (nominals + 37) / 75, nominals >= 100 ? 2 * teamCount : 0});
    const int areaCount = teamCount <= 1 ? 1 : std::max(2, (teamCount + 2) / 3);

    User admin;
    admin.username = u"admin"_s;
    admin.name = u"Demo Administrator"_s;
    admin.role = Role::Admin;
    dir.users.append(admin);

    for (int a = 0; a < areaCount; ++a) {
        Area area;
        area.name = DemoText::areaName(a);
        const QString collar = collarText(10 + a * 3 + rng.below(3));
        area.inspector = u"insp"_s + collar;
        dir.staff.insert(area.inspector, Staff{staffName(rng), collar, -1, a});
        User u;
        u.username = area.inspector;
        u.name = dir.staff[area.inspector].name;
        u.collar = collar;
        u.role = Role::Inspector;
        u.area = area.name;
        dir.users.append(u);
        dir.areas.append(area);
    }

    for (int t = 0; t < teamCount; ++t) {
        Team team;
        team.area = t % areaCount;
        Area& area = dir.areas[team.area];
        team.name = area.name + u" Team "_s + QChar(u'A' + static_cast<char16_t>(area.teams.size() % 26)) +
                    (area.teams.size() >= 26 ? QString::number(area.teams.size() / 26) : QString());
        area.teams.append(t);
        const QString collar = collarText(100 + t * 7 + rng.below(7));
        team.sergeant = u"ps"_s + collar;
        dir.staff.insert(team.sergeant, Staff{staffName(rng), collar, t, team.area});
        User u;
        u.username = team.sergeant;
        u.name = dir.staff[team.sergeant].name;
        u.collar = collar;
        u.role = Role::Sergeant;
        u.area = area.name;
        u.team = team.name;
        dir.users.append(u);
        dir.teams.append(team);
    }

    // Officers, then one former (disabled) officer per team, from one collar sequence.
    const int total = officerCount + teamCount;
    for (int k = 0; k < total; ++k) {
        const bool former = k >= officerCount;
        const int t = former ? k - officerCount : k % teamCount;
        Team& team = dir.teams[t];
        const QString collar = collarText(1000 + static_cast<qint64>(k) * 13 + rng.below(13));
        const QString username = u"pc"_s + collar;
        dir.staff.insert(username, Staff{staffName(rng), collar, t, team.area});
        User u;
        u.username = username;
        u.name = dir.staff[username].name;
        u.collar = collar;
        u.role = Role::Officer;
        u.area = dir.areas[team.area].name;
        u.team = team.name;
        if (former) {
            u.disabled = true;
            team.former.append(username);
        } else {
            team.officers.append(username);
            dir.officers.append(username);
        }
        dir.users.append(u);
    }
    std::sort(dir.users.begin(), dir.users.end(), [](const User& a, const User& b) { return a.username < b.username; });
    return dir;
}

// ---------------------------------------------------------------------------------------------
// Scenarios: what shape each case has, decided for the whole caseload up front so that every
// rule of rules.md is represented at least once ("specials") while most cases stay compliant.

enum class CustodyStory {
    None,
    ReleasedLongAgo,
    ReleasedThisYear,
    ReleasedRecently,
    InCustody,
    NearRelease,
    Recalled,
    ReReleased,
};

enum class Status { Registered, Removed, Deceased, Discharged };

enum class Special {
    None,
    ArmsPostRelease,
    ArmsNewRegistration,
    ArmsReview,
    EscalationReview,
    Oversight,
    Level2,
    PostSentence,
    PreRelease,
    Acknowledge,
    TransferAck,
    VisitsOverdue,
    Trigger,
    ReactiveEligible,
    ReactiveReview,
    AnnualNotification,
    IndefiniteReview,
    VisitsPredictable,
    VisitsUnverified,
    PlanTrigger,
};

constexpr Special allSpecials[] = {
    Special::ArmsPostRelease,  Special::ArmsNewRegistration, Special::ArmsReview,
    Special::EscalationReview, Special::Oversight,           Special::Level2,
    Special::PostSentence,     Special::PreRelease,          Special::Acknowledge,
    Special::TransferAck,      Special::VisitsOverdue,       Special::Trigger,
    Special::ReactiveEligible, Special::ReactiveReview,      Special::AnnualNotification,
    Special::IndefiniteReview, Special::VisitsPredictable,   Special::VisitsUnverified,
    Special::PlanTrigger,
};

struct Scenario {
    RiskLevel risk = RiskLevel::Low;
    CustodyStory custody = CustodyStory::None;
    Status status = Status::Registered;
    Special special = Special::None;
    bool newRegistration = false;
    bool female = false;
    bool noFixedAbode = false;
    int mappaCategory = 1;
    int mappaLevel = 1;
    int ownerIndex = 0; // into Roster::officers
};

Scenario drawScenario(DemoRandom& rng, RiskLevel risk)
{
    Scenario s;
    s.risk = risk;
    const double c = rng.unit();
    if (c < 0.40) {
        s.custody = CustodyStory::None;
        s.newRegistration = rng.chance(0.05);
    } else if (c < 0.65) {
        s.custody = CustodyStory::ReleasedLongAgo;
    } else if (c < 0.75) {
        s.custody = CustodyStory::ReleasedThisYear;
    } else if (c < 0.78) {
        s.custody = CustodyStory::ReleasedRecently;
    } else if (c < 0.86) {
        s.custody = CustodyStory::InCustody;
    } else if (c < 0.91) {
        s.custody = CustodyStory::NearRelease;
    } else if (c < 0.94) {
        s.custody = CustodyStory::Recalled;
    } else {
        s.custody = CustodyStory::ReReleased;
    }
    const double st = rng.unit();
    s.status = st < 0.02    ? Status::Removed
               : st < 0.03  ? Status::Deceased
               : st < 0.035 ? Status::Discharged
                            : Status::Registered;
    s.female = rng.chance(0.04);
    s.noFixedAbode = rng.chance(0.02);
    const double cat = rng.unit();
    s.mappaCategory = cat < 0.88 ? 1 : cat < 0.97 ? 2 : 3;
    const double lv = rng.unit();
    switch (risk) {
    case RiskLevel::VeryHigh:
        s.mappaLevel = lv < 0.2 ? 3 : lv < 0.6 ? 2 : 1;
        break;
    case RiskLevel::High:
        s.mappaLevel = lv < 0.02 ? 3 : lv < 0.17 ? 2 : 1;
        break;
    case RiskLevel::Medium:
        s.mappaLevel = lv < 0.02 ? 2 : 1;
        break;
    case RiskLevel::Low:
        s.mappaLevel = 1;
        break;
    }
    return s;
}

bool specialFits(Special special, const Scenario& s)
{
    if (s.special != Special::None) {
        return false;
    }
    switch (special) {
    case Special::ReactiveEligible:
    case Special::ReactiveReview:
        return s.risk == RiskLevel::Low;
    case Special::Level2:
    case Special::VisitsPredictable: // visits close enough together for four in a year
        return s.risk == RiskLevel::High || s.risk == RiskLevel::VeryHigh;
    default:
        return s.risk != RiskLevel::Low;
    }
}

void applySpecial(Special special, Scenario& s)
{
    s.special = special;
    s.status = Status::Registered;
    s.newRegistration = false;
    switch (special) {
    case Special::ArmsPostRelease:
        s.custody = CustodyStory::ReleasedRecently;
        break;
    case Special::ArmsNewRegistration:
        s.custody = CustodyStory::None;
        s.newRegistration = true;
        break;
    case Special::PostSentence:
        s.custody = CustodyStory::InCustody;
        break;
    case Special::PreRelease:
        s.custody = CustodyStory::NearRelease;
        break;
    case Special::Level2:
        s.custody = CustodyStory::None;
        s.mappaLevel = 1;
        break;
    default:
        s.custody = CustodyStory::None;
        break;
    }
}

// ---------------------------------------------------------------------------------------------
// One nominal.

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

    Nominal build(int number)
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
        return std::move(m_n);
    }

private:
    // --- small helpers ---
    qint64 workTime() { return m_rng.range(workStart, workEnd); }
    qint64 stampOn(qint64 d) { return stamp(d, workTime()); }

    // A moment strictly after `t`, at most maxDays calendar days later, in working hours.
    qint64 later(qint64 t, int maxDays)
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
    qint64 recentDay(qint64 from, qint64 to, double skew = 1.8)
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

    bool inCustody(qint64 d) const
    {
        for (const CustodyPeriod& c : m_n.custody) {
            if (jd(c.from) <= d && (!c.releasedOn || jd(*c.releasedOn) > d)) {
                return true;
            }
        }
        return false;
    }

    QString ownerAt(qint64 d) const
    {
        QString who = m_owners.first().user;
        for (const OwnerSpan& span : m_owners) {
            if (span.from <= d) {
                who = span.user;
            }
        }
        return who;
    }

    QString colleagueOf(const QString& officer)
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

    RiskLevel levelAt(qint64 d) const
    {
        RiskLevel level = m_n.riskHistory.isEmpty() ? m_n.riskLevel : m_n.riskHistory.first().level;
        for (const RiskHistoryItem& h : m_n.riskHistory) {
            if (jd(h.from) <= d) {
                level = h.level;
            }
        }
        return level;
    }

    static int defaultIntervalDays(RiskLevel level)
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

    int intervalAt(qint64 d) const
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

    int armsMonths() const { return m_sc.risk == RiskLevel::High || m_sc.risk == RiskLevel::VeryHigh ? 6 : 12; }

    void addDraft(Draft d) { m_drafts.append(std::move(d)); }

    // --- steps ---
    void identity()
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

    static int periodMonths(NotificationPeriod p)
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

    qint64 sentenceDays()
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

    static NotificationPeriod periodForSentence(qint64 days)
    {
        return days >= 913   ? NotificationPeriod::Indefinite
               : days >= 183 ? NotificationPeriod::Years10
                             : NotificationPeriod::Years7;
    }

    void addCustody(qint64 from, std::optional<qint64> expected, std::optional<qint64> released)
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
    std::optional<qint64> expectedFor(qint64 released)
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

    void registrationAndCustody()
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

    void communityIntervals()
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

    void transfers()
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

    void lowRiskManagement()
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

    void planConcerns()
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

    void planArms()
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

    void assignRisk()
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
        std::stable_sort(events.begin(), events.end(),
                         [](const RiskEvent& a, const RiskEvent& b) { return a.on < b.on; });
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

    void buildArms()
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
                r.note = m_rng.pick(
                    DemoText::pool(r.rating == FactorRatingValue::Present  ? DemoPool::ProtectiveNotePresent
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

    int planInterval(RiskLevel level)
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

    void plans()
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

    Visit makeVisit(qint64 d, VisitType type)
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
            v.outcome = m_rng.pick(
                DemoText::pool(type == VisitType::Office ? DemoPool::OutcomeOffice : DemoPool::OutcomeOther, f));
            v.verified = m_rng.pick(DemoText::pool(DemoPool::VerifiedOther, f));
        }
        return v;
    }

    void visits()
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

    void notifications()
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

    void screeningsAndReferrals()
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
        std::stable_sort(out.begin(), out.end(),
                         [](const Screening& a, const Screening& b) { return a.date < b.date; });
        m_n.screenings = out;
    }

    void managementDecisions()
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
                decide(addYears(m_t, -1) - m_rng.range(1, 200), ManagementDecisionKind::StayActive,
                       DemoPool::StayActive);
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

    void indefiniteReview()
    {
        if (m_n.registration.period != NotificationPeriod::Indefinite) {
            return;
        }
        const bool young = m_n.registration.under18AtNotification.value_or(false);
        const qint64 eligible = addYears(m_f, young ? 8 : 15);
        if (eligible > m_t) {
            return;
        }
        if (m_sc.status == Status::Discharged) {
            IndefiniteReviewDecision d;
            d.on = day(m_t);
            d.by = m_dir.inspectorOf(ownerAt(m_t));
            d.outcome = IndefiniteOutcome::Discharge;
            d.reason = m_rng.pick(DemoText::pool(DemoPool::IndefiniteDischarge));
            m_n.indefiniteReviewDecisions.append(d);
            m_discharged = true;
            return;
        }
        if (m_sc.special == Special::IndefiniteReview || !m_rng.chance(0.65)) {
            return;
        }
        const qint64 on = m_rng.range(std::max(eligible, addYears(m_t, -8) + 30), m_t - 1);
        IndefiniteReviewDecision d;
        d.on = day(on);
        d.by = m_dir.inspectorOf(ownerAt(on));
        d.outcome = IndefiniteOutcome::Continue;
        d.reason = m_rng.pick(DemoText::pool(DemoPool::IndefiniteContinue));
        m_n.indefiniteReviewDecisions.append(d);
    }

    QString noteText(bool female)
    {
        QString text = m_rng.pick(DemoText::pool(DemoPool::NoteOpen, female)) + u' ' +
                       m_rng.pick(DemoText::pool(DemoPool::NoteBody, female));
        if (m_rng.chance(0.45)) {
            text += u' ' + m_rng.pick(DemoText::pool(DemoPool::NoteBody, female));
        }
        if (m_rng.chance(0.6)) {
            text += u' ' + m_rng.pick(DemoText::pool(DemoPool::NoteClose, female));
        }
        return text;
    }

    QString staffLabel(const QString& username) const
    {
        const Staff& s = m_dir.of(username);
        return s.name + u" ("_s + s.collar + u')';
    }

    void entries()
    {
        const bool f = m_sc.female;
        const QString admin = u"admin"_s;
        auto system = [&](qint64 d, QString text) {
            Draft e;
            e.at = stampOn(d);
            e.by = admin;
            e.type = EntryType::System;
            e.text = std::move(text);
            addDraft(std::move(e));
        };
        system(m_f, u"Record created: registered on "_s + isoDate(m_f) + u" for a notification period of "_s +
                        toString(m_n.registration.period) + u'.');
        for (const CustodyPeriod& c : m_n.custody) {
            if (jd(c.from) > m_f) {
                system(jd(c.from), u"Custody recorded from "_s + c.from.toString(Qt::ISODate) + u'.');
            }
            if (c.releasedOn) {
                system(jd(*c.releasedOn),
                       u"Release from custody recorded on "_s + c.releasedOn->toString(Qt::ISODate) + u'.');
            }
        }

        // Concerns and disclosures, their oversight and their re-evaluations.
        for (ConcernPlan& c : m_concerns) {
            Draft e;
            e.at = c.at;
            e.by = c.by;
            e.type = c.type;
            const DemoPool pool = c.type == EntryType::Disclosure ? DemoPool::Disclosure
                                  : inCustody(dayOf(c.at))        ? DemoPool::CustodyConcern
                                                                  : DemoPool::Concern;
            e.text =
                m_rng.pick(DemoText::pool(pool, f)) + u' ' + m_rng.pick(DemoText::pool(DemoPool::ConcernAction, f));
            c.draft = static_cast<int>(m_drafts.size());
            addDraft(std::move(e));
            if (c.oversight) {
                const qint64 at = later(c.at, 2);
                if (dayOf(at) <= m_t) {
                    Draft o;
                    o.at = at;
                    o.by = m_dir.sergeantOf(ownerAt(dayOf(c.at)));
                    o.type = EntryType::Oversight;
                    o.ref = c.draft;
                    const QString kind = c.type == EntryType::Concern ? u"concern"_s : u"disclosure"_s;
                    o.text = u"Line management oversight of the "_s + kind + u" recorded on "_s + isoDate(dayOf(c.at)) +
                             u". "_s;
                    if (m_rng.chance(0.08)) {
                        o.disagreement = true;
                        o.text += m_rng.pick(DemoText::pool(DemoPool::OversightDisagree, f));
                    } else {
                        o.text += m_rng.pick(DemoText::pool(DemoPool::OversightBody, f)) + u' ' +
                                  m_rng.pick(DemoText::pool(DemoPool::OversightAction, f));
                    }
                    addDraft(std::move(o));
                }
            }
            if (c.requestedAt) {
                ReviewDraft rd;
                rd.entry = c.draft;
                Review& r = rd.review;
                r.requestedAt = utc(*c.requestedAt);
                r.requestedBy = ownerAt(dayOf(*c.requestedAt));
                r.proposedRiskLevel = c.proposed;
                if (c.escalating || m_rng.chance(0.3)) {
                    r.escalating = c.escalating;
                }
                r.rationale = m_rng.pick(DemoText::pool(DemoPool::ReviewRationale, f));
                if (c.decidedAt) {
                    r.decision = c.approved ? ReviewDecision::Approved : ReviewDecision::Rejected;
                    r.decidedAt = utc(*c.decidedAt);
                    r.decidedBy = m_dir.inspectorOf(ownerAt(dayOf(*c.decidedAt)));
                    r.decisionReason =
                        m_rng.pick(DemoText::pool(c.approved ? DemoPool::ApproveReason : DemoPool::RejectReason, f));
                } else {
                    r.decision = ReviewDecision::Pending;
                }
                m_reviews.append(rd);
            }
        }
        for (const RiskChange& change : m_riskChanges) {
            const QString cause = change.concern >= 0 ? u"the re-evaluation approved on "_s + isoDate(change.on)
                                                      : u"the ARMS assessment completed on "_s + isoDate(change.on);
            Draft e;
            e.at = change.concern >= 0 ? *m_concerns[change.concern].decidedAt + 1 : stamp(change.on, workEnd);
            e.by = admin;
            e.type = EntryType::System;
            e.text = u"Risk level changed from "_s + riskWords(change.from) + u" to "_s + riskWords(change.to) +
                     u" after "_s + cause + u'.';
            addDraft(std::move(e));
        }

        // Transfers: the sergeant records them; the new owner acknowledges both.
        for (qsizetype i = 0; i < m_n.transfers.size(); ++i) {
            Transfer& tr = m_n.transfers[i];
            const qint64 d = jd(tr.on);
            Draft e;
            e.at = stamp(d, m_rng.range(workStart, 12 * 3600));
            e.by = m_dir.sergeantOf(tr.to);
            e.type = EntryType::Transfer;
            e.text = u"Case transferred from "_s + staffLabel(tr.from) + u" to "_s + staffLabel(tr.to) +
                     u"; reason: "_s + m_rng.pick(DemoText::pool(DemoPool::TransferReason)) + u'.';
            const bool latest = i == m_n.transfers.size() - 1;
            bool acknowledged = true;
            if (latest) {
                if (m_sc.special == Special::TransferAck) {
                    acknowledged = false;
                } else {
                    acknowledged = !m_rng.chance(m_t - d <= 10 ? 0.3 : 0.005);
                }
            } else {
                acknowledged = !m_rng.chance(0.02);
            }
            const qint64 ack = later(e.at, 4);
            if (acknowledged && dayOf(ack) <= m_t) {
                tr.acknowledgedAt = utc(ack);
                e.fixedAck = ack;
            } else {
                e.noAck = true;
            }
            addDraft(std::move(e));
        }

        // Notes that name a trigger phrase: most get the sergeant's oversight.
        const bool triggerSpecial = m_sc.special == Special::Trigger;
        if (triggerSpecial || (m_rng.chance(0.05) && !m_community.isEmpty())) {
            qint64 d = triggerSpecial ? m_t - m_rng.range(0, 20) : recentDay(m_community.last().from, m_t);
            if (m_lowMode == LowMode::None || triggerSpecial) {
                Draft e;
                e.at = stampOn(d);
                e.by = ownerAt(d);
                e.type = EntryType::Note;
                e.text = m_rng.pick(DemoText::pool(DemoPool::TriggerNote, f));
                const int index = static_cast<int>(m_drafts.size());
                const qint64 at = e.at;
                addDraft(std::move(e));
                const qint64 oat = later(at, 1);
                const bool oversight = !triggerSpecial && !m_rng.chance(m_t - d <= 3 ? 0.4 : 0.05);
                if (oversight && dayOf(oat) <= m_t) {
                    Draft o;
                    o.at = oat;
                    o.by = m_dir.sergeantOf(ownerAt(d));
                    o.type = EntryType::Oversight;
                    o.ref = index;
                    o.text = u"Oversight of the note of "_s + isoDate(d) +
                             u": the words recorded were explored with the officer; no change to risk, visit "
                             u"frequency increased for a month."_s;
                    addDraft(std::move(o));
                }
            }
        }

        // Intelligence that keeps a long-term low-risk case active, or arrives after a move to reactive.
        if (m_intelligenceOn) {
            const qint64 d = *m_intelligenceOn;
            Draft e;
            e.at = stampOn(d);
            e.by = colleagueOf(ownerAt(d));
            e.type = EntryType::Intelligence;
            e.text = m_rng.pick(DemoText::pool(DemoPool::Intelligence, f)) + u' ' +
                     m_rng.pick(DemoText::pool(DemoPool::IntelligenceClose, f));
            addDraft(std::move(e));
        }

        // A recent entry by a colleague that the owner has not yet acknowledged.
        if (m_sc.special == Special::Acknowledge) {
            const qint64 d = std::max(m_t - m_rng.range(3, 20), m_lastTransferDay.value_or(m_f));
            Draft e;
            e.at = stampOn(d);
            e.by = colleagueOf(m_owner);
            e.type = EntryType::Note;
            e.text = u"Covering officer: "_s + noteText(f);
            e.noAck = true;
            addDraft(std::move(e));
        }

        // Everyday chronology up to the target size.
        const qsizetype filler = std::max<qsizetype>(0, m_entryTarget - m_drafts.size());
        for (qsizetype i = 0; i < filler; ++i) {
            const qint64 d = recentDay(m_f, m_t);
            const QString owner = ownerAt(d);
            Draft e;
            e.at = stampOn(d);
            if (inCustody(d)) {
                e.by = owner;
                e.type = EntryType::Note;
                e.text = m_rng.pick(DemoText::pool(DemoPool::CustodyNote, f));
            } else {
                const bool quiet = m_lowMode != LowMode::None && d >= m_quietFrom;
                if (!quiet && m_rng.chance(0.22)) {
                    e.type = EntryType::Intelligence;
                    e.by = m_rng.chance(0.55) ? colleagueOf(owner) : owner;
                    e.text = m_rng.pick(DemoText::pool(DemoPool::Intelligence, f)) + u' ' +
                             m_rng.pick(DemoText::pool(DemoPool::IntelligenceClose, f));
                } else {
                    const double who = m_rng.unit();
                    e.type = EntryType::Note;
                    e.by = who < 0.82 ? owner : who < 0.92 ? colleagueOf(owner) : m_dir.sergeantOf(owner);
                    e.text = noteText(f);
                }
            }
            addDraft(std::move(e));
        }

        finishEntries();
    }

    void finishEntries()
    {
        // Chronological ids; strictly increasing seconds so "by at then id" is the same order.
        QList<int> order(m_drafts.size());
        for (qsizetype i = 0; i < order.size(); ++i) {
            order[i] = static_cast<int>(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_drafts[a].at < m_drafts[b].at; });
        QList<int> position(m_drafts.size());
        for (qsizetype p = 0; p < order.size(); ++p) {
            position[order[p]] = static_cast<int>(p);
        }
        m_n.entries.reserve(order.size());
        qint64 previous = 0;
        for (qsizetype p = 0; p < order.size(); ++p) {
            Draft& d = m_drafts[order[p]];
            if (d.at <= previous) {
                d.at = previous + 1;
            }
            previous = d.at;
            Entry e;
            e.id = u"E"_s + QString::number(p + 1);
            e.at = utc(d.at);
            e.by = d.by;
            e.type = d.type;
            e.text = d.text;
            if (d.ref >= 0) {
                e.references.append(u"E"_s + QString::number(position[d.ref] + 1));
            }
            if (d.disagreement) {
                e.disagreement = true;
            }
            if (d.type != EntryType::System && !d.noAck) {
                const qint64 entryDay = dayOf(d.at);
                const QString owner = ownerAt(entryDay);
                if (owner != d.by) {
                    std::optional<qint64> ack = d.fixedAck;
                    if (!ack) {
                        const qint64 age = m_t - entryDay;
                        const double miss = age <= 7 ? 0.35 : age <= 60 ? 0.02 : 0.004;
                        if (!m_rng.chance(miss)) {
                            ack = later(d.at, 4);
                        }
                    }
                    if (ack && *ack <= d.at) {
                        ack = d.at + 60;
                    }
                    if (ack && dayOf(*ack) <= m_t) {
                        e.acknowledged.append(Acknowledgement{owner, utc(*ack)});
                    }
                }
            }
            m_n.entries.append(std::move(e));
        }
        for (ReviewDraft& rd : m_reviews) {
            rd.review.entry = u"E"_s + QString::number(position[rd.entry] + 1);
            m_n.reviews.append(rd.review);
        }
        std::stable_sort(m_n.reviews.begin(), m_n.reviews.end(), [](const Review& a, const Review& b) {
            return a.requestedAt != b.requestedAt ? a.requestedAt < b.requestedAt : a.entry < b.entry;
        });
    }

    void registerStatus()
    {
        switch (m_sc.status) {
        case Status::Registered:
            return;
        case Status::Removed:
            m_n.registerStatus = RegisterStatus::Removed;
            break;
        case Status::Deceased:
            m_n.registerStatus = RegisterStatus::Deceased;
            break;
        case Status::Discharged:
            m_n.registerStatus = RegisterStatus::Removed;
            break;
        }
        m_n.registerStatusSince = day(m_t);
        Entry e;
        e.id = u"E"_s + QString::number(m_n.entries.size() + 1);
        qint64 at = stamp(m_t, workEnd);
        if (!m_n.entries.isEmpty()) {
            at = std::max(at, m_n.entries.last().at.toSecsSinceEpoch() + 1);
        }
        e.at = utc(at);
        e.by = u"admin"_s;
        e.type = EntryType::System;
        e.text = m_n.registerStatus == RegisterStatus::Deceased ? u"Register status: deceased; record closed."_s
                 : m_discharged ? u"Register status: removed after discharge from indefinite notification."_s
                                : u"Register status: removed from the register."_s;
        m_n.entries.append(e);
    }

    // Visit times and checks, plan trigger phrases, and the cases of visits.predictable,
    // visits.unverified and plan.escalation_trigger (rules.md).
    void visitChecksAndPlanTriggers()
    {
        static const QStringList checks{u"address"_s,    u"household"_s,  u"vehicles"_s, u"devices"_s,
                                        u"employment"_s, u"associates"_s, u"other"_s};
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

int entryTarget(DemoRandom& rng, const DemoOptions& options, RiskLevel risk)
{
    if (options.entriesPerNominal > 0) {
        const int base = options.entriesPerNominal;
        const int spread = std::max(1, base / 10);
        return std::max(1, base - spread + static_cast<int>(rng.below(2 * spread + 1)));
    }
    int base = 18;
    switch (risk) {
    case RiskLevel::VeryHigh:
        base = 42;
        break;
    case RiskLevel::High:
        base = 32;
        break;
    case RiskLevel::Medium:
        base = 24;
        break;
    case RiskLevel::Low:
        base = 18;
        break;
    }
    return std::max(3, static_cast<int>(std::lround(base * (0.5 + rng.unit()))));
}

QList<DipSample> dipSamples(const Roster& dir, const QList<Nominal>& nominals, quint64 seed, qint64 today)
{
    // Current caseloads (registered cases only), in ref order.
    QHash<QString, QStringList> caseload;
    for (const Nominal& n : nominals) {
        if (n.registerStatus == RegisterStatus::Registered) {
            caseload[n.owner].append(n.ref);
        }
    }
    const QDate t = day(today);
    const QDate thisMonth(t.year(), t.month(), 1);
    const QList<QDate> periods{thisMonth.addMonths(-1), thisMonth};
    QList<DipSample> out;
    for (qsizetype p = 0; p < periods.size(); ++p) {
        for (qsizetype ti = 0; ti < dir.teams.size(); ++ti) {
            const Team& team = dir.teams[ti];
            DemoRandom rng(DemoRandom::derive(seed ^ 0xD1Bu, static_cast<quint64>(ti * 2 + p)));
            DipSample s;
            s.period = periods[p].toString(u"yyyy-MM"_s);
            s.sergeant = team.sergeant;
            s.seed = static_cast<qint64>(rng.next() & ((quint64{1} << 53) - 1));
            const qint64 drawn = stamp(jd(periods[p]), 8 * 3600);
            s.drawnAt = utc(drawn);
            QStringList officers = team.officers;
            std::sort(officers.begin(), officers.end());
            for (const QString& officer : officers) {
                QStringList refs = caseload.value(officer);
                for (qsizetype i = 0; i < std::min<qsizetype>(3, refs.size()); ++i) {
                    refs.swapItemsAt(i, i + rng.below(refs.size() - i));
                }
                refs = refs.mid(0, 3);
                std::sort(refs.begin(), refs.end());
                for (const QString& ref : refs) {
                    DipRecord r;
                    r.officer = officer;
                    r.nominal = ref;
                    const qint64 done = stamp(jd(periods[p]) + rng.range(p == 0 ? 1 : 0, p == 0 ? 25 : 20),
                                              rng.range(workStart, workEnd));
                    const bool completed = dayOf(done) <= today && (p == 0 || rng.chance(0.7)) && done > drawn;
                    if (completed) {
                        r.completedAt = utc(done);
                        for (const QString& item : dipItemNames()) {
                            DipItem it;
                            it.item = item;
                            const double u = rng.unit();
                            it.finding = u < 0.8    ? DipFinding::Compliant
                                         : u < 0.92 ? DipFinding::NotCompliant
                                                    : DipFinding::NotApplicable;
                            if (it.finding == DipFinding::NotCompliant) {
                                it.note = rng.pick(DemoText::pool(DemoPool::DipNotCompliant));
                            }
                            r.items.append(it);
                        }
                    }
                    s.records.append(r);
                }
            }
            out.append(s);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DipSample& a, const DipSample& b) {
        return a.period != b.period ? a.period < b.period : a.sergeant < b.sergeant;
    });
    return out;
}

} // namespace

Bundle DemoGenerator::generate(const DemoOptions& options)
{
    const QDate todayDate = options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date();
    const qint64 today = jd(todayDate);
    const int count = std::max(0, options.nominals);

    DemoRandom rng(DemoRandom::derive(options.seed, 0));
    Bundle bundle;
    Roster dir = buildRoster(count, rng);

    // Exact risk mix (2 / 18 / 30 / 50 %), shuffled over the refs.
    QList<RiskLevel> risks;
    risks.reserve(count);
    const auto share = [&](double p) { return static_cast<int>(std::lround(p * count)); };
    for (int i = 0; i < share(0.02); ++i) {
        risks.append(RiskLevel::VeryHigh);
    }
    for (int i = 0; i < share(0.18); ++i) {
        risks.append(RiskLevel::High);
    }
    for (int i = 0; i < share(0.30); ++i) {
        risks.append(RiskLevel::Medium);
    }
    while (risks.size() < count) {
        risks.append(RiskLevel::Low);
    }
    risks.resize(count);
    rng.shuffle(risks);

    // Owners: officers carry different caseloads (about ±25 %), spread over the refs.
    QList<int> owners;
    owners.reserve(count);
    {
        QList<double> capacity;
        double total = 0;
        for (qsizetype k = 0; k < dir.officers.size(); ++k) {
            capacity.append(0.75 + 0.5 * rng.unit());
            total += capacity.last();
        }
        qsizetype k = 0;
        double reach = capacity.isEmpty() ? 0 : capacity.first();
        for (int i = 0; i < count; ++i) {
            const double pos = (i + 0.5) / count * total;
            while (pos > reach && k + 1 < capacity.size()) {
                ++k;
                reach += capacity[k];
            }
            owners.append(static_cast<int>(k));
        }
        rng.shuffle(owners);
    }

    QList<Scenario> scenarios;
    scenarios.reserve(count);
    for (int i = 0; i < count; ++i) {
        Scenario s = drawScenario(rng, risks[i]);
        s.ownerIndex = owners[i];
        scenarios.append(s);
    }
    // One case per rule at least, each on a different nominal.
    if (count > 0) {
        QList<int> order(count);
        for (int i = 0; i < count; ++i) {
            order[i] = i;
        }
        rng.shuffle(order);
        for (const Special special : allSpecials) {
            for (const int i : order) {
                if (specialFits(special, scenarios[i])) {
                    applySpecial(special, scenarios[i]);
                    break;
                }
            }
        }
    }

    bundle.nominals.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint64 nominalSeed = DemoRandom::derive(options.seed, static_cast<quint64>(i) + 1);
        DemoRandom targetRng(nominalSeed ^ 0x5EEDu);
        const int target = entryTarget(targetRng, options, scenarios[i].risk);
        NominalBuilder builder(dir, scenarios[i], nominalSeed, today, target);
        bundle.nominals.append(builder.build(i + 1));
    }
    bundle.dipSamples = dipSamples(dir, bundle.nominals, options.seed, today);
    bundle.users = std::move(dir.users);
    return bundle;
}

} // namespace somdesk
