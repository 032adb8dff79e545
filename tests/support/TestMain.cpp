#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef SOMDESK_TEST_WITH_WIDGETS
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <cstdlib>

int main(int argc, char** argv)
{
    // Offscreen unless a display was chosen on purpose; discovery runs us at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Rules read dates in Europe/London explicitly; a far-away machine zone makes any
    // accidental use of local time fail loudly in tests.
    if (qEnvironmentVariableIsEmpty("SOMDESK_TEST_KEEP_TZ")) {
        qputenv("TZ", "Pacific/Kiritimati");
    }
    QCoreApplication::setApplicationName(QStringLiteral("somdesk-tests"));
#ifdef SOMDESK_TEST_WITH_WIDGETS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
