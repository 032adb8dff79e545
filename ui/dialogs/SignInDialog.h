#pragma once

// Chooses the database and signs in. Failures (wrong password, locked or disabled account,
// a file that is not a somdesk database) are shown in the dialog, which stays open.

#include "DemoDatabase.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace somdesk {

class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setDatabase(const QString& path);
    QString database() const;
    void setUsername(const QString& username);
    QString username() const;

    // After exec() returned Accepted: the open database and the session.
    SignedIn takeSignedIn();

    // The message shown for a failed attempt (empty when none), for tests.
    QString errorText() const;

public slots:
    void accept() override;

private:
    void browse();
    void showError(const QString& text);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    std::unique_ptr<Services> m_services;
    QString m_openPath;
    SignedIn m_signedIn;
};

} // namespace somdesk
