#pragma once

// A nominal's chronology (Nominal::entries): when (Europe/London), type, author, text and
// who acknowledged it. Authors are shown by name where the user directory knows them.

#include "core/Domain.h"
#include "models/UserDirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace somdesk {

class ChronologyModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Type, Author, Text, AcknowledgedBy, ColumnCount };
    Q_ENUM(Column)

    explicit ChronologyModel(QObject* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    void setDirectory(const UserDirectory& directory);
    // The owning officer: their own entries need no acknowledgement (rules.md), and say so.
    void setOwner(const QString& owner) { m_owner = owner; }
    bool isOwnEntry(const Entry& entry) const { return !m_owner.isEmpty() && entry.by == m_owner; }
    void clear() { setEntries({}); }

    const Entry& entryAt(int row) const { return m_entries.at(row); }
    QString acknowledgementsText(const Entry& entry) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    UserDirectory m_directory;
    QString m_owner;
};

} // namespace somdesk
