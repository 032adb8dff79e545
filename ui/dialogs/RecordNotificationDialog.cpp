#include "dialogs/RecordNotificationDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace somdesk {

RecordNotificationDialog::RecordNotificationDialog(const QString& nominal, const QString& by, const QDateTime& nowUtc,
                                                   QWidget* parent)
    : CaseworkDialog(tr("Record a notification"), tr("Notification made by %1, recorded by %2.").arg(nominal, by),
                     parent)
{
    auto* form = new QFormLayout();
    m_date = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of the notification"));
    form->addRow(tr("&Date:"), m_date);
    m_kind = new QComboBox(this);
    for (NotificationKind kind : {NotificationKind::Annual, NotificationKind::Change, NotificationKind::Detail,
                                  NotificationKind::Travel, NotificationKind::Weekly, NotificationKind::Initial}) {
        m_kind->addItem(Labels::notificationKind(kind), int(kind));
    }
    m_kind->setAccessibleName(tr("Kind of notification"));
    form->addRow(tr("&Kind:"), m_kind);
    m_effect = new QLabel(this);
    m_effect->setWordWrap(true);
    form->addRow(QString(), m_effect);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { describeKind(); });
    describeKind();
    body()->addLayout(form);
    finish(tr("&Record notification"));
    addField(QStringLiteral("date"), tr("Date"), m_date);
    addField(QStringLiteral("kind"), tr("Kind"), m_kind);
    setMinimumWidth(480);
    m_date->setFocus();
}

void RecordNotificationDialog::describeKind()
{
    const auto kind = static_cast<NotificationKind>(m_kind->currentData().toInt());
    const bool restarts =
        kind == NotificationKind::Annual || kind == NotificationKind::Change || kind == NotificationKind::Initial;
    m_effect->setText(restarts ? tr("The next annual notification is due a year from this date.")
                               : tr("This does not change when the next annual notification is due."));
}

Notification RecordNotificationDialog::notification() const
{
    Notification n;
    n.date = m_date->date();
    n.kind = static_cast<NotificationKind>(m_kind->currentData().toInt());
    return n;
}

} // namespace somdesk
