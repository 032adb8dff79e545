#pragma once

// Raises a concern on the record shown with its request to re-evaluate the risk, in one call:
// the concern in words, the risk level proposed, the rationale, and whether the concern is
// escalating. The request joins the inspectors' queue (risk.escalation_review).

#include "core/Domain.h"
#include "core/casework/CaseworkRecord.h"
#include "dialogs/CaseworkDialog.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace somdesk {

class RaiseConcernDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RaiseConcernDialog(const QString& nominal, const QString& by, RiskLevel current, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const NewConcern&)> submit)
    {
        setSubmit(std::move(submit), [this] { return concern(); });
    }

    NewConcern concern() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QPlainTextEdit* rationaleEdit() const { return m_rationale; }
    QComboBox* riskBox() const { return m_risk; }

protected:
    bool checkBeforeSend() override;

private:
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_risk = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QCheckBox* m_escalating = nullptr;
};

} // namespace somdesk
