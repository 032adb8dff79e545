#pragma once

// The one list of purposes a person may give for reading or disclosing records
// (DPA 2018 s.62: why). A purpose is chosen, never typed: free text in the audit trail
// could hold a person's name, which no erasure could reach (the audit is append-only).
// Where a disclosure or an enquiry needs its reference number (a court case, a subject
// access request, a MAPPA meeting, an intelligence log), the purpose carries it:
// "court ref=T20267001". docs/security.md lists them.

#include "core/Result.h"

#include <QList>
#include <QString>

namespace somdesk::purposes {

struct PurposeInfo {
    QString code;        // as the audit keeps it
    bool needsReference; // "court ref=…"
    QString description; // for help texts
};

const QList<PurposeInfo>& all();
// "case management, supervision, …", for messages and --help.
QString codesText();

// "code" or "code ref=REF", checked: the code is on the list, the reference is there
// exactly when the code needs one and has the reference format. Errors name `purpose`
// or `reference`.
Result<QString> compose(const QString& code, const QString& reference = {});
// A stored-form purpose ("court ref=T20267001") as a service receives it.
Status check(const QString& purpose);

} // namespace somdesk::purposes
