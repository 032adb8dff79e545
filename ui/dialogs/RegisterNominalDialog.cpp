#include "dialogs/RegisterNominalDialog.h"

#include "core/InputLimits.h"
#include "core/PhotoFormat.h"
#include "dialogs/DialogFields.h"
#include "models/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace somdesk {

namespace {

QSpinBox* numberBox(QWidget* parent, int from, int to, const QString& prefix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(from, to);
    box->setPrefix(prefix);
    return box;
}

} // namespace

RegisterNominalDialog::RegisterNominalDialog(const QString& proposedRef, const QString& area,
                                             const QList<QPair<QString, QString>>& owners, const QDateTime& nowUtc,
                                             QWidget* parent)
    : CaseworkDialog(tr("Register a nominal"),
                     tr("A new registration in %1 at the initial notification. A person already registered with the "
                        "same name and date of birth is flagged before anything is saved.")
                         .arg(area),
                     parent),
      m_area(area)
{
    const QDate today = londonToday(nowUtc);
    auto* columns = new QHBoxLayout();

    auto* who = new QGroupBox(tr("The person"), this);
    auto* whoForm = new QFormLayout(who);
    m_ref = new QLineEdit(proposedRef, who);
    m_ref->setMaxLength(32);
    whoForm->addRow(tr("&Reference:"), m_ref);
    m_family = new QLineEdit(who);
    m_family->setPlaceholderText(tr("Family name"));
    whoForm->addRow(tr("&Family name:"), m_family);
    m_given = new QLineEdit(who);
    whoForm->addRow(tr("&Given names:"), m_given);
    m_aliases = new QLineEdit(who);
    m_aliases->setPlaceholderText(tr("Other names, separated by commas"));
    whoForm->addRow(tr("&Aliases:"), m_aliases);
    m_dob = dialogFields::pastDate(who, today.addYears(-30), tr("Date of birth"));
    m_dob->setMinimumDate(QDate(1900, 1, 1));
    whoForm->addRow(tr("Date of &birth:"), m_dob);
    m_address = dialogFields::textBox(who, tr("Home address as notified"), 50);
    whoForm->addRow(tr("A&ddress:"), m_address);
    m_photoPreview = new QLabel(tr("No photo"), who);
    m_photoPreview->setFixedSize(72, 90);
    m_photoPreview->setAlignment(Qt::AlignCenter);
    m_photoPreview->setFrameShape(QFrame::StyledPanel);
    m_photoPreview->setAccessibleName(tr("Photo preview"));
    m_photoButton = new QPushButton(tr("C&hoose photo…"), who);
    m_photoRemove = new QPushButton(tr("Re&move photo"), who);
    m_photoRemove->setEnabled(false);
    auto* photoButtons = new QVBoxLayout();
    photoButtons->addWidget(m_photoButton);
    photoButtons->addWidget(m_photoRemove);
    photoButtons->addStretch();
    auto* photoRow = new QHBoxLayout();
    photoRow->addWidget(m_photoPreview);
    photoRow->addLayout(photoButtons);
    photoRow->addStretch();
    whoForm->addRow(tr("Photo:"), photoRow);
    connect(m_photoButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Photo of the person"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty()) {
            if (const QString refused = setPhotoFile(path); !refused.isEmpty()) {
                showFieldError(m_photoButton, refused);
            }
        }
    });
    connect(m_photoRemove, &QPushButton::clicked, this, [this] {
        m_photo.clear();
        m_photoPreview->setPixmap({});
        m_photoPreview->setText(tr("No photo"));
        m_photoRemove->setEnabled(false);
    });
    columns->addWidget(who);

    auto* registration = new QGroupBox(tr("Registration and management"), this);
    auto* regForm = new QFormLayout(registration);
    m_notified = dialogFields::pastDate(registration, today, tr("Date first notified"));
    regForm->addRow(tr("First &notified:"), m_notified);
    m_period = new QComboBox(registration);
    for (NotificationPeriod p : {NotificationPeriod::Indefinite, NotificationPeriod::Years10,
                                 NotificationPeriod::Years7, NotificationPeriod::Years5, NotificationPeriod::Years2}) {
        m_period->addItem(Labels::notificationPeriod(p), int(p));
    }
    regForm->addRow(tr("&Period:"), m_period);
    m_under18 = new QCheckBox(tr("&Under 18 when notified"), registration);
    regForm->addRow(QString(), m_under18);
    m_owner = new QComboBox(registration);
    for (const auto& [username, display] : owners) {
        m_owner->addItem(display, username);
    }
    regForm->addRow(tr("&Officer:"), m_owner);
    auto* mappa = new QHBoxLayout();
    m_category = numberBox(registration, 1, 4, tr("Category "));
    m_level = numberBox(registration, 1, 3, tr("Level "));
    mappa->addWidget(m_category);
    mappa->addWidget(m_level);
    m_category->setAccessibleName(tr("MAPPA category"));
    m_level->setAccessibleName(tr("MAPPA level"));
    regForm->addRow(tr("MAPPA:"), mappa);
    m_risk = dialogFields::riskLevelBox(registration, RiskLevel::Medium);
    regForm->addRow(tr("Ris&k:"), m_risk);
    m_inCustody = new QCheckBox(tr("In &custody since"), registration);
    m_custodyFrom = dialogFields::pastDate(registration, today, tr("Custody began"));
    auto* custodyRow = new QHBoxLayout();
    custodyRow->addWidget(m_inCustody);
    custodyRow->addWidget(m_custodyFrom);
    regForm->addRow(tr("Custody:"), custodyRow);
    m_releaseKnown = new QCheckBox(tr("&Expected release"), registration);
    m_expectedRelease = new QDateEdit(today.addYears(1), registration);
    m_expectedRelease->setCalendarPopup(true);
    m_expectedRelease->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    watch(m_expectedRelease);
    auto* releaseRow = new QHBoxLayout();
    releaseRow->addWidget(m_releaseKnown);
    releaseRow->addWidget(m_expectedRelease);
    regForm->addRow(QString(), releaseRow);
    for (QCheckBox* box : {m_inCustody, m_releaseKnown}) {
        connect(box, &QCheckBox::toggled, this, [this] { refreshEnabled(); });
    }
    refreshEnabled();
    columns->addWidget(registration);
    body()->addLayout(columns);

    finish(tr("&Register"));
    addField(QStringLiteral("ref"), tr("Reference"), m_ref);
    addField(QStringLiteral("family_name"), tr("Family name"), m_family);
    addField(QStringLiteral("given_names"), tr("Given names"), m_given);
    addField(QStringLiteral("aliases"), tr("Aliases"), m_aliases);
    addField(QStringLiteral("date_of_birth"), tr("Date of birth"), m_dob);
    addField(QStringLiteral("address"), tr("Address"), m_address);
    addField(QStringLiteral("photo"), tr("Photo"), m_photoButton);
    addField(QStringLiteral("registration"), tr("First notified"), m_notified);
    addField(QStringLiteral("owner"), tr("Officer"), m_owner);
    addField(QStringLiteral("area"), tr("Area"), m_owner);
    addField(QStringLiteral("custody"), tr("Custody"), m_custodyFrom);
    addField(QStringLiteral("duplicate"), tr("Already registered"), m_family);
    m_family->setFocus();
}

Nominal RegisterNominalDialog::nominal() const
{
    Nominal n;
    n.ref = m_ref->text().trimmed();
    n.familyName = m_family->text().simplified();
    n.givenNames = m_given->text().simplified();
    for (const QString& alias : m_aliases->text().split(QLatin1Char(','))) {
        if (const QString a = alias.simplified(); !a.isEmpty()) {
            n.aliases << a;
        }
    }
    n.dateOfBirth = m_dob->date();
    if (const QString address = m_address->toPlainText().trimmed(); !address.isEmpty()) {
        n.address = address;
    }
    if (!m_photo.isEmpty()) {
        n.photo = m_photo;
    }
    n.area = m_area;
    n.owner = m_owner->currentData().toString();
    n.mappaCategory = m_category->value();
    n.mappaLevel = m_level->value();
    n.riskLevel = static_cast<RiskLevel>(m_risk->currentData().toInt());
    n.registration.firstNotified = m_notified->date();
    n.registration.period = static_cast<NotificationPeriod>(m_period->currentData().toInt());
    n.registration.under18AtNotification = m_under18->isChecked();
    if (m_inCustody->isChecked()) {
        CustodyPeriod c;
        c.from = m_custodyFrom->date();
        if (m_releaseKnown->isChecked()) {
            c.expectedRelease = m_expectedRelease->date();
        }
        n.custody << c;
    }
    return n;
}

QString RegisterNominalDialog::setPhotoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("Photo: %1 cannot be read").arg(QFileInfo(path).fileName());
    }
    if (file.size() > limits::kMaxPhotoBytes) {
        return tr("Photo: larger than 1 MB; choose a smaller picture");
    }
    const QByteArray bytes = file.readAll();
    QImage image;
    const PhotoFormat kind = photoFormatOf(bytes);
    const char* format = kind == PhotoFormat::Png ? "PNG" : kind == PhotoFormat::Jpeg ? "JPEG" : nullptr;
    if (format == nullptr || !image.loadFromData(bytes, format)) {
        return tr("Photo: not a PNG or JPEG picture");
    }
    m_photo = bytes;
    m_photoPreview->setText(QString());
    m_photoPreview->setPixmap(
        QPixmap::fromImage(image.scaled(m_photoPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_photoRemove->setEnabled(true);
    return {};
}

bool RegisterNominalDialog::checkBeforeSend()
{
    const std::pair<QLineEdit*, QString> required[] = {
        {m_ref, tr("Reference: required")},
        {m_family, tr("Family name: required")},
        {m_given, tr("Given names: required")},
    };
    for (const auto& [edit, message] : required) {
        if (edit->text().trimmed().isEmpty()) {
            showFieldError(edit, message);
            return false;
        }
    }
    if (m_owner->count() == 0) {
        showFieldError(m_owner, tr("Officer: there is no officer you may register a case for"));
        return false;
    }
    if (m_notified->date() < m_dob->date()) {
        showFieldError(m_notified, tr("First notified: before the date of birth"));
        return false;
    }
    if (m_inCustody->isChecked() && m_releaseKnown->isChecked() && m_expectedRelease->date() < m_custodyFrom->date()) {
        showFieldError(m_expectedRelease, tr("Expected release: before the custody began"));
        return false;
    }
    return true;
}

void RegisterNominalDialog::refreshEnabled()
{
    m_custodyFrom->setEnabled(m_inCustody->isChecked());
    m_releaseKnown->setEnabled(m_inCustody->isChecked());
    m_expectedRelease->setEnabled(m_inCustody->isChecked() && m_releaseKnown->isChecked());
}

} // namespace somdesk
