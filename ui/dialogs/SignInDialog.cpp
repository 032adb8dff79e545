#include "dialogs/SignInDialog.h"
#include "models/StatusColours.h"

#include "ui_SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace somdesk {

SignInDialog::SignInDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colours::error(palette()).name()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SignInDialog::browse);
    m_ui->usernameEdit->setFocus();
}

SignInDialog::~SignInDialog()
{
    // Leave no copy of a typed password in the widget's buffer.
    m_ui->passwordEdit->clear();
}

void SignInDialog::setDatabase(const QString& path)
{
    m_ui->databaseEdit->setText(QDir::toNativeSeparators(path));
}

QString SignInDialog::database() const
{
    return QDir::fromNativeSeparators(m_ui->databaseEdit->text().trimmed());
}

void SignInDialog::setUsername(const QString& username)
{
    m_ui->usernameEdit->setText(username);
    if (!username.isEmpty()) {
        m_ui->passwordEdit->setFocus();
    }
}

QString SignInDialog::username() const
{
    return m_ui->usernameEdit->text().trimmed();
}

SignedIn SignInDialog::takeSignedIn()
{
    return std::move(m_signedIn);
}

QString SignInDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SignInDialog::browse()
{
    const QString start = database().isEmpty() ? QString() : QFileInfo(database()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a database"), start,
                                                      tr("somdesk databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty()) {
        setDatabase(file);
        m_ui->usernameEdit->setFocus();
    }
}

void SignInDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void SignInDialog::accept()
{
    const QString path = database();
    if (path.isEmpty()) {
        showError(tr("Choose the database to open."));
        m_ui->databaseEdit->setFocus();
        return;
    }
    if (!QFileInfo::exists(path)) {
        showError(tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
        m_ui->databaseEdit->setFocus();
        return;
    }
    if (username().isEmpty()) {
        showError(tr("Enter your username."));
        m_ui->usernameEdit->setFocus();
        return;
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (!m_services || m_openPath != path) {
        m_services.reset();
        auto opened = Services::open(path);
        if (!opened) {
            QApplication::restoreOverrideCursor();
            showError(tr("The database could not be opened: %1").arg(opened.error().message));
            return;
        }
        m_services = std::move(opened).value();
        m_openPath = path;
    }
    QByteArray password = m_ui->passwordEdit->text().toUtf8();
    m_ui->passwordEdit->clear();
    auto session = m_services->signIn(username(), password);
    password.fill('\0');
    QApplication::restoreOverrideCursor();
    if (!session) {
        spdlog::info("sign-in refused for {}", username().toStdString());
        showError(session.error().message.isEmpty() ? tr("Sign-in failed.") : session.error().message);
        m_ui->passwordEdit->setFocus();
        return;
    }
    spdlog::info("signed in as {}", session->username.toStdString());
    m_signedIn = SignedIn{std::move(m_services), *session};
    QDialog::accept();
}

} // namespace somdesk
