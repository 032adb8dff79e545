#include "dialogs/PurposeDialog.h"
#include "core/Purposes.h"
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
    // The purposes are the one list of core/Purposes.h: chosen, never typed, so no free text
    // about a person reaches the audit trail. Some need their reference number.
    for (const purposes::PurposeInfo& p : purposes::all()) {
        m_reason->addItem(p.needsReference ? tr("%1 (with its reference)").arg(p.code) : p.code, p.code);
        m_reason->setItemData(m_reason->count() - 1, p.description, Qt::ToolTipRole);
    }
    form->addRow(tr("&Purpose:"), m_reason);
    m_detail = new QLineEdit(this);
    m_detail->setPlaceholderText(tr("The reference number, e.g. a log, case or request number"));
    m_detail->setMaxLength(40);
    form->addRow(tr("&Reference:"), m_detail);
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
    auto composed = purposes::compose(m_reason->currentData().toString(), m_detail->text().trimmed());
    return composed ? *composed : QString();
}

QString PurposeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PurposeDialog::accept()
{
    auto composed = purposes::compose(m_reason->currentData().toString(), m_detail->text().trimmed());
    if (!composed) {
        m_error->setText(composed.error().message);
        m_error->show();
        m_detail->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace somdesk
