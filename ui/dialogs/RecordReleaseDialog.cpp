#include "dialogs/RecordReleaseDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QDateEdit>

#include <QFormLayout>
#include <QVBoxLayout>
#include <algorithm>

namespace somdesk {

RecordReleaseDialog::RecordReleaseDialog(const QString& nominal, const QString& by, const QDate& custodyFrom,
                                         const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Record a release"),
                     tr("Release of %1 from the custody that began on %2, recorded by %3. An ARMS assessment is then "
                        "due after release.")
                         .arg(nominal, Labels::date(custodyFrom), by),
                     parent)
{
    auto* form = new QFormLayout();
    m_date = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of release"));
    m_date->setMinimumDate(std::min(custodyFrom, m_date->maximumDate()));
    form->addRow(tr("&Released on:"), m_date);
    body()->addLayout(form);
    finish(tr("&Record release"));
    addField(QStringLiteral("released_on"), tr("Released on"), m_date);
    setMinimumWidth(440);
    m_date->setFocus();
}

Release RecordReleaseDialog::release() const
{
    return Release{m_date->date()};
}

} // namespace somdesk
