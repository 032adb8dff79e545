#include "core/supervision/DipSampleSummary.h"

#include "core/supervision/DipSampleDraw.h"

#include <algorithm>

namespace somdesk {

void DipFindingCounts::add(DipFinding finding)
{
    switch (finding) {
    case DipFinding::Compliant:
        ++compliant;
        break;
    case DipFinding::NotCompliant:
        ++notCompliant;
        break;
    case DipFinding::NotApplicable:
        ++notApplicable;
        break;
    }
}

namespace {

DipItemCounts& itemSlot(QList<DipItemCounts>& items, const QString& name)
{
    for (DipItemCounts& c : items) {
        if (c.item == name) {
            return c;
        }
    }
    items.append(DipItemCounts{name, {}});
    return items.last();
}

QList<DipItemCounts> emptyItems(const QStringList& policyItems)
{
    QList<DipItemCounts> out;
    for (const QString& name : policyItems) {
        out.append(DipItemCounts{name, {}});
    }
    return out;
}

} // namespace

DipSampleSummary summarizeDipSamples(const QList<DipSample>& samples, const QStringList& policyItems)
{
    DipSampleSummary summary;
    summary.items = emptyItems(policyItems);
    QList<DipOfficerSummary> officers;
    auto officerSlot = [&](const QString& name) -> DipOfficerSummary& {
        for (DipOfficerSummary& o : officers) {
            if (o.officer == name) {
                return o;
            }
        }
        officers.append(DipOfficerSummary{name, 0, 0, emptyItems(policyItems), {}});
        return officers.last();
    };
    for (const DipSample& sample : samples) {
        for (const DipRecord& record : sample.records) {
            DipOfficerSummary& officer = officerSlot(record.officer);
            ++officer.drawn;
            ++summary.drawn;
            if (!record.completedAt) {
                continue;
            }
            ++officer.completed;
            ++summary.completed;
            for (const DipItem& item : record.items) {
                itemSlot(officer.items, item.item).counts.add(item.finding);
                itemSlot(summary.items, item.item).counts.add(item.finding);
                officer.all.add(item.finding);
                summary.all.add(item.finding);
            }
        }
    }
    std::sort(officers.begin(), officers.end(), [](const DipOfficerSummary& a, const DipOfficerSummary& b) {
        return codePointLess(a.officer, b.officer);
    });
    summary.officers = officers;
    return summary;
}

} // namespace somdesk
