#pragma once

// A nominal's chronology (Nominal::entries): when (Europe/London), the entry id, type, author,
// text, the entries it refers to and who acknowledged it. Authors are shown by name where the user directory knows
// them.

#include "core/Domain.h"
#include "models/UserDirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace somdesk {

class ChronologyModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Id, Type, Author, Text, References, AcknowledgedBy, ColumnCount };
    Q_ENUM(Column)

    explicit ChronologyModel(QObject* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    void setDirectory(const UserDirectory& directory);
    // The owning officer: their own entries need no acknowledgement (rules.md), and say so.
    void setOwner(const QString& owner) { m_owner = owner; }
    bool isOwnEntry(const Entry& entry) const { return !m_owner.isEmpty() && entry.by == m_owner; }
    void clear() { setEntries({}); }

    const Entry& entryAt(int row) const { return m_entries.at(row); }
    // Who acknowledged, the owner first: only the owner's acknowledgement clears the owner's
    // alert (rules.md), so a colleague's is never shown as if it were theirs.
    QString acknowledgementsText(const Entry& entry) const;
    bool ownerAcknowledged(const Entry& entry) const;
    // The author's name, collar number and role, as the detail pane shows them.
    QString authorText(const Entry& entry) const { return m_directory.displayName(entry.by); }

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
