// somdesk-bench: measures the force- and national-scale budgets outside the test suite.
//
//   somdesk-bench [--nominals N] [--entries E] [--runs R] [--database FILE] [--as-of DATE]
//
// Builds (or reuses) a fictitious demo database of N nominals with about E entries each,
// then times the alerts service for the whole force (admin scope) R times and prints
// min / median / max. The budget for 10,000 nominals × 60 entries is < 1 s (aim 300 ms).

#include "core/bundle/BundleWriter.h"
#include "demo/DemoGenerator.h"
#include "services/Services.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimeZone>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

using namespace somdesk;

namespace {

QString arg(const QStringList& args, const QString& name, const QString& fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::debug);
    const QStringList args = QCoreApplication::arguments();
    const int nominals = arg(args, QStringLiteral("--nominals"), QStringLiteral("10000")).toInt();
    const int entries = arg(args, QStringLiteral("--entries"), QStringLiteral("60")).toInt();
    const int runs = std::max(1, arg(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const QDate asOf =
        QDate::fromString(arg(args, QStringLiteral("--as-of"), QStringLiteral("2026-11-01")), Qt::ISODate);
    const QString path =
        arg(args, QStringLiteral("--database"),
            QDir::temp().filePath(QStringLiteral("somdesk-bench-%1x%2.sqlite").arg(nominals).arg(entries)));
    const QByteArray password = "bench-password";

    if (!QFileInfo::exists(path)) {
        std::printf("building %s: %d nominals x ~%d entries …\n", qPrintable(path), nominals, entries);
        QElapsedTimer t;
        t.start();
        DemoOptions o;
        o.nominals = nominals;
        o.seed = 42;
        o.today = asOf;
        o.entriesPerNominal = entries;
        const Bundle bundle = DemoGenerator::generate(o);
        std::printf("  generated in %lld ms\n", static_cast<long long>(t.restart()));
        QByteArray pw = password;
        if (Status st = Services::initDatabase(path, QStringLiteral("admin"), QStringLiteral("Bench Admin"), pw); !st) {
            std::fprintf(stderr, "init: %s\n", qPrintable(st.error().message));
            return 1;
        }
        auto s = Services::open(path);
        QByteArray pw2 = password;
        auto session = (*s)->signIn(QStringLiteral("admin"), pw2);
        if (!session) {
            std::fprintf(stderr, "sign-in: %s\n", qPrintable(session.error().message));
            return 1;
        }
        const QByteArray json = BundleWriter::write(bundle, defaultBundleVocabulary());
        auto summary = (*s)->importBundle(*session, json);
        if (!summary) {
            std::fprintf(stderr, "import: %s\n", qPrintable(summary.error().message));
            return 1;
        }
        std::printf("  imported %d nominals, %d entries in %lld ms\n", summary->nominals, summary->entries,
                    static_cast<long long>(t.elapsed()));
    }

    auto services = Services::open(path);
    if (!services) {
        std::fprintf(stderr, "open: %s\n", qPrintable(services.error().message));
        return 1;
    }
    QByteArray pw = password;
    auto admin = (*services)->signIn(QStringLiteral("admin"), pw);
    if (!admin) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(admin.error().message));
        return 1;
    }
    QList<qint64> times;
    int alertCount = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        AlertQuery q;
        q.asOf = asOf;
        q.purpose = QStringLiteral("alerts review");
        auto run = (*services)->alerts(*admin, q);
        times.append(t.elapsed());
        if (!run) {
            std::fprintf(stderr, "alerts: %s\n", qPrintable(run.error().message));
            return 1;
        }
        alertCount = static_cast<int>(run->alerts.size());
    }
    std::sort(times.begin(), times.end());
    std::printf("alerts, force-wide, %d nominals x ~%d entries: %d alerts; min %lld ms, median %lld ms, max %lld ms "
                "over %d runs\n",
                nominals, entries, alertCount, static_cast<long long>(times.first()),
                static_cast<long long>(times.at(times.size() / 2)), static_cast<long long>(times.last()), runs);
    // The same query in-process with a what-if policy that changes the phrases (text path).
    {
        QElapsedTimer t;
        t.start();
        AlertQuery q;
        q.asOf = asOf;
        q.purpose = QStringLiteral("alerts review");
        q.whatIfPolicyJson = QByteArray(R"({"trigger_phrases": ["urges", "feel isolated"]})");
        auto run = (*services)->alerts(*admin, q);
        if (run) {
            std::printf("alerts with a what-if phrase list (matching on text): %lld ms\n",
                        static_cast<long long>(t.elapsed()));
        }
    }
    return 0;
}
