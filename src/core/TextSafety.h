#pragma once

// Text that came from data or arguments, made safe to print and checked at the service
// boundary (docs/security.md, "Files, output and free text"). A control character in a
// terminal table can forge a row (a newline), rewrite what is shown (an escape sequence)
// or reorder it (a bidirectional override), so identifiers and purposes refuse them and
// every table escapes them on output.

#include "core/Result.h"

#include <QString>

namespace somdesk::text {

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional
// embedding, override and isolate marks.
bool isUnsafe(char32_t c);
bool hasUnsafe(const QString& s);

// Refuses a value holding an unsafe character: "<field>: must not contain control characters".
Status requireSafe(const QString& field, const QString& value);

// The value with every unsafe character and the backslash written as a visible escape
// (\n, \t, \e, \\ or \u{XXXX}), so one value is always one cell on one line.
QString printable(const QString& s);
// The same without escaping the backslash: what the audit writer stores, so no control
// character ever enters the trail whatever a caller passes (printable() then shows it).
QString withoutControls(const QString& s);

} // namespace somdesk::text
