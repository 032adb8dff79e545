#include "views/RecordHeaderExtras.h"

#include "core/scores/StaticScoreText.h"
#include "models/Labels.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QStyle>

namespace somdesk {

namespace {

constexpr int kPhotoWidth = 64;
constexpr int kPhotoHeight = 80;

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel* captionLabel(const QString& text, QLabel* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setBuddy(buddy);
    return label;
}

} // namespace

void RecordHeaderExtras::install(QGridLayout* grid, QWidget* parent, QLabel* riskValue)
{
    const int rows = grid->rowCount();
    m_aliasesValue = valueLabel(parent);
    m_aliasesValue->setObjectName(QStringLiteral("aliasesValue"));
    m_aliasesCaption = captionLabel(QApplication::translate("NominalView", "Aliases:"), m_aliasesValue, parent);
    m_custodyValue = valueLabel(parent);
    m_custodyValue->setObjectName(QStringLiteral("custodyValue"));
    m_custodyCaption = captionLabel(QApplication::translate("NominalView", "Custody:"), m_custodyValue, parent);
    grid->addWidget(m_aliasesCaption, rows, 0);
    grid->addWidget(m_aliasesValue, rows, 1);
    grid->addWidget(m_custodyCaption, rows, 2);
    grid->addWidget(m_custodyValue, rows, 3);
    m_scoreValue = valueLabel(parent);
    m_scoreValue->setObjectName(QStringLiteral("staticScoreValue"));
    m_scoreCaption = captionLabel(QApplication::translate("NominalView", "Static score:"), m_scoreValue, parent);
    grid->addWidget(m_scoreCaption, rows + 1, 0);
    grid->addWidget(m_scoreValue, rows + 1, 1, 1, 3);

    m_photo = new QLabel(parent);
    m_photo->setObjectName(QStringLiteral("photoLabel"));
    m_photo->setFixedSize(kPhotoWidth, kPhotoHeight);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setWordWrap(true);
    grid->addWidget(m_photo, 0, 4, rows + 2, 1, Qt::AlignTop | Qt::AlignRight);

    m_riskIcon = new QLabel(parent);
    m_riskIcon->setObjectName(QStringLiteral("riskIcon"));
    m_riskIcon->setVisible(false);
    int row = 0;
    int column = 0;
    int rowSpan = 0;
    int columnSpan = 0;
    grid->getItemPosition(grid->indexOf(riskValue), &row, &column, &rowSpan, &columnSpan);
    grid->removeWidget(riskValue);
    auto* cell = new QHBoxLayout();
    cell->setSpacing(4);
    cell->addWidget(m_riskIcon);
    cell->addWidget(riskValue, 1);
    grid->addLayout(cell, row, column);
}

QList<QLabel*> RecordHeaderExtras::captions() const
{
    return {m_aliasesCaption, m_custodyCaption, m_scoreCaption};
}

int RecordHeaderExtras::ageOn(const QDate& dateOfBirth, const QDate& today)
{
    if (!dateOfBirth.isValid() || !today.isValid() || today < dateOfBirth) {
        return 0;
    }
    int years = today.year() - dateOfBirth.year();
    const bool leapBirthday = dateOfBirth.month() == 2 && dateOfBirth.day() == 29;
    const QDate birthdayThisYear = leapBirthday && !QDate::isLeapYear(today.year())
                                       ? QDate(today.year(), 3, 1)
                                       : QDate(today.year(), dateOfBirth.month(), dateOfBirth.day());
    if (today < birthdayThisYear) {
        --years;
    }
    return years;
}

QString RecordHeaderExtras::custodyText(const Nominal& n)
{
    if (n.custody.isEmpty()) {
        return QApplication::translate("NominalView", "In the community");
    }
    const CustodyPeriod& last = n.custody.last();
    if (!last.releasedOn) {
        const QString since =
            QApplication::translate("NominalView", "In custody since %1").arg(Labels::date(last.from));
        return last.expectedRelease ? QApplication::translate("NominalView", "%1; expected release %2")
                                          .arg(since, Labels::date(*last.expectedRelease))
                                    : since;
    }
    return QApplication::translate("NominalView", "In the community, released %1").arg(Labels::date(*last.releasedOn));
}

QString RecordHeaderExtras::staticScoreText(const Nominal& n)
{
    const StaticScore* latest = latestStaticScore(n.staticScores);
    if (latest == nullptr) {
        return QApplication::translate("NominalView", "None recorded");
    }
    return QApplication::translate("NominalView", "%1 (assessed %2)")
        .arg(staticScoreHeadline(*latest), Labels::date(latest->assessedOn));
}

void RecordHeaderExtras::show(const Nominal& n, const QDate& today, QLabel* dobValue, QLabel* riskValue)
{
    dobValue->setText(QApplication::translate("NominalView", "%1 (age %2)")
                          .arg(Labels::date(n.dateOfBirth))
                          .arg(ageOn(n.dateOfBirth, today)));
    m_aliasesValue->setText(n.aliases.isEmpty() ? QApplication::translate("NominalView", "None recorded")
                                                : n.aliases.join(QStringLiteral(", ")));
    m_custodyValue->setText(custodyText(n));
    m_scoreValue->setText(staticScoreText(n));

    QImage image;
    if (n.photo && image.loadFromData(*n.photo)) {
        m_photo->setPixmap(
            QPixmap::fromImage(image.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_photo->setAccessibleName(
            QApplication::translate("NominalView", "Photo of %1").arg(Labels::personName(n.familyName, n.givenNames)));
    } else {
        m_photo->setPixmap({});
        m_photo->setText(QApplication::translate("NominalView", "No photo"));
        m_photo->setAccessibleName(QApplication::translate("NominalView", "No photo recorded"));
    }

    // The icon is beside the words, never instead of them.
    const bool high = n.riskLevel == RiskLevel::High || n.riskLevel == RiskLevel::VeryHigh;
    riskValue->setText(Labels::risk(n.riskLevel));
    if (high) {
        const int size = riskValue->fontMetrics().height();
        const QIcon icon = riskValue->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        m_riskIcon->setPixmap(icon.pixmap(size, size));
        m_riskIcon->setVisible(true);
    } else {
        m_riskIcon->setVisible(false);
    }
}

} // namespace somdesk
