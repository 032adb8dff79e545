#pragma once

// A stored static score in words: its headline for the record header and its explanation
// item by item for the history. A computed score's result follows from its inputs and
// version (a pure function), so it is recomputed here, never read back from a cache.

#include "core/Domain.h"
#include "core/scores/OspCalculator.h"

#include <QString>
#include <QStringList>

namespace somdesk {

// True for a score this code computes (tool OSP/DC+OSP/IIC); false for one entered as written.
bool isComputedScore(const StaticScore& score);

// The calculator's outcome for a computed score (errors when the inputs do not validate).
OspOutcome outcomeOf(const StaticScore& score);

// "OSP/DC Medium 1.54 % · OSP/IIC Low 0.00 %"; "RM2000/S High (entered)".
QString staticScoreHeadline(const StaticScore& score);

// One line per item and per decision: "contact-adult sanctions: 1 → 5 points", ...,
// "band reduced: five years offence-free in the community (High → Medium)".
QStringList staticScoreExplanation(const StaticScore& score);

// The latest score by assessment date (ties: the later recorded), or null for none.
const StaticScore* latestStaticScore(const QList<StaticScore>& scores);

} // namespace somdesk
