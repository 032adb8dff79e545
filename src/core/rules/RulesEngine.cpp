#include "core/rules/RulesEngine.h"

#include "core/rules/Dates.h"

#include <QSet>

#include <algorithm>

namespace somdesk {

namespace {

const QString kArmsPostRelease = QStringLiteral("arms.post_release");
const QString kArmsNewRegistration = QStringLiteral("arms.new_registration");
const QString kArmsReview = QStringLiteral("arms.review");
const QString kEscalationReview = QStringLiteral("risk.escalation_review");
const QString kOversight = QStringLiteral("oversight.line_management");
const QString kMappaLevel2 = QStringLiteral("mappa.level2_consideration");
const QString kPostSentenceScreening = QStringLiteral("mappa.post_sentence_screening");
const QString kPreReleaseScreening = QStringLiteral("mappa.pre_release_screening");
const QString kEntriesAcknowledge = QStringLiteral("entries.acknowledge");
const QString kTransferAcknowledge = QStringLiteral("case.transfer_acknowledge");
const QString kVisitsOverdue = QStringLiteral("visits.overdue");
const QString kDisclosureTrigger = QStringLiteral("disclosure.trigger");
const QString kReactiveEligible = QStringLiteral("management.reactive_eligible");
const QString kReactiveReview = QStringLiteral("management.reactive_review");
const QString kNotificationAnnual = QStringLiteral("notification.annual");
const QString kIndefiniteReview = QStringLiteral("notification.indefinite_review");
const QString kVisitsPredictable = QStringLiteral("visits.predictable");
const QString kVisitsUnverified = QStringLiteral("visits.unverified");
const QString kPlanEscalationTrigger = QStringLiteral("plan.escalation_trigger");

// Statutory periods (rules.md: fixed, not policy).
constexpr int kAnnualNotificationMonths = 12;
constexpr int kDaysAfterReleaseToNotify = 3;

QString iso(QDate d)
{
    return toIsoDate(d);
}

std::size_t riskIndex(RiskLevel r)
{
    return static_cast<std::size_t>(r);
}

QString riskWords(RiskLevel r)
{
    switch (r) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    case RiskLevel::VeryHigh:
        return QStringLiteral("very high");
    }
    return {};
}

QString entryLabel(const Entry& e)
{
    QString type = toString(e.type);
    if (!type.isEmpty()) {
        type[0] = type[0].toUpper();
    }
    return QStringLiteral("%1 entry %2").arg(type, e.id);
}

bool isConcernOrDisclosure(EntryType t)
{
    return t == EntryType::Concern || t == EntryType::Disclosure;
}

bool isSeriousInformation(EntryType t)
{
    return t == EntryType::Concern || t == EntryType::Disclosure || t == EntryType::Intelligence;
}

bool canCarryTriggers(EntryType t)
{
    return t == EntryType::Note || t == EntryType::Intelligence || t == EntryType::Concern ||
           t == EntryType::Disclosure;
}

QString quotedList(const QStringList& phrases)
{
    QStringList quoted;
    quoted.reserve(phrases.size());
    for (const QString& p : phrases) {
        quoted.append(QLatin1Char('"') + p + QLatin1Char('"'));
    }
    return quoted.join(QStringLiteral(", "));
}

// rules.md: "only white space" means Unicode White_Space, as in trigger-phrase matching.
bool isBlank(const std::optional<QString>& text)
{
    if (!text) {
        return true;
    }
    return std::all_of(text->cbegin(), text->cend(), [](QChar c) { return c.isSpace(); });
}

QString dayName(QDate d)
{
    static const char* const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return QString::fromLatin1(names[d.dayOfWeek() - 1]);
}

QString visitDates(const QList<const Visit*>& visits)
{
    QStringList dates;
    dates.reserve(visits.size());
    for (const Visit* v : visits) {
        dates.append(toIsoDate(v->date));
    }
    return dates.join(QStringLiteral(", "));
}

} // namespace

const QStringList& RulesEngine::ruleIds()
{
    static const QStringList ids{
        kArmsPostRelease,  kArmsNewRegistration,   kArmsReview,          kEscalationReview,     kOversight,
        kMappaLevel2,      kPostSentenceScreening, kPreReleaseScreening, kEntriesAcknowledge,   kTransferAcknowledge,
        kVisitsOverdue,    kDisclosureTrigger,     kReactiveEligible,    kReactiveReview,       kNotificationAnnual,
        kIndefiniteReview, kVisitsPredictable,     kVisitsUnverified,    kPlanEscalationTrigger};
    return ids;
}

RulesEngine::RulesEngine(const Policy& policy, const Directory& directory)
    : m_policy(policy), m_directory(directory), m_matcher(policy.list(QStringLiteral("trigger_phrases")))
{
    const auto perRisk = [&policy](const char* key) {
        std::array<int, 4> v{};
        for (RiskLevel r : allValues<RiskLevel>()) {
            v[riskIndex(r)] = policy.perRisk(QString::fromLatin1(key), r);
        }
        return v;
    };
    const auto num = [&policy](const char* key) { return policy.number(QString::fromLatin1(key)); };
    m_n.armsAfterReleaseDays = num("arms_after_release_days");
    m_n.armsAfterRegistrationDays = num("arms_after_registration_days");
    m_n.armsReviewMonths = perRisk("arms_review_months");
    m_n.escalationReviewDays = num("escalation_review_days");
    m_n.oversightDays = num("oversight_days");
    m_n.mappaReferralDays = num("mappa_referral_days");
    m_n.postSentenceScreeningDays = num("post_sentence_screening_days");
    m_n.screeningBeforeReleaseMonths = num("screening_before_release_months");
    m_n.screeningGraceMonths = num("screening_grace_months");
    m_n.acknowledgeDays = num("acknowledge_days");
    m_n.transferAcknowledgeDays = num("transfer_acknowledge_days");
    m_n.visitIntervalMonths = perRisk("visit_interval_months");
    m_n.triggerReviewDays = num("trigger_review_days");
    m_n.reactiveMinLowYears = num("reactive_min_low_years");
    m_n.reactiveRecheckMonths = num("reactive_recheck_months");
    m_n.reactiveReviewDays = num("reactive_review_days");
    m_n.indefiniteRereviewYears = num("indefinite_rereview_years");
    m_n.patternVisits = num("pattern_visits");
    m_n.patternWindowMonths = num("pattern_window_months");
    m_n.patternReviewDays = num("pattern_review_days");
    m_n.curiosityVisits = num("curiosity_visits");
    m_n.curiosityReviewDays = num("curiosity_review_days");
    m_n.planTriggerDays = num("plan_trigger_days");
    m_n.warnDays = num("warn_days");
}

// One evaluation: the nominal's state at asOf, worked out once and shared by the rules.
class RulesEngine::Run {
public:
    Run(const RulesEngine& engine, const Nominal& n, QDate asOf, const QHash<QString, QStringList>* matches)
        : m_e(engine), m_p(engine.m_n), m_n(n), m_asOf(asOf), m_matches(matches)
    {
    }

    QList<Alert> alerts()
    {
        if (!m_asOf.isValid() || !isRegisteredOn(m_n, m_asOf)) {
            return {};
        }
        prepare();
        armsRules();
        entryRules();
        mappaLevel2();
        custodyScreenings();
        transferAcknowledge();
        visitsOverdue();
        reactiveEligible();
        reactiveReview();
        notificationAnnual();
        indefiniteReview();
        visitsPredictable();
        visitsUnverified();
        planEscalationTrigger();
        dropDuplicateKeys();
        sortAlerts(m_out);
        return m_out;
    }

private:
    void prepare()
    {
        m_owner = ownerAt(m_n, m_asOf);
        m_inCommunity = !isInCustodyOn(m_n, m_asOf);
        m_risk = riskAt(m_n, m_asOf);
        m_mode = managementAt(m_n, m_asOf);

        m_entryDay.resize(m_n.entries.size());
        for (qsizetype i = 0; i < m_n.entries.size(); ++i) {
            const Entry& e = m_n.entries[i];
            m_entryDay[i] = londonDate(e.at);
            // Oversight counts only when its author's current role may give it.
            if (e.type == EntryType::Oversight && !e.references.isEmpty() && isOnOrBeforeAsOf(m_entryDay[i]) &&
                hasRole(e.by, {Role::Sergeant, Role::Inspector})) {
                for (const QString& ref : e.references) {
                    m_overseen.insert(ref);
                }
            }
        }
        for (const Review& r : m_n.reviews) {
            if (isDecided(r) && r.decidedBy && hasRole(*r.decidedBy, {Role::Inspector})) {
                m_decidedByInspector.insert(r.entry);
            }
        }
        for (const AlertOverride& o : m_n.overrides) {
            if (isOnOrBeforeAsOf(londonDate(o.at)) && hasRole(o.by, {Role::Inspector})) {
                m_overridden.insert(o.key);
            }
        }
    }

    bool isOnOrBeforeAsOf(QDate d) const { return d.isValid() && d <= m_asOf; }

    bool hasRole(const QString& user, std::initializer_list<Role> roles) const
    {
        const auto role = m_e.m_directory.roleOf(user);
        return role && std::find(roles.begin(), roles.end(), *role) != roles.end();
    }

    // A decision dated after asOf is not yet made.
    bool isDecided(const Review& r) const
    {
        return (r.decision == ReviewDecision::Approved || r.decision == ReviewDecision::Rejected) && r.decidedAt &&
               isOnOrBeforeAsOf(londonDate(*r.decidedAt));
    }

    std::optional<QString> ownerFor(Role role)
    {
        switch (role) {
        case Role::Sergeant:
            if (!m_sergeant) {
                m_sergeant = m_e.m_directory.teamSergeant(m_owner);
            }
            return *m_sergeant;
        case Role::Inspector:
            if (!m_inspector) {
                m_inspector = m_e.m_directory.areaInspector(m_n.area);
            }
            return *m_inspector;
        case Role::Officer:
        case Role::Admin:
            break;
        }
        return m_owner.isEmpty() ? std::nullopt : std::optional<QString>(m_owner);
    }

    // Lists the alert when asOf has reached its warning window and no inspector overrode it.
    // The reason is built only then: most open rules are not yet in their window.
    template <typename Reason, typename ClearsWhen>
    void dated(const QString& rule, const QString* entryId, QDate due, Role role, Reason reason, ClearsWhen clearsWhen)
    {
        if (!due.isValid() || m_asOf < due.addDays(-m_p.warnDays)) {
            return;
        }
        QString key;
        key.reserve(rule.size() + m_n.ref.size() + (entryId ? entryId->size() : 0) + 13);
        key.append(rule).append(QLatin1Char(':')).append(m_n.ref);
        if (entryId) {
            key.append(QLatin1Char(':')).append(*entryId);
        }
        key.append(QLatin1Char(':')).append(iso(due));
        if (m_overridden.contains(key)) {
            return;
        }
        Alert a;
        a.key = std::move(key);
        a.rule = rule;
        a.nominal = m_n.ref;
        a.due = due;
        if (m_asOf > due) {
            a.status = AlertStatus::Overdue;
            a.daysOverdue = static_cast<int>(due.daysTo(m_asOf));
        } else {
            a.status = AlertStatus::Due;
        }
        a.ownerRole = role;
        a.owner = ownerFor(role);
        a.reason = reason();
        a.clearsWhen = clearsWhen();
        m_out.append(std::move(a));
    }

    void info(const QString& rule, Role role, QString reason, QString clearsWhen)
    {
        QString key = rule + QLatin1Char(':') + m_n.ref + QStringLiteral(":info");
        if (m_overridden.contains(key)) {
            return;
        }
        Alert a;
        a.key = std::move(key);
        a.rule = rule;
        a.nominal = m_n.ref;
        a.status = AlertStatus::Info;
        a.ownerRole = role;
        a.owner = ownerFor(role);
        a.reason = std::move(reason);
        a.clearsWhen = std::move(clearsWhen);
        m_out.append(std::move(a));
    }

    bool armsOnOrAfter(QDate from) const
    {
        return std::any_of(m_n.arms.cbegin(), m_n.arms.cend(), [&](const ArmsAssessment& a) {
            return a.completedOn.isValid() && a.completedOn >= from && a.completedOn <= m_asOf;
        });
    }

    void armsRules()
    {
        if (!m_inCommunity) {
            return;
        }
        bool postReleaseOpen = false;
        if (const auto released = releasedOnAt(m_n, m_asOf); released && !armsOnOrAfter(*released)) {
            postReleaseOpen = true;
            const QDate r = *released;
            dated(
                kArmsPostRelease, nullptr, r.addDays(m_p.armsAfterReleaseDays), Role::Officer,
                [&] {
                    return QStringLiteral("Released from custody on %1; no ARMS assessment has been completed since.")
                        .arg(iso(r));
                },
                [&] { return QStringLiteral("An ARMS assessment completed on or after %1 is recorded.").arg(iso(r)); });
        }
        const QDate notified = m_n.registration.firstNotified;
        bool newRegistrationOpen = false;
        if (!postReleaseOpen && !armsOnOrAfter(notified)) {
            newRegistrationOpen = true;
            dated(
                kArmsNewRegistration, nullptr, notified.addDays(m_p.armsAfterRegistrationDays), Role::Officer,
                [&] {
                    return QStringLiteral("First notified on %1; no ARMS assessment has been completed since.")
                        .arg(iso(notified));
                },
                [&] {
                    return QStringLiteral("An ARMS assessment completed on or after %1 is recorded.")
                        .arg(iso(notified));
                });
        }
        if (postReleaseOpen || newRegistrationOpen || !m_risk) {
            return;
        }
        QDate last;
        for (const ArmsAssessment& a : m_n.arms) {
            if (isOnOrBeforeAsOf(a.completedOn) && (!last.isValid() || a.completedOn > last)) {
                last = a.completedOn;
            }
        }
        if (!last.isValid()) {
            return;
        }
        const int months = m_p.armsReviewMonths[riskIndex(*m_risk)];
        dated(
            kArmsReview, nullptr, addMonthsClamped(last, months), Role::Officer,
            [&] {
                return QStringLiteral("Last ARMS assessment completed on %1; %2 risk calls for a review every %3 "
                                      "months.")
                    .arg(iso(last), riskWords(*m_risk))
                    .arg(months);
            },
            [&] { return QStringLiteral("A newer ARMS assessment is recorded."); });
    }

    // Rules triggered by one entry each.
    void entryRules()
    {
        const Transfer* toOwner = nullptr;
        for (const Transfer& t : m_n.transfers) {
            if (t.to == m_owner && isOnOrBeforeAsOf(t.on) && (!toOwner || t.on >= toOwner->on)) {
                toOwner = &t;
            }
        }
        const QDate ownedSince = toOwner ? toOwner->on : QDate();

        for (qsizetype i = 0; i < m_n.entries.size(); ++i) {
            const Entry& e = m_n.entries[i];
            const QDate day = m_entryDay[i];
            if (!isOnOrBeforeAsOf(day)) {
                continue;
            }
            if (isConcernOrDisclosure(e.type)) {
                if (!m_decidedByInspector.contains(e.id)) {
                    dated(
                        kEscalationReview, &e.id, day.addDays(m_p.escalationReviewDays), Role::Inspector,
                        [&] {
                            return QStringLiteral("%1 of %2 has no risk re-evaluation decided by an inspector.")
                                .arg(entryLabel(e), iso(day));
                        },
                        [&] {
                            return QStringLiteral(
                                       "An inspector approves or rejects a risk re-evaluation linked to entry %1.")
                                .arg(e.id);
                        });
                }
                if (!m_overseen.contains(e.id)) {
                    dated(
                        kOversight, &e.id, day.addDays(m_p.oversightDays), Role::Sergeant,
                        [&] {
                            return QStringLiteral("%1 of %2 has no line-management oversight entry by a sergeant or "
                                                  "inspector.")
                                .arg(entryLabel(e), iso(day));
                        },
                        [&] {
                            return QStringLiteral(
                                       "A sergeant or inspector records an oversight entry referencing entry %1.")
                                .arg(e.id);
                        });
                }
            }
            if (e.type != EntryType::System && e.by != m_owner && (!ownedSince.isValid() || day >= ownedSince) &&
                !acknowledgedByOwner(e)) {
                dated(
                    kEntriesAcknowledge, &e.id, day.addDays(m_p.acknowledgeDays), Role::Officer,
                    [&] {
                        return QStringLiteral("%1 of %2, made by another user, has not been acknowledged by the "
                                              "owning officer.")
                            .arg(entryLabel(e), iso(day));
                    },
                    [&] { return QStringLiteral("The owning officer acknowledges entry %1.").arg(e.id); });
            }
            if (canCarryTriggers(e.type) && !m_overseen.contains(e.id)) {
                const QDate due = day.addDays(m_p.triggerReviewDays);
                if (m_asOf < due.addDays(-m_p.warnDays)) {
                    continue; // not yet in its window: spare the text search
                }
                const QStringList phrases = m_matches ? m_matches->value(e.id) : m_e.m_matcher.matches(e.text);
                if (phrases.isEmpty()) {
                    continue;
                }
                dated(
                    kDisclosureTrigger, &e.id, due, Role::Sergeant,
                    [&] {
                        return QStringLiteral("%1 of %2 contains the trigger %3 %4.")
                            .arg(entryLabel(e), iso(day),
                                 phrases.size() == 1 ? QStringLiteral("phrase") : QStringLiteral("phrases"),
                                 quotedList(phrases));
                    },
                    [&] {
                        return QStringLiteral(
                                   "A sergeant or inspector records an oversight entry referencing entry %1.")
                            .arg(e.id);
                    });
            }
        }
    }

    bool acknowledgedByOwner(const Entry& e) const
    {
        return std::any_of(e.acknowledged.cbegin(), e.acknowledged.cend(), [&](const Acknowledgement& a) {
            return a.by == m_owner && isOnOrBeforeAsOf(londonDate(a.at));
        });
    }

    void mappaLevel2()
    {
        if (m_n.mappaLevel != 1) {
            return;
        }
        for (const Review& r : m_n.reviews) {
            const bool escalates = r.proposedRiskLevel == RiskLevel::High ||
                                   r.proposedRiskLevel == RiskLevel::VeryHigh || r.escalating.value_or(false);
            if (r.decision != ReviewDecision::Approved || !escalates || !isDecided(r)) {
                continue;
            }
            const QDate approved = londonDate(*r.decidedAt);
            if (referralDecidedSince(approved)) {
                continue;
            }
            dated(
                kMappaLevel2, &r.entry, approved.addDays(m_p.mappaReferralDays), Role::Inspector,
                [&] {
                    QString why = QStringLiteral("proposed %1 risk").arg(riskWords(r.proposedRiskLevel));
                    if (r.escalating.value_or(false)) {
                        why += QStringLiteral(" and was marked escalating");
                    }
                    return QStringLiteral("The risk re-evaluation of entry %1, approved on %2, %3 while the case is "
                                          "at MAPPA level 1; no MAPPA referral decision has been made since.")
                        .arg(r.entry, iso(approved), why);
                },
                [&] {
                    return QStringLiteral(
                               "A MAPPA referral decision (referred, or not referred with a reason) dated on or after "
                               "%1 is recorded.")
                        .arg(iso(approved));
                });
        }
    }

    // A MAPPA referral decision (referred, or not referred with a reason) dated from `from`
    // to asOf.
    bool referralDecidedSince(QDate from) const
    {
        return std::any_of(m_n.mappaReferrals.cbegin(), m_n.mappaReferrals.cend(), [&](const MappaReferral& m) {
            return m.decidedOn.isValid() && m.decidedOn >= from && m.decidedOn <= m_asOf &&
                   (m.referred || !m.reason.trimmed().isEmpty());
        });
    }

    bool screenedOnOrAfter(QDate from) const
    {
        return std::any_of(m_n.screenings.cbegin(), m_n.screenings.cend(),
                           [&](const Screening& s) { return s.date.isValid() && s.date >= from && s.date <= m_asOf; });
    }

    void custodyScreenings()
    {
        const CustodyPeriod* custody = currentCustodyAt(m_n, m_asOf);
        if (!custody) {
            return;
        }
        const QDate since = custody->from;
        if (!screenedOnOrAfter(since)) {
            dated(
                kPostSentenceScreening, nullptr, since.addDays(m_p.postSentenceScreeningDays), Role::Officer,
                [&] {
                    return QStringLiteral("In custody since %1; no MAPPA screening has been recorded since.")
                        .arg(iso(since));
                },
                [&] { return QStringLiteral("A MAPPA screening dated on or after %1 is recorded.").arg(iso(since)); });
        }
        if (!custody->expectedRelease || !custody->expectedRelease->isValid()) {
            return;
        }
        const QDate release = *custody->expectedRelease;
        // One step (X − 7 months), not two (X − 6 − 1), so month-end clamping happens once.
        const QDate countsFrom =
            addMonthsClamped(release, -(m_p.screeningBeforeReleaseMonths + m_p.screeningGraceMonths));
        if (screenedOnOrAfter(countsFrom)) {
            return;
        }
        dated(
            kPreReleaseScreening, nullptr, addMonthsClamped(release, -m_p.screeningBeforeReleaseMonths), Role::Officer,
            [&] {
                return QStringLiteral("In custody with expected release on %1; no MAPPA screening dated on or after "
                                      "%2.")
                    .arg(iso(release), iso(countsFrom));
            },
            [&] { return QStringLiteral("A MAPPA screening dated on or after %1 is recorded.").arg(iso(countsFrom)); });
    }

    void transferAcknowledge()
    {
        const Transfer* t = latestTransferAt(m_n, m_asOf);
        if (!t || t->to != m_owner) {
            return;
        }
        if (t->acknowledgedAt && isOnOrBeforeAsOf(londonDate(*t->acknowledgedAt))) {
            return;
        }
        const QDate on = t->on;
        dated(
            kTransferAcknowledge, nullptr, on.addDays(m_p.transferAcknowledgeDays), Role::Officer,
            [&] {
                return QStringLiteral("The case was transferred to the owning officer on %1; the transfer has not "
                                      "been acknowledged.")
                    .arg(iso(on));
            },
            [&] { return QStringLiteral("The new owner acknowledges the transfer."); });
    }

    void visitsOverdue()
    {
        if (!m_inCommunity || m_mode != ManagementMode::Active) {
            return;
        }
        QDate lastVisit;
        for (const Visit& v : m_n.visits) {
            if (v.type == VisitType::Home && isOnOrBeforeAsOf(v.date) && (!lastVisit.isValid() || v.date > lastVisit)) {
                lastVisit = v.date;
            }
        }
        const auto released = releasedOnAt(m_n, m_asOf);
        QDate basis = m_n.registration.firstNotified;
        QString basisText = QStringLiteral("First notified on %1").arg(iso(basis));
        if (released && *released > basis) {
            basis = *released;
            basisText = QStringLiteral("Released from custody on %1").arg(iso(basis));
        }
        if (lastVisit.isValid() && lastVisit >= basis) {
            basis = lastVisit;
            basisText = QStringLiteral("Last home visit on %1").arg(iso(basis));
        } else {
            basisText += QStringLiteral(" with no home visit since");
        }
        QDate due;
        QString interval;
        if (const auto days = planVisitIntervalDaysAt(m_n, m_asOf)) {
            due = basis.addDays(*days);
            interval = QStringLiteral("the risk management plan sets a visit every %1 days").arg(*days);
        } else if (m_risk) {
            const int months = m_p.visitIntervalMonths[riskIndex(*m_risk)];
            due = addMonthsClamped(basis, months);
            interval = QStringLiteral("%1 risk calls for a visit every %2 months").arg(riskWords(*m_risk)).arg(months);
        } else {
            return;
        }
        dated(
            kVisitsOverdue, nullptr, due, Role::Officer,
            [&] { return basisText + QStringLiteral("; ") + interval + QLatin1Char('.'); },
            [&] { return QStringLiteral("A home visit is recorded."); });
    }

    // The last `count` home visits on or before asOf and on or after the last release, in
    // date order (records of one date in list order); empty when there are fewer.
    QList<const Visit*> lastHomeVisits(int count) const
    {
        const auto released = releasedOnAt(m_n, m_asOf);
        QList<const Visit*> home;
        for (const Visit& v : m_n.visits) {
            if (v.type == VisitType::Home && isOnOrBeforeAsOf(v.date) && (!released || v.date >= *released)) {
                home.append(&v);
            }
        }
        if (count < 1 || home.size() < count) {
            return {};
        }
        std::stable_sort(home.begin(), home.end(), [](const Visit* a, const Visit* b) { return a->date < b->date; });
        return home.mid(home.size() - count);
    }

    void visitsPredictable()
    {
        if (!m_inCommunity || m_mode != ManagementMode::Active) {
            return;
        }
        const QList<const Visit*> last = lastHomeVisits(m_p.patternVisits);
        if (last.isEmpty() || last.front()->date < addMonthsClamped(m_asOf, -m_p.patternWindowMonths)) {
            return;
        }
        const bool allAnnounced =
            std::all_of(last.cbegin(), last.cend(), [](const Visit* v) { return v->announced.value_or(false); });
        const int weekday = last.front()->date.dayOfWeek();
        const bool sameWeekday =
            std::all_of(last.cbegin(), last.cend(), [&](const Visit* v) { return v->date.dayOfWeek() == weekday; });
        if (!allAnnounced && !sameWeekday) {
            return;
        }
        const QDate latest = last.back()->date;
        const QString day = dayName(last.front()->date);
        dated(
            kVisitsPredictable, nullptr, latest.addDays(m_p.patternReviewDays), Role::Officer,
            [&] {
                QStringList patterns;
                if (allAnnounced) {
                    patterns.append(QStringLiteral("all announced"));
                }
                if (sameWeekday) {
                    patterns.append(QStringLiteral("all on a %1").arg(day));
                }
                return QStringLiteral("The last %1 home visits (%2) were %3.")
                    .arg(last.size())
                    .arg(visitDates(last), patterns.join(QStringLiteral(" and ")));
            },
            [&] {
                QStringList breaks;
                if (allAnnounced) {
                    breaks.append(QStringLiteral("unannounced"));
                }
                if (sameWeekday) {
                    breaks.append(QStringLiteral("on a day other than %1").arg(day));
                }
                return QStringLiteral("A home visit that breaks the pattern (%1) is recorded.")
                    .arg(breaks.join(allAnnounced && sameWeekday ? QStringLiteral(" or ") : QString()));
            });
    }

    void visitsUnverified()
    {
        if (!m_inCommunity || m_mode != ManagementMode::Active) {
            return;
        }
        const QList<const Visit*> last = lastHomeVisits(m_p.curiosityVisits);
        const bool nothingVerified = std::all_of(
            last.cbegin(), last.cend(), [](const Visit* v) { return v->checks.isEmpty() && isBlank(v->verified); });
        if (last.isEmpty() || !nothingVerified) {
            return;
        }
        dated(
            kVisitsUnverified, nullptr, last.back()->date.addDays(m_p.curiosityReviewDays), Role::Officer,
            [&] {
                return QStringLiteral("The last %1 home visits (%2) each verified nothing.")
                    .arg(last.size())
                    .arg(visitDates(last));
            },
            [&] { return QStringLiteral("A home visit that verifies something is recorded."); });
    }

    // The plan in force on day d: the last plan with from <= d (records of one date: the
    // later in the list).
    const Plan* planInForce(QDate d) const
    {
        const Plan* found = nullptr;
        for (const Plan& p : m_n.plans) {
            if (p.from.isValid() && p.from <= d && (!found || p.from >= found->from)) {
                found = &p;
            }
        }
        return found;
    }

    void planEscalationTrigger()
    {
        if (m_n.plans.isEmpty()) {
            return;
        }
        // One matcher per plan version, built only when an entry needs it.
        QHash<const Plan*, TriggerMatcher> matchers;
        for (qsizetype i = 0; i < m_n.entries.size(); ++i) {
            const Entry& e = m_n.entries[i];
            const QDate day = m_entryDay[i];
            if (!canCarryTriggers(e.type) || !isOnOrBeforeAsOf(day)) {
                continue;
            }
            const Plan* plan = planInForce(day);
            if (!plan || plan->triggerPhrases.isEmpty()) {
                continue;
            }
            const QDate due = day.addDays(m_p.planTriggerDays);
            if (m_asOf < due.addDays(-m_p.warnDays) || referralDecidedSince(day)) {
                continue;
            }
            auto it = matchers.find(plan);
            if (it == matchers.end()) {
                it = matchers.insert(plan, TriggerMatcher(plan->triggerPhrases));
            }
            const QStringList phrases = it->matches(e.text);
            if (phrases.isEmpty()) {
                continue;
            }
            dated(
                kPlanEscalationTrigger, &e.id, due, Role::Inspector,
                [&] {
                    return QStringLiteral("%1 of %2 meets the escalation trigger %3 %4 of the risk management plan "
                                          "from %5.")
                        .arg(entryLabel(e), iso(day),
                             phrases.size() == 1 ? QStringLiteral("phrase") : QStringLiteral("phrases"),
                             quotedList(phrases), iso(plan->from));
                },
                [&] {
                    return QStringLiteral("An inspector records a MAPPA referral decision (referred, or not referred "
                                          "with a reason) dated on or after %1.")
                        .arg(iso(day));
                });
        }
    }

    void reactiveEligible()
    {
        if (!m_inCommunity || m_mode != ManagementMode::Active) {
            return;
        }
        const QDate windowStart = addYearsClamped(m_asOf, -m_p.reactiveMinLowYears);
        if (!lowOnEveryDay(m_n, windowStart, m_asOf)) {
            return;
        }
        for (qsizetype i = 0; i < m_n.entries.size(); ++i) {
            const QDate day = m_entryDay[i];
            if (isSeriousInformation(m_n.entries[i].type) && day.isValid() && day >= windowStart && day <= m_asOf) {
                return;
            }
        }
        const QDate recheckStart = addMonthsClamped(m_asOf, -m_p.reactiveRecheckMonths);
        for (const ManagementDecision& d : m_n.managementDecisions) {
            if (d.decision == ManagementDecisionKind::StayActive && d.on >= recheckStart && d.on <= m_asOf) {
                return;
            }
        }
        info(kReactiveEligible, Role::Sergeant,
             QStringLiteral("Low risk on every day since %1 with no concern, disclosure or intelligence entry, and no "
                            "stay_active decision since %2: the case may move to reactive management.")
                 .arg(iso(windowStart), iso(recheckStart)),
             QStringLiteral("The case moves to reactive management, or a stay_active decision is recorded."));
    }

    void reactiveReview()
    {
        if (m_mode != ManagementMode::Reactive) {
            return;
        }
        const QDate move = reactiveMoveAt(m_n, m_asOf);
        for (qsizetype i = 0; i < m_n.entries.size(); ++i) {
            const Entry& e = m_n.entries[i];
            const QDate day = m_entryDay[i];
            if (!isSeriousInformation(e.type) || !isOnOrBeforeAsOf(day) || day < move) {
                continue;
            }
            const bool decided =
                std::any_of(m_n.managementDecisions.cbegin(), m_n.managementDecisions.cend(),
                            [&](const ManagementDecision& d) { return d.on >= day && d.on <= m_asOf; });
            if (decided) {
                continue;
            }
            dated(
                kReactiveReview, &e.id, day.addDays(m_p.reactiveReviewDays), Role::Sergeant,
                [&] {
                    return QStringLiteral("%1 of %2 was made while the case is managed reactively (since %3).")
                        .arg(entryLabel(e), iso(day), iso(move));
                },
                [&] {
                    return QStringLiteral("A management decision dated on or after %1 is recorded.").arg(iso(day));
                });
        }
    }

    void notificationAnnual()
    {
        if (!m_inCommunity) {
            return;
        }
        QDate last = m_n.registration.firstNotified;
        for (const Notification& n : m_n.notifications) {
            const bool restarts = n.kind == NotificationKind::Initial || n.kind == NotificationKind::Annual ||
                                  n.kind == NotificationKind::Change;
            if (restarts && isOnOrBeforeAsOf(n.date) && n.date > last) {
                last = n.date;
            }
        }
        const QDate anniversary = addMonthsClamped(last, kAnnualNotificationMonths);
        QDate due = anniversary;
        std::optional<QDate> releasedAfter;
        if (isInCustodyOnAsKnown(anniversary)) {
            releasedAfter = communityDayFrom(m_n, anniversary, m_asOf);
            if (!releasedAfter) {
                return;
            }
            due = releasedAfter->addDays(kDaysAfterReleaseToNotify);
        }
        dated(
            kNotificationAnnual, nullptr, due, Role::Officer,
            [&] {
                QString text = QStringLiteral("Last initial, annual or change notification on %1; the annual "
                                              "notification fell due on %2")
                                   .arg(iso(last), iso(anniversary));
                if (anniversary > m_asOf) {
                    text = QStringLiteral("Last initial, annual or change notification on %1; the annual "
                                          "notification falls due on %2")
                               .arg(iso(last), iso(anniversary));
                }
                if (releasedAfter) {
                    text += QStringLiteral(", while in custody; released on %1").arg(iso(*releasedAfter));
                }
                return text + QLatin1Char('.');
            },
            [&] { return QStringLiteral("A newer initial, annual or change notification is recorded."); });
    }

    bool isInCustodyOnAsKnown(QDate day) const
    {
        const auto free = communityDayFrom(m_n, day, m_asOf);
        return !free || *free != day;
    }

    void indefiniteReview()
    {
        const Registration& reg = m_n.registration;
        const std::optional<QDate> from = indefiniteReviewFrom(reg);
        if (!from) {
            return;
        }
        const QDate eligible = *from;
        if (m_asOf < eligible) {
            return;
        }
        const QDate since = addYearsClamped(m_asOf, -m_p.indefiniteRereviewYears);
        const bool reviewed = std::any_of(
            m_n.indefiniteReviewDecisions.cbegin(), m_n.indefiniteReviewDecisions.cend(),
            [&](const IndefiniteReviewDecision& d) { return d.on.isValid() && d.on >= since && d.on <= m_asOf; });
        if (reviewed) {
            return;
        }
        info(kIndefiniteReview, Role::Inspector,
             QStringLiteral("Notified indefinitely since %1; eligible for review from %2; no review decision since %3.")
                 .arg(iso(reg.firstNotified), iso(eligible), iso(since)),
             QStringLiteral("An inspector records an indefinite-review decision."));
    }

    void dropDuplicateKeys()
    {
        if (m_out.size() < 2) {
            return;
        }
        QSet<QString> seen;
        QList<Alert> unique;
        unique.reserve(m_out.size());
        for (Alert& a : m_out) {
            if (!seen.contains(a.key)) {
                seen.insert(a.key);
                unique.append(std::move(a));
            }
        }
        m_out = std::move(unique);
    }

    const RulesEngine& m_e;
    const Numbers& m_p;
    const Nominal& m_n;
    const QDate m_asOf;
    const QHash<QString, QStringList>* m_matches;

    QString m_owner;
    bool m_inCommunity = false;
    std::optional<RiskLevel> m_risk;
    ManagementMode m_mode = ManagementMode::Active;
    std::optional<std::optional<QString>> m_sergeant;
    std::optional<std::optional<QString>> m_inspector;
    QList<QDate> m_entryDay;
    QSet<QString> m_overseen;
    QSet<QString> m_decidedByInspector;
    QSet<QString> m_overridden;
    QList<Alert> m_out;
};

QList<Alert> RulesEngine::evaluate(const Nominal& nominal, QDate asOf,
                                   const QHash<QString, QStringList>* precomputedMatches) const
{
    return Run(*this, nominal, asOf, precomputedMatches).alerts();
}

} // namespace somdesk
