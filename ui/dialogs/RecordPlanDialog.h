#pragma once

// Records a new version of the risk management plan of the record shown: the date it takes
// effect (not after today, not before the latest version), the visit interval in days if the
// plan sets one, its escalation triggers in words, the person's own trigger phrases (one a
// line; an entry containing one asks an inspector for a MAPPA referral decision), and a
// summary. Plans are versions, never edited: the form starts from the latest version's values.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

#include <optional>

class QCheckBox;
class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

namespace somdesk {

class RecordPlanDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordPlanDialog(const QString& nominal, const QString& by, const std::optional<Plan>& latest,
                     const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const Plan&)> submit)
    {
        setSubmit(std::move(submit), [this] { return plan(); });
    }

    Plan plan() const;

    // For tests and the keyboard.
    QPlainTextEdit* phrasesEdit() const { return m_phrases; }

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QStringList phrases() const;

    QDateEdit* m_from = nullptr;
    QCheckBox* m_intervalSet = nullptr;
    QSpinBox* m_interval = nullptr;
    QPlainTextEdit* m_triggers = nullptr;
    QPlainTextEdit* m_phrases = nullptr;
    QPlainTextEdit* m_summary = nullptr;
};

} // namespace somdesk
