#include "models/Labels.h"

#include <QHash>

#include <QJsonArray>

#include "core/rules/RuleCatalogue.h"
#include "models/StatusColours.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
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

QString Labels::policyName(const QString& name)
{
    QString words = name;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty()) {
        words[0] = words[0].toUpper();
    }
    return words;
}

QString Labels::ruleTitle(const QString& ruleId)
{
    const auto rule = RuleCatalogue::find(ruleId);
    return rule ? QCoreApplication::translate("RuleCatalogue", rule->title) : ruleId;
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
    return colours::alert(status, QGuiApplication::palette());
}

QColor Labels::mutedColour()
{
    return colours::muted(QGuiApplication::palette());
}

QColor Labels::riskColour(RiskLevel level)
{
    return colours::risk(level, QGuiApplication::palette());
}

QString Labels::detailChange(const FieldChange& change)
{
    auto words = [](const QJsonValue& v) {
        if (v.isArray()) {
            QStringList names;
            for (const QJsonValue& n : v.toArray()) {
                names << n.toString();
            }
            return names.isEmpty() ? tr("none") : names.join(tr(", "));
        }
        if (v.isNull()) {
            return tr("none");
        }
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? date(d) : v.toString();
    };
    static const QHash<QString, const char*> titles{
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("given_names"), QT_TR_NOOP("Given names")},
        {QStringLiteral("aliases"), QT_TR_NOOP("Aliases")},
        {QStringLiteral("date_of_birth"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
    };
    const char* title = titles.value(change.field);
    return tr("%1: %2 → %3").arg(title ? tr(title) : policyName(change.field), words(change.from), words(change.to));
}

QString Labels::notificationKind(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Initial:
        return tr("Initial");
    case NotificationKind::Annual:
        return tr("Annual");
    case NotificationKind::Change:
        return tr("Change of name or home address");
    case NotificationKind::Detail:
        return tr("Other details (bank, passport, household with a child)");
    case NotificationKind::Travel:
        return tr("Travel");
    case NotificationKind::Weekly:
        return tr("Weekly (no fixed abode)");
    }
    return {};
}

QString Labels::ospProblem(const QString& code, const QString& field)
{
    static const QHash<QString, const char*> inputs{
        {QStringLiteral("sex"), QT_TR_NOOP("sex")},
        {QStringLiteral("supervision"), QT_TR_NOOP("where the person is now")},
        {QStringLiteral("sexual_offence_history"), QT_TR_NOOP("sexual offence history")},
        {QStringLiteral("date_of_birth"), QT_TR_NOOP("date of birth")},
        {QStringLiteral("follow_up_start"), QT_TR_NOOP("start of follow-up")},
        {QStringLiteral("total_sanctions"), QT_TR_NOOP("total sanctions")},
        {QStringLiteral("assessment_date"), QT_TR_NOOP("assessment date")},
        {QStringLiteral("contact_adult_sanctions"), QT_TR_NOOP("contact sanctions, adult victims")},
        {QStringLiteral("contact_child_sanctions"), QT_TR_NOOP("contact sanctions, child victims")},
        {QStringLiteral("image_indirect_sanctions"), QT_TR_NOOP("image or indirect-contact sanctions")},
        {QStringLiteral("non_contact_sanctions"), QT_TR_NOOP("non-contact sanctions")},
        {QStringLiteral("last_sexual_offence_date"), QT_TR_NOOP("date of the last sexual offence")},
    };
    const char* input = inputs.value(field);
    const QString what = input ? tr(input) : field;
    if (code == QLatin1String("missing_input")) {
        return tr("%1 is needed").arg(what);
    }
    if (code == QLatin1String("total_sanctions_out_of_range")) {
        return tr("total sanctions must be 1 to 999");
    }
    if (code == QLatin1String("no_sexual_sanctions")) {
        return tr("with sexual offence history, at least one sexual sanction is needed");
    }
    if (code == QLatin1String("sexual_sanctions_exceed_total")) {
        return tr("the sexual sanctions add up to more than the total sanctions");
    }
    if (code == QLatin1String("last_sexual_offence_before_birth") || code == QLatin1String("follow_up_before_birth")) {
        return tr("%1 is on or before the date of birth").arg(what);
    }
    if (code == QLatin1String("last_sexual_offence_out_of_range") || code == QLatin1String("follow_up_out_of_range")) {
        return tr("%1 is at an age of 110 or more").arg(what);
    }
    if (code == QLatin1String("inconsistent_input")) {
        return tr("sexual sanctions are given without sexual offence history");
    }
    return field.isEmpty() ? code : tr("%1 (%2)").arg(code, what);
}

QString Labels::alertSentence(const QString& sentence)
{
    static const QRegularExpression isoDate(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    static const QRegularExpression code(
        QStringLiteral("\\b(stay_active|move_reactive|stay_reactive|return_active)\\b"));
    QString out;
    qsizetype from = 0;
    for (auto it = isoDate.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        out += sentence.mid(from, m.capturedStart() - from);
        out += d.isValid() ? date(d) : m.captured();
        from = m.capturedEnd();
    }
    out += sentence.mid(from);
    QString words;
    from = 0;
    for (auto it = code.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words += out.mid(from, m.capturedStart() - from);
        words += m.captured().replace(QLatin1Char('_'), QLatin1Char(' '));
        from = m.capturedEnd();
    }
    words += out.mid(from);
    return words;
}

} // namespace somdesk
