#pragma once

// The small checks every kind of casework record shares (RecordChecks.cpp,
// DecisionChecks.cpp): each error names the field as the bundle does.

#include "core/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace somdesk {

// Required, and not after `today` ("date: in the future (today is 2026-12-06)").
Status notAfterToday(const QDate& d, const QString& field, const QDate& today);
// At most the text limit of core/InputLimits.h.
Status textWithin(const std::optional<QString>& text, const QString& field);
// Empty or only white space (QChar::isSpace, as trigger matching).
bool isBlank(const QString& s);
// Not blank, and within the limit.
Status requiredText(const QString& text, const QString& field);

} // namespace somdesk
