#pragma once

// Watches the application for the user's input (keys, mouse, wheel, touch) and says when
// none has come for the interval: the main window then locks (policy lock_minutes).

#include <QObject>
#include <QTimer>

#include <chrono>

namespace somdesk {

class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    // Starts (or restarts) counting from now; stop() while locked.
    void restart();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace somdesk
