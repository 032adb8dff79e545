#pragma once

// An inspector's MAPPA referral decision on the record shown: decided on (not after today),
// referred or not, the level referred to (2 or 3), and the reason, which is required either way
// (a decision not to refer is defensible only with its reasons).

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace somdesk {

class RecordReferralDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordReferralDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const MappaReferral&)> submit)
    {
        setSubmit(std::move(submit), [this] { return referral(); });
    }

    MappaReferral referral() const;
    QComboBox* decisionBox() const { return m_decision; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QDateEdit* m_date = nullptr;
    QComboBox* m_decision = nullptr;
    QComboBox* m_level = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace somdesk
