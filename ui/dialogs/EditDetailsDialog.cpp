#include "dialogs/EditDetailsDialog.h"

#include "dialogs/DialogFields.h"
#include "models/Labels.h"
#include "models/UserDirectory.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace somdesk {

EditDetailsDialog::EditDetailsDialog(const QString& title, const QString& by, const Nominal& current,
                                     const UserDirectory& directory, const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Edit details"),
                     tr("New version of the details of %1, by %2. The values now are kept in the record's history.")
                         .arg(title, by),
                     parent),
      m_current(current)
{
    auto* form = new QFormLayout();
    m_family = new QLineEdit(current.familyName, this);
    form->addRow(tr("&Family name:"), m_family);
    m_given = new QLineEdit(current.givenNames, this);
    form->addRow(tr("&Given names:"), m_given);
    m_aliases = new QLineEdit(current.aliases.join(QStringLiteral(", ")), this);
    m_aliases->setPlaceholderText(tr("Other names, separated by commas"));
    form->addRow(tr("&Aliases:"), m_aliases);
    m_dob = dialogFields::pastDate(this, londonToday(nowUtc), tr("Date of birth"));
    m_dob->setMinimumDate(QDate(1900, 1, 1));
    m_dob->setDate(current.dateOfBirth);
    form->addRow(tr("Date of &birth:"), m_dob);
    m_address = dialogFields::textBox(this, tr("Home address as notified"), 50);
    m_address->setPlainText(current.address.value_or(QString()));
    form->addRow(tr("A&ddress:"), m_address);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. change of address notified on 3 Dec"));
    form->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(form);

    auto* historyLabel = new QLabel(tr("Earlier &versions:"), this);
    m_history = new QListWidget(this);
    m_history->setMaximumHeight(110);
    historyLabel->setBuddy(m_history);
    for (auto it = current.detailsHistory.crbegin(); it != current.detailsHistory.crend(); ++it) {
        QStringList fields;
        for (const FieldChange& c : it->changes) {
            fields << Labels::detailChange(c);
        }
        m_history->addItem(tr("%1, %2 (%3): %4")
                               .arg(Labels::londonDateTime(it->at), directory.displayName(it->by), it->reason,
                                    fields.join(QStringLiteral("; "))));
    }
    if (current.detailsHistory.isEmpty()) {
        m_history->addItem(tr("None: the details are as registered."));
    }
    body()->addWidget(historyLabel);
    body()->addWidget(m_history);

    finish(tr("&Save new version"));
    addField(QStringLiteral("family_name"), tr("Family name"), m_family);
    addField(QStringLiteral("given_names"), tr("Given names"), m_given);
    addField(QStringLiteral("aliases"), tr("Aliases"), m_aliases);
    addField(QStringLiteral("date_of_birth"), tr("Date of birth"), m_dob);
    addField(QStringLiteral("address"), tr("Address"), m_address);
    addField(QStringLiteral("reason"), tr("Reason"), m_reason);
    addField(QStringLiteral("details"), tr("Details"), m_family);
    setMinimumWidth(560);
    m_family->setFocus();
}

DetailsEdit EditDetailsDialog::edit() const
{
    QStringList aliases;
    for (const QString& a : m_aliases->text().split(QLatin1Char(','))) {
        if (const QString name = a.simplified(); !name.isEmpty()) {
            aliases << name;
        }
    }
    const QString address = m_address->toPlainText().trimmed();
    const QJsonObject now{
        {QStringLiteral("family_name"), m_family->text()},
        {QStringLiteral("given_names"), m_given->text()},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)},
        {QStringLiteral("date_of_birth"), m_dob->date().toString(Qt::ISODate)},
        {QStringLiteral("address"), address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(address)},
    };
    DetailsEdit e;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QJsonValue before = detailValue(m_current, it.key());
        // Names compare as the services keep them (white space runs collapsed).
        const bool name = it.key() == QLatin1String("family_name") || it.key() == QLatin1String("given_names");
        const bool same = name ? it->toString().simplified() == before.toString() : *it == before;
        if (!same) {
            e.values.insert(it.key(), *it);
        }
    }
    e.reason = m_reason->text().trimmed();
    return e;
}

bool EditDetailsDialog::checkBeforeSend()
{
    if (edit().values.isEmpty()) {
        showFieldError(m_family, tr("Details: nothing changes. Change a field, or cancel."));
        return false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        showFieldError(m_reason, tr("Reason: required. Say why the details change."));
        return false;
    }
    return true;
}

} // namespace somdesk
