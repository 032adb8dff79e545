// A nominal's identity details edited in place on the nominals row, with the change appended
// to its history and the names re-indexed for search, in the caller's transaction.

#include "CaseRepository.h"

#include "CaseRows.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "StoreQuery.h"

namespace somdesk {

using store::prepared;
using store::run;

Result<int> CaseRepository::updateDetails(const Nominal& after, const DetailsChange& change)
{
    auto id = existingId(after.ref);
    if (!id) {
        return id.error();
    }
    QSqlQuery q = prepared(m_db, QStringLiteral("UPDATE nominals SET family_name = ?, given_names = ?, "
                                                "date_of_birth = ?, address = ? WHERE id = ?"));
    q.addBindValue(after.familyName);
    q.addBindValue(after.givenNames);
    q.addBindValue(sql::date(after.dateOfBirth));
    q.addBindValue(after.address ? QVariant(*after.address) : QVariant());
    q.addBindValue(*id);
    if (Status st = run(q, QStringLiteral("saving details")); !st) {
        return st.error();
    }
    QSqlQuery drop = prepared(m_db, QStringLiteral("DELETE FROM nominal_aliases WHERE nominal_id = ?"));
    drop.addBindValue(*id);
    if (Status st = run(drop, QStringLiteral("saving aliases")); !st) {
        return st.error();
    }
    QSqlQuery alias = prepared(m_db, QStringLiteral("INSERT INTO nominal_aliases VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < after.aliases.size(); ++i) {
        alias.addBindValue(*id);
        alias.addBindValue(int(i));
        alias.addBindValue(after.aliases.at(i));
        if (Status st = run(alias, QStringLiteral("saving aliases")); !st) {
            return st.error();
        }
    }
    SearchIndex index(m_db);
    if (Status st = index.removeNames(*id); !st) {
        return st.error();
    }
    QStringList names{after.givenNames + QLatin1Char(' ') + after.familyName};
    names += after.aliases;
    if (Status st = index.addNames(*id, names); !st) {
        return st.error();
    }
    CaseRows rows(m_db);
    auto position = rows.nextPosition(QStringLiteral("details_history"), *id);
    if (!position) {
        return position.error();
    }
    if (Status st = rows.detailsChange(*id, *position, change); !st) {
        return st.error();
    }
    return *position;
}

} // namespace somdesk
