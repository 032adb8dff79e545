#pragma once

// A supervisor's management-mode decision on the record shown: the current mode and since
// when, the date (not after today), a decision that fits the mode (stay active or move to
// reactive management while active; stay reactive or return to active management while
// reactive), and the reason, which is required: the send button stays off while it is blank.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

#include <optional>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace somdesk {

class ManagementDecisionDialog : public CaseworkDialog {
    Q_OBJECT

public:
    ManagementDecisionDialog(const QString& nominal, const QString& by, ManagementMode mode,
                             const std::optional<QDate>& since, const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const ManagementDecision&)> submit)
    {
        setSubmit(std::move(submit), [this] { return decision(); });
    }

    ManagementDecision decision() const;
    QComboBox* decisionBox() const { return m_decision; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QDateEdit* dateEdit() const { return m_date; }
    // Selects a decision when the mode offers it (false otherwise).
    bool selectDecision(ManagementDecisionKind kind);

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QDateEdit* m_date = nullptr;
    QComboBox* m_decision = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace somdesk
