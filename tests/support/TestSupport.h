#pragma once

#include <QString>
#include <QTemporaryDir>

namespace somdesk::test {

// Folder with the repository's test fixtures (tests/data).
QString dataDir();
// Root of the source tree.
QString sourceDir();
// Reads a whole file as UTF-8; fails the current test when it cannot.
QByteArray readFile(const QString& path);

} // namespace somdesk::test
