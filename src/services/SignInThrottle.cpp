#include "SignInThrottle.h"

#include "PasswordHasher.h"

#include <sodium.h>

#include <map>
#include <mutex>
#include <utility>

namespace somdesk {

std::optional<QDateTime> lockEndAfter(const Policy& policy, int failures, const QDateTime& now)
{
    const int perRun = policy.number(QStringLiteral("signin_max_failures"));
    if (perRun <= 0 || failures < perRun || failures % perRun != 0) {
        return std::nullopt;
    }
    const qint64 cap = policy.number(QStringLiteral("signin_lock_max_minutes"));
    qint64 minutes = policy.number(QStringLiteral("signin_lock_minutes"));
    for (int run = failures / perRun; run > 1 && minutes < cap; --run) {
        minutes *= 2;
    }
    return now.addSecs(std::min(minutes, std::max(cap, qint64(1))) * 60);
}

QString dummyPasswordHash(const HashCost& cost)
{
    // A hash of 32 random bytes nobody kept. The default cost's is written here, so a
    // one-shot command line answers an unknown name as fast as a known one; another cost's is
    // made once per process, at the first unknown name.
    static std::mutex mutex;
    static std::map<std::pair<int, int>, QString> made{
        {{64, 2},
         QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$YE5jMmY3GkjK5lhIWUinHA$"
                        "MMEa7w1PKXMgrbRgXzS0FMtSHwbOurkPe//iYblsRQU")}};
    std::lock_guard lock(mutex);
    const auto key = std::make_pair(cost.memlimitMiB, cost.opslimit);
    if (auto it = made.find(key); it != made.end()) {
        return it->second;
    }
    if (sodium_init() < 0) {
        return {};
    }
    QByteArray secret(32, '\0');
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    auto h = PasswordHasher::hash(secret, cost);
    const QString hash = h ? *h : QString();
    made.emplace(key, hash);
    return hash;
}

} // namespace somdesk
