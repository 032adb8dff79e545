#include "dialogs/OverrideAlertDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace somdesk {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString dueWords(const Alert& a)
{
    if (!a.due) {
        return QCoreApplication::translate("somdesk::OverrideAlertDialog", "No due date (for information)");
    }
    if (a.status == AlertStatus::Overdue && a.daysOverdue > 0) {
        return QCoreApplication::translate("somdesk::OverrideAlertDialog", "%1, overdue by %n day(s)", nullptr,
                                           a.daysOverdue)
            .arg(Labels::date(*a.due));
    }
    return Labels::date(*a.due);
}

} // namespace

OverrideAlertDialog::OverrideAlertDialog(const Alert& alert, const QString& nominal, const QString& owner,
                                         const QString& by, QWidget* parent)
    : CaseworkDialog(tr("Override an alert"),
                     tr("Override by %1. The alert is then no longer listed; the override and its reason are kept "
                        "with the record and in the audit trail, and reports count the alert as overridden, not as "
                        "done.")
                         .arg(by),
                     parent),
      m_alert(alert)
{
    auto* form = new QFormLayout();
    m_alertValue =
        valueLabel(this, tr("%1 (%2)").arg(Labels::ruleTitle(alert.rule), Labels::alertStatus(alert.status).toLower()),
                   QStringLiteral("alertValue"));
    m_alertValue->setAccessibleName(tr("Alert"));
    form->addRow(tr("Alert:"), m_alertValue);
    m_nominalValue = valueLabel(this, nominal, QStringLiteral("nominalValue"));
    m_nominalValue->setAccessibleName(tr("Nominal"));
    form->addRow(tr("Nominal:"), m_nominalValue);
    m_dueValue = valueLabel(this, dueWords(alert), QStringLiteral("dueValue"));
    m_dueValue->setAccessibleName(tr("Due"));
    form->addRow(tr("Due:"), m_dueValue);
    if (!owner.isEmpty()) {
        auto* ownerValue = valueLabel(this, owner, QStringLiteral("ownerValue"));
        ownerValue->setAccessibleName(tr("For"));
        form->addRow(tr("For:"), ownerValue);
    }
    auto* why = valueLabel(this, alert.reason, QStringLiteral("whyValue"));
    why->setAccessibleName(tr("Why the alert is open"));
    form->addRow(tr("Why it is open:"), why);
    m_reason =
        dialogFields::textBox(this, tr("Why this alert needs no action: what was done instead, who decided"), 90);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the override"));
    form->addRow(tr("&Reason:"), m_reason); // the row's label is the box's buddy
    body()->addLayout(form);
    finish(tr("&Override alert"));
    addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideAlertDialog::refreshEnabled);
    refreshEnabled();
    setMinimumWidth(560);
    m_reason->setFocus();
}

QString OverrideAlertDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString OverrideAlertDialog::alertText() const
{
    return m_alertValue->text();
}

QString OverrideAlertDialog::nominalText() const
{
    return m_nominalValue->text();
}

QString OverrideAlertDialog::dueText() const
{
    return m_dueValue->text();
}

bool OverrideAlertDialog::checkBeforeSend()
{
    // The button is off while the reason is blank; Enter or a test may still get here.
    if (reason().isEmpty()) {
        showFieldError(m_reason, tr("Reason: required. Say why the alert needs no action."));
        return false;
    }
    return true;
}

void OverrideAlertDialog::refreshEnabled()
{
    if (QPushButton* ok = okButton()) {
        ok->setEnabled(m_reason->isEnabled() && !reason().isEmpty());
    }
}

} // namespace somdesk
