// Registering a nominal at the initial notification: identity, address, area, owner, MAPPA,
// risk, registration and custody status, checked and stored with its audit row in one
// transaction. The same name and date of birth already on the register is flagged first: a
// duplicate is saved only when the caller confirms it is a different person.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/InputLimits.h"
#include "core/PhotoFormat.h"
#include "core/bundle/BundleReader.h"
#include "core/rules/Dates.h"

namespace somdesk {

namespace {

// A registration has no history yet: only the state the notification gives.
Status checkNoHistory(const Nominal& n)
{
    const std::pair<const char*, bool> lists[] = {
        {"plans", !n.plans.isEmpty()},
        {"arms", !n.arms.isEmpty()},
        {"visits", !n.visits.isEmpty()},
        {"entries", !n.entries.isEmpty()},
        {"screenings", !n.screenings.isEmpty()},
        {"reviews", !n.reviews.isEmpty()},
        {"mappa_referrals", !n.mappaReferrals.isEmpty()},
        {"transfers", !n.transfers.isEmpty()},
        {"management_decisions", !n.managementDecisions.isEmpty()},
        {"notifications", !n.notifications.isEmpty()},
        {"indefinite_review_decisions", !n.indefiniteReviewDecisions.isEmpty()},
        {"overrides", !n.overrides.isEmpty()},
        {"details_history", !n.detailsHistory.isEmpty()},
        {"static_scores", !n.staticScores.isEmpty()},
    };
    for (const auto& [key, present] : lists) {
        if (present) {
            return Error::invalid(QStringLiteral("%1: a registration holds no history: record it on the nominal once "
                                                 "registered")
                                      .arg(QLatin1String(key)));
        }
    }
    if (n.custody.size() > 1) {
        return Error::invalid(QStringLiteral("custody: at most one period (the current custody) at registration"));
    }
    return {};
}

// The same limits as a bundle's photo (bundle-format.md): a JPEG or PNG of at most 1 MiB.
Status checkPhoto(const Nominal& n)
{
    if (!n.photo) {
        return {};
    }
    if (n.photo->size() > limits::kMaxPhotoBytes) {
        return Error::invalid(QStringLiteral("photo: larger than 1 MiB"));
    }
    if (photoFormatOf(*n.photo) == PhotoFormat::Unknown) {
        return Error::invalid(QStringLiteral("photo: not a JPEG or PNG image"));
    }
    return {};
}

Status checkDates(const Nominal& n, const QDate& today)
{
    auto notAfterToday = [&](const QDate& d, const char* field) -> Status {
        if (d > today) {
            return Error::invalid(QStringLiteral("%1: in the future (today is %2)")
                                      .arg(QLatin1String(field), today.toString(Qt::ISODate)));
        }
        return {};
    };
    if (Status st = notAfterToday(n.dateOfBirth, "date_of_birth"); !st) {
        return st;
    }
    if (Status st = notAfterToday(n.registration.firstNotified, "registration.first_notified"); !st) {
        return st;
    }
    if (n.registration.firstNotified < n.dateOfBirth) {
        return Error::invalid(QStringLiteral("registration.first_notified: before the date of birth (%1)")
                                  .arg(n.dateOfBirth.toString(Qt::ISODate)));
    }
    for (const CustodyPeriod& c : n.custody) {
        if (Status st = notAfterToday(c.from, "custody[0].from"); !st) {
            return st;
        }
        if (c.releasedOn) {
            if (Status st = notAfterToday(*c.releasedOn, "custody[0].released_on"); !st) {
                return st;
            }
        }
    }
    return {};
}

// The owner manages the case: an active officer of the nominal's area.
Status checkOwner(ServiceContext& ctx, const Nominal& n)
{
    auto owner = ctx.users().find(n.owner);
    if (!owner) {
        return owner.error();
    }
    if (!*owner || (*owner)->isDisabled() || (*owner)->user.role != Role::Officer) {
        return Error::invalid(QStringLiteral("owner: %1 is not an active officer").arg(n.owner));
    }
    if ((*owner)->user.area.value_or(QString()) != n.area) {
        return Error::invalid(QStringLiteral("owner: %1 works in %2, not in %3")
                                  .arg(n.owner, (*owner)->user.area.value_or(QStringLiteral("no area")), n.area));
    }
    return {};
}

} // namespace

Result<Nominal> Services::readRegistrationJson(const Session& session, const QByteArray& json)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RegisterNominal); !st) {
        return st.error();
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    QString failure;
    const BundleContext context = readingContext(*m_ctx, *policy, failure);
    auto nominal = BundleReader::readRegistration(json, context);
    if (!failure.isEmpty()) {
        return Error::storage(failure);
    }
    return nominal;
}

Result<QStringList> Services::sameNameAndBirth(const Session& session, const QString& familyName,
                                               const QString& givenNames, const QDate& dateOfBirth)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RegisterNominal); !st) {
        return st.error();
    }
    return m_ctx->cases().sameNameAndBirth(familyName, givenNames, dateOfBirth);
}

Result<QString> Services::proposeRef(const Session& session)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RegisterNominal); !st) {
        return st.error();
    }
    return m_ctx->cases().nextRef();
}

Result<QString> Services::registerNominal(const Session& session, const Nominal& nominal, bool duplicateConfirmed)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RegisterNominal); !st) {
        return st.error();
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    if (Status st = checkNoHistory(nominal); !st) {
        return st.error();
    }
    if (Status st = checkDates(nominal, londonDate(m_ctx->db().now())); !st) {
        return st.error();
    }
    if (Status st = checkPhoto(nominal); !st) {
        return st.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto exists = m_ctx->cases().refExists(nominal.ref);
    if (!exists) {
        return exists.error();
    }
    if (*exists) {
        return Error::conflict(QStringLiteral("ref: %1 is already registered").arg(nominal.ref));
    }
    if (Status st = checkOwner(*m_ctx, nominal); !st) {
        return st.error();
    }
    // The record must be one the registering user may then work on.
    if (Status st = checkCaseworkScope(session, nominal, teamOf(*m_ctx, nominal.owner)); !st) {
        return m_ctx->refuse(session, scopeText(session), st.error());
    }
    auto same = m_ctx->cases().sameNameAndBirth(nominal.familyName, nominal.givenNames, nominal.dateOfBirth);
    if (!same) {
        return same.error();
    }
    if (!same->isEmpty() && !duplicateConfirmed) {
        return Error::conflict(QStringLiteral("duplicate: %1 already registered with the same name and date of birth; "
                                              "check it is not the same person, then confirm the duplicate")
                                   .arg(same->join(QStringLiteral(", "))));
    }
    Nominal n = nominal;
    if (n.riskHistory.isEmpty()) {
        n.riskHistory.append(RiskHistoryItem{n.registration.firstNotified, n.riskLevel});
    }
    if (Status st = m_ctx->cases().insert(n, policy->list(QStringLiteral("trigger_phrases"))); !st) {
        return st.error();
    }
    const QString detail = same->isEmpty() ? QStringLiteral("registered")
                                           : QStringLiteral("registered; same name and date of birth as %1, "
                                                            "confirmed a different person")
                                                 .arg(same->join(QStringLiteral(", ")));
    if (Status st = m_ctx->audit(session, AuditOperation::Collection, QStringLiteral("nominal"), n.ref,
                                 QStringLiteral("registration"), detail);
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return n.ref;
}

} // namespace somdesk
