#pragma once

// Logs a visit to the record shown: date and time (never in the future), who made it, type
// (home, office, other), announced or not, the outcome, what it verified (tick boxes from the
// policy list visit_checks) and what was checked in words. Like the entry dialog it hands the
// visit to its submit handler and stays open until the service has saved it; a refusal is
// shown in the dialog beside the field it names.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace somdesk {

class LogVisitDialog : public CaseworkDialog {
    Q_OBJECT

public:
    // `nominal` names the record ("FAMILY, Given (N000123)"); `by` is the signed-in user, who
    // is the visiting officer; `checks` the policy's visit_checks; `nowUtc` the services'
    // time, shown as the Europe/London date and time the form starts at and cannot pass.
    LogVisitDialog(const QString& nominal, const QString& by, const QStringList& checks, const QDateTime& nowUtc,
                   QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const Visit&)> submit)
    {
        setSubmit(std::move(submit), [this] { return visit(); });
    }

    Visit visit() const;

    // For tests and the keyboard: the tick box of one check.
    QCheckBox* checkBox(const QString& check) const;

protected:
    void refreshEnabled() override;

private:
    QDateEdit* m_date = nullptr;
    QCheckBox* m_timeKnown = nullptr;
    QTimeEdit* m_time = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_announced = nullptr;
    QComboBox* m_outcome = nullptr;
    QList<QCheckBox*> m_checks;
    QPlainTextEdit* m_verified = nullptr;
};

} // namespace somdesk
