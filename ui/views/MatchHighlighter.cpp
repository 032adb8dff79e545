#include "views/MatchHighlighter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace somdesk {

QList<QPair<int, int>> matchRanges(const QString& text, const QStringList& words)
{
    QList<QPair<int, int>> found;
    for (const QString& word : words) {
        if (word.isEmpty()) {
            continue;
        }
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
            found.append({int(at), int(word.size())});
        }
    }
    std::sort(found.begin(), found.end());
    QList<QPair<int, int>> merged;
    for (const auto& r : found) {
        if (!merged.isEmpty() && r.first <= merged.last().first + merged.last().second) {
            const int end = std::max(merged.last().first + merged.last().second, r.first + r.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

int highlightMatches(QPlainTextEdit* pane, const QStringList& words)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = pane->toPlainText();
    const QPalette palette = pane->palette();
    for (const auto& [start, length] : matchRanges(text, words)) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(pane->document());
        s.cursor.setPosition(start);
        s.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        s.format.setBackground(palette.color(QPalette::Highlight));
        s.format.setForeground(palette.color(QPalette::HighlightedText));
        selections.append(s);
    }
    pane->setExtraSelections(selections);
    return static_cast<int>(selections.size());
}

MatchHighlightDelegate::MatchHighlightDelegate(QObject* parent) : QStyledItemDelegate(parent)
{
}

void MatchHighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<QPair<int, int>> ranges = matchRanges(opt.text, m_words);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell without its text (background, selection, focus), then the text with its matches.
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(3, 0, -3, 0);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    QList<QTextLayout::FormatRange> formats;
    for (const auto& [start, length] : ranges) {
        QTextLayout::FormatRange f;
        f.start = start;
        f.length = length;
        // On a selected row the row is already in Highlight: the match is underlined and bold there.
        if (selected) {
            f.format.setFontUnderline(true);
            f.format.setFontWeight(QFont::Bold);
        } else {
            f.format.setBackground(opt.palette.color(QPalette::Highlight));
            f.format.setForeground(opt.palette.color(QPalette::HighlightedText));
        }
        formats.append(f);
    }
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace somdesk
