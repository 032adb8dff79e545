#pragma once

// An inspector approves or rejects one risk re-evaluation, with a reason that cannot be
// empty. The dialog shows the request beside the decision: the nominal, the level now and the
// level proposed, who asked and why, and the entry that triggered it.

#include "core/ReviewQueue.h"
#include "dialogs/CaseworkDialog.h"

class QLabel;
class QPlainTextEdit;

namespace somdesk {

class DecideReviewDialog : public CaseworkDialog {
    Q_OBJECT

public:
    // `requestedBy` by name and collar number; `decision` approved or rejected.
    DecideReviewDialog(const ReviewQueueItem& item, ReviewDecision decision, const QString& requestedBy,
                       QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const QString&)> submit)
    {
        setSubmit(std::move(submit), [this] { return reason(); });
    }

    ReviewDecision decision() const { return m_decision; }
    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    ReviewDecision m_decision;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace somdesk
