#pragma once

// Asks why a record outside the user's caseload is being opened (domain.md: consulting
// others' cases needs a recorded purpose). The purpose is kept in the audit row of the
// consultation; without one the record is not opened.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace somdesk {

class PurposeDialog : public QDialog {
    Q_OBJECT

public:
    PurposeDialog(const QString& ref, QWidget* parent = nullptr);

    // "intelligence check ref=IL2026/0042", as the audit keeps it (core/Purposes.h); empty
    // while the choice is incomplete.
    QString purpose() const;
    QComboBox* reasonBox() const { return m_reason; }
    QLineEdit* detailEdit() const { return m_detail; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QComboBox* m_reason = nullptr;
    QLineEdit* m_detail = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace somdesk
