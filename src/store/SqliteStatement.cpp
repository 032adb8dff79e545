#include "SqliteStatement.h"

namespace somdesk {

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql) : m_db(db)
{
    if (db == nullptr) {
        m_error = QStringLiteral("no database connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt != nullptr) {
        sqlite3_finalize(m_stmt);
    }
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    if (m_stmt == nullptr) {
        return;
    }
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    } else {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
}

bool SqliteStatement::step()
{
    if (m_stmt == nullptr) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

} // namespace somdesk
