#include "TestSupport.h"

#include <QFile>

#include <stdexcept>

namespace somdesk::test {

QString dataDir()
{
    return QStringLiteral(SOMDESK_TEST_DATA_DIR);
}

QString sourceDir()
{
    return QStringLiteral(SOMDESK_SOURCE_DIR);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + path.toStdString());
    }
    return f.readAll();
}

} // namespace somdesk::test
