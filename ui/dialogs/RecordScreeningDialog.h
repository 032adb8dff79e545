#pragma once

// Records a MAPPA screening of the record shown: the date (not after today), the level the
// screening decided (1 to 3) and its rationale. The latest screening sets the record's MAPPA
// level (docs/casework-notes.md).

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

namespace somdesk {

class RecordScreeningDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordScreeningDialog(const QString& nominal, const QString& by, int currentLevel, const QDateTime& nowUtc,
                          QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const Screening&)> submit)
    {
        setSubmit(std::move(submit), [this] { return screening(); });
    }

    Screening screening() const;
    QSpinBox* levelBox() const { return m_level; }
    QPlainTextEdit* rationaleEdit() const { return m_rationale; }

protected:
    bool checkBeforeSend() override;

private:
    QDateEdit* m_date = nullptr;
    QSpinBox* m_level = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
};

} // namespace somdesk
