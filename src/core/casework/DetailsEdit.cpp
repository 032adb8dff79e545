#include "core/casework/DetailsEdit.h"

#include "core/InputLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace somdesk {

namespace {

QJsonValue listValue(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

Status checkName(const QJsonValue& v, const QString& path)
{
    if (!v.isString()) {
        return Error::invalid(path + QStringLiteral(": must be a string"));
    }
    if (v.toString().trimmed().isEmpty()) {
        return Error::invalid(path + QStringLiteral(": must not be blank"));
    }
    if (v.toString().size() > limits::kMaxName) {
        return Error::invalid(path + QStringLiteral(": longer than %1 characters").arg(limits::kMaxName));
    }
    return {};
}

// The edit's value in the shape the nominal keeps (names simplified, aliases as a list).
Result<QJsonValue> normalised(const QString& key, const QJsonValue& v, const Nominal& n, const QDate& today)
{
    if (key == QLatin1String("family_name") || key == QLatin1String("given_names")) {
        if (Status st = checkName(v, key); !st) {
            return st.error();
        }
        return QJsonValue(v.toString().simplified());
    }
    if (key == QLatin1String("aliases")) {
        if (!v.isArray()) {
            return Error::invalid(QStringLiteral("aliases: must be an array of names"));
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("aliases[%1]").arg(i);
            if (Status st = checkName(a[i], path); !st) {
                return st.error();
            }
            out << a[i].toString().simplified();
        }
        return listValue(out);
    }
    if (key == QLatin1String("date_of_birth")) {
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid() || v.toString().size() != 10) {
            return Error::invalid(QStringLiteral("date_of_birth: must be a date YYYY-MM-DD"));
        }
        if (d > today) {
            return Error::invalid(
                QStringLiteral("date_of_birth: in the future (today is %1)").arg(today.toString(Qt::ISODate)));
        }
        if (d > n.registration.firstNotified) {
            return Error::invalid(QStringLiteral("date_of_birth: after the first notification (%1)")
                                      .arg(n.registration.firstNotified.toString(Qt::ISODate)));
        }
        return QJsonValue(d.toString(Qt::ISODate));
    }
    // address: text, or null to remove it
    if (v.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    if (!v.isString()) {
        return Error::invalid(QStringLiteral("address: must be a string or null"));
    }
    const QString text = v.toString().trimmed();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

const QStringList& editableDetailKeys()
{
    static const QStringList keys{QStringLiteral("family_name"), QStringLiteral("given_names"),
                                  QStringLiteral("aliases"), QStringLiteral("date_of_birth"),
                                  QStringLiteral("address")};
    return keys;
}

QJsonValue detailValue(const Nominal& n, const QString& key)
{
    if (key == QLatin1String("family_name")) {
        return n.familyName;
    }
    if (key == QLatin1String("given_names")) {
        return n.givenNames;
    }
    if (key == QLatin1String("aliases")) {
        return listValue(n.aliases);
    }
    if (key == QLatin1String("date_of_birth")) {
        return n.dateOfBirth.toString(Qt::ISODate);
    }
    if (key == QLatin1String("address")) {
        return n.address ? QJsonValue(*n.address) : QJsonValue(QJsonValue::Null);
    }
    return {};
}

Result<QList<FieldChange>> changesOf(const Nominal& n, const DetailsEdit& edit, const QDate& today)
{
    for (auto it = edit.values.begin(); it != edit.values.end(); ++it) {
        if (!editableDetailKeys().contains(it.key())) {
            return Error::invalid(QStringLiteral("%1: not an editable detail (editable: %2)")
                                      .arg(it.key(), editableDetailKeys().join(QStringLiteral(", "))));
        }
    }
    if (edit.reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason: required (why the details change)"));
    }
    if (edit.reason.size() > limits::kMaxText) {
        return Error::invalid(QStringLiteral("reason: longer than %1 characters").arg(limits::kMaxText));
    }
    QList<FieldChange> changes;
    for (const QString& key : editableDetailKeys()) { // bundle order
        if (!edit.values.contains(key)) {
            continue;
        }
        auto value = normalised(key, edit.values.value(key), n, today);
        if (!value) {
            return value.error();
        }
        const QJsonValue before = detailValue(n, key);
        if (*value != before) {
            changes.append({key, before, *value});
        }
    }
    if (changes.isEmpty()) {
        return Error::invalid(QStringLiteral("details: nothing changes"));
    }
    return changes;
}

Nominal withChanges(Nominal n, const QList<FieldChange>& changes)
{
    for (const FieldChange& c : changes) {
        if (c.field == QLatin1String("family_name")) {
            n.familyName = c.to.toString();
        } else if (c.field == QLatin1String("given_names")) {
            n.givenNames = c.to.toString();
        } else if (c.field == QLatin1String("aliases")) {
            n.aliases.clear();
            for (const QJsonValue& a : c.to.toArray()) {
                n.aliases << a.toString();
            }
        } else if (c.field == QLatin1String("date_of_birth")) {
            n.dateOfBirth = QDate::fromString(c.to.toString(), Qt::ISODate);
        } else if (c.field == QLatin1String("address")) {
            n.address = c.to.isNull() ? std::nullopt : std::optional<QString>(c.to.toString());
        }
    }
    return n;
}

QByteArray changesToJson(const QList<FieldChange>& changes)
{
    QJsonArray a;
    for (const FieldChange& c : changes) {
        a.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("from"), c.from},
                             {QStringLiteral("to"), c.to}});
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

Result<QList<FieldChange>> changesFromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray()) {
        return Error::storage(QStringLiteral("details change: not a JSON array"));
    }
    QList<FieldChange> out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("from")),
                    o.value(QStringLiteral("to"))});
    }
    return out;
}

} // namespace somdesk
