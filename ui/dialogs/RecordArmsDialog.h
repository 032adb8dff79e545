#pragma once

// Records an ARMS assessment on the record shown: the date it was completed (never after
// today), the lead agency, the priority, a rating for every risk and protective factor of the
// policy (none may be left unrated), and a summary. Like the other casework dialogs it hands
// the assessment to its submit handler and stays open until the service has saved it.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QPlainTextEdit;

namespace somdesk {

class RecordArmsDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordArmsDialog(const QString& nominal, const QString& by, const QStringList& riskFactors,
                     const QStringList& protectiveFactors, const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const ArmsAssessment&)> submit)
    {
        setSubmit(std::move(submit), [this] { return assessment(); });
    }

    ArmsAssessment assessment() const;

    // The rating box of one factor (for tests and the keyboard).
    QComboBox* ratingBox(const QString& factor) const;

protected:
    bool checkBeforeSend() override;

private:
    QComboBox* addFactor(QFormLayout* form, const QString& factor);

    QDateEdit* m_date = nullptr;
    QComboBox* m_agency = nullptr;
    QComboBox* m_priority = nullptr;
    QList<QComboBox*> m_risk;
    QList<QComboBox*> m_protective;
    QPlainTextEdit* m_summary = nullptr;
};

} // namespace somdesk
