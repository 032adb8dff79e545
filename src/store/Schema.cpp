#include "Schema.h"

namespace somdesk {

namespace {

// Portable types only (INTEGER, TEXT, BLOB, REAL) so a PostgreSQL dialect can follow.
// Users are referenced by their immutable username; child lists keep a `position` so
// that ties in dates keep the order in which the records were made or imported.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            collar TEXT,
            role TEXT NOT NULL CHECK (role IN ('officer','sergeant','inspector','admin')),
            area TEXT,
            team TEXT,
            disabled INTEGER,
            password_hash TEXT,
            failed_signins INTEGER NOT NULL DEFAULT 0,
            locked INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE nominals (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL UNIQUE,
            family_name TEXT NOT NULL,
            given_names TEXT NOT NULL,
            date_of_birth TEXT NOT NULL,
            address TEXT,
            area TEXT NOT NULL,
            owner TEXT NOT NULL REFERENCES users(username),
            photo BLOB,
            mappa_category INTEGER NOT NULL,
            mappa_level INTEGER NOT NULL,
            risk_level TEXT NOT NULL,
            register_status TEXT NOT NULL,
            register_status_since TEXT,
            management TEXT NOT NULL,
            management_since TEXT,
            first_notified TEXT NOT NULL,
            notification_period TEXT NOT NULL,
            under_18 INTEGER,
            retention_review_due TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX nominals_owner ON nominals(owner)"),
        QStringLiteral("CREATE INDEX nominals_area ON nominals(area)"),
        QStringLiteral(R"(CREATE TABLE nominal_aliases (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE risk_history (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, from_date TEXT NOT NULL, level TEXT NOT NULL,
            PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE plans (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, from_date TEXT NOT NULL, visit_interval_days INTEGER,
            escalation_triggers TEXT, summary TEXT, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE custody_periods (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, from_date TEXT NOT NULL, expected_release TEXT, released_on TEXT,
            PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE arms_assessments (
            id INTEGER PRIMARY KEY,
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, completed_on TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(username),
            lead_agency TEXT NOT NULL, priority TEXT NOT NULL, summary TEXT))"),
        QStringLiteral("CREATE INDEX arms_nominal ON arms_assessments(nominal_id, position)"),
        QStringLiteral(R"(CREATE TABLE arms_factors (
            assessment_id INTEGER NOT NULL REFERENCES arms_assessments(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('risk','protective')), position INTEGER NOT NULL,
            factor TEXT NOT NULL, rating TEXT NOT NULL, note TEXT, PRIMARY KEY (assessment_id, kind, position)))"),
        QStringLiteral(R"(CREATE TABLE visits (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, date TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(username),
            type TEXT NOT NULL, announced INTEGER, outcome TEXT, verified TEXT, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, entry_id TEXT NOT NULL, at TEXT NOT NULL,
            by_user TEXT NOT NULL REFERENCES users(username), type TEXT NOT NULL, text TEXT NOT NULL,
            disagreement INTEGER, UNIQUE (nominal_id, entry_id)))"),
        QStringLiteral("CREATE INDEX entries_nominal ON entries(nominal_id, position)"),
        QStringLiteral(R"(CREATE TABLE entry_references (
            entry_row INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, referenced_entry_id TEXT NOT NULL, PRIMARY KEY (entry_row, position)))"),
        QStringLiteral(R"(CREATE TABLE acknowledgements (
            entry_row INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, by_user TEXT NOT NULL REFERENCES users(username), at TEXT NOT NULL,
            PRIMARY KEY (entry_row, position)))"),
        // Derived data: the trigger phrases each entry's text matches under the phrases
        // recorded in derived_state; rebuilt when the policy's phrases change.
        QStringLiteral(R"(CREATE TABLE entry_trigger_matches (
            entry_row INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
            phrases TEXT NOT NULL))"),
        QStringLiteral("CREATE TABLE derived_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE screenings (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, date TEXT NOT NULL, level INTEGER NOT NULL, rationale TEXT,
            PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE reviews (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, entry_id TEXT NOT NULL, requested_at TEXT NOT NULL,
            requested_by TEXT NOT NULL REFERENCES users(username), proposed_risk_level TEXT NOT NULL,
            escalating INTEGER, rationale TEXT NOT NULL, decision TEXT NOT NULL, decided_at TEXT,
            decided_by TEXT REFERENCES users(username), decision_reason TEXT, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE mappa_referrals (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, decided_on TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(username),
            referred INTEGER NOT NULL, level INTEGER, reason TEXT NOT NULL, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE transfers (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, on_date TEXT NOT NULL, from_user TEXT NOT NULL REFERENCES users(username),
            to_user TEXT NOT NULL REFERENCES users(username), acknowledged_at TEXT,
            PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE management_decisions (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, on_date TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(username),
            decision TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE notifications (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE indefinite_review_decisions (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, on_date TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(username),
            outcome TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE alert_overrides (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, alert_key TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(username),
            at TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TABLE dip_samples (
            id INTEGER PRIMARY KEY, period TEXT NOT NULL, sergeant TEXT NOT NULL REFERENCES users(username),
            seed INTEGER NOT NULL, drawn_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE dip_records (
            id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES dip_samples(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, officer TEXT NOT NULL REFERENCES users(username), nominal_ref TEXT NOT NULL,
            completed_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE dip_items (
            record_id INTEGER NOT NULL REFERENCES dip_records(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, item TEXT NOT NULL, finding TEXT NOT NULL, note TEXT,
            PRIMARY KEY (record_id, position)))"),
        QStringLiteral(R"(CREATE TABLE policy_versions (
            version INTEGER PRIMARY KEY, set_at TEXT NOT NULL, set_by TEXT NOT NULL, json TEXT NOT NULL))"),
        // Audit log (DPA 2018 s.62): ids and references only, hash-chained, append-only.
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            username TEXT NOT NULL,
            operation TEXT NOT NULL,
            record_type TEXT NOT NULL,
            record_ref TEXT NOT NULL,
            purpose TEXT NOT NULL,
            recipient TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX audit_record ON audit_log(record_ref)"),
        QStringLiteral("CREATE INDEX audit_user ON audit_log(username)"),
        QStringLiteral(R"(CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
        // Entries are never edited in place: corrections are new entries.
        QStringLiteral(R"(CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER acknowledgements_no_update BEFORE UPDATE ON acknowledgements
            BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END)"),
        // Full-text index over entry text, names and aliases, written by store code in
        // the same transaction as the row it indexes (triggers may not write FTS5 with
        // trusted_schema=OFF).
        QStringLiteral(R"(CREATE VIRTUAL TABLE search_index USING fts5(
            body, nominal_id UNINDEXED, entry_row UNINDEXED, kind UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'))"),
    };
}

// Version 2: two-person erasure (an admin requests with a reason, an inspector of the
// nominal's area approves) and the retention review date of each nominal.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE erasure_requests (
            id INTEGER PRIMARY KEY,
            nominal_ref TEXT NOT NULL,
            requested_by TEXT NOT NULL REFERENCES users(username),
            requested_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            approved_by TEXT REFERENCES users(username),
            approved_at TEXT,
            executed_at TEXT))"),
        QStringLiteral("CREATE INDEX erasure_requests_ref ON erasure_requests(nominal_ref)"),
    };
}

// Version 3: a covering index for the alerts run, which reads every entry's facts
// (never its text) in (nominal, position) order without touching the table rows.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX entries_facts ON entries(nominal_id, position, entry_id, at, by_user, type, "
                       "disagreement)"),
    };
}

// Version 4: what a visit verified and when it was made, and a plan's own escalation
// trigger phrases (visits.unverified, visits.predictable, plan.escalation_trigger). Lists
// are JSON array texts; older rows read as empty lists.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE visits ADD COLUMN time TEXT"),
        QStringLiteral("ALTER TABLE visits ADD COLUMN checks TEXT"),
        QStringLiteral("ALTER TABLE plans ADD COLUMN trigger_phrases TEXT"),
    };
}

// Version 5: the history of a nominal's identity details. Each edit is a row (who, when, why,
// and the fields it changed from and to, a JSON array text); the nominals row holds the
// details now.
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE details_history (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, at TEXT NOT NULL, by_user TEXT NOT NULL, reason TEXT NOT NULL,
            changes TEXT NOT NULL, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TRIGGER details_history_no_update BEFORE UPDATE ON details_history
            BEGIN SELECT RAISE(ABORT, 'details history is append-only'); END)"),
    };
}

// Version 6: static actuarial scores (OSP/DC and OSP/IIC computed from their inputs, or a
// score from another tool entered as written). Versions: rows are never updated. `inputs`
// and `result` are JSON object texts (static-scores.md shapes); `band` is OSP/DC's band or the
// entered category, for listing without parsing.
QStringList version6()
{
    return {
        QStringLiteral(R"(CREATE TABLE static_scores (
            nominal_id INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, tool TEXT NOT NULL, version TEXT NOT NULL, assessed_on TEXT NOT NULL,
            by_user TEXT NOT NULL REFERENCES users(username), recorded_at TEXT NOT NULL, inputs TEXT, result TEXT,
            band TEXT, category TEXT, source TEXT, PRIMARY KEY (nominal_id, position)))"),
        QStringLiteral(R"(CREATE TRIGGER static_scores_no_update BEFORE UPDATE ON static_scores
            BEGIN SELECT RAISE(ABORT, 'static scores are never edited: record a new one'); END)"),
    };
}

// Version 7: the database's identity, made once when the database is created (or upgraded to
// this version) and never changed. A backup carries it, and a restore refuses a backup of
// another database. It is also written into the creation row of the audit log.
QStringList version7()
{
    return {
        QStringLiteral(R"(CREATE TABLE database_identity (
            id TEXT NOT NULL, made_at TEXT NOT NULL, one INTEGER PRIMARY KEY CHECK (one = 1)))"),
        QStringLiteral("INSERT INTO database_identity (id, made_at, one) VALUES (lower(hex(randomblob(16))), "
                       "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 1)"),
        QStringLiteral(R"(CREATE TRIGGER database_identity_fixed BEFORE UPDATE ON database_identity
            BEGIN SELECT RAISE(ABORT, 'the database identity never changes'); END)"),
    };
}

// Version 8: accounts. Who created each account and who last set its password, and when, so a
// second person (an erasure's approver) is one in fact: an account made, or a password set,
// by the requester after the request is not. A lock that expires replaces the permanent lock
// (a lock left by an older version expires 15 minutes after the upgrade), and user names are
// unique regardless of case for new accounts (existing look-alikes stay readable).
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN created_by TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN password_set_at TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN password_set_by TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN locked_until TEXT"),
        QStringLiteral("UPDATE users SET password_set_at = created_at WHERE password_hash IS NOT NULL"),
        QStringLiteral("UPDATE users SET locked = 0, locked_until = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', "
                       "'+15 minutes') WHERE locked <> 0"),
        QStringLiteral(R"(CREATE TRIGGER users_username_nocase BEFORE INSERT ON users
            WHEN EXISTS (SELECT 1 FROM users WHERE username = NEW.username COLLATE NOCASE)
            BEGIN SELECT RAISE(ABORT, 'username already exists (user names are unique regardless of case)'); END)"),
    };
}

} // namespace

const QList<QStringList>& schemaMigrations()
{
    static const QList<QStringList> steps{version1(), version2(), version3(), version4(),
                                          version5(), version6(), version7(), version8()};
    return steps;
}

} // namespace somdesk
