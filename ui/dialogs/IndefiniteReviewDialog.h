#pragma once

// An inspector's decision on the review of an indefinite notification period: the date (not
// after today), continue or discharge, and the reason, which is required (the send button
// stays off while it is blank). The dialog says in words that a discharge removes the person
// from the register from its date.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace somdesk {

class IndefiniteReviewDialog : public CaseworkDialog {
    Q_OBJECT

public:
    IndefiniteReviewDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc,
                           QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const IndefiniteReviewDecision&)> submit)
    {
        setSubmit(std::move(submit), [this] { return decision(); });
    }

    IndefiniteReviewDecision decision() const;
    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLabel* warningLabel() const { return m_warning; }

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QDateEdit* m_date = nullptr;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace somdesk
