#include "dialogs/AddEntryDialog.h"
#include "models/StatusColours.h"

#include "models/Labels.h"

#include "ui_AddEntryDialog.h"

#include <QListWidgetItem>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

namespace somdesk {

namespace {

// The first words of an entry, to recognise it in the list of references.
QString firstWords(const QString& text, int words = 8)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result = parts.mid(0, words).join(QLatin1Char(' '));
    if (parts.size() > words) {
        result += QChar(0x2026);
    }
    return result;
}

} // namespace

AddEntryDialog::AddEntryDialog(const QString& nominal, Role role, const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddEntryDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colours::error(palette()).name()));
    setWindowTitle(tr("Add entry — %1").arg(nominal));
    m_ui->nominalLabel->setText(tr("New entry in the chronology of %1.").arg(nominal));
    m_ui->errorLabel->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add entry"));

    QList<EntryType> types{EntryType::Note, EntryType::Intelligence, EntryType::Concern, EntryType::Disclosure};
    if (role == Role::Sergeant || role == Role::Inspector) {
        types << EntryType::Oversight;
    }
    for (EntryType type : types) {
        m_ui->typeCombo->addItem(Labels::entryType(type), static_cast<int>(type));
    }

    // Newest first, as the chronology is read.
    QList<Entry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) { return a.at > b.at; });
    for (const Entry& e : sorted) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3: %4")
                .arg(e.id, Labels::londonDateTime(e.at), Labels::entryType(e.type), firstWords(e.text)),
            m_ui->referencesList);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Long lines are cut at the pane's edge; the tooltip has the whole entry.
    m_ui->referencesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->referencesList->setTextElideMode(Qt::ElideRight);
    m_ui->referencesList->setUniformItemSizes(true);
    if (sorted.isEmpty()) {
        m_ui->referencesList->hide();
        m_ui->referencesLabel->hide();
    }

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddEntryDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &AddEntryDialog::updateDisagreement);
    updateDisagreement();
    m_ui->textEdit->setFocus();
}

AddEntryDialog::~AddEntryDialog() = default;

void AddEntryDialog::updateDisagreement()
{
    // Disagreement is part of supervisory oversight only.
    const bool oversight = static_cast<EntryType>(m_ui->typeCombo->currentData().toInt()) == EntryType::Oversight;
    m_ui->disagreementCheck->setVisible(oversight);
    if (!oversight) {
        m_ui->disagreementCheck->setChecked(false);
    }
}

NewEntry AddEntryDialog::entry() const
{
    NewEntry e;
    e.type = static_cast<EntryType>(m_ui->typeCombo->currentData().toInt());
    e.text = m_ui->textEdit->toPlainText().trimmed();
    for (int row = 0; row < m_ui->referencesList->count(); ++row) {
        const QListWidgetItem* item = m_ui->referencesList->item(row);
        if (item->checkState() == Qt::Checked) {
            e.references << item->data(Qt::UserRole).toString();
        }
    }
    if (e.type == EntryType::Oversight) {
        e.disagreement = m_ui->disagreementCheck->isChecked();
    }
    return e;
}

bool AddEntryDialog::prepareOversight(const QString& entryId)
{
    const int oversight = m_ui->typeCombo->findData(static_cast<int>(EntryType::Oversight));
    if (oversight < 0) {
        return false;
    }
    m_ui->typeCombo->setCurrentIndex(oversight);
    for (int row = 0; row < m_ui->referencesList->count(); ++row) {
        QListWidgetItem* item = m_ui->referencesList->item(row);
        if (item->data(Qt::UserRole).toString() == entryId) {
            item->setCheckState(Qt::Checked);
            m_ui->referencesList->scrollToItem(item);
            m_ui->textEdit->setFocus();
            return true;
        }
    }
    return false;
}

void AddEntryDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->typeCombo, m_ui->textEdit, m_ui->referencesList,
                                                      m_ui->disagreementCheck}) {
        w->setEnabled(!busy);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_ui->errorLabel->hide();
    }
}

void AddEntryDialog::showError(const QString& message)
{
    // Service messages start with the field at fault: "text: required", "references[0]: …".
    static const QRegularExpression fieldPrefix(QStringLiteral("^([a-z_]+)(?:\\[\\d+\\])?: (.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = fieldPrefix.match(message);
    QString text = message;
    QWidget* field = nullptr;
    if (match.hasMatch()) {
        const QString name = match.captured(1);
        QString label;
        if (name == QLatin1String("text")) {
            label = tr("Text");
            field = m_ui->textEdit;
        } else if (name == QLatin1String("type")) {
            label = tr("Type");
            field = m_ui->typeCombo;
        } else if (name == QLatin1String("references")) {
            label = tr("Refers to");
            field = m_ui->referencesList;
        } else if (name == QLatin1String("disagreement")) {
            label = tr("Disagreement");
            field = m_ui->disagreementCheck;
        }
        if (!label.isEmpty()) {
            text = tr("%1: %2").arg(label, match.captured(2));
        }
    }
    showFieldError(field, text);
}

void AddEntryDialog::showFieldError(QWidget* field, const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    if (field != nullptr && field->isEnabled()) {
        field->setFocus();
    }
}

QString AddEntryDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void AddEntryDialog::accept()
{
    const NewEntry e = entry();
    if (e.text.isEmpty()) {
        showFieldError(m_ui->textEdit, tr("Text: required. Write what happened before adding the entry."));
        return;
    }
    if (m_submit) {
        setBusy(true);
        m_submit(e);
    } else {
        QDialog::accept();
    }
}

void AddEntryDialog::finishAccepted()
{
    QDialog::accept();
}

} // namespace somdesk
