#pragma once

// The state of a case on a given day, from its dated facts (rules.md "Dates" and "Facts as
// of a date"). Facts dated after the day are ignored, so asking about a past day gives the
// case as it stood then. Services and views use these too (e.g. "owned by USER at asOf"),
// so the rules and the screens can never disagree about who owns a case or whether a
// person is in custody.
//
// Where a list holds several records on the same date, the one later in the list counts as
// the last.

#include "core/Domain.h"

#include <QDate>
#include <QString>

#include <optional>

namespace somdesk {

// Risk level on day d: the last risk_history entry from on or before d; unknown before the
// first; with no history, risk_level from first notification (unknown before it).
std::optional<RiskLevel> riskAt(const Nominal& n, QDate d);

// Owning officer on day d: `to` of the last transfer on or before d; the `from` of the first
// transfer when all are later; `owner` when there are none.
QString ownerAt(const Nominal& n, QDate d);

// The last transfer on or before d, or null.
const Transfer* latestTransferAt(const Nominal& n, QDate d);

// Management mode on day d (last decision on or before d; else `management` when
// `management_since` is absent or on or before d; else active).
ManagementMode managementAt(const Nominal& n, QDate d);

// "The move" to reactive as of d: the later of `management_since` (when the nominal's mode
// is reactive and that date is on or before d) and the last move_reactive decision on or
// before d; first notification when neither exists.
QDate reactiveMoveAt(const Nominal& n, QDate d);

// Register status on day d: register_status from register_status_since (always when that
// is absent), registered before it; an indefinite-review discharge removes from its date.
RegisterStatus registerStatusAt(const Nominal& n, QDate d);

// Months of the notification period (halved when under 18 at notification); absent for
// indefinite.
std::optional<int> notificationPeriodMonths(const Registration& r);

// First day no longer within the notification period; absent for indefinite.
std::optional<QDate> registrationEnd(const Registration& r);

// first_notified ≤ d < end of the period, and register status on d is registered.
bool isRegisteredOn(const Nominal& n, QDate d);

// Some custody period has from ≤ d and no released_on or released_on > d. The release
// day itself is in the community.
bool isInCustodyOn(const Nominal& n, QDate d);

// The custody period holding the person on d (the one with the latest `from` when
// periods overlap), or null in the community.
const CustodyPeriod* currentCustodyAt(const Nominal& n, QDate d);

// "Released on R": the latest released_on on or before d.
std::optional<QDate> releasedOnAt(const Nominal& n, QDate d);

// The first day on or after `day` on which the person is in the community, using only
// custody facts known on `asOf` (periods from on or before it, releases on or before it);
// absent when no such release is known yet.
std::optional<QDate> communityDayFrom(const Nominal& n, QDate day, QDate asOf);

// Risk was low on every day from `from` to `to` (management.reactive_eligible, and the
// move to reactive management): low at `from`, and every level taking effect later in the
// window low. A day of unknown risk is not a low day.
bool lowOnEveryDay(const Nominal& n, QDate from, QDate to);

// The first day an indefinite notification may be reviewed: first notification + 15 years
// (8 when under 18 at notification), statutory, not policy. Absent for a fixed period.
std::optional<QDate> indefiniteReviewFrom(const Registration& r);

// visit_interval_days of the last plan on or before d that sets one.
std::optional<int> planVisitIntervalDaysAt(const Nominal& n, QDate d);

} // namespace somdesk
