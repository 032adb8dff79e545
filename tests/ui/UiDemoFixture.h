#pragma once

// A demo database for UI tests: created once per path (hashing and importing are slow),
// then opened and signed in as its first officer.

#include "DemoDatabase.h"

#include <QDate>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace somdesk::test {

// A file in a temporary folder that lives as long as the test program.
inline QString temporaryDatabasePath(const QString& name)
{
    static QTemporaryDir dir;
    return dir.filePath(name);
}

inline SignedIn signInToDemo(const QString& path, QDate today, const QByteArray& password, int seed)
{
    auto signedIn = DemoDatabase::openOrCreate(path, today, password, 60, seed);
    INFO((signedIn ? QString() : signedIn.error().message).toStdString());
    REQUIRE(signedIn.ok());
    return std::move(signedIn).value();
}

} // namespace somdesk::test
