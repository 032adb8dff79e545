#pragma once

// What a locked window shows instead of the records: who is signed in, and a password field
// to unlock. Nothing of any case is visible while it is up.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace somdesk {

class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(const QString& who, QWidget* parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString& text);
    QString errorText() const;
    QLineEdit* passwordEdit() const { return m_password; }
    void reset(); // empties the password and the error, focus on the field

signals:
    // The user asks to unlock with this password (the buffer is theirs to wipe).
    void unlockRequested(const QByteArray& password);
    void signOutRequested();

private:
    void submit();

    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace somdesk
