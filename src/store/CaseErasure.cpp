#include "CaseErasure.h"

#include "BulkColumns.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "StoreQuery.h"

namespace somdesk {

using store::prepared;
using store::run;

Result<QList<std::pair<QString, QDate>>> CaseErasure::retentionDue(int years, const QDate& asOf)
{
    SqliteStatement st(m_db.handle(), QStringLiteral("SELECT ref, first_notified FROM nominals ORDER BY ref"));
    QList<std::pair<QString, QDate>> out;
    while (st.step()) {
        const QDate due = bulk::parseDate(st.latin1(1)).addYears(years);
        if (due <= asOf) {
            out.append({st.text(0), due});
        }
    }
    if (!st.error().isEmpty()) {
        return storageError(QStringLiteral("reading retention dates"), st.error());
    }
    return out;
}

Status CaseErasure::request(const QString& ref, const QString& by, const QString& reason)
{
    QSqlQuery q =
        prepared(m_db, QStringLiteral("INSERT INTO erasure_requests (nominal_ref, requested_by, requested_at, "
                                      "reason) VALUES (?, ?, ?, ?)"));
    q.addBindValue(ref);
    q.addBindValue(by);
    q.addBindValue(sql::timestamp(m_db.now()));
    q.addBindValue(reason);
    return run(q, QStringLiteral("saving erasure request"));
}

Result<std::optional<ErasureRequest>> CaseErasure::openRequest(const QString& ref)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT id, requested_by, requested_at FROM erasure_requests WHERE "
                                                "nominal_ref = ? AND executed_at IS NULL ORDER BY id DESC LIMIT 1"));
    q.addBindValue(ref);
    if (Status st = run(q, QStringLiteral("reading erasure requests")); !st) {
        return st.error();
    }
    if (!q.next()) {
        return std::optional<ErasureRequest>();
    }
    return std::optional<ErasureRequest>(
        ErasureRequest{q.value(0).toLongLong(), q.value(1).toString(), sql::toTimestamp(q.value(2).toString())});
}

Status CaseErasure::execute(qint64 requestId, qint64 nominalId, const QString& ref, const QString& approvedBy)
{
    SearchIndex index(m_db);
    if (Status st = index.removeNominal(nominalId); !st) {
        return st;
    }
    QSqlQuery dips = prepared(m_db, QStringLiteral("DELETE FROM dip_records WHERE nominal_ref = ?"));
    dips.addBindValue(ref);
    if (Status st = run(dips, QStringLiteral("erasing")); !st) {
        return st;
    }
    // Child rows go by ON DELETE CASCADE; secure_delete=ON overwrites the freed content.
    QSqlQuery nominal = prepared(m_db, QStringLiteral("DELETE FROM nominals WHERE id = ?"));
    nominal.addBindValue(nominalId);
    if (Status st = run(nominal, QStringLiteral("erasing")); !st) {
        return st;
    }
    if (Status st = index.optimise(); !st) {
        return st;
    }
    QSqlQuery mark = prepared(m_db, QStringLiteral("UPDATE erasure_requests SET approved_by = ?, approved_at = ?, "
                                                   "executed_at = ? WHERE id = ?"));
    const QVariant now = sql::timestamp(m_db.now());
    mark.addBindValue(approvedBy);
    mark.addBindValue(now);
    mark.addBindValue(now);
    mark.addBindValue(requestId);
    if (Status st = run(mark, QStringLiteral("recording the erasure")); !st) {
        return st;
    }
    // The reasons given for erasing this person (this request and any earlier one) are free
    // text about them: erasure reaches them too. Who asked, who approved and when stay.
    QSqlQuery scrub = prepared(m_db, QStringLiteral("UPDATE erasure_requests SET reason = '' WHERE nominal_ref = ?"));
    scrub.addBindValue(ref);
    return run(scrub, QStringLiteral("erasing the request's reason"));
}

void CaseErasure::truncateLog()
{
    const QString sqlText = m_db.dialect().truncateLog();
    if (!sqlText.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.exec(sqlText);
    }
}

} // namespace somdesk
