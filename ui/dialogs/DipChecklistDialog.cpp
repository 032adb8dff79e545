#include "dialogs/DipChecklistDialog.h"

#include "models/Labels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace somdesk {

namespace {

QLabel* factsLabel(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

std::optional<DipFinding> findingOf(const QComboBox* box)
{
    const QVariant data = box->currentData();
    if (!data.isValid()) {
        return std::nullopt;
    }
    return static_cast<DipFinding>(data.toInt());
}

} // namespace

QString DipChecklistDialog::itemWords(const QString& item)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("arms_in_time"), QT_TR_NOOP("ARMS completed in time")},
        {QStringLiteral("entries_acknowledged"), QT_TR_NOOP("Entries acknowledged by the supervisor")},
        {QStringLiteral("concerns_reviewed"), QT_TR_NOOP("Concerns reviewed (re-evaluations decided)")},
        {QStringLiteral("oversight_recorded"), QT_TR_NOOP("Supervisory oversight recorded")},
        {QStringLiteral("mappa_screening_right"), QT_TR_NOOP("MAPPA screening and level right")},
        {QStringLiteral("visits_per_plan"), QT_TR_NOOP("Visits as often as the plan says")},
        {QStringLiteral("claims_verified"), QT_TR_NOOP("Claims verified")},
        {QStringLiteral("plan_current"), QT_TR_NOOP("Risk management plan current")},
    };
    const auto it = words.constFind(item);
    return it != words.constEnd() ? tr(it.value()) : item;
}

DipChecklistDialog::DipChecklistDialog(const QString& period, const QString& nominal, const QString& officer,
                                       const QString& by, const QStringList& items, QWidget* parent)
    : CaseworkDialog(tr("Dip sample checklist"),
                     tr("%1, managed by %2: the %3 dip sample, checked by %4. Choose a finding for every item; a "
                        "\"not compliant\" finding needs a note saying what is wrong.")
                         .arg(nominal, officer, period, by),
                     parent),
      m_items(items)
{
    auto* columns = new QHBoxLayout();
    auto* checklist = new QGroupBox(tr("Checklist"), this);
    auto* grid = new QGridLayout(checklist);
    grid->addWidget(new QLabel(tr("Item"), checklist), 0, 0);
    grid->addWidget(new QLabel(tr("Finding"), checklist), 0, 1);
    grid->addWidget(new QLabel(tr("Note (required when not compliant)"), checklist), 0, 2);
    for (int i = 0; i < m_items.size(); ++i) {
        const QString words = itemWords(m_items.at(i));
        auto* label = new QLabel(words, checklist);
        label->setWordWrap(true);
        auto* box = new QComboBox(checklist);
        box->setObjectName(QStringLiteral("finding_%1").arg(m_items.at(i)));
        box->setAccessibleName(tr("Finding: %1").arg(words));
        box->addItem(tr("Choose…"), QVariant());
        box->addItem(tr("Compliant"), static_cast<int>(DipFinding::Compliant));
        box->addItem(tr("Not compliant"), static_cast<int>(DipFinding::NotCompliant));
        box->addItem(tr("Not applicable"), static_cast<int>(DipFinding::NotApplicable));
        label->setBuddy(box);
        auto* note = new QLineEdit(checklist);
        note->setObjectName(QStringLiteral("note_%1").arg(m_items.at(i)));
        note->setAccessibleName(tr("Note: %1").arg(words));
        note->setMaxLength(2000);
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(box, i + 1, 1);
        grid->addWidget(note, i + 1, 2);
        m_boxes << box;
        m_notes << note;
        const QString key = QStringLiteral("items[%1]").arg(i);
        addField(key + QStringLiteral(".item"), words, box);
        addField(key + QStringLiteral(".note"), tr("Note: %1").arg(words), note);
        connect(box, &QComboBox::currentIndexChanged, this, &DipChecklistDialog::refreshEnabled);
        connect(note, &QLineEdit::textChanged, this, &DipChecklistDialog::refreshEnabled);
    }
    grid->setColumnStretch(2, 1);
    columns->addWidget(checklist, 3);

    auto* factsBox = new QGroupBox(tr("What the rules see for this record"), this);
    auto* factsLayout = new QVBoxLayout(factsBox);
    auto* alertsHeading = new QLabel(tr("&Open alerts:"), factsBox);
    m_alerts = factsLabel(factsBox, QStringLiteral("dipAlertsFacts"), tr("Open alerts of the record"));
    alertsHeading->setBuddy(m_alerts);
    auto* factsHeading = new QLabel(tr("&The record:"), factsBox);
    m_facts = factsLabel(factsBox, QStringLiteral("dipRecordFacts"), tr("Facts of the record"));
    factsHeading->setBuddy(m_facts);
    m_facts->setText(tr("Reading the record…"));
    factsLayout->addWidget(alertsHeading);
    factsLayout->addWidget(m_alerts);
    factsLayout->addWidget(factsHeading);
    factsLayout->addWidget(m_facts);
    factsLayout->addStretch(1);
    columns->addWidget(factsBox, 2);
    body()->addLayout(columns);

    finish(tr("&Record findings"));
    refreshEnabled();
    setMinimumWidth(980);
    if (!m_boxes.isEmpty()) {
        m_boxes.first()->setFocus();
    }
}

void DipChecklistDialog::setAlerts(const QList<Alert>& alerts)
{
    if (alerts.isEmpty()) {
        m_alerts->setText(tr("None."));
        return;
    }
    QStringList lines;
    for (const Alert& a : alerts) {
        QString due = a.due ? tr(", due %1").arg(Labels::date(*a.due)) : QString();
        lines << tr("• %1 (%2%3): %4")
                     .arg(Labels::ruleTitle(a.rule), Labels::alertStatus(a.status).toLower(), due, a.reason);
    }
    m_alerts->setText(lines.join(QLatin1Char('\n')));
}

void DipChecklistDialog::setNominal(const Nominal& n, const QList<Alert>& alerts)
{
    QStringList lines;
    lines << tr("Risk: %1; MAPPA %2; %3; %4")
                 .arg(Labels::risk(n.riskLevel), Labels::mappa(n.mappaCategory, n.mappaLevel),
                      Labels::management(n.management), Labels::registerStatus(n.registerStatus));

    std::optional<QDate> arms;
    for (const ArmsAssessment& a : n.arms) {
        arms = !arms || a.completedOn > *arms ? std::optional<QDate>(a.completedOn) : arms;
    }
    lines << tr("Latest ARMS: %1").arg(Labels::date(arms, tr("none recorded")));

    std::optional<QDate> visit;
    for (const Visit& v : n.visits) {
        visit = !visit || v.date > *visit ? std::optional<QDate>(v.date) : visit;
    }
    lines << tr("Last visit: %1 (%n visit(s) recorded)", nullptr, static_cast<int>(n.visits.size()))
                 .arg(Labels::date(visit, tr("none recorded")));

    const Plan* plan = nullptr;
    for (const Plan& p : n.plans) {
        plan = plan == nullptr || p.from > plan->from ? &p : plan;
    }
    lines << (plan == nullptr           ? tr("Plan: none recorded")
              : plan->visitIntervalDays ? tr("Plan from %1: a visit every %n day(s)", nullptr, *plan->visitIntervalDays)
                                              .arg(Labels::date(plan->from))
                                        : tr("Plan from %1").arg(Labels::date(plan->from)));

    std::optional<QDate> screening;
    for (const Screening& s : n.screenings) {
        screening = !screening || s.date > *screening ? std::optional<QDate>(s.date) : screening;
    }
    lines << tr("Last MAPPA screening: %1").arg(Labels::date(screening, tr("none recorded")));

    const auto unacknowledged = std::count_if(
        alerts.cbegin(), alerts.cend(), [](const Alert& a) { return a.rule == QStringLiteral("entries.acknowledge"); });
    lines << tr("Entries awaiting acknowledgement: %1").arg(unacknowledged);

    const auto pending = std::count_if(n.reviews.cbegin(), n.reviews.cend(),
                                       [](const Review& r) { return r.decision == ReviewDecision::Pending; });
    lines << tr("Re-evaluations pending: %1 (of %2 requested)").arg(pending).arg(n.reviews.size());
    lines << tr("Chronology entries: %1").arg(n.entries.size());
    m_facts->setText(lines.join(QLatin1Char('\n')));
}

void DipChecklistDialog::setFactsError(const QString& message)
{
    m_facts->setText(tr("The record could not be read: %1").arg(message));
}

QList<DipItem> DipChecklistDialog::findings() const
{
    QList<DipItem> result;
    for (int i = 0; i < m_items.size(); ++i) {
        const std::optional<DipFinding> finding = findingOf(m_boxes.at(i));
        if (!finding) {
            continue;
        }
        DipItem item;
        item.item = m_items.at(i);
        item.finding = *finding;
        const QString note = m_notes.at(i)->text().trimmed();
        if (!note.isEmpty()) {
            item.note = note;
        }
        result << item;
    }
    return result;
}

void DipChecklistDialog::choose(int i, DipFinding finding)
{
    m_boxes.at(i)->setCurrentIndex(m_boxes.at(i)->findData(static_cast<int>(finding)));
}

QString DipChecklistDialog::alertsText() const
{
    return m_alerts->text();
}

QString DipChecklistDialog::factsText() const
{
    return m_facts->text();
}

bool DipChecklistDialog::checkBeforeSend()
{
    for (int i = 0; i < m_items.size(); ++i) {
        const std::optional<DipFinding> finding = findingOf(m_boxes.at(i));
        if (!finding) {
            showFieldError(m_boxes.at(i), tr("%1: choose a finding.").arg(itemWords(m_items.at(i))));
            return false;
        }
        if (*finding == DipFinding::NotCompliant && m_notes.at(i)->text().trimmed().isEmpty()) {
            showFieldError(m_notes.at(i),
                           tr("%1: not compliant needs a note saying what is wrong.").arg(itemWords(m_items.at(i))));
            return false;
        }
    }
    return true;
}

void DipChecklistDialog::refreshEnabled()
{
    bool complete = true;
    for (int i = 0; i < m_items.size(); ++i) {
        const std::optional<DipFinding> finding = findingOf(m_boxes.at(i));
        complete =
            complete && finding && (*finding != DipFinding::NotCompliant || !m_notes.at(i)->text().trimmed().isEmpty());
    }
    if (QPushButton* ok = okButton()) {
        ok->setEnabled(complete && !m_boxes.isEmpty() && m_boxes.first()->isEnabled());
    }
}

} // namespace somdesk
