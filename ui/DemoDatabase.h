#pragma once

// The --demo start: a fictitious database made once and reused, signed in as one of its
// officers so that a first look at the product needs no account.

#include "core/Result.h"
#include "services/Services.h"
#include "services/Session.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <memory>

namespace somdesk {

struct SignedIn {
    std::unique_ptr<Services> services;
    Session session;
};

class DemoDatabase {
public:
    static constexpr int kDefaultNominals = 400;
    static constexpr quint64 kDefaultSeed = 1;

    // AppDataLocation/demo.sqlite.
    static QString defaultPath();
    // SOMDESK_PASSWORD, else kDemoPassword ("demo-password").
    static QByteArray defaultPassword();

    // Creates the database at `path` unless it exists, then signs in as the first user of
    // `role` (usernames in sorted order; an officer unless asked) with `password`, found by
    // listing users as `admin`.
    static Result<SignedIn> openOrCreate(const QString& path, const QDate& today, const QByteArray& password,
                                         int nominals = kDefaultNominals, quint64 seed = kDefaultSeed,
                                         Role role = Role::Officer);
};

} // namespace somdesk
