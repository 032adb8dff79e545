// Lookups over the nominals table that registration needs: the same person registered twice,
// and the next free reference.

#include "CaseRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "StoreQuery.h"

namespace somdesk {

using store::prepared;
using store::run;

namespace {

QString comparable(const QString& name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

Result<QStringList> CaseRepository::sameNameAndBirth(const QString& familyName, const QString& givenNames,
                                                     const QDate& dateOfBirth)
{
    // Few people share a date of birth: select by it, compare the names here (Unicode case
    // folding, which SQLite's lower() does not do).
    QSqlQuery q = prepared(
        m_db,
        QStringLiteral("SELECT ref, family_name, given_names FROM nominals WHERE date_of_birth = ? ORDER BY ref"));
    q.addBindValue(dateOfBirth.toString(Qt::ISODate));
    if (Status st = run(q, QStringLiteral("looking for the same person")); !st) {
        return st.error();
    }
    QStringList refs;
    const QString family = comparable(familyName);
    const QString given = comparable(givenNames);
    while (q.next()) {
        if (comparable(q.value(1).toString()) == family && comparable(q.value(2).toString()) == given) {
            refs << q.value(0).toString();
        }
    }
    return refs;
}

Result<QString> CaseRepository::nextRef()
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT max(ref) FROM nominals WHERE length(ref) = 7 AND ref GLOB "
                                                "'N[0-9][0-9][0-9][0-9][0-9][0-9]'"));
    if (Status st = run(q, QStringLiteral("reading the highest ref")); !st) {
        return st.error();
    }
    const int highest = q.next() && !q.value(0).isNull() ? q.value(0).toString().mid(1).toInt() : 0;
    if (highest >= 999999) {
        return Error::conflict(QStringLiteral("ref: no free ref of the form N000000 is left; give one"));
    }
    return QStringLiteral("N%1").arg(highest + 1, 6, 10, QLatin1Char('0'));
}

} // namespace somdesk
