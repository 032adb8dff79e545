#include "DemoDipSamples.h"

#include "DemoCalendar.h"
#include "DemoText.h"
#include "DemoVocabulary.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

QList<DipSample> dipSamples(const Roster& dir, const QList<Nominal>& nominals, quint64 seed, qint64 today)
{
    // Current caseloads (registered cases only), in ref order.
    QHash<QString, QStringList> caseload;
    for (const Nominal& n : nominals) {
        if (n.registerStatus == RegisterStatus::Registered) {
            caseload[n.owner].append(n.ref);
        }
    }
    const QDate t = day(today);
    const QDate thisMonth(t.year(), t.month(), 1);
    const QList<QDate> periods{thisMonth.addMonths(-1), thisMonth};
    QList<DipSample> out;
    for (qsizetype p = 0; p < periods.size(); ++p) {
        for (qsizetype ti = 0; ti < dir.teams.size(); ++ti) {
            const Team& team = dir.teams[ti];
            DemoRandom rng(DemoRandom::derive(seed ^ 0xD1Bu, static_cast<quint64>(ti * 2 + p)));
            DipSample s;
            s.period = periods[p].toString(u"yyyy-MM"_s);
            s.sergeant = team.sergeant;
            s.seed = static_cast<qint64>(rng.next() & ((quint64{1} << 53) - 1));
            const qint64 drawn = stamp(jd(periods[p]), 8 * 3600);
            s.drawnAt = utc(drawn);
            QStringList officers = team.officers;
            std::sort(officers.begin(), officers.end());
            for (const QString& officer : officers) {
                QStringList refs = caseload.value(officer);
                for (qsizetype i = 0; i < std::min<qsizetype>(3, refs.size()); ++i) {
                    refs.swapItemsAt(i, i + rng.below(refs.size() - i));
                }
                refs = refs.mid(0, 3);
                std::sort(refs.begin(), refs.end());
                for (const QString& ref : refs) {
                    DipRecord r;
                    r.officer = officer;
                    r.nominal = ref;
                    const qint64 done = stamp(jd(periods[p]) + rng.range(p == 0 ? 1 : 0, p == 0 ? 25 : 20),
                                              rng.range(workStart, workEnd));
                    const bool completed = dayOf(done) <= today && (p == 0 || rng.chance(0.7)) && done > drawn;
                    if (completed) {
                        r.completedAt = utc(done);
                        for (const QString& item : dipItemNames()) {
                            DipItem it;
                            it.item = item;
                            const double u = rng.unit();
                            it.finding = u < 0.8    ? DipFinding::Compliant
                                         : u < 0.92 ? DipFinding::NotCompliant
                                                    : DipFinding::NotApplicable;
                            if (it.finding == DipFinding::NotCompliant) {
                                it.note = rng.pick(DemoText::pool(DemoPool::DipNotCompliant));
                            }
                            r.items.append(it);
                        }
                    }
                    s.records.append(r);
                }
            }
            out.append(s);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DipSample& a, const DipSample& b) {
        return a.period != b.period ? a.period < b.period : a.sergeant < b.sergeant;
    });
    return out;
}

} // namespace somdesk::demo
