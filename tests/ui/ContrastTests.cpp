// Contrast: every text colour the app uses, on every background it is drawn on, in both its
// light and its dark palette, reaches WCAG 2.2 AA's 4.5:1.

#include "models/Labels.h"
#include "models/StatusColours.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QPalette>

using namespace somdesk;

namespace {

struct Pair {
    const char* what;
    QColor text;
    QColor background;
};

void checkAll(const QList<Pair>& pairs, const char* palette)
{
    for (const Pair& p : pairs) {
        const double ratio = colours::contrastRatio(p.text, p.background);
        INFO(palette << ": " << p.what << " " << p.text.name().toStdString() << " on "
                     << p.background.name().toStdString() << " = " << ratio);
        CHECK(ratio >= 4.5);
    }
}

QList<Pair> pairsOf(const QPalette& pal)
{
    using R = QPalette;
    QList<Pair> pairs{
        {"Text on Base", pal.color(R::Text), pal.color(R::Base)},
        {"Text on AlternateBase", pal.color(R::Text), pal.color(R::AlternateBase)},
        {"WindowText on Window", pal.color(R::WindowText), pal.color(R::Window)},
        {"ButtonText on Button", pal.color(R::ButtonText), pal.color(R::Button)},
        {"HighlightedText on Highlight", pal.color(R::HighlightedText), pal.color(R::Highlight)},
        {"inactive HighlightedText on Highlight", pal.color(R::Inactive, R::HighlightedText),
         pal.color(R::Inactive, R::Highlight)},
        {"ToolTipText on ToolTipBase", pal.color(R::ToolTipText), pal.color(R::ToolTipBase)},
        {"PlaceholderText on Base", pal.color(R::PlaceholderText), pal.color(R::Base)},
        {"Link on Base", pal.color(R::Link), pal.color(R::Base)},
    };
    // Status colours are drawn in tables (Base, AlternateBase) and on labels (Window).
    const QList<std::pair<const char*, QColor>> status{
        {"overdue", colours::alert(AlertStatus::Overdue, pal)},
        {"due", colours::alert(AlertStatus::Due, pal)},
        {"info", colours::alert(AlertStatus::Info, pal)},
        {"very high risk", colours::risk(RiskLevel::VeryHigh, pal)},
        {"high risk", colours::risk(RiskLevel::High, pal)},
        {"muted", colours::muted(pal)},
        {"error", colours::error(pal)},
    };
    for (const auto& [what, colour] : status) {
        REQUIRE(colour.isValid());
        for (const R::ColorRole background : {R::Base, R::AlternateBase, R::Window}) {
            pairs.append({what, colour, pal.color(background)});
        }
    }
    return pairs;
}

} // namespace

TEST_CASE("ui: the contrast ratio is WCAG's: black on white is 21, a colour on itself is 1")
{
    CHECK(colours::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(colours::contrastRatio(Qt::white, Qt::black) == Approx(21.0));
    CHECK(colours::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)) == Approx(1.0));
    // #767676 on white is the well-known smallest grey that passes: 4.54.
    CHECK(colours::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01));
}

TEST_CASE("ui: every text colour reaches 4.5:1 on its backgrounds in the light palette")
{
    const QPalette light = colours::lightPalette();
    CHECK_FALSE(colours::isDark(light));
    checkAll(pairsOf(light), "light");
}

TEST_CASE("ui: every text colour reaches 4.5:1 on its backgrounds in the dark palette")
{
    const QPalette dark = colours::darkPalette();
    CHECK(colours::isDark(dark));
    checkAll(pairsOf(dark), "dark");
    // The light palette's overdue red would not do on dark grey: the colours really change.
    CHECK(colours::contrastRatio(colours::alert(AlertStatus::Overdue, colours::lightPalette()),
                                 dark.color(QPalette::Window)) < 4.5);
}

TEST_CASE("ui: the labels' colours follow the application's palette")
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(colours::darkPalette());
    CHECK(Labels::alertColour(AlertStatus::Overdue) == colours::alert(AlertStatus::Overdue, colours::darkPalette()));
    CHECK(Labels::mutedColour() == colours::muted(colours::darkPalette()));
    QApplication::setPalette(colours::lightPalette());
    CHECK(Labels::alertColour(AlertStatus::Overdue) == colours::alert(AlertStatus::Overdue, colours::lightPalette()));
    QApplication::setPalette(before);
}

TEST_CASE("ui: the banners' fixed colours read on their own backgrounds")
{
    // MainWindow.ui: the demo banner, the integrity banner, the error banner.
    checkAll({{"demo banner", QColor(0x00, 0x00, 0x00), QColor(0xf4, 0xc2, 0x0d)},
              {"integrity banner", QColor(0xff, 0xff, 0xff), QColor(0xb0, 0x00, 0x20)},
              {"error banner", QColor(0x8a, 0x00, 0x00), QColor(0xfb, 0xe3, 0xe3)}},
             "fixed");
}
