#pragma once

// Dip-sample results for the reports and the UI: per officer and per checklist item, how
// many findings were compliant, not compliant and not applicable, and how many of the
// drawn records are completed. Pure: the caller passes the samples it may see.

#include "core/Domain.h"

#include <QList>
#include <QStringList>

namespace somdesk {

struct DipFindingCounts {
    int compliant = 0;
    int notCompliant = 0;
    int notApplicable = 0;
    int total() const { return compliant + notCompliant + notApplicable; }
    void add(DipFinding finding);
    bool operator==(const DipFindingCounts&) const = default;
};

struct DipItemCounts {
    QString item;
    DipFindingCounts counts;
    bool operator==(const DipItemCounts&) const = default;
};

struct DipOfficerSummary {
    QString officer;
    int drawn = 0;
    int completed = 0;
    QList<DipItemCounts> items; // policy order, every policy item listed
    DipFindingCounts all;       // over every item
};

struct DipSampleSummary {
    int drawn = 0;
    int completed = 0;
    QList<DipOfficerSummary> officers; // by username (code points)
    QList<DipItemCounts> items;        // over all officers, policy order
    DipFindingCounts all;
};

// Findings count only on completed records. Items the policy no longer lists (an older
// checklist) are counted after the policy's, in the order first met.
DipSampleSummary summarizeDipSamples(const QList<DipSample>& samples, const QStringList& policyItems);

} // namespace somdesk
