// Restoring a backup without losing the record: the backup must be this database's, the
// replaced file is kept aside, and the audit rows and erasures made since the backup are
// carried into the restored database before it takes the live file's place
// (docs/admin-guide.md, "Restoring a backup"; docs/security.md).

#include "PasswordHasher.h"
#include "ServiceContext.h"
#include "Services.h"
#include "ServicesInternals.h"
#include "core/AuditAnchor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <unistd.h>

namespace somdesk {

namespace {

struct PasswordWipe {
    QByteArray& password;
    ~PasswordWipe() { PasswordHasher::wipe(password); }
};

// The backup's bytes, copied to `target` (a new private file) while their SHA-256 is taken:
// the backup is only ever read, so it may sit on read-only media.
Result<QByteArray> copyWithDigest(const QString& source, const QString& target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error::notFound(QStringLiteral("from: cannot read %1").arg(source));
    }
    QFile::remove(target);
    const int fd =
        ::open(QFile::encodeName(target).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    QFile out;
    if (fd < 0 || !out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0) {
            ::close(fd);
        }
        return Error::storage(QStringLiteral("restore: cannot create %1 beside the database").arg(target));
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        h.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            return Error::storage(QStringLiteral("restore: cannot write %1").arg(target));
        }
    }
    if (in.error() != QFileDevice::NoError || !out.flush() || ::fsync(out.handle()) != 0) {
        return Error::storage(QStringLiteral("restore: copying the backup failed"));
    }
    return h.result().toHex();
}

void removeWithSidecars(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

// The replaced database, kept beside it: a consistent copy when it opens, its raw files
// (with the WAL) when it is damaged.
Status keepAside(Services* live, const QString& databasePath, const QString& kept)
{
    if (live != nullptr) {
        if (ServicesInternals::of(*live).db().vacuumInto(kept)) {
            return {};
        }
        QFile::remove(kept);
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::copy(databasePath + suffix, kept + suffix)) {
            return Error::storage(QStringLiteral("restore: cannot keep the replaced database at %1").arg(kept));
        }
        QFile::setPermissions(kept + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return {};
}

bool syncFolderOf(const QString& path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// What the replaced database's record says since the backup: its rows after the backup's
// head, provided its row at that head is the backup's (the same history).
struct Since {
    QList<AuditRecord> rows;
    qint64 headSeq = 0;
    QString headHash;
    bool readable = false;
    bool sameHistory = false;
};

Since readSince(Services* live, const AuditAnchor& backupHead)
{
    Since s;
    if (live == nullptr) {
        return s;
    }
    AuditLog& log = ServicesInternals::of(*live).audit();
    auto head = log.head();
    auto rows = log.rowsAfter(backupHead.seq - 1);
    if (!head || !rows) {
        return s;
    }
    s.readable = true;
    s.headSeq = head->first;
    s.headHash = head->second;
    s.sameHistory = !rows->isEmpty() && rows->first().seq == backupHead.seq && rows->first().hash == backupHead.hash;
    if (s.sameHistory) {
        s.rows = rows->mid(1);
    }
    return s;
}

} // namespace

Result<RestoreInfo> restoreBackup(const QString& databasePath, const QString& backupFile, const QString& username,
                                  QByteArray& password)
{
    PasswordWipe wipe{password};
    if (!QFileInfo::exists(backupFile)) {
        return Error::notFound(QStringLiteral("from: %1 does not exist").arg(backupFile));
    }
    QFile mf(backupFile + QStringLiteral(".manifest.json"));
    if (!mf.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("from: the manifest %1 is missing").arg(mf.fileName()));
    }
    const QByteArray manifestBytes = mf.read(1 << 20);
    auto manifest = parseAuditAnchor(manifestBytes, QStringLiteral("manifest"));
    if (!manifest) {
        return manifest.error();
    }
    const QString manifestDigest =
        QJsonDocument::fromJson(manifestBytes).object().value(QStringLiteral("sha256")).toString();
    if (!isHexDigest(manifestDigest, 64)) {
        return Error::invalid(QStringLiteral("manifest.sha256: 64 lower-case hex digits are required"));
    }

    // The current database, when it opens and checks; otherwise it is damaged, and the
    // backup's own users authorise the restore.
    RestoreInfo info;
    std::unique_ptr<Services> live;
    if (auto opened = Services::open(databasePath)) {
        live = std::move(*opened);
        auto check = live->quickCheck();
        info.liveWasDamaged = !check || *check != QLatin1String("ok");
    } else {
        info.liveWasDamaged = true;
    }
    std::optional<Session> session;
    if (!info.liveWasDamaged) {
        auto signedIn = live->signIn(username, password);
        if (!signedIn) {
            return signedIn.error();
        }
        session = *signedIn;
        if (Status st = ServicesInternals::of(*live).require(*session, Operation::Restore); !st) {
            return st.error();
        }
    }
    // The database to itself from here on: no other program has it open or can open it.
    auto exclusive = DatabaseLock::exclusive(databasePath, live ? 1 : 0);
    if (!exclusive) {
        return exclusive.error();
    }

    const QString staging = databasePath + QStringLiteral(".restoring");
    removeWithSidecars(staging);
    auto digest = copyWithDigest(backupFile, staging);
    const auto abandon = [&staging](const Error& e) -> Result<RestoreInfo> {
        removeWithSidecars(staging);
        QFile::remove(DatabaseLock::lockFileOf(staging));
        return e;
    };
    if (!digest) {
        return abandon(digest.error());
    }
    if (QString::fromLatin1(*digest) != manifestDigest) {
        return abandon(
            Error::invalid(QStringLiteral("from: the backup does not match its manifest (sha256); refusing it")));
    }
    auto restoredOpen = Services::open(staging);
    if (!restoredOpen) {
        return abandon(
            Error::storage(QStringLiteral("from: the backup cannot be opened: ") + restoredOpen.error().message));
    }
    std::unique_ptr<Services> restored = std::move(*restoredOpen);
    ServiceContext& target = ServicesInternals::of(*restored);
    {
        auto check = target.db().integrityCheck();
        if (!check || *check != QLatin1String("ok")) {
            restored.reset();
            return abandon(Error::storage(QStringLiteral("from: the backup fails integrity_check; refusing it")));
        }
        auto verified = target.audit().verify(std::pair<qint64, QString>{manifest->seq, manifest->hash});
        auto head = target.audit().head();
        if (!verified || !verified->ok || !head || head->first != manifest->seq) {
            restored.reset();
            return abandon(Error::storage(QStringLiteral("from: the backup's audit log does not verify against its "
                                                         "manifest: %1")
                                              .arg(verified ? verified->problem : verified.error().message)));
        }
    }
    info.backupHeadSeq = manifest->seq;
    if (info.liveWasDamaged) {
        auto signedIn = restored->signIn(username, password);
        if (!signedIn) {
            restored.reset();
            return abandon(signedIn.error());
        }
        session = *signedIn;
        if (Status st = target.require(*session, Operation::Restore); !st) {
            restored.reset();
            return abandon(st.error());
        }
    }

    // Only this database's backup: the identity made at `init`, and the same history.
    auto backupId = target.db().identity();
    std::optional<QString> liveId;
    if (live) {
        if (auto id = ServicesInternals::of(*live).db().identity()) {
            liveId = *id;
        }
    }
    const QString claimedId = manifest->databaseId.isEmpty() ? QString() : manifest->databaseId;
    if (!claimedId.isEmpty() && (!backupId || *backupId != claimedId)) {
        restored.reset();
        return abandon(
            Error::invalid(QStringLiteral("from: the backup's database identity differs from its manifest")));
    }
    if (liveId && !claimedId.isEmpty() && *liveId != claimedId) {
        restored.reset();
        return abandon(Error::invalid(QStringLiteral("from: this backup is of another database (identity %1; this "
                                                     "database is %2); refusing it")
                                          .arg(claimedId, *liveId)));
    }
    const Since since = readSince(live.get(), *manifest);
    if (!info.liveWasDamaged && !since.sameHistory) {
        restored.reset();
        return abandon(Error::invalid(QStringLiteral("from: the backup's audit history is not this database's (row "
                                                     "%1 differs); refusing it")
                                          .arg(manifest->seq)));
    }
    info.replacedHeadSeq = since.headSeq;
    info.replacedHeadHash = since.headHash;

    // Into the restored copy, in one transaction: the rows since the backup as written, the
    // erasures among them made again, and the restore's own row naming the head it replaced.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    info.keptAt = databasePath + QStringLiteral(".replaced-%1.sqlite").arg(stamp);
    {
        Transaction tx(target.db());
        Status st = tx.status();
        if (st && claimedId.isEmpty() && liveId) {
            st = target.db().adoptIdentity(*liveId); // a backup made before databases had one
        }
        for (const AuditRecord& row : since.rows) {
            if (!st) {
                break;
            }
            st = target.audit().appendVerbatim(row);
            ++info.carriedRows;
            if (st && row.operation == toString(AuditOperation::Erasure) &&
                row.recordType == QLatin1String("nominal")) {
                auto exists = target.cases().refExists(row.recordRef);
                st = exists ? Status() : Status(exists.error());
                if (st && *exists) {
                    auto open = target.cases().openErasureRequest(row.recordRef);
                    st = open ? target.cases().executeErasure(open->has_value() ? (*open)->id : 0, row.recordRef,
                                                              row.username)
                              : Status(open.error());
                    info.erasuresReapplied += st ? 1 : 0;
                }
            }
        }
        if (st) {
            st = target.audit(*session, AuditOperation::Alteration, QStringLiteral("backup"),
                              QFileInfo(backupFile).fileName(), QStringLiteral("restore"),
                              QStringLiteral("backup_head=%1 replaced_head=%2:%3 carried=%4 erasures=%5 kept=%6%7")
                                  .arg(info.backupHeadSeq)
                                  .arg(info.replacedHeadSeq)
                                  .arg(since.readable ? since.headHash : QStringLiteral("unreadable"))
                                  .arg(info.carriedRows)
                                  .arg(info.erasuresReapplied)
                                  .arg(QFileInfo(info.keptAt).fileName(),
                                       info.liveWasDamaged ? QStringLiteral(" live=damaged") : QString()));
        }
        if (st) {
            st = tx.commit();
        }
        if (!st) {
            restored.reset();
            return abandon(st.error());
        }
    }
    if (Status st = keepAside(live.get(), databasePath, info.keptAt); !st) {
        restored.reset();
        return abandon(st.error());
    }
    // Swap: both closed (the restored copy checkpointed into its file), then one rename.
    const auto mode =
        QFileInfo::exists(databasePath) ? QFile::permissions(databasePath) : (QFile::ReadOwner | QFile::WriteOwner);
    target.cases().checkpoint();
    restored.reset();
    live.reset();
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(staging + QStringLiteral("-shm"));
    QFile::setPermissions(staging, mode);
    if (QFileInfo::exists(staging + QStringLiteral("-wal")) ||
        ::rename(QFile::encodeName(staging).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        return Error::storage(QStringLiteral("restore: the restored copy could not replace the database; the "
                                             "database is unchanged and its copy is kept at %1")
                                  .arg(info.keptAt));
    }
    QFile::remove(DatabaseLock::lockFileOf(staging));
    syncFolderOf(databasePath);
    spdlog::info("restored a backup (audit head {} over {}, {} rows carried forward)", info.backupHeadSeq,
                 info.replacedHeadSeq, info.carriedRows);
    return info;
}

} // namespace somdesk
