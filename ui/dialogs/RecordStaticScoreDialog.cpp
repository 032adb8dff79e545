#include "dialogs/RecordStaticScoreDialog.h"

#include "core/scores/StaticScoreText.h"
#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace somdesk {

namespace {

QComboBox* choice(QWidget* parent, const QString& name, const QList<std::pair<QString, QVariant>>& items)
{
    auto* box = new QComboBox(parent);
    for (const auto& [text, value] : items) {
        box->addItem(text, value);
    }
    box->setAccessibleName(name);
    return box;
}

} // namespace

RecordStaticScoreDialog::RecordStaticScoreDialog(const QString& nominal, const QString& by, const QDate& dateOfBirth,
                                                 const QDateTime& nowUtc, QWidget* parent)
    : CaseworkDialog(tr("Record a static risk score"),
                     tr("Static risk score of %1, recorded by %2. A score is never edited: a new one is a new record.")
                         .arg(nominal, by),
                     parent),
      m_dateOfBirth(dateOfBirth)
{
    const QDate today = londonToday(nowUtc);
    auto* top = new QFormLayout();
    m_kind = choice(this, tr("Kind of score"),
                    {{tr("OSP/DC and OSP/IIC, computed from the conviction history"), true},
                     {tr("A score from another tool, entered as written"), false}});
    top->addRow(tr("&Score:"), m_kind);
    body()->addLayout(top);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildComputedPage(today));
    m_pages->addWidget(buildEnteredPage(today));
    body()->addWidget(m_pages);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        updateResult();
    });
    finish(tr("&Record score"));
    addField(QStringLiteral("assessment_date"), tr("Assessment date"), m_assessed);
    addField(QStringLiteral("inputs.follow_up_start"), tr("Start of follow-up"), m_followUp);
    addField(QStringLiteral("inputs.total_sanctions"), tr("Total sanctions"), m_total);
    addField(QStringLiteral("inputs.last_sexual_offence_date"), tr("Last sexual offence"), m_lastSexual);
    addField(QStringLiteral("tool"), tr("Tool"), m_tool);
    addField(QStringLiteral("version"), tr("Version"), m_version);
    addField(QStringLiteral("category"), tr("Category"), m_category);
    addField(QStringLiteral("source"), tr("Source"), m_source);
    setMinimumWidth(560);
    updateResult();
    m_kind->setFocus();
}

QSpinBox* RecordStaticScoreDialog::countBox(const QString& name, int maximum)
{
    auto* box = new QSpinBox(this);
    box->setRange(0, maximum);
    box->setAccessibleName(name);
    connect(box, &QSpinBox::valueChanged, this, &RecordStaticScoreDialog::updateResult);
    return box;
}

QWidget* RecordStaticScoreDialog::buildComputedPage(const QDate& today)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto* dob = new QLabel(Labels::date(m_dateOfBirth), page);
    dob->setAccessibleName(tr("Date of birth, from the record"));
    form->addRow(tr("Date of birth:"), dob);
    m_sex = choice(page, tr("Sex"), {{tr("Male"), int(OspSex::Male)}, {tr("Female"), int(OspSex::Female)}});
    form->addRow(tr("Se&x:"), m_sex);
    m_history = choice(page, tr("Any sexual offending history"), {{tr("Yes"), true}, {tr("No"), false}});
    form->addRow(tr("Sexual offence &history:"), m_history);
    m_assessed = dialogFields::pastDate(page, today, tr("Assessment date"));
    form->addRow(tr("&Assessment date:"), m_assessed);
    m_followUp = dialogFields::pastDate(page, today, tr("Start of follow-up: community sentence or release"));
    m_followUp->setMaximumDate(QDate(9999, 12, 31));
    form->addRow(tr("Start of &follow-up:"), m_followUp);
    m_supervision = choice(page, tr("Where the person is now"),
                           {{tr("Community"), int(OspSupervision::Community)},
                            {tr("Custody"), int(OspSupervision::Custody)},
                            {tr("Remand"), int(OspSupervision::Remand)}});
    form->addRow(tr("&Now in:"), m_supervision);
    m_total = countBox(tr("Total sanctions, all offences including the current one"), 999);
    m_total->setValue(1);
    form->addRow(tr("&Total sanctions:"), m_total);
    m_contactAdult = countBox(tr("Contact sexual sanctions against adults"), 99);
    form->addRow(tr("Contact, &adult victims:"), m_contactAdult);
    m_contactChild = countBox(tr("Contact sexual sanctions against children"), 99);
    form->addRow(tr("Contact, &child victims:"), m_contactChild);
    m_images = countBox(tr("Indecent images and indirect-contact sanctions"), 99);
    form->addRow(tr("&Images or indirect contact:"), m_images);
    m_nonContact = countBox(tr("Other non-contact sexual sanctions"), 99);
    form->addRow(tr("N&on-contact:"), m_nonContact);
    auto optionalDate = [&](QCheckBox*& known, QDateEdit*& edit, const QString& name) {
        auto* row = new QWidget(page);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        known = new QCheckBox(tr("Known"), row);
        known->setAccessibleName(tr("%1 is known").arg(name));
        edit = dialogFields::pastDate(row, today, name);
        edit->setEnabled(false);
        layout->addWidget(known);
        layout->addWidget(edit, 1);
        connect(known, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(known, &QCheckBox::toggled, this, &RecordStaticScoreDialog::updateResult);
        connect(edit, &QDateEdit::dateChanged, this, &RecordStaticScoreDialog::updateResult);
        return row;
    };
    form->addRow(tr("&Last sexual offence:"),
                 optionalDate(m_lastSexualKnown, m_lastSexual, tr("Date of the last sexual offence sanction")));
    form->addRow(tr("Most recent offence (&any):"),
                 optionalDate(m_mostRecentKnown, m_mostRecent, tr("Date of the most recent offence of any kind")));
    m_stranger = choice(page, tr("Current offence against a stranger"),
                        {{tr("Unknown"), QVariant()}, {tr("Yes"), true}, {tr("No"), false}});
    form->addRow(tr("&Stranger victim:"), m_stranger);
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("staticScoreResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result before saving"));
    form->addRow(tr("Result:"), m_result);
    for (QComboBox* box : {m_sex, m_history, m_supervision, m_stranger}) {
        connect(box, &QComboBox::currentIndexChanged, this, &RecordStaticScoreDialog::updateResult);
    }
    for (QDateEdit* edit : {m_assessed, m_followUp}) {
        connect(edit, &QDateEdit::dateChanged, this, &RecordStaticScoreDialog::updateResult);
    }
    return page;
}

QWidget* RecordStaticScoreDialog::buildEnteredPage(const QDate& today)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_tool = new QLineEdit(page);
    m_tool->setPlaceholderText(tr("e.g. RM2000/S"));
    m_tool->setAccessibleName(tr("Tool"));
    form->addRow(tr("T&ool:"), m_tool);
    m_version = new QLineEdit(page);
    m_version->setPlaceholderText(tr("e.g. 2007"));
    m_version->setAccessibleName(tr("Version of the tool"));
    form->addRow(tr("&Version:"), m_version);
    m_category = new QLineEdit(page);
    m_category->setPlaceholderText(tr("As written in the source, e.g. High"));
    m_category->setAccessibleName(tr("Category"));
    form->addRow(tr("&Category:"), m_category);
    m_enteredAssessed = dialogFields::pastDate(page, today, tr("Date of the assessment"));
    form->addRow(tr("Assessment &date:"), m_enteredAssessed);
    m_source = dialogFields::textBox(page, tr("Where the score comes from: the report, its author and date"), 60);
    m_source->setAccessibleName(tr("Source"));
    form->addRow(tr("So&urce:"), m_source);
    return page;
}

bool RecordStaticScoreDialog::computed() const
{
    return m_kind->currentData().toBool();
}

OspInput RecordStaticScoreDialog::ospInput() const
{
    OspInput in;
    in.sex = static_cast<OspSex>(m_sex->currentData().toInt());
    in.sexualOffenceHistory = m_history->currentData().toBool();
    in.dateOfBirth = m_dateOfBirth;
    in.assessmentDate = m_assessed->date();
    in.followUpStart = m_followUp->date();
    in.supervision = static_cast<OspSupervision>(m_supervision->currentData().toInt());
    in.totalSanctions = m_total->value();
    in.contactAdultSanctions = m_contactAdult->value();
    in.contactChildSanctions = m_contactChild->value();
    in.imageIndirectSanctions = m_images->value();
    in.nonContactSanctions = m_nonContact->value();
    if (m_lastSexualKnown->isChecked()) {
        in.lastSexualOffenceDate = m_lastSexual->date();
    }
    if (m_mostRecentKnown->isChecked()) {
        in.mostRecentOffenceDate = m_mostRecent->date();
    }
    if (const QVariant v = m_stranger->currentData(); v.isValid()) {
        in.strangerVictim = v.toBool();
    }
    return in;
}

StaticScore RecordStaticScoreDialog::score() const
{
    StaticScore s;
    if (computed()) {
        s.tool = OspCalculator::toolName();
        s.version = OspCalculator::version();
        s.inputs = ospInput();
        s.assessedOn = *s.inputs->assessmentDate;
        return s;
    }
    s.tool = m_tool->text().trimmed();
    s.version = m_version->text().trimmed();
    s.assessedOn = m_enteredAssessed->date();
    s.category = m_category->text().trimmed();
    s.source = m_source->toPlainText().trimmed();
    return s;
}

void RecordStaticScoreDialog::updateResult()
{
    // Signals fire while the form is still being built; the result line comes last.
    if (m_result == nullptr || m_stranger == nullptr || !computed()) {
        return;
    }
    StaticScore s = score();
    const OspOutcome o = OspCalculator::compute(*s.inputs);
    if (!o.ok()) {
        QStringList problems;
        for (const OspValidationError& e : o.errors) {
            problems << Labels::ospProblem(e.code, e.field);
        }
        m_result->setText(tr("Cannot be scored yet: %1").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    m_result->setText(staticScoreHeadline(s) + QLatin1Char('\n') + staticScoreExplanation(s).join(QLatin1Char('\n')));
}

bool RecordStaticScoreDialog::checkBeforeSend()
{
    if (computed()) {
        const OspOutcome o = OspCalculator::compute(ospInput());
        if (!o.ok()) {
            showFieldError(m_total, tr("The inputs cannot be scored: %1")
                                        .arg(Labels::ospProblem(o.errors.first().code, o.errors.first().field)));
            return false;
        }
        return true;
    }
    for (auto [edit, label] :
         {std::pair{m_tool, tr("Tool")}, std::pair{m_version, tr("Version")}, std::pair{m_category, tr("Category")}}) {
        if (edit->text().trimmed().isEmpty()) {
            showFieldError(edit, tr("%1: required for a score entered from another tool.").arg(label));
            return false;
        }
    }
    if (m_tool->text().trimmed() == OspCalculator::toolName()) {
        showFieldError(m_tool, tr("Tool: %1 is computed here; choose it under Score.").arg(OspCalculator::toolName()));
        return false;
    }
    if (m_source->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_source, tr("Source: required. Say which report the score comes from."));
        return false;
    }
    return true;
}

} // namespace somdesk
