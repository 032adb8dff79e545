#pragma once

// Column readers shared by the bulk readers over SqliteStatement (the case loader, the
// retention scan): fixed-format dates and timestamps, enums and repeated strings decoded
// without a QVariant or a fresh QString per row, and the scope filter of a CaseQuery.

#include "CaseRepository.h"
#include "SqliteStatement.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QVariantList>

#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace somdesk::bulk {

// Fast fixed-format parsers for the bulk reader (the formats are written by us).
inline int digits(QLatin1String s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        v = v * 10 + (s[i].toLatin1() - '0');
    }
    return v;
}

inline QDate parseDate(QLatin1String s)
{
    if (s.size() < 10) {
        return {};
    }
    return {digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2)};
}

inline std::optional<QDate> parseOptDate(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<QDate>(parseDate(st.latin1(col)));
}

inline QDateTime parseTimestamp(QLatin1String s)
{
    if (s.size() < 20) {
        return {};
    }
    return {parseDate(s), QTime(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2)), Qt::UTC};
}

inline std::optional<QDateTime> parseOptTimestamp(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<QDateTime>(parseTimestamp(st.latin1(col)));
}

inline std::optional<QString> optText(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<QString>(st.text(col));
}

inline std::optional<bool> optBool(const SqliteStatement& st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<bool>(st.integer(col) != 0);
}

// Enum columns hold the bundle spellings; compare the raw bytes, no QString per row.
template <typename E> inline E enumValue(const SqliteStatement& st, int col, E fallback)
{
    static const auto table = [] {
        QList<std::pair<QByteArray, E>> t;
        for (E v : allValues<E>()) {
            t.append({toString(v).toLatin1(), v});
        }
        return t;
    }();
    const QLatin1String raw = st.latin1(col);
    for (const auto& [name, value] : table) {
        if (raw.size() == name.size() && std::memcmp(raw.data(), name.constData(), size_t(name.size())) == 0) {
            return value;
        }
    }
    return fallback;
}

// Usernames and entry ids repeat across hundreds of thousands of rows: decode each
// distinct value once and share it (QString is implicitly shared).
class StringPool {
public:
    QString get(const SqliteStatement& st, int col)
    {
        const QLatin1String raw = st.latin1(col);
        const std::string_view key(raw.data(), static_cast<std::size_t>(raw.size()));
        const auto it = m_pool.find(key);
        if (it != m_pool.end()) {
            return it->second;
        }
        const QString value = st.text(col);
        m_pool.emplace(std::string(key), value);
        return value;
    }

private:
    // FNV-1a: these keys are short ASCII ids; Qt's seeded byte hash costs far more here.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            std::size_t h = 1469598103934665603ULL;
            for (const char c : s) {
                h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
            }
            return h;
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_pool;
};

// The SQL filter on nominals (alias n) for a query, with its bind values.
inline QString scopeFilter(const CaseQuery& query, QVariantList& binds)
{
    QString where = QStringLiteral("1=1");
    if (query.ref) {
        where += QStringLiteral(" AND n.ref = ?");
        binds << *query.ref;
    }
    if (query.owner) {
        where += QStringLiteral(" AND n.owner = ?");
        binds << *query.owner;
    }
    if (query.area) {
        where += QStringLiteral(" AND n.area = ?");
        binds << *query.area;
    }
    if (query.team) {
        where += QStringLiteral(" AND n.owner IN (SELECT username FROM users WHERE team = ?)");
        binds << *query.team;
    }
    return where;
}

inline void bindAll(SqliteStatement& st, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        st.bind(i + 1, binds.at(i));
    }
}

} // namespace somdesk::bulk
