#include "dialogs/IndefiniteReviewDialog.h"

#include "dialogs/DialogFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace somdesk {

IndefiniteReviewDialog::IndefiniteReviewDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc,
                                               QWidget* parent)
    : CaseworkDialog(tr("Record an indefinite-review decision"),
                     tr("Decision on the review of the indefinite notification period of %1, by %2.").arg(nominal, by),
                     parent)
{
    auto* form = new QFormLayout();
    m_date = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of the decision"));
    form->addRow(tr("&Decided on:"), m_date);
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("Continue the notification requirements"), static_cast<int>(IndefiniteOutcome::Continue));
    m_outcome->addItem(tr("Discharge from the notification requirements"),
                       static_cast<int>(IndefiniteOutcome::Discharge));
    m_outcome->setAccessibleName(tr("Outcome"));
    form->addRow(tr("&Outcome:"), m_outcome);
    m_reason = dialogFields::textBox(this, tr("The reasons for the decision, as they will be read in a review"), 90);
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(form);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("dischargeWarning"));
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("What the decision does"));
    body()->addWidget(m_warning);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] { refreshEnabled(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &IndefiniteReviewDialog::refreshEnabled);
    finish(tr("&Record decision"));
    addField(QStringLiteral("on"), tr("Decided on"), m_date);
    addField(QStringLiteral("outcome"), tr("Outcome"), m_outcome);
    addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    addField(QStringLiteral("by"), tr("Decided by"), nullptr);
    setMinimumWidth(500);
    refreshEnabled();
    m_date->setFocus();
}

IndefiniteReviewDecision IndefiniteReviewDialog::decision() const
{
    IndefiniteReviewDecision d;
    d.on = m_date->date();
    d.outcome = static_cast<IndefiniteOutcome>(m_outcome->currentData().toInt());
    d.reason = m_reason->toPlainText().trimmed();
    return d;
}

bool IndefiniteReviewDialog::checkBeforeSend()
{
    // The button is off while the reason is blank; Enter or a test may still get here.
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_reason, tr("Reason: required, whichever the outcome."));
        return false;
    }
    return true;
}

void IndefiniteReviewDialog::refreshEnabled()
{
    const bool discharge = m_outcome->currentData().toInt() == static_cast<int>(IndefiniteOutcome::Discharge);
    m_warning->setText(discharge ? tr("Discharge removes the person from the register from the date of the decision: "
                                      "no alert is raised for them after it, and no further review is recorded.")
                                 : tr("Continuing keeps the notification requirements; the next review falls due in "
                                      "8 years."));
    if (QPushButton* ok = okButton()) {
        ok->setEnabled(m_reason->isEnabled() && !m_reason->toPlainText().trimmed().isEmpty());
    }
}

} // namespace somdesk
