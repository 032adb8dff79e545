#include "Services.h"

#include "PasswordHasher.h"
#include "ServiceContext.h"
#include "core/bundle/BundleReader.h"
#include "core/bundle/BundleWriter.h"
#include "core/rules/CaseState.h"
#include "core/rules/Directory.h"
#include "core/rules/RulesEngine.h"
#include "services/SearchQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <thread>

namespace somdesk {

namespace {

using Lock = std::lock_guard<std::recursive_mutex>;

const QRegularExpression& usernamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return re;
}

BundleVocabulary vocabularyOf(const Policy& policy)
{
    BundleVocabulary v;
    v.riskFactors = policy.list(QStringLiteral("arms_risk_factors"));
    v.protectiveFactors = policy.list(QStringLiteral("arms_protective_factors"));
    v.dipItems = policy.list(QStringLiteral("dip_sample_items"));
    return v;
}

HashCost costOf(const Policy& policy)
{
    return {policy.number(QStringLiteral("password_memlimit_mib")), policy.number(QStringLiteral("password_opslimit"))};
}

Session sessionOf(const User& u)
{
    Session s;
    s.username = u.username;
    s.name = u.name;
    s.collar = u.collar;
    s.role = u.role;
    s.area = u.area.value_or(QString());
    s.team = u.team.value_or(QString());
    return s;
}

Status validateUser(const User& u)
{
    if (!usernamePattern().match(u.username).hasMatch()) {
        return Error::invalid(QStringLiteral("username: 1–64 of A–Z a–z 0–9 _ . -"));
    }
    if (u.name.trimmed().isEmpty() || u.name.size() > 200) {
        return Error::invalid(QStringLiteral("name: required, at most 200 characters"));
    }
    if (u.role != Role::Admin && (!u.collar || u.collar->trimmed().isEmpty())) {
        return Error::invalid(QStringLiteral("collar: required for a %1").arg(toString(u.role)));
    }
    if ((u.role == Role::Officer || u.role == Role::Sergeant) && (!u.team || u.team->isEmpty())) {
        return Error::invalid(QStringLiteral("team: required for a %1").arg(toString(u.role)));
    }
    if (u.role != Role::Admin && (!u.area || u.area->isEmpty())) {
        return Error::invalid(QStringLiteral("area: required for a %1").arg(toString(u.role)));
    }
    return {};
}

// Case scope of a session: what the user may act on without a special purpose.
CaseQuery scopeQuery(const Session& s)
{
    CaseQuery q;
    switch (s.role) {
    case Role::Officer:
        q.owner = s.username;
        break;
    case Role::Sergeant:
        q.team = s.team;
        break;
    case Role::Inspector:
        q.area = s.area;
        break;
    case Role::Admin:
        break;
    }
    return q;
}

QString scopeText(const Session& s)
{
    switch (s.role) {
    case Role::Officer:
        return QStringLiteral("caseload:") + s.username;
    case Role::Sergeant:
        return QStringLiteral("team:") + s.team;
    case Role::Inspector:
        return QStringLiteral("area:") + s.area;
    case Role::Admin:
        return QStringLiteral("force");
    }
    return {};
}

} // namespace

Services::Services(std::unique_ptr<ServiceContext> ctx) : m_ctx(std::move(ctx))
{
}
Services::~Services() = default;

Status Services::initDatabase(const QString& path, const QString& adminUsername, const QString& adminName,
                              QByteArray& password)
{
    User admin;
    admin.username = adminUsername;
    admin.name = adminName.isEmpty() ? adminUsername : adminName;
    admin.role = Role::Admin;
    if (Status st = validateUser(admin); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    if (password.size() < 4) {
        PasswordHasher::wipe(password);
        return Error::invalid(QStringLiteral("password: at least 4 characters"));
    }
    const Policy policy = Policy::defaults();
    auto hash = PasswordHasher::hash(password, costOf(policy));
    if (!hash) {
        return hash.error();
    }
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    if (!db) {
        return db.error();
    }
    ServiceContext ctx(std::move(*db));
    Status st;
    {
        Transaction tx(ctx.db());
        st = tx.status();
        if (st) {
            st = ctx.users().insert(admin, *hash);
        }
        if (st) {
            auto version = ctx.policies().add(policy.toJson(), adminUsername);
            st = version ? Status() : Status(version.error());
        }
        if (st) {
            st = ctx.cases().rebuildTriggerMatches(policy.list(QStringLiteral("trigger_phrases")));
        }
        if (st) {
            st = ctx.auditAs(adminUsername, QStringLiteral("collection"), QStringLiteral("user"), adminUsername,
                             QStringLiteral("database created"));
        }
        if (st) {
            st = tx.commit();
        }
    }
    if (!st) {
        ctx.db().close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return st;
    }
    spdlog::info("database created with schema version {}", Database::kSchemaVersion);
    return {};
}

Result<std::unique_ptr<Services>> Services::open(const QString& path, const QString& vfs)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting, vfs);
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<Services>(new Services(std::make_unique<ServiceContext>(std::move(*db))));
}

// ---------------------------------------------------------------- sign-in

Result<Session> Services::signIn(const QString& username, QByteArray& password)
{
    Lock lock(m_ctx->mutex());
    const Error wrong = Error::auth(QStringLiteral("wrong user name or password"));
    auto policy = m_ctx->policy();
    if (!policy) {
        PasswordHasher::wipe(password);
        return policy.error();
    }
    auto found = m_ctx->users().find(username);
    if (!found) {
        PasswordHasher::wipe(password);
        return found.error();
    }
    auto record = [&](const QString& event, const QString& detail) {
        Transaction tx(m_ctx->db());
        if (tx.status() &&
            m_ctx->auditAs(username, event, QStringLiteral("session"), username, QStringLiteral("sign-in"), detail)) {
            (void)tx.commit();
        }
    };
    if (!found->has_value()) {
        PasswordHasher::wipe(password);
        if (usernamePattern().match(username).hasMatch()) {
            record(QStringLiteral("sign_in_failed"), QStringLiteral("unknown user"));
        }
        return wrong;
    }
    StoredUser user = **found;
    if (user.locked) {
        PasswordHasher::wipe(password);
        record(QStringLiteral("sign_in_failed"), QStringLiteral("account locked"));
        return Error::auth(QStringLiteral("account %1 is locked after too many failed sign-ins; an administrator "
                                          "must unlock it")
                               .arg(username));
    }
    if (user.isDisabled()) {
        PasswordHasher::wipe(password);
        record(QStringLiteral("sign_in_failed"), QStringLiteral("account disabled"));
        return Error::auth(QStringLiteral("account %1 is disabled").arg(username));
    }
    if (user.passwordHash.isEmpty()) {
        PasswordHasher::wipe(password);
        record(QStringLiteral("sign_in_failed"), QStringLiteral("no password set"));
        return Error::auth(
            QStringLiteral("account %1 has no password yet; an administrator must set one").arg(username));
    }
    if (!PasswordHasher::verify(user.passwordHash, password)) {
        PasswordHasher::wipe(password);
        const int failures = user.failedSignins + 1;
        const bool lockNow = failures >= policy->number(QStringLiteral("signin_max_failures"));
        Transaction tx(m_ctx->db());
        if (tx.status() && m_ctx->users().setSigninState(username, failures, lockNow) &&
            m_ctx->auditAs(username, QStringLiteral("sign_in_failed"), QStringLiteral("session"), username,
                           QStringLiteral("sign-in"), QStringLiteral("wrong password; failures=%1").arg(failures)) &&
            (!lockNow || m_ctx->auditAs(username, QStringLiteral("account_locked"), QStringLiteral("user"), username,
                                        QStringLiteral("sign-in"), QStringLiteral("failures=%1").arg(failures)))) {
            (void)tx.commit();
        }
        spdlog::warn("sign-in failed for a user (failures {})", failures);
        return lockNow ? Error::auth(QStringLiteral("wrong user name or password; the account is now locked")) : wrong;
    }
    // Success: reset the counter and upgrade the hash when the policy raised the cost.
    QString newHash;
    if (PasswordHasher::needsRehash(user.passwordHash, costOf(*policy))) {
        QByteArray copy = password;
        auto h = PasswordHasher::hash(copy, costOf(*policy));
        if (h) {
            newHash = *h;
        }
    }
    PasswordHasher::wipe(password);
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    Status st = m_ctx->users().setSigninState(username, 0, false);
    if (st && !newHash.isEmpty()) {
        st = m_ctx->users().setPasswordHash(username, newHash);
    }
    if (st) {
        st = m_ctx->auditAs(username, QStringLiteral("sign_in"), QStringLiteral("session"), username,
                            QStringLiteral("sign-in"), newHash.isEmpty() ? QString() : QStringLiteral("hash upgraded"));
    }
    if (st) {
        st = tx.commit();
    }
    if (!st) {
        return st.error();
    }
    return sessionOf(user.user);
}

// ---------------------------------------------------------------- users

Result<QList<UserInfo>> Services::listUsers(const Session& session)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ListUsers); !st) {
        return st.error();
    }
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    QList<UserInfo> out;
    for (const StoredUser& u : *users) {
        out.append({u.user, u.locked, !u.passwordHash.isEmpty()});
    }
    return out;
}

Result<QList<User>> Services::colleagues(const Session& session)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ListColleagues); !st) {
        return st.error();
    }
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    QList<User> out;
    for (const StoredUser& u : *users) {
        if (u.user.role != Role::Admin && u.user.area.value_or(QString()) == session.area) {
            User copy = u.user;
            copy.password.reset();
            out.append(copy);
        }
    }
    return out;
}

Status Services::addUser(const Session& session, const User& user, QByteArray& password)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ManageUsers); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    if (Status st = validateUser(user); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    auto existing = m_ctx->users().find(user.username);
    if (!existing) {
        PasswordHasher::wipe(password);
        return existing.error();
    }
    if (existing->has_value()) {
        PasswordHasher::wipe(password);
        return Error::conflict(QStringLiteral("username: %1 already exists").arg(user.username));
    }
    QString hash;
    if (!password.isEmpty()) {
        auto policy = m_ctx->policy();
        if (!policy) {
            PasswordHasher::wipe(password);
            return policy.error();
        }
        auto h = PasswordHasher::hash(password, costOf(*policy));
        if (!h) {
            return h.error();
        }
        hash = *h;
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status();
    }
    User clean = user;
    clean.password.reset();
    if (Status st = m_ctx->users().insert(clean, hash); !st) {
        return st;
    }
    if (Status st =
            m_ctx->audit(session, QStringLiteral("collection"), QStringLiteral("user"), user.username,
                         QStringLiteral("user administration"), QStringLiteral("role=%1").arg(toString(user.role)));
        !st) {
        return st;
    }
    return tx.commit();
}

namespace {

Status changeUser(ServiceContext& ctx, const Session& session, const QString& username, const QString& detail,
                  const std::function<Status()>& change)
{
    if (Status st = ServiceContext::require(session, Operation::ManageUsers); !st) {
        return st;
    }
    auto existing = ctx.users().find(username);
    if (!existing) {
        return existing.error();
    }
    if (!existing->has_value()) {
        return Error::notFound(QStringLiteral("username: no user %1").arg(username));
    }
    Transaction tx(ctx.db());
    if (!tx.status()) {
        return tx.status();
    }
    if (Status st = change(); !st) {
        return st;
    }
    if (Status st = ctx.audit(session, QStringLiteral("alteration"), QStringLiteral("user"), username,
                              QStringLiteral("user administration"), detail);
        !st) {
        return st;
    }
    return tx.commit();
}

} // namespace

Status Services::disableUser(const Session& session, const QString& username)
{
    Lock lock(m_ctx->mutex());
    if (username == session.username) {
        return Error::invalid(QStringLiteral("username: you cannot disable your own account"));
    }
    return changeUser(*m_ctx, session, username, QStringLiteral("disabled"),
                      [&] { return m_ctx->users().setDisabled(username, true); });
}

Status Services::unlockUser(const Session& session, const QString& username)
{
    Lock lock(m_ctx->mutex());
    return changeUser(*m_ctx, session, username, QStringLiteral("unlocked"),
                      [&] { return m_ctx->users().setSigninState(username, 0, false); });
}

Status Services::setPassword(const Session& session, const QString& username, QByteArray& password)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ManageUsers); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    if (password.size() < 4) {
        PasswordHasher::wipe(password);
        return Error::invalid(QStringLiteral("password: at least 4 characters"));
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        PasswordHasher::wipe(password);
        return policy.error();
    }
    auto h = PasswordHasher::hash(password, costOf(*policy));
    if (!h) {
        return h.error();
    }
    return changeUser(*m_ctx, session, username, QStringLiteral("password set"),
                      [&] { return m_ctx->users().setPasswordHash(username, *h); });
}

// ---------------------------------------------------------------- cases

Result<QList<CaseSummary>> Services::caseload(const Session& session, const std::optional<QString>& owner)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ListCaseload); !st) {
        return st.error();
    }
    CaseQuery q = scopeQuery(session);
    if (owner) {
        if (q.owner && *q.owner != *owner) {
            return Error::denied(QStringLiteral("owner: an officer sees only their own caseload"));
        }
        q.owner = owner;
    }
    auto rows = m_ctx->cases().summaries(q);
    if (!rows) {
        return rows.error();
    }
    if (Status st = m_ctx->auditRead(session, QStringLiteral("caseload"), scopeText(session),
                                     QStringLiteral("caseload list"), QStringLiteral("rows=%1").arg(rows->size()));
        !st) {
        return st.error();
    }
    return rows;
}

namespace {

// May this session consult this nominal? Officers may consult others' cases in their
// area with a stated purpose; sergeants their area likewise; inspectors their area.
Status checkRecordScope(const Session& s, const Nominal& n, const std::optional<QString>& ownerTeam)
{
    switch (s.role) {
    case Role::Officer:
    case Role::Sergeant:
    case Role::Inspector:
        if (n.area == s.area || n.owner == s.username || (ownerTeam && *ownerTeam == s.team && !s.team.isEmpty())) {
            return {};
        }
        return Error::denied(QStringLiteral("permission denied: %1 is outside your area").arg(n.ref));
    case Role::Admin:
        return Error::denied(QStringLiteral("permission denied: administrators do not consult case records"));
    }
    return Error::denied(QStringLiteral("permission denied"));
}

// May this session act (add entries, acknowledge) on this nominal?
Status checkCaseworkScope(const Session& s, const Nominal& n, const std::optional<QString>& ownerTeam)
{
    switch (s.role) {
    case Role::Officer:
        if (n.owner == s.username) {
            return {};
        }
        break;
    case Role::Sergeant:
        if (ownerTeam && *ownerTeam == s.team) {
            return {};
        }
        break;
    case Role::Inspector:
        if (n.area == s.area) {
            return {};
        }
        break;
    case Role::Admin:
        break;
    }
    return Error::denied(QStringLiteral("permission denied: %1 is not in your %2")
                             .arg(n.ref, s.role == Role::Officer    ? QStringLiteral("caseload")
                                         : s.role == Role::Sergeant ? QStringLiteral("team")
                                                                    : QStringLiteral("area")));
}

Result<Nominal> loadOne(ServiceContext& ctx, const QString& ref, bool withText = true)
{
    CaseQuery q;
    q.ref = ref;
    q.withEntryText = withText;
    auto list = ctx.cases().load(q);
    if (!list) {
        return list.error();
    }
    if (list->isEmpty()) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1").arg(ref));
    }
    return list->first();
}

std::optional<QString> teamOf(ServiceContext& ctx, const QString& username)
{
    auto u = ctx.users().find(username);
    if (u && u->has_value()) {
        return (*u)->user.team;
    }
    return std::nullopt;
}

} // namespace

Result<Nominal> Services::readNominal(const Session& session, const QString& ref, const QString& purpose)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ReadRecord); !st) {
        return st.error();
    }
    if (purpose.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("purpose: required to consult a record (DPA 2018 s.62)"));
    }
    auto n = loadOne(*m_ctx, ref);
    if (!n) {
        return n.error();
    }
    if (Status st = checkRecordScope(session, *n, teamOf(*m_ctx, n->owner)); !st) {
        return st.error();
    }
    if (Status st = m_ctx->auditRead(session, QStringLiteral("nominal"), ref, purpose.trimmed()); !st) {
        return st.error();
    }
    return n;
}

Result<QString> Services::addEntry(const Session& session, const QString& ref, const NewEntry& entry)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::AddEntry); !st) {
        return st.error();
    }
    if (entry.text.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("text: required"));
    }
    if (entry.text.size() > 100000) {
        return Error::invalid(QStringLiteral("text: at most 100,000 characters"));
    }
    if (entry.type == EntryType::System || entry.type == EntryType::Transfer) {
        return Error::invalid(QStringLiteral("type: %1 entries are made by the system").arg(toString(entry.type)));
    }
    if (entry.type == EntryType::Oversight && session.role == Role::Officer) {
        return Error::denied(QStringLiteral("type: oversight entries are made by sergeants and inspectors"));
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto n = loadOne(*m_ctx, ref, false);
    if (!n) {
        return n.error();
    }
    if (Status st = checkCaseworkScope(session, *n, teamOf(*m_ctx, n->owner)); !st) {
        return st.error();
    }
    QSet<QString> ids;
    int next = 1;
    for (const Entry& e : n->entries) {
        ids.insert(e.id);
    }
    while (ids.contains(QStringLiteral("E%1").arg(next))) {
        ++next;
    }
    for (int i = 0; i < entry.references.size(); ++i) {
        if (!ids.contains(entry.references.at(i))) {
            return Error::invalid(
                QStringLiteral("references[%1]: %2 has no entry %3").arg(i).arg(ref, entry.references.at(i)));
        }
    }
    Entry e;
    e.id = QStringLiteral("E%1").arg(next);
    e.at = QDateTime::currentDateTimeUtc();
    e.at = e.at.addMSecs(-e.at.time().msec());
    e.by = session.username;
    e.type = entry.type;
    e.text = entry.text;
    e.references = entry.references;
    e.disagreement = entry.disagreement;
    // The author has seen their own entry.
    if (Status st = m_ctx->cases().appendEntry(ref, e, policy->list(QStringLiteral("trigger_phrases"))); !st) {
        return st.error();
    }
    if (Status st =
            m_ctx->audit(session, QStringLiteral("collection"), QStringLiteral("entry"), ref,
                         QStringLiteral("casework"), QStringLiteral("entry=%1 type=%2").arg(e.id, toString(e.type)));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return e.id;
}

Status Services::acknowledgeEntry(const Session& session, const QString& ref, const QString& entryId)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::AcknowledgeEntry); !st) {
        return st;
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status();
    }
    auto n = loadOne(*m_ctx, ref, false);
    if (!n) {
        return n.error();
    }
    if (Status st = checkCaseworkScope(session, *n, teamOf(*m_ctx, n->owner)); !st) {
        return st;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    now = now.addMSecs(-now.time().msec());
    if (Status st = m_ctx->cases().addAcknowledgement(ref, entryId, {session.username, now}); !st) {
        return st;
    }
    if (Status st = m_ctx->audit(session, QStringLiteral("alteration"), QStringLiteral("entry"), ref,
                                 QStringLiteral("casework"), QStringLiteral("acknowledged entry=%1").arg(entryId));
        !st) {
        return st;
    }
    return tx.commit();
}

Result<QList<SearchHit>> Services::search(const Session& session, const QString& userQuery, int limit)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::SearchRecords); !st) {
        return st.error();
    }
    const QString fts = SearchQuery::toFts5(userQuery);
    if (fts.isEmpty()) {
        return QList<SearchHit>();
    }
    // Only hits inside the user's area: search is a consultation of those records.
    auto hits = m_ctx->cases().search(fts, limit, session.area);
    if (!hits) {
        return hits.error();
    }
    const QList<SearchHit>& out = *hits;
    if (Status st = m_ctx->auditRead(session, QStringLiteral("search"), scopeText(session),
                                     QStringLiteral("record search"), QStringLiteral("hits=%1").arg(out.size()));
        !st) {
        return st.error();
    }
    return out;
}

// ---------------------------------------------------------------- bundles

Result<ImportSummary> Services::importBundle(const Session& session, const QByteArray& json)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ImportBundle); !st) {
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
        if (Status st = m_ctx->users().insert(clean, hashes.value(u.username)); !st) {
            return st.error();
        }
        if (Status st =
                m_ctx->audit(session, QStringLiteral("collection"), QStringLiteral("user"), u.username, purpose);
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
        if (Status st = m_ctx->audit(session, QStringLiteral("collection"), QStringLiteral("nominal"), n.ref, purpose,
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
        if (Status st = m_ctx->audit(session, QStringLiteral("collection"), QStringLiteral("dip_sample"),
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
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ExportBundle); !st) {
        return st.error();
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
        if (Status st = m_ctx->audit(session, QStringLiteral("disclosure"), QStringLiteral("nominal"), n.ref, purpose,
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

// ---------------------------------------------------------------- alerts

Result<AlertRun> Services::alerts(const Session& session, const AlertQuery& query)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ReadAlerts); !st) {
        return st.error();
    }
    if (!query.asOf.isValid()) {
        return Error::invalid(QStringLiteral("as-of: not a date (YYYY-MM-DD)"));
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
    if (session.role == Role::Admin && !isAllowed(session.role, Operation::ReadAlertsForceWide)) {
        return Error::denied(QStringLiteral("permission denied"));
    }
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
    auto users = m_ctx->users().list();
    if (!users) {
        return users.error();
    }
    Directory directory;
    for (const StoredUser& u : *users) {
        directory.addUser(u.user.username, u.user.role, u.user.area.value_or(QString()),
                          u.user.team.value_or(QString()), !u.isDisabled());
    }
    const RulesEngine engine(policy, directory);
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
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::OverrideAlert); !st) {
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
    auto n = loadOne(*m_ctx, ref, false);
    if (!n) {
        return n.error();
    }
    if (n->area != session.area) {
        return Error::denied(QStringLiteral("permission denied: %1 is outside your area").arg(ref));
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    now = now.addMSecs(-now.time().msec());
    if (Status st = m_ctx->cases().addOverride(ref, {key, session.username, now, reason.trimmed()}); !st) {
        return st;
    }
    if (Status st = m_ctx->audit(session, QStringLiteral("alteration"), QStringLiteral("alert_override"), ref,
                                 QStringLiteral("alert override"), QStringLiteral("key=%1").arg(key));
        !st) {
        return st;
    }
    return tx.commit();
}

// ---------------------------------------------------------------- policy

Result<Policy> Services::policy(const Session& session)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::ReadPolicy); !st) {
        return st.error();
    }
    return m_ctx->policy();
}

Result<int> Services::setPolicy(const Session& session, const QByteArray& json)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::SetPolicy); !st) {
        return st.error();
    }
    auto inForce = m_ctx->policy();
    if (!inForce) {
        return inForce.error();
    }
    auto next = Policy::fromJson(json, *inForce);
    if (!next) {
        return next.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto version = m_ctx->policies().add(next->toJson(), session.username);
    if (!version) {
        return version.error();
    }
    // Derived data follows the policy in the same transaction.
    const QStringList phrases = next->list(QStringLiteral("trigger_phrases"));
    if (phrases != inForce->list(QStringLiteral("trigger_phrases"))) {
        if (Status st = m_ctx->cases().rebuildTriggerMatches(phrases); !st) {
            return st.error();
        }
    }
    if (Status st = m_ctx->audit(session, QStringLiteral("alteration"), QStringLiteral("policy"),
                                 QStringLiteral("v%1").arg(*version), QStringLiteral("policy change"));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    m_ctx->forgetPolicy();
    return *version;
}

// ---------------------------------------------------------------- audit

Result<QList<AuditRecord>> Services::auditLog(const Session& session, const AuditFilter& filter, const QString& purpose)
{
    Lock lock(m_ctx->mutex());
    const bool wholeLog = !filter.recordRef.has_value();
    if (Status st = ServiceContext::require(session, wholeLog ? Operation::ReadAuditLog : Operation::ReadRecordAudit);
        !st) {
        return st.error();
    }
    if (!wholeLog && session.role != Role::Admin) {
        auto n = loadOne(*m_ctx, *filter.recordRef, false);
        if (!n) {
            return n.error();
        }
        if (Status st = checkCaseworkScope(session, *n, teamOf(*m_ctx, n->owner)); !st) {
            return st.error();
        }
    }
    auto rows = m_ctx->audit().list(filter);
    if (!rows) {
        return rows.error();
    }
    if (Status st =
            m_ctx->auditRead(session, QStringLiteral("audit"), wholeLog ? QStringLiteral("log") : *filter.recordRef,
                             purpose, QStringLiteral("rows=%1").arg(rows->size()));
        !st) {
        return st.error();
    }
    return rows;
}

Result<AuditVerification> Services::verifyAudit(const Session& session,
                                                std::optional<std::pair<qint64, QString>> anchor)
{
    Lock lock(m_ctx->mutex());
    if (Status st = ServiceContext::require(session, Operation::VerifyAudit); !st) {
        return st.error();
    }
    auto v = m_ctx->audit().verify(anchor);
    if (!v) {
        return v.error();
    }
    // The verification itself is recorded after the walk (so it does not verify itself).
    if (Status st = m_ctx->auditRead(session, QStringLiteral("audit"), QStringLiteral("log"),
                                     QStringLiteral("audit verification"),
                                     QStringLiteral("ok=%1 rows=%2").arg(v->ok ? 1 : 0).arg(v->rows));
        !st) {
        return st.error();
    }
    return v;
}

// ---------------------------------------------------------------- database care

Result<QString> Services::quickCheck()
{
    Lock lock(m_ctx->mutex());
    return m_ctx->db().quickCheck();
}

Result<QString> Services::integrityCheck()
{
    Lock lock(m_ctx->mutex());
    return m_ctx->db().integrityCheck();
}

} // namespace somdesk
