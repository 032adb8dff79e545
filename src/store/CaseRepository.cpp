#include "CaseRepository.h"

// Whole-case and casework writes; the other responsibilities are in their own files and
// reached from here: CaseBulkLoader (set-based reads), TriggerMatches (derived matches),
// SearchIndex (full-text upkeep and search), CaseErasure (retention and erasure). The SQL
// that is SQLite's own comes from Database::dialect().

#include "CaseBulkLoader.h"
#include "CaseErasure.h"
#include "CaseRows.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StoreQuery.h"
#include "TriggerMatches.h"

namespace somdesk {

using store::prepared;
using store::run;

Result<bool> CaseRepository::refExists(const QString& ref)
{
    auto id = nominalId(ref);
    if (!id) {
        return id.error();
    }
    return *id > 0;
}

Result<qint64> CaseRepository::nominalId(const QString& ref)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT id FROM nominals WHERE ref = ?"));
    q.addBindValue(ref);
    if (Status st = run(q, QStringLiteral("reading nominal")); !st) {
        return st.error();
    }
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<int> CaseRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM nominals")) || !q.next()) {
        return storageError(QStringLiteral("counting nominals"), q.lastError().text());
    }
    return q.value(0).toInt();
}

Status CaseRepository::insert(const Nominal& n, const QStringList& phrases)
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral(
                  "INSERT INTO nominals (ref, family_name, given_names, date_of_birth, address, area, owner, photo, "
                  "mappa_category, mappa_level, risk_level, register_status, register_status_since, management, "
                  "management_since, first_notified, notification_period, under_18, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(n.ref);
    q.addBindValue(n.familyName);
    q.addBindValue(n.givenNames);
    q.addBindValue(sql::date(n.dateOfBirth));
    q.addBindValue(sql::text(n.address));
    q.addBindValue(n.area);
    q.addBindValue(n.owner);
    q.addBindValue(n.photo ? QVariant(*n.photo) : QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(n.mappaCategory);
    q.addBindValue(n.mappaLevel);
    q.addBindValue(toString(n.riskLevel));
    q.addBindValue(toString(n.registerStatus));
    q.addBindValue(sql::date(n.registerStatusSince));
    q.addBindValue(toString(n.management));
    q.addBindValue(sql::date(n.managementSince));
    q.addBindValue(sql::date(n.registration.firstNotified));
    q.addBindValue(toString(n.registration.period));
    q.addBindValue(sql::boolean(n.registration.under18AtNotification));
    q.addBindValue(sql::timestamp(m_db.now()));
    if (Status st = run(q, QStringLiteral("saving nominal")); !st) {
        return st;
    }
    const qint64 id = m_db.dialect().insertedId(q).toLongLong();
    const QVariant idv(id);

    auto many = [&](const QString& sqlText, int count, const auto& bindRow) -> Status {
        QSqlQuery s = prepared(m_db, sqlText);
        for (int i = 0; i < count; ++i) {
            s.addBindValue(idv);
            s.addBindValue(i);
            bindRow(s, i);
            if (Status st = run(s, QStringLiteral("saving nominal records")); !st) {
                return st;
            }
        }
        return {};
    };
    // Every list in order, through the same rows casework appends (CaseRows).
    CaseRows rows(m_db);
    auto each = [&](const auto& list, const auto& write) -> Status {
        for (int i = 0; i < list.size(); ++i) {
            if (Status s = write(i, list.at(i)); !s) {
                return s;
            }
        }
        return {};
    };
    auto records = [&](const auto& list) {
        return each(list, [&](int i, const auto& r) { return rows.record(idv, i, CaseworkRecord(r)); });
    };

    Status st = n.aliases.isEmpty()
                    ? Status()
                    : many(QStringLiteral("INSERT INTO nominal_aliases VALUES (?, ?, ?)"), int(n.aliases.size()),
                           [&](QSqlQuery& s, int i) { s.addBindValue(n.aliases.at(i)); });
    if (st && !n.riskHistory.isEmpty()) {
        st = many(QStringLiteral("INSERT INTO risk_history VALUES (?, ?, ?, ?)"), int(n.riskHistory.size()),
                  [&](QSqlQuery& s, int i) {
                      s.addBindValue(sql::date(n.riskHistory.at(i).from));
                      s.addBindValue(toString(n.riskHistory.at(i).level));
                  });
    }
    if (st) {
        st = records(n.plans);
    }
    if (st) {
        st = records(n.custody);
    }
    if (st) {
        st = records(n.arms);
    }
    if (st) {
        st = records(n.visits);
    }
    for (int i = 0; st && i < n.entries.size(); ++i) {
        st = insertEntry(id, i, n.entries.at(i), phrases);
    }
    if (st) {
        st = records(n.screenings);
    }
    if (st) {
        st = each(n.reviews, [&](int i, const Review& r) { return rows.review(idv, i, r); });
    }
    if (st) {
        st = records(n.mappaReferrals);
    }
    if (st) {
        st = each(n.transfers, [&](int i, const Transfer& t) { return rows.transfer(idv, i, t); });
    }
    if (st) {
        st = each(n.managementDecisions,
                  [&](int i, const ManagementDecision& d) { return rows.managementDecision(idv, i, d); });
    }
    if (st) {
        st = records(n.notifications);
    }
    if (st) {
        st = each(n.indefiniteReviewDecisions,
                  [&](int i, const IndefiniteReviewDecision& d) { return rows.indefiniteDecision(idv, i, d); });
    }
    if (st) {
        st = each(n.overrides, [&](int i, const AlertOverride& o) { return rows.alertOverride(idv, i, o); });
    }
    if (st) {
        st = each(n.detailsHistory, [&](int i, const DetailsChange& c) { return rows.detailsChange(idv, i, c); });
    }
    if (st) {
        st = records(n.staticScores);
    }
    if (st) {
        // Names and aliases in the full-text index, in this same transaction.
        QStringList names{n.givenNames + QLatin1Char(' ') + n.familyName};
        names += n.aliases;
        st = SearchIndex(m_db).addNames(idv, names);
    }
    return st;
}

Status CaseRepository::insertEntry(qint64 nominalId, int position, const Entry& e, const QStringList& phrases)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("INSERT INTO entries (nominal_id, position, entry_id, at, by_user, "
                                                "type, text, disagreement) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nominalId);
    q.addBindValue(position);
    q.addBindValue(e.id);
    q.addBindValue(sql::timestamp(e.at));
    q.addBindValue(e.by);
    q.addBindValue(toString(e.type));
    q.addBindValue(e.text);
    q.addBindValue(sql::boolean(e.disagreement));
    if (Status st = run(q, QStringLiteral("saving entry")); !st) {
        return st;
    }
    const QVariant row = m_db.dialect().insertedId(q);
    QSqlQuery r = prepared(m_db, QStringLiteral("INSERT INTO entry_references VALUES (?, ?, ?)"));
    for (int i = 0; i < e.references.size(); ++i) {
        r.addBindValue(row);
        r.addBindValue(i);
        r.addBindValue(e.references.at(i));
        if (Status st = run(r, QStringLiteral("saving entry references")); !st) {
            return st;
        }
    }
    QSqlQuery a = prepared(m_db, QStringLiteral("INSERT INTO acknowledgements VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < e.acknowledged.size(); ++i) {
        a.addBindValue(row);
        a.addBindValue(i);
        a.addBindValue(e.acknowledged.at(i).by);
        a.addBindValue(sql::timestamp(e.acknowledged.at(i).at));
        if (Status st = run(a, QStringLiteral("saving acknowledgements")); !st) {
            return st;
        }
    }
    if (Status st = TriggerMatches(m_db).saveForEntry(row, e.text, phrases); !st) {
        return st;
    }
    return SearchIndex(m_db).addEntry(nominalId, row, e.text);
}

Status CaseRepository::appendEntry(const QString& ref, const Entry& entry, const QStringList& phrases)
{
    auto id = nominalId(ref);
    if (!id) {
        return id.error();
    }
    if (*id == 0) {
        return Error::notFound(QStringLiteral("nominal %1 not found").arg(ref));
    }
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0), "
                             "SUM(CASE WHEN entry_id = ? THEN 1 ELSE 0 END) FROM entries WHERE nominal_id = ?"));
    q.addBindValue(entry.id);
    q.addBindValue(*id);
    if (Status st = run(q, QStringLiteral("reading entries")); !st) {
        return st;
    }
    q.next();
    if (q.value(1).toInt() > 0) {
        return Error::conflict(QStringLiteral("id: entry %1 already exists on %2").arg(entry.id, ref));
    }
    return insertEntry(*id, q.value(0).toInt(), entry, phrases);
}

Status CaseRepository::addAcknowledgement(const QString& ref, const QString& entryId, const Acknowledgement& ack)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT e.id FROM entries e JOIN nominals n ON n.id = e.nominal_id "
                                                "WHERE n.ref = ? AND e.entry_id = ?"));
    q.addBindValue(ref);
    q.addBindValue(entryId);
    if (Status st = run(q, QStringLiteral("reading entry")); !st) {
        return st;
    }
    if (!q.next()) {
        return Error::notFound(QStringLiteral("entry: %1 has no entry %2").arg(ref, entryId));
    }
    const QVariant row = q.value(0);
    QSqlQuery a = prepared(m_db, QStringLiteral("INSERT INTO acknowledgements SELECT ?, COALESCE(MAX(position) + 1, "
                                                "0), ?, ? FROM acknowledgements WHERE entry_row = ?"));
    a.addBindValue(row);
    a.addBindValue(ack.by);
    a.addBindValue(sql::timestamp(ack.at));
    a.addBindValue(row);
    return run(a, QStringLiteral("saving acknowledgement"));
}

Status CaseRepository::addOverride(const QString& ref, const AlertOverride& o)
{
    auto id = nominalId(ref);
    if (!id) {
        return id.error();
    }
    if (*id == 0) {
        return Error::notFound(QStringLiteral("nominal %1 not found").arg(ref));
    }
    QSqlQuery a = prepared(m_db, QStringLiteral("INSERT INTO alert_overrides SELECT ?, COALESCE(MAX(position) + 1, "
                                                "0), ?, ?, ?, ? FROM alert_overrides WHERE nominal_id = ?"));
    a.addBindValue(*id);
    a.addBindValue(o.key);
    a.addBindValue(o.by);
    a.addBindValue(sql::timestamp(o.at));
    a.addBindValue(o.reason);
    a.addBindValue(*id);
    return run(a, QStringLiteral("saving override"));
}

Result<qint64> CaseRepository::existingId(const QString& ref)
{
    auto id = nominalId(ref);
    if (!id) {
        return id.error();
    }
    if (*id == 0) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1").arg(ref));
    }
    return *id;
}

namespace {

const char* tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Visit:
        return "visits";
    case RecordKind::Arms:
        return "arms_assessments";
    case RecordKind::Screening:
        return "screenings";
    case RecordKind::MappaReferral:
        return "mappa_referrals";
    case RecordKind::Notification:
        return "notifications";
    case RecordKind::Custody:
        return "custody_periods";
    case RecordKind::Plan:
        return "plans";
    case RecordKind::StaticScore:
        return "static_scores";
    case RecordKind::Transfer:
        return "transfers";
    case RecordKind::ManagementDecision:
        return "management_decisions";
    case RecordKind::IndefiniteReview:
        return "indefinite_review_decisions";
    }
    return "visits";
}

} // namespace

Result<int> CaseRepository::appendRecord(const QString& ref, const CaseworkRecord& record)
{
    auto id = existingId(ref);
    if (!id) {
        return id.error();
    }
    CaseRows rows(m_db);
    auto position = rows.nextPosition(QString::fromLatin1(tableOf(kindOf(record))), *id);
    if (!position) {
        return position.error();
    }
    if (Status st = rows.record(*id, *position, record); !st) {
        return st.error();
    }
    // Positions are dense from 0 (import writes 0..n-1, appends take the next), so the
    // position is the record's index in its list.
    return *position;
}

Result<int> CaseRepository::appendReview(const QString& ref, const Review& review)
{
    auto id = existingId(ref);
    if (!id) {
        return id.error();
    }
    CaseRows rows(m_db);
    auto position = rows.nextPosition(QStringLiteral("reviews"), *id);
    if (!position) {
        return position.error();
    }
    if (Status st = rows.review(*id, *position, review); !st) {
        return st.error();
    }
    return *position;
}

Status CaseRepository::updateNth(const QString& table, const QString& assignment, const QVariant& value,
                                 const QString& ref, qsizetype index, const QString& what)
{
    auto id = existingId(ref);
    if (!id) {
        return id.error();
    }
    QSqlQuery q = prepared(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE nominal_id = ? AND position = (SELECT "
                                                "position FROM %1 WHERE nominal_id = ? ORDER BY position LIMIT 1 "
                                                "OFFSET ?)")
                                     .arg(table, assignment));
    q.addBindValue(value);
    q.addBindValue(*id);
    q.addBindValue(*id);
    q.addBindValue(static_cast<qint64>(index));
    if (Status st = run(q, what); !st) {
        return st;
    }
    if (q.numRowsAffected() != 1) {
        return Error::notFound(QStringLiteral("%1: no such record on %2").arg(table, ref));
    }
    return {};
}

Status CaseRepository::setReleased(const QString& ref, qsizetype index, const QDate& releasedOn)
{
    return updateNth(QStringLiteral("custody_periods"), QStringLiteral("released_on = ?"), sql::date(releasedOn), ref,
                     index, QStringLiteral("saving release"));
}

Status CaseRepository::setTransferAcknowledged(const QString& ref, qsizetype index, const QDateTime& at)
{
    return updateNth(QStringLiteral("transfers"), QStringLiteral("acknowledged_at = ?"), sql::timestamp(at), ref, index,
                     QStringLiteral("saving transfer acknowledgement"));
}

Status CaseRepository::setMappaLevel(const QString& ref, int level)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("UPDATE nominals SET mappa_level = ? WHERE ref = ?"));
    q.addBindValue(level);
    q.addBindValue(ref);
    return run(q, QStringLiteral("saving MAPPA level"));
}

Status CaseRepository::setOwner(const QString& ref, const QString& owner)
{
    return updateNominal(ref, QStringLiteral("owner = ?"), {owner}, QStringLiteral("saving owner"));
}

Status CaseRepository::setManagement(const QString& ref, ManagementMode mode, const QDate& since)
{
    return updateNominal(ref, QStringLiteral("management = ?, management_since = ?"),
                         {toString(mode), sql::date(since)}, QStringLiteral("saving management mode"));
}

Status CaseRepository::setRegisterStatus(const QString& ref, RegisterStatus status, const QDate& since)
{
    return updateNominal(ref, QStringLiteral("register_status = ?, register_status_since = ?"),
                         {toString(status), sql::date(since)}, QStringLiteral("saving register status"));
}

Status CaseRepository::updateNominal(const QString& ref, const QString& assignments, const QVariantList& values,
                                     const QString& what)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("UPDATE nominals SET %1 WHERE ref = ?").arg(assignments));
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    q.addBindValue(ref);
    if (Status st = run(q, what); !st) {
        return st;
    }
    if (q.numRowsAffected() != 1) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1").arg(ref));
    }
    return {};
}

Result<QList<CaseSummary>> CaseRepository::summaries(const CaseQuery& query)
{
    return CaseBulkLoader(m_db).summaries(query);
}

Result<QList<Nominal>> CaseRepository::load(const CaseQuery& query, TriggerMatchIndex* matches)
{
    return CaseBulkLoader(m_db).load(query, matches);
}

Result<QStringList> CaseRepository::triggerPhrasesInStore()
{
    return TriggerMatches(m_db).phrasesInStore();
}

Status CaseRepository::rebuildTriggerMatches(const QStringList& phrases)
{
    return TriggerMatches(m_db).rebuild(phrases);
}

Result<QList<SearchHit>> CaseRepository::search(const QString& ftsQuery, int limit, const std::optional<QString>& area)
{
    return SearchIndex(m_db).search(ftsQuery, limit, area);
}

Result<QList<std::pair<QString, QDate>>> CaseRepository::retentionDue(int years, const QDate& asOf)
{
    return CaseErasure(m_db).retentionDue(years, asOf);
}

Status CaseRepository::requestErasure(const QString& ref, const QString& by, const QString& reason)
{
    return CaseErasure(m_db).request(ref, by, reason);
}

Result<std::optional<ErasureRequest>> CaseRepository::openErasureRequest(const QString& ref)
{
    return CaseErasure(m_db).openRequest(ref);
}

Status CaseRepository::executeErasure(qint64 requestId, const QString& ref, const QString& approvedBy)
{
    auto id = nominalId(ref);
    if (!id) {
        return id.error();
    }
    if (*id == 0) {
        return Error::notFound(QStringLiteral("nominal: no nominal %1").arg(ref));
    }
    return CaseErasure(m_db).execute(requestId, *id, ref, approvedBy);
}

void CaseRepository::checkpoint()
{
    CaseErasure(m_db).truncateLog();
}

} // namespace somdesk
