#pragma once

// The policy: every number the rules and later features use, with its default, in one
// table (rules.md "Policy"). A policy is always complete and valid: loading validates
// every value and refuses, with a message naming the key, anything it cannot take as it
// stands. Values are held typed so that rules read them without JSON look-ups.

#include "core/Domain.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>

namespace somdesk {

enum class PolicyValueType {
    WholeNumber,  // a JSON number without a fraction
    RiskLevelMap, // a JSON object with a whole number for each of low, medium, high, very_high
    TextList,     // a non-empty JSON array of distinct non-blank strings
};

struct PolicyKeyInfo {
    QString key;
    PolicyValueType type = PolicyValueType::WholeNumber;
    QString unit; // days, months, years, minutes, hours, MiB, count, phrases, names
    QJsonValue defaultValue;
    QString description;
    int minimum = 0; // smallest whole number allowed (for maps, for each level)
    // Largest allowed: Policy::kMaximumNumber, or less where a value governs security (a
    // hashing cost that would stall every sign-in, a failure limit that allows guessing).
    int maximum = 100000;
};

QString toString(PolicyValueType type); // "whole number", "per risk level", "list of texts"

class Policy {
public:
    // Largest whole number accepted, so date arithmetic can never overflow.
    static constexpr int kMaximumNumber = 100000;

    // Every key, in documentation order.
    static const QList<PolicyKeyInfo>& keys();
    // The key's entry in keys(), or null for an unknown key.
    static const PolicyKeyInfo* keyInfo(const QString& key);

    // A default-constructed policy holds the defaults.
    Policy();
    static Policy defaults();

    // A flat JSON object {key: value}. Keys it lists override `base`; the rest come from
    // `base`. Not an object, an unknown key, a wrong type, a number out of range (negative,
    // fractional, below a stated minimum), an empty or blank list, a missing or unknown
    // risk level → Error::invalid naming the key.
    static Result<Policy> fromJson(const QByteArray& json, const Policy& base);
    static Result<Policy> fromJson(const QByteArray& json) { return fromJson(json, defaults()); }
    static Result<Policy> fromJsonObject(const QJsonObject& object, const Policy& base);

    // All keys, deterministic (keys sorted), indented; fromJson(toJson()) gives an equal policy.
    QByteArray toJson() const;
    QJsonObject toJsonObject() const;
    QJsonValue value(const QString& key) const;

    // Typed reads. Asking for an unknown key, or a key of another type, is a programming
    // error: it asserts in debug builds and gives 0 or an empty list.
    int number(const QString& key) const;
    int days(const QString& key) const { return number(key); }
    int months(const QString& key) const { return number(key); }
    int years(const QString& key) const { return number(key); }
    int perRisk(const QString& key, RiskLevel level) const;
    QStringList list(const QString& key) const;

    bool operator==(const Policy& other) const;

private:
    struct Slot {
        int number = 0;
        std::array<int, 4> perRisk{}; // indexed by RiskLevel
        QStringList list;
        bool operator==(const Slot&) const = default;
    };

    explicit Policy(QList<Slot> values) : m_slots(std::move(values)) {}
    static Status assign(Slot& slot, const PolicyKeyInfo& info, const QJsonValue& value);
    const Slot* slot(const QString& key, PolicyValueType type) const;

    QList<Slot> m_slots; // parallel to keys()
};

} // namespace somdesk
