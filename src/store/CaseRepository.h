#pragma once

// Nominals and everything recorded about them. Writes run inside the caller's
// transaction (with the audit row); reads of many cases are set-based: one query per
// table for the whole scope, never one query per nominal.

#include "core/CaseSummary.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/ReviewQueue.h"
#include "core/casework/CaseworkRecord.h"
#include "CaseErasure.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace somdesk {

class Database;

// Which nominals to read. Empty optionals mean no restriction.
struct CaseQuery {
    std::optional<QString> ref;
    std::optional<QString> owner; // current owner (the nominal's owner field)
    std::optional<QString> area;  // nominal's area
    std::optional<QString> team;  // current owner's team
    bool withEntryText = true;    // rules runs skip text and use the derived trigger matches
    bool withPhoto = true;
    bool withDetails = true; // ARMS factor ratings and notes (rules runs need none)
};

// Trigger-phrase matches per nominal ref, then per entry id (derived data).
using TriggerMatchIndex = QHash<QString, QHash<QString, QStringList>>;

class CaseRepository {
public:
    explicit CaseRepository(Database& db) : m_db(db) {}

    Result<bool> refExists(const QString& ref);
    // The refs of the nominals born on `dateOfBirth` whose names are these, ignoring case and
    // runs of white space (the duplicate check at registration; CaseLookup.cpp).
    Result<QStringList> sameNameAndBirth(const QString& familyName, const QString& givenNames,
                                         const QDate& dateOfBirth);
    // The next free ref of the form N + six digits (the highest in use plus one).
    Result<QString> nextRef();
    // Inserts a whole case. `phrases` are the trigger phrases in force (derived data).
    Status insert(const Nominal& nominal, const QStringList& phrases);
    Result<QList<Nominal>> load(const CaseQuery& query, TriggerMatchIndex* matches = nullptr);
    Result<QList<CaseSummary>> summaries(const CaseQuery& query);

    // Casework writes on an existing nominal.
    Status appendEntry(const QString& ref, const Entry& entry, const QStringList& phrases);
    Status addAcknowledgement(const QString& ref, const QString& entryId, const Acknowledgement& ack);
    Status addOverride(const QString& ref, const AlertOverride& override);
    // A new record at the end of its list; returns its index in that list.
    Result<int> appendRecord(const QString& ref, const CaseworkRecord& record);
    // A pending re-evaluation request; returns its index in the reviews list.
    Result<int> appendReview(const QString& ref, const Review& review);
    // Re-evaluations (CaseReviews.cpp). The pending requests of the nominals in `scope`,
    // oldest first (requested_at, then ref, then entry id), each with its nominal's names and
    // risk level and its triggering entry's type, time, author and text.
    Result<QList<ReviewQueueItem>> pendingReviews(const CaseQuery& scope);
    // Writes `decided`'s decision, decided_at, decided_by and decision_reason on the request
    // at `index` (list order); a conflict when that request is no longer pending.
    Status decideReview(const QString& ref, qsizetype index, const Review& decided);
    // The nominal's risk level becomes `change.level`, and the change goes at the end of its
    // risk history; returns its index there.
    Result<int> appendRiskChange(const QString& ref, const RiskHistoryItem& change);
    // Closes the custody period at `index` (list order) on `releasedOn`.
    Status setReleased(const QString& ref, qsizetype index, const QDate& releasedOn);
    // The new owner's acknowledgement of the transfer at `index` (list order).
    Status setTransferAcknowledged(const QString& ref, qsizetype index, const QDateTime& at);
    // The nominal's current MAPPA level (a screening's outcome).
    Status setMappaLevel(const QString& ref, int level);
    // The current owner (a transfer's `to`).
    Status setOwner(const QString& ref, const QString& owner);
    // The current management mode and the day it holds from (a management decision).
    Status setManagement(const QString& ref, ManagementMode mode, const QDate& since);
    // The register status and the day it holds from (an indefinite-review discharge).
    Status setRegisterStatus(const QString& ref, RegisterStatus status, const QDate& since);
    // Writes the edited identity details (`after`) and appends the change to the details
    // history, names and aliases re-indexed for search (CaseDetails.cpp); returns its index.
    Result<int> updateDetails(const Nominal& after, const DetailsChange& change);

    // Derived data: the phrases the stored matches were computed with, and a rebuild.
    Result<QStringList> triggerPhrasesInStore();
    Status rebuildTriggerMatches(const QStringList& phrases);

    // Newest first; `area` keeps only nominals of that area.
    Result<QList<SearchHit>> search(const QString& ftsQuery, int limit, const std::optional<QString>& area = {});

    Result<int> count();

    // Retention: nominals whose review date (first notified + `years`) is on or before `asOf`.
    Result<QList<std::pair<QString, QDate>>> retentionDue(int years, const QDate& asOf);

    // Two-person erasure.
    Status requestErasure(const QString& ref, const QString& by, const QString& reason);
    // The open (not executed) request for ref: (id, requested_by).
    Result<std::optional<ErasureRequest>> openErasureRequest(const QString& ref);
    // Removes every record of the person (rows, index entries, dip-sample records),
    // marks the request approved and executed, optimises the index. In the caller's transaction.
    Status executeErasure(qint64 requestId, const QString& ref, const QString& approvedBy);
    // After the transaction: truncate the WAL so no copy of erased pages stays in it.
    void checkpoint();

private:
    Result<qint64> nominalId(const QString& ref);
    // The id of an existing nominal, or a not-found error.
    Result<qint64> existingId(const QString& ref);
    // Updates one row chosen by its place in the list (the n-th by position).
    Status updateNth(const QString& table, const QString& assignment, const QVariant& value, const QString& ref,
                     qsizetype index, const QString& what);
    // Sets columns of the nominal's own row (`assignments` are this layer's, never input).
    Status updateNominal(const QString& ref, const QString& assignments, const QVariantList& values,
                         const QString& what);
    Status insertEntry(qint64 nominalId, int position, const Entry& entry, const QStringList& phrases);
    Database& m_db;
};

} // namespace somdesk
