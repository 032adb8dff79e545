#pragma once

// Registers a new nominal at the initial notification: the ref (the next free one proposed),
// names and aliases, date of birth, address, the area (the user's) and the managing officer,
// MAPPA category and level, risk level, the registration (first notified, notification
// period, under 18 at notification) and, if in custody, since when and the expected release.
// A nominal with the same name and date of birth is flagged by the main window before saving.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>
#include <QList>
#include <QPair>

class QCheckBox;
class QLabel;
class QPushButton;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace somdesk {

class RegisterNominalDialog : public CaseworkDialog {
    Q_OBJECT

public:
    // `owners`: the officers the user may register a case for (username, "Name (collar)").
    RegisterNominalDialog(const QString& proposedRef, const QString& area, const QList<QPair<QString, QString>>& owners,
                          const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const Nominal&)> submit)
    {
        setSubmit(std::move(submit), [this] { return nominal(); });
    }

    Nominal nominal() const;

    // For tests and the keyboard.
    QLineEdit* familyNameEdit() const { return m_family; }
    QLineEdit* givenNamesEdit() const { return m_given; }
    QDateEdit* dateOfBirthEdit() const { return m_dob; }
    QComboBox* ownerBox() const { return m_owner; }
    // The photo (optional): a PNG or JPEG file of at most 1 MB, shown before saving. Returns
    // the message when the file is refused (and then keeps the photo there was).
    QString setPhotoFile(const QString& path);
    QByteArray photo() const { return m_photo; }

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QString m_area;
    QLineEdit* m_ref = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_aliases = nullptr;
    QDateEdit* m_dob = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_owner = nullptr;
    QSpinBox* m_category = nullptr;
    QSpinBox* m_level = nullptr;
    QComboBox* m_risk = nullptr;
    QDateEdit* m_notified = nullptr;
    QComboBox* m_period = nullptr;
    QCheckBox* m_under18 = nullptr;
    QCheckBox* m_inCustody = nullptr;
    QLabel* m_photoPreview = nullptr;
    QPushButton* m_photoButton = nullptr;
    QPushButton* m_photoRemove = nullptr;
    QByteArray m_photo;
    QDateEdit* m_custodyFrom = nullptr;
    QCheckBox* m_releaseKnown = nullptr;
    QDateEdit* m_expectedRelease = nullptr;
};

} // namespace somdesk
