#pragma once

// Records a custody period that starts (a sentence or a recall): from (not after today) and,
// if known, the expected release date. A period cannot start while another is open; the
// release is recorded with RecordReleaseDialog.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

class QCheckBox;
class QDateEdit;

namespace somdesk {

class RecordCustodyDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordCustodyDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const CustodyPeriod&)> submit)
    {
        setSubmit(std::move(submit), [this] { return period(); });
    }

    CustodyPeriod period() const;
    QCheckBox* releaseKnownBox() const { return m_releaseKnown; }
    QDateEdit* expectedReleaseEdit() const { return m_expected; }

protected:
    bool checkBeforeSend() override;
    void refreshEnabled() override;

private:
    QDateEdit* m_from = nullptr;
    QCheckBox* m_releaseKnown = nullptr;
    QDateEdit* m_expected = nullptr;
};

} // namespace somdesk
