#include "core/rules/Policy.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace somdesk {

namespace {

QJsonObject riskMap(int veryHigh, int high, int medium, int low)
{
    return QJsonObject{{QStringLiteral("very_high"), veryHigh},
                       {QStringLiteral("high"), high},
                       {QStringLiteral("medium"), medium},
                       {QStringLiteral("low"), low}};
}

QJsonArray texts(std::initializer_list<const char*> items)
{
    QJsonArray a;
    for (const char* s : items) {
        a.append(QString::fromUtf8(s));
    }
    return a;
}

PolicyKeyInfo number(const char* key, const char* unit, int defaultValue, const char* description, int minimum = 0,
                     int maximum = Policy::kMaximumNumber)
{
    return {QString::fromLatin1(key),
            PolicyValueType::WholeNumber,
            QString::fromLatin1(unit),
            QJsonValue(defaultValue),
            QString::fromUtf8(description),
            minimum,
            maximum};
}

// A key that governs security: its bounds are safe ones, stated in every refusal.
PolicyKeyInfo bounded(const char* key, const char* unit, int defaultValue, const char* description, int minimum,
                      int maximum)
{
    return number(key, unit, defaultValue, description, minimum, maximum);
}

PolicyKeyInfo perRisk(const char* key, const char* unit, QJsonObject defaultValue, const char* description,
                      int minimum = 0)
{
    return {QString::fromLatin1(key),       PolicyValueType::RiskLevelMap,
            QString::fromLatin1(unit),      QJsonValue(std::move(defaultValue)),
            QString::fromUtf8(description), minimum,
            Policy::kMaximumNumber};
}

PolicyKeyInfo textList(const char* key, const char* unit, QJsonArray defaultValue, const char* description)
{
    return {QString::fromLatin1(key),       PolicyValueType::TextList,
            QString::fromLatin1(unit),      QJsonValue(std::move(defaultValue)),
            QString::fromUtf8(description), 0,
            Policy::kMaximumNumber};
}

QList<PolicyKeyInfo> buildKeys()
{
    return {
        number("arms_after_release_days", "days", 42,
               "An ARMS assessment is due this many days after release from custody (arms.post_release)."),
        number("arms_after_registration_days", "days", 42,
               "An ARMS assessment is due this many days after first notification (arms.new_registration)."),
        perRisk("arms_review_months", "months", riskMap(6, 6, 12, 12),
                "Months from the last ARMS assessment to the next, by risk level (arms.review)."),
        number("escalation_review_days", "days", 3,
               "Days from a concern or disclosure entry to an inspector's decision on the risk "
               "re-evaluation (risk.escalation_review)."),
        number("oversight_days", "days", 2,
               "Days from a concern or disclosure entry to a line-management oversight entry by a sergeant or "
               "inspector (oversight.line_management)."),
        number("mappa_referral_days", "days", 5,
               "Days from an approved escalating re-evaluation of a MAPPA level 1 case to the MAPPA referral "
               "decision (mappa.level2_consideration)."),
        number("post_sentence_screening_days", "days", 28,
               "Days from the start of a custody period to the MAPPA screening (mappa.post_sentence_screening)."),
        number("screening_before_release_months", "months", 6,
               "A MAPPA screening is due this many months before the expected release "
               "(mappa.pre_release_screening)."),
        number("screening_grace_months", "months", 1,
               "A screening up to this many months earlier than the due date still counts "
               "(mappa.pre_release_screening)."),
        number("acknowledge_days", "days", 7,
               "Days for the owning officer to acknowledge an entry made by someone else (entries.acknowledge)."),
        number("transfer_acknowledge_days", "days", 7,
               "Days for the new owner to acknowledge a case transfer (case.transfer_acknowledge)."),
        perRisk("visit_interval_months", "months", riskMap(1, 3, 6, 12),
                "Months between home visits by risk level, used when no risk management plan sets a visit "
                "interval (visits.overdue)."),
        number("trigger_review_days", "days", 1,
               "Days for a sergeant or inspector to record oversight of an entry that contains a trigger phrase "
               "(disclosure.trigger)."),
        number("reactive_min_low_years", "years", 3,
               "Years of low risk, without concern, disclosure or intelligence entries, before reactive "
               "management is suggested (management.reactive_eligible)."),
        number("reactive_recheck_months", "months", 12,
               "Months after a stay_active decision before reactive management is suggested again "
               "(management.reactive_eligible)."),
        number("reactive_review_days", "days", 7,
               "Days from a concern, disclosure or intelligence entry on a reactively managed case to a "
               "management decision (management.reactive_review)."),
        number("indefinite_rereview_years", "years", 8,
               "Years after an indefinite-notification review decision before another review is suggested "
               "(notification.indefinite_review)."),
        number("pattern_visits", "count", 4,
               "Home visits looked at for a predictable pattern: all announced, or all on the same day of the "
               "week (visits.predictable).",
               1),
        number("pattern_window_months", "months", 12,
               "Those home visits count only when the earliest of them is within this many months "
               "(visits.predictable).",
               1),
        number("pattern_review_days", "days", 28,
               "Days from the latest of a predictable run of home visits to a visit that breaks the pattern "
               "(visits.predictable)."),
        number("curiosity_visits", "count", 3,
               "Consecutive home visits that verified nothing before an alert is raised (visits.unverified).", 1),
        number("curiosity_review_days", "days", 14,
               "Days from the latest of those visits to a home visit that verifies something "
               "(visits.unverified)."),
        number("plan_trigger_days", "days", 1,
               "Days from an entry that meets one of the person's own plan trigger phrases to an inspector's MAPPA "
               "referral decision (plan.escalation_trigger)."),
        number("warn_days", "days", 14, "An alert is listed as due from this many days before its due date."),
        textList("trigger_phrases", "phrases",
                 texts({"thoughts of", "urges", "fantasies", "feel isolated", "feeling isolated", "feels isolated",
                        "vulnerable", "might reoffend", "going to offend", "can't cope"}),
                 "Phrases that, found in a note, intelligence, concern or disclosure entry, call for oversight "
                 "(disclosure.trigger)."),
        textList("visit_checks", "names",
                 texts({"address", "household", "vehicles", "devices", "employment", "associates", "other"}),
                 "What a visit may verify (the tick boxes of a visit record; visits.unverified)."),
        textList("arms_risk_factors", "names",
                 texts({"sexual_preoccupation", "offence_related_sexual_interest", "emotional_congruence_with_children",
                        "hostile_orientation", "poor_self_management", "negative_social_influences",
                        "opportunity_to_offend"}),
                 "Risk factors rated in an ARMS assessment."),
        textList("arms_protective_factors", "names",
                 texts({"positive_routine", "social_investment", "positive_social_influences", "commitment_to_desist"}),
                 "Protective factors rated in an ARMS assessment."),
        textList("dip_sample_items", "names",
                 texts({"arms_in_time", "entries_acknowledged", "concerns_reviewed", "oversight_recorded",
                        "mappa_screening_right", "visits_per_plan", "claims_verified", "plan_current"}),
                 "Checklist items of a dip-sample record."),
        number("dip_sample_size", "count", 2, "Records drawn per officer in each dip-sample period."),
        perRisk("dip_sample_weights", "tickets", riskMap(3, 2, 1, 1),
                "Tickets each case holds in the dip-sample draw, by its risk level: a case with more tickets is "
                "more likely to be drawn.",
                1),
        bounded("lock_minutes", "minutes", 15, "Minutes of inactivity after which the application locks.", 1, 240),
        bounded("signin_max_failures", "count", 5,
                "Consecutive failed sign-ins after which the account is locked for a while.", 3, 20),
        bounded("signin_lock_minutes", "minutes", 5,
                "Minutes the first lock after signin_max_failures failures lasts; each further run of failures "
                "doubles it.",
                1, 60),
        bounded("signin_lock_max_minutes", "minutes", 240, "The longest a sign-in lock lasts, however many failures.",
                1, 1440),
        bounded("password_memlimit_mib", "MiB", 64, "Memory used by password hashing (Argon2id).", 64, 1024),
        bounded("password_opslimit", "count", 2, "Passes of password hashing (Argon2id).", 2, 10),
        number("backup_keep", "count", 7, "Scheduled backups kept; older ones are deleted.", 1),
        number("backup_interval_hours", "hours", 24, "Hours between scheduled backups.", 1),
        number("retention_review_years", "years", 10,
               "Years after the end of registration when a record is due for retention review."),
        number("caseload_limit", "count", 60,
               "Cases one officer should hold at most; the team view shows who is over it.", 1),
    };
}

const QHash<QString, qsizetype>& keyIndex()
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        const auto& ks = Policy::keys();
        for (qsizetype i = 0; i < ks.size(); ++i) {
            h.insert(ks[i].key, i);
        }
        return h;
    }();
    return index;
}

const QList<std::pair<RiskLevel, QString>>& riskLevels()
{
    static const QList<std::pair<RiskLevel, QString>> levels = [] {
        QList<std::pair<RiskLevel, QString>> l;
        for (RiskLevel r : allValues<RiskLevel>()) {
            l.append({r, toString(r)});
        }
        return l;
    }();
    return levels;
}

std::optional<int> wholeNumber(const QJsonValue& v, int minimum, int maximum = Policy::kMaximumNumber)
{
    if (!v.isDouble()) {
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < minimum || d > maximum) {
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QString numberError(const QString& path, const QJsonValue& v, int minimum, int maximum = Policy::kMaximumNumber)
{
    if (maximum < Policy::kMaximumNumber) {
        return QStringLiteral("%1: must be a whole number from %2 to %3").arg(path).arg(minimum).arg(maximum);
    }
    if (v.isDouble() && std::isfinite(v.toDouble()) && std::floor(v.toDouble()) == v.toDouble() &&
        v.toDouble() > Policy::kMaximumNumber) {
        return QStringLiteral("%1: must be a whole number ≤ %2").arg(path).arg(Policy::kMaximumNumber);
    }
    return QStringLiteral("%1: must be a whole number ≥ %2").arg(path).arg(minimum);
}

} // namespace

QString toString(PolicyValueType type)
{
    switch (type) {
    case PolicyValueType::WholeNumber:
        return QStringLiteral("whole number");
    case PolicyValueType::RiskLevelMap:
        return QStringLiteral("per risk level");
    case PolicyValueType::TextList:
        return QStringLiteral("list of texts");
    }
    return {};
}

const QList<PolicyKeyInfo>& Policy::keys()
{
    static const QList<PolicyKeyInfo> table = buildKeys();
    return table;
}

const PolicyKeyInfo* Policy::keyInfo(const QString& key)
{
    const auto it = keyIndex().constFind(key);
    return it == keyIndex().constEnd() ? nullptr : &keys()[it.value()];
}

Policy::Policy() : m_slots(defaults().m_slots)
{
}

Policy Policy::defaults()
{
    static const Policy policy = [] {
        QList<Slot> values(keys().size());
        for (qsizetype i = 0; i < keys().size(); ++i) {
            // The table's defaults are valid by construction; a test checks it.
            [[maybe_unused]] const Status s = assign(values[i], keys()[i], keys()[i].defaultValue);
            Q_ASSERT(s.ok());
        }
        return Policy(std::move(values));
    }();
    return policy;
}

Status Policy::assign(Slot& slot, const PolicyKeyInfo& info, const QJsonValue& value)
{
    const QString& key = info.key;
    switch (info.type) {
    case PolicyValueType::WholeNumber: {
        const auto n = wholeNumber(value, info.minimum, info.maximum);
        if (!n) {
            return Error::invalid(numberError(key, value, info.minimum, info.maximum));
        }
        slot.number = *n;
        return {};
    }
    case PolicyValueType::RiskLevelMap: {
        if (!value.isObject()) {
            return Error::invalid(
                QStringLiteral("%1: must be an object with a whole number for each risk level (low, medium, high, "
                               "very_high)")
                    .arg(key));
        }
        const QJsonObject o = value.toObject();
        QStringList errors;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!enumFromString<RiskLevel>(it.key())) {
                errors.append(QStringLiteral("%1.%2: unknown risk level (expected low, medium, high, very_high)")
                                  .arg(key, it.key()));
            }
        }
        std::array<int, 4> values{};
        for (const auto& [level, name] : riskLevels()) {
            if (!o.contains(name)) {
                errors.append(QStringLiteral("%1.%2: missing (every risk level needs a value)").arg(key, name));
                continue;
            }
            const auto n = wholeNumber(o.value(name), info.minimum);
            if (!n) {
                errors.append(numberError(QStringLiteral("%1.%2").arg(key, name), o.value(name), info.minimum));
                continue;
            }
            values[static_cast<std::size_t>(level)] = *n;
        }
        if (!errors.isEmpty()) {
            return Error::invalid(errors.join(QStringLiteral("; ")));
        }
        slot.perRisk = values;
        return {};
    }
    case PolicyValueType::TextList: {
        if (!value.isArray()) {
            return Error::invalid(QStringLiteral("%1: must be a list of texts").arg(key));
        }
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            return Error::invalid(QStringLiteral("%1: must not be empty").arg(key));
        }
        QStringList items;
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue item = a.at(i);
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                return Error::invalid(QStringLiteral("%1[%2]: must be a non-empty text").arg(key).arg(i));
            }
            const QString text = item.toString();
            if (const auto it = seen.constFind(text); it != seen.constEnd()) {
                return Error::invalid(
                    QStringLiteral("%1[%2]: duplicate of %1[%3] \"%4\"").arg(key).arg(i).arg(it.value()).arg(text));
            }
            seen.insert(text, i);
            items.append(text);
        }
        slot.list = items;
        return {};
    }
    }
    return Error::internal(QStringLiteral("%1: unknown policy value type").arg(key));
}

Result<Policy> Policy::fromJson(const QByteArray& json, const Policy& base)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::invalid(QStringLiteral("policy: not a JSON object (%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return Error::invalid(QStringLiteral("policy: not a JSON object"));
    }
    return fromJsonObject(doc.object(), base);
}

Result<Policy> Policy::fromJsonObject(const QJsonObject& object, const Policy& base)
{
    Policy p = base;
    QStringList errors;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto index = keyIndex().constFind(it.key());
        if (index == keyIndex().constEnd()) {
            errors.append(QStringLiteral("unknown policy key \"%1\"").arg(it.key()));
            continue;
        }
        const Status s = assign(p.m_slots[index.value()], keys()[index.value()], it.value());
        if (!s) {
            errors.append(s.error().message);
        }
    }
    if (!errors.isEmpty()) {
        return Error::invalid(errors.join(QStringLiteral("; ")));
    }
    return p;
}

QJsonValue Policy::value(const QString& key) const
{
    const auto index = keyIndex().constFind(key);
    if (index == keyIndex().constEnd()) {
        return {};
    }
    const Slot& s = m_slots[index.value()];
    switch (keys()[index.value()].type) {
    case PolicyValueType::WholeNumber:
        return s.number;
    case PolicyValueType::RiskLevelMap: {
        QJsonObject o;
        for (const auto& [level, name] : riskLevels()) {
            o.insert(name, s.perRisk[static_cast<std::size_t>(level)]);
        }
        return o;
    }
    case PolicyValueType::TextList:
        return QJsonArray::fromStringList(s.list);
    }
    return {};
}

QJsonObject Policy::toJsonObject() const
{
    QJsonObject o;
    for (const PolicyKeyInfo& info : keys()) {
        o.insert(info.key, value(info.key));
    }
    return o;
}

QByteArray Policy::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

const Policy::Slot* Policy::slot(const QString& key, PolicyValueType type) const
{
    const auto index = keyIndex().constFind(key);
    if (index == keyIndex().constEnd() || keys()[index.value()].type != type) {
        Q_ASSERT_X(false, "Policy", "unknown policy key or wrong type");
        return nullptr;
    }
    return &m_slots[index.value()];
}

int Policy::number(const QString& key) const
{
    const Slot* s = slot(key, PolicyValueType::WholeNumber);
    return s ? s->number : 0;
}

int Policy::perRisk(const QString& key, RiskLevel level) const
{
    const Slot* s = slot(key, PolicyValueType::RiskLevelMap);
    return s ? s->perRisk[static_cast<std::size_t>(level)] : 0;
}

QStringList Policy::list(const QString& key) const
{
    const Slot* s = slot(key, PolicyValueType::TextList);
    return s ? s->list : QStringList();
}

bool Policy::operator==(const Policy& other) const
{
    return m_slots == other.m_slots;
}

} // namespace somdesk
