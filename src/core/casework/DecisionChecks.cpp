#include "DecisionChecks.h"

#include "core/casework/CheckSupport.h"
#include "core/rules/CaseState.h"
#include "core/rules/Dates.h"

using namespace Qt::StringLiterals;

namespace somdesk {

namespace {

// The index of the latest record by date (ties: the later in the list), or -1.
template <typename T, typename DateOf> qsizetype latest(const QList<T>& list, DateOf dateOf)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (best < 0 || dateOf(list[i]) >= dateOf(list[best])) {
            best = i;
        }
    }
    return best;
}

// Decisions are appended in date order, so the new one is the last of its list (the one
// the bundle's consistency checks and the rules read).
template <typename T, typename DateOf>
Status notBeforeLatest(const QList<T>& list, const QDate& on, DateOf dateOf, const QString& list_name,
                       const QString& words)
{
    const qsizetype i = latest(list, dateOf);
    if (i >= 0 && on < dateOf(list[i])) {
        return Error::invalid(
            u"on: before the latest %1 (%2[%3], %4)"_s.arg(words, list_name).arg(i).arg(toIsoDate(dateOf(list[i]))));
    }
    return {};
}

} // namespace

ManagementMode modeAfter(ManagementDecisionKind decision)
{
    return decision == ManagementDecisionKind::MoveReactive || decision == ManagementDecisionKind::StayReactive
               ? ManagementMode::Reactive
               : ManagementMode::Active;
}

Status checkTransfer(const Transfer& t, const Nominal& current, const QDate& today)
{
    if (Status st = notAfterToday(t.on, u"on"_s, today); !st) {
        return st;
    }
    if (Status st = notBeforeLatest(
            current.transfers, t.on, [](const Transfer& x) { return x.on; }, u"transfers"_s, u"transfer"_s);
        !st) {
        return st;
    }
    if (t.acknowledgedAt) {
        return Error::invalid(u"acknowledged_at: set when the new owner acknowledges the transfer, not before"_s);
    }
    if (t.from != current.owner) {
        return Error::invalid(u"from: must be the current owner of %1 (%2)"_s.arg(current.ref, current.owner));
    }
    if (t.to.isEmpty()) {
        return Error::invalid(u"to: required"_s);
    }
    if (t.to == t.from) {
        return Error::invalid(u"to: %1 already owns %2"_s.arg(t.to, current.ref));
    }
    return {};
}

Status checkManagementDecision(const ManagementDecision& d, const Nominal& current, const Policy& policy,
                               const QDate& today)
{
    if (Status st = notAfterToday(d.on, u"on"_s, today); !st) {
        return st;
    }
    if (Status st = notBeforeLatest(
            current.managementDecisions, d.on, [](const ManagementDecision& x) { return x.on; },
            u"management_decisions"_s, u"management decision"_s);
        !st) {
        return st;
    }
    if (current.managementSince && d.on < *current.managementSince) {
        return Error::invalid(u"on: before the current management mode began (management_since %1)"_s.arg(
            toIsoDate(*current.managementSince)));
    }
    if (d.by.isEmpty()) {
        return Error::invalid(u"by: required"_s);
    }
    if (Status st = requiredText(d.reason, u"reason"_s); !st) {
        return st;
    }
    // stay_active and move_reactive answer a case managed actively; stay_reactive and
    // return_active one managed reactively.
    const bool forActive =
        d.decision == ManagementDecisionKind::StayActive || d.decision == ManagementDecisionKind::MoveReactive;
    const ManagementMode needs = forActive ? ManagementMode::Active : ManagementMode::Reactive;
    if (current.management != needs) {
        return Error::invalid(u"decision: %1 is for a case under %2 management (%3 is under %4 management)"_s.arg(
            toString(d.decision), toString(needs), current.ref, toString(current.management)));
    }
    // Reactive management is for people assessed low risk for the policy's years (domain.md):
    // a supervisor may keep an eligible case active, but not move another one to reactive.
    if (d.decision == ManagementDecisionKind::MoveReactive) {
        const int years = policy.number(u"reactive_min_low_years"_s);
        const QDate since = addYearsClamped(d.on, -years);
        if (!lowOnEveryDay(current, since, d.on)) {
            const std::optional<RiskLevel> risk = riskAt(current, d.on);
            return Error::invalid(
                u"decision: move_reactive is for a case assessed low risk on every day since %1 "
                u"(reactive_min_low_years %2); %3 is %4 (a re-evaluation of risk comes first)"_s.arg(toIsoDate(since))
                    .arg(years)
                    .arg(current.ref, risk == RiskLevel::Low ? u"low risk for less time"_s
                                      : risk                 ? toString(*risk) + u" risk"_s
                                                             : u"of unknown risk"_s));
        }
    }
    return {};
}

Status checkIndefiniteReview(const IndefiniteReviewDecision& d, const Nominal& current, const QDate& today)
{
    if (Status st = notAfterToday(d.on, u"on"_s, today); !st) {
        return st;
    }
    const std::optional<QDate> from = indefiniteReviewFrom(current.registration);
    if (!from) {
        return Error::invalid(u"outcome: %1 is notified for %2, not indefinitely; only an indefinite notification "
                              u"is reviewed"_s.arg(current.ref, toString(current.registration.period)));
    }
    if (current.registerStatus != RegisterStatus::Registered) {
        return Error::invalid(u"outcome: %1 is no longer on the register (%2%3)"_s.arg(
            current.ref, toString(current.registerStatus),
            current.registerStatusSince ? u" since "_s + toIsoDate(*current.registerStatusSince) : QString()));
    }
    if (d.on < *from) {
        return Error::invalid(
            u"on: before %1, when the indefinite notification may first be reviewed"_s.arg(toIsoDate(*from)));
    }
    if (Status st = notBeforeLatest(
            current.indefiniteReviewDecisions, d.on, [](const IndefiniteReviewDecision& x) { return x.on; },
            u"indefinite_review_decisions"_s, u"indefinite-review decision"_s);
        !st) {
        return st;
    }
    if (d.by.isEmpty()) {
        return Error::invalid(u"by: required"_s);
    }
    return requiredText(d.reason, u"reason"_s);
}

} // namespace somdesk
