#include "core/rules/TriggerMatcher.h"

#include <QChar>

namespace somdesk {

namespace {

void appendCodePoint(QString& out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(static_cast<char16_t>(cp)));
    }
}

// A combining mark belongs to the letter it sits on ("cafe" + U+0301 is "café"), so it
// joins words just as letters and digits do.
bool joinsWords(char32_t cp) { return QChar::isLetterOrNumber(cp) || QChar::isMark(cp); }

char32_t codePointBefore(QStringView s, qsizetype pos)
{
    const char16_t u = s[pos - 1].unicode();
    if (QChar::isLowSurrogate(u) && pos >= 2 && QChar::isHighSurrogate(s[pos - 2].unicode())) {
        return QChar::surrogateToUcs4(s[pos - 2].unicode(), u);
    }
    return u;
}

char32_t codePointAt(QStringView s, qsizetype pos)
{
    const char16_t u = s[pos].unicode();
    if (QChar::isHighSurrogate(u) && pos + 1 < s.size() && QChar::isLowSurrogate(s[pos + 1].unicode())) {
        return QChar::surrogateToUcs4(u, s[pos + 1].unicode());
    }
    return u;
}

} // namespace

QString TriggerMatcher::normalise(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    bool inSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = p[i].unicode();
        // ASCII is nearly all of the text; keep it off the Unicode tables.
        if (cp < 0x80) {
            if (cp == u' ' || (cp >= 0x09 && cp <= 0x0D)) {
                if (!inSpace) {
                    out.append(QLatin1Char(' '));
                    inSpace = true;
                }
                continue;
            }
            if (cp >= u'A' && cp <= u'Z') {
                cp += 0x20;
            }
            out.append(QChar(static_cast<char16_t>(cp)));
            inSpace = false;
            continue;
        }
        if (QChar::isHighSurrogate(cp) && i + 1 < n && p[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(static_cast<char16_t>(cp), p[i + 1].unicode());
            ++i;
        }
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
            cp = u'\'';
        } else if (QChar::isSpace(cp)) {
            if (!inSpace) {
                out.append(QLatin1Char(' '));
                inSpace = true;
            }
            continue;
        } else {
            // QChar's per-code-point folding is Unicode simple case folding (ß stays ß).
            cp = QChar::toCaseFolded(cp);
        }
        appendCodePoint(out, cp);
        inSpace = false;
    }
    return out;
}

TriggerMatcher::TriggerMatcher(const QStringList& phrases) : m_phrases(phrases)
{
    m_matchers.reserve(phrases.size());
    for (const QString& phrase : phrases) {
        // A stray space typed around a phrase in the policy changes nothing: the boundary
        // rule already demands a non-letter there.
        m_matchers.append(QStringMatcher(normalise(phrase).trimmed(), Qt::CaseSensitive));
    }
}

QStringList TriggerMatcher::matches(const QString& text) const
{
    QStringList found;
    if (text.isEmpty()) {
        return found;
    }
    const QString norm = normalise(text);
    const QStringView view(norm);
    for (qsizetype i = 0; i < m_matchers.size(); ++i) {
        const QStringMatcher& m = m_matchers[i];
        const qsizetype len = m.pattern().size();
        if (len == 0 || len > view.size()) {
            continue;
        }
        for (qsizetype pos = m.indexIn(view, 0); pos >= 0; pos = m.indexIn(view, pos + 1)) {
            const bool openBefore = pos == 0 || !joinsWords(codePointBefore(view, pos));
            const bool openAfter = pos + len == view.size() || !joinsWords(codePointAt(view, pos + len));
            if (openBefore && openAfter) {
                found.append(m_phrases[i]);
                break;
            }
        }
    }
    return found;
}

} // namespace somdesk
