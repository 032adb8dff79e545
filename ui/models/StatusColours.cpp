#include "models/StatusColours.h"

#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace somdesk::colours {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < relativeLuminance(palette.color(QPalette::Text));
}

QColor alert(AlertStatus status, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case AlertStatus::Overdue:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x10, 0x10);
    case AlertStatus::Due:
        return dark ? QColor(0xff, 0xc1, 0x6b) : QColor(0x8f, 0x4e, 0x00);
    case AlertStatus::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x4e, 0x99);
    }
    return {};
}

QColor risk(RiskLevel level, const QPalette& palette)
{
    switch (level) {
    case RiskLevel::VeryHigh:
        return alert(AlertStatus::Overdue, palette);
    case RiskLevel::High:
        return alert(AlertStatus::Due, palette);
    case RiskLevel::Medium:
    case RiskLevel::Low:
        return {};
    }
    return {};
}

QColor muted(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x5f, 0x5f, 0x5f);
}

QColor error(const QPalette& palette)
{
    return alert(AlertStatus::Overdue, palette);
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    // Fusion's own selection blue (#308cc6) gives white text 3.6:1, and its half-transparent
    // placeholder text 4:1; both are darkened to read at 4.5:1 or more.
    p.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x66, 0xa8));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x66, 0xa8));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x8c, 0x8c, 0x8c);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x5d, 0xb0));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9b, 0xf5));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x9a, 0x9a, 0x9a)); // also the caption text colour
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

} // namespace somdesk::colours
