#include "dialogs/RecordReferralDialog.h"

#include "dialogs/DialogFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace somdesk {

RecordReferralDialog::RecordReferralDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc,
                                           QWidget* parent)
    : CaseworkDialog(tr("Record a MAPPA referral decision"),
                     tr("Decision on referring %1 to MAPPA level 2 or 3, by %2.").arg(nominal, by), parent)
{
    auto* form = new QFormLayout();
    m_date = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of the decision"));
    form->addRow(tr("&Decided on:"), m_date);
    m_decision = new QComboBox(this);
    m_decision->addItem(tr("Refer to MAPPA"), 1);
    m_decision->addItem(tr("Do not refer"), 0);
    m_decision->setAccessibleName(tr("Decision"));
    form->addRow(tr("D&ecision:"), m_decision);
    m_level = new QComboBox(this);
    m_level->addItem(tr("Level 2 (multi-agency public protection)"), 2);
    m_level->addItem(tr("Level 3 (senior management oversight)"), 3);
    m_level->setAccessibleName(tr("Level referred to"));
    form->addRow(tr("&Level:"), m_level);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] { refreshEnabled(); });
    m_reason = dialogFields::textBox(this, tr("The reasons for the decision, as they will be read in a review"), 90);
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(form);
    finish(tr("&Record decision"));
    addField(QStringLiteral("decided_on"), tr("Decided on"), m_date);
    addField(QStringLiteral("referred"), tr("Decision"), m_decision);
    addField(QStringLiteral("level"), tr("Level"), m_level);
    addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    addField(QStringLiteral("by"), tr("Decided by"), nullptr);
    setMinimumWidth(500);
    m_date->setFocus();
}

MappaReferral RecordReferralDialog::referral() const
{
    MappaReferral r;
    r.decidedOn = m_date->date();
    r.referred = m_decision->currentData().toInt() == 1;
    if (r.referred) {
        r.level = m_level->currentData().toInt();
    }
    r.reason = m_reason->toPlainText().trimmed();
    return r;
}

bool RecordReferralDialog::checkBeforeSend()
{
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_reason, tr("Reason: required, whichever the decision."));
        return false;
    }
    return true;
}

void RecordReferralDialog::refreshEnabled()
{
    m_level->setEnabled(m_decision->currentData().toInt() == 1);
}

} // namespace somdesk
