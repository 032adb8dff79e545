#include "models/ChronologyFilterModel.h"

#include "models/ChronologyModel.h"

#include <QRegularExpression>

namespace somdesk {

ChronologyFilterModel::ChronologyFilterModel(QObject* parent) : CollatingProxyModel(parent)
{
}

void ChronologyFilterModel::setType(std::optional<EntryType> type)
{
    if (type == m_type) {
        return;
    }
    m_type = type;
    invalidateFilter();
}

void ChronologyFilterModel::setSearch(const QString& text)
{
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

bool ChronologyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* chronology = qobject_cast<const ChronologyModel*>(sourceModel());
    if (chronology == nullptr || sourceParent.isValid()) {
        return true;
    }
    const Entry& e = chronology->entryAt(sourceRow);
    if (m_type && e.type != *m_type) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    QStringList haystack{e.text, e.id, e.references.join(QLatin1Char(' ')), chronology->authorText(e)};
    for (int column : {ChronologyModel::Type, ChronologyModel::Author}) {
        haystack << chronology->index(sourceRow, column).data().toString();
    }
    const QString all = haystack.join(QLatin1Char('\n'));
    for (const QString& word : m_words) {
        if (!all.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace somdesk
