#pragma once

// Runs service calls off the GUI thread, one at a time, in the order they were asked for.
// One worker thread that never expires keeps the store's per-thread connection, and
// serialising the calls means one Services is never used from two threads at once. The
// answer comes back on the GUI thread, unless the receiving object has been destroyed.

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace somdesk {

class ServiceRunner : public QObject {
    Q_OBJECT

public:
    explicit ServiceRunner(QObject* parent = nullptr);
    ~ServiceRunner() override; // waits for the call in progress

    // `work` runs on the worker thread; `done(result)` runs on the GUI thread while
    // `receiver` lives.
    template <typename Work, typename Done> void run(QObject* receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work>;
        // Results travel in a shared_ptr so that types without a default constructor
        // (Result<T>) can cross QFuture.
        auto* watcher = new QFutureWatcher<std::shared_ptr<R>>(this);
        QPointer<QObject> guard(receiver);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, guard, done = std::move(done)]() mutable {
            std::shared_ptr<R> result = watcher->result();
            watcher->deleteLater();
            if (guard && result) {
                done(std::move(*result));
            }
            finishOne();
        });
        startOne();
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [work = std::move(work)]() mutable { return std::make_shared<R>(work()); }));
    }

    bool isBusy() const { return m_pending > 0; }
    int pending() const { return m_pending; }

    // Blocks until every call asked for so far has run (for shutdown and tests).
    void waitForDone();

signals:
    void busyChanged(bool busy);

private:
    void startOne();
    void finishOne();

    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace somdesk
