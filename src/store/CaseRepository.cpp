#include "CaseRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/rules/TriggerMatcher.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace somdesk {

namespace {

const QChar kPhraseSeparator = QChar(0x1F); // unit separator: never in a phrase

Status run(QSqlQuery& q, const QString& what)
{
    if (!q.exec()) {
        return storageError(what, q.lastError().text());
    }
    return {};
}

QSqlQuery prepared(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    return q;
}

// Fast fixed-format parsers for the bulk reader (the formats are written by us).
int digits(QLatin1String s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        v = v * 10 + (s[i].toLatin1() - '0');
    }
    return v;
}

QDate parseDate(QLatin1String s)
{
    if (s.size() < 10) {
        return {};
    }
    return {digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2)};
}

std::optional<QDate> parseOptDate(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<QDate>(parseDate(st.latin1(col)));
}

QDateTime parseTimestamp(QLatin1String s)
{
    if (s.size() < 20) {
        return {};
    }
    return {parseDate(s), QTime(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2)), Qt::UTC};
}

std::optional<QDateTime> parseOptTimestamp(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<QDateTime>(parseTimestamp(st.latin1(col)));
}

std::optional<QString> optText(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<QString>(st.text(col));
}

std::optional<bool> optBool(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<bool>(st.integer(col) != 0);
}

// Enum columns hold the bundle spellings; compare the raw bytes, no QString per row.
template <typename E> E enumValue(const SqliteStatement& st, int col, E fallback)
{
    static const auto table = [] {
        QList<std::pair<QByteArray, E>> t;
        for (E v : allValues<E>()) {
            t.append({toString(v).toLatin1(), v});
        }
        return t;
    }();
    const QLatin1String raw = st.latin1(col);
    for (const auto& [name, value] : table) {
        if (raw.size() == name.size() && std::memcmp(raw.data(), name.constData(), size_t(name.size())) == 0) {
            return value;
        }
    }
    return fallback;
}

// Usernames and entry ids repeat across hundreds of thousands of rows: decode each
// distinct value once and share it (QString is implicitly shared).
class StringPool {
public:
    QString get(const SqliteStatement& st, int col)
    {
        const QLatin1String raw = st.latin1(col);
        const std::string_view key(raw.data(), static_cast<std::size_t>(raw.size()));
        const auto it = m_pool.find(key);
        if (it != m_pool.end()) {
            return it->second;
        }
        const QString value = st.text(col);
        m_pool.emplace(std::string(key), value);
        return value;
    }

private:
    // FNV-1a: these keys are short ASCII ids; Qt's seeded byte hash costs far more here.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            std::size_t h = 1469598103934665603ULL;
            for (const char c : s) {
                h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
            }
            return h;
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_pool;
};
// The SQL filter on nominals (alias n) for a query, with its bind values.
QString scopeFilter(const CaseQuery& query, QVariantList& binds)
{
    QString where = QStringLiteral("1=1");
    if (query.ref) {
        where += QStringLiteral(" AND n.ref = ?");
        binds << *query.ref;
    }
    if (query.owner) {
        where += QStringLiteral(" AND n.owner = ?");
        binds << *query.owner;
    }
    if (query.area) {
        where += QStringLiteral(" AND n.area = ?");
        binds << *query.area;
    }
    if (query.team) {
        where += QStringLiteral(" AND n.owner IN (SELECT username FROM users WHERE team = ?)");
        binds << *query.team;
    }
    return where;
}

void bindAll(SqliteStatement& st, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        st.bind(i + 1, binds.at(i));
    }
}

QString joinPhrases(const QStringList& phrases)
{
    return phrases.join(kPhraseSeparator);
}

} // namespace

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
    const qint64 id = q.lastInsertId().toLongLong();
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
        st = many(QStringLiteral("INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?)"), int(n.plans.size()),
                  [&](QSqlQuery& s, int i) {
                      const Plan& p = n.plans.at(i);
                      s.addBindValue(sql::date(p.from));
                      s.addBindValue(sql::integer(p.visitIntervalDays));
                      s.addBindValue(sql::text(p.escalationTriggers));
                      s.addBindValue(sql::text(p.summary));
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
        const QVariant aid = s.lastInsertId();
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
        st = many(QStringLiteral("INSERT INTO visits VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), int(n.visits.size()),
                  [&](QSqlQuery& s, int i) {
                      const Visit& v = n.visits.at(i);
                      s.addBindValue(sql::date(v.date));
                      s.addBindValue(v.by);
                      s.addBindValue(toString(v.type));
                      s.addBindValue(sql::boolean(v.announced));
                      s.addBindValue(sql::text(v.outcome));
                      s.addBindValue(sql::text(v.verified));
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
        QSqlQuery s = prepared(m_db, QStringLiteral("INSERT INTO search_index (body, nominal_id, entry_row, kind) "
                                                    "VALUES (?, ?, NULL, 'name')"));
        QStringList names{n.givenNames + QLatin1Char(' ') + n.familyName};
        names += n.aliases;
        for (const QString& name : names) {
            s.addBindValue(name);
            s.addBindValue(idv);
            if (st = run(s, QStringLiteral("indexing names")); !st) {
                break;
            }
        }
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
    const QVariant row = q.lastInsertId();
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
    if (!phrases.isEmpty()) {
        const QStringList matched = TriggerMatcher(phrases).matches(e.text);
        if (!matched.isEmpty()) {
            QSqlQuery m = prepared(m_db, QStringLiteral("INSERT INTO entry_trigger_matches VALUES (?, ?)"));
            m.addBindValue(row);
            m.addBindValue(joinPhrases(matched));
            if (Status st = run(m, QStringLiteral("saving trigger matches")); !st) {
                return st;
            }
        }
    }
    QSqlQuery f = prepared(m_db, QStringLiteral("INSERT INTO search_index (body, nominal_id, entry_row, kind) "
                                                "VALUES (?, ?, ?, 'entry')"));
    f.addBindValue(e.text);
    f.addBindValue(nominalId);
    f.addBindValue(row);
    return run(f, QStringLiteral("indexing entry"));
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
                                                "SUM(entry_id = ?) FROM entries WHERE nominal_id = ?"));
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

Result<QStringList> CaseRepository::triggerPhrasesInStore()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM derived_state WHERE name = 'trigger_phrases'"))) {
        return storageError(QStringLiteral("reading derived data"), q.lastError().text());
    }
    if (!q.next()) {
        return QStringList();
    }
    return q.value(0).toString().split(kPhraseSeparator, Qt::SkipEmptyParts);
}

Status CaseRepository::rebuildTriggerMatches(const QStringList& phrases)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM entry_trigger_matches"))) {
        return storageError(QStringLiteral("rebuilding trigger matches"), q.lastError().text());
    }
    if (!phrases.isEmpty()) {
        const TriggerMatcher matcher(phrases);
        SqliteStatement read(m_db.handle(), QStringLiteral("SELECT id, text FROM entries"));
        QSqlQuery ins = prepared(m_db, QStringLiteral("INSERT INTO entry_trigger_matches VALUES (?, ?)"));
        while (read.step()) {
            const QStringList matched = matcher.matches(read.text(1));
            if (matched.isEmpty()) {
                continue;
            }
            ins.addBindValue(read.int64(0));
            ins.addBindValue(joinPhrases(matched));
            if (Status st = run(ins, QStringLiteral("rebuilding trigger matches")); !st) {
                return st;
            }
        }
        if (!read.error().isEmpty()) {
            return storageError(QStringLiteral("rebuilding trigger matches"), read.error());
        }
    }
    QSqlQuery s = prepared(m_db, QStringLiteral("INSERT OR REPLACE INTO derived_state VALUES ('trigger_phrases', ?)"));
    s.addBindValue(joinPhrases(phrases));
    return run(s, QStringLiteral("rebuilding trigger matches"));
}

Result<QList<CaseSummary>> CaseRepository::summaries(const CaseQuery& query)
{
    QVariantList binds;
    const QString where = scopeFilter(query, binds);
    SqliteStatement st(m_db.handle(),
                       QStringLiteral("SELECT n.ref, n.family_name, n.given_names, n.risk_level, n.mappa_category, "
                                      "n.mappa_level, n.area, n.owner, n.management, n.register_status, "
                                      "(SELECT MAX(v.date) FROM visits v WHERE v.nominal_id = n.id AND v.type = "
                                      "'home') FROM nominals n WHERE ") +
                           where + QStringLiteral(" ORDER BY n.ref"));
    bindAll(st, binds);
    QList<CaseSummary> out;
    while (st.step()) {
        CaseSummary s;
        s.ref = st.text(0);
        s.familyName = st.text(1);
        s.givenNames = st.text(2);
        s.riskLevel = enumValue(st, 3, RiskLevel::Low);
        s.mappaCategory = st.integer(4);
        s.mappaLevel = st.integer(5);
        s.area = st.text(6);
        s.owner = st.text(7);
        s.management = enumValue(st, 8, ManagementMode::Active);
        s.registerStatus = enumValue(st, 9, RegisterStatus::Registered);
        s.lastHomeVisit = parseOptDate(st, 10);
        out.append(std::move(s));
    }
    if (!st.error().isEmpty()) {
        return storageError(QStringLiteral("reading caseload"), st.error());
    }
    return out;
}

Result<QList<Nominal>> CaseRepository::load(const CaseQuery& query, TriggerMatchIndex* matches)
{
    sqlite3* h = m_db.handle();
    QVariantList binds;
    const QString where = scopeFilter(query, binds);
    QList<Nominal> out;
    QHash<qint64, qsizetype> index; // nominal id → position in out
    QString failure;
    StringPool pool;
    const bool unrestricted = binds.isEmpty();
    // Free-text columns the rules never read are left out of rules runs (as NULL).
    const auto detail = [&query](const QString& column) { return query.withDetails ? column : QStringLiteral("NULL"); };
    const QString joinNominals = unrestricted ? QString() : QStringLiteral("JOIN nominals n ON n.id = c.nominal_id");

    {
        SqliteStatement st(h, QStringLiteral("SELECT n.id, n.ref, n.family_name, n.given_names, n.date_of_birth, "
                                             "n.address, n.area, n.owner, %1, n.mappa_category, n.mappa_level, "
                                             "n.risk_level, n.register_status, n.register_status_since, "
                                             "n.management, n.management_since, n.first_notified, "
                                             "n.notification_period, n.under_18 FROM nominals n WHERE ")
                                      .arg(query.withPhoto ? QStringLiteral("n.photo") : QStringLiteral("NULL")) +
                                  where + QStringLiteral(" ORDER BY n.ref"));
        bindAll(st, binds);
        while (st.step()) {
            Nominal n;
            n.ref = st.text(1);
            n.familyName = st.text(2);
            n.givenNames = st.text(3);
            n.dateOfBirth = parseDate(st.latin1(4));
            n.address = optText(st, 5);
            n.area = st.text(6);
            n.owner = st.text(7);
            if (!st.isNull(8)) {
                n.photo = st.blob(8);
            }
            n.mappaCategory = st.integer(9);
            n.mappaLevel = st.integer(10);
            n.riskLevel = enumValue(st, 11, RiskLevel::Low);
            n.registerStatus = enumValue(st, 12, RegisterStatus::Registered);
            n.registerStatusSince = parseOptDate(st, 13);
            n.management = enumValue(st, 14, ManagementMode::Active);
            n.managementSince = parseOptDate(st, 15);
            n.registration.firstNotified = parseDate(st.latin1(16));
            n.registration.period = enumValue(st, 17, NotificationPeriod::Indefinite);
            n.registration.under18AtNotification = optBool(st, 18);
            index.insert(st.int64(0), out.size());
            out.append(std::move(n));
        }
        if (!st.error().isEmpty()) {
            return storageError(QStringLiteral("reading nominals"), st.error());
        }
    }
    if (out.isEmpty()) {
        return out;
    }

    // One statement per child table over the whole scope, rows in (nominal, position) order.
    auto children = [&](const QString& table, const QString& columns, const auto& onRow) -> bool {
        SqliteStatement st(h, QStringLiteral("SELECT c.nominal_id, %1 FROM %2 c %3 WHERE %4 ORDER BY c.nominal_id, "
                                             "c.position")
                                  .arg(columns, table, joinNominals, where));
        bindAll(st, binds);
        while (st.step()) {
            const auto it = index.constFind(st.int64(0));
            if (it != index.constEnd()) {
                onRow(out[*it], st);
            }
        }
        if (!st.error().isEmpty()) {
            failure = st.error();
            return false;
        }
        return true;
    };

    bool ok =
        children(QStringLiteral("nominal_aliases"), QStringLiteral("c.alias"),
                 [](Nominal& n, const SqliteStatement& st) { n.aliases.append(st.text(1)); }) &&
        children(QStringLiteral("risk_history"), QStringLiteral("c.from_date, c.level"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.riskHistory.append({parseDate(st.latin1(1)), enumValue(st, 2, RiskLevel::Low)});
                 }) &&
        children(QStringLiteral("plans"),
                 QStringLiteral("c.from_date, c.visit_interval_days, %1, %2")
                     .arg(detail(QStringLiteral("c.escalation_triggers")), detail(QStringLiteral("c.summary"))),
                 [](Nominal& n, const SqliteStatement& st) {
                     Plan p;
                     p.from = parseDate(st.latin1(1));
                     if (!st.isNull(2)) {
                         p.visitIntervalDays = st.integer(2);
                     }
                     p.escalationTriggers = optText(st, 3);
                     p.summary = optText(st, 4);
                     n.plans.append(std::move(p));
                 }) &&
        children(QStringLiteral("custody_periods"),
                 QStringLiteral("c.from_date, c.expected_release, "
                                "c.released_on"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.custody.append({parseDate(st.latin1(1)), parseOptDate(st, 2), parseOptDate(st, 3)});
                 }) &&
        children(QStringLiteral("visits"),
                 QStringLiteral("c.date, c.by_user, c.type, c.announced, %1, %2")
                     .arg(detail(QStringLiteral("c.outcome")), detail(QStringLiteral("c.verified"))),
                 [&](Nominal& n, const SqliteStatement& st) {
                     Visit v;
                     v.date = parseDate(st.latin1(1));
                     v.by = pool.get(st, 2);
                     v.type = enumValue(st, 3, VisitType::Home);
                     v.announced = optBool(st, 4);
                     v.outcome = optText(st, 5);
                     v.verified = optText(st, 6);
                     n.visits.append(std::move(v));
                 }) &&
        children(QStringLiteral("screenings"),
                 QStringLiteral("c.date, c.level, %1").arg(detail(QStringLiteral("c.rationale"))),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.screenings.append({parseDate(st.latin1(1)), st.integer(2), optText(st, 3)});
                 }) &&
        children(QStringLiteral("reviews"),
                 QStringLiteral("c.entry_id, c.requested_at, c.requested_by, c.proposed_risk_level, "
                                "c.escalating, %1, c.decision, c.decided_at, c.decided_by, %2")
                     .arg(detail(QStringLiteral("c.rationale")), detail(QStringLiteral("c.decision_reason"))),
                 [](Nominal& n, const SqliteStatement& st) {
                     Review r;
                     r.entry = st.text(1);
                     r.requestedAt = parseTimestamp(st.latin1(2));
                     r.requestedBy = st.text(3);
                     r.proposedRiskLevel = enumValue(st, 4, RiskLevel::Low);
                     r.escalating = optBool(st, 5);
                     r.rationale = st.text(6);
                     r.decision = enumValue(st, 7, ReviewDecision::Pending);
                     r.decidedAt = parseOptTimestamp(st, 8);
                     r.decidedBy = optText(st, 9);
                     r.decisionReason = optText(st, 10);
                     n.reviews.append(std::move(r));
                 }) &&
        children(QStringLiteral("mappa_referrals"),
                 QStringLiteral("c.decided_on, c.by_user, c.referred, c.level, c.reason"),
                 [](Nominal& n, const SqliteStatement& st) {
                     MappaReferral r;
                     r.decidedOn = parseDate(st.latin1(1));
                     r.by = st.text(2);
                     r.referred = st.integer(3) != 0;
                     if (!st.isNull(4)) {
                         r.level = st.integer(4);
                     }
                     r.reason = st.text(5);
                     n.mappaReferrals.append(std::move(r));
                 }) &&
        children(QStringLiteral("transfers"),
                 QStringLiteral("c.on_date, c.from_user, c.to_user, "
                                "c.acknowledged_at"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.transfers.append({parseDate(st.latin1(1)), st.text(2), st.text(3), parseOptTimestamp(st, 4)});
                 }) &&
        children(QStringLiteral("management_decisions"),
                 QStringLiteral("c.on_date, c.by_user, c.decision, %1").arg(detail(QStringLiteral("c.reason"))),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.managementDecisions.append({parseDate(st.latin1(1)), st.text(2),
                                                   enumValue(st, 3, ManagementDecisionKind::StayActive), st.text(4)});
                 }) &&
        children(QStringLiteral("notifications"), QStringLiteral("c.date, c.kind"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.notifications.append({parseDate(st.latin1(1)), enumValue(st, 2, NotificationKind::Initial)});
                 }) &&
        children(QStringLiteral("indefinite_review_decisions"),
                 QStringLiteral("c.on_date, c.by_user, "
                                "c.outcome, c.reason"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.indefiniteReviewDecisions.append({parseDate(st.latin1(1)), st.text(2),
                                                         enumValue(st, 3, IndefiniteOutcome::Continue), st.text(4)});
                 }) &&
        children(QStringLiteral("alert_overrides"), QStringLiteral("c.alert_key, c.by_user, c.at, c.reason"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.overrides.append({st.text(1), st.text(2), parseTimestamp(st.latin1(3)), st.text(4)});
                 });
    if (!ok) {
        return storageError(QStringLiteral("reading case records"), failure);
    }

    // ARMS with their factors.
    {
        QHash<qint64, std::pair<qsizetype, qsizetype>> armsIndex; // assessment id → (nominal, arms index)
        SqliteStatement st(h, QStringLiteral("SELECT c.nominal_id, c.id, c.completed_on, c.by_user, c.lead_agency, "
                                             "c.priority, c.summary FROM arms_assessments c JOIN nominals n ON "
                                             "n.id = c.nominal_id WHERE ") +
                                  where + QStringLiteral(" ORDER BY c.nominal_id, c.position"));
        bindAll(st, binds);
        while (st.step()) {
            const auto it = index.constFind(st.int64(0));
            if (it == index.constEnd()) {
                continue;
            }
            ArmsAssessment a;
            a.completedOn = parseDate(st.latin1(2));
            a.by = st.text(3);
            a.leadAgency = enumValue(st, 4, LeadAgency::Police);
            a.priority = enumValue(st, 5, RiskLevel::Low);
            a.summary = optText(st, 6);
            Nominal& n = out[*it];
            armsIndex.insert(st.int64(1), {*it, n.arms.size()});
            n.arms.append(std::move(a));
        }
        if (!st.error().isEmpty()) {
            return storageError(QStringLiteral("reading ARMS assessments"), st.error());
        }
        SqliteStatement f(h, query.withDetails
                                 ? QStringLiteral("SELECT f.assessment_id, f.kind, f.factor, f.rating, "
                                                  "f.note FROM arms_factors f JOIN arms_assessments c "
                                                  "ON c.id = f.assessment_id JOIN nominals n ON n.id = "
                                                  "c.nominal_id WHERE ") +
                                       where + QStringLiteral(" ORDER BY f.assessment_id, f.kind, f.position")
                                 : QStringLiteral("SELECT 0, '', '', '', NULL WHERE 0"));
        bindAll(f, binds);
        while (f.step()) {
            const auto it = armsIndex.constFind(f.int64(0));
            if (it == armsIndex.constEnd()) {
                continue;
            }
            ArmsAssessment& a = out[it->first].arms[it->second];
            FactorRating r{f.text(2), enumValue(f, 3, FactorRatingValue::Absent), optText(f, 4)};
            if (f.latin1(1) == QLatin1String("risk")) {
                a.riskFactors.append(std::move(r));
            } else {
                a.protectiveFactors.append(std::move(r));
            }
        }
        if (!f.error().isEmpty()) {
            return storageError(QStringLiteral("reading ARMS factors"), f.error());
        }
    }

    // Entries, their references and acknowledgements, and the derived trigger matches.
    {
        // Entry row ids are dense integers, so a flat array indexed by (row − first row)
        // replaces a hash of 600,000 nodes at national scale.
        struct EntryPos {
            qint64 row;
            qsizetype nominal;
            qsizetype entry;
        };
        std::vector<EntryPos> rows;
        SqliteStatement st(
            h, QStringLiteral("SELECT c.nominal_id, c.id, c.entry_id, c.at, c.by_user, c.type, %1, "
                              "c.disagreement FROM entries c %2 WHERE ")
                       .arg(query.withEntryText ? QStringLiteral("c.text") : QStringLiteral("NULL"), joinNominals) +
                   where + QStringLiteral(" ORDER BY c.nominal_id, c.position"));
        bindAll(st, binds);
        {
            // Size each chronology once: growing 600,000 entries one by one moves them repeatedly.
            SqliteStatement counts(h,
                                   QStringLiteral("SELECT c.nominal_id, COUNT(*) FROM entries c %1 WHERE %2 GROUP BY "
                                                  "c.nominal_id")
                                       .arg(joinNominals, where));
            bindAll(counts, binds);
            while (counts.step()) {
                const auto it = index.constFind(counts.int64(0));
                if (it != index.constEnd()) {
                    out[*it].entries.reserve(counts.integer(1));
                }
            }
        }
        qint64 lastNominal = -1;
        qsizetype lastPos = -1;
        while (st.step()) {
            // Rows come grouped by nominal: look the nominal up once per group.
            const qint64 nominalRow = st.int64(0);
            if (nominalRow != lastNominal) {
                const auto it = index.constFind(nominalRow);
                lastNominal = nominalRow;
                lastPos = it == index.constEnd() ? -1 : *it;
            }
            if (lastPos < 0) {
                continue;
            }
            const qsizetype* it = &lastPos;
            Entry e;
            e.id = pool.get(st, 2);
            e.at = parseTimestamp(st.latin1(3));
            e.by = pool.get(st, 4);
            e.type = enumValue(st, 5, EntryType::Note);
            if (query.withEntryText) {
                e.text = st.text(6);
            }
            e.disagreement = optBool(st, 7);
            Nominal& n = out[*it];
            rows.push_back({st.int64(1), *it, n.entries.size()});
            n.entries.append(std::move(e));
        }
        if (!st.error().isEmpty()) {
            return storageError(QStringLiteral("reading entries"), st.error());
        }
        qint64 firstRow = 0;
        qint64 lastRow = -1;
        for (const EntryPos& p : rows) {
            firstRow = lastRow < firstRow ? p.row : std::min(firstRow, p.row);
            lastRow = std::max(lastRow, p.row);
        }
        std::vector<std::pair<qsizetype, qsizetype>> entryIndex(
            static_cast<std::size_t>(std::max<qint64>(0, lastRow - firstRow + 1)), {-1, -1});
        for (const EntryPos& p : rows) {
            entryIndex[static_cast<std::size_t>(p.row - firstRow)] = {p.nominal, p.entry};
        }
        auto perEntry = [&](const QString& sqlText, const auto& onRow) -> bool {
            SqliteStatement s(h, sqlText.arg(where));
            bindAll(s, binds);
            while (s.step()) {
                const qint64 row = s.int64(0);
                if (row < firstRow || row > lastRow) {
                    continue;
                }
                const auto& pos = entryIndex[static_cast<std::size_t>(row - firstRow)];
                if (pos.first >= 0) {
                    onRow(out[pos.first], out[pos.first].entries[pos.second], s);
                }
            }
            if (!s.error().isEmpty()) {
                failure = s.error();
                return false;
            }
            return true;
        };
        // Unrestricted runs read the child tables alone, in primary-key order; scoped runs
        // join up to nominals for the filter.
        const auto joinEntries = [unrestricted](const QString& alias) {
            return unrestricted ? QString()
                                : QStringLiteral("JOIN entries c ON c.id = %1.entry_row JOIN nominals n ON n.id = "
                                                 "c.nominal_id")
                                      .arg(alias);
        };
        ok = perEntry(QStringLiteral("SELECT r.entry_row, r.referenced_entry_id FROM entry_references r ") +
                          joinEntries(QStringLiteral("r")) +
                          QStringLiteral(" WHERE %1 ORDER BY r.entry_row, r.position"),
                      [&](Nominal&, Entry& e, const SqliteStatement& s) { e.references.append(pool.get(s, 1)); }) &&
             perEntry(QStringLiteral("SELECT a.entry_row, a.by_user, a.at FROM acknowledgements a ") +
                          joinEntries(QStringLiteral("a")) +
                          QStringLiteral(" WHERE %1 ORDER BY a.entry_row, a.position"),
                      [&](Nominal&, Entry& e, const SqliteStatement& s) {
                          e.acknowledged.append({pool.get(s, 1), parseTimestamp(s.latin1(2))});
                      });
        if (ok && matches != nullptr) {
            ok = perEntry(QStringLiteral("SELECT m.entry_row, m.phrases FROM entry_trigger_matches m ") +
                              joinEntries(QStringLiteral("m")) + QStringLiteral(" WHERE %1"),
                          [&](Nominal& n, Entry& e, const SqliteStatement& s) {
                              (*matches)[n.ref].insert(e.id, s.text(1).split(kPhraseSeparator, Qt::SkipEmptyParts));
                          });
        }
        if (!ok) {
            return storageError(QStringLiteral("reading entries"), failure);
        }
    }
    return out;
}

Result<QList<std::pair<QString, QDate>>> CaseRepository::retentionDue(int years, const QDate& asOf)
{
    SqliteStatement st(m_db.handle(), QStringLiteral("SELECT ref, first_notified FROM nominals ORDER BY ref"));
    QList<std::pair<QString, QDate>> out;
    while (st.step()) {
        const QDate due = parseDate(st.latin1(1)).addYears(years);
        if (due <= asOf) {
            out.append({st.text(0), due});
        }
    }
    if (!st.error().isEmpty()) {
        return storageError(QStringLiteral("reading retention dates"), st.error());
    }
    return out;
}

Status CaseRepository::requestErasure(const QString& ref, const QString& by, const QString& reason)
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

Result<std::optional<std::pair<qint64, QString>>> CaseRepository::openErasureRequest(const QString& ref)
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT id, requested_by FROM erasure_requests WHERE nominal_ref = ? "
                                                "AND executed_at IS NULL ORDER BY id DESC LIMIT 1"));
    q.addBindValue(ref);
    if (Status st = run(q, QStringLiteral("reading erasure requests")); !st) {
        return st.error();
    }
    if (!q.next()) {
        return std::optional<std::pair<qint64, QString>>();
    }
    return std::optional<std::pair<qint64, QString>>({q.value(0).toLongLong(), q.value(1).toString()});
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
    const QStringList statements{
        QStringLiteral("DELETE FROM search_index WHERE nominal_id = :id"),
        QStringLiteral("DELETE FROM dip_records WHERE nominal_ref = :ref"),
        // Child rows go by ON DELETE CASCADE; secure_delete=ON overwrites the freed content.
        QStringLiteral("DELETE FROM nominals WHERE id = :id"),
    };
    for (const QString& sqlText : statements) {
        QSqlQuery q = prepared(m_db, sqlText);
        if (sqlText.contains(QLatin1String(":id"))) {
            q.bindValue(QStringLiteral(":id"), *id);
        }
        if (sqlText.contains(QLatin1String(":ref"))) {
            q.bindValue(QStringLiteral(":ref"), ref);
        }
        if (Status st = run(q, QStringLiteral("erasing")); !st) {
            return st;
        }
    }
    QSqlQuery optimise(m_db.connection());
    if (!optimise.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')"))) {
        return storageError(QStringLiteral("optimising the search index"), optimise.lastError().text());
    }
    QSqlQuery mark = prepared(m_db, QStringLiteral("UPDATE erasure_requests SET approved_by = ?, approved_at = ?, "
                                                   "executed_at = ? WHERE id = ?"));
    const QVariant now = sql::timestamp(m_db.now());
    mark.addBindValue(approvedBy);
    mark.addBindValue(now);
    mark.addBindValue(now);
    mark.addBindValue(requestId);
    return run(mark, QStringLiteral("recording the erasure"));
}

void CaseRepository::checkpoint()
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<QList<SearchHit>> CaseRepository::search(const QString& ftsQuery, int limit, const std::optional<QString>& area)
{
    // The area filter sits in the query so that the limit counts only visible hits.
    SqliteStatement st(m_db.handle(),
                       QStringLiteral("SELECT n.ref, COALESCE(e.entry_id, ''), snippet(search_index, 0, '[', ']', "
                                      "'…', 12) FROM search_index s JOIN nominals n ON n.id = s.nominal_id LEFT "
                                      "JOIN entries e ON e.id = s.entry_row WHERE search_index MATCH ?1 AND (?2 IS "
                                      "NULL OR n.area = ?2) ORDER BY COALESCE(e.at, '9999') DESC, n.ref LIMIT ?3"));
    st.bind(1, ftsQuery);
    st.bind(2, area ? QVariant(*area) : QVariant());
    st.bind(3, limit);
    QList<SearchHit> out;
    while (st.step()) {
        out.append({st.text(0), st.text(1), st.text(2)});
    }
    if (!st.error().isEmpty()) {
        return storageError(QStringLiteral("searching"), st.error());
    }
    return out;
}

} // namespace somdesk
