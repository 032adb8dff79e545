// Creating and opening a database: the first admin, the schema, the clock.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/PasswordPolicy.h"

#include <QFile>

#include <spdlog/spdlog.h>

namespace somdesk {

Services::Services(std::unique_ptr<ServiceContext> ctx) : m_ctx(std::move(ctx))
{
}
Services::~Services() = default;

Status Services::initDatabase(const QString& path, const QString& adminUsername, const QString& adminName,
                              QByteArray& password, std::shared_ptr<const Clock> clock)
{
    User admin;
    admin.username = adminUsername;
    admin.name = adminName.isEmpty() ? adminUsername : adminName;
    admin.role = Role::Admin;
    if (Status st = validateUser(admin); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    if (auto problem = passwordProblem(password, adminUsername)) {
        PasswordHasher::wipe(password);
        return Error::invalid(*problem);
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
    (*db)->setClock(std::move(clock));
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
        // The creation row is the chain's first and carries the identity the migrations made.
        if (st) {
            auto id = ctx.db().identity();
            st = id ? ctx.auditAs(adminUsername, AuditOperation::Collection, QStringLiteral("user"), adminUsername,
                                  QStringLiteral("database created"), QStringLiteral("database_id=") + *id)
                    : Status(id.error());
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

Result<std::unique_ptr<Services>> Services::open(const QString& path, const QString& vfs,
                                                 std::shared_ptr<const Clock> clock)
{
    // Not while another process restores it: the lock first, then the file.
    auto lock = DatabaseLock::shared(path);
    if (!lock) {
        return lock.error();
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting, vfs);
    if (!db) {
        return db.error();
    }
    (*db)->setClock(std::move(clock));
    auto ctx = std::make_unique<ServiceContext>(std::move(*db));
    ctx->keepOpenLock(std::move(*lock));
    return std::unique_ptr<Services>(new Services(std::move(ctx)));
}
// ---------------------------------------------------------------- database care

bool Services::readOnly() const
{
    return m_ctx->db().readOnly();
}

Result<QString> Services::quickCheck()
{
    Lock lock(*m_ctx);
    return m_ctx->db().quickCheck();
}

Result<QString> Services::integrityCheck()
{
    Lock lock(*m_ctx);
    return m_ctx->db().integrityCheck();
}

} // namespace somdesk
