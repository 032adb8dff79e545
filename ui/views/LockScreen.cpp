#include "views/LockScreen.h"
#include "models/StatusColours.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace somdesk {

LockScreen::LockScreen(const QString& who, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* title = new QLabel(tr("somdesk is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto* note = new QLabel(tr("Signed in as %1. Enter your password to go on where you left off.").arg(who), this);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    outer->addWidget(note);

    auto* row = new QHBoxLayout();
    row->addStretch();
    auto* label = new QLabel(tr("&Password:"), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    label->setBuddy(m_password);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setDefault(true);
    auto* signOut = new QPushButton(tr("Sign &out"), this);
    row->addWidget(label);
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addWidget(signOut);
    row->addStretch();
    outer->addLayout(row);
    m_error = new QLabel(this);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(colours::error(palette()).name()));
    m_error->hide();
    outer->addWidget(m_error);
    outer->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::submit()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    if (password.isEmpty()) {
        showError(tr("Password: required"));
        return;
    }
    emit unlockRequested(password);
    password.fill('\0');
}

void LockScreen::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (busy) {
        m_error->hide();
    } else {
        m_password->setFocus();
    }
}

void LockScreen::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LockScreen::reset()
{
    m_password->clear();
    m_error->hide();
    setBusy(false);
}

} // namespace somdesk
