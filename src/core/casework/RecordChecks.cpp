#include "RecordChecks.h"

#include "core/casework/CheckSupport.h"
#include "core/casework/DecisionChecks.h"
#include "core/rules/Dates.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace somdesk {

namespace {

QString iso(const QDate& d)
{
    return toIsoDate(d);
}

// Every name of the policy list rated exactly once, and nothing else.
Status checkFactors(const QList<FactorRating>& ratings, const QStringList& names, const QString& field)
{
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QString path = u"%1[%2]"_s.arg(field).arg(i);
        if (!names.contains(ratings[i].factor)) {
            return Error::invalid(
                u"%1.factor: unknown factor \"%2\" (known: %3)"_s.arg(path, ratings[i].factor, names.join(u", "_s)));
        }
        for (qsizetype k = 0; k < i; ++k) {
            if (ratings[k].factor == ratings[i].factor) {
                return Error::invalid(
                    u"%1.factor: \"%2\" is already rated at %3[%4]"_s.arg(path, ratings[i].factor, field).arg(k));
            }
        }
        if (Status st = textWithin(ratings[i].note, path + u".note"_s); !st) {
            return st;
        }
    }
    for (const QString& name : names) {
        if (std::none_of(ratings.cbegin(), ratings.cend(), [&](const FactorRating& r) { return r.factor == name; })) {
            return Error::invalid(u"%1: \"%2\" is not rated (every factor of the policy is)"_s.arg(field, name));
        }
    }
    return {};
}

Status checkVisit(const Visit& v, const Policy& policy, const QDateTime& now, const QDate& today)
{
    if (Status st = notAfterToday(v.date, u"date"_s, today); !st) {
        return st;
    }
    if (v.time && v.date == today) {
        const QTime london = now.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London"))).time();
        if (*v.time > london) {
            return Error::invalid(u"time: in the future (it is %1 now)"_s.arg(london.toString(u"HH:mm"_s)));
        }
    }
    if (v.by.isEmpty()) {
        return Error::invalid(u"by: required"_s);
    }
    const QStringList known = policy.list(u"visit_checks"_s);
    for (qsizetype i = 0; i < v.checks.size(); ++i) {
        if (!known.contains(v.checks[i])) {
            return Error::invalid(
                u"checks[%1]: unknown visit check \"%2\" (known: %3)"_s.arg(i).arg(v.checks[i], known.join(u", "_s)));
        }
        if (v.checks.indexOf(v.checks[i]) < i) {
            return Error::invalid(u"checks[%1]: \"%2\" is listed twice"_s.arg(i).arg(v.checks[i]));
        }
    }
    if (Status st = textWithin(v.outcome, u"outcome"_s); !st) {
        return st;
    }
    return textWithin(v.verified, u"verified"_s);
}

Status checkArms(const ArmsAssessment& a, const Policy& policy, const QDate& today)
{
    if (Status st = notAfterToday(a.completedOn, u"completed_on"_s, today); !st) {
        return st;
    }
    if (a.by.isEmpty()) {
        return Error::invalid(u"by: required"_s);
    }
    if (Status st = checkFactors(a.riskFactors, policy.list(u"arms_risk_factors"_s), u"risk_factors"_s); !st) {
        return st;
    }
    if (Status st =
            checkFactors(a.protectiveFactors, policy.list(u"arms_protective_factors"_s), u"protective_factors"_s);
        !st) {
        return st;
    }
    return textWithin(a.summary, u"summary"_s);
}

Status checkScreening(const Screening& s, const QDate& today)
{
    if (Status st = notAfterToday(s.date, u"date"_s, today); !st) {
        return st;
    }
    if (s.level < 1 || s.level > 3) {
        return Error::invalid(u"level: must be 1, 2 or 3"_s);
    }
    return textWithin(s.rationale, u"rationale"_s);
}

Status checkReferral(const MappaReferral& r, const QDate& today)
{
    if (Status st = notAfterToday(r.decidedOn, u"decided_on"_s, today); !st) {
        return st;
    }
    if (r.by.isEmpty()) {
        return Error::invalid(u"by: required"_s);
    }
    if (r.referred && (!r.level || *r.level < 2 || *r.level > 3)) {
        return Error::invalid(u"level: must be 2 or 3 when referred is true"_s);
    }
    if (!r.referred && r.level) {
        return Error::invalid(u"level: only for a referral (referred is false)"_s);
    }
    // rules.md: "not referred" counts only with a reason; a referral is explained too.
    return requiredText(r.reason, u"reason"_s);
}

// A static score: assessed by today; a computed one whose inputs validate and are about this
// person (their date of birth); an entered one with its category and source.
Status checkStaticScore(const StaticScore& s, const Nominal& current, const QDate& today)
{
    if (Status st = notAfterToday(s.assessedOn, u"assessment_date"_s, today); !st) {
        return st;
    }
    if (s.assessedOn < current.dateOfBirth) {
        return Error::invalid(u"assessment_date: before the date of birth (%1)"_s.arg(iso(current.dateOfBirth)));
    }
    if (s.tool == OspCalculator::toolName()) {
        // What a bundle of this score could not carry (BundleReader's static_scores checks).
        if (s.version != OspCalculator::version()) {
            return Error::invalid(
                u"version: %1 is computed as version %2"_s.arg(OspCalculator::toolName(), OspCalculator::version()));
        }
        if (s.category || s.source) {
            return Error::invalid(
                u"%1: only a score entered from another tool has one"_s.arg(s.category ? u"category"_s : u"source"_s));
        }
        if (!s.inputs) {
            return Error::invalid(u"inputs: required"_s);
        }
        if (s.inputs->dateOfBirth != current.dateOfBirth) {
            return Error::invalid(
                u"inputs.date_of_birth: must be %1's date of birth (%2)"_s.arg(current.ref, iso(current.dateOfBirth)));
        }
        const OspOutcome o = OspCalculator::compute(*s.inputs);
        if (!o.ok()) {
            const OspValidationError& e = o.errors.first();
            return Error::invalid(u"inputs%1: %2"_s.arg(e.field.isEmpty() ? QString() : u"."_s + e.field, e.code));
        }
        if (s.assessedOn != *s.inputs->assessmentDate) {
            return Error::invalid(
                u"assessment_date: must equal inputs.assessment_date (%1)"_s.arg(iso(*s.inputs->assessmentDate)));
        }
        return {};
    }
    if (s.inputs) {
        return Error::invalid(u"inputs: only a computed score (%1) has inputs"_s.arg(OspCalculator::toolName()));
    }
    if (s.tool.trimmed().isEmpty()) {
        return Error::invalid(u"tool: required"_s);
    }
    if (s.version.trimmed().isEmpty()) {
        return Error::invalid(u"version: required"_s);
    }
    if (!s.category || s.category->trimmed().isEmpty()) {
        return Error::invalid(u"category: required for a score entered from another tool"_s);
    }
    if (!s.source || isBlank(*s.source)) {
        return Error::invalid(u"source: required for a score entered from another tool"_s);
    }
    return textWithin(s.source, u"source"_s);
}

Status checkNotification(const Notification& n, const Nominal& current, const QDate& today)
{
    if (Status st = notAfterToday(n.date, u"date"_s, today); !st) {
        return st;
    }
    if (n.date < current.registration.firstNotified) {
        return Error::invalid(
            u"date: before the first notification (%1)"_s.arg(iso(current.registration.firstNotified)));
    }
    return {};
}

Status checkCustody(const CustodyPeriod& c, const Nominal& current, const QDate& today)
{
    if (Status st = notAfterToday(c.from, u"from"_s, today); !st) {
        return st;
    }
    if (c.expectedRelease && *c.expectedRelease < c.from) {
        return Error::invalid(u"expected_release: before the start of custody (%1)"_s.arg(iso(c.from)));
    }
    if (c.releasedOn) {
        if (Status st = notAfterToday(*c.releasedOn, u"released_on"_s, today); !st) {
            return st;
        }
        if (*c.releasedOn < c.from) {
            return Error::invalid(u"released_on: before the start of custody (%1)"_s.arg(iso(c.from)));
        }
    }
    for (qsizetype i = 0; i < current.custody.size(); ++i) {
        const CustodyPeriod& other = current.custody[i];
        if (!other.releasedOn) {
            return Error::invalid(
                u"from: custody[%1] is still open (since %2); record that release first"_s.arg(i).arg(iso(other.from)));
        }
        const QDate end = c.releasedOn.value_or(today);
        if (c.from <= *other.releasedOn && other.from <= end) {
            return Error::invalid(
                u"from: overlaps custody[%1] (%2 to %3)"_s.arg(i).arg(iso(other.from), iso(*other.releasedOn)));
        }
    }
    return {};
}

Status checkPlan(const Plan& p, const Nominal& current, const QDate& today)
{
    if (Status st = notAfterToday(p.from, u"from"_s, today); !st) {
        return st;
    }
    for (const Plan& earlier : current.plans) {
        if (earlier.from > p.from) {
            return Error::invalid(
                u"from: before the plan version of %1 (plans are versions: a new one starts on or after the latest)"_s
                    .arg(iso(earlier.from)));
        }
    }
    if (p.visitIntervalDays && *p.visitIntervalDays < 1) {
        return Error::invalid(u"visit_interval_days: at least 1"_s);
    }
    for (qsizetype i = 0; i < p.triggerPhrases.size(); ++i) {
        const QString path = u"trigger_phrases[%1]"_s.arg(i);
        if (isBlank(p.triggerPhrases[i])) {
            return Error::invalid(path + u": must not be blank"_s);
        }
        if (const qsizetype k = p.triggerPhrases.indexOf(p.triggerPhrases[i]); k < i) {
            return Error::invalid(u"%1: duplicate of trigger_phrases[%2]"_s.arg(path).arg(k));
        }
        if (Status st = textWithin(p.triggerPhrases[i], path); !st) {
            return st;
        }
    }
    if (Status st = textWithin(p.escalationTriggers, u"escalation_triggers"_s); !st) {
        return st;
    }
    return textWithin(p.summary, u"summary"_s);
}

} // namespace

Status checkRecord(const CaseworkRecord& record, const Nominal& current, const Policy& policy, const QDateTime& now)
{
    const QDate today = londonDate(now);
    switch (kindOf(record)) {
    case RecordKind::Visit:
        return checkVisit(std::get<Visit>(record), policy, now, today);
    case RecordKind::Arms:
        return checkArms(std::get<ArmsAssessment>(record), policy, today);
    case RecordKind::Screening:
        return checkScreening(std::get<Screening>(record), today);
    case RecordKind::MappaReferral:
        return checkReferral(std::get<MappaReferral>(record), today);
    case RecordKind::Notification:
        return checkNotification(std::get<Notification>(record), current, today);
    case RecordKind::Custody:
        return checkCustody(std::get<CustodyPeriod>(record), current, today);
    case RecordKind::Plan:
        return checkPlan(std::get<Plan>(record), current, today);
    case RecordKind::StaticScore:
        return checkStaticScore(std::get<StaticScore>(record), current, today);
    case RecordKind::Transfer:
        return checkTransfer(std::get<Transfer>(record), current, today);
    case RecordKind::ManagementDecision:
        return checkManagementDecision(std::get<ManagementDecision>(record), current, policy, today);
    case RecordKind::IndefiniteReview:
        return checkIndefiniteReview(std::get<IndefiniteReviewDecision>(record), current, today);
    }
    return Error::internal(u"unknown record kind"_s);
}

Result<qsizetype> checkRelease(const Nominal& current, const QDate& releasedOn, const QDateTime& now)
{
    if (Status st = notAfterToday(releasedOn, u"released_on"_s, londonDate(now)); !st) {
        return st.error();
    }
    for (qsizetype i = 0; i < current.custody.size(); ++i) {
        const CustodyPeriod& c = current.custody[i];
        if (!c.releasedOn) {
            if (releasedOn < c.from) {
                return Error::invalid(u"released_on: before the start of custody (%1)"_s.arg(iso(c.from)));
            }
            return i;
        }
    }
    return Error::invalid(u"released_on: %1 has no open custody period"_s.arg(current.ref));
}

Status checkConcern(const NewConcern& concern)
{
    if (Status st = requiredText(concern.text, u"text"_s); !st) {
        return st;
    }
    return requiredText(concern.rationale, u"rationale"_s);
}

Result<qsizetype> pendingTransferTo(const Nominal& current, const QString& username)
{
    for (qsizetype i = current.transfers.size() - 1; i >= 0; --i) {
        const Transfer& t = current.transfers[i];
        if (t.to == username && !t.acknowledgedAt) {
            return i;
        }
    }
    return Error::invalid(u"transfer: no transfer of %1 to %2 waits for acknowledgement"_s.arg(current.ref, username));
}

} // namespace somdesk
