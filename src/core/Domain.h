#pragma once

// The records of domain.md and bundle-format.md as plain values. Every layer speaks
// these types: the bundle codec reads and writes them, the store persists them, the
// rules judge them. Optional bundle keys are std::optional so that "absent" and
// "empty" stay distinct and export → import → export is exact.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/scores/OspCalculator.h"

#include <optional>

namespace somdesk {

enum class Role { Officer, Sergeant, Inspector, Admin };
enum class RiskLevel { Low, Medium, High, VeryHigh };
enum class RegisterStatus { Registered, Removed, Deceased };
enum class ManagementMode { Active, Reactive };
enum class NotificationPeriod { Indefinite, Years10, Years7, Years5, Years2 };
enum class LeadAgency { Police, Probation };
enum class FactorRatingValue { Absent, Partly, Present };
enum class VisitType { Home, Office, Other };
enum class EntryType { Note, Intelligence, Concern, Disclosure, Oversight, Transfer, System };
enum class ReviewDecision { Approved, Rejected, Pending };
enum class ManagementDecisionKind { StayActive, MoveReactive, StayReactive, ReturnActive };
enum class NotificationKind { Initial, Annual, Change, Detail, Travel, Weekly };
enum class IndefiniteOutcome { Continue, Discharge };
enum class DipFinding { Compliant, NotCompliant, NotApplicable };

struct User {
    QString username;
    QString name;
    std::optional<QString> collar; // required except for admins
    Role role = Role::Officer;
    std::optional<QString> area;
    std::optional<QString> team;
    std::optional<bool> disabled;
    std::optional<QString> password; // import only; never exported, never stored in clear
};

struct RiskHistoryItem {
    QDate from;
    RiskLevel level = RiskLevel::Low;
};

struct Registration {
    QDate firstNotified;
    NotificationPeriod period = NotificationPeriod::Indefinite;
    std::optional<bool> under18AtNotification;
};

struct Plan {
    QDate from;
    std::optional<int> visitIntervalDays;
    std::optional<QString> escalationTriggers;
    // The person's own escalation triggers, matched against entries (plan.escalation_trigger).
    QStringList triggerPhrases;
    std::optional<QString> summary;
};

struct CustodyPeriod {
    QDate from;
    std::optional<QDate> expectedRelease;
    std::optional<QDate> releasedOn;
};

struct FactorRating {
    QString factor;
    FactorRatingValue rating = FactorRatingValue::Absent;
    std::optional<QString> note;
};

struct ArmsAssessment {
    QDate completedOn;
    QString by;
    LeadAgency leadAgency = LeadAgency::Police;
    RiskLevel priority = RiskLevel::Low;
    QList<FactorRating> riskFactors;
    QList<FactorRating> protectiveFactors;
    std::optional<QString> summary;
};

struct Visit {
    QDate date;
    QString by;
    VisitType type = VisitType::Home;
    std::optional<bool> announced;
    std::optional<QString> outcome;
    std::optional<QString> verified;
    // Europe/London local time of the visit, minutes precision ("HH:MM" in bundles).
    std::optional<QTime> time;
    // What the visit verified, names from the policy list visit_checks, in policy order.
    QStringList checks;
};

struct Acknowledgement {
    QString by;
    QDateTime at; // UTC
};

struct Entry {
    QString id;
    QDateTime at; // UTC
    QString by;
    EntryType type = EntryType::Note;
    QString text;
    QStringList references;
    std::optional<bool> disagreement;
    QList<Acknowledgement> acknowledged;
};

struct Screening {
    QDate date;
    int level = 1;
    std::optional<QString> rationale;
};

struct Review {
    QString entry;
    QDateTime requestedAt;
    QString requestedBy;
    RiskLevel proposedRiskLevel = RiskLevel::Low;
    std::optional<bool> escalating;
    QString rationale;
    ReviewDecision decision = ReviewDecision::Pending;
    std::optional<QDateTime> decidedAt;
    std::optional<QString> decidedBy;
    std::optional<QString> decisionReason;
};

struct MappaReferral {
    QDate decidedOn;
    QString by;
    bool referred = false;
    std::optional<int> level;
    QString reason;
};

struct Transfer {
    QDate on;
    QString from;
    QString to;
    std::optional<QDateTime> acknowledgedAt;
};

struct ManagementDecision {
    QDate on;
    QString by;
    ManagementDecisionKind decision = ManagementDecisionKind::StayActive;
    QString reason;
};

struct Notification {
    QDate date;
    NotificationKind kind = NotificationKind::Initial;
};

struct IndefiniteReviewDecision {
    QDate on;
    QString by;
    IndefiniteOutcome outcome = IndefiniteOutcome::Continue;
    QString reason;
};

struct AlertOverride {
    QString key;
    QString by;
    QDateTime at;
    QString reason;
};

// One field of a details edit: its bundle key and the values before and after, as the
// bundle writes them (a string, a list of strings for aliases, null for an absent address).
struct FieldChange {
    QString field;
    QJsonValue from;
    QJsonValue to;
};

// An edit of a nominal's identity details: a new version, never a silent overwrite.
struct DetailsChange {
    QDateTime at;
    QString by;
    QString reason;
    QList<FieldChange> changes;
};

// A static actuarial score. Computed (tool OSP/DC+OSP/IIC): the inputs, from which the result
// follows (core/scores/StaticScoreText.h). Entered from another tool (RM2000/S from a
// probation report, say): the category and its source as written, never recomputed. Versions:
// a new score is a new record, never an edit.
struct StaticScore {
    QString tool;
    QString version;
    QDate assessedOn;
    QString by;           // who recorded it
    QDateTime recordedAt; // UTC
    std::optional<OspInput> inputs;
    std::optional<QString> category;
    std::optional<QString> source;
};

struct Nominal {
    QString ref;
    QString familyName;
    QString givenNames;
    QStringList aliases;
    QDate dateOfBirth;
    std::optional<QString> address;
    QString area;
    QString owner;
    std::optional<QByteArray> photo; // decoded bytes (bundle carries base64)
    int mappaCategory = 1;
    int mappaLevel = 1;
    RiskLevel riskLevel = RiskLevel::Low;
    QList<RiskHistoryItem> riskHistory;
    RegisterStatus registerStatus = RegisterStatus::Registered;
    std::optional<QDate> registerStatusSince;
    ManagementMode management = ManagementMode::Active;
    std::optional<QDate> managementSince;
    Registration registration;
    QList<Plan> plans;
    QList<CustodyPeriod> custody;
    QList<ArmsAssessment> arms;
    QList<Visit> visits;
    QList<Entry> entries;
    QList<Screening> screenings;
    QList<Review> reviews;
    QList<MappaReferral> mappaReferrals;
    QList<Transfer> transfers;
    QList<ManagementDecision> managementDecisions;
    QList<Notification> notifications;
    QList<IndefiniteReviewDecision> indefiniteReviewDecisions;
    QList<AlertOverride> overrides;
    QList<DetailsChange> detailsHistory; // oldest first
    QList<StaticScore> staticScores;     // in order of recording
};

struct DipItem {
    QString item;
    DipFinding finding = DipFinding::NotApplicable;
    std::optional<QString> note;
};

struct DipRecord {
    QString officer;
    QString nominal;
    std::optional<QDateTime> completedAt;
    QList<DipItem> items;
};

struct DipSample {
    QString period; // YYYY-MM
    QString sergeant;
    qint64 seed = 0;
    QDateTime drawnAt;
    QList<DipRecord> records;
};

struct Bundle {
    QList<User> users;
    QList<Nominal> nominals;
    QList<DipSample> dipSamples;
};

// Enum <-> the bundle's strings (exactly the spellings of bundle-format.md).
QString toString(Role v);
QString toString(RiskLevel v);
QString toString(RegisterStatus v);
QString toString(ManagementMode v);
QString toString(NotificationPeriod v);
QString toString(LeadAgency v);
QString toString(FactorRatingValue v);
QString toString(VisitType v);
QString toString(EntryType v);
QString toString(ReviewDecision v);
QString toString(ManagementDecisionKind v);
QString toString(NotificationKind v);
QString toString(IndefiniteOutcome v);
QString toString(DipFinding v);

// Parse a bundle spelling; std::nullopt when the text is not one of the allowed values.
template <typename E> std::optional<E> enumFromString(const QString& text);

// All values of an enum in declaration order (for validation messages and UIs).
template <typename E> QList<E> allValues();

} // namespace somdesk
