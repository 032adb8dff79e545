#pragma once

// Where "now" comes from. Services take a clock from their caller (the real one in the
// app and the CLI, a FixedClock in tests), so every timestamp they write is testable.

#include <QDate>
#include <QDateTime>

#include <memory>

namespace somdesk {

class Clock {
public:
    virtual ~Clock() = default;
    // The current instant, UTC.
    virtual QDateTime nowUtc() const = 0;

    // What the product stores: UTC to the whole second (bundle timestamps carry no fractions).
    QDateTime nowUtcSeconds() const;
    // Today's date in Europe/London, the calendar every rule and form counts days on.
    QDate todayLondon() const;

    // The machine's wall clock.
    static std::shared_ptr<const Clock> system();
};

} // namespace somdesk
