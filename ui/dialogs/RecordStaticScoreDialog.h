#pragma once

// Records a static risk score on the record shown. Either OSP/DC and OSP/IIC computed from the
// conviction history (static-scores.md inputs; the date of birth is the record's), with the
// result and each item's points shown as the inputs change and any validation problem named
// before saving; or a score from another tool (RM2000/S from a probation report, say) entered
// as written with its source, never recomputed.

#include "core/Domain.h"
#include "dialogs/CaseworkDialog.h"

#include <QDateTime>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace somdesk {

class RecordStaticScoreDialog : public CaseworkDialog {
    Q_OBJECT

public:
    RecordStaticScoreDialog(const QString& nominal, const QString& by, const QDate& dateOfBirth,
                            const QDateTime& nowUtc, QWidget* parent = nullptr);

    void setSubmitHandler(std::function<void(const StaticScore&)> submit)
    {
        setSubmit(std::move(submit), [this] { return score(); });
    }

    StaticScore score() const;
    OspInput ospInput() const;

    // For tests and the screenshot scenes.
    QComboBox* kindBox() const { return m_kind; }
    QSpinBox* totalBox() const { return m_total; }
    QSpinBox* contactAdultBox() const { return m_contactAdult; }
    QDateEdit* followUpEdit() const { return m_followUp; }
    QCheckBox* lastSexualOffenceKnown() const { return m_lastSexualKnown; }
    QDateEdit* lastSexualOffenceEdit() const { return m_lastSexual; }
    QLabel* resultLabel() const { return m_result; }
    QLineEdit* toolEdit() const { return m_tool; }
    QLineEdit* versionEdit() const { return m_version; }
    QLineEdit* categoryEdit() const { return m_category; }
    QPlainTextEdit* sourceEdit() const { return m_source; }

protected:
    bool checkBeforeSend() override;

private:
    QWidget* buildComputedPage(const QDate& today);
    QWidget* buildEnteredPage(const QDate& today);
    QSpinBox* countBox(const QString& name, int maximum);
    void updateResult();
    bool computed() const;

    QDate m_dateOfBirth;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    // computed
    QComboBox* m_sex = nullptr;
    QComboBox* m_history = nullptr;
    QDateEdit* m_assessed = nullptr;
    QDateEdit* m_followUp = nullptr;
    QComboBox* m_supervision = nullptr;
    QSpinBox* m_total = nullptr;
    QSpinBox* m_contactAdult = nullptr;
    QSpinBox* m_contactChild = nullptr;
    QSpinBox* m_images = nullptr;
    QSpinBox* m_nonContact = nullptr;
    QCheckBox* m_lastSexualKnown = nullptr;
    QDateEdit* m_lastSexual = nullptr;
    QCheckBox* m_mostRecentKnown = nullptr;
    QDateEdit* m_mostRecent = nullptr;
    QComboBox* m_stranger = nullptr;
    QLabel* m_result = nullptr;
    // entered
    QLineEdit* m_tool = nullptr;
    QLineEdit* m_version = nullptr;
    QLineEdit* m_category = nullptr;
    QDateEdit* m_enteredAssessed = nullptr;
    QPlainTextEdit* m_source = nullptr;
};

} // namespace somdesk
