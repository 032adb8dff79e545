#pragma once

// The use cases. Every operation a person can do is one call here that checks the
// session user's permission (Permissions.h, deny by default) and scope, validates its
// input (errors name the field), writes the data and its audit row in one transaction,
// and returns a value or an Error — never throws, never shows a dialog.

#include "core/AuditAnchor.h"
#include "core/AuditRecord.h"
#include "core/CaseSummary.h"
#include "core/Clock.h"
#include "core/ContentLedger.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/ReviewQueue.h"
#include "core/casework/CaseworkRecord.h"
#include "core/casework/DetailsEdit.h"
#include "core/rules/Alert.h"
#include "core/rules/Policy.h"
#include "core/supervision/Workload.h"
#include "services/Session.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace somdesk {

class ServiceContext;

struct UserInfo {
    User user;
    bool locked = false;
    bool hasPassword = false;
};

struct ImportSummary {
    int usersAdded = 0;
    int usersMatched = 0;
    int nominals = 0;
    int entries = 0;
    int dipSamples = 0;
};

struct AlertQuery {
    QDate asOf;
    std::optional<QByteArray> whatIfPolicyJson; // overrides the keys it lists
    std::optional<QString> nominal;             // one ref
    std::optional<QString> owner;               // nominals owned by this user at asOf
    QString purpose = QStringLiteral("alerts review");
};

struct AlertRun {
    QList<Alert> alerts; // contract order
    int nominalsConsidered = 0;
    QHash<QString, std::optional<RiskLevel>> riskAtAsOf; // per ref, for the ARMS queue
};

struct BackupInfo {
    QString file;
    QString manifest;
    qint64 auditHeadSeq = 0;
    QString auditHeadHash;
};

struct NewEntry {
    EntryType type = EntryType::Note;
    QString text;
    QStringList references;
    std::optional<bool> disagreement;
};

class Services {
public:
    ~Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    // Creates a new database with its first admin (refuses an existing file). The
    // password is wiped after hashing.
    static Status initDatabase(const QString& path, const QString& adminUsername, const QString& adminName,
                               QByteArray& password, std::shared_ptr<const Clock> clock = Clock::system());
    // Opens an existing database. `vfs` is for fault-injection tests. Every timestamp the
    // services write comes from `clock`.
    static Result<std::unique_ptr<Services>> open(const QString& path, const QString& vfs = {},
                                                  std::shared_ptr<const Clock> clock = Clock::system());

    // --- sign-in ---
    // Wipes the password. Failures and lockouts are audited.
    Result<Session> signIn(const QString& username, QByteArray& password);

    // --- users (admin) ---
    Result<QList<UserInfo>> listUsers(const Session& session);
    // The people of the caller's area (name, collar, role, team): acknowledgements and
    // entries are shown with name and collar number, never a bare username.
    Result<QList<User>> colleagues(const Session& session);
    Status addUser(const Session& session, const User& user, QByteArray& password);
    Status disableUser(const Session& session, const QString& username);
    Status enableUser(const Session& session, const QString& username); // a disabled account signs in again
    Status unlockUser(const Session& session, const QString& username);
    Status setPassword(const Session& session, const QString& username, QByteArray& password);

    // --- cases ---
    // Officer: own caseload; sergeant: team; inspector: area. `owner` narrows it.
    Result<QList<CaseSummary>> caseload(const Session& session, const std::optional<QString>& owner = {});
    // Consults a record (audited with the purpose; a purpose is required).
    Result<Nominal> readNominal(const Session& session, const QString& ref, const QString& purpose);
    // Adds a chronology entry; returns its id.
    Result<QString> addEntry(const Session& session, const QString& ref, const NewEntry& entry);
    // Acknowledgements (Acknowledging.cpp) are of entries made by others. One already
    // acknowledged by the caller is left as it is (no second row). The bulk form is all or
    // nothing: a bad id is named as `entries[i]`, and then nothing is written. Returns how many
    // entries were newly acknowledged; each has its own audit row.
    Status acknowledgeEntry(const Session& session, const QString& ref, const QString& entryId);
    Result<int> acknowledgeEntries(const Session& session, const QString& ref, const QStringList& entryIds);
    Result<QList<SearchHit>> search(const Session& session, const QString& userQuery, int limit = 200);

    // --- casework records (CaseRecording.cpp) ---
    // Each returns where the new record sits in the nominal's bundle ("visits[3]"), so the
    // matching alert clears on the next rules run. Nothing dated after today is accepted.
    Result<QString> recordCasework(const Session& session, const QString& ref, const CaseworkRecord& record);
    // Closes the open custody period.
    Result<QString> recordRelease(const Session& session, const QString& ref, const QDate& releasedOn);
    // The concern entry and its pending re-evaluation request in one call; returns the entry id.
    Result<QString> raiseConcern(const Session& session, const QString& ref, const NewConcern& concern);
    // The signed-in user's acknowledgement of the latest transfer of the case to them.
    Result<QString> acknowledgeTransfer(const Session& session, const QString& ref);
    // A record in bundle-format.md's shape (`somdesk-cli record`), checked against this
    // database's users and policy; a missing "by" is the signed-in user.
    Result<CaseworkRecord> readRecordJson(const Session& session, RecordKind kind, const QByteArray& json);

    // --- risk re-evaluations (Reviewing.cpp) ---
    // The approval queue: the pending re-evaluation requests in the caller's scope (an
    // inspector's area; a sergeant's team, to follow, read only), oldest first (requested_at,
    // then nominal ref, then entry id), each with its nominal's names and current risk level,
    // the proposed level and rationale, and the triggering entry's type, time, author and
    // text. Officers and admins are refused. Each reading is one audited consultation
    // (record type and purpose "review queue", the scope, "count=N").
    Result<QList<ReviewQueueItem>> reviewQueue(const Session& session);
    // An inspector of the nominal's area decides the pending request for entry `entryId`:
    // `decision` approved or rejected, with a reason (required). Refused, and audited as
    // refusals: other roles, a nominal outside the area, the request's own requester, and the
    // author of the triggering entry (separation of duties). Errors: no request for the entry
    // ("entry: no re-evaluation request for E12 on N000123", not found); already decided
    // ("entry: the re-evaluation of E12 was already approved by insp0012 at …", a conflict);
    // "decision: …"; "reason: required". An approval makes the proposed level the nominal's
    // risk level, with a risk history change dated today (Europe/London) at the end of the
    // list, unless the level is already that; a rejection changes no risk. One audit row
    // (alteration, "review", "reviews[1] entry=E12 approved risk=high risk_history[2]"). The
    // alert risk.escalation_review for the entry clears on the next rules run; an approval
    // that proposed high or very high risk, or was escalating, may raise
    // mappa.level2_consideration. Returns what changed.
    Result<ReviewOutcome> decideReview(const Session& session, const QString& ref, const QString& entryId,
                                       ReviewDecision decision, const QString& reason);

    // --- registration (Registration.cpp) ---
    // Registers a nominal at the initial notification; returns its ref. A nominal with the same
    // name and date of birth already registered is refused ("duplicate: …", a conflict) unless
    // `duplicateConfirmed`. No history lists; at most one custody period.
    Result<QString> registerNominal(const Session& session, const Nominal& nominal, bool duplicateConfirmed = false);
    // The refs already registered with this name and date of birth (the check before saving).
    Result<QStringList> sameNameAndBirth(const Session& session, const QString& familyName, const QString& givenNames,
                                         const QDate& dateOfBirth);
    // The next free ref (N + six digits), for a registration form.
    Result<QString> proposeRef(const Session& session);
    // A new version of a nominal's identity details (family_name, given_names, aliases,
    // date_of_birth, address) with its reason; the old values stay in the details history.
    // Returns where the change sits ("details_history[2]").
    Result<QString> editDetails(const Session& session, const QString& ref, const DetailsEdit& edit);
    // {"family_name": …, …, "reason": …} (`somdesk-cli record details`).
    static Result<DetailsEdit> readDetailsJson(const QByteArray& json);
    // One bundle nominals[] element without its history (`somdesk-cli register`).
    Result<Nominal> readRegistrationJson(const Session& session, const QByteArray& json);

    // --- dip sampling (DipSampling.cpp; docs/supervision-notes.md, "Dip sampling") ---
    // A sergeant's draw for `period` (YYYY-MM; default the current Europe/London month, the
    // clock's): for each active officer account of the sergeant's team, `dip_sample_size`
    // distinct nominals the officer owns now with register status "registered", weighted by
    // risk level (`dip_sample_weights`), drawn by core/supervision/DipSampleDraw.h from
    // `seed` (0 … 2^53−1; when not given, one is taken from the system's random source and
    // recorded). The sample (records sorted by officer then nominal, none completed) is
    // stored with drawn_at = now and returned. Errors: `period: must be a month YYYY-MM`,
    // `period: in the future …`, `seed: …` (invalid); a second draw by the same sergeant for
    // the same period is a conflict naming the first; a sergeant without a team is refused.
    Result<DipSample> drawDipSample(const Session& session, const std::optional<QString>& period = {},
                                    const std::optional<qint64>& seed = {});
    // The dip samples the caller may see, sorted by period then sergeant, optionally of one
    // period: a sergeant's own draws; an inspector's, those of the sergeants of their area.
    // Audited as a consultation of the caller's scope. Feed summarizeDipSamples
    // (core/supervision/DipSampleSummary.h) for the per-officer and per-item counts.
    Result<QList<DipSample>> dipSamples(const Session& session, const std::optional<QString>& period = {});
    // The findings of one drawn record, by the sergeant who drew the sample; `period`
    // defaults to the caller's latest draw holding `ref`. `items` must be the policy's
    // `dip_sample_items`, each once, in any order (stored in policy order), and a
    // not_compliant finding needs a note (core/supervision/DipFindings.h; errors name
    // `items[i].item` / `items[i].note`, or `items: missing …`). Sets completed_at = now.
    // A completed record is not recorded again (conflict); a record in another sergeant's
    // sample is refused (audited); a nominal in none of the caller's samples is not found.
    // Returns the period of the sample the findings went into.
    Result<QString> recordDipFindings(const Session& session, const std::optional<QString>& period, const QString& ref,
                                      const QList<DipItem>& items);
    // {"items": [{"item", "finding", "note"}]}: a dip_samples[].records[] element of
    // bundle-format.md without officer, nominal and completed_at (those are refused:
    // the record is named by the call, completed_at is the clock's), item names checked
    // against the policy (`somdesk-cli dip-sample record --json FILE`).
    Result<QList<DipItem>> readDipFindingsJson(const Session& session, const QByteArray& json);

    // --- bundles (admin) ---
    Result<ImportSummary> importBundle(const Session& session, const QByteArray& json);
    Result<QByteArray> exportBundle(const Session& session, const std::optional<QString>& ref, const QString& purpose,
                                    const QString& recipient);

    // --- alerts ---
    Result<AlertRun> alerts(const Session& session, const AlertQuery& query);
    Status overrideAlert(const Session& session, const QString& key, const QString& reason);

    // --- supervision (Supervision.cpp) ---
    // A sergeant's team or an inspector's area: each officer's caseload (current owner) against
    // the policy's caseload_limit, and the alerts on their cases as of `asOf`; per team summed.
    // Lists the active officers in scope even with no case. Audited as a consultation.
    Result<WorkloadOverview> workload(const Session& session, const QDate& asOf);

    // --- policy ---
    Result<Policy> policy(const Session& session);
    Result<int> setPolicy(const Session& session, const QByteArray& json);

    // --- audit ---
    Result<QList<AuditRecord>> auditLog(const Session& session, const AuditFilter& filter, const QString& purpose);
    Result<AuditVerification> verifyAudit(const Session& session,
                                          std::optional<std::pair<qint64, QString>> anchor = std::nullopt);
    // The log's head, to be kept outside the workstation (an audited read; docs/audit.md).
    Result<AuditAnchor> auditAnchor(const Session& session);
    // Walks the chain against every anchor given (each must be this database's): a rewrite
    // of the whole chain, or a cut tail, differs from an anchor filed before it.
    Result<AuditVerification> verifyAuditAgainst(const Session& session, const QList<AuditAnchor>& anchors);
    // The deep verification: every nominal's content digest recomputed from the file and
    // matched against the newest audit row that carries one (an admin's; audited).
    Result<ContentVerification> verifyContent(const Session& session);

    // --- retention and erasure ---
    // Nominals whose retention review (first notified + policy retention_review_years) is due.
    Result<QList<std::pair<QString, QDate>>> retentionDue(const Session& session, const QDate& asOf);
    // An admin asks, with a reason; an inspector of the nominal's area approves, and the
    // person's data is then removed (secure_delete, index rows, WAL checkpoint). The audit
    // rows (ids only) stay and the chain still verifies.
    Status requestErasure(const Session& session, const QString& ref, const QString& reason);
    Status approveErasure(const Session& session, const QString& ref);

    // --- database care ---
    // The file was opened read-only (it is not writable): reads and checks only.
    bool readOnly() const;
    Result<QString> quickCheck();
    Result<QString> integrityCheck();
    Result<BackupInfo> backup(const Session& session, const QString& outFile);
    // The app's rotating backups (policy backup_interval_hours, backup_keep): a system
    // task run for whoever is signed in, audited as such. Returns nullopt when the
    // newest backup in `folder` is recent enough.
    Result<std::optional<BackupInfo>> automaticBackup(const Session& session, const QString& folder,
                                                      const QDateTime& now);

private:
    // The internals reach the other service files and the layer's own tests through
    // ServicesInternals.h only; no front end can get at the store behind the checks.
    friend class ServicesInternals;
    explicit Services(std::unique_ptr<ServiceContext> ctx);
    Result<BackupInfo> writeBackup(const Session& session, const QString& outFile, const QString& purpose);
    std::unique_ptr<ServiceContext> m_ctx;
};

// What a restore did (docs/admin-guide.md, "Restoring a backup").
struct RestoreInfo {
    qint64 backupHeadSeq = 0;   // the backup's audit head
    qint64 replacedHeadSeq = 0; // the replaced database's audit head (0 when unreadable)
    QString replacedHeadHash;
    QString keptAt;              // where the replaced database was kept
    int carriedRows = 0;         // audit rows written since the backup, carried forward
    int erasuresReapplied = 0;   // people erased since the backup, erased again
    bool liveWasDamaged = false; // then the backup's own users authorised it
};

// Restores a backup over `databasePath`: only a backup of this database, whose file matches
// its manifest and whose audit log verifies; with the database to itself (no other program
// may have it open); the replaced database kept beside it; the audit rows written since the
// backup carried forward and the erasures made since made again, so the record never goes
// back. An admin of the current database authorises it, or of the backup when the current
// database is too damaged to open.
Result<RestoreInfo> restoreBackup(const QString& databasePath, const QString& backupFile, const QString& username,
                                  QByteArray& password);

// The demo users' shared password when SOMDESK_PASSWORD is not set; it passes the password
// policy like any other (core/PasswordPolicy.h).
inline constexpr char kDemoPassword[] = "demo-password";

// A fictitious demo database (see DemoGenerator). Refuses an existing file.
Status createDemoDatabase(const QString& path, int nominals, quint64 seed, const QDate& today, QByteArray& password);

} // namespace somdesk
