#include "dialogs/RaiseConcernDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace somdesk {

RaiseConcernDialog::RaiseConcernDialog(const QString& nominal, const QString& by, RiskLevel current, QWidget* parent)
    : CaseworkDialog(tr("Raise a concern"),
                     tr("Concern about %1, raised by %2, with a request to re-evaluate the risk (now %3). An inspector "
                        "decides on the request.")
                         .arg(nominal, by, Labels::risk(current).toLower()),
                     parent)
{
    auto* form = new QFormLayout();
    m_text = dialogFields::textBox(this, tr("What happened, who reported it, and when"), 100);
    m_text->setAccessibleName(tr("The concern"));
    form->addRow(tr("&Concern:"), m_text);
    m_risk = dialogFields::riskLevelBox(this, current);
    m_risk->setAccessibleName(tr("Proposed risk level"));
    form->addRow(tr("&Proposed risk:"), m_risk);
    m_rationale = dialogFields::textBox(this, tr("Why the risk should be this level"), 70);
    m_rationale->setAccessibleName(tr("Rationale"));
    form->addRow(tr("&Rationale:"), m_rationale);
    m_escalating = new QCheckBox(tr("The risk is &escalating"), this);
    form->addRow(QString(), m_escalating);
    body()->addLayout(form);
    finish(tr("&Raise concern"));
    addField(QStringLiteral("text"), tr("Concern"), m_text);
    addField(QStringLiteral("proposed_risk_level"), tr("Proposed risk"), m_risk);
    addField(QStringLiteral("rationale"), tr("Rationale"), m_rationale);
    addField(QStringLiteral("escalating"), tr("Escalating"), m_escalating);
    setMinimumWidth(520);
    m_text->setFocus();
}

NewConcern RaiseConcernDialog::concern() const
{
    NewConcern c;
    c.text = m_text->toPlainText().trimmed();
    c.proposedRiskLevel = static_cast<RiskLevel>(m_risk->currentData().toInt());
    c.rationale = m_rationale->toPlainText().trimmed();
    c.escalating = m_escalating->isChecked();
    return c;
}

bool RaiseConcernDialog::checkBeforeSend()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_text, tr("Concern: required. Write what happened."));
        return false;
    }
    if (m_rationale->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_rationale, tr("Rationale: required. Say why the risk should change."));
        return false;
    }
    return true;
}

} // namespace somdesk
