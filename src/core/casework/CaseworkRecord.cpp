#include "CaseworkRecord.h"

namespace somdesk {

namespace {

struct KindRow {
    RecordKind kind;
    const char* name;
    const char* list;
    const char* words;
};

constexpr KindRow kKinds[] = {
    {RecordKind::Visit, "visit", "visits", "visit"},
    {RecordKind::Arms, "arms", "arms", "ARMS assessment"},
    {RecordKind::Screening, "screening", "screenings", "MAPPA screening"},
    {RecordKind::MappaReferral, "mappa-referral", "mappa_referrals", "MAPPA referral decision"},
    {RecordKind::Notification, "notification", "notifications", "notification"},
    {RecordKind::Custody, "custody", "custody", "custody period"},
    {RecordKind::Plan, "plan", "plans", "risk management plan"},
    {RecordKind::StaticScore, "static-score", "static_scores", "static risk score"},
    {RecordKind::Transfer, "transfer", "transfers", "case transfer"},
    {RecordKind::ManagementDecision, "management", "management_decisions", "management decision"},
    {RecordKind::IndefiniteReview, "indefinite-review", "indefinite_review_decisions", "indefinite-review decision"},
};

const KindRow& row(RecordKind kind)
{
    for (const KindRow& r : kKinds) {
        if (r.kind == kind) {
            return r;
        }
    }
    return kKinds[0];
}

} // namespace

RecordKind kindOf(const CaseworkRecord& record)
{
    // The variant's alternatives are in RecordKind's order.
    return static_cast<RecordKind>(record.index());
}

QString recordKindName(RecordKind kind)
{
    return QString::fromLatin1(row(kind).name);
}

std::optional<RecordKind> recordKindFromName(const QString& name)
{
    for (const KindRow& r : kKinds) {
        if (name == QLatin1String(r.name)) {
            return r.kind;
        }
    }
    return std::nullopt;
}

QList<RecordKind> allRecordKinds()
{
    QList<RecordKind> out;
    for (const KindRow& r : kKinds) {
        out.append(r.kind);
    }
    return out;
}

QString bundleListName(RecordKind kind)
{
    return QString::fromLatin1(row(kind).list);
}

QString recordKindWords(RecordKind kind)
{
    return QString::fromLatin1(row(kind).words);
}

static_assert(std::variant_size_v<CaseworkRecord> == std::size(kKinds), "one kind per alternative");
static_assert(std::is_same_v<std::variant_alternative_t<0, CaseworkRecord>, Visit>);
static_assert(std::is_same_v<std::variant_alternative_t<6, CaseworkRecord>, Plan>);
static_assert(std::is_same_v<std::variant_alternative_t<7, CaseworkRecord>, StaticScore>);
static_assert(std::is_same_v<std::variant_alternative_t<8, CaseworkRecord>, Transfer>);
static_assert(std::is_same_v<std::variant_alternative_t<9, CaseworkRecord>, ManagementDecision>);
static_assert(std::is_same_v<std::variant_alternative_t<10, CaseworkRecord>, IndefiniteReviewDecision>);

} // namespace somdesk
