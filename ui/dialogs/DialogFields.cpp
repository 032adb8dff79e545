#include "dialogs/DialogFields.h"

#include "models/Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QTimeZone>

namespace somdesk {

QDate londonToday(const QDateTime& nowUtc)
{
    return nowUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London"))).date();
}

namespace dialogFields {

QDateEdit* pastDate(QWidget* parent, const QDate& today, const QString& accessibleName)
{
    auto* edit = new QDateEdit(today, parent);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(today);
    edit->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPlainTextEdit* textBox(QWidget* parent, const QString& placeholder, int height)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height * 2);
    return edit;
}

QComboBox* riskLevelBox(QWidget* parent, RiskLevel current)
{
    auto* box = new QComboBox(parent);
    for (RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::VeryHigh}) {
        box->addItem(Labels::risk(level), int(level));
    }
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

} // namespace dialogFields

} // namespace somdesk
