#pragma once

// Editing a nominal's identity details: the keys that may change (family_name, given_names,
// aliases, date_of_birth, address), the change list an edit makes against the current
// details, applying it, and the change list as JSON (how the store and bundles keep it).

#include "core/Domain.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace somdesk {

// The editable keys, in bundle order.
const QStringList& editableDetailKeys();

// A details edit: the new values of the keys present in `values` (bundle spellings and value
// shapes) and why.
struct DetailsEdit {
    QJsonObject values;
    QString reason;
};

// The value of an editable key on a nominal, as the bundle writes it.
QJsonValue detailValue(const Nominal& n, const QString& key);

// Checks an edit against the nominal (known keys, value shapes, non-blank names, a date of
// birth not after `today` nor after the first notification, a reason) and returns the fields
// that change; "details: nothing changes" when none does.
Result<QList<FieldChange>> changesOf(const Nominal& n, const DetailsEdit& edit, const QDate& today);

// The nominal with the changes applied.
Nominal withChanges(Nominal n, const QList<FieldChange>& changes);

// [{"field", "from", "to"}, …] and back (a malformed text reads as an error).
QByteArray changesToJson(const QList<FieldChange>& changes);
Result<QList<FieldChange>> changesFromJson(const QByteArray& json);

} // namespace somdesk
