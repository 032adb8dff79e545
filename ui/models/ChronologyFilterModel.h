#pragma once

// The chronology as the user narrows it: one entry type, and words that must all appear
// (case-insensitively) in the entry's text, id, type, author or references. The words are
// also what the table and the entry pane highlight (views/MatchHighlighter).

#include "core/Domain.h"
#include "models/CollatingProxyModel.h"

#include <QStringList>

#include <optional>

namespace somdesk {

class ChronologyFilterModel : public CollatingProxyModel {
    Q_OBJECT

public:
    explicit ChronologyFilterModel(QObject* parent = nullptr);

    void setType(std::optional<EntryType> type);
    std::optional<EntryType> type() const { return m_type; }
    // Split on white space; empty shows every entry (of the type).
    void setSearch(const QString& text);
    const QStringList& words() const { return m_words; }
    bool isFiltering() const { return m_type.has_value() || !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<EntryType> m_type;
    QStringList m_words;
};

} // namespace somdesk
