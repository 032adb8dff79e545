#pragma once

// Edits the identity details of the record shown as a new version: family and given names,
// aliases, date of birth and address, with the reason (required). The form starts from the
// current values and lists the earlier versions; only the fields changed are recorded.

#include "core/Domain.h"
#include "core/casework/DetailsEdit.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace somdesk {

class UserDirectory;

class EditDetailsDialog : public CaseworkDialog {
    Q_OBJECT

public:
    EditDetailsDialog(const QString& title, const QString& by, const Nominal& current, const UserDirectory& directory,
                      const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const DetailsEdit&)> submit)
    {
        setSubmit(std::move(submit), [this] { return edit(); });
    }

    // The fields that differ from the current values, and the reason.
    DetailsEdit edit() const;

    QLineEdit* familyNameEdit() const { return m_family; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QListWidget* historyList() const { return m_history; }

protected:
    bool checkBeforeSend() override;

private:
    Nominal m_current;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_aliases = nullptr;
    QDateEdit* m_dob = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_reason = nullptr;
    QListWidget* m_history = nullptr;
};

} // namespace somdesk
