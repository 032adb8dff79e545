#include "TextSafety.h"

#include <QList>

namespace somdesk::text {

bool isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool hasUnsafe(const QString& s)
{
    for (const uint c : s.toUcs4()) {
        if (isUnsafe(c)) {
            return true;
        }
    }
    return false;
}

Status requireSafe(const QString& field, const QString& value)
{
    if (hasUnsafe(value)) {
        return Error::invalid(QStringLiteral("%1: must not contain control characters (newline, tab, escape, "
                                             "direction marks)")
                                  .arg(field));
    }
    return {};
}

namespace {

QString escaped(const QString& s, bool backslash)
{
    bool clean = true;
    for (const QChar c : s) {
        if ((backslash && c == QLatin1Char('\\')) || c.unicode() < 0x20 || c.unicode() >= 0x7F) {
            clean = false;
            break;
        }
    }
    if (clean) {
        return s;
    }
    QString out;
    out.reserve(s.size() + 8);
    for (const uint c : s.toUcs4()) {
        switch (c) {
        case U'\\':
            out += backslash ? QStringLiteral("\\\\") : QStringLiteral("\\");
            continue;
        case U'\n':
            out += QStringLiteral("\\n");
            continue;
        case U'\r':
            out += QStringLiteral("\\r");
            continue;
        case U'\t':
            out += QStringLiteral("\\t");
            continue;
        case 0x1B:
            out += QStringLiteral("\\e");
            continue;
        default:
            break;
        }
        if (isUnsafe(c)) {
            out += QStringLiteral("\\u{%1}").arg(c, 4, 16, QLatin1Char('0'));
        } else {
            const auto ch = static_cast<char32_t>(c);
            out += QString::fromUcs4(&ch, 1);
        }
    }
    return out;
}

} // namespace

QString printable(const QString& s)
{
    return escaped(s, true);
}

QString withoutControls(const QString& s)
{
    return escaped(s, false);
}

} // namespace somdesk::text
