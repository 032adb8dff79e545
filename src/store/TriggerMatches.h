#pragma once

// Derived data: the trigger phrases each entry's text matches, stored per entry row and
// kept current in the transaction that writes the entry; rebuilt when the policy's phrases
// change (the phrases used are recorded in derived_state).

#include "core/Result.h"

#include <QStringList>
#include <QVariant>

namespace somdesk {

class Database;

class TriggerMatches {
public:
    explicit TriggerMatches(Database& db) : m_db(db) {}

    // The stored form of a phrase list (one column) and back.
    static QString join(const QStringList& phrases);
    static QStringList split(const QString& stored);

    // Records the phrases of `phrases` that `text` (entry row `entryRow`) matches, if any.
    Status saveForEntry(const QVariant& entryRow, const QString& text, const QStringList& phrases);
    // The phrases the stored matches were computed with.
    Result<QStringList> phrasesInStore();
    // Recomputes every entry's matches with `phrases` and records them as the ones in use.
    Status rebuild(const QStringList& phrases);

private:
    Database& m_db;
};

} // namespace somdesk
