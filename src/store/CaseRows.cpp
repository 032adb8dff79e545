#include "CaseRows.h"

#include "core/casework/DetailsEdit.h"
#include "core/scores/OspJson.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StoreQuery.h"

namespace somdesk {

using store::run;

QSqlQuery& CaseRows::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, store::prepared(m_db, sql));
    }
    return *it;
}

QSqlQuery& CaseRows::row(const QString& sql, const QVariant& nominal, int position)
{
    QSqlQuery& q = statement(sql);
    q.addBindValue(nominal);
    q.addBindValue(position);
    return q;
}

Result<int> CaseRows::nextPosition(const QString& table, const QVariant& nominal)
{
    // `table` is one of this layer's own table names, never user input.
    QSqlQuery& q =
        statement(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM %1 WHERE nominal_id = ?").arg(table));
    q.addBindValue(nominal);
    if (Status st = run(q, QStringLiteral("reading %1").arg(table)); !st) {
        return st.error();
    }
    const int next = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return next;
}

Status CaseRows::record(const QVariant& nominal, int position, const CaseworkRecord& r)
{
    switch (kindOf(r)) {
    case RecordKind::Visit:
        return visit(nominal, position, std::get<Visit>(r));
    case RecordKind::Arms:
        return arms(nominal, position, std::get<ArmsAssessment>(r));
    case RecordKind::Screening:
        return screening(nominal, position, std::get<Screening>(r));
    case RecordKind::MappaReferral:
        return referral(nominal, position, std::get<MappaReferral>(r));
    case RecordKind::Notification:
        return notification(nominal, position, std::get<Notification>(r));
    case RecordKind::Custody:
        return custody(nominal, position, std::get<CustodyPeriod>(r));
    case RecordKind::Plan:
        return plan(nominal, position, std::get<Plan>(r));
    case RecordKind::StaticScore:
        return staticScore(nominal, position, std::get<StaticScore>(r));
    case RecordKind::Transfer:
        return transfer(nominal, position, std::get<Transfer>(r));
    case RecordKind::ManagementDecision:
        return managementDecision(nominal, position, std::get<ManagementDecision>(r));
    case RecordKind::IndefiniteReview:
        return indefiniteDecision(nominal, position, std::get<IndefiniteReviewDecision>(r));
    }
    return Error::internal(QStringLiteral("unknown record kind"));
}

Status CaseRows::plan(const QVariant& nominal, int position, const Plan& p)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(p.from));
    s.addBindValue(sql::integer(p.visitIntervalDays));
    s.addBindValue(sql::text(p.escalationTriggers));
    s.addBindValue(sql::text(p.summary));
    s.addBindValue(sql::textList(p.triggerPhrases));
    return run(s, QStringLiteral("saving plan"));
}

Status CaseRows::custody(const QVariant& nominal, int position, const CustodyPeriod& c)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO custody_periods VALUES (?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(c.from));
    s.addBindValue(sql::date(c.expectedRelease));
    s.addBindValue(sql::date(c.releasedOn));
    return run(s, QStringLiteral("saving custody period"));
}

Status CaseRows::arms(const QVariant& nominal, int position, const ArmsAssessment& a)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO arms_assessments (nominal_id, position, completed_on, by_user, "
                                      "lead_agency, priority, summary) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       nominal, position);
    s.addBindValue(sql::date(a.completedOn));
    s.addBindValue(a.by);
    s.addBindValue(toString(a.leadAgency));
    s.addBindValue(toString(a.priority));
    s.addBindValue(sql::text(a.summary));
    if (Status st = run(s, QStringLiteral("saving ARMS assessment")); !st) {
        return st;
    }
    const QVariant aid = m_db.dialect().insertedId(s);
    QSqlQuery& f = statement(QStringLiteral("INSERT INTO arms_factors VALUES (?, ?, ?, ?, ?, ?)"));
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
    if (Status st = factors(a.riskFactors, QStringLiteral("risk")); !st) {
        return st;
    }
    return factors(a.protectiveFactors, QStringLiteral("protective"));
}

Status CaseRows::visit(const QVariant& nominal, int position, const Visit& v)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO visits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(v.date));
    s.addBindValue(v.by);
    s.addBindValue(toString(v.type));
    s.addBindValue(sql::boolean(v.announced));
    s.addBindValue(sql::text(v.outcome));
    s.addBindValue(sql::text(v.verified));
    s.addBindValue(sql::time(v.time));
    s.addBindValue(sql::textList(v.checks));
    return run(s, QStringLiteral("saving visit"));
}

Status CaseRows::screening(const QVariant& nominal, int position, const Screening& x)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO screenings VALUES (?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(x.date));
    s.addBindValue(x.level);
    s.addBindValue(sql::text(x.rationale));
    return run(s, QStringLiteral("saving screening"));
}

Status CaseRows::review(const QVariant& nominal, int position, const Review& r)
{
    QSqlQuery& s =
        row(QStringLiteral("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), nominal, position);
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
    return run(s, QStringLiteral("saving review"));
}

Status CaseRows::referral(const QVariant& nominal, int position, const MappaReferral& r)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO mappa_referrals VALUES (?, ?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(r.decidedOn));
    s.addBindValue(r.by);
    s.addBindValue(r.referred ? 1 : 0);
    s.addBindValue(sql::integer(r.level));
    s.addBindValue(r.reason);
    return run(s, QStringLiteral("saving MAPPA referral"));
}

Status CaseRows::transfer(const QVariant& nominal, int position, const Transfer& t)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO transfers VALUES (?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(t.on));
    s.addBindValue(t.from);
    s.addBindValue(t.to);
    s.addBindValue(sql::timestamp(t.acknowledgedAt));
    return run(s, QStringLiteral("saving transfer"));
}

Status CaseRows::managementDecision(const QVariant& nominal, int position, const ManagementDecision& d)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO management_decisions VALUES (?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(d.on));
    s.addBindValue(d.by);
    s.addBindValue(toString(d.decision));
    s.addBindValue(d.reason);
    return run(s, QStringLiteral("saving management decision"));
}

Status CaseRows::notification(const QVariant& nominal, int position, const Notification& n)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO notifications VALUES (?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(n.date));
    s.addBindValue(toString(n.kind));
    return run(s, QStringLiteral("saving notification"));
}

Status CaseRows::indefiniteDecision(const QVariant& nominal, int position, const IndefiniteReviewDecision& d)
{
    QSqlQuery& s =
        row(QStringLiteral("INSERT INTO indefinite_review_decisions VALUES (?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::date(d.on));
    s.addBindValue(d.by);
    s.addBindValue(toString(d.outcome));
    s.addBindValue(d.reason);
    return run(s, QStringLiteral("saving indefinite review decision"));
}

Status CaseRows::alertOverride(const QVariant& nominal, int position, const AlertOverride& o)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO alert_overrides VALUES (?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(o.key);
    s.addBindValue(o.by);
    s.addBindValue(sql::timestamp(o.at));
    s.addBindValue(o.reason);
    return run(s, QStringLiteral("saving override"));
}

Status CaseRows::detailsChange(const QVariant& nominal, int position, const DetailsChange& c)
{
    QSqlQuery& s = row(QStringLiteral("INSERT INTO details_history VALUES (?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(sql::timestamp(c.at));
    s.addBindValue(c.by);
    s.addBindValue(c.reason);
    s.addBindValue(QString::fromUtf8(changesToJson(c.changes)));
    return run(s, QStringLiteral("saving details change"));
}

Status CaseRows::staticScore(const QVariant& nominal, int position, const StaticScore& x)
{
    QSqlQuery& s =
        row(QStringLiteral("INSERT INTO static_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), nominal, position);
    s.addBindValue(x.tool);
    s.addBindValue(x.version);
    s.addBindValue(sql::date(x.assessedOn));
    s.addBindValue(x.by);
    s.addBindValue(sql::timestamp(x.recordedAt));
    if (x.inputs) {
        const OspOutcome outcome = OspCalculator::compute(*x.inputs);
        s.addBindValue(QString::fromUtf8(ospInputToJson(*x.inputs)));
        s.addBindValue(QString::fromUtf8(ospResultJson(outcome, 0)));
        s.addBindValue(outcome.dc ? QVariant(toString(outcome.dc->band)) : QVariant(QMetaType(QMetaType::QString)));
    } else {
        s.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        s.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        s.addBindValue(sql::text(x.category));
    }
    s.addBindValue(sql::text(x.category));
    s.addBindValue(sql::text(x.source));
    return run(s, QStringLiteral("saving static score"));
}

} // namespace somdesk
