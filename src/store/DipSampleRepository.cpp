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

Result<QList<DipSample>> DipSampleRepository::list()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, period, sergeant, seed, drawn_at FROM dip_samples ORDER BY id"))) {
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
    if (!r.exec(QStringLiteral("SELECT id, sample_id, officer, nominal_ref, completed_at FROM dip_records ORDER BY "
                               "sample_id, position"))) {
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
    if (!i.exec(QStringLiteral("SELECT record_id, item, finding, note FROM dip_items ORDER BY record_id, position"))) {
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

} // namespace somdesk
