#include "dialogs/RecordCustodyDialog.h"

#include "dialogs/DialogFields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace somdesk {

RecordCustodyDialog::RecordCustodyDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc,
                                         QWidget* parent)
    : CaseworkDialog(tr("Record custody"),
                     tr("%1 in custody (a sentence or a recall), recorded by %2. The custody rules (MAPPA screenings) "
                        "apply from this date.")
                         .arg(nominal, by),
                     parent)
{
    const QDate today = londonToday(nowUtc);
    auto* form = new QFormLayout();
    m_from = dialogFields::pastDate(this, today, tr("Date custody began"));
    form->addRow(tr("&From:"), m_from);
    auto* row = new QHBoxLayout();
    m_releaseKnown = new QCheckBox(tr("&Expected release"), this);
    m_expected = new QDateEdit(today.addYears(1), this);
    m_expected->setCalendarPopup(true);
    m_expected->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    m_expected->setAccessibleName(tr("Expected release date"));
    m_expected->setEnabled(false);
    connect(m_releaseKnown, &QCheckBox::toggled, m_expected, &QWidget::setEnabled);
    row->addWidget(m_releaseKnown);
    row->addWidget(m_expected);
    row->addStretch();
    form->addRow(tr("Release:"), row);
    body()->addLayout(form);
    finish(tr("&Record custody"));
    addField(QStringLiteral("from"), tr("From"), m_from);
    addField(QStringLiteral("expected_release"), tr("Expected release"), m_expected);
    setMinimumWidth(460);
    m_from->setFocus();
}

CustodyPeriod RecordCustodyDialog::period() const
{
    CustodyPeriod c;
    c.from = m_from->date();
    if (m_releaseKnown->isChecked()) {
        c.expectedRelease = m_expected->date();
    }
    return c;
}

bool RecordCustodyDialog::checkBeforeSend()
{
    if (m_releaseKnown->isChecked() && m_expected->date() < m_from->date()) {
        showFieldError(m_expected, tr("Expected release: before the custody began"));
        return false;
    }
    return true;
}

void RecordCustodyDialog::refreshEnabled()
{
    m_expected->setEnabled(m_releaseKnown->isChecked());
}

} // namespace somdesk
