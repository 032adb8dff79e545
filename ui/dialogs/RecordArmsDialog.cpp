#include "dialogs/RecordArmsDialog.h"

#include "models/Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace somdesk {

RecordArmsDialog::RecordArmsDialog(const QString& nominal, const QString& by, const QStringList& riskFactors,
                                   const QStringList& protectiveFactors, const QDateTime& nowUtc, QWidget* parent)
    : QDialog(parent), m_by(by)
{
    setWindowTitle(tr("Record an ARMS assessment"));
    const QDate today = nowUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London"))).date();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("ARMS assessment of %1, by %2. Rate every factor.").arg(nominal, by), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout();
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    form->addRow(tr("&Completed on:"), m_date);
    m_agency = new QComboBox(this);
    m_agency->addItem(tr("Police"), int(LeadAgency::Police));
    m_agency->addItem(tr("Probation"), int(LeadAgency::Probation));
    form->addRow(tr("&Lead agency:"), m_agency);
    m_priority = new QComboBox(this);
    for (RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::VeryHigh}) {
        m_priority->addItem(Labels::risk(level), int(level));
    }
    form->addRow(tr("&Priority:"), m_priority);
    layout->addLayout(form);

    auto* factors = new QHBoxLayout();
    auto* riskBox = new QGroupBox(tr("Risk factors"), this);
    auto* riskForm = new QFormLayout(riskBox);
    for (const QString& f : riskFactors) {
        m_risk << addFactor(riskForm, f);
    }
    auto* protectiveBox = new QGroupBox(tr("Protective factors"), this);
    auto* protectiveForm = new QFormLayout(protectiveBox);
    for (const QString& f : protectiveFactors) {
        m_protective << addFactor(protectiveForm, f);
    }
    factors->addWidget(riskBox);
    factors->addWidget(protectiveBox, 0, Qt::AlignTop);
    layout->addLayout(factors);

    auto* summaryLabel = new QLabel(tr("&Summary:"), this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    summaryLabel->setBuddy(m_summary);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_summary);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record assessment"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordArmsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_date->setFocus();
}

QComboBox* RecordArmsDialog::addFactor(QFormLayout* form, const QString& factor)
{
    auto* box = new QComboBox(this);
    box->addItem(tr("— not rated —"), -1);
    box->addItem(tr("Absent"), int(FactorRatingValue::Absent));
    box->addItem(tr("Partly"), int(FactorRatingValue::Partly));
    box->addItem(tr("Present"), int(FactorRatingValue::Present));
    box->setProperty("factor", factor);
    auto* label = new QLabel(Labels::policyName(factor) + QLatin1Char(':'), this);
    label->setBuddy(box);
    form->addRow(label, box);
    return box;
}

QComboBox* RecordArmsDialog::ratingBox(const QString& factor) const
{
    for (QComboBox* box : m_risk + m_protective) {
        if (box->property("factor").toString() == factor) {
            return box;
        }
    }
    return nullptr;
}

ArmsAssessment RecordArmsDialog::assessment() const
{
    ArmsAssessment a;
    a.completedOn = m_date->date();
    a.by = m_by;
    a.leadAgency = static_cast<LeadAgency>(m_agency->currentData().toInt());
    a.priority = static_cast<RiskLevel>(m_priority->currentData().toInt());
    auto ratings = [](const QList<QComboBox*>& boxes) {
        QList<FactorRating> result;
        for (const QComboBox* box : boxes) {
            if (const int value = box->currentData().toInt(); value >= 0) {
                result.append({box->property("factor").toString(), static_cast<FactorRatingValue>(value), {}});
            }
        }
        return result;
    };
    a.riskFactors = ratings(m_risk);
    a.protectiveFactors = ratings(m_protective);
    if (const QString summary = m_summary->toPlainText().trimmed(); !summary.isEmpty()) {
        a.summary = summary;
    }
    return a;
}

void RecordArmsDialog::setBusy(bool busy)
{
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_error && w->parentWidget() == this) {
            w->setEnabled(!busy);
        }
    }
    if (busy) {
        m_error->hide();
    }
}

void RecordArmsDialog::showError(const QString& message)
{
    // "risk_factors: \"denial\" is not rated …", "completed_on: in the future …".
    static const QRegularExpression fieldPrefix(QStringLiteral("^([a-z_]+)(?:\\[\\d+\\])?(?:\\.[a-z]+)?: (.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = fieldPrefix.match(message);
    const QHash<QString, QString> labels{{QStringLiteral("completed_on"), tr("Completed on")},
                                         {QStringLiteral("risk_factors"), tr("Risk factors")},
                                         {QStringLiteral("protective_factors"), tr("Protective factors")},
                                         {QStringLiteral("summary"), tr("Summary")},
                                         {QStringLiteral("by"), tr("Assessor")}};
    if (match.hasMatch() && labels.contains(match.captured(1))) {
        m_error->setText(tr("%1: %2").arg(labels.value(match.captured(1)), match.captured(2)));
    } else {
        m_error->setText(message);
    }
    m_error->show();
}

QString RecordArmsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecordArmsDialog::accept()
{
    // Every factor rated before anything is sent: name the first one left.
    for (QComboBox* box : m_risk + m_protective) {
        if (box->currentData().toInt() < 0) {
            const bool risk = m_risk.contains(box);
            m_error->setText(tr("%1: “%2” is not rated (rate every factor)")
                                 .arg(risk ? tr("Risk factors") : tr("Protective factors"),
                                      Labels::policyName(box->property("factor").toString())));
            m_error->show();
            box->setFocus();
            return;
        }
    }
    if (m_submit) {
        setBusy(true);
        m_submit(assessment());
    } else {
        QDialog::accept();
    }
}

void RecordArmsDialog::finishAccepted()
{
    QDialog::accept();
}

} // namespace somdesk
