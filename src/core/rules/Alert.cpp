#include "core/rules/Alert.h"

#include "core/rules/Dates.h"

#include <QJsonValue>

#include <algorithm>

namespace somdesk {

namespace {

void appendJsonString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendField(QByteArray& out, const char* name)
{
    out.append("    \"");
    out.append(name);
    out.append("\": ");
}

char16_t fixUp(char16_t u)
{
    // Moves surrogates above the rest of the BMP so that unit order equals code-point order.
    if (u >= 0xE000) {
        return static_cast<char16_t>(u - 0x800);
    }
    if (u >= 0xD800) {
        return static_cast<char16_t>(u + 0x2000);
    }
    return u;
}

} // namespace

QString toString(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Overdue:
        return QStringLiteral("overdue");
    case AlertStatus::Due:
        return QStringLiteral("due");
    case AlertStatus::Info:
        return QStringLiteral("info");
    }
    return {};
}

QJsonObject alertToJson(const Alert& alert)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), alert.key);
    o.insert(QStringLiteral("rule"), alert.rule);
    o.insert(QStringLiteral("nominal"), alert.nominal);
    o.insert(QStringLiteral("status"), toString(alert.status));
    o.insert(QStringLiteral("due"), alert.due ? QJsonValue(toIsoDate(*alert.due)) : QJsonValue());
    o.insert(QStringLiteral("days_overdue"), alert.daysOverdue);
    o.insert(QStringLiteral("owner_role"), toString(alert.ownerRole));
    o.insert(QStringLiteral("owner"), alert.owner ? QJsonValue(*alert.owner) : QJsonValue());
    o.insert(QStringLiteral("reason"), alert.reason);
    o.insert(QStringLiteral("clears_when"), alert.clearsWhen);
    return o;
}

QByteArray alertsToJson(const QList<Alert>& alerts)
{
    if (alerts.isEmpty()) {
        return QByteArrayLiteral("[]\n");
    }
    QByteArray out;
    out.reserve(alerts.size() * 400);
    out.append("[\n");
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const Alert& a = alerts[i];
        out.append("  {\n");
        appendField(out, "key");
        appendJsonString(out, a.key);
        out.append(",\n");
        appendField(out, "rule");
        appendJsonString(out, a.rule);
        out.append(",\n");
        appendField(out, "nominal");
        appendJsonString(out, a.nominal);
        out.append(",\n");
        appendField(out, "status");
        appendJsonString(out, toString(a.status));
        out.append(",\n");
        appendField(out, "due");
        if (a.due) {
            appendJsonString(out, toIsoDate(*a.due));
        } else {
            out.append("null");
        }
        out.append(",\n");
        appendField(out, "days_overdue");
        out.append(QByteArray::number(a.daysOverdue));
        out.append(",\n");
        appendField(out, "owner_role");
        appendJsonString(out, toString(a.ownerRole));
        out.append(",\n");
        appendField(out, "owner");
        if (a.owner) {
            appendJsonString(out, *a.owner);
        } else {
            out.append("null");
        }
        out.append(",\n");
        appendField(out, "reason");
        appendJsonString(out, a.reason);
        out.append(",\n");
        appendField(out, "clears_when");
        appendJsonString(out, a.clearsWhen);
        out.append("\n  }");
        out.append(i + 1 < alerts.size() ? ",\n" : "\n");
    }
    out.append("]\n");
    return out;
}

int compareCodePoints(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const QChar* pa = a.constData();
    const QChar* pb = b.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t ua = pa[i].unicode();
        const char16_t ub = pb[i].unicode();
        if (ua != ub) {
            return fixUp(ua) < fixUp(ub) ? -1 : 1;
        }
    }
    if (a.size() == b.size()) {
        return 0;
    }
    return a.size() < b.size() ? -1 : 1;
}

bool alertLess(const Alert& a, const Alert& b)
{
    if (a.status != b.status) {
        return static_cast<int>(a.status) < static_cast<int>(b.status);
    }
    return alertLessByDue(a, b);
}

bool alertLessByDue(const Alert& a, const Alert& b)
{
    if (a.due != b.due) {
        if (!a.due || !b.due) {
            return a.due.has_value(); // dated before undated
        }
        return *a.due < *b.due;
    }
    if (const int c = compareCodePoints(a.nominal, b.nominal); c != 0) {
        return c < 0;
    }
    if (const int c = compareCodePoints(a.rule, b.rule); c != 0) {
        return c < 0;
    }
    return compareCodePoints(a.key, b.key) < 0;
}

void sortAlerts(QList<Alert>& alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), alertLess);
}

} // namespace somdesk
