#pragma once

// One row of each table a nominal's lists are stored in, bound column by column in one
// place: a whole-case insert (import) and a single casework record (an officer logging a
// visit) write the same rows through the same statements. Each statement is prepared
// once per CaseRows and reused for every row.

#include "core/Domain.h"
#include "core/Result.h"
#include "core/casework/CaseworkRecord.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace somdesk {

class Database;

class CaseRows {
public:
    explicit CaseRows(Database& db) : m_db(db) {}

    // `nominal` is the nominals.id, `position` the place in the list (load order).
    Status record(const QVariant& nominal, int position, const CaseworkRecord& record);
    Status review(const QVariant& nominal, int position, const Review& r);
    Status transfer(const QVariant& nominal, int position, const Transfer& t);
    Status managementDecision(const QVariant& nominal, int position, const ManagementDecision& d);
    Status indefiniteDecision(const QVariant& nominal, int position, const IndefiniteReviewDecision& d);
    Status alertOverride(const QVariant& nominal, int position, const AlertOverride& o);
    Status detailsChange(const QVariant& nominal, int position, const DetailsChange& c);
    Status staticScore(const QVariant& nominal, int position, const StaticScore& x);

    // The position a new row of `table` for this nominal takes (after the last).
    Result<int> nextPosition(const QString& table, const QVariant& nominal);

private:
    Status plan(const QVariant& nominal, int position, const Plan& p);
    Status custody(const QVariant& nominal, int position, const CustodyPeriod& c);
    Status arms(const QVariant& nominal, int position, const ArmsAssessment& a);
    Status visit(const QVariant& nominal, int position, const Visit& v);
    Status screening(const QVariant& nominal, int position, const Screening& s);
    Status referral(const QVariant& nominal, int position, const MappaReferral& r);
    Status notification(const QVariant& nominal, int position, const Notification& n);

    // The statement for `sql`, prepared on first use, with nominal and position bound.
    QSqlQuery& row(const QString& sql, const QVariant& nominal, int position);
    QSqlQuery& statement(const QString& sql);

    Database& m_db;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace somdesk
