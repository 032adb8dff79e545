#include "dialogs/ManagementDecisionDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace somdesk {

ManagementDecisionDialog::ManagementDecisionDialog(const QString& nominal, const QString& by, ManagementMode mode,
                                                   const std::optional<QDate>& since, const QDateTime& nowUtc,
                                                   QWidget* parent)
    : CaseworkDialog(tr("Record a management decision"), tr("Decision on how %1 is managed, by %2.").arg(nominal, by),
                     parent)
{
    auto* form = new QFormLayout();
    auto* current = new QLabel(
        since ? tr("%1 since %2").arg(Labels::management(mode), Labels::date(*since)) : Labels::management(mode), this);
    current->setObjectName(QStringLiteral("currentMode"));
    current->setAccessibleName(tr("Current management"));
    form->addRow(tr("Managed now:"), current);
    m_date = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of the decision"));
    if (since) {
        m_date->setMinimumDate(*since); // not before the current mode began
    }
    form->addRow(tr("&Decided on:"), m_date);
    m_decision = new QComboBox(this);
    m_decision->setAccessibleName(tr("Decision"));
    // Only the decisions that fit the current mode.
    if (mode == ManagementMode::Active) {
        m_decision->addItem(tr("Stay under active management"), static_cast<int>(ManagementDecisionKind::StayActive));
        m_decision->addItem(tr("Move to reactive management (low risk for the policy's years)"),
                            static_cast<int>(ManagementDecisionKind::MoveReactive));
    } else {
        m_decision->addItem(tr("Stay under reactive management"),
                            static_cast<int>(ManagementDecisionKind::StayReactive));
        m_decision->addItem(tr("Return to active management"), static_cast<int>(ManagementDecisionKind::ReturnActive));
    }
    form->addRow(tr("D&ecision:"), m_decision);
    m_reason = dialogFields::textBox(this, tr("The reasons for the decision, as they will be read in a review"), 90);
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ManagementDecisionDialog::refreshEnabled);
    body()->addLayout(form);
    finish(tr("&Record decision"));
    addField(QStringLiteral("on"), tr("Decided on"), m_date);
    addField(QStringLiteral("decision"), tr("Decision"), m_decision);
    addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    addField(QStringLiteral("by"), tr("Decided by"), nullptr);
    setMinimumWidth(500);
    refreshEnabled();
    m_date->setFocus();
}

bool ManagementDecisionDialog::selectDecision(ManagementDecisionKind kind)
{
    const int index = m_decision->findData(static_cast<int>(kind));
    if (index < 0) {
        return false;
    }
    m_decision->setCurrentIndex(index);
    return true;
}

ManagementDecision ManagementDecisionDialog::decision() const
{
    ManagementDecision d;
    d.on = m_date->date();
    d.decision = static_cast<ManagementDecisionKind>(m_decision->currentData().toInt());
    d.reason = m_reason->toPlainText().trimmed();
    return d;
}

bool ManagementDecisionDialog::checkBeforeSend()
{
    // The button is off while the reason is blank; Enter or a test may still get here.
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_reason, tr("Reason: required, whichever the decision."));
        return false;
    }
    return true;
}

void ManagementDecisionDialog::refreshEnabled()
{
    if (QPushButton* ok = okButton()) {
        ok->setEnabled(m_reason->isEnabled() && !m_reason->toPlainText().trimmed().isEmpty());
    }
}

} // namespace somdesk
