#include "dialogs/CaseworkDialog.h"
#include "models/StatusColours.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace somdesk {

CaseworkDialog::CaseworkDialog(const QString& title, const QString& intro, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    m_layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("intro"));
    introLabel->setWordWrap(true);
    m_layout->addWidget(introLabel);
}

void CaseworkDialog::finish(const QString& okText)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(colours::error(palette()).name()));
    m_error->hide();
    m_layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseworkDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* CaseworkDialog::okButton() const
{
    return m_buttons != nullptr ? m_buttons->button(QDialogButtonBox::Ok) : nullptr;
}

void CaseworkDialog::addField(const QString& key, const QString& label, QWidget* widget)
{
    m_fields.insert(key, {label, widget});
    if (widget != nullptr) {
        watch(widget);
    }
}

void CaseworkDialog::watch(QWidget* widget)
{
    // The error goes as soon as the field it names is changed.
    auto clear = [this, widget] {
        if (m_error != nullptr && m_errorField == widget) {
            m_error->hide();
            m_errorField = nullptr;
        }
    };
    if (auto* dateTime = qobject_cast<QDateTimeEdit*>(widget)) {
        connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, clear);
    } else if (auto* number = qobject_cast<QSpinBox*>(widget)) {
        connect(number, &QSpinBox::valueChanged, this, clear);
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
        if (QLineEdit* edit = spin->findChild<QLineEdit*>()) {
            connect(edit, &QLineEdit::textChanged, this, clear);
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        connect(combo, &QComboBox::currentIndexChanged, this, clear);
        connect(combo, &QComboBox::editTextChanged, this, clear);
    } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        connect(line, &QLineEdit::textChanged, this, clear);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        connect(text, &QPlainTextEdit::textChanged, this, clear);
    } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        connect(button, &QAbstractButton::toggled, this, clear);
    }
}

void CaseworkDialog::setBusy(bool busy)
{
    for (QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (w != m_error) {
            w->setEnabled(!busy);
        }
    }
    if (busy) {
        m_error->hide();
        m_errorField = nullptr;
    } else {
        refreshEnabled();
    }
}

void CaseworkDialog::showError(const QString& message)
{
    // "date: in the future …", "checks[1]: …", "risk_factors[0].rating: …".
    static const QRegularExpression fieldPrefix(QStringLiteral("^([a-z_]+)(?:\\[\\d+\\])?(?:\\.[a-z_]+)?: (.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = fieldPrefix.match(message);
    if (match.hasMatch() && m_fields.contains(match.captured(1))) {
        const auto& [label, field] = m_fields.value(match.captured(1));
        showFieldError(field, tr("%1: %2").arg(label, match.captured(2)));
        return;
    }
    showFieldError(nullptr, message);
}

void CaseworkDialog::showFieldError(QWidget* field, const QString& text)
{
    m_error->setText(text);
    m_error->show();
    m_errorField = field;
    if (field != nullptr && field->isEnabled()) {
        field->setFocus();
    }
}

QString CaseworkDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CaseworkDialog::accept()
{
    if (!checkBeforeSend()) {
        return;
    }
    if (m_send) {
        setBusy(true);
        m_send();
    } else {
        QDialog::accept();
    }
}

void CaseworkDialog::finishAccepted()
{
    QDialog::accept();
}

} // namespace somdesk
