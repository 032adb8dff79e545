// Backups, restores and the demo database: the use cases of database care.

#include "Access.h"
#include "PasswordHasher.h"
#include "SecondPerson.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "ServicesInternals.h"
#include "core/Clock.h"
#include "core/PrivateFile.h"
#include "core/TextSafety.h"
#include "core/bundle/BundleWriter.h"
#include "core/rules/Dates.h"
#include "demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <spdlog/spdlog.h>

namespace somdesk {

namespace {

Result<QByteArray> sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::storage(QStringLiteral("cannot read %1").arg(path));
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) {
        return Error::storage(QStringLiteral("cannot read %1").arg(path));
    }
    return h.result().toHex();
}

QString manifestPath(const QString& backup)
{
    return backup + QStringLiteral(".manifest.json");
}

} // namespace

Result<BackupInfo> Services::backup(const Session& session, const QString& outFile)
{
    Lock lock(*m_ctx);
    if (Status st = m_ctx->require(session, Operation::Backup); !st) {
        return st.error();
    }
    return writeBackup(session, outFile, QStringLiteral("backup"));
}

Result<std::optional<BackupInfo>> Services::automaticBackup(const Session& session, const QString& folder,
                                                            const QDateTime& now)
{
    Lock lock(*m_ctx);
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    const int keep = policy->number(QStringLiteral("backup_keep"));
    const int hours = policy->number(QStringLiteral("backup_interval_hours"));
    if (keep <= 0 || hours <= 0) {
        return std::optional<BackupInfo>();
    }
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        return Error::storage(QStringLiteral("backup folder %1 cannot be created").arg(folder));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString pattern = QStringLiteral("somdesk-backup-*.sqlite");
    QStringList existing = dir.entryList({pattern}, QDir::Files, QDir::Name); // names sort by time
    const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");
    // An erasure since the newest backup makes the next rotation due now: the new backup
    // no longer holds the person, and the older ones that do are removed below.
    auto erasedAt = m_ctx->audit().lastSeqOf(toString(AuditOperation::Erasure));
    if (!erasedAt) {
        return erasedAt.error();
    }
    const auto headOf = [&dir](const QString& backupName) {
        QFile mf(manifestPath(dir.filePath(backupName)));
        if (!mf.open(QIODevice::ReadOnly)) {
            return qint64(0);
        }
        return QJsonDocument::fromJson(mf.readAll()).object().value(QStringLiteral("audit_head_seq")).toInteger();
    };
    const bool erasureSinceNewest = *erasedAt > 0 && !existing.isEmpty() && headOf(existing.last()) < *erasedAt;
    if (!existing.isEmpty() && !erasureSinceNewest) {
        const QString newest = existing.last().mid(15, 15);
        QDateTime last = QDateTime::fromString(newest, stampFormat);
        last.setTimeSpec(Qt::UTC);
        if (last.isValid() && last.secsTo(now.toUTC()) < qint64(hours) * 3600) {
            return std::optional<BackupInfo>();
        }
    }
    const QString file =
        dir.filePath(QStringLiteral("somdesk-backup-%1.sqlite").arg(now.toUTC().toString(stampFormat)));
    auto info = writeBackup(session, file, QStringLiteral("automatic backup"));
    if (!info) {
        return info.error();
    }
    // Rotation: the oldest go beyond `keep`, and every backup made before the latest
    // erasure goes at once (erased people leave the backups at the next rotation).
    existing = dir.entryList({pattern}, QDir::Files, QDir::Name);
    const QString newest = QFileInfo(file).fileName();
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const bool tooMany = existing.size() - i > keep;
        const bool holdsErased = *erasedAt > 0 && existing.at(i) != newest && headOf(existing.at(i)) < *erasedAt;
        if (tooMany || holdsErased) {
            const QString old = dir.filePath(existing.at(i));
            QFile::remove(old);
            QFile::remove(manifestPath(old));
        }
    }
    return std::optional<BackupInfo>(*info);
}

Result<BackupInfo> Services::writeBackup(const Session& session, const QString& outFile, const QString& purpose)
{
    if (outFile.isEmpty()) {
        return Error::invalid(QStringLiteral("out: no backup file given"));
    }
    auto before = m_ctx->db().quickCheck();
    if (!before) {
        return before.error();
    }
    if (*before != QLatin1String("ok")) {
        return Error::storage(QStringLiteral("backup refused: the database fails quick_check: %1").arg(*before));
    }
    // The backup row goes in first so the copy carries its own record and the manifest's head.
    {
        Transaction tx(m_ctx->db());
        if (!tx.status()) {
            return tx.status().error();
        }
        if (Status st = m_ctx->audit(session, AuditOperation::Disclosure, QStringLiteral("backup"),
                                     QFileInfo(outFile).fileName(), purpose, {}, QStringLiteral("backup file"));
            !st) {
            return st.error();
        }
        if (Status st = tx.commit(); !st) {
            return st.error();
        }
    }
    auto head = m_ctx->audit().head();
    if (!head) {
        return head.error();
    }
    auto identity = m_ctx->db().identity();
    if (!identity) {
        return identity.error();
    }
    if (Status st = m_ctx->db().vacuumInto(outFile); !st) {
        return st.error();
    }
    // Check the copy itself, through a connection of its own.
    {
        auto copy = Database::open(outFile, Database::OpenMode::OpenExisting);
        if (!copy) {
            QFile::remove(outFile);
            return Error::storage(QStringLiteral("backup copy cannot be opened: ") + copy.error().message);
        }
        auto check = (*copy)->integrityCheck();
        (*copy)->close();
        if (!check || *check != QLatin1String("ok")) {
            QFile::remove(outFile);
            return Error::storage(QStringLiteral("backup copy fails integrity_check; removed"));
        }
    }
    QFile::remove(outFile + QStringLiteral("-wal"));
    QFile::remove(outFile + QStringLiteral("-shm"));
    auto digest = sha256OfFile(outFile);
    if (!digest) {
        return digest.error();
    }
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("somdesk-backup")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("created_at"), m_ctx->db().now().toString(Qt::ISODate)},
        {QStringLiteral("created_by"), session.username},
        {QStringLiteral("schema_version"), Database::kSchemaVersion},
        {QStringLiteral("file"), QFileInfo(outFile).fileName()},
        {QStringLiteral("sha256"), QString::fromLatin1(*digest)},
        {QStringLiteral("audit_head_seq"), head->first},
        {QStringLiteral("audit_head_hash"), head->second},
        {QStringLiteral("database_id"), *identity},
    };
    const QString manifestFile = manifestPath(outFile);
    if (Status st = writePrivateFile(manifestFile, QJsonDocument(manifest).toJson(QJsonDocument::Indented),
                                     QStringLiteral("manifest"));
        !st) {
        return Error::storage(QStringLiteral("cannot write the backup manifest %1").arg(manifestFile));
    }
    spdlog::info("backup written (audit head {})", head->first);
    return BackupInfo{outFile, manifestFile, head->first, head->second};
}

Status createDemoDatabase(const QString& path, int nominals, quint64 seed, const QDate& today, QByteArray& password)
{
    if (nominals < 1 || nominals > 200000) {
        PasswordHasher::wipe(password);
        return Error::invalid(QStringLiteral("nominals: between 1 and 200,000"));
    }
    DemoOptions options;
    options.nominals = nominals;
    options.seed = seed;
    options.today = today;
    // Made now for today: nothing in it may be stamped later than this moment.
    if (const QDateTime now = Clock::system()->nowUtcSeconds(); londonDate(now) == today) {
        options.moment = now;
    }
    Bundle bundle = DemoGenerator::generate(options);
    // One Argon2id hash for the shared demo password: every demo user signs in with it.
    QByteArray pwCopy = password;
    QString adminName = QStringLiteral("admin");
    for (const User& u : bundle.users) {
        if (u.role == Role::Admin) {
            adminName = u.username;
            break;
        }
    }
    if (Status st = Services::initDatabase(path, adminName, QStringLiteral("Demo Administrator"), pwCopy); !st) {
        PasswordHasher::wipe(password);
        return st;
    }
    auto services = Services::open(path);
    if (!services) {
        PasswordHasher::wipe(password);
        return services.error();
    }
    QByteArray signInCopy = password;
    auto session = (*services)->signIn(adminName, signInCopy);
    if (!session) {
        PasswordHasher::wipe(password);
        return session.error();
    }
    auto policy = ServicesInternals::of(**services).policy();
    if (!policy) {
        PasswordHasher::wipe(password);
        return policy.error();
    }
    QByteArray hashInput = password;
    auto hash = PasswordHasher::hash(hashInput, {policy->number(QStringLiteral("password_memlimit_mib")),
                                                 policy->number(QStringLiteral("password_opslimit"))});
    PasswordHasher::wipe(password);
    if (!hash) {
        return hash.error();
    }
    // Through the validating importer, like any other bundle.
    BundleVocabulary vocabulary;
    vocabulary.riskFactors = policy->list(QStringLiteral("arms_risk_factors"));
    vocabulary.protectiveFactors = policy->list(QStringLiteral("arms_protective_factors"));
    vocabulary.dipItems = policy->list(QStringLiteral("dip_sample_items"));
    auto summary = (*services)->importBundle(*session, BundleWriter::write(bundle, vocabulary));
    if (!summary) {
        return summary.error();
    }
    ServiceContext& ctx = ServicesInternals::of(**services);
    Transaction tx(ctx.db());
    if (!tx.status()) {
        return tx.status();
    }
    for (const User& u : bundle.users) {
        if (u.username != adminName) {
            if (Status st = ctx.users().setPassword(u.username, *hash, session->username); !st) {
                return st;
            }
        }
    }
    if (Status st = ctx.audit(*session, AuditOperation::Alteration, QStringLiteral("user"), QStringLiteral("demo"),
                              QStringLiteral("demo set-up"), QStringLiteral("demo passwords set"));
        !st) {
        return st;
    }
    return tx.commit();
}

} // namespace somdesk

namespace somdesk {

Result<QList<std::pair<QString, QDate>>> Services::retentionDue(const Session& session, const QDate& asOf)
{
    Lock lock(*m_ctx);
    if (Status st = m_ctx->require(session, Operation::ListRetentionDue); !st) {
        return st.error();
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    auto all = m_ctx->cases().retentionDue(policy->number(QStringLiteral("retention_review_years")), asOf);
    if (!all) {
        return all.error();
    }
    // The caller's scope, as for every listing: an inspector sees the area's nominals only.
    CaseQuery q = scopeQuery(session);
    q.withEntryText = false;
    q.withPhoto = false;
    auto inScope = m_ctx->cases().summaries(q);
    if (!inScope) {
        return inScope.error();
    }
    QSet<QString> refs;
    for (const CaseSummary& c : *inScope) {
        refs.insert(c.ref);
    }
    QList<std::pair<QString, QDate>> due;
    for (const auto& item : *all) {
        if (refs.contains(item.first)) {
            due.append(item);
        }
    }
    if (Status st = m_ctx->auditRead(session, QStringLiteral("retention"), scopeText(session),
                                     QStringLiteral("retention review"), QStringLiteral("rows=%1").arg(due.size()));
        !st) {
        return st.error();
    }
    return due;
}

Status Services::requestErasure(const Session& session, const QString& ref, const QString& reason)
{
    Lock lock(*m_ctx);
    if (Status st = m_ctx->require(session, Operation::RequestErasure); !st) {
        return st;
    }
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason: required to request an erasure"));
    }
    if (Status st = text::requireSafe(QStringLiteral("reason"), reason); !st) {
        return st;
    }
    auto exists = m_ctx->cases().refExists(ref);
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1").arg(ref));
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status();
    }
    auto open = m_ctx->cases().openErasureRequest(ref);
    if (!open) {
        return open.error();
    }
    if (open->has_value()) {
        return Error::conflict(QStringLiteral("nominal: an erasure of %1 is already awaiting approval").arg(ref));
    }
    if (Status st = m_ctx->cases().requestErasure(ref, session.username, reason.trimmed()); !st) {
        return st;
    }
    if (Status st = m_ctx->audit(session, AuditOperation::Alteration, QStringLiteral("erasure_request"), ref,
                                 QStringLiteral("erasure request"));
        !st) {
        return st;
    }
    return tx.commit();
}

Status Services::approveErasure(const Session& session, const QString& ref)
{
    Lock lock(*m_ctx);
    if (Status st = m_ctx->require(session, Operation::ApproveErasure); !st) {
        return st;
    }
    CaseQuery q;
    q.ref = ref;
    q.withEntryText = false;
    q.withPhoto = false;
    auto summaries = m_ctx->cases().summaries(q);
    if (!summaries) {
        return summaries.error();
    }
    if (summaries->isEmpty()) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1").arg(ref));
    }
    if (summaries->first().area != session.area) {
        return m_ctx->refuse(session, ref,
                             Error::denied(QStringLiteral("permission denied: %1 is outside your area").arg(ref)));
    }
    {
        Transaction tx(m_ctx->db());
        if (!tx.status()) {
            return tx.status();
        }
        auto open = m_ctx->cases().openErasureRequest(ref);
        if (!open) {
            return open.error();
        }
        if (!open->has_value()) {
            return Error::invalid(
                QStringLiteral("nominal: no erasure of %1 has been requested by an administrator").arg(ref));
        }
        const ErasureRequest& request = **open;
        auto approver = m_ctx->users().find(session.username);
        if (!approver) {
            return approver.error();
        }
        const std::optional<QString> problem =
            approver->has_value() ? erasureApproverProblem(**approver, request.requestedBy, request.requestedAt)
                                  : QStringLiteral("permission denied: the approver has no account");
        if (problem) {
            return m_ctx->refuse(session, ref, Error::denied(*problem));
        }
        if (Status st = m_ctx->cases().executeErasure(request.id, ref, session.username); !st) {
            return st;
        }
        if (Status st = m_ctx->audit(session, AuditOperation::Erasure, QStringLiteral("nominal"), ref,
                                     QStringLiteral("erasure"), QStringLiteral("requested_by=%1").arg(request.requestedBy));
            !st) {
            return st;
        }
        if (Status st = tx.commit(); !st) {
            return st;
        }
    }
    m_ctx->cases().checkpoint();
    spdlog::info("erasure executed for a nominal");
    return {};
}

} // namespace somdesk
