#include "dialogs/RecordPlanDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace somdesk {

RecordPlanDialog::RecordPlanDialog(const QString& nominal, const QString& by, const std::optional<Plan>& latest,
                                   const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Record a risk management plan"),
                     latest ? tr("New version of the risk management plan of %1, by %2. It replaces the version "
                                 "of %3, whose values it starts from.")
                                  .arg(nominal, by, Labels::date(latest->from))
                            : tr("First risk management plan of %1, by %2.").arg(nominal, by),
                     parent)
{
    const QDate today = londonToday(nowUtc);
    auto* form = new QFormLayout();
    m_from = dialogFields::pastDate(this, today, tr("Date the plan takes effect"));
    if (latest) {
        m_from->setMinimumDate(std::min(latest->from, today));
    }
    form->addRow(tr("&From:"), m_from);

    auto* intervalRow = new QHBoxLayout();
    m_intervalSet = new QCheckBox(tr("&Visit every"), this);
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 366);
    m_interval->setSuffix(tr(" days"));
    m_interval->setValue(28);
    m_interval->setAccessibleName(tr("Visit interval in days"));
    if (latest && latest->visitIntervalDays) {
        m_intervalSet->setChecked(true);
        m_interval->setValue(*latest->visitIntervalDays);
    }
    m_interval->setEnabled(m_intervalSet->isChecked());
    connect(m_intervalSet, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    auto* intervalNote = new QLabel(tr("(otherwise the interval for the risk level)"), this);
    intervalRow->addWidget(m_intervalSet);
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(intervalNote);
    intervalRow->addStretch();
    form->addRow(tr("Visits:"), intervalRow);

    m_triggers = dialogFields::textBox(this, tr("e.g. loss of accommodation; contact with the victim's family"), 60);
    m_triggers->setAccessibleName(tr("Escalation triggers"));
    form->addRow(tr("&Escalation triggers:"), m_triggers);

    m_phrases = dialogFields::textBox(this, tr("One a line, e.g. “new partner with children”"), 80);
    m_phrases->setAccessibleName(tr("Trigger phrases, one a line"));
    m_phrases->setToolTip(tr("An entry that contains one of these phrases asks an inspector to decide on a MAPPA "
                             "referral. Case, spacing and typographic apostrophes do not matter."));
    form->addRow(tr("Trigger &phrases:"), m_phrases);

    m_summary = dialogFields::textBox(this, QString(), 80);
    m_summary->setAccessibleName(tr("Summary of the plan"));
    form->addRow(tr("&Summary:"), m_summary);
    if (latest) {
        m_triggers->setPlainText(latest->escalationTriggers.value_or(QString()));
        m_phrases->setPlainText(latest->triggerPhrases.join(QLatin1Char('\n')));
        m_summary->setPlainText(latest->summary.value_or(QString()));
    }
    body()->addLayout(form);

    finish(tr("&Record plan"));
    addField(QStringLiteral("from"), tr("From"), m_from);
    addField(QStringLiteral("visit_interval_days"), tr("Visit interval"), m_interval);
    addField(QStringLiteral("escalation_triggers"), tr("Escalation triggers"), m_triggers);
    addField(QStringLiteral("trigger_phrases"), tr("Trigger phrases"), m_phrases);
    addField(QStringLiteral("summary"), tr("Summary"), m_summary);
    setMinimumWidth(520);
    m_from->setFocus();
}

QStringList RecordPlanDialog::phrases() const
{
    QStringList out;
    for (const QString& line : m_phrases->toPlainText().split(QLatin1Char('\n'))) {
        if (const QString phrase = line.simplified(); !phrase.isEmpty()) {
            out << phrase;
        }
    }
    return out;
}

Plan RecordPlanDialog::plan() const
{
    Plan p;
    p.from = m_from->date();
    if (m_intervalSet->isChecked()) {
        p.visitIntervalDays = m_interval->value();
    }
    if (const QString t = m_triggers->toPlainText().trimmed(); !t.isEmpty()) {
        p.escalationTriggers = t;
    }
    p.triggerPhrases = phrases();
    if (const QString s = m_summary->toPlainText().trimmed(); !s.isEmpty()) {
        p.summary = s;
    }
    return p;
}

bool RecordPlanDialog::checkBeforeSend()
{
    // The same phrase twice is a typing slip the service would refuse; name it here.
    const QStringList list = phrases();
    for (qsizetype i = 0; i < list.size(); ++i) {
        for (qsizetype k = 0; k < i; ++k) {
            if (list[k].compare(list[i], Qt::CaseInsensitive) == 0) {
                showFieldError(m_phrases, tr("Trigger phrases: “%1” is given twice").arg(list[i]));
                return false;
            }
        }
    }
    return true;
}

void RecordPlanDialog::refreshEnabled()
{
    m_interval->setEnabled(m_intervalSet->isChecked());
}

} // namespace somdesk
