#pragma once

// The hits of a record search: the nominal (reference and, where the caseload knows it,
// the name), the chronology entry that matched (empty for a name or alias hit) and the
// words around the match.

#include "core/CaseSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace somdesk {

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Reference, Name, EntryId, Snippet, ColumnCount };
    Q_ENUM(Column)

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    // "FAMILY, Given" per reference; hits outside the caseload show the reference alone.
    void setNominalNames(const QHash<QString, QString>& namesByRef);

    const SearchHit& hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
    QHash<QString, QString> m_names;
};

} // namespace somdesk
