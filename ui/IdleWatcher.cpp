#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace somdesk {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void IdleWatcher::restart()
{
    m_timer.start();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer.isActive()) {
            m_timer.start(); // input: count again from now
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace somdesk
