#include "AuditLog.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace somdesk {

namespace {

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

void appendField(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ',';
}

AuditRecord fromQuery(const QSqlQuery& q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    r.username = q.value(2).toString();
    r.operation = q.value(3).toString();
    r.recordType = q.value(4).toString();
    r.recordRef = q.value(5).toString();
    r.purpose = q.value(6).toString();
    r.recipient = q.value(7).toString();
    r.detail = q.value(8).toString();
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

// The first row of every log: `init` records the database's creation (and its identity).
bool isCreationRow(const AuditRecord& r)
{
    return r.operation == toString(AuditOperation::Collection) && r.recordType == QLatin1String("user") &&
           r.purpose == QLatin1String("database created");
}

const QString kColumns = QStringLiteral(
    "seq, at, username, operation, record_type, record_ref, purpose, recipient, detail, prev_hash, hash");

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonical(const AuditRecord& r)
{
    // Length-prefixed fields: no separator can be forged by a value.
    QByteArray out;
    appendField(out, QString::number(r.seq));
    appendField(out, isoUtc(r.at));
    appendField(out, r.username);
    appendField(out, r.operation);
    appendField(out, r.recordType);
    appendField(out, r.recordRef);
    appendField(out, r.purpose);
    appendField(out, r.recipient);
    appendField(out, r.detail);
    return out;
}

QString AuditLog::chainHash(const QString& prevHash, const AuditRecord& record)
{
    QByteArray input = prevHash.toLatin1();
    input += canonical(record);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

Result<std::pair<qint64, QString>> AuditLog::head()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        return storageError(QStringLiteral("reading the audit log"), q.lastError().text());
    }
    if (q.next()) {
        return std::pair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()};
    }
    return std::pair<qint64, QString>{0, genesisHash()};
}

Result<qint64> AuditLog::lastSeqOf(const QString& operation)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log WHERE operation = ?"));
    q.addBindValue(operation);
    if (!q.exec() || !q.next()) {
        return storageError(QStringLiteral("reading the audit log"), q.lastError().text());
    }
    return q.value(0).toLongLong();
}

Result<QList<AuditRecord>> AuditLog::rowsAfter(qint64 seq)
{
    return selectRows(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE seq > ? ORDER BY seq"), {seq});
}

Result<QList<AuditRecord>> AuditLog::contentRows()
{
    return selectRows(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM audit_log WHERE instr(detail, 'content=') > 0 OR (record_type = "
                                         "'backup' AND purpose = 'restore') ORDER BY seq"),
                      {});
}

Result<QList<AuditRecord>> AuditLog::selectRows(const QString& sqlText, const QVariantList& binds)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sqlText);
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return storageError(QStringLiteral("reading the audit log"), q.lastError().text());
    }
    QList<AuditRecord> out;
    while (q.next()) {
        out.append(fromQuery(q));
    }
    return out;
}

Status AuditLog::insertRow(const AuditRecord& record)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (") + kColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Empty, never NULL: the canonical form has no notion of "absent".
    q.addBindValue(record.seq);
    q.addBindValue(isoUtc(record.at));
    for (const QString* v : {&record.username, &record.operation, &record.recordType, &record.recordRef,
                             &record.purpose, &record.recipient, &record.detail}) {
        q.addBindValue(v->isNull() ? QStringLiteral("") : *v);
    }
    q.addBindValue(record.prevHash);
    q.addBindValue(record.hash);
    if (!q.exec()) {
        return storageError(QStringLiteral("writing the audit log"), q.lastError().text());
    }
    return {};
}

Status AuditLog::appendVerbatim(const AuditRecord& record)
{
    auto h = head();
    if (!h) {
        return h.error();
    }
    if (record.seq != h->first + 1 || record.prevHash != h->second || chainHash(h->second, record) != record.hash) {
        return Error::storage(
            QStringLiteral("audit row %1 does not follow row %2 of this log").arg(record.seq).arg(h->first));
    }
    return insertRow(record);
}

Status AuditLog::append(AuditRecord& record)
{
    auto h = head();
    if (!h) {
        return h.error();
    }
    record.seq = h->first + 1;
    if (!record.at.isValid()) {
        record.at = m_db.now();
    }
    // Millisecond precision is what we store; hash what we store.
    record.at = QDateTime::fromString(isoUtc(record.at), Qt::ISODateWithMs).toUTC();
    record.prevHash = h->second;
    record.hash = chainHash(record.prevHash, record);
    return insertRow(record);
}

Result<QList<AuditRecord>> AuditLog::list(const AuditFilter& filter)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE 1=1");
    QVariantList binds;
    if (filter.recordRef) {
        sql += QStringLiteral(" AND record_ref = ?");
        binds << *filter.recordRef;
    }
    if (filter.username) {
        sql += QStringLiteral(" AND username = ?");
        binds << *filter.username;
    }
    if (filter.since) {
        sql += QStringLiteral(" AND at >= ?");
        binds << filter.since->toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY seq");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    return selectRows(sql, binds);
}

Result<AuditVerification> AuditLog::verify(std::optional<std::pair<qint64, QString>> anchor)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq"))) {
        return storageError(QStringLiteral("reading the audit log"), q.lastError().text());
    }
    AuditVerification v;
    QString prev = genesisHash();
    qint64 position = 0;
    bool anchorSeen = false;
    while (q.next()) {
        ++position;
        const AuditRecord r = fromQuery(q);
        auto fail = [&](const QString& problem) {
            v.ok = false;
            v.firstBrokenSeq = position;
            v.problem = problem;
        };
        if (r.seq != position) {
            fail(QStringLiteral("row %1 carries sequence number %2: a row was deleted or inserted")
                     .arg(position)
                     .arg(r.seq));
        } else if (r.prevHash != prev) {
            fail(QStringLiteral("row %1 does not follow the row before it: rows were removed, inserted or "
                                "reordered")
                     .arg(position));
        } else if (chainHash(prev, r) != r.hash) {
            fail(QStringLiteral("row %1 was changed after it was written").arg(position));
        } else if (position == 1 && !isCreationRow(r)) {
            fail(QStringLiteral("row 1 is not the database's creation row: the start of the log was removed"));
        }
        if (!v.ok) {
            v.rows = position;
            return v;
        }
        if (anchor && r.seq == anchor->first) {
            anchorSeen = true;
            if (r.hash != anchor->second) {
                v.ok = false;
                v.firstBrokenSeq = position;
                v.problem =
                    QStringLiteral("row %1 differs from the anchor (a backup manifest or an anchor file): the log "
                                   "was cut or rewritten after it")
                        .arg(position);
                v.rows = position;
                return v;
            }
        }
        prev = r.hash;
        v.headSeq = r.seq;
    }
    v.rows = position;
    v.headHash = prev;
    if (position == 0) {
        v.ok = false;
        v.firstBrokenSeq = 1;
        v.problem = QStringLiteral("the audit log is empty: even the database's creation row is gone");
        return v;
    }
    if (anchor && anchor->first > 0 && !anchorSeen) {
        v.ok = false;
        v.firstBrokenSeq = position + 1;
        v.problem =
            QStringLiteral("the log ends at row %1 but the anchor (a backup manifest or an anchor file) records "
                           "row %2: the log was truncated")
                .arg(position)
                .arg(anchor->first);
    }
    return v;
}

} // namespace somdesk
