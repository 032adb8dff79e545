#pragma once

// The Dip sample tab (docs/supervision-notes.md, "Dip sampling"): the draws the user may see
// (a sergeant's own; an inspector's, those of the area's sergeants), the records of the draw
// chosen, and per officer and per checklist item how the completed records were found. A
// sergeant draws the month's sample here and opens a record's checklist by activating it.

#include "core/Domain.h"
#include "models/UserDirectory.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace somdesk {

class DipSampleView : public QWidget {
    Q_OBJECT

public:
    enum RecordColumn { Officer, Ref, Name, Completed, Findings, RecordColumnCount };

    explicit DipSampleView(QWidget* parent = nullptr);

    // `names` the nominals' names by ref; `thisMonth` the period a draw would be for;
    // `mayDraw` whether the user may draw and record (sergeants).
    void setSamples(const QList<DipSample>& samples, const UserDirectory& directory,
                    const QHash<QString, QString>& names, const QStringList& policyItems, const QString& thisMonth,
                    bool mayDraw);
    void setError(const QString& message);
    void setMessage(const QString& message);
    // Selects the draw of a period (after a draw), if listed.
    void selectPeriod(const QString& period);

    QTableView* samplesTable() const { return m_samplesTable; }
    QTableView* recordsTable() const { return m_recordsTable; }
    QTableView* summaryTable() const { return m_summaryTable; }
    QStandardItemModel* samplesModel() const { return m_samplesModel; }
    QStandardItemModel* recordsModel() const { return m_recordsModel; }
    QPushButton* drawButton() const { return m_draw; }
    QString messageText() const;
    // The draw chosen (null when none).
    const DipSample* currentSample() const;

signals:
    void drawRequested();
    // A record of the chosen draw was activated (Enter, double-click).
    void recordActivated(const QString& period, const QString& ref);

private:
    void showRecords();

    QList<DipSample> m_samples;
    UserDirectory m_directory;
    QHash<QString, QString> m_names;
    QStringList m_items;
    QLabel* m_message = nullptr;
    QPushButton* m_draw = nullptr;
    QTableView* m_samplesTable = nullptr;
    QTableView* m_recordsTable = nullptr;
    QTableView* m_summaryTable = nullptr;
    QLabel* m_recordsLabel = nullptr;
    QStandardItemModel* m_samplesModel = nullptr;
    QStandardItemModel* m_recordsModel = nullptr;
    QStandardItemModel* m_summaryModel = nullptr;
};

} // namespace somdesk
