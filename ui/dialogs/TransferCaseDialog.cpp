#include "dialogs/TransferCaseDialog.h"

#include "dialogs/DialogFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace somdesk {

TransferCaseDialog::TransferCaseDialog(const QString& nominal, const QString& by, const QString& owner,
                                       const QString& ownerName, const QList<QPair<QString, QString>>& candidates,
                                       const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Transfer the case"),
                     tr("Transfer of %1 to another colleague, by %2. The new owner acknowledges the transfer "
                        "and the chronology entry that records it.")
                         .arg(nominal, by),
                     parent),
      m_from(owner)
{
    auto* form = new QFormLayout();
    m_date = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of the transfer"));
    form->addRow(tr("&Transferred on:"), m_date);
    auto* current = new QLabel(ownerName, this);
    current->setObjectName(QStringLiteral("currentOwner"));
    current->setAccessibleName(tr("Current owner"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Current owner:"), current);
    m_to = new QComboBox(this);
    m_to->setAccessibleName(tr("New owner"));
    m_to->addItem(tr("Choose the new owner"), QString());
    for (const auto& [username, display] : candidates) {
        if (username != owner) {
            m_to->addItem(display, username);
        }
    }
    form->addRow(tr("&New owner:"), m_to);
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] { refreshEnabled(); });
    body()->addLayout(form);
    if (m_to->count() == 1) {
        auto* none = new QLabel(tr("No colleague in your scope can take the case."), this);
        none->setWordWrap(true);
        body()->addWidget(none);
    }
    finish(tr("&Transfer"));
    addField(QStringLiteral("on"), tr("Transferred on"), m_date);
    addField(QStringLiteral("to"), tr("New owner"), m_to);
    addField(QStringLiteral("from"), tr("Current owner"), nullptr);
    setMinimumWidth(480);
    refreshEnabled();
    m_date->setFocus();
}

Transfer TransferCaseDialog::transfer() const
{
    Transfer t;
    t.on = m_date->date();
    t.from = m_from;
    t.to = m_to->currentData().toString();
    return t;
}

bool TransferCaseDialog::checkBeforeSend()
{
    // The button is off until a new owner is chosen; Enter or a test may still get here.
    if (m_to->currentData().toString().isEmpty()) {
        showFieldError(m_to, tr("New owner: required. Choose who takes the case."));
        return false;
    }
    return true;
}

void TransferCaseDialog::refreshEnabled()
{
    if (QPushButton* ok = okButton()) {
        ok->setEnabled(m_to->isEnabled() && !m_to->currentData().toString().isEmpty());
    }
}

} // namespace somdesk
