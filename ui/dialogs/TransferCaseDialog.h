#pragma once

// A supervisor's transfer of the record shown to a colleague: the date (not after today), the
// current owner by name, and the new owner chosen by name and collar among the active casework
// accounts in the supervisor's scope (a sergeant's team, an inspector's area), the current
// owner left out. The service checks the scope again and refuses a move out of it.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>
#include <QList>
#include <QPair>

class QComboBox;
class QDateEdit;

namespace somdesk {

class TransferCaseDialog : public CaseworkDialog {
    Q_OBJECT

public:
    // `candidates`: username and "Name (collar)" of each colleague the case may go to.
    TransferCaseDialog(const QString& nominal, const QString& by, const QString& owner, const QString& ownerName,
                       const QList<QPair<QString, QString>>& candidates, const QDateTime& nowUtc,
                       QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const Transfer&)> submit)
    {
        setSubmit(std::move(submit), [this] { return transfer(); });
    }

    Transfer transfer() const;
    QComboBox* ownerBox() const { return m_to; }
    QDateEdit* dateEdit() const { return m_date; }

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QString m_from;
    QDateEdit* m_date = nullptr;
    QComboBox* m_to = nullptr;
};

} // namespace somdesk
