#pragma once

// The colours that carry status (overdue, due, info, risk, absent, error) for the palette in
// use, chosen so that text in them has a contrast of at least 4.5:1 (WCAG 2.2 AA) on the
// palette's backgrounds, and the app's own light and dark palettes.

#include "core/Domain.h"
#include "core/rules/Alert.h"

#include <QColor>
#include <QPalette>

namespace somdesk::colours {

// WCAG 2.2 relative luminance and contrast ratio (1 to 21).
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);

// Whether text on this palette's base is light on dark.
bool isDark(const QPalette& palette);

QColor alert(AlertStatus status, const QPalette& palette);
// Invalid for levels shown in the ordinary text colour (low, medium).
QColor risk(RiskLevel level, const QPalette& palette);
QColor muted(const QPalette& palette);
QColor error(const QPalette& palette);

// Fusion's light palette, and a dark palette whose every text role reads on its background.
QPalette lightPalette();
QPalette darkPalette();

} // namespace somdesk::colours
