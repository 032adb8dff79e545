#include "ServiceRunner.h"

namespace somdesk {

ServiceRunner::ServiceRunner(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("somdesk-services"));
}

ServiceRunner::~ServiceRunner()
{
    m_pool.waitForDone();
}

void ServiceRunner::waitForDone()
{
    m_pool.waitForDone();
}

void ServiceRunner::startOne()
{
    if (m_pending++ == 0) {
        emit busyChanged(true);
    }
}

void ServiceRunner::finishOne()
{
    if (--m_pending == 0) {
        emit busyChanged(false);
    }
}

} // namespace somdesk
