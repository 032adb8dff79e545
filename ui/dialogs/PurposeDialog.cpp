#include "dialogs/PurposeDialog.h"
#include "models/StatusColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace somdesk {

PurposeDialog::PurposeDialog(const QString& ref, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Why are you opening %1?").arg(ref));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 is not in your caseload. Opening it is recorded in the audit trail with the "
                                "purpose you give.")
                                 .arg(ref),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    m_reason = new QComboBox(this);
    // The words are data: they are kept in the audit row as written here.
    m_reason->addItems({QStringLiteral("Intelligence check"), QStringLiteral("Covering for a colleague"),
                        QStringLiteral("Public protection enquiry"), QStringLiteral("Joint visit"),
                        QStringLiteral("Other")});
    form->addRow(tr("&Purpose:"), m_reason);
    m_detail = new QLineEdit(this);
    m_detail->setPlaceholderText(tr("What for, e.g. the incident or colleague (required for Other)"));
    m_detail->setMaxLength(200);
    form->addRow(tr("&Details:"), m_detail);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(colours::error(palette()).name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open the record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PurposeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_detail, &QLineEdit::textChanged, m_error, &QWidget::hide);
    setMinimumWidth(460);
    m_reason->setFocus();
}

QString PurposeDialog::purpose() const
{
    const QString detail = m_detail->text().simplified();
    return detail.isEmpty() ? m_reason->currentText() : QStringLiteral("%1: %2").arg(m_reason->currentText(), detail);
}

QString PurposeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PurposeDialog::accept()
{
    if (m_reason->currentText() == QLatin1String("Other") && m_detail->text().trimmed().isEmpty()) {
        m_error->setText(tr("Details: say what the record is opened for."));
        m_error->show();
        m_detail->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace somdesk
