#include "CaseRepository.h"

// Whole-case and casework writes; the other responsibilities are in their own files and
// reached from here: CaseBulkLoader (set-based reads), TriggerMatches (derived matches),
// SearchIndex (full-text upkeep and search), CaseErasure (retention and erasure). The SQL
// that is SQLite's own comes from Database::dialect().

#include "CaseBulkLoader.h"
#include "CaseErasure.h"
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
        if (count == 0) {
            return {};
        }
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

    Status st = many(QStringLiteral("INSERT INTO nominal_aliases VALUES (?, ?, ?)"), int(n.aliases.size()),
                     [&](QSqlQuery& s, int i) { s.addBindValue(n.aliases.at(i)); });
    if (st) {
        st = many(QStringLiteral("INSERT INTO risk_history VALUES (?, ?, ?, ?)"), int(n.riskHistory.size()),
                  [&](QSqlQuery& s, int i) {
                      s.addBindValue(sql::date(n.riskHistory.at(i).from));
                      s.addBindValue(toString(n.riskHistory.at(i).level));
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?, ?)"), int(n.plans.size()),
                  [&](QSqlQuery& s, int i) {
                      const Plan& p = n.plans.at(i);
                      s.addBindValue(sql::date(p.from));
                      s.addBindValue(sql::integer(p.visitIntervalDays));
                      s.addBindValue(sql::text(p.escalationTriggers));
                      s.addBindValue(sql::text(p.summary));
                      s.addBindValue(sql::textList(p.triggerPhrases));
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO custody_periods VALUES (?, ?, ?, ?, ?)"), int(n.custody.size()),
                  [&](QSqlQuery& s, int i) {
                      const CustodyPeriod& c = n.custody.at(i);
                      s.addBindValue(sql::date(c.from));
                      s.addBindValue(sql::date(c.expectedRelease));
                      s.addBindValue(sql::date(c.releasedOn));
                  });
    }
    for (int i = 0; st && i < n.arms.size(); ++i) {
        const ArmsAssessment& a = n.arms.at(i);
        QSqlQuery s = prepared(m_db, QStringLiteral("INSERT INTO arms_assessments (nominal_id, position, "
                                                    "completed_on, by_user, lead_agency, priority, summary) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        s.addBindValue(idv);
        s.addBindValue(i);
        s.addBindValue(sql::date(a.completedOn));
        s.addBindValue(a.by);
        s.addBindValue(toString(a.leadAgency));
        s.addBindValue(toString(a.priority));
        s.addBindValue(sql::text(a.summary));
        st = run(s, QStringLiteral("saving ARMS assessment"));
        if (!st) {
            break;
        }
        const QVariant aid = m_db.dialect().insertedId(s);
        QSqlQuery f = prepared(m_db, QStringLiteral("INSERT INTO arms_factors VALUES (?, ?, ?, ?, ?, ?)"));
        auto factors = [&](const QList<FactorRating>& list, const QString& kind) -> Status {
            for (int k = 0; k < list.size(); ++k) {
                f.addBindValue(aid);
                f.addBindValue(kind);
                f.addBindValue(k);
                f.addBindValue(list.at(k).factor);
                f.addBindValue(toString(list.at(k).rating));
                f.addBindValue(sql::text(list.at(k).note));
                if (Status fs = run(f, QStringLiteral("saving ARMS factors")); !fs) {
                    return fs;
                }
            }
            return {};
        };
        st = factors(a.riskFactors, QStringLiteral("risk"));
        if (st) {
            st = factors(a.protectiveFactors, QStringLiteral("protective"));
        }
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO visits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), int(n.visits.size()),
                  [&](QSqlQuery& s, int i) {
                      const Visit& v = n.visits.at(i);
                      s.addBindValue(sql::date(v.date));
                      s.addBindValue(v.by);
                      s.addBindValue(toString(v.type));
                      s.addBindValue(sql::boolean(v.announced));
                      s.addBindValue(sql::text(v.outcome));
                      s.addBindValue(sql::text(v.verified));
                      s.addBindValue(sql::time(v.time));
                      s.addBindValue(sql::textList(v.checks));
                  });
    }
    for (int i = 0; st && i < n.entries.size(); ++i) {
        st = insertEntry(id, i, n.entries.at(i), phrases);
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO screenings VALUES (?, ?, ?, ?, ?)"), int(n.screenings.size()),
                  [&](QSqlQuery& s, int i) {
                      s.addBindValue(sql::date(n.screenings.at(i).date));
                      s.addBindValue(n.screenings.at(i).level);
                      s.addBindValue(sql::text(n.screenings.at(i).rationale));
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  int(n.reviews.size()), [&](QSqlQuery& s, int i) {
                      const Review& r = n.reviews.at(i);
                      s.addBindValue(r.entry);
                      s.addBindValue(sql::timestamp(r.requestedAt));
                      s.addBindValue(r.requestedBy);
                      s.addBindValue(toString(r.proposedRiskLevel));
                      s.addBindValue(sql::boolean(r.escalating));
                      s.addBindValue(r.rationale);
                      s.addBindValue(toString(r.decision));
                      s.addBindValue(sql::timestamp(r.decidedAt));
                      s.addBindValue(sql::text(r.decidedBy));
                      s.addBindValue(sql::text(r.decisionReason));
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO mappa_referrals VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  int(n.mappaReferrals.size()), [&](QSqlQuery& s, int i) {
                      const MappaReferral& r = n.mappaReferrals.at(i);
                      s.addBindValue(sql::date(r.decidedOn));
                      s.addBindValue(r.by);
                      s.addBindValue(r.referred ? 1 : 0);
                      s.addBindValue(sql::integer(r.level));
                      s.addBindValue(r.reason);
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO transfers VALUES (?, ?, ?, ?, ?, ?)"), int(n.transfers.size()),
                  [&](QSqlQuery& s, int i) {
                      const Transfer& t = n.transfers.at(i);
                      s.addBindValue(sql::date(t.on));
                      s.addBindValue(t.from);
                      s.addBindValue(t.to);
                      s.addBindValue(sql::timestamp(t.acknowledgedAt));
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO management_decisions VALUES (?, ?, ?, ?, ?, ?)"),
                  int(n.managementDecisions.size()), [&](QSqlQuery& s, int i) {
                      const ManagementDecision& d = n.managementDecisions.at(i);
                      s.addBindValue(sql::date(d.on));
                      s.addBindValue(d.by);
                      s.addBindValue(toString(d.decision));
                      s.addBindValue(d.reason);
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO notifications VALUES (?, ?, ?, ?)"), int(n.notifications.size()),
                  [&](QSqlQuery& s, int i) {
                      s.addBindValue(sql::date(n.notifications.at(i).date));
                      s.addBindValue(toString(n.notifications.at(i).kind));
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO indefinite_review_decisions VALUES (?, ?, ?, ?, ?, ?)"),
                  int(n.indefiniteReviewDecisions.size()), [&](QSqlQuery& s, int i) {
                      const IndefiniteReviewDecision& d = n.indefiniteReviewDecisions.at(i);
                      s.addBindValue(sql::date(d.on));
                      s.addBindValue(d.by);
                      s.addBindValue(toString(d.outcome));
                      s.addBindValue(d.reason);
                  });
    }
    if (st) {
        st = many(QStringLiteral("INSERT INTO alert_overrides VALUES (?, ?, ?, ?, ?, ?)"), int(n.overrides.size()),
                  [&](QSqlQuery& s, int i) {
                      const AlertOverride& o = n.overrides.at(i);
                      s.addBindValue(o.key);
                      s.addBindValue(o.by);
                      s.addBindValue(sql::timestamp(o.at));
                      s.addBindValue(o.reason);
                  });
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
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0), "
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

Result<std::optional<std::pair<qint64, QString>>> CaseRepository::openErasureRequest(const QString& ref)
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
