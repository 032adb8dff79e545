#include "core/rules/CaseState.h"

#include "core/rules/Dates.h"

#include <QHash>

#include <algorithm>

namespace somdesk {

namespace {

// Index of the record with the latest date on or before d (ties: the later in the list).
template <typename T, typename DateOf> qsizetype lastOnOrBefore(const QList<T>& list, QDate d, DateOf dateOf)
{
    qsizetype best = -1;
    QDate bestDate;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDate x = dateOf(list[i]);
        if (x.isValid() && x <= d && (best < 0 || x >= bestDate)) {
            best = i;
            bestDate = x;
        }
    }
    return best;
}

} // namespace

std::optional<RiskLevel> riskAt(const Nominal& n, QDate d)
{
    if (n.riskHistory.isEmpty()) {
        const QDate from = n.registration.firstNotified;
        if (from.isValid() && from <= d) {
            return n.riskLevel;
        }
        return std::nullopt;
    }
    const qsizetype i = lastOnOrBefore(n.riskHistory, d, [](const RiskHistoryItem& r) { return r.from; });
    if (i < 0) {
        return std::nullopt;
    }
    return n.riskHistory[i].level;
}

const Transfer* latestTransferAt(const Nominal& n, QDate d)
{
    const qsizetype i = lastOnOrBefore(n.transfers, d, [](const Transfer& t) { return t.on; });
    return i < 0 ? nullptr : &n.transfers[i];
}

QString ownerAt(const Nominal& n, QDate d)
{
    if (n.transfers.isEmpty()) {
        return n.owner;
    }
    if (const Transfer* t = latestTransferAt(n, d)) {
        return t->to;
    }
    // Every transfer is later: the case belonged to the first one's `from` until then.
    const Transfer* first = nullptr;
    for (const Transfer& t : n.transfers) {
        if (!first || t.on < first->on) {
            first = &t;
        }
    }
    return first->from;
}

ManagementMode managementAt(const Nominal& n, QDate d)
{
    const qsizetype i = lastOnOrBefore(n.managementDecisions, d, [](const ManagementDecision& m) { return m.on; });
    if (i >= 0) {
        switch (n.managementDecisions[i].decision) {
        case ManagementDecisionKind::MoveReactive:
        case ManagementDecisionKind::StayReactive:
            return ManagementMode::Reactive;
        case ManagementDecisionKind::ReturnActive:
        case ManagementDecisionKind::StayActive:
            return ManagementMode::Active;
        }
    }
    if (!n.managementSince || *n.managementSince <= d) {
        return n.management;
    }
    return ManagementMode::Active;
}

QDate reactiveMoveAt(const Nominal& n, QDate d)
{
    std::optional<QDate> move;
    if (n.management == ManagementMode::Reactive && n.managementSince && *n.managementSince <= d) {
        move = *n.managementSince;
    }
    for (const ManagementDecision& m : n.managementDecisions) {
        if (m.decision == ManagementDecisionKind::MoveReactive && m.on <= d && (!move || m.on > *move)) {
            move = m.on;
        }
    }
    return move.value_or(n.registration.firstNotified);
}

RegisterStatus registerStatusAt(const Nominal& n, QDate d)
{
    for (const IndefiniteReviewDecision& r : n.indefiniteReviewDecisions) {
        if (r.outcome == IndefiniteOutcome::Discharge && r.on.isValid() && r.on <= d) {
            return RegisterStatus::Removed;
        }
    }
    if (!n.registerStatusSince || *n.registerStatusSince <= d) {
        return n.registerStatus;
    }
    return RegisterStatus::Registered;
}

std::optional<int> notificationPeriodMonths(const Registration& r)
{
    int months = 0;
    switch (r.period) {
    case NotificationPeriod::Indefinite:
        return std::nullopt;
    case NotificationPeriod::Years10:
        months = 120;
        break;
    case NotificationPeriod::Years7:
        months = 84;
        break;
    case NotificationPeriod::Years5:
        months = 60;
        break;
    case NotificationPeriod::Years2:
        months = 24;
        break;
    }
    return r.under18AtNotification.value_or(false) ? months / 2 : months;
}

std::optional<QDate> registrationEnd(const Registration& r)
{
    const auto months = notificationPeriodMonths(r);
    if (!months) {
        return std::nullopt;
    }
    return addMonthsClamped(r.firstNotified, *months);
}

bool isRegisteredOn(const Nominal& n, QDate d)
{
    const QDate first = n.registration.firstNotified;
    if (!first.isValid() || !d.isValid() || d < first) {
        return false;
    }
    if (const auto end = registrationEnd(n.registration); end && d >= *end) {
        return false;
    }
    return registerStatusAt(n, d) == RegisterStatus::Registered;
}

const CustodyPeriod* currentCustodyAt(const Nominal& n, QDate d)
{
    const CustodyPeriod* current = nullptr;
    for (const CustodyPeriod& c : n.custody) {
        if (c.from.isValid() && c.from <= d && (!c.releasedOn || *c.releasedOn > d) &&
            (!current || c.from >= current->from)) {
            current = &c;
        }
    }
    return current;
}

bool isInCustodyOn(const Nominal& n, QDate d)
{
    return currentCustodyAt(n, d) != nullptr;
}

std::optional<QDate> releasedOnAt(const Nominal& n, QDate d)
{
    std::optional<QDate> latest;
    for (const CustodyPeriod& c : n.custody) {
        if (c.releasedOn && c.releasedOn->isValid() && *c.releasedOn <= d && (!latest || *c.releasedOn > *latest)) {
            latest = *c.releasedOn;
        }
    }
    return latest;
}

std::optional<QDate> communityDayFrom(const Nominal& n, QDate day, QDate asOf)
{
    QDate d = day;
    // Each step moves to a later release, so the loop ends within custody.size() steps.
    for (qsizetype guard = 0; guard <= n.custody.size(); ++guard) {
        std::optional<QDate> release;
        bool held = false;
        for (const CustodyPeriod& c : n.custody) {
            if (!c.from.isValid() || c.from > asOf || c.from > d) {
                continue;
            }
            const bool releaseKnown = c.releasedOn && *c.releasedOn <= asOf;
            if (releaseKnown && *c.releasedOn <= d) {
                continue;
            }
            held = true;
            if (!releaseKnown) {
                return std::nullopt;
            }
            if (!release || *c.releasedOn > *release) {
                release = *c.releasedOn;
            }
        }
        if (!held) {
            return d;
        }
        d = *release;
    }
    return std::nullopt;
}

std::optional<int> planVisitIntervalDaysAt(const Nominal& n, QDate d)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < n.plans.size(); ++i) {
        const Plan& p = n.plans[i];
        if (p.visitIntervalDays && p.from.isValid() && p.from <= d && (best < 0 || p.from >= n.plans[best].from)) {
            best = i;
        }
    }
    if (best < 0) {
        return std::nullopt;
    }
    return n.plans[best].visitIntervalDays;
}

bool lowOnEveryDay(const Nominal& n, QDate from, QDate to)
{
    if (riskAt(n, from) != RiskLevel::Low) {
        return false;
    }
    // Only the last record of a date sets that day's level.
    QHash<QDate, RiskLevel> levelOfDay;
    for (const RiskHistoryItem& r : n.riskHistory) {
        if (r.from > from && r.from <= to) {
            levelOfDay.insert(r.from, r.level);
        }
    }
    return std::all_of(levelOfDay.cbegin(), levelOfDay.cend(), [](RiskLevel l) { return l == RiskLevel::Low; });
}

std::optional<QDate> indefiniteReviewFrom(const Registration& r)
{
    constexpr int kYears = 15;
    constexpr int kYearsUnder18 = 8;
    if (r.period != NotificationPeriod::Indefinite) {
        return std::nullopt;
    }
    return addYearsClamped(r.firstNotified, r.under18AtNotification.value_or(false) ? kYearsUnder18 : kYears);
}

} // namespace somdesk
