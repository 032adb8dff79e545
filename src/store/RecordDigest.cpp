#include "RecordDigest.h"

#include "Database.h"
#include "SqliteStatement.h"

#include <QCryptographicHash>

#include <map>
#include <memory>

namespace somdesk {

namespace {

// One table of a nominal's record: where its rows are, whose they are, their order, and the
// columns digested (surrogate ids only order rows, never enter the digest: an import or a
// vacuum may renumber them). A child of a child names its parent by a stable key.
struct Section {
    const char* table;
    const char* from;
    const char* owner;
    const char* order;
    QList<const char*> columns;
};

const QList<Section>& sections()
{
    static const QList<Section> all{
        {"nominals",
         "nominals t",
         "t.id",
         "t.id",
         {"t.ref",
          "t.family_name",
          "t.given_names",
          "t.date_of_birth",
          "t.address",
          "t.area",
          "t.owner",
          "t.photo",
          "t.mappa_category",
          "t.mappa_level",
          "t.risk_level",
          "t.register_status",
          "t.register_status_since",
          "t.management",
          "t.management_since",
          "t.first_notified",
          "t.notification_period",
          "t.under_18",
          "t.retention_review_due",
          "t.created_at"}},
        {"nominal_aliases", "nominal_aliases t", "t.nominal_id", "t.position", {"t.position", "t.alias"}},
        {"risk_history", "risk_history t", "t.nominal_id", "t.position", {"t.position", "t.from_date", "t.level"}},
        {"plans",
         "plans t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.from_date", "t.visit_interval_days", "t.escalation_triggers", "t.summary",
          "t.trigger_phrases"}},
        {"custody_periods",
         "custody_periods t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.from_date", "t.expected_release", "t.released_on"}},
        {"arms_assessments",
         "arms_assessments t",
         "t.nominal_id",
         "t.position, t.id",
         {"t.position", "t.completed_on", "t.by_user", "t.lead_agency", "t.priority", "t.summary"}},
        {"arms_factors",
         "arms_factors t JOIN arms_assessments a ON a.id = t.assessment_id",
         "a.nominal_id",
         "a.position, a.id, t.kind, t.position",
         {"a.position", "t.kind", "t.position", "t.factor", "t.rating", "t.note"}},
        {"visits",
         "visits t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.date", "t.by_user", "t.type", "t.announced", "t.outcome", "t.verified", "t.time",
          "t.checks"}},
        {"entries",
         "entries t",
         "t.nominal_id",
         "t.position, t.id",
         {"t.position", "t.entry_id", "t.at", "t.by_user", "t.type", "t.text", "t.disagreement"}},
        {"entry_references",
         "entry_references t JOIN entries e ON e.id = t.entry_row",
         "e.nominal_id",
         "e.position, e.id, t.position",
         {"e.entry_id", "t.position", "t.referenced_entry_id"}},
        {"acknowledgements",
         "acknowledgements t JOIN entries e ON e.id = t.entry_row",
         "e.nominal_id",
         "e.position, e.id, t.position",
         {"e.entry_id", "t.position", "t.by_user", "t.at"}},
        {"screenings",
         "screenings t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.date", "t.level", "t.rationale"}},
        {"reviews",
         "reviews t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.entry_id", "t.requested_at", "t.requested_by", "t.proposed_risk_level", "t.escalating",
          "t.rationale", "t.decision", "t.decided_at", "t.decided_by", "t.decision_reason"}},
        {"mappa_referrals",
         "mappa_referrals t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.decided_on", "t.by_user", "t.referred", "t.level", "t.reason"}},
        {"transfers",
         "transfers t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.on_date", "t.from_user", "t.to_user", "t.acknowledged_at"}},
        {"management_decisions",
         "management_decisions t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.on_date", "t.by_user", "t.decision", "t.reason"}},
        {"notifications", "notifications t", "t.nominal_id", "t.position", {"t.position", "t.date", "t.kind"}},
        {"indefinite_review_decisions",
         "indefinite_review_decisions t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.on_date", "t.by_user", "t.outcome", "t.reason"}},
        {"alert_overrides",
         "alert_overrides t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.alert_key", "t.by_user", "t.at", "t.reason"}},
        {"details_history",
         "details_history t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.at", "t.by_user", "t.reason", "t.changes"}},
        {"static_scores",
         "static_scores t",
         "t.nominal_id",
         "t.position",
         {"t.position", "t.tool", "t.version", "t.assessed_on", "t.by_user", "t.recorded_at", "t.inputs", "t.result",
          "t.band", "t.category", "t.source"}},
    };
    return all;
}

constexpr QByteArrayView kHeader = "somdesk nominal content v1\n";

QString sqlOf(const Section& s, bool one)
{
    QString sqlText = QStringLiteral("SELECT %1").arg(QLatin1String(s.owner));
    for (const char* c : s.columns) {
        sqlText += QStringLiteral(", quote(%1)").arg(QLatin1String(c));
    }
    sqlText += QStringLiteral(" FROM %1").arg(QLatin1String(s.from));
    if (one) {
        sqlText += QStringLiteral(" WHERE %1 = ?").arg(QLatin1String(s.owner));
    }
    return sqlText + QStringLiteral(" ORDER BY %1, %2").arg(QLatin1String(s.owner), QLatin1String(s.order));
}

// A row: its table, then each non-NULL column as name=length:value (SQLite's quote(), which
// tells text, integer and blob apart), then a newline. Lengths keep it unambiguous; leaving
// NULLs out keeps old digests valid when a migration adds a column.
void addRow(QCryptographicHash& h, const Section& s, const SqliteStatement& st)
{
    h.addData(QByteArrayView(s.table));
    h.addData(QByteArrayView("\x1e"));
    for (int i = 0; i < s.columns.size(); ++i) {
        const QLatin1String value = st.latin1(i + 1);
        if (value == QLatin1String("NULL")) {
            continue;
        }
        h.addData(QByteArrayView(s.columns.at(i)));
        h.addData(QByteArray('=' + QByteArray::number(value.size()) + ':'));
        h.addData(QByteArrayView(value.data(), value.size()));
    }
    h.addData(QByteArrayView("\n"));
}

} // namespace

QString RecordDigest::absentDigest()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(kHeader);
    h.addData(QByteArrayView("absent\n"));
    return QString::fromLatin1(h.result().toHex());
}

QStringList RecordDigest::coveredColumns()
{
    QStringList out;
    for (const Section& s : sections()) {
        for (const char* c : s.columns) {
            if (QByteArrayView(c).startsWith("t.")) {
                out << QStringLiteral("%1.%2").arg(QLatin1String(s.table), QLatin1String(c + 2));
            }
        }
    }
    return out;
}

Result<QString> RecordDigest::ofNominal(const QString& ref)
{
    SqliteStatement find(m_db.handle(), QStringLiteral("SELECT id FROM nominals WHERE ref = ?"));
    find.bind(1, ref);
    if (!find.step()) {
        if (!find.error().isEmpty()) {
            return storageError(QStringLiteral("reading a record for its digest"), find.error());
        }
        return absentDigest();
    }
    const qint64 id = find.int64(0);
    auto one = digests(id);
    if (!one) {
        return one.error();
    }
    return one->value(id, absentDigest());
}

Result<QHash<QString, QString>> RecordDigest::ofAllNominals()
{
    auto all = digests(std::nullopt);
    if (!all) {
        return all.error();
    }
    SqliteStatement refs(m_db.handle(), QStringLiteral("SELECT id, ref FROM nominals"));
    QHash<QString, QString> out;
    while (refs.step()) {
        out.insert(refs.text(1), all->value(refs.int64(0)));
    }
    if (!refs.error().isEmpty()) {
        return storageError(QStringLiteral("reading records for their digests"), refs.error());
    }
    return out;
}

Result<QHash<qint64, QString>> RecordDigest::digests(std::optional<qint64> nominalId)
{
    std::map<qint64, std::unique_ptr<QCryptographicHash>> hashes;
    for (const Section& s : sections()) {
        SqliteStatement st(m_db.handle(), sqlOf(s, nominalId.has_value()));
        if (nominalId) {
            st.bind(1, *nominalId);
        }
        QCryptographicHash* current = nullptr;
        qint64 currentId = 0;
        while (st.step()) {
            const qint64 owner = st.int64(0);
            if (current == nullptr || owner != currentId) {
                currentId = owner;
                auto it = hashes.find(owner);
                if (it == hashes.end() && &s == &sections().first()) {
                    it = hashes.emplace(owner, std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256)).first;
                    it->second->addData(kHeader);
                }
                current = it == hashes.end() ? nullptr : it->second.get();
                if (current == nullptr) {
                    continue; // a row of no stored nominal belongs to no record
                }
            }
            addRow(*current, s, st);
        }
        if (!st.error().isEmpty()) {
            return storageError(QStringLiteral("reading %1 for a digest").arg(QLatin1String(s.table)), st.error());
        }
    }
    QHash<qint64, QString> out;
    out.reserve(static_cast<qsizetype>(hashes.size()));
    for (auto& [id, h] : hashes) {
        out.insert(id, QString::fromLatin1(h->result().toHex()));
    }
    return out;
}

} // namespace somdesk
