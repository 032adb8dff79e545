#pragma once

// The words a user reads for the domain's codes: risk levels, MAPPA, entry types, alert
// statuses and rule titles. Codes (bundle spellings, rule ids) never reach the screen.

#include "core/Domain.h"
#include "core/rules/Alert.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace somdesk {

class Labels {
    Q_DECLARE_TR_FUNCTIONS(somdesk::Labels)

public:
    static QString risk(RiskLevel level);
    static QString mappa(int category, int level);
    static QString management(ManagementMode mode);
    static QString registerStatus(RegisterStatus status);
    static QString notificationPeriod(NotificationPeriod period);
    static QString entryType(EntryType type);
    static QString notificationKind(NotificationKind kind);
    // An OSP validation code (static-scores.md) in words, naming the input it is about.
    static QString ospProblem(const QString& code, const QString& field);
    static QString alertStatus(AlertStatus status);
    static QString role(Role role);
    // A title for a stable rule id ("arms.post_release" → "ARMS after release"); the id
    // itself for a rule this version does not know.
    static QString ruleTitle(const QString& ruleId);
    // A name from a policy list in words: "offence_related_sexual_interest" → "Offence
    // related sexual interest" (visit checks, ARMS factors).
    static QString policyName(const QString& name);

    // A rules sentence as the screen shows it (the CLI keeps the contract's): ISO dates as
    // "30 Dec 2025", decision codes as words ("stay_active" → "stay active").
    static QString alertSentence(const QString& sentence);
    // One field of a details edit in words: "Address: 1 Old Road → 2 New Road".
    static QString detailChange(const FieldChange& change);

    // "FAMILY, Given names".
    static QString personName(const QString& familyName, const QString& givenNames);
    // dd MMM yyyy with English month abbreviations (Sep, not Sept), whatever the machine's locale.
    static QString date(const QDate& date);
    static QString date(const std::optional<QDate>& date, const QString& whenAbsent);
    // A UTC instant shown on its Europe/London wall clock: dd MMM yyyy HH:mm.
    static QString londonDateTime(const QDateTime& utc);

    // Status text colours for the application's palette (models/StatusColours.h): overdue
    // red, due amber, info blue, each at least 4.5:1 on the light and the dark palette.
    static QColor alertColour(AlertStatus status);
    // Text that says something is absent ("Not acknowledged", "Name or alias").
    static QColor mutedColour();
    static QColor riskColour(RiskLevel level);
};

} // namespace somdesk
