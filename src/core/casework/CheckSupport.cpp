#include "CheckSupport.h"

#include "core/InputLimits.h"
#include "core/rules/Dates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk {

Status notAfterToday(const QDate& d, const QString& field, const QDate& today)
{
    if (!d.isValid()) {
        return Error::invalid(field + u": required"_s);
    }
    if (d > today) {
        return Error::invalid(u"%1: in the future (today is %2)"_s.arg(field, toIsoDate(today)));
    }
    return {};
}

Status textWithin(const std::optional<QString>& text, const QString& field)
{
    if (text && text->size() > limits::kMaxText) {
        return Error::invalid(u"%1: longer than %2 characters"_s.arg(field).arg(limits::kMaxText));
    }
    return {};
}

bool isBlank(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

Status requiredText(const QString& text, const QString& field)
{
    if (isBlank(text)) {
        return Error::invalid(field + u": required"_s);
    }
    return textWithin(text, field);
}

} // namespace somdesk
