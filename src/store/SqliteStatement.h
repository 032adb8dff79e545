#pragma once

// A thin RAII wrapper over sqlite3_stmt for the bulk readers, where QSqlQuery's
// per-value QVariant costs too much at national scale (600,000 entries).

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace somdesk {

class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }
    void bind(int index, const QVariant& value);
    // SQLITE_ROW → true; done or error → false (check error()).
    bool step();

    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    int integer(int col) const { return sqlite3_column_int(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    QString text(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
    }
    QByteArray blob(int col) const
    {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
    }
    // Fast ASCII accessors for the fixed-format columns (dates, enums, ids).
    QLatin1String latin1(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p ? QLatin1String(p, sqlite3_column_bytes(m_stmt, col)) : QLatin1String();
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace somdesk
