#pragma once

// A read-only table of one kind of a nominal's records (ARMS assessments, screenings,
// plans…), already in words: the record tabs show what RecordTables builds through it.

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace somdesk {

struct RecordTable {
    QStringList headers;
    QList<QStringList> rows;     // newest first, one string per header
    QList<QStringList> tooltips; // the same shape or empty: the cell in full
    int stretchColumn = -1;      // the column that takes the spare width (a summary, a reason)
};

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit RecordTableModel(QObject* parent = nullptr);

    void setTable(const RecordTable& table);
    const RecordTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordTable m_table;
};

} // namespace somdesk
