#pragma once

// What every casework dialog shares: the intro line naming the record and the user, the error
// line beside the form, the buttons, the busy state while the service saves, and the mapping
// of a service refusal ("date: in the future …") to the field's label and focus. An error is
// cleared as soon as the field it names changes. Subclasses build the form between the intro
// and the error line, register their fields, and hand the record to their submit handler.

#include <QDialog>
#include <QHash>
#include <QString>

#include <functional>
#include <utility>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace somdesk {

class CaseworkDialog : public QDialog {
    Q_OBJECT

public:
    void setBusy(bool busy);
    // Shows a service refusal; a leading "field:" (bundle key, optionally indexed) is shown as
    // the field's label and the field takes the focus.
    void showError(const QString& message);
    QString errorText() const;
    void finishAccepted();

public slots:
    void accept() override;

protected:
    CaseworkDialog(const QString& title, const QString& intro, QWidget* parent);

    // The layout the subclass adds its form to, before finish() adds the error line and buttons.
    QVBoxLayout* body() const { return m_layout; }
    void finish(const QString& okText);
    // The send button (after finish()), for forms that keep it off until they can be sent.
    QPushButton* okButton() const;

    // A field the service may name, with the label the user sees.
    void addField(const QString& key, const QString& label, QWidget* widget);
    void showFieldError(QWidget* field, const QString& text);
    // Clears the error when a field without a key of its own changes.
    void watch(QWidget* widget);

    // Checks the form can be sent (shows its own error and returns false if not).
    virtual bool checkBeforeSend() { return true; }
    // Re-applies the enabled state of widgets that depend on others (after busy ends).
    virtual void refreshEnabled() {}

    template <typename Record, typename Make> void setSubmit(std::function<void(const Record&)> submit, Make make)
    {
        m_send = [submit = std::move(submit), make = std::move(make)] { submit(make()); };
    }

private:
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QString, std::pair<QString, QWidget*>> m_fields;
    QWidget* m_errorField = nullptr;
    std::function<void()> m_send;
};

} // namespace somdesk
