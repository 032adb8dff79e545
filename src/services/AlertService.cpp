// Alerts: the rules run over the caller's scope, and inspectors' overrides.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/Purposes.h"
#include "core/rules/CaseState.h"
#include "core/rules/Directory.h"
#include "core/rules/RulesEngine.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <thread>

namespace somdesk {

namespace {

Result<Directory> directoryOf(ServiceContext& ctx)
{
    auto users = ctx.users().list();
    if (!users) {
        return users.error();
    }
    Directory directory;
    for (const StoredUser& u : *users) {
        directory.addUser(u.user.username, u.user.role, u.user.area.value_or(QString()),
                          u.user.team.value_or(QString()), !u.isDisabled());
    }
    return directory;
}

} // namespace

Result<AlertRun> Services::alerts(const Session& session, const AlertQuery& query)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ReadAlerts); !st) {
        return st.error();
    }
    if (!query.asOf.isValid()) {
        return Error::invalid(QStringLiteral("as-of: not a date (YYYY-MM-DD)"));
    }
    if (Status st = purposes::check(query.purpose); !st) {
        return st.error();
    }
    auto inForce = m_ctx->policy();
    if (!inForce) {
        return inForce.error();
    }
    Policy policy = *inForce;
    if (query.whatIfPolicyJson) {
        auto whatIf = Policy::fromJson(*query.whatIfPolicyJson, *inForce);
        if (!whatIf) {
            return Error::invalid(QStringLiteral("policy: ") + whatIf.error().message);
        }
        policy = *whatIf;
    }
    CaseQuery q = scopeQuery(session);
    if (query.nominal) {
        q.ref = query.nominal;
    }
    q.withPhoto = false;
    q.withDetails = false;
    // The stored trigger matches serve when they were computed with these phrases;
    // a what-if with other phrases matches on the text itself (same rule code either way).
    auto storedPhrases = m_ctx->cases().triggerPhrasesInStore();
    if (!storedPhrases) {
        return storedPhrases.error();
    }
    const bool useStored = *storedPhrases == policy.list(QStringLiteral("trigger_phrases"));
    q.withEntryText = !useStored;
    TriggerMatchIndex matches;
    QElapsedTimer timer;
    timer.start();
    auto nominals = m_ctx->cases().load(q, useStored ? &matches : nullptr);
    const qint64 loadMs = timer.restart();
    if (!nominals) {
        return nominals.error();
    }
    if (query.nominal && nominals->isEmpty()) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1 in your scope").arg(*query.nominal));
    }
    auto directory = directoryOf(*m_ctx);
    if (!directory) {
        return directory.error();
    }
    const RulesEngine engine(policy, *directory);
    AlertRun run;
    const QHash<QString, QStringList> none;
    QList<const Nominal*> selected;
    selected.reserve(nominals->size());
    for (const Nominal& n : *nominals) {
        if (query.owner && ownerAt(n, query.asOf) != *query.owner) {
            continue;
        }
        selected.append(&n);
        run.riskAtAsOf.insert(n.ref, riskAt(n, query.asOf));
    }
    run.nominalsConsidered = static_cast<int>(selected.size());
    // The rules are pure functions of each case: two halves run on two threads at force scale.
    auto evaluateRange = [&](qsizetype from, qsizetype to, QList<Alert>& into) {
        for (qsizetype i = from; i < to; ++i) {
            const Nominal& n = *selected.at(i);
            const QHash<QString, QStringList>* m = nullptr;
            if (useStored) {
                const auto it = matches.constFind(n.ref);
                m = it == matches.constEnd() ? &none : &*it;
            }
            into += engine.evaluate(n, query.asOf, m);
        }
    };
    const qsizetype half = selected.size() / 2;
    if (selected.size() >= 1000 && std::thread::hardware_concurrency() > 1) {
        QList<Alert> second;
        std::thread worker([&] { evaluateRange(half, selected.size(), second); });
        evaluateRange(0, half, run.alerts);
        worker.join();
        run.alerts += second;
    } else {
        evaluateRange(0, selected.size(), run.alerts);
    }
    sortAlerts(run.alerts);
    spdlog::debug("alerts: {} nominals loaded in {} ms, rules and sort in {} ms", nominals->size(), loadMs,
                  timer.elapsed());
    QString detail = QStringLiteral("as_of=%1 alerts=%2").arg(query.asOf.toString(Qt::ISODate)).arg(run.alerts.size());
    if (query.nominal) {
        detail += QStringLiteral(" nominal=") + *query.nominal;
    }
    if (query.owner) {
        detail += QStringLiteral(" owner=") + *query.owner;
    }
    if (query.whatIfPolicyJson) {
        detail += QStringLiteral(" what_if_policy");
    }
    if (Status st = m_ctx->auditRead(session, QStringLiteral("alerts"), scopeText(session), query.purpose, detail);
        !st) {
        return st.error();
    }
    return run;
}

Status Services::overrideAlert(const Session& session, const QString& key, const QString& reason)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::OverrideAlert); !st) {
        return st;
    }
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason: required to override an alert"));
    }
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.size() < 3) {
        return Error::invalid(QStringLiteral("key: not an alert key (<rule>:<nominal>[:<entry>]:<due>)"));
    }
    const QString ref = parts.at(1);
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status();
    }
    auto n = loadForCasework(*m_ctx, session, ref);
    if (!n) {
        return n.error();
    }
    // Only an alert listed for this user today can be overridden: a made-up key, free text
    // or the key of an alert not yet due never reaches the record or the audit trail.
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    auto directory = directoryOf(*m_ctx);
    if (!directory) {
        return directory.error();
    }
    const QDate today = m_ctx->db().clock().todayLondon();
    auto withText = loadOne(*m_ctx, ref, true); // the trigger-phrase rules read the entries' text
    if (!withText) {
        return withText.error();
    }
    const QList<Alert> listed = RulesEngine(*policy, *directory).evaluate(*withText, today);
    const bool known = std::any_of(listed.begin(), listed.end(), [&](const Alert& a) { return a.key == key; });
    if (!known) {
        return m_ctx->refuse(session, ref,
                             Error::invalid(QStringLiteral("key: no alert with this key is listed for %1 on %2 (an "
                                                           "override names an alert shown by 'somdesk-cli alerts')")
                                                .arg(ref, today.toString(Qt::ISODate))));
    }
    const QDateTime now = m_ctx->db().now();
    if (Status st = m_ctx->cases().addOverride(ref, {key, session.username, now, reason.trimmed()}); !st) {
        return st;
    }
    if (Status st = m_ctx->audit(session, AuditOperation::Alteration, QStringLiteral("alert_override"), ref,
                                 QStringLiteral("alert override"), QStringLiteral("key=%1").arg(key));
        !st) {
        return st;
    }
    return tx.commit();
}

} // namespace somdesk
