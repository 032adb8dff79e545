#pragma once

// The checklist of one dip-sample record (docs/supervision-notes.md, "Dip sampling"): one row
// per policy item with its finding (compliant, not compliant, not applicable; none chosen at
// first) and a note, required for "not compliant". Beside it, the facts the rules see for the
// record (its open alerts and their reasons, the latest ARMS, the last visit, entries awaiting
// acknowledgement, pending re-evaluations), so the sergeant does not hunt for them. The
// dialog cannot be sent until every item has a finding and every "not compliant" a note.

#include "core/Domain.h"
#include "core/rules/Alert.h"
#include "dialogs/CaseworkDialog.h"

#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace somdesk {

class DipChecklistDialog : public CaseworkDialog {
    Q_OBJECT

public:
    // `nominal` and `officer` as the user reads them; `items` the policy's dip_sample_items.
    DipChecklistDialog(const QString& period, const QString& nominal, const QString& officer, const QString& by,
                       const QStringList& items, QWidget* parent = nullptr);

    // A policy item in words ("ARMS completed in time"); unknown names as they are.
    static QString itemWords(const QString& item);

    void setSubmitHandler(std::function<void(const QList<DipItem>&)> submit)
    {
        setSubmit(std::move(submit), [this] { return findings(); });
    }

    // The facts pane: the record's open alerts, then what the record read says.
    void setAlerts(const QList<Alert>& alerts);
    void setNominal(const Nominal& nominal, const QList<Alert>& alerts);
    void setFactsError(const QString& message);

    // The findings chosen, in policy order (items without a finding are left out).
    QList<DipItem> findings() const;
    int itemCount() const { return static_cast<int>(m_boxes.size()); }
    QComboBox* findingBox(int i) const { return m_boxes.at(i); }
    QLineEdit* noteEdit(int i) const { return m_notes.at(i); }
    void choose(int i, DipFinding finding);
    QString alertsText() const;
    QString factsText() const;

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QStringList m_items;
    QList<QComboBox*> m_boxes;
    QList<QLineEdit*> m_notes;
    QLabel* m_alerts = nullptr;
    QLabel* m_facts = nullptr;
};

} // namespace somdesk
