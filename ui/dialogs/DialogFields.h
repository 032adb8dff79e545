#pragma once

// The fields the casework dialogs build alike: a date that cannot pass today (with a
// calendar), a plain-text box that Tab leaves, a risk level box, and today's Europe/London date.

#include "core/Domain.h"

#include <QDate>
#include <QDateTime>
#include <QString>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QWidget;

namespace somdesk {

// The Europe/London date of a UTC instant (the date a user means by "today").
QDate londonToday(const QDateTime& nowUtc);

namespace dialogFields {

// A date field starting at `today`, no later than it, with a calendar popup.
QDateEdit* pastDate(QWidget* parent, const QDate& today, const QString& accessibleName);
// A multi-line text box of about `height` pixels (at most twice that); Tab moves on.
QPlainTextEdit* textBox(QWidget* parent, const QString& placeholder, int height);
// The four risk levels in words, their RiskLevel as data, starting at `current`.
QComboBox* riskLevelBox(QWidget* parent, RiskLevel current);

} // namespace dialogFields

} // namespace somdesk
