#pragma once

// Records an ARMS assessment on the record shown: the date it was completed (never after
// today), the lead agency, the priority, a rating for every risk and protective factor of the
// policy (none may be left unrated), and a summary. Like the other casework dialogs it hands
// the assessment to its submit handler and stays open until the service has saved it.

#include "core/Domain.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace somdesk {

class RecordArmsDialog : public QDialog {
    Q_OBJECT

public:
    RecordArmsDialog(const QString& nominal, const QString& by, const QStringList& riskFactors,
                     const QStringList& protectiveFactors, const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const ArmsAssessment&)> submit) { m_submit = std::move(submit); }

    ArmsAssessment assessment() const;
    void setBusy(bool busy);
    void showError(const QString& message);
    QString errorText() const;
    void finishAccepted();

    // The rating box of one factor (for tests and the keyboard).
    QComboBox* ratingBox(const QString& factor) const;

public slots:
    void accept() override;

private:
    QComboBox* addFactor(QFormLayout* form, const QString& factor);

    QString m_by;
    QDateEdit* m_date = nullptr;
    QComboBox* m_agency = nullptr;
    QComboBox* m_priority = nullptr;
    QList<QComboBox*> m_risk;
    QList<QComboBox*> m_protective;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::function<void(const ArmsAssessment&)> m_submit;
};

} // namespace somdesk
