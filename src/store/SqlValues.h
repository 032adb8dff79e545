#pragma once

// Conversions between domain values and SQL columns, in one place so a second SQL
// dialect changes only here. Absent optionals are NULL.

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <optional>

namespace somdesk::sql {

inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QVariant date(const std::optional<QDate>& d)
{
    return d ? date(*d) : QVariant();
}
inline QString timestampText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}
inline QVariant timestamp(const QDateTime& t)
{
    return t.isValid() ? QVariant(timestampText(t)) : QVariant();
}
inline QVariant timestamp(const std::optional<QDateTime>& t)
{
    return t ? timestamp(*t) : QVariant();
}
inline QVariant text(const std::optional<QString>& s)
{
    return s ? QVariant(*s) : QVariant();
}
inline QVariant boolean(const std::optional<bool>& b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant();
}
inline QVariant integer(const std::optional<int>& i)
{
    return i ? QVariant(*i) : QVariant();
}

// A list of names or phrases as a JSON array text (portable TEXT); an empty list is NULL.
inline QVariant textList(const QStringList& list)
{
    if (list.isEmpty()) {
        return QVariant();
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
inline QStringList toTextList(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        out.append(v.toString());
    }
    return out;
}
// A local time of day as "HH:MM".
inline QVariant time(const std::optional<QTime>& t)
{
    return t ? QVariant(t->toString(QStringLiteral("HH:mm"))) : QVariant();
}
inline std::optional<QTime> toTime(const QString& s)
{
    const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

inline QDate toDate(const QString& s)
{
    return QDate::fromString(s, Qt::ISODate);
}
inline QDateTime toTimestamp(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
inline std::optional<QDate> optDate(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<QDate>(toDate(v.toString()));
}
inline std::optional<QDateTime> optTimestamp(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<QDateTime>(toTimestamp(v.toString()));
}
inline std::optional<QString> optText(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}
inline std::optional<bool> optBool(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}
inline std::optional<int> optInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace somdesk::sql
