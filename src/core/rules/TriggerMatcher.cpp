#include "core/rules/TriggerMatcher.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>

namespace somdesk {

namespace {

constexpr std::array<bool, 128> kAsciiWordChar = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c) {
        table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return table;
}();

// QChar is a char16_t in layout; reading the units directly keeps the loops simple.
const char16_t* units(const QString& s)
{
    return reinterpret_cast<const char16_t*>(s.constData());
}

// A combining mark belongs to the letter it sits on ("cafe" + U+0301 is "café"), so it
// joins words just as letters and digits do.
bool joinsWords(char32_t cp)
{
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
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
    const qsizetype n = text.size();
    // Simple case folding keeps every character in its plane and the other steps only
    // shrink the text, so the result fits in the input's length; writing through a raw
    // pointer avoids QString::append's per-character checks (this runs for every entry).
    QString out(n, Qt::Uninitialized);
    char16_t* o = reinterpret_cast<char16_t*>(out.data());
    qsizetype len = 0;
    const char16_t* p = units(text);
    bool inSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = p[i];
        // ASCII is nearly all of the text; keep it off the Unicode tables.
        if (cp < 0x80) {
            if (cp == u' ' || (cp >= 0x09 && cp <= 0x0D)) {
                if (!inSpace) {
                    o[len++] = u' ';
                    inSpace = true;
                }
                continue;
            }
            if (cp >= u'A' && cp <= u'Z') {
                cp += 0x20;
            }
            o[len++] = static_cast<char16_t>(cp);
            inSpace = false;
            continue;
        }
        qsizetype units = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            cp = QChar::surrogateToUcs4(static_cast<char16_t>(cp), p[i + 1]);
            units = 2;
        }
        i += units - 1;
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
            cp = u'\'';
        } else if (QChar::isSpace(cp)) {
            if (!inSpace) {
                o[len++] = u' ';
                inSpace = true;
            }
            continue;
        } else {
            // QChar's per-code-point folding is Unicode simple case folding (ß stays ß).
            cp = QChar::toCaseFolded(cp);
        }
        inSpace = false;
        if (QChar::requiresSurrogates(cp)) {
            if (units < 2) {
                // Not the case in any Unicode version so far; stay correct if it ever is.
                out.resize(len);
                out.append(QString::fromUcs4(&cp, 1));
                out.append(normalise(text.mid(i + 1)));
                return out;
            }
            o[len++] = QChar::highSurrogate(cp);
            o[len++] = QChar::lowSurrogate(cp);
        } else {
            o[len++] = static_cast<char16_t>(cp);
        }
    }
    out.resize(len);
    return out;
}

TriggerMatcher::TriggerMatcher(const QStringList& phrases) : m_phrases(phrases)
{
    m_normalised.reserve(phrases.size());
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        // A stray space typed around a phrase in the policy changes nothing: the boundary
        // rule already demands a non-letter there.
        const QString norm = normalise(phrases[i]).trimmed();
        m_normalised.append(norm);
        if (norm.isEmpty()) {
            continue;
        }
        ++m_searchable;
        const char16_t first = norm.front().unicode();
        if (first < 0x80) {
            m_byFirstAscii[first].push_back(static_cast<int>(i));
            m_startsAscii[first] = true;
        } else {
            m_byFirstOther.push_back(static_cast<int>(i));
        }
    }
}

QStringList TriggerMatcher::matches(const QString& text) const
{
    QStringList found;
    if (text.isEmpty() || m_phrases.isEmpty()) {
        return found;
    }
    const QString norm = normalise(text);
    const QStringView view(norm);
    const char16_t* t = units(norm);
    const qsizetype n = norm.size();
    QVarLengthArray<bool, 32> hit(m_phrases.size());
    std::fill(hit.begin(), hit.end(), false);
    qsizetype remaining = m_searchable;

    const auto tryPhrase = [&](int index, qsizetype pos) {
        if (hit[index]) {
            return;
        }
        const QString& phrase = m_normalised[index];
        const qsizetype len = phrase.size();
        if (pos + len > n || !std::equal(t + pos, t + pos + len, units(phrase))) {
            return;
        }
        if (pos + len == n || !joinsWords(codePointAt(view, pos + len))) {
            hit[index] = true;
            --remaining;
        }
    };

    bool openBefore = true; // the text's start is a boundary
    for (qsizetype pos = 0; pos < n && remaining > 0; ++pos) {
        const char16_t c = t[pos];
        if (c < 0x80) {
            if (openBefore && m_startsAscii[c]) {
                for (const int index : m_byFirstAscii[c]) {
                    tryPhrase(index, pos);
                }
            }
            openBefore = !kAsciiWordChar[c];
            continue;
        }
        if (openBefore) {
            for (const int index : m_byFirstOther) {
                if (m_normalised[index].front().unicode() == c) {
                    tryPhrase(index, pos);
                }
            }
        }
        if (QChar::isHighSurrogate(c) && pos + 1 < n && QChar::isLowSurrogate(t[pos + 1])) {
            // A match never starts on a low surrogate: step over it.
            openBefore = !joinsWords(QChar::surrogateToUcs4(c, t[pos + 1]));
            ++pos;
        } else {
            openBefore = !joinsWords(c);
        }
    }

    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        if (hit[i]) {
            found.append(m_phrases[i]);
        }
    }
    return found;
}

} // namespace somdesk
