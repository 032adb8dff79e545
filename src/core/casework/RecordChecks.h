#pragma once

// What makes a piece of casework acceptable on top of its shape (the bundle reader checks
// shapes and names): nothing that records what has happened is dated after today
// (Europe/London), every ARMS factor of the policy is rated once, custody periods do not
// overlap, plan versions only move forward. The first problem is returned as
// Error::invalid naming the field ("date: in the future (today is 2026-12-06)").

#include "core/Domain.h"
#include "core/Result.h"
#include "core/casework/CaseworkRecord.h"
#include "core/rules/Policy.h"

#include <QDateTime>

namespace somdesk {

// `current` is the nominal as stored; `now` the moment of recording.
Status checkRecord(const CaseworkRecord& record, const Nominal& current, const Policy& policy, const QDateTime& now);

// The open custody period a release on `releasedOn` closes (its index in current.custody).
Result<qsizetype> checkRelease(const Nominal& current, const QDate& releasedOn, const QDateTime& now);

Status checkConcern(const NewConcern& concern);

// The transfer to `username` that still waits for their acknowledgement (the latest one).
Result<qsizetype> pendingTransferTo(const Nominal& current, const QString& username);

} // namespace somdesk
