// somdesk: the desktop app. Signs in (or opens the demo database), then shows the main window.

#include "DemoDatabase.h"
#include "MainWindow.h"
#include "PrivateFolder.h"
#include "Settings.h"
#include "core/rules/Dates.h"
#include "dialogs/OverrideAlertDialog.h"
#include "dialogs/SignInDialog.h"
#include "models/AlertsModel.h"
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"
#include "models/CollatingProxyModel.h"
#include "models/ItemRoles.h"
#include "views/NominalView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace somdesk;

namespace {

// A core dump would hold decrypted records and typed passwords.
void disableCoreDumps()
{
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
}

// A rotating file in the app data folder plus stderr. Log lines carry references and ids,
// never names, dates of birth or entry text.
void setupLogging()
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    // As private as the command line's files: the folder 0700, the log 0600 (PrivateFolder.h).
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString logFile = QDir(dir).filePath(QStringLiteral("somdesk.log"));
    if (preparePrivateFolder(dir) && preparePrivateFile(logFile)) {
        try {
            constexpr std::size_t kMaxSize = 5 * 1024 * 1024;
            constexpr std::size_t kMaxFiles = 3;
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile.toStdString(), kMaxSize, kMaxFiles));
        } catch (const spdlog::spdlog_ex& e) {
            fprintf(stderr, "somdesk: cannot open the log file: %s\n", e.what());
        }
    }
    auto logger = std::make_shared<spdlog::logger>("somdesk", sinks.begin(), sinks.end());
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void installTranslators(QApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("somdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/somdesk_en_GB.qm"))) {
        QApplication::installTranslator(own);
    }
}

// Runs `then` once the window has no service call in progress.
void whenIdle(MainWindow& window, std::function<void()> then)
{
    if (!window.isBusy()) {
        then();
        return;
    }
    QTimer::singleShot(100, &window,
                       [&window, then = std::move(then)]() mutable { whenIdle(window, std::move(then)); });
}

void saveAndQuit(QWidget& widget, const QString& file)
{
    const bool saved = widget.grab().save(file);
    spdlog::info("screenshot {}", saved ? "saved" : "could not be saved");
    QApplication::exit(saved ? 0 : 1);
}

// The action whose dialog a screenshot scene pictures ("add-entry" → actionAddEntry), or "".
QString dialogActionFor(const QString& scene)
{
    static const QHash<QString, QString> actions{
        {QStringLiteral("add-entry"), QStringLiteral("actionAddEntry")},
        {QStringLiteral("log-visit"), QStringLiteral("actionLogVisit")},
        {QStringLiteral("record-arms"), QStringLiteral("actionRecordArms")},
        {QStringLiteral("record-plan"), QStringLiteral("actionRecordPlan")},
        {QStringLiteral("record-screening"), QStringLiteral("actionRecordScreening")},
        {QStringLiteral("record-static-score"), QStringLiteral("actionRecordStaticScore")},
        {QStringLiteral("record-notification"), QStringLiteral("actionRecordNotification")},
        {QStringLiteral("record-custody"), QStringLiteral("actionRecordCustody")},
        {QStringLiteral("raise-concern"), QStringLiteral("actionRaiseConcern")},
        {QStringLiteral("register-nominal"), QStringLiteral("actionRegisterNominal")},
    };
    return actions.value(scene);
}

// The "scores" scene: the first case in the caseload's order that has a static score, its
// Static scores tab open.
void scheduleScoresScreenshot(MainWindow& window, const QString& file)
{
    auto row = std::make_shared<int>(0);
    auto openNext = [&window, row] {
        const QModelIndex index = window.caseloadProxy()->index(*row, 0);
        if (!index.isValid()) {
            spdlog::error("screenshot: no case in the caseload has a static score");
            QApplication::exit(1);
            return;
        }
        ++*row;
        window.openCase(index.data(RefRole).toString());
    };
    QObject::connect(&window, &MainWindow::alertsLoaded, &window, openNext, Qt::SingleShotConnection);
    auto shown = std::make_shared<QMetaObject::Connection>();
    *shown = QObject::connect(&window, &MainWindow::nominalShown, &window, [&window, file, openNext, shown] {
        whenIdle(window, [&window, file, openNext, shown] {
            if (window.nominalView()->nominal().staticScores.isEmpty()) {
                openNext();
                return;
            }
            QObject::disconnect(*shown);
            window.nominalView()->setCurrentTab(NominalView::Tab::Scores);
            QTimer::singleShot(300, &window, [&window, file] { saveAndQuit(window, file); });
        });
    });
}

// The "override-alert" scene: My work with every alert listed, the first dated one selected,
// and the override dialog over it with a reason typed.
void scheduleOverrideScreenshot(MainWindow& window, const QString& file)
{
    QObject::connect(
        &window, &MainWindow::alertsLoaded, &window,
        [&window, file] {
            whenIdle(window, [&window, file] {
                window.findChild<QAction*>(QStringLiteral("actionShowMyWork"))->trigger();
                window.findChild<QCheckBox*>(QStringLiteral("onlyMineCheck"))->setChecked(false);
                auto* table = window.findChild<QTableView*>(QStringLiteral("myWorkTable"));
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    const QModelIndex index = table->model()->index(row, 0);
                    if (index.siblingAtColumn(AlertsModel::Due).data().toString().isEmpty()) {
                        continue;
                    }
                    table->setCurrentIndex(index);
                    if (OverrideAlertDialog* dialog = window.openMyWorkOverride()) {
                        dialog->reasonEdit()->setPlainText(QApplication::translate(
                            "main", "Decided at the MAPPA meeting of 30 Aug 2016; the minutes are on file."));
                        QTimer::singleShot(300, &window, [dialog, file] { saveAndQuit(*dialog, file); });
                        return;
                    }
                }
                spdlog::error("screenshot: no alert to override (sign in as an inspector: --demo-role inspector)");
                QApplication::exit(1);
            });
        },
        Qt::SingleShotConnection);
}

// The Team (or Area) tab of a supervisor, once the workload is in.
void scheduleTeamScreenshot(MainWindow& window, const QString& file)
{
    QObject::connect(
        &window, &MainWindow::workloadLoaded, &window,
        [&window, file] {
            whenIdle(window, [&window, file] {
                window.findChild<QAction*>(QStringLiteral("actionShowTeam"))->trigger();
                QTimer::singleShot(300, &window, [&window, file] { saveAndQuit(window, file); });
            });
        },
        Qt::SingleShotConnection);
}

// The Re-evaluations tab of an inspector, once the queue is in.
void scheduleReviewsScreenshot(MainWindow& window, const QString& file)
{
    QObject::connect(
        &window, &MainWindow::reviewQueueLoaded, &window,
        [&window, file] {
            whenIdle(window, [&window, file] {
                window.findChild<QAction*>(QStringLiteral("actionShowReviews"))->trigger();
                QTimer::singleShot(300, &window, [&window, file] { saveAndQuit(window, file); });
            });
        },
        Qt::SingleShotConnection);
}

// The Dip sample tab of a sergeant, once the draws are in.
void scheduleDipSampleScreenshot(MainWindow& window, const QString& file)
{
    QObject::connect(
        &window, &MainWindow::dipSamplesLoaded, &window,
        [&window, file] {
            whenIdle(window, [&window, file] {
                window.findChild<QAction*>(QStringLiteral("actionShowDipSample"))->trigger();
                QTimer::singleShot(300, &window, [&window, file] { saveAndQuit(window, file); });
            });
        },
        Qt::SingleShotConnection);
}

// Opens the first case in the caseload's order, waits until it is shown, saves a picture of
// the window and quits: how the user guide's screenshots are made. A dialog's scene
// ("add-entry", "log-visit", "record-arms", "record-plan", "record-screening",
// "record-notification", "record-custody", "record-static-score", "raise-concern",
// "register-nominal") pictures that dialog over the record; "search=WORDS" the results of a
// search; "scores" a case's static scores; "officer-filter" (a supervisor) the caseload
// narrowed to the first case's officer; "record-audit" (a supervisor) the record's Audit tab;
// "override-alert" (an inspector) the override dialog over My work; "team" (a supervisor) the
// Team or Area tab; "reviews" (an inspector) the Re-evaluations tab; "dip-sample" (a
// sergeant) the Dip sample tab.
void scheduleScreenshot(MainWindow& window, const QString& file, const QString& scene)
{
    if (scene == QLatin1String("scores")) {
        scheduleScoresScreenshot(window, file);
        return;
    }
    if (scene == QLatin1String("override-alert")) {
        scheduleOverrideScreenshot(window, file);
        return;
    }
    if (scene == QLatin1String("dip-sample")) {
        scheduleDipSampleScreenshot(window, file);
        return;
    }
    if (scene == QLatin1String("reviews")) {
        scheduleReviewsScreenshot(window, file);
        return;
    }
    if (scene == QLatin1String("team")) {
        scheduleTeamScreenshot(window, file);
        return;
    }
    QObject::connect(
        &window, &MainWindow::alertsLoaded, &window,
        [&window, scene] {
            if (scene == QLatin1String("officer-filter")) {
                window.showOfficerCaseload(window.caseloadProxy()->index(0, 0).data(OwnerRole).toString());
            }
            const QModelIndex first = window.caseloadProxy()->index(0, 0);
            if (window.isCaseloadTabCurrent()) {
                window.openCase(first.data(RefRole).toString());
            } else {
                emit window.nominalShown(QString()); // "My work" was the last tab used: picture it as it is
            }
        },
        Qt::SingleShotConnection);
    QObject::connect(
        &window, &MainWindow::nominalShown, &window,
        [&window, file, scene] {
            QTimer::singleShot(300, &window, [&window, file, scene] {
                whenIdle(window, [&window, file, scene] {
                    if (const QString action = dialogActionFor(scene); !action.isEmpty()) {
                        auto* trigger = window.findChild<QAction*>(action);
                        if (trigger == nullptr || !trigger->isEnabled()) {
                            spdlog::error("screenshot: the {} dialog could not be opened", scene.toStdString());
                            QApplication::exit(1);
                            return;
                        }
                        trigger->trigger();
                        QTimer::singleShot(300, &window, [&window, file] {
                            QDialog* dialog = nullptr;
                            for (QDialog* d : window.findChildren<QDialog*>()) {
                                if (d->isVisible()) {
                                    dialog = d;
                                }
                            }
                            if (dialog == nullptr) {
                                QApplication::exit(1);
                                return;
                            }
                            saveAndQuit(*dialog, file);
                        });
                    } else if (scene == QLatin1String("record-audit")) {
                        NominalView* view = window.nominalView();
                        view->setCurrentTab(NominalView::Tab::Audit);
                        auto waitForTrail = std::make_shared<std::function<void()>>();
                        *waitForTrail = [&window, view, file, waitForTrail] {
                            if (view->currentTab() != NominalView::Tab::Audit) {
                                spdlog::error("screenshot: no Audit tab (sign in as a sergeant: --demo-role sergeant)");
                                QApplication::exit(1);
                            } else if (view->hasAuditTrailFor(view->currentRef()) && !window.isBusy()) {
                                QTimer::singleShot(300, &window, [&window, file] { saveAndQuit(window, file); });
                            } else {
                                QTimer::singleShot(100, &window, *waitForTrail);
                            }
                        };
                        (*waitForTrail)();
                    } else if (scene.startsWith(QLatin1String("search="))) {
                        QObject::connect(
                            &window, &MainWindow::searchFinished, &window,
                            [&window, file] {
                                QTimer::singleShot(300, &window, [&window, file] { saveAndQuit(window, file); });
                            },
                            Qt::SingleShotConnection);
                        window.findChild<QAction*>(QStringLiteral("actionShowSearch"))->trigger();
                        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
                        edit->setText(scene.mid(7));
                        window.search(edit->text());
                    } else {
                        saveAndQuit(window, file);
                    }
                });
            });
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char* argv[])
{
    disableCoreDumps();
    restrictNewFiles();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("somdesk"));
    QApplication::setApplicationName(QStringLiteral("somdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("somdesk"));
    QApplication::setApplicationVersion(QStringLiteral(SOMDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("somdesk"));
    QIcon icon;
    for (const int size : {32, 64, 256}) {
        icon.addFile(QStringLiteral(":/icons/somdesk-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    installTranslators(app);
    setupLogging();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Casework for sex offender management."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QApplication::translate("main", "Open the database FILE."), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Open (creating it if needed) a database of fictitious demo data and sign "
                                "in as one of its officers. Password: SOMDESK_PASSWORD, else \"demo-password\"."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Save a picture of the window to FILE once the first case is shown, then quit."),
        QStringLiteral("FILE"));
    parser.addOption(databaseOption);
    parser.addOption(demoOption);
    const QCommandLineOption sceneOption(
        QStringLiteral("screenshot-scene"),
        QApplication::translate(
            "main", "What --screenshot pictures: \"record\" (the default), \"add-entry\", "
                    "\"log-visit\", \"record-arms\", \"record-plan\", \"record-screening\", \"record-notification\", "
                    "\"record-custody\", \"record-static-score\", \"raise-concern\", \"register-nominal\", "
                    "\"scores\", \"search=WORDS\", \"officer-filter\", \"record-audit\", \"override-alert\", \"team\", "
                    "\"reviews\" or \"dip-sample\"."),
        QStringLiteral("SCENE"), QStringLiteral("record"));
    parser.addOption(screenshotOption);
    parser.addOption(sceneOption);
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"),
        QApplication::translate("main", "\"light\" or \"dark\"; without it, each user's choice (View menu)."),
        QStringLiteral("NAME"));
    parser.addOption(paletteOption);
    const QCommandLineOption demoRoleOption(
        QStringLiteral("demo-role"),
        QApplication::translate("main", "With --demo: sign in as the first \"officer\" (the default), "
                                        "\"sergeant\" or \"inspector\"."),
        QStringLiteral("ROLE"), QStringLiteral("officer"));
    parser.addOption(demoRoleOption);
    parser.process(app);

    const std::optional<Role> demoRole = enumFromString<Role>(parser.value(demoRoleOption));
    if (!demoRole || *demoRole == Role::Admin) {
        std::fprintf(stderr, "--demo-role: \"officer\", \"sergeant\" or \"inspector\", not \"%s\"\n",
                     qPrintable(parser.value(demoRoleOption)));
        return 2;
    }

    const QString paletteName = parser.value(paletteOption);
    if (parser.isSet(paletteOption) && paletteName != QLatin1String("light") && paletteName != QLatin1String("dark")) {
        std::fprintf(stderr, "--palette: \"light\" or \"dark\", not \"%s\"\n", qPrintable(paletteName));
        return 2;
    }
    MainWindow::applyPalette(paletteName == QLatin1String("dark"));
    spdlog::info("somdesk {} starting", SOMDESK_VERSION);
    Settings settings;
    const QDate today = londonDate(QDateTime::currentDateTimeUtc());

    // One session after another: a sign-out returns to the sign-in dialog on the same database.
    bool demo = parser.isSet(demoOption);
    QString database = parser.isSet(databaseOption) ? parser.value(databaseOption) : QString();
    for (;;) {
        SignedIn signedIn;
        MainWindow::Options options;
        options.today = today;
        options.demo = demo;
        options.paletteGiven = parser.isSet(paletteOption);

        if (options.demo) {
            options.databasePath = !database.isEmpty() ? database : DemoDatabase::defaultPath();
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto opened =
                DemoDatabase::openOrCreate(options.databasePath, today, DemoDatabase::defaultPassword(),
                                           DemoDatabase::kDefaultNominals, DemoDatabase::kDefaultSeed, *demoRole);
            QApplication::restoreOverrideCursor();
            if (!opened) {
                spdlog::error("demo database unavailable: {}", opened.error().message.toStdString());
                QMessageBox::critical(nullptr, QApplication::translate("main", "somdesk"),
                                      QApplication::translate("main", "The demo database could not be opened: %1")
                                          .arg(opened.error().message));
                return 1;
            }
            signedIn = std::move(opened).value();
        } else {
            SignInDialog dialog;
            dialog.setDatabase(!database.isEmpty() ? database : settings.text(Settings::Key::LastDatabase));
            dialog.setUsername(settings.text(Settings::Key::LastUsername));
            if (dialog.exec() != QDialog::Accepted) {
                return 0;
            }
            options.databasePath = dialog.database();
            // The demo database stays marked as such when signed into again after a sign-out.
            options.demo = QFileInfo(options.databasePath) == QFileInfo(DemoDatabase::defaultPath());
            settings.setValue(Settings::Key::LastDatabase, options.databasePath);
            settings.setValue(Settings::Key::LastUsername, dialog.username());
            signedIn = dialog.takeSignedIn();
        }

        MainWindow window(std::move(signedIn), options, settings);
        if (parser.isSet(screenshotOption)) {
            scheduleScreenshot(window, parser.value(screenshotOption), parser.value(sceneOption));
        }
        window.show();
        window.refresh();
        // The quick check runs once the window is open, off the GUI thread; changes wait for it.
        window.startDatabaseCare();
        const int rc = QApplication::exec();
        if (rc != MainWindow::kSignedOutExitCode) {
            spdlog::info("somdesk exiting");
            return rc;
        }
        database = options.databasePath;
        demo = false;
    }
}
