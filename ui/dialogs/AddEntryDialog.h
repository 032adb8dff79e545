#pragma once

// Adds a chronology entry to the record shown: its type (note, intelligence, concern,
// disclosure, and oversight for sergeants and inspectors), the text, the earlier entries it
// refers to, and for oversight whether the supervisor disagrees. The dialog hands the entry
// to its submit handler and stays open until the service has saved it; a refusal is shown
// in the dialog, naming the field.

#include "core/Domain.h"
#include "services/Services.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AddEntryDialog;
}

namespace somdesk {

class AddEntryDialog : public QDialog {
    Q_OBJECT

public:
    // `nominal` is how the record is named in the dialog ("FAMILY, Given (N000123)").
    AddEntryDialog(const QString& nominal, Role role, const QList<Entry>& entries, QWidget* parent = nullptr);
    ~AddEntryDialog() override;

    void setSubmitHandler(std::function<void(const NewEntry&)> submit) { m_submit = std::move(submit); }

    NewEntry entry() const;
    // Starts the form as an oversight entry referring to `entryId` (the fix of an oversight
    // alert); returns false when the user may not write oversight or the entry is not listed.
    bool prepareOversight(const QString& entryId);
    // While the service call runs the form cannot be changed or sent twice.
    void setBusy(bool busy);
    // A refusal from the service ("text: required") shown with the field's label.
    void showError(const QString& message);
    QString errorText() const;
    // The service saved the entry: close as accepted.
    void finishAccepted();

public slots:
    void accept() override;

private:
    void updateDisagreement();
    void showFieldError(QWidget* field, const QString& text);

    std::unique_ptr<Ui::AddEntryDialog> m_ui;
    std::function<void(const NewEntry&)> m_submit;
};

} // namespace somdesk
