#include "dialogs/DecideReviewDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace somdesk {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& text, const QString& name, const QString& accessible)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessible);
    return label;
}

} // namespace

DecideReviewDialog::DecideReviewDialog(const ReviewQueueItem& item, ReviewDecision decision, const QString& requestedBy,
                                       QWidget* parent)
    : CaseworkDialog(decision == ReviewDecision::Approved ? tr("Approve a re-evaluation of risk")
                                                          : tr("Reject a re-evaluation of risk"),
                     decision == ReviewDecision::Approved
                         ? tr("Approving sets the risk level to the one proposed, from today, and adds it to the "
                              "risk history. The decision and its reason stay on the record and in the audit trail.")
                         : tr("Rejecting leaves the risk level as it is. The decision and its reason stay on the "
                              "record and in the audit trail."),
                     parent),
      m_decision(decision)
{
    auto* form = new QFormLayout();
    form->addRow(tr("Nominal:"),
                 valueLabel(this, tr("%1 (%2)").arg(Labels::personName(item.familyName, item.givenNames), item.ref),
                            QStringLiteral("nominalValue"), tr("Nominal")));
    form->addRow(tr("Risk level now:"),
                 valueLabel(this, Labels::risk(item.riskLevel), QStringLiteral("riskNowValue"), tr("Risk level now")));
    form->addRow(tr("Proposed:"), valueLabel(this, Labels::risk(item.review.proposedRiskLevel),
                                             QStringLiteral("proposedValue"), tr("Proposed risk level")));
    form->addRow(tr("Requested:"),
                 valueLabel(this, tr("%1 by %2").arg(Labels::londonDateTime(item.review.requestedAt), requestedBy),
                            QStringLiteral("requestedValue"), tr("Requested")));
    form->addRow(tr("Rationale:"), valueLabel(this, item.review.rationale, QStringLiteral("rationaleValue"),
                                              tr("Rationale of the request")));
    form->addRow(tr("Entry %1:").arg(item.review.entry),
                 valueLabel(this, item.entryText, QStringLiteral("entryValue"), tr("The entry that triggered it")));
    m_reason = dialogFields::textBox(this,
                                     decision == ReviewDecision::Approved
                                         ? tr("Why the proposed level is right: the history, pattern and "
                                              "intelligence you weighed")
                                         : tr("Why the level stays as it is"),
                                     90);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    form->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(form);
    finish(decision == ReviewDecision::Approved ? tr("&Approve") : tr("Re&ject"));
    addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecideReviewDialog::refreshEnabled);
    refreshEnabled();
    setMinimumWidth(600);
    m_reason->setFocus();
}

QString DecideReviewDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool DecideReviewDialog::checkBeforeSend()
{
    if (reason().isEmpty()) {
        showFieldError(m_reason, tr("Reason: required. Say why you decide so."));
        return false;
    }
    return true;
}

void DecideReviewDialog::refreshEnabled()
{
    if (QPushButton* ok = okButton()) {
        ok->setEnabled(m_reason->isEnabled() && !reason().isEmpty());
    }
}

} // namespace somdesk
