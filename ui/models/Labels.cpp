#include "models/Labels.h"

#include <QLocale>
#include <QTimeZone>

namespace somdesk {

QString Labels::risk(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return tr("Low");
    case RiskLevel::Medium:
        return tr("Medium");
    case RiskLevel::High:
        return tr("High");
    case RiskLevel::VeryHigh:
        return tr("Very high");
    }
    return {};
}

QString Labels::mappa(int category, int level)
{
    return tr("Cat %1 / Level %2").arg(category).arg(level);
}

QString Labels::management(ManagementMode mode)
{
    return mode == ManagementMode::Active ? tr("Active") : tr("Reactive");
}

QString Labels::registerStatus(RegisterStatus status)
{
    switch (status) {
    case RegisterStatus::Registered:
        return tr("Registered");
    case RegisterStatus::Removed:
        return tr("Removed from the register");
    case RegisterStatus::Deceased:
        return tr("Deceased");
    }
    return {};
}

QString Labels::notificationPeriod(NotificationPeriod period)
{
    switch (period) {
    case NotificationPeriod::Indefinite:
        return tr("Indefinite");
    case NotificationPeriod::Years10:
        return tr("10 years");
    case NotificationPeriod::Years7:
        return tr("7 years");
    case NotificationPeriod::Years5:
        return tr("5 years");
    case NotificationPeriod::Years2:
        return tr("2 years");
    }
    return {};
}

QString Labels::entryType(EntryType type)
{
    switch (type) {
    case EntryType::Note:
        return tr("Note");
    case EntryType::Intelligence:
        return tr("Intelligence");
    case EntryType::Concern:
        return tr("Concern");
    case EntryType::Disclosure:
        return tr("Disclosure");
    case EntryType::Oversight:
        return tr("Oversight");
    case EntryType::Transfer:
        return tr("Transfer");
    case EntryType::System:
        return tr("System");
    }
    return {};
}

QString Labels::alertStatus(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Overdue:
        return tr("Overdue");
    case AlertStatus::Due:
        return tr("Due");
    case AlertStatus::Info:
        return tr("Info");
    }
    return {};
}

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Officer:
        return tr("Officer");
    case Role::Sergeant:
        return tr("Sergeant");
    case Role::Inspector:
        return tr("Inspector");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Labels::ruleTitle(const QString& ruleId)
{
    struct Title {
        const char* id;
        const char* title;
    };
    static const Title kTitles[] = {
        {"arms.post_release", QT_TR_NOOP("ARMS after release")},
        {"arms.new_registration", QT_TR_NOOP("ARMS for a new registration")},
        {"arms.review", QT_TR_NOOP("ARMS review")},
        {"risk.escalation_review", QT_TR_NOOP("Risk re-evaluation by an inspector")},
        {"oversight.line_management", QT_TR_NOOP("Line-management oversight")},
        {"mappa.level2_consideration", QT_TR_NOOP("MAPPA level 2 consideration")},
        {"mappa.post_sentence_screening", QT_TR_NOOP("MAPPA screening after sentence")},
        {"mappa.pre_release_screening", QT_TR_NOOP("MAPPA screening before release")},
        {"entries.acknowledge", QT_TR_NOOP("Acknowledge an entry")},
        {"case.transfer_acknowledge", QT_TR_NOOP("Acknowledge a transfer")},
        {"visits.overdue", QT_TR_NOOP("Home visit")},
        {"disclosure.trigger", QT_TR_NOOP("Trigger phrase review")},
        {"management.reactive_eligible", QT_TR_NOOP("Eligible for reactive management")},
        {"management.reactive_review", QT_TR_NOOP("Reactive management review")},
        {"notification.annual", QT_TR_NOOP("Annual notification")},
        {"notification.indefinite_review", QT_TR_NOOP("Indefinite notification review")},
    };
    for (const Title& t : kTitles) {
        if (ruleId == QLatin1String(t.id)) {
            return tr(t.title);
        }
    }
    return ruleId;
}

QString Labels::personName(const QString& familyName, const QString& givenNames)
{
    if (givenNames.isEmpty()) {
        return familyName.toUpper();
    }
    return tr("%1, %2").arg(familyName.toUpper(), givenNames);
}

QString Labels::date(const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    return QLocale::c().toString(date, QStringLiteral("dd MMM yyyy"));
}

QString Labels::date(const std::optional<QDate>& date, const QString& whenAbsent)
{
    return date ? Labels::date(*date) : whenAbsent;
}

QString Labels::londonDateTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    static const QTimeZone kLondon("Europe/London");
    QDateTime asUtc = utc;
    asUtc.setTimeSpec(Qt::UTC); // domain timestamps are UTC whatever spec they arrived with
    return QLocale::c().toString(asUtc.toTimeZone(kLondon), QStringLiteral("dd MMM yyyy HH:mm"));
}

QColor Labels::alertColour(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Overdue:
        return {0xb0, 0x10, 0x10};
    case AlertStatus::Due:
        return {0xa8, 0x5c, 0x00};
    case AlertStatus::Info:
        return {0x1f, 0x4e, 0x99};
    }
    return {};
}

QColor Labels::riskColour(RiskLevel level)
{
    switch (level) {
    case RiskLevel::VeryHigh:
        return {0xb0, 0x10, 0x10};
    case RiskLevel::High:
        return {0xa8, 0x5c, 0x00};
    case RiskLevel::Medium:
    case RiskLevel::Low:
        return {};
    }
    return {};
}

} // namespace somdesk
