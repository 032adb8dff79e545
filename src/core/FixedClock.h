#pragma once

// A clock that says what it is told: tests set the instant and move it on.

#include "core/Clock.h"

#include <mutex>

namespace somdesk {

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}

    QDateTime nowUtc() const override
    {
        std::lock_guard lock(m_mutex);
        return m_now;
    }
    void set(const QDateTime& nowUtc)
    {
        std::lock_guard lock(m_mutex);
        m_now = nowUtc;
    }
    void advanceSeconds(qint64 seconds)
    {
        std::lock_guard lock(m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

} // namespace somdesk
