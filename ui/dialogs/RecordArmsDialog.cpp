#include "dialogs/RecordArmsDialog.h"

#include "models/Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace somdesk {

RecordArmsDialog::RecordArmsDialog(const QString& nominal, const QString& by, const QStringList& riskFactors,
                                   const QStringList& protectiveFactors, const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Record an ARMS assessment"),
                     tr("ARMS assessment of %1, by %2. Rate every factor.").arg(nominal, by), parent)
{
    const QDate today = nowUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London"))).date();
    QVBoxLayout* layout = body();

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

    finish(tr("&Record assessment"));
    addField(QStringLiteral("completed_on"), tr("Completed on"), m_date);
    addField(QStringLiteral("lead_agency"), tr("Lead agency"), m_agency);
    addField(QStringLiteral("priority"), tr("Priority"), m_priority);
    addField(QStringLiteral("risk_factors"), tr("Risk factors"), m_risk.value(0));
    addField(QStringLiteral("protective_factors"), tr("Protective factors"), m_protective.value(0));
    addField(QStringLiteral("summary"), tr("Summary"), m_summary);
    addField(QStringLiteral("by"), tr("Assessor"), nullptr);
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
    watch(box);
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

bool RecordArmsDialog::checkBeforeSend()
{
    // Every factor rated before anything is sent: name the first one left.
    for (QComboBox* box : m_risk + m_protective) {
        if (box->currentData().toInt() < 0) {
            const bool risk = m_risk.contains(box);
            showFieldError(box, tr("%1: “%2” is not rated (rate every factor)")
                                    .arg(risk ? tr("Risk factors") : tr("Protective factors"),
                                         Labels::policyName(box->property("factor").toString())));
            return false;
        }
    }
    return true;
}

} // namespace somdesk
