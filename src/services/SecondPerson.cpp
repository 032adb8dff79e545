#include "SecondPerson.h"

namespace somdesk {

namespace {

bool samePerson(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The request's second is "since": an account made in the same second as the request is
// not known to be older than it (timestamps are stored to the second).
bool atOrAfter(const std::optional<QDateTime>& t, const QDateTime& instant)
{
    return !t || t->toSecsSinceEpoch() >= instant.toSecsSinceEpoch();
}

} // namespace

std::optional<QString> erasureApproverProblem(const StoredUser& approver, const QString& requester,
                                              const QDateTime& requestedAt)
{
    if (samePerson(approver.user.username, requester)) {
        return QStringLiteral("permission denied: the approver must be another person");
    }
    if (atOrAfter(approver.createdAt, requestedAt)) {
        return QStringLiteral("permission denied: the approver's account was made after the erasure was requested; "
                              "an inspector whose account is older than the request must approve");
    }
    if (approver.passwordSetAt && atOrAfter(approver.passwordSetAt, requestedAt) &&
        !samePerson(approver.passwordSetBy, approver.user.username)) {
        return QStringLiteral("permission denied: the approver's password was set by %1 after the erasure was "
                              "requested; another inspector must approve")
            .arg(approver.passwordSetBy);
    }
    return std::nullopt;
}

std::optional<QString> reviewDeciderProblem(const StoredUser& decider, const QString& requester,
                                            const QDateTime& requestedAt)
{
    if (samePerson(decider.user.username, requester)) {
        return QStringLiteral("permission denied: you requested this re-evaluation; another inspector must decide it");
    }
    if (samePerson(decider.createdBy, requester)) {
        return QStringLiteral("permission denied: the requester created your account; another inspector must decide "
                              "this re-evaluation");
    }
    if (samePerson(decider.passwordSetBy, requester) && atOrAfter(decider.passwordSetAt, requestedAt)) {
        return QStringLiteral("permission denied: the requester set your password after the request; another "
                              "inspector must decide this re-evaluation");
    }
    return std::nullopt;
}

} // namespace somdesk
