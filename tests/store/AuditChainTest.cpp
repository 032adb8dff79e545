// The hash chain of the audit log: every kind of tampering at every position is found
// at exactly the first broken position, and truncation is found against an anchor.

#include "StoreTestUtil.h"
#include "store/AuditLog.h"

#include <QFile>

using namespace somdesk;
using namespace somdesk::test;

namespace {

constexpr int kRows = 1000;

AuditRecord row(int i)
{
    AuditRecord r;
    r.at = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(i * 37);
    r.username = QStringLiteral("pc%1").arg(1000 + i % 7);
    r.operation = i % 3 == 0 ? QStringLiteral("consultation") : QStringLiteral("collection");
    r.recordType = QStringLiteral("nominal");
    r.recordRef = QStringLiteral("N%1").arg(i % 50, 6, 10, QLatin1Char('0'));
    r.purpose = QStringLiteral("purpose %1").arg(i % 5);
    r.recipient = i % 11 == 0 ? QStringLiteral("probation") : QString();
    r.detail = QStringLiteral("entry=E%1").arg(i);
    if (i == 1) { // every log starts with the database's creation row
        r.operation = QStringLiteral("collection");
        r.recordType = QStringLiteral("user");
        r.purpose = QStringLiteral("database created");
    }
    return r;
}

// The 1,000-row log, built once per test program run (a copy is tampered with).
const QString& baseFile()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("audit-base.db"));
        auto db = openNew(p);
        {
            AuditLog log(*db);
            Transaction tx(*db);
            REQUIRE(tx.status().ok());
            for (int i = 1; i <= kRows; ++i) {
                AuditRecord r = row(i);
                REQUIRE(log.append(r).ok());
                REQUIRE(r.seq == i);
            }
            REQUIRE(tx.commit().ok());
        }
        db->close(); // checkpoints the WAL: the file alone holds everything
        path = p;
    }
    return path;
}

struct Tampering {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    sqlite3* h = nullptr;
    std::pair<qint64, QString> head;
    QList<AuditRecord> rows; // index 0 = seq 1

    Tampering()
    {
        REQUIRE(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("tampered.db"));
        REQUIRE(QFile::copy(baseFile(), copy));
        REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        db = openExisting(copy);
        h = db->handle();
        REQUIRE(h != nullptr);
        // The forger's first step: the append-only triggers go (in the copy only).
        REQUIRE(rawExec(h, QStringLiteral("DROP TRIGGER audit_no_update")).isEmpty());
        REQUIRE(rawExec(h, QStringLiteral("DROP TRIGGER audit_no_delete")).isEmpty());
        AuditLog log(*db);
        auto v = log.verify();
        REQUIRE(v.ok());
        REQUIRE(v->ok);
        REQUIRE(v->rows == kRows);
        auto hd = log.head();
        REQUIRE(hd.ok());
        head = *hd;
        CHECK(head.first == kRows);
        CHECK(v->headHash == head.second);
        auto all = log.list({});
        REQUIRE(all.ok());
        rows = *all;
        REQUIRE(rows.size() == kRows);
    }

    // Applies `sql` inside a transaction, verifies (and with the anchor when asked), rolls back.
    std::pair<AuditVerification, AuditVerification> attempt(const QString& sql, bool withAnchor)
    {
        REQUIRE(rawExec(h, QStringLiteral("BEGIN")).isEmpty());
        const QString err = rawExec(h, sql);
        INFO(sql.toStdString());
        INFO(err.toStdString());
        REQUIRE(err.isEmpty());
        AuditLog log(*db);
        auto plain = log.verify();
        // The anchor changes the answer only when the break is at the end of the log: the
        // walk is costly (all rows up to the break), so the anchored walk runs where it matters.
        auto anchored = withAnchor ? log.verify(head) : plain;
        REQUIRE(rawExec(h, QStringLiteral("ROLLBACK")).isEmpty());
        REQUIRE(plain.ok());
        REQUIRE(anchored.ok());
        return {*plain, *anchored};
    }
};

QString sqlText(const QString& s)
{
    QString t = s;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

} // namespace

TEST_CASE("store: audit chain of 1,000 rows reports the first broken position for every tampering")
{
    Tampering t;
    const QStringList columns{QStringLiteral("at"),          QStringLiteral("username"),   QStringLiteral("operation"),
                              QStringLiteral("record_type"), QStringLiteral("record_ref"), QStringLiteral("purpose"),
                              QStringLiteral("recipient"),   QStringLiteral("detail"),     QStringLiteral("prev_hash"),
                              QStringLiteral("hash")};
    int failures = 0;
    auto anchorAt = [](int p) { return p == 1 || p % 97 == 0 || p >= kRows - 2; };
    auto expect = [&](const char* kind, int position, const AuditVerification& v, qint64 expected) {
        if (v.ok || v.firstBrokenSeq != expected) {
            ++failures;
            if (failures <= 10) {
                FAIL_CHECK(kind << " at position " << position << ": verify says ok=" << v.ok << " first broken "
                                << v.firstBrokenSeq << " (" << v.problem.toStdString() << "), expected " << expected);
            }
        }
    };

    for (int p = 1; p <= kRows; ++p) {
        // 1. Change one field (a different column at each position).
        {
            const QString column = columns.at(p % columns.size());
            QString value;
            if (column == QLatin1String("at")) {
                value = sqlText(t.rows.at(p - 1).at.addSecs(1).toString(Qt::ISODateWithMs));
            } else if (column == QLatin1String("prev_hash") || column == QLatin1String("hash")) {
                value = QStringLiteral("'%1'").arg(QString(64, QLatin1Char('a')));
            } else {
                value = QStringLiteral("%1 || 'x'").arg(column);
            }
            const auto [plain, anchored] = t.attempt(
                QStringLiteral("UPDATE audit_log SET %1 = %2 WHERE seq = %3").arg(column, value).arg(p), anchorAt(p));
            expect("change", p, plain, p);
            expect("change (anchored)", p, anchored, p);
        }
        // 2. Delete the row. Deleting the last row leaves a shorter, valid chain: only
        // the anchor (head seq and hash) finds that truncation.
        {
            const auto [plain, anchored] =
                t.attempt(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(p), anchorAt(p));
            if (p < kRows) {
                expect("delete", p, plain, p);
            } else {
                CHECK(plain.ok);
                CHECK(plain.rows == kRows - 1);
            }
            expect("delete (anchored)", p, anchored, p);
        }
        // 3. Insert a forged row before position p, renumbering the rows after it. The
        // forger computes a valid hash for it, so the row after it is the first that no
        // longer follows its predecessor.
        {
            AuditRecord forged = row(p);
            forged.seq = p;
            forged.username = QStringLiteral("forger");
            forged.detail = QStringLiteral("forged");
            forged.at = t.rows.at(p - 1).at;
            forged.prevHash = p == 1 ? AuditLog::genesisHash() : t.rows.at(p - 2).hash;
            forged.hash = AuditLog::chainHash(forged.prevHash, forged);
            const QString sql =
                QStringLiteral("UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= %1; "
                               "UPDATE audit_log SET seq = -seq WHERE seq < 0; "
                               "INSERT INTO audit_log (seq, at, username, operation, record_type, record_ref, "
                               "purpose, recipient, detail, prev_hash, hash) VALUES (%1, %2, %3, %4, %5, %6, %7, %8, "
                               "%9, %10, %11)")
                    .arg(p)
                    .arg(sqlText(forged.at.toString(Qt::ISODateWithMs)), sqlText(forged.username),
                         sqlText(forged.operation), sqlText(forged.recordType), sqlText(forged.recordRef),
                         sqlText(forged.purpose), sqlText(forged.recipient), sqlText(forged.detail),
                         sqlText(forged.prevHash))
                    .arg(sqlText(forged.hash));
            const auto [plain, anchored] = t.attempt(sql, anchorAt(p));
            expect("insert", p, plain, p + 1);
            // Inserting before the anchored last row moves that row: the anchor finds it at p.
            expect("insert (anchored)", p, anchored, p == kRows ? p : p + 1);
        }
        // 4. Swap the row with the next one.
        if (p < kRows) {
            const QString sql = QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = %1; "
                                               "UPDATE audit_log SET seq = %1 WHERE seq = %2; "
                                               "UPDATE audit_log SET seq = %2 WHERE seq = -1")
                                    .arg(p)
                                    .arg(p + 1);
            const auto [plain, anchored] = t.attempt(sql, anchorAt(p));
            expect("swap", p, plain, p);
            expect("swap (anchored)", p, anchored, p);
        }
    }
    CHECK(failures == 0);

    // After all of it (rolled back), the copy still verifies.
    auto v = AuditLog(*t.db).verify(t.head);
    REQUIRE(v.ok());
    CHECK(v->ok);
}

TEST_CASE("store: audit log truncation is found with an anchor (head seq and hash)")
{
    Tampering t;
    // Cut the last 10 rows: the remaining chain is self-consistent.
    REQUIRE(rawExec(t.h, QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(kRows - 10)).isEmpty());
    AuditLog log(*t.db);
    auto plain = log.verify();
    REQUIRE(plain.ok());
    CHECK(plain->ok);
    CHECK(plain->rows == kRows - 10);

    auto anchored = log.verify(t.head);
    REQUIRE(anchored.ok());
    CHECK_FALSE(anchored->ok);
    CHECK(anchored->firstBrokenSeq == kRows - 9);
    CHECK_THAT(anchored->problem.toStdString(), Catch::Matchers::Contains("truncated"));

    // An anchor at a row that is still there but with another hash fails at that row.
    auto wrongHash = log.verify(std::pair<qint64, QString>{500, QString(64, QLatin1Char('f'))});
    REQUIRE(wrongHash.ok());
    CHECK_FALSE(wrongHash->ok);
    CHECK(wrongHash->firstBrokenSeq == 500);

    // An anchor inside the remaining log with the right hash passes.
    auto earlier = log.verify(std::pair<qint64, QString>{500, t.rows.at(499).hash});
    REQUIRE(earlier.ok());
    CHECK(earlier->ok);

    // Cutting everything is found too.
    REQUIRE(rawExec(t.h, QStringLiteral("DELETE FROM audit_log")).isEmpty());
    auto empty = log.verify(t.head);
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->ok);
    CHECK(empty->firstBrokenSeq == 1);
}
