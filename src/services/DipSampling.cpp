// Dip sampling (docs/supervision-notes.md, "Dip sampling"): a sergeant draws, for a period,
// a reproducible random sample of their team's records (core/supervision/DipSampleDraw.h),
// lists the draws they may see, and records each drawn record's checklist findings.

#include "Access.h"
#include "ServiceContext.h"
#include "ServiceSupport.h"
#include "Services.h"
#include "core/InputLimits.h"
#include "core/bundle/BundleReader.h"
#include "core/supervision/DipFindings.h"
#include "core/supervision/DipSampleDraw.h"

#include <QRandomGenerator>

#include <algorithm>

namespace somdesk {

namespace {

const QString kPurpose = QStringLiteral("dip sampling");
const QString kRecordType = QStringLiteral("dip_sample");

QString monthOf(const QDate& d)
{
    return QStringLiteral("%1-%2").arg(d.year(), 4, 10, QLatin1Char('0')).arg(d.month(), 2, 10, QLatin1Char('0'));
}

Status checkPeriodFormat(const QString& period)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    if (!re.match(period).hasMatch()) {
        return Error::invalid(QStringLiteral("period: must be a month YYYY-MM (got \"%1\")").arg(period));
    }
    return {};
}

QString sampleKey(const DipSample& s)
{
    return s.period + QLatin1Char(':') + s.sergeant;
}

const DipRecord* recordOf(const DipSample& s, const QString& ref)
{
    for (const DipRecord& r : s.records) {
        if (r.nominal == ref) {
            return &r;
        }
    }
    return nullptr;
}

// The caller's sample holding `ref`: of `period` when given, else the latest such draw.
const DipSample* ownSampleWith(const QList<DipSample>& own, const QString& ref)
{
    const DipSample* best = nullptr;
    for (const DipSample& s : own) {
        if (recordOf(s, ref) != nullptr && (best == nullptr || best->period < s.period)) {
            best = &s;
        }
    }
    return best;
}

void sortSamples(QList<DipSample>& samples)
{
    std::sort(samples.begin(), samples.end(), [](const DipSample& a, const DipSample& b) {
        return a.period != b.period ? a.period < b.period : codePointLess(a.sergeant, b.sergeant);
    });
}

// A seed from the system's random source, cut to 0 … 2^53−1 (exact as a JSON number).
qint64 freshSeed()
{
    return static_cast<qint64>(QRandomGenerator::system()->generate64() & static_cast<quint64>(limits::kMaxSeed));
}

DipDrawRules drawRules(const Policy& policy)
{
    DipDrawRules rules;
    rules.size = policy.number(QStringLiteral("dip_sample_size"));
    for (RiskLevel level : allValues<RiskLevel>()) {
        rules.weights[static_cast<std::size_t>(level)] = policy.perRisk(QStringLiteral("dip_sample_weights"), level);
    }
    return rules;
}

// The active officer accounts of `team`, each with the registered nominals they own now.
Result<QList<DipCaseload>> teamCaseloads(ServiceContext& ctx, const QString& team)
{
    auto users = ctx.users().list();
    if (!users) {
        return users.error();
    }
    QList<DipCaseload> loads;
    for (const StoredUser& u : *users) {
        if (u.user.role == Role::Officer && !u.isDisabled() && u.user.team == team) {
            loads.append(DipCaseload{u.user.username, {}});
        }
    }
    CaseQuery q;
    q.team = team;
    q.withEntryText = false;
    q.withPhoto = false;
    q.withDetails = false;
    auto cases = ctx.cases().summaries(q);
    if (!cases) {
        return cases.error();
    }
    for (const CaseSummary& c : *cases) {
        if (c.registerStatus != RegisterStatus::Registered) {
            continue;
        }
        for (DipCaseload& load : loads) {
            if (load.officer == c.owner) {
                load.cases.append(DipCase{c.ref, c.riskLevel});
                break;
            }
        }
    }
    return loads;
}

QString findingCounts(const QList<DipItem>& items)
{
    int counts[3] = {0, 0, 0};
    for (const DipItem& i : items) {
        ++counts[static_cast<int>(i.finding)];
    }
    return QStringLiteral("compliant=%1;not_compliant=%2;not_applicable=%3")
        .arg(counts[0])
        .arg(counts[1])
        .arg(counts[2]);
}

} // namespace

Result<DipSample> Services::drawDipSample(const Session& session, const std::optional<QString>& period,
                                          const std::optional<qint64>& seed)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::DrawDipSample); !st) {
        return st.error();
    }
    if (session.team.isEmpty()) {
        return m_ctx->refuse(session, QStringLiteral("team:"),
                             Error::denied(QStringLiteral("permission denied: you lead no team to dip-sample")));
    }
    const QString thisMonth = monthOf(m_ctx->db().clock().todayLondon());
    const QString month = period.value_or(thisMonth);
    if (Status st = checkPeriodFormat(month); !st) {
        return st.error();
    }
    if (month > thisMonth) {
        return Error::invalid(QStringLiteral("period: %1 is in the future (this month is %2)").arg(month, thisMonth));
    }
    if (seed && (*seed < 0 || *seed > limits::kMaxSeed)) {
        return Error::invalid(QStringLiteral("seed: must be a whole number from 0 to %1").arg(limits::kMaxSeed));
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto existing = m_ctx->dipSamples().list({month, QStringList{session.username}});
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        const DipSample& first = existing->first();
        return Error::conflict(
            QStringLiteral("period: you already drew the dip sample of %1 (seed %2, drawn at %3); one draw per "
                           "sergeant per period")
                .arg(month)
                .arg(first.seed)
                .arg(first.drawnAt.toUTC().toString(Qt::ISODate)));
    }
    auto loads = teamCaseloads(*m_ctx, session.team);
    if (!loads) {
        return loads.error();
    }
    DipSample sample;
    sample.period = month;
    sample.sergeant = session.username;
    sample.seed = seed.value_or(freshSeed());
    sample.drawnAt = m_ctx->db().now();
    sample.records = drawDipRecords(static_cast<std::uint64_t>(sample.seed), drawRules(*policy), *loads);
    if (Status st = m_ctx->dipSamples().insert(sample); !st) {
        return st.error();
    }
    if (Status st = m_ctx->audit(session, AuditOperation::Collection, kRecordType, sampleKey(sample), kPurpose,
                                 QStringLiteral("seed=%1;officers=%2;records=%3")
                                     .arg(sample.seed)
                                     .arg(loads->size())
                                     .arg(sample.records.size()));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return sample;
}

Result<QList<DipSample>> Services::dipSamples(const Session& session, const std::optional<QString>& period)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::ListDipSamples); !st) {
        return st.error();
    }
    if (period) {
        if (Status st = checkPeriodFormat(*period); !st) {
            return st.error();
        }
    }
    DipSampleFilter filter;
    filter.period = period;
    filter.sergeants = QStringList();
    if (session.role == Role::Sergeant) {
        filter.sergeants->append(session.username);
    } else if (session.role == Role::Inspector && !session.area.isEmpty()) {
        auto users = m_ctx->users().list();
        if (!users) {
            return users.error();
        }
        for (const StoredUser& u : *users) {
            if (u.user.role == Role::Sergeant && u.user.area == session.area) {
                filter.sergeants->append(u.user.username);
            }
        }
    }
    auto samples = m_ctx->dipSamples().list(filter);
    if (!samples) {
        return samples.error();
    }
    sortSamples(*samples);
    if (Status st = m_ctx->auditRead(
            session, kRecordType, scopeText(session), kPurpose,
            QStringLiteral("period=%1;samples=%2").arg(period.value_or(QStringLiteral("any"))).arg(samples->size()));
        !st) {
        return st.error();
    }
    return samples;
}

Result<QString> Services::recordDipFindings(const Session& session, const std::optional<QString>& period,
                                            const QString& ref, const QList<DipItem>& items)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RecordDipFindings); !st) {
        return st.error();
    }
    if (period) {
        if (Status st = checkPeriodFormat(*period); !st) {
            return st.error();
        }
    }
    if (ref.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("nominal: required"));
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    Transaction tx(m_ctx->db());
    if (!tx.status()) {
        return tx.status().error();
    }
    auto own = m_ctx->dipSamples().list({period, QStringList{session.username}});
    if (!own) {
        return own.error();
    }
    const DipSample* sample = ownSampleWith(*own, ref);
    if (sample == nullptr) {
        // Someone else's draw holds it: only the sergeant who drew a sample records its findings.
        auto all = m_ctx->dipSamples().list({period, std::nullopt});
        if (!all) {
            return all.error();
        }
        sortSamples(*all);
        for (const DipSample& s : *all) {
            if (s.sergeant != session.username && recordOf(s, ref) != nullptr) {
                return m_ctx->refuse(
                    session, sampleKey(s),
                    Error::denied(QStringLiteral("permission denied: %1 is in the dip sample of %2 drawn by %3; "
                                                 "only the sergeant who drew a sample records its findings")
                                      .arg(ref, s.period, s.sergeant)));
            }
        }
        if (period && own->isEmpty()) {
            return Error::notFound(QStringLiteral("period: you drew no dip sample for %1").arg(*period));
        }
        return Error::notFound(period ? QStringLiteral("nominal: %1 is not in your dip sample of %2").arg(ref, *period)
                                      : QStringLiteral("nominal: %1 is in none of your dip samples").arg(ref));
    }
    const DipRecord* record = recordOf(*sample, ref);
    if (record->completedAt) {
        return Error::conflict(QStringLiteral("nominal: the findings for %1 in your dip sample of %2 were recorded at "
                                              "%3; recorded findings are not replaced")
                                   .arg(ref, sample->period, record->completedAt->toUTC().toString(Qt::ISODate)));
    }
    auto checked = checkDipFindings(items, policy->list(QStringLiteral("dip_sample_items")));
    if (!checked) {
        return checked.error();
    }
    const QString month = sample->period;
    const QString key = sampleKey(*sample);
    if (Status st = m_ctx->dipSamples().complete(month, session.username, ref, m_ctx->db().now(), *checked); !st) {
        return st.error();
    }
    if (Status st = m_ctx->audit(session, AuditOperation::Alteration, kRecordType, key, kPurpose,
                                 QStringLiteral("nominal=%1;").arg(ref) + findingCounts(*checked));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return month;
}

Result<QList<DipItem>> Services::readDipFindingsJson(const Session& session, const QByteArray& json)
{
    Lock lock(*m_ctx);
    if (Status st = requirePermission(*m_ctx, session, Operation::RecordDipFindings); !st) {
        return st.error();
    }
    auto policy = m_ctx->policy();
    if (!policy) {
        return policy.error();
    }
    QString failure;
    const BundleContext context = readingContext(*m_ctx, *policy, failure);
    auto items = BundleReader::readDipFindings(json, context);
    if (!failure.isEmpty()) {
        return Error::storage(failure);
    }
    return items;
}

} // namespace somdesk
