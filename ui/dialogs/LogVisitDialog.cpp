#include "dialogs/LogVisitDialog.h"

#include "models/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace somdesk {

LogVisitDialog::LogVisitDialog(const QString& nominal, const QString& by, const QStringList& checks,
                               const QDateTime& nowUtc, QWidget* parent)
    : QDialog(parent), m_by(by)
{
    const QDateTime london = nowUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
    const QDate today = london.date();
    setWindowTitle(tr("Log a visit"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Visit to %1, by %2.").arg(nominal, by), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

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

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log visit"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogVisitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    v.by = m_by;
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

void LogVisitDialog::setBusy(bool busy)
{
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_error && w != this && w->parentWidget() == this) {
            w->setEnabled(!busy);
        }
    }
    m_time->setEnabled(!busy && m_timeKnown->isChecked());
    if (busy) {
        m_error->hide();
    }
}

void LogVisitDialog::showError(const QString& message)
{
    // Service messages start with the field at fault: "date: in the future …", "checks[1]: …".
    static const QRegularExpression fieldPrefix(QStringLiteral("^([a-z_]+)(?:\\[\\d+\\])?: (.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = fieldPrefix.match(message);
    const QHash<QString, std::pair<QString, QWidget*>> fields{
        {QStringLiteral("date"), {tr("Date"), m_date}},
        {QStringLiteral("time"), {tr("Time"), m_time}},
        {QStringLiteral("type"), {tr("Type"), m_type}},
        {QStringLiteral("outcome"), {tr("Outcome"), m_outcome}},
        {QStringLiteral("verified"), {tr("Claims checked"), m_verified}},
        {QStringLiteral("checks"), {tr("What the visit verified"), m_checks.value(0)}},
        {QStringLiteral("by"), {tr("Visiting officer"), nullptr}},
    };
    if (match.hasMatch() && fields.contains(match.captured(1))) {
        const auto& [label, field] = fields.value(match.captured(1));
        showFieldError(field, tr("%1: %2").arg(label, match.captured(2)));
        return;
    }
    showFieldError(nullptr, message);
}

void LogVisitDialog::showFieldError(QWidget* field, const QString& text)
{
    m_error->setText(text);
    m_error->show();
    if (field != nullptr && field->isEnabled()) {
        field->setFocus();
    }
}

QString LogVisitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LogVisitDialog::accept()
{
    if (m_submit) {
        setBusy(true);
        m_submit(visit());
    } else {
        QDialog::accept();
    }
}

void LogVisitDialog::finishAccepted()
{
    QDialog::accept();
}

} // namespace somdesk
