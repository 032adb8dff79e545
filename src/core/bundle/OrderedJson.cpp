#include "OrderedJson.h"

#include <limits>

namespace somdesk::bundle {

const JsonNode* JsonNode::member(QLatin1String name) const
{
    for (const JsonNode& child : children) {
        if (child.key == name) {
            return &child;
        }
    }
    return nullptr;
}

namespace {

class Parser {
public:
    Parser(const char* begin, const char* end) : m_begin(begin), m_p(begin), m_end(end) {}

    bool parseDocument(JsonNode& root)
    {
        skipWhitespace();
        if (!parseValue(root, 0)) {
            return false;
        }
        skipWhitespace();
        if (m_p != m_end) {
            return fail("garbage at the end of the document");
        }
        return true;
    }

    QString message;
    qsizetype offset = 0;

private:
    const char* m_begin;
    const char* m_p;
    const char* m_end;

    bool fail(const char* what)
    {
        message = QString::fromLatin1(what);
        offset = m_p - m_begin;
        return false;
    }

    void skipWhitespace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            ++m_p;
        }
    }

    bool literal(const char* word)
    {
        const char* q = m_p;
        for (const char* w = word; *w != '\0'; ++w, ++q) {
            if (q == m_end || *q != *w) {
                return fail("illegal value");
            }
        }
        m_p = q;
        return true;
    }

    bool parseValue(JsonNode& out, int depth)
    {
        if (m_p == m_end) {
            return fail("unexpected end of input");
        }
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            out.kind = JsonNode::Kind::String;
            return parseString(out.text);
        case 't':
            out.kind = JsonNode::Kind::Bool;
            out.boolean = true;
            return literal("true");
        case 'f':
            out.kind = JsonNode::Kind::Bool;
            out.boolean = false;
            return literal("false");
        case 'n':
            out.kind = JsonNode::Kind::Null;
            return literal("null");
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) {
                return parseNumber(out);
            }
            return fail("illegal value");
        }
    }

    bool parseObject(JsonNode& out, int depth)
    {
        if (depth > OrderedJson::maxDepth) {
            return fail("too deeply nested");
        }
        out.kind = JsonNode::Kind::Object;
        ++m_p; // '{'
        skipWhitespace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (m_p == m_end) {
                return fail("unterminated object");
            }
            if (*m_p != '"') {
                return fail("expected a string as member name");
            }
            JsonNode child;
            if (!parseString(child.key)) {
                return false;
            }
            skipWhitespace();
            if (m_p == m_end || *m_p != ':') {
                return fail("missing name separator");
            }
            ++m_p;
            skipWhitespace();
            if (!parseValue(child, depth)) {
                return false;
            }
            out.children.push_back(std::move(child));
            skipWhitespace();
            if (m_p == m_end) {
                return fail("unterminated object");
            }
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',') {
                return fail("missing value separator");
            }
            ++m_p;
        }
    }

    bool parseArray(JsonNode& out, int depth)
    {
        if (depth > OrderedJson::maxDepth) {
            return fail("too deeply nested");
        }
        out.kind = JsonNode::Kind::Array;
        ++m_p; // '['
        skipWhitespace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            skipWhitespace();
            JsonNode child;
            if (!parseValue(child, depth)) {
                return false;
            }
            out.children.push_back(std::move(child));
            skipWhitespace();
            if (m_p == m_end) {
                return fail("unterminated array");
            }
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',') {
                return fail("missing value separator");
            }
            ++m_p;
        }
    }

    bool parseNumber(JsonNode& out)
    {
        const char* start = m_p;
        auto digits = [this] {
            const char* s = m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
                ++m_p;
            }
            return m_p - s;
        };
        if (*m_p == '-') {
            ++m_p;
        }
        if (m_p != m_end && *m_p == '0') {
            ++m_p;
        } else if (digits() == 0) {
            return fail("illegal number");
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (digits() == 0) {
                return fail("illegal number");
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (digits() == 0) {
                return fail("illegal number");
            }
        }
        out.kind = JsonNode::Kind::Number;
        out.text = QString::fromLatin1(start, m_p - start);
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    bool hex4(char32_t& unit)
    {
        if (m_end - m_p < 4) {
            return fail("invalid escape sequence");
        }
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0) {
                return fail("invalid escape sequence");
            }
            unit = unit * 16 + static_cast<char32_t>(h);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(QByteArray& buf, char32_t cp)
    {
        if (cp < 0x80) {
            buf.append(static_cast<char>(cp));
        } else if (cp < 0x800) {
            buf.append(static_cast<char>(0xC0 | (cp >> 6)));
            buf.append(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            buf.append(static_cast<char>(0xE0 | (cp >> 12)));
            buf.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            buf.append(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            buf.append(static_cast<char>(0xF0 | (cp >> 18)));
            buf.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            buf.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            buf.append(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    // The input is valid UTF-8 already, so raw runs are copied as they are; escapes are
    // decoded into the same UTF-8 buffer and the whole string is converted once.
    bool parseString(QString& out)
    {
        ++m_p; // opening quote
        const char* run = m_p;
        QByteArray buf;
        bool escaped = false;
        while (true) {
            if (m_p == m_end) {
                return fail("unterminated string");
            }
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                return fail("control character in string (must be escaped)");
            }
            if (c != '\\') {
                ++m_p;
                continue;
            }
            if (!escaped) {
                buf.reserve((m_p - run) * 2 + 16);
                escaped = true;
            }
            buf.append(run, m_p - run);
            ++m_p; // backslash
            if (m_p == m_end) {
                return fail("unterminated string");
            }
            const char e = *m_p++;
            switch (e) {
            case '"':
                buf.append('"');
                break;
            case '\\':
                buf.append('\\');
                break;
            case '/':
                buf.append('/');
                break;
            case 'b':
                buf.append('\b');
                break;
            case 'f':
                buf.append('\f');
                break;
            case 'n':
                buf.append('\n');
                break;
            case 'r':
                buf.append('\r');
                break;
            case 't':
                buf.append('\t');
                break;
            case 'u': {
                const char* escapeStart = m_p - 2;
                char32_t unit = 0;
                if (!hex4(unit)) {
                    return false;
                }
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    m_p = escapeStart;
                    return fail("invalid escape sequence (lone surrogate)");
                }
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') {
                        m_p = escapeStart;
                        return fail("invalid escape sequence (lone surrogate)");
                    }
                    m_p += 2;
                    if (!hex4(low)) {
                        return false;
                    }
                    if (low < 0xDC00 || low > 0xDFFF) {
                        m_p = escapeStart;
                        return fail("invalid escape sequence (lone surrogate)");
                    }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(buf, unit);
                break;
            }
            default:
                m_p -= 2;
                return fail("invalid escape sequence");
            }
            run = m_p;
        }
        if (escaped) {
            buf.append(run, m_p - run);
            out = QString::fromUtf8(buf);
        } else {
            out = QString::fromUtf8(run, m_p - run);
        }
        ++m_p; // closing quote
        return true;
    }
};

} // namespace

JsonParseResult OrderedJson::parse(const QByteArray& utf8)
{
    JsonParseResult result;
    const char* begin = utf8.constData();
    const char* end = begin + utf8.size();
    qsizetype skipped = 0;
    // Editors on Windows add a BOM; RFC 8259 lets a parser ignore it, and a migration file
    // should not fail for it.
    if (utf8.startsWith("\xEF\xBB\xBF")) {
        skipped = 3;
    }
    Parser parser(begin + skipped, end);
    result.ok = parser.parseDocument(result.root);
    if (!result.ok) {
        result.message = parser.message;
        result.offset = parser.offset + skipped;
        result.root = JsonNode{};
    }
    return result;
}

qsizetype OrderedJson::invalidUtf8Offset(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    auto cont = [&](qsizetype k, unsigned char lo, unsigned char hi) { return k < n && s[k] >= lo && s[k] <= hi; };
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(i + 1, 0x80, 0xBF)) {
                return i;
            }
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80; // no overlongs
            const unsigned char hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
            if (!cont(i + 1, lo, hi) || !cont(i + 2, 0x80, 0xBF)) {
                return i;
            }
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
            const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            if (!cont(i + 1, lo, hi) || !cont(i + 2, 0x80, 0xBF) || !cont(i + 3, 0x80, 0xBF)) {
                return i;
            }
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

WholeNumber OrderedJson::wholeNumber(const QString& literal, qint64* value)
{
    // literal follows the JSON grammar (the parser checked it): -?int(.frac)?([eE][+-]?exp)?
    qsizetype i = 0;
    const qsizetype n = literal.size();
    const bool negative = n > 0 && literal[0] == u'-';
    if (negative) {
        ++i;
    }
    QString digits;
    qsizetype intDigits = 0;
    while (i < n && literal[i].isDigit()) {
        digits.append(literal[i++]);
        ++intDigits;
    }
    if (i < n && literal[i] == u'.') {
        ++i;
        while (i < n && literal[i].isDigit()) {
            digits.append(literal[i++]);
        }
    }
    qint64 exponent = 0;
    if (i < n && (literal[i] == u'e' || literal[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (literal[i] == u'+' || literal[i] == u'-')) {
            expNegative = literal[i] == u'-';
            ++i;
        }
        while (i < n && literal[i].isDigit()) {
            // Clamped: any exponent this large already decides the answer.
            exponent = std::min<qint64>(exponent * 10 + literal[i].digitValue(), 1'000'000'000);
            ++i;
        }
        if (expNegative) {
            exponent = -exponent;
        }
    }
    // Position of the decimal point within `digits`, then drop leading zeros.
    qint64 point = intDigits + exponent;
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == u'0') {
        ++first;
        --point;
    }
    if (first == digits.size()) {
        *value = 0;
        return WholeNumber::Ok;
    }
    const QStringView significant = QStringView(digits).mid(first);
    for (qsizetype k = std::max<qint64>(point, 0); k < significant.size(); ++k) {
        if (significant[k] != u'0') {
            return WholeNumber::NotWhole;
        }
    }
    if (point <= 0) {
        return WholeNumber::NotWhole; // a non-zero digit lies right of the point
    }
    if (point > 19) {
        return WholeNumber::OutOfRange;
    }
    quint64 magnitude = 0;
    for (qint64 k = 0; k < point; ++k) {
        const quint64 d = k < significant.size() ? static_cast<quint64>(significant[k].digitValue()) : 0;
        if (magnitude > (std::numeric_limits<quint64>::max() - d) / 10) {
            return WholeNumber::OutOfRange;
        }
        magnitude = magnitude * 10 + d;
    }
    constexpr auto maxMagnitude = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (magnitude > maxMagnitude) {
        return WholeNumber::OutOfRange;
    }
    *value = negative ? -static_cast<qint64>(magnitude) : static_cast<qint64>(magnitude);
    return WholeNumber::Ok;
}

} // namespace somdesk::bundle
