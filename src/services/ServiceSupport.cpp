#include "ServiceSupport.h"

#include "Access.h"
#include "ServiceContext.h"
#include "core/InputLimits.h"
#include "core/TextSafety.h"

#include <QSet>

namespace somdesk {

const QRegularExpression& usernamePattern()
{
    static const QRegularExpression re(QString::fromLatin1(limits::kIdentifierPattern));
    return re;
}

HashCost costOf(const Policy& policy)
{
    return {policy.number(QStringLiteral("password_memlimit_mib")), policy.number(QStringLiteral("password_opslimit"))};
}

Lock::Lock(ServiceContext& ctx) : m_ctx(ctx)
{
    m_ctx.enterCall();
}

Lock::~Lock()
{
    m_ctx.leaveCall();
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
    static_assert(limits::kMaxName == 200, "the message below names the limit");
    if (u.name.trimmed().isEmpty() || u.name.size() > limits::kMaxName) {
        return Error::invalid(QStringLiteral("name: required, at most 200 characters"));
    }
    const std::pair<const char*, std::optional<QString>> fields[] = {
        {"name", u.name}, {"collar", u.collar}, {"area", u.area}, {"team", u.team}};
    for (const auto& [field, value] : fields) {
        if (value) {
            if (Status st = text::requireSafe(QString::fromLatin1(field), *value); !st) {
                return st;
            }
        }
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

Result<Nominal> loadOne(ServiceContext& ctx, const QString& ref, bool withText)
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

Result<Nominal> loadForCasework(ServiceContext& ctx, const Session& session, const QString& ref)
{
    auto n = loadOne(ctx, ref, false);
    if (!n) {
        return n.error();
    }
    if (Status st = checkCaseworkScope(session, *n, teamOf(ctx, n->owner)); !st) {
        return ctx.refuse(session, ref, st.error());
    }
    return n;
}

QString nextEntryId(const Nominal& n)
{
    QSet<QString> ids;
    for (const Entry& e : n.entries) {
        ids.insert(e.id);
    }
    int next = 1;
    while (ids.contains(QStringLiteral("E%1").arg(next))) {
        ++next;
    }
    return QStringLiteral("E%1").arg(next);
}

BundleContext readingContext(ServiceContext& ctx, const Policy& policy, QString& failure)
{
    BundleContext context;
    context.vocabulary = vocabularyOf(policy);
    context.existingUser = [&ctx, &failure](const QString& name) -> std::optional<User> {
        auto u = ctx.users().find(name);
        if (!u) {
            failure = u.error().message;
            return std::nullopt;
        }
        return *u ? std::optional<User>((*u)->user) : std::nullopt;
    };
    context.refExists = [&ctx, &failure](const QString& ref) {
        auto exists = ctx.cases().refExists(ref);
        if (!exists) {
            failure = exists.error().message;
            return false;
        }
        return *exists;
    };
    return context;
}

} // namespace somdesk
