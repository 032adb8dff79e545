#pragma once

// Records a notification the person made at a police station: the date (not after today) and
// its kind. A change of name or home address (s.84) restarts the annual period; the dialog says
// which kinds do.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

class QComboBox;
class QDateEdit;
class QLabel;

namespace somdesk {

class RecordNotificationDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordNotificationDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc,
                             QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const Notification&)> submit)
    {
        setSubmit(std::move(submit), [this] { return notification(); });
    }

    Notification notification() const;
    QComboBox* kindBox() const { return m_kind; }

private:
    void describeKind();

    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_effect = nullptr;
};

} // namespace somdesk
