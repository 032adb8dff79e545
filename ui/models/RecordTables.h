#pragma once

// The record tabs' tables, one function per kind of record (the case record's catalogue):
// each turns a nominal's list into rows in words, newest first, officers by name.

#include "core/AuditRecord.h"
#include "core/Domain.h"
#include "models/RecordTableModel.h"
#include "models/UserDirectory.h"

namespace somdesk {

namespace recordTables {

RecordTable arms(const Nominal& n, const UserDirectory& directory);
// Screenings and the inspectors' referral decisions, in one date order.
RecordTable mappa(const Nominal& n, const UserDirectory& directory);
RecordTable plans(const Nominal& n);
RecordTable notifications(const Nominal& n);
RecordTable custody(const Nominal& n);
// Re-evaluations, management decisions, transfers, indefinite-notification reviews and
// alert overrides: the decisions taken on the case, with who took them and why.
RecordTable decisions(const Nominal& n, const UserDirectory& directory);
RecordTable detailsHistory(const Nominal& n, const UserDirectory& directory);
// Static scores, newest assessment first; the last column explains each one item by item
// (its tooltip holds one line per item).
RecordTable staticScores(const Nominal& n, const UserDirectory& directory);
constexpr int kScoreExplanationColumn = 5;
// Who consulted or changed the record (sergeants and above).
RecordTable audit(const QList<AuditRecord>& rows, const UserDirectory& directory);

} // namespace recordTables

} // namespace somdesk
