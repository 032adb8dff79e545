#pragma once

// The Re-evaluations tab: the risk re-evaluations awaiting an inspector's decision, oldest
// first, each with the nominal, the level now and the level proposed, who asked and when;
// the selected request's rationale and triggering entry in full below; the case one click
// away, and (for inspectors) Approve and Reject.

#include "core/ReviewQueue.h"
#include "models/UserDirectory.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace somdesk {

class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Requested, Nominal, RiskNow, Proposed, RequestedBy, Entry, ColumnCount };
    Q_ENUM(Column)

    explicit ReviewQueueModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setItems(const QList<ReviewQueueItem>& items, const UserDirectory& directory);
    const ReviewQueueItem& itemAt(int row) const { return m_items.at(row); }
    QString person(const QString& username) const { return m_directory.displayName(username); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ReviewQueueItem> m_items; // the service's order: oldest first
    UserDirectory m_directory;
};

class ReviewQueueView : public QWidget {
    Q_OBJECT

public:
    explicit ReviewQueueView(bool mayDecide, QWidget* parent = nullptr);

    void setItems(const QList<ReviewQueueItem>& items, const UserDirectory& directory);
    void setError(const QString& message);
    std::optional<ReviewQueueItem> selectedItem() const;
    bool selectRequest(const QString& ref, const QString& entry);

    QTableView* table() const { return m_table; }
    ReviewQueueModel* model() const { return m_model; }
    QString heading() const;
    QString detailText() const;

signals:
    void openCaseRequested(const QString& ref);
    void decideRequested(const ReviewQueueItem& item, ReviewDecision decision);

private:
    void updateDetail();

    bool m_mayDecide;
    ReviewQueueModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace somdesk
