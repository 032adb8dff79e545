#pragma once

// Search matches shown where they are: in a table's cells (a delegate) and in a text pane
// (extra selections), in the palette's highlight colours so they read in light and dark.

#include <QList>
#include <QPair>
#include <QStringList>
#include <QStyledItemDelegate>

class QPlainTextEdit;

namespace somdesk {

// Where the words occur in `text`, case-insensitively: sorted, overlapping ranges merged
// (start, length).
QList<QPair<int, int>> matchRanges(const QString& text, const QStringList& words);

// Highlights every match in the pane; returns how many ranges were marked.
int highlightMatches(QPlainTextEdit* pane, const QStringList& words);

class MatchHighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit MatchHighlightDelegate(QObject* parent = nullptr);

    void setWords(const QStringList& words) { m_words = words; }
    const QStringList& words() const { return m_words; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QStringList m_words;
};

} // namespace somdesk
