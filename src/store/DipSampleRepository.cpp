#include "DipSampleRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace somdesk {

Status DipSampleRepository::insert(const DipSample& s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO dip_samples (period, sergeant, seed, drawn_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(s.period);
    q.addBindValue(s.sergeant);
    q.addBindValue(s.seed);
    q.addBindValue(sql::timestamp(s.drawnAt));
    if (!q.exec()) {
        return storageError(QStringLiteral("saving dip sample"), q.lastError().text());
    }
    const QVariant sampleId = q.lastInsertId();
    QSqlQuery r(m_db.connection());
    r.prepare(QStringLiteral("INSERT INTO dip_records (sample_id, position, officer, nominal_ref, completed_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery it(m_db.connection());
    it.prepare(QStringLiteral("INSERT INTO dip_items (record_id, position, item, finding, note) VALUES (?, ?, ?, ?, "
                              "?)"));
    for (int i = 0; i < s.records.size(); ++i) {
        const DipRecord& rec = s.records.at(i);
        r.addBindValue(sampleId);
        r.addBindValue(i);
        r.addBindValue(rec.officer);
        r.addBindValue(rec.nominal);
        r.addBindValue(sql::timestamp(rec.completedAt));
        if (!r.exec()) {
            return storageError(QStringLiteral("saving dip sample record"), r.lastError().text());
        }
        const QVariant recordId = r.lastInsertId();
        for (int k = 0; k < rec.items.size(); ++k) {
            it.addBindValue(recordId);
            it.addBindValue(k);
            it.addBindValue(rec.items.at(k).item);
            it.addBindValue(toString(rec.items.at(k).finding));
            it.addBindValue(sql::text(rec.items.at(k).note));
            if (!it.exec()) {
                return storageError(QStringLiteral("saving dip sample item"), it.lastError().text());
            }
        }
    }
    return {};
}

namespace {

// The samples' WHERE clause (over dip_samples aliased s) and its values, in order.
QString sampleWhere(const DipSampleFilter& f, QVariantList& values)
{
    QStringList terms;
    if (f.period) {
        terms.append(QStringLiteral("s.period = ?"));
        values.append(*f.period);
    }
    if (f.sergeants) {
        if (f.sergeants->isEmpty()) {
            terms.append(QStringLiteral("0"));
        } else {
            QStringList marks;
            for (const QString& name : *f.sergeants) {
                marks.append(QStringLiteral("?"));
                values.append(name);
            }
            terms.append(QStringLiteral("s.sergeant IN (%1)").arg(marks.join(QLatin1Char(','))));
        }
    }
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    if (!q.prepare(sql)) {
        return false;
    }
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    return q.exec();
}

} // namespace

Result<QList<DipSample>> DipSampleRepository::list(const DipSampleFilter& filter)
{
    QVariantList values;
    const QString where = sampleWhere(filter, values);
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT s.id, s.period, s.sergeant, s.seed, s.drawn_at FROM dip_samples s WHERE %1 "
                            "ORDER BY s.id")
                 .arg(where),
             values)) {
        return storageError(QStringLiteral("reading dip samples"), q.lastError().text());
    }
    QList<DipSample> out;
    QHash<qint64, qsizetype> sampleIndex;
    while (q.next()) {
        DipSample s;
        s.period = q.value(1).toString();
        s.sergeant = q.value(2).toString();
        s.seed = q.value(3).toLongLong();
        s.drawnAt = sql::toTimestamp(q.value(4).toString());
        sampleIndex.insert(q.value(0).toLongLong(), out.size());
        out.append(std::move(s));
    }
    QSqlQuery r(m_db.connection());
    if (!run(r,
             QStringLiteral("SELECT r.id, r.sample_id, r.officer, r.nominal_ref, r.completed_at FROM dip_records r "
                            "JOIN dip_samples s ON s.id = r.sample_id WHERE %1 ORDER BY r.sample_id, r.position")
                 .arg(where),
             values)) {
        return storageError(QStringLiteral("reading dip samples"), r.lastError().text());
    }
    QHash<qint64, std::pair<qsizetype, qsizetype>> recordIndex;
    while (r.next()) {
        const auto si = sampleIndex.value(r.value(1).toLongLong(), -1);
        if (si < 0) {
            continue;
        }
        DipRecord rec;
        rec.officer = r.value(2).toString();
        rec.nominal = r.value(3).toString();
        rec.completedAt = sql::optTimestamp(r.value(4));
        recordIndex.insert(r.value(0).toLongLong(), {si, out[si].records.size()});
        out[si].records.append(std::move(rec));
    }
    QSqlQuery i(m_db.connection());
    if (!run(i,
             QStringLiteral("SELECT i.record_id, i.item, i.finding, i.note FROM dip_items i JOIN dip_records r ON "
                            "r.id = i.record_id JOIN dip_samples s ON s.id = r.sample_id WHERE %1 ORDER BY "
                            "i.record_id, i.position")
                 .arg(where),
             values)) {
        return storageError(QStringLiteral("reading dip samples"), i.lastError().text());
    }
    while (i.next()) {
        const auto it = recordIndex.constFind(i.value(0).toLongLong());
        if (it == recordIndex.constEnd()) {
            continue;
        }
        out[it->first].records[it->second].items.append(
            {i.value(1).toString(),
             enumFromString<DipFinding>(i.value(2).toString()).value_or(DipFinding::NotApplicable),
             sql::optText(i.value(3))});
    }
    return out;
}

Status DipSampleRepository::complete(const QString& period, const QString& sergeant, const QString& nominal,
                                     const QDateTime& completedAt, const QList<DipItem>& items)
{
    QSqlQuery find(m_db.connection());
    if (!run(find,
             QStringLiteral("SELECT r.id FROM dip_records r JOIN dip_samples s ON s.id = r.sample_id "
                            "WHERE s.period = ? AND s.sergeant = ? AND r.nominal_ref = ?"),
             {period, sergeant, nominal})) {
        return storageError(QStringLiteral("reading dip sample record"), find.lastError().text());
    }
    if (!find.next()) {
        return Error::notFound(
            QStringLiteral("nominal: %1 is not in the dip sample %2:%3").arg(nominal, period, sergeant));
    }
    const QVariant recordId = find.value(0);
    QSqlQuery clear(m_db.connection());
    if (!run(clear, QStringLiteral("DELETE FROM dip_items WHERE record_id = ?"), {recordId})) {
        return storageError(QStringLiteral("saving dip sample findings"), clear.lastError().text());
    }
    QSqlQuery it(m_db.connection());
    it.prepare(QStringLiteral("INSERT INTO dip_items (record_id, position, item, finding, note) VALUES (?, ?, ?, ?, "
                              "?)"));
    for (int k = 0; k < items.size(); ++k) {
        it.addBindValue(recordId);
        it.addBindValue(k);
        it.addBindValue(items.at(k).item);
        it.addBindValue(toString(items.at(k).finding));
        it.addBindValue(sql::text(items.at(k).note));
        if (!it.exec()) {
            return storageError(QStringLiteral("saving dip sample findings"), it.lastError().text());
        }
    }
    QSqlQuery done(m_db.connection());
    if (!run(done, QStringLiteral("UPDATE dip_records SET completed_at = ? WHERE id = ?"),
             {sql::timestamp(completedAt), recordId})) {
        return storageError(QStringLiteral("saving dip sample findings"), done.lastError().text());
    }
    return {};
}

} // namespace somdesk
