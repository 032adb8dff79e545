#include "ReviewChecks.h"

#include "core/InputLimits.h"
#include "core/rules/Dates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk {

namespace {

QString timestampText(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

} // namespace

Result<qsizetype> pendingReviewFor(const Nominal& n, const QString& entryId)
{
    qsizetype pending = -1;
    qsizetype decided = -1;
    for (qsizetype i = 0; i < n.reviews.size(); ++i) {
        const Review& r = n.reviews[i];
        if (r.entry != entryId) {
            continue;
        }
        if (r.decision == ReviewDecision::Pending) {
            if (pending < 0 || r.requestedAt < n.reviews[pending].requestedAt) {
                pending = i;
            }
        } else if (decided < 0 ||
                   r.decidedAt.value_or(QDateTime()) >= n.reviews[decided].decidedAt.value_or(QDateTime())) {
            decided = i;
        }
    }
    if (pending >= 0) {
        return pending;
    }
    if (decided < 0) {
        return Error::notFound(u"entry: no re-evaluation request for %1 on %2"_s.arg(entryId, n.ref));
    }
    const Review& r = n.reviews[decided];
    return Error::conflict(u"entry: the re-evaluation of %1 was already %2 by %3 at %4 (reviews[%5])"_s
                               .arg(entryId, toString(r.decision), r.decidedBy.value_or(u"?"_s),
                                    r.decidedAt ? timestampText(*r.decidedAt) : u"?"_s)
                               .arg(decided));
}

std::optional<QString> separationOfDuties(const Nominal& n, const Review& review, const QString& username)
{
    if (review.requestedBy == username) {
        return u"permission denied: you requested the re-evaluation of %1; another inspector must decide it"_s.arg(
            review.entry);
    }
    const auto entry =
        std::find_if(n.entries.cbegin(), n.entries.cend(), [&](const Entry& e) { return e.id == review.entry; });
    if (entry != n.entries.cend() && entry->by == username) {
        return u"permission denied: you wrote entry %1; another inspector must decide its re-evaluation"_s.arg(
            review.entry);
    }
    return std::nullopt;
}

Status checkDecision(ReviewDecision decision, const QString& reason)
{
    if (decision != ReviewDecision::Approved && decision != ReviewDecision::Rejected) {
        return Error::invalid(u"decision: approved or rejected (\"%1\" decides nothing)"_s.arg(toString(decision)));
    }
    if (std::all_of(reason.cbegin(), reason.cend(), [](QChar c) { return c.isSpace(); })) {
        return Error::invalid(u"reason: required"_s);
    }
    if (reason.size() > limits::kMaxText) {
        return Error::invalid(u"reason: longer than %1 characters"_s.arg(limits::kMaxText));
    }
    return {};
}

Result<QList<RiskHistoryItem>> riskChangesFor(const Nominal& n, RiskLevel proposed, const QDate& today)
{
    QList<RiskHistoryItem> out;
    if (n.riskHistory.isEmpty()) {
        // The bundle writer and the rules read a missing history as the level from first
        // notification; once a change is added that start must be written down.
        out.append({n.registration.firstNotified, n.riskLevel});
    }
    const QList<RiskHistoryItem>& history = n.riskHistory.isEmpty() ? out : n.riskHistory;
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (history[i].from > today) {
            return Error::conflict(u"risk_history[%1]: a change dated %2 is after today (%3), so an approval today "
                                   u"could not be the last risk level"_s.arg(i)
                                       .arg(toIsoDate(history[i].from), toIsoDate(today)));
        }
    }
    if (n.riskLevel == proposed) {
        return QList<RiskHistoryItem>{};
    }
    out.append({today, proposed});
    return out;
}

} // namespace somdesk
