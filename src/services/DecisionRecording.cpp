#include "DecisionRecording.h"

#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "core/casework/DecisionChecks.h"
#include "core/rules/Dates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk {

namespace {

// An account that does casework: exists, not disabled, not an administrator.
Result<User> caseworkAccount(ServiceContext& ctx, const QString& username, const QString& field)
{
    auto user = ctx.users().find(username);
    if (!user) {
        return user.error();
    }
    if (!*user || (*user)->isDisabled() || (*user)->user.role == Role::Admin) {
        return Error::invalid(u"%1: %2 is not an active casework account"_s.arg(field, username));
    }
    return (*user)->user;
}

Status checkTransferTo(ServiceContext& ctx, const Session& session, const Nominal& current, const Transfer& t)
{
    auto to = caseworkAccount(ctx, t.to, u"to"_s);
    if (!to) {
        return to.error();
    }
    // The recorder must still be able to work the case after it moves: a sergeant transfers
    // within their team, an inspector within their area (a move out of the team is the
    // inspector's).
    if (session.role == Role::Sergeant && (session.team.isEmpty() || to->team.value_or(QString()) != session.team)) {
        return ctx.refuse(session, current.ref,
                          Error::denied(u"permission denied: to: %1 is not in your team (%2); a transfer out of the "
                                        u"team is an inspector's"_s.arg(t.to, session.team)));
    }
    if (session.role == Role::Inspector && (session.area.isEmpty() || to->area.value_or(QString()) != session.area)) {
        return ctx.refuse(
            session, current.ref,
            Error::denied(u"permission denied: to: %1 is not in your area (%2)"_s.arg(t.to, session.area)));
    }
    return {};
}

// Name (collar) for the chronology, as acknowledgements show people.
QString staffLabel(ServiceContext& ctx, const QString& username)
{
    auto user = ctx.users().find(username);
    if (user && *user) {
        const User& u = (*user)->user;
        return u.collar ? u"%1 (%2)"_s.arg(u.name, *u.collar) : u.name;
    }
    return username;
}

Result<QString> applyTransfer(ServiceContext& ctx, const Session& session, const Nominal& current, const Transfer& t)
{
    if (Status st = ctx.cases().setOwner(current.ref, t.to); !st) {
        return st.error();
    }
    auto policy = ctx.policy();
    if (!policy) {
        return policy.error();
    }
    // The chronology records the hand-over; the new owner's acknowledgement of the transfer
    // acknowledges this entry with it (acknowledgeTransfer).
    Entry e;
    e.id = nextEntryId(current);
    e.at = ctx.db().now();
    e.by = session.username;
    e.type = EntryType::Transfer;
    e.text =
        u"Case transferred from %1 to %2 on %3."_s.arg(staffLabel(ctx, t.from), staffLabel(ctx, t.to), toIsoDate(t.on));
    if (Status st = ctx.cases().appendEntry(current.ref, e, policy->list(u"trigger_phrases"_s)); !st) {
        return st.error();
    }
    if (Status st = ctx.audit(session, AuditOperation::Collection, u"entry"_s, current.ref, u"casework"_s,
                              u"entry=%1 type=transfer"_s.arg(e.id));
        !st) {
        return st.error();
    }
    return u"from=%1 to=%2 entry=%3"_s.arg(t.from, t.to, e.id);
}

Result<QString> applyManagement(ServiceContext& ctx, const Nominal& current, const ManagementDecision& d)
{
    if (d.decision == ManagementDecisionKind::MoveReactive || d.decision == ManagementDecisionKind::ReturnActive) {
        if (Status st = ctx.cases().setManagement(current.ref, modeAfter(d.decision), d.on); !st) {
            return st.error();
        }
    }
    return u"decision=%1"_s.arg(toString(d.decision));
}

Result<QString> applyIndefinite(ServiceContext& ctx, const Nominal& current, const IndefiniteReviewDecision& d)
{
    // rules.md: "an indefinite-review discharge removes from its date".
    if (d.outcome == IndefiniteOutcome::Discharge) {
        if (Status st = ctx.cases().setRegisterStatus(current.ref, RegisterStatus::Removed, d.on); !st) {
            return st.error();
        }
    }
    return u"outcome=%1"_s.arg(toString(d.outcome));
}

} // namespace

CaseworkRecord withDecisionDefaults(const CaseworkRecord& record, const Nominal& current, const Session& session)
{
    CaseworkRecord out = record;
    if (auto* t = std::get_if<Transfer>(&out); t && t->from.isEmpty()) {
        t->from = current.owner;
    } else if (auto* m = std::get_if<ManagementDecision>(&out); m && m->by.isEmpty()) {
        m->by = session.username;
    } else if (auto* r = std::get_if<IndefiniteReviewDecision>(&out); r && r->by.isEmpty()) {
        r->by = session.username;
    }
    return out;
}

Status checkDecisionPeople(ServiceContext& ctx, const Session& session, const Nominal& current,
                           const CaseworkRecord& record)
{
    if (const auto* t = std::get_if<Transfer>(&record)) {
        return checkTransferTo(ctx, session, current, *t);
    }
    if (const auto* m = std::get_if<ManagementDecision>(&record)) {
        // The decision is the supervisor's own: nobody records one in another's name.
        if (m->by != session.username) {
            return ctx.refuse(
                session, current.ref,
                Error::denied(u"permission denied: by: a management decision is recorded by the "
                              u"supervisor who makes it (you are %1, not %2)"_s.arg(session.username, m->by)));
        }
        return {};
    }
    if (const auto* r = std::get_if<IndefiniteReviewDecision>(&record)) {
        auto by = caseworkAccount(ctx, r->by, u"by"_s);
        if (!by) {
            return by.error();
        }
        if (by->role != Role::Inspector) {
            return Error::invalid(u"by: indefinite-review decisions are an inspector's (%1 is not)"_s.arg(r->by));
        }
    }
    return {};
}

Result<QString> applyDecision(ServiceContext& ctx, const Session& session, const Nominal& current,
                              const CaseworkRecord& record)
{
    if (const auto* t = std::get_if<Transfer>(&record)) {
        return applyTransfer(ctx, session, current, *t);
    }
    if (const auto* m = std::get_if<ManagementDecision>(&record)) {
        return applyManagement(ctx, current, *m);
    }
    if (const auto* r = std::get_if<IndefiniteReviewDecision>(&record)) {
        return applyIndefinite(ctx, current, *r);
    }
    return QString();
}

QStringList transferEntriesToAcknowledge(const Nominal& current, const Transfer& transfer, const QString& username)
{
    QStringList ids;
    for (const Entry& e : current.entries) {
        if (e.type != EntryType::Transfer || e.by == username || londonDate(e.at) < transfer.on) {
            continue;
        }
        const bool already = std::any_of(e.acknowledged.cbegin(), e.acknowledged.cend(),
                                         [&](const Acknowledgement& a) { return a.by == username; });
        if (!already) {
            ids << e.id;
        }
    }
    return ids;
}

} // namespace somdesk
