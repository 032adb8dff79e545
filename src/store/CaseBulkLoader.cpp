#include "CaseBulkLoader.h"

#include "core/casework/DetailsEdit.h"
#include "core/scores/OspJson.h"

#include "BulkColumns.h"
#include "Database.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "TriggerMatches.h"

#include <algorithm>
#include <vector>

namespace somdesk {

using namespace bulk;

namespace {

// A rules run reads no entry text (the stored trigger matches serve the policy's phrases),
// except for the nominals whose plans carry their own trigger phrases: plan versions
// change the phrases per entry day, so plan.escalation_trigger matches on the text itself.
const QString kPlanPhraseText = QStringLiteral(
    "CASE WHEN c.nominal_id IN (SELECT p.nominal_id FROM plans p WHERE p.trigger_phrases IS NOT NULL) THEN c.text "
    "END");

} // namespace

namespace {

// One load: the scope's filter, the nominals read so far and where each one sits, and the
// first failure. Each method reads one group of tables and returns false on a failure.
class LoadRun {
public:
    LoadRun(sqlite3* handle, const CaseQuery& query) : h(handle), query(query)
    {
        where = scopeFilter(query, binds);
        unrestricted = binds.isEmpty();
        joinNominals = unrestricted ? QString() : QStringLiteral("JOIN nominals n ON n.id = c.nominal_id");
    }

    bool nominals();
    bool childTables();
    bool arms();
    bool entries(TriggerMatchIndex* matches);

    sqlite3* h;
    const CaseQuery& query;
    QVariantList binds;
    QString where;
    bool unrestricted = true;
    QString joinNominals;
    QList<Nominal> out;
    QHash<qint64, qsizetype> index; // nominal id → position in out
    StringPool pool;
    QString failing; // what was being read
    QString failure; // the SQLite message

private:
    bool fail(const QString& what, const QString& message)
    {
        failing = what;
        failure = message;
        return false;
    }
    // Free-text columns the rules never read are left out of rules runs (as NULL).
    QString detail(const QString& column) const { return query.withDetails ? column : QStringLiteral("NULL"); }
};

} // namespace

namespace {

// The nominals in scope, in ref order.
bool LoadRun::nominals()
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
        return fail(QStringLiteral("reading nominals"), st.error());
    }
    return true;
}

// One statement per child table over the whole scope, rows in (nominal, position) order.
bool LoadRun::childTables()
{
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

    const bool ok =
        children(QStringLiteral("nominal_aliases"), QStringLiteral("c.alias"),
                 [](Nominal& n, const SqliteStatement& st) { n.aliases.append(st.text(1)); }) &&
        children(QStringLiteral("risk_history"), QStringLiteral("c.from_date, c.level"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.riskHistory.append({parseDate(st.latin1(1)), enumValue(st, 2, RiskLevel::Low)});
                 }) &&
        children(QStringLiteral("plans"),
                 QStringLiteral("c.from_date, c.visit_interval_days, %1, %2, c.trigger_phrases")
                     .arg(detail(QStringLiteral("c.escalation_triggers")), detail(QStringLiteral("c.summary"))),
                 [](Nominal& n, const SqliteStatement& st) {
                     Plan p;
                     p.from = parseDate(st.latin1(1));
                     if (!st.isNull(2)) {
                         p.visitIntervalDays = st.integer(2);
                     }
                     p.escalationTriggers = optText(st, 3);
                     p.summary = optText(st, 4);
                     if (!st.isNull(5)) {
                         p.triggerPhrases = sql::toTextList(st.text(5));
                     }
                     n.plans.append(std::move(p));
                 }) &&
        children(QStringLiteral("custody_periods"),
                 QStringLiteral("c.from_date, c.expected_release, "
                                "c.released_on"),
                 [](Nominal& n, const SqliteStatement& st) {
                     n.custody.append({parseDate(st.latin1(1)), parseOptDate(st, 2), parseOptDate(st, 3)});
                 }) &&
        children(QStringLiteral("visits"),
                 // verified and checks are facts of visits.unverified, so always read.
                 QStringLiteral("c.date, c.by_user, c.type, c.announced, %1, c.verified, c.time, c.checks")
                     .arg(detail(QStringLiteral("c.outcome"))),
                 [&](Nominal& n, const SqliteStatement& st) {
                     Visit v;
                     v.date = parseDate(st.latin1(1));
                     v.by = pool.get(st, 2);
                     v.type = enumValue(st, 3, VisitType::Home);
                     v.announced = optBool(st, 4);
                     v.outcome = optText(st, 5);
                     v.verified = optText(st, 6);
                     if (!st.isNull(7)) {
                         v.time = sql::toTime(st.text(7));
                     }
                     if (!st.isNull(8)) {
                         v.checks = sql::toTextList(st.text(8));
                     }
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
                 }) &&
        children(QStringLiteral("details_history"), QStringLiteral("c.at, c.by_user, c.reason, c.changes"),
                 [](Nominal& n, const SqliteStatement& st) {
                     auto changes = changesFromJson(st.text(4).toUtf8());
                     n.detailsHistory.append({parseTimestamp(st.latin1(1)), st.text(2), st.text(3),
                                              changes ? *changes : QList<FieldChange>{}});
                 }) &&
        children(QStringLiteral("static_scores"),
                 QStringLiteral("c.tool, c.version, c.assessed_on, c.by_user, c.recorded_at, c.inputs, c.category, %1")
                     .arg(detail(QStringLiteral("c.source"))),
                 [](Nominal& n, const SqliteStatement& st) {
                     StaticScore x;
                     x.tool = st.text(1);
                     x.version = st.text(2);
                     x.assessedOn = parseDate(st.latin1(3));
                     x.by = st.text(4);
                     x.recordedAt = parseTimestamp(st.latin1(5));
                     if (!st.isNull(6)) {
                         auto in = ospInputFromDocument(st.text(6).toUtf8());
                         x.inputs = in ? std::optional<OspInput>(*in) : std::optional<OspInput>(OspInput{});
                     }
                     x.category = optText(st, 7);
                     x.source = optText(st, 8);
                     n.staticScores.append(std::move(x));
                 });
    return ok || fail(QStringLiteral("reading case records"), failure);
}

// ARMS with their factors.
bool LoadRun::arms()
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
        return fail(QStringLiteral("reading ARMS assessments"), st.error());
    }
    SqliteStatement f(h, query.withDetails ? QStringLiteral("SELECT f.assessment_id, f.kind, f.factor, f.rating, "
                                                            "f.note FROM arms_factors f JOIN arms_assessments c "
                                                            "ON c.id = f.assessment_id JOIN nominals n ON n.id = "
                                                            "c.nominal_id WHERE ") +
                                                 where + QStringLiteral(" ORDER BY f.assessment_id, f.kind, f.position")
                                           : QStringLiteral("SELECT 0, '', '', '', NULL WHERE 1 = 0"));
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
        return fail(QStringLiteral("reading ARMS factors"), f.error());
    }
    return true;
}

// Entries, their references and acknowledgements, and the derived trigger matches.
bool LoadRun::entries(TriggerMatchIndex* matches)
{
    // Entry row ids are dense integers, so a flat array indexed by (row − first row)
    // replaces a hash of 600,000 nodes at national scale.
    struct EntryPos {
        qint64 row;
        qsizetype nominal;
        qsizetype entry;
    };
    std::vector<EntryPos> rows;
    SqliteStatement st(h, QStringLiteral("SELECT c.nominal_id, c.id, c.entry_id, c.at, c.by_user, c.type, %1, "
                                         "c.disagreement FROM entries c %2 WHERE ")
                                  .arg(query.withEntryText ? QStringLiteral("c.text") : kPlanPhraseText, joinNominals) +
                              where + QStringLiteral(" ORDER BY c.nominal_id, c.position"));
    bindAll(st, binds);
    {
        // Size each chronology once: growing 600,000 entries one by one moves them repeatedly.
        SqliteStatement counts(h, QStringLiteral("SELECT c.nominal_id, COUNT(*) FROM entries c %1 WHERE %2 GROUP BY "
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
        if (query.withEntryText || !st.isNull(6)) {
            e.text = st.text(6);
        }
        e.disagreement = optBool(st, 7);
        Nominal& n = out[*it];
        rows.push_back({st.int64(1), *it, n.entries.size()});
        n.entries.append(std::move(e));
    }
    if (!st.error().isEmpty()) {
        return fail(QStringLiteral("reading entries"), st.error());
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
    const auto joinEntries = [this](const QString& alias) {
        return unrestricted ? QString()
                            : QStringLiteral("JOIN entries c ON c.id = %1.entry_row JOIN nominals n ON n.id = "
                                             "c.nominal_id")
                                  .arg(alias);
    };
    bool ok =
        perEntry(QStringLiteral("SELECT r.entry_row, r.referenced_entry_id FROM entry_references r ") +
                     joinEntries(QStringLiteral("r")) + QStringLiteral(" WHERE %1 ORDER BY r.entry_row, r.position"),
                 [&](Nominal&, Entry& e, const SqliteStatement& s) { e.references.append(pool.get(s, 1)); }) &&
        perEntry(QStringLiteral("SELECT a.entry_row, a.by_user, a.at FROM acknowledgements a ") +
                     joinEntries(QStringLiteral("a")) + QStringLiteral(" WHERE %1 ORDER BY a.entry_row, a.position"),
                 [&](Nominal&, Entry& e, const SqliteStatement& s) {
                     e.acknowledged.append({pool.get(s, 1), parseTimestamp(s.latin1(2))});
                 });
    if (ok && matches != nullptr) {
        ok = perEntry(QStringLiteral("SELECT m.entry_row, m.phrases FROM entry_trigger_matches m ") +
                          joinEntries(QStringLiteral("m")) + QStringLiteral(" WHERE %1"),
                      [&](Nominal& n, Entry& e, const SqliteStatement& s) {
                          (*matches)[n.ref].insert(e.id, TriggerMatches::split(s.text(1)));
                      });
    }
    return ok || fail(QStringLiteral("reading entries"), failure);
}

} // namespace

Result<QList<CaseSummary>> CaseBulkLoader::summaries(const CaseQuery& query)
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

Result<QList<Nominal>> CaseBulkLoader::load(const CaseQuery& query, TriggerMatchIndex* matches)
{
    LoadRun run(m_db.handle(), query);
    if (!run.nominals()) {
        return storageError(run.failing, run.failure);
    }
    if (run.out.isEmpty()) {
        return run.out;
    }
    if (!run.childTables() || !run.arms() || !run.entries(matches)) {
        return storageError(run.failing, run.failure);
    }
    return std::move(run.out);
}

} // namespace somdesk
