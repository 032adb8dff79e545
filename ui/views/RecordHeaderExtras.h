#pragma once

// The parts of the record header beyond the plain fields: the photo (or a placeholder that
// says there is none), the aliases, the age beside the date of birth, the custody status,
// the latest static risk score, and an icon beside the risk for high and very high risk (the words stay the status).

#include "core/Domain.h"

#include <QDate>
#include <QString>

class QGridLayout;
class QLabel;
class QWidget;

namespace somdesk {

class RecordHeaderExtras {
public:
    // Adds the widgets to the header grid (photo on the right, two rows below the others).
    // The risk icon goes before `riskValue`, in its cell.
    void install(QGridLayout* grid, QWidget* parent, QLabel* riskValue);
    void show(const Nominal& n, const QDate& today, QLabel* dobValue, QLabel* riskValue);
    // The captions it adds, for the muted caption colour.
    QList<QLabel*> captions() const;

    // Whole years from the date of birth to `today` (a 29 February birthday counts on 1 March
    // in other years).
    static int ageOn(const QDate& dateOfBirth, const QDate& today);
    static QString custodyText(const Nominal& n);
    // The latest static score in words (band and percentage), or that there is none.
    static QString staticScoreText(const Nominal& n);

    QLabel* photoLabel() const { return m_photo; }

private:
    QLabel* m_photo = nullptr;
    QLabel* m_aliasesCaption = nullptr;
    QLabel* m_aliasesValue = nullptr;
    QLabel* m_custodyCaption = nullptr;
    QLabel* m_custodyValue = nullptr;
    QLabel* m_scoreCaption = nullptr;
    QLabel* m_scoreValue = nullptr;
    QLabel* m_riskIcon = nullptr;
};

} // namespace somdesk
