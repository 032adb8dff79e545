// Bundles: all-or-nothing import and deterministic export (bundle-format.md).

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/InputLimits.h"
#include "core/PasswordPolicy.h"
#include "core/Purposes.h"
#include "core/TextSafety.h"
#include "core/bundle/BundleReader.h"
#include "core/bundle/BundleWriter.h"

#include <QSet>

#include <spdlog/spdlog.h>

namespace somdesk {

namespace {

// The users a bundle adds: user names unique regardless of case (against the database and
// within the bundle), and every password they set passes the one password policy.
Status checkNewUsers(const QList<User>& users, const QHash<QString, User>& existing)
{
    QHash<QString, QString> taken;
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        taken.insert(it.key().toCaseFolded(), it.key());
    }
    for (qsizetype i = 0; i < users.size(); ++i) {
        const User& u = users.at(i);
        if (existing.contains(u.username)) {
            continue;
        }
        const QString path = QStringLiteral("users[%1]").arg(i);
        const QString folded = u.username.toCaseFolded();
        if (const auto clash = taken.constFind(folded); clash != taken.constEnd()) {
            return Error::invalid(QStringLiteral("%1.username: \"%2\" clashes with the user \"%3\" (user names are "
                                                 "unique regardless of case)")
                                      .arg(path, text::printable(u.username), text::printable(*clash)));
        }
        taken.insert(folded, u.username);
        if (u.password) {
            if (auto problem = passwordProblem(u.password->toUtf8(), u.username, path + QStringLiteral(".password"))) {
                return Error::invalid(*problem);
            }
        }
    }
    return {};
}

} // namespace

Result<ImportSummary> Services::importBundle(const Session& session, const QByteArray& json)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ImportBundle); !st) {
        return st.error();
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    QHash<QString, User> existing;
    for (const StoredUser& u : *users) {
        existing.insert(u.user.username, u.user);
    }
    BundleContext context;
    context.vocabulary = vocabularyOf(*policy);
    context.existingUser = [&existing](const QString& name) -> std::optional<User> {
        const auto it = existing.constFind(name);
        return it == existing.constEnd() ? std::nullopt : std::optional<User>(*it);
    };
    QString storageFailure;
    context.refExists = [this, &storageFailure](const QString& ref) {
        auto r = m_ctx->cases().refExists(ref);
        if (!r) {
            storageFailure = r.error().message;
            return false;
        }
        return *r;
    };
    auto bundle = BundleReader::read(json, context);
    if (!storageFailure.isEmpty()) {
        return Error::storage(storageFailure);
    }
    if (!bundle) {
        return bundle.error();
    }
    if (Status st = checkNewUsers(bundle->users, existing); !st) {
        return st.error();
    }
    // Hash the passwords the bundle sets before the transaction (Argon2id is slow by design).
    QHash<QString, QString> hashes;
    for (const User& u : bundle->users) {
        if (u.password && !existing.contains(u.username)) {
            QByteArray pw = u.password->toUtf8();
            auto h = PasswordHasher::hash(pw, costOf(*policy));
            if (!h) {
                return h.error();
            }
            hashes.insert(u.username, *h);
        }
    }
    ImportSummary summary;
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    const QString purpose = QStringLiteral("bundle import");
    for (const User& u : bundle->users) {
        if (existing.contains(u.username)) {
            ++summary.usersMatched;
            continue;
        }
        User clean = u;
        clean.password.reset();
        if (Status st = m_ctx->users().insert(clean, hashes.value(u.username), session.username); !st) {
            return st.error();
        }
        if (Status st = m_ctx->audit(session, AuditOperation::Collection, QStringLiteral("user"), u.username, purpose);
            !st) {
            return st.error();
        }
        ++summary.usersAdded;
    }
    const QStringList phrases = policy->list(QStringLiteral("trigger_phrases"));
    for (const Nominal& n : bundle->nominals) {
        if (Status st = m_ctx->cases().insert(n, phrases); !st) {
            return Error(st.error().code, QStringLiteral("nominal %1: %2").arg(n.ref, st.error().message));
        }
        if (Status st = m_ctx->audit(session, AuditOperation::Collection, QStringLiteral("nominal"), n.ref, purpose,
                                     QStringLiteral("entries=%1").arg(n.entries.size()));
            !st) {
            return st.error();
        }
        ++summary.nominals;
        summary.entries += static_cast<int>(n.entries.size());
    }
    for (const DipSample& d : bundle->dipSamples) {
        if (Status st = m_ctx->dipSamples().insert(d); !st) {
            return st.error();
        }
        if (Status st = m_ctx->audit(session, AuditOperation::Collection, QStringLiteral("dip_sample"),
                                     d.period + QLatin1Char(':') + d.sergeant, purpose);
            !st) {
            return st.error();
        }
        ++summary.dipSamples;
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    spdlog::info("bundle imported: {} nominals, {} users added", summary.nominals, summary.usersAdded);
    return summary;
}

Result<QByteArray> Services::exportBundle(const Session& session, const std::optional<QString>& ref,
                                          const QString& purpose, const QString& recipient)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ExportBundle); !st) {
        return st.error();
    }
    if (Status st = purposes::check(purpose); !st) {
        return st.error();
    }
    if (Status st = text::requireSafe(QStringLiteral("recipient"), recipient); !st) {
        return st.error();
    }
    if (recipient.size() > limits::kMaxRecipient) {
        return Error::invalid(QStringLiteral("recipient: at most %1 characters").arg(limits::kMaxRecipient));
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    CaseQuery q;
    q.ref = ref;
    auto nominals = m_ctx->cases().load(q);
    if (!nominals) {
        return nominals.error();
    }
    if (ref && nominals->isEmpty()) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1").arg(*ref));
    }
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    Bundle b;
    b.nominals = *nominals;
    QSet<QString> referenced;
    if (ref) {
        const Nominal& n = nominals->first();
        referenced.insert(n.owner);
        for (const auto& a : n.arms)
            referenced.insert(a.by);
        for (const auto& v : n.visits)
            referenced.insert(v.by);
        for (const auto& e : n.entries) {
            referenced.insert(e.by);
            for (const auto& a : e.acknowledged)
                referenced.insert(a.by);
        }
        for (const auto& r : n.reviews) {
            referenced.insert(r.requestedBy);
            if (r.decidedBy)
                referenced.insert(*r.decidedBy);
        }
        for (const auto& r : n.mappaReferrals)
            referenced.insert(r.by);
        for (const auto& t : n.transfers) {
            referenced.insert(t.from);
            referenced.insert(t.to);
        }
        for (const auto& d : n.managementDecisions)
            referenced.insert(d.by);
        for (const auto& d : n.indefiniteReviewDecisions)
            referenced.insert(d.by);
        for (const auto& o : n.overrides)
            referenced.insert(o.by);
        for (const auto& c : n.detailsHistory)
            referenced.insert(c.by);
    } else {
        auto samples = m_ctx->dipSamples().list();
        if (!samples) {
            return samples.error();
        }
        b.dipSamples = *samples;
    }
    for (const StoredUser& u : *users) {
        if (!ref || referenced.contains(u.user.username)) {
            b.users.append(u.user);
        }
    }
    QByteArray out = BundleWriter::write(b, vocabularyOf(*policy));
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    for (const Nominal& n : b.nominals) {
        if (Status st = m_ctx->audit(session, AuditOperation::Disclosure, QStringLiteral("nominal"), n.ref, purpose,
                                     QStringLiteral("bundle export"), recipient);
            !st) {
            return st.error();
        }
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return out;
}

} // namespace somdesk
