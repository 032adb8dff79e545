#include "dialogs/RecordScreeningDialog.h"

#include "dialogs/DialogFields.h"

#include <QDateEdit>

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace somdesk {

RecordScreeningDialog::RecordScreeningDialog(const QString& nominal, const QString& by, int currentLevel,
                                             const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Record a MAPPA screening"),
                     tr("MAPPA screening of %1, recorded by %2. The level it decides becomes the record's MAPPA level.")
                         .arg(nominal, by),
                     parent)
{
    auto* form = new QFormLayout();
    m_date = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of the screening"));
    form->addRow(tr("&Date:"), m_date);
    m_level = new QSpinBox(this);
    m_level->setRange(1, 3);
    m_level->setValue(std::clamp(currentLevel, 1, 3));
    m_level->setPrefix(tr("Level "));
    m_level->setAccessibleName(tr("MAPPA level decided"));
    form->addRow(tr("&Outcome:"), m_level);
    m_rationale = dialogFields::textBox(this, tr("Why this level: the risk, the agencies involved, the plan"), 80);
    m_rationale->setAccessibleName(tr("Rationale"));
    form->addRow(tr("&Rationale:"), m_rationale);
    body()->addLayout(form);
    finish(tr("&Record screening"));
    addField(QStringLiteral("date"), tr("Date"), m_date);
    addField(QStringLiteral("level"), tr("Outcome"), m_level);
    addField(QStringLiteral("rationale"), tr("Rationale"), m_rationale);
    setMinimumWidth(480);
    m_date->setFocus();
}

Screening RecordScreeningDialog::screening() const
{
    Screening s;
    s.date = m_date->date();
    s.level = m_level->value();
    if (const QString r = m_rationale->toPlainText().trimmed(); !r.isEmpty()) {
        s.rationale = r;
    }
    return s;
}

bool RecordScreeningDialog::checkBeforeSend()
{
    // A screening without its reasons is not a defensible decision.
    if (m_rationale->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_rationale, tr("Rationale: required. Say why the screening decided this level."));
        return false;
    }
    return true;
}

} // namespace somdesk
