#include "dialogs/LogVisitDialog.h"

#include "models/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace somdesk {

LogVisitDialog::LogVisitDialog(const QString& nominal, const QString& by, const QStringList& checks,
                               const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Log a visit"), tr("Visit to %1, by %2.").arg(nominal, by), parent)
{
    const QDateTime london = nowUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
    const QDate today = london.date();
    QVBoxLayout* layout = body();

    auto* form = new QFormLayout();
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    m_date->setAccessibleName(tr("Date of the visit"));
    form->addRow(tr("&Date:"), m_date);

    auto* timeRow = new QHBoxLayout();
    m_timeKnown = new QCheckBox(tr("&At"), this);
    m_timeKnown->setChecked(true);
    m_time = new QTimeEdit(QTime(london.time().hour(), london.time().minute()), this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time of the visit"));
    timeRow->addWidget(m_timeKnown);
    timeRow->addWidget(m_time);
    timeRow->addStretch();
    connect(m_timeKnown, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    form->addRow(tr("Time:"), timeRow);

    m_type = new QComboBox(this);
    m_type->addItem(tr("Home visit"), int(VisitType::Home));
    m_type->addItem(tr("Office visit"), int(VisitType::Office));
    m_type->addItem(tr("Other"), int(VisitType::Other));
    form->addRow(tr("&Type:"), m_type);

    m_announced = new QComboBox(this);
    m_announced->addItem(tr("Unannounced"), 0);
    m_announced->addItem(tr("Announced"), 1);
    m_announced->addItem(tr("Not recorded"), -1);
    form->addRow(tr("A&nnounced:"), m_announced);

    m_outcome = new QComboBox(this);
    m_outcome->setEditable(true);
    m_outcome->addItems({tr("Seen"), tr("No reply"), tr("Refused entry"), tr("Not at the address")});
    m_outcome->setAccessibleName(tr("Outcome of the visit"));
    form->addRow(tr("&Outcome:"), m_outcome);
    layout->addLayout(form);

    auto* checksBox = new QGroupBox(tr("What the visit verified"), this);
    auto* grid = new QGridLayout(checksBox);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        auto* box = new QCheckBox(Labels::policyName(checks[i]), checksBox);
        box->setProperty("check", checks[i]);
        m_checks << box;
        grid->addWidget(box, int(i / 3), int(i % 3));
    }
    layout->addWidget(checksBox);

    auto* verifiedLabel = new QLabel(tr("&Claims checked, and how:"), this);
    m_verified = new QPlainTextEdit(this);
    m_verified->setPlaceholderText(tr("e.g. employment confirmed with the employer by phone"));
    m_verified->setTabChangesFocus(true);
    verifiedLabel->setBuddy(m_verified);
    layout->addWidget(verifiedLabel);
    layout->addWidget(m_verified);

    finish(tr("&Log visit"));
    addField(QStringLiteral("date"), tr("Date"), m_date);
    addField(QStringLiteral("time"), tr("Time"), m_time);
    addField(QStringLiteral("type"), tr("Type"), m_type);
    addField(QStringLiteral("outcome"), tr("Outcome"), m_outcome);
    addField(QStringLiteral("verified"), tr("Claims checked"), m_verified);
    addField(QStringLiteral("checks"), tr("What the visit verified"), m_checks.value(0));
    addField(QStringLiteral("by"), tr("Visiting officer"), nullptr);
    m_date->setFocus();
}

QCheckBox* LogVisitDialog::checkBox(const QString& check) const
{
    for (QCheckBox* box : m_checks) {
        if (box->property("check").toString() == check) {
            return box;
        }
    }
    return nullptr;
}

Visit LogVisitDialog::visit() const
{
    Visit v;
    v.date = m_date->date();
    v.type = static_cast<VisitType>(m_type->currentData().toInt());
    if (const int announced = m_announced->currentData().toInt(); announced >= 0) {
        v.announced = announced == 1;
    }
    if (m_timeKnown->isChecked()) {
        const QTime t = m_time->time();
        v.time = QTime(t.hour(), t.minute());
    }
    if (const QString outcome = m_outcome->currentText().trimmed(); !outcome.isEmpty()) {
        v.outcome = outcome;
    }
    if (const QString verified = m_verified->toPlainText().trimmed(); !verified.isEmpty()) {
        v.verified = verified;
    }
    for (const QCheckBox* box : m_checks) { // policy order, as bundles keep it
        if (box->isChecked()) {
            v.checks << box->property("check").toString();
        }
    }
    return v;
}

void LogVisitDialog::refreshEnabled()
{
    m_time->setEnabled(m_timeKnown->isChecked());
}

} // namespace somdesk
