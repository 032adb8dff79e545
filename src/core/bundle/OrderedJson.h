#pragma once

// A small strict JSON parser for the bundle reader. QJsonDocument is not enough here:
// QJsonObject sorts its keys (errors must be reported in document order), keeps only one
// of two duplicate keys silently, and turns every number into a double (2.0 vs 2.5 and
// seeds near 2^53 must be judged exactly).

#include <QByteArray>
#include <QString>

#include <vector>

namespace somdesk::bundle {

struct JsonNode {
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    bool boolean = false;
    QString text;                   // a string's value, or a number's literal as written
    QString key;                    // the member name when this node is an object member
    std::vector<JsonNode> children; // array elements, or object members in document order

    const JsonNode* member(QLatin1String name) const;
};

struct JsonParseResult {
    bool ok = false;
    JsonNode root;
    QString message;      // parser message when !ok
    qsizetype offset = 0; // byte offset of the error in the input
};

enum class WholeNumber { Ok, NotWhole, OutOfRange };

class OrderedJson {
public:
    // Bundles nest 7 levels deep; anything near this limit is garbage, and the limit keeps
    // the recursive parser far from the stack's end.
    static constexpr int maxDepth = 256;

    // Parses a UTF-8 document (already validated with invalidUtf8Offset); a leading BOM is skipped.
    static JsonParseResult parse(const QByteArray& utf8);

    // Offset of the first byte that is not strict UTF-8 (RFC 3629: no overlongs, no
    // surrogates, nothing above U+10FFFF), or -1 when the whole input is valid.
    static qsizetype invalidUtf8Offset(const QByteArray& bytes);

    // Exact value of a JSON number literal when it is a whole number that fits in qint64.
    static WholeNumber wholeNumber(const QString& literal, qint64* value);
};

} // namespace somdesk::bundle
