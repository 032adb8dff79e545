#pragma once

// An inspector overrides one alert with a reason (rules.md: the alert is then no longer
// listed, the override is recorded and audited, and reports count it as overridden, not as
// compliant). The dialog names the alert, the nominal and the due date; it cannot be sent
// until the reason says something.

#include "core/rules/Alert.h"
#include "dialogs/CaseworkDialog.h"

class QLabel;
class QPlainTextEdit;

namespace somdesk {

class OverrideAlertDialog : public CaseworkDialog {
    Q_OBJECT

public:
    // `nominal` as the user reads it ("FAMILY, Given (N000123)"); `owner` the name and collar
    // number of whoever must act on the alert, or "" when no one person is named.
    OverrideAlertDialog(const Alert& alert, const QString& nominal, const QString& owner, const QString& by,
                        QWidget* parent = nullptr);

    // The reason, trimmed, as it is sent.
    void setSubmitHandler(std::function<void(const QString&)> submit)
    {
        setSubmit(std::move(submit), [this] { return reason(); });
    }

    const Alert& alert() const { return m_alert; }
    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QString alertText() const;
    QString nominalText() const;
    QString dueText() const;

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    Alert m_alert;
    QLabel* m_alertValue = nullptr;
    QLabel* m_nominalValue = nullptr;
    QLabel* m_dueValue = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace somdesk
