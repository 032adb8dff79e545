#pragma once

// Records the release from the current custody period of the record shown: the date (not after
// today, not before the period began). ARMS is then due within the policy's days after release.

#include "dialogs/CaseworkDialog.h"

#include <QDate>
#include <QDateTime>

class QDateEdit;

namespace somdesk {

struct Release {
    QDate releasedOn;
};

class RecordReleaseDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordReleaseDialog(const QString& nominal, const QString& by, const QDate& custodyFrom, const QDateTime& nowUtc,
                        QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const Release&)> submit)
    {
        setSubmit(std::move(submit), [this] { return release(); });
    }

    Release release() const;
    QDateEdit* dateEdit() const { return m_date; }

private:
    QDateEdit* m_date = nullptr;
};

} // namespace somdesk
