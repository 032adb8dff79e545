#pragma once

// Trigger-phrase matching exactly as rules.md "Trigger-phrase matching" defines it: text
// and phrases are compared after mapping typographic apostrophes to ', collapsing white
// space runs to one space and simple case folding (no accent folding); a phrase matches
// only where no letter or digit touches it on either side.

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace somdesk {

class TriggerMatcher {
public:
    // Blank phrases never match.
    explicit TriggerMatcher(const QStringList& phrases);

    // The phrases found in the text, as written in the policy, in policy order, each once.
    QStringList matches(const QString& text) const;

    const QStringList& phrases() const { return m_phrases; }

    // The comparison form of a text (exposed for tests and derived-data checks).
    static QString normalise(const QString& text);

private:
    QStringList m_phrases;
    QStringList m_normalised; // parallel to m_phrases
    // A match must start where no letter or digit precedes it, so the search looks only at
    // such positions and only at the phrases starting with the character found there.
    std::array<std::vector<int>, 128> m_byFirstAscii;
    std::array<bool, 128> m_startsAscii{};
    std::vector<int> m_byFirstOther; // phrases starting beyond ASCII (rare): checked one by one
    qsizetype m_searchable = 0;      // non-blank phrases
};

} // namespace somdesk
