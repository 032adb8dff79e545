#include "Cli.h"

#include <QCoreApplication>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

int main(int argc, char** argv)
{
    // Records of this kind must never end up in a core file.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    // Exports, backups and manifests hold personal data: readable by the owner only.
    umask(S_IRWXG | S_IRWXO);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("somdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // stdout carries the command's output (JSON); diagnostics go to stderr, warnings only.
    auto logger = spdlog::stderr_logger_mt("somdesk-cli");
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    return somdesk::Cli().run(QCoreApplication::arguments());
}
