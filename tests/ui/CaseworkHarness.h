#pragma once

// The casework UI tests' shared harness: one demo database the casework tests change (apart
// from the other UI tests'), officer and inspector sign-ins, and a main window that waits for
// its background calls.

#include "MainWindow.h"
#include "Settings.h"
#include "UiDemoFixture.h"
#include "core/rules/Dates.h"
#include "models/AlertsModel.h"
#include "models/CaseloadModel.h"
#include "models/ChronologyModel.h"
#include "views/NominalView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace somdesk::test {

inline const QByteArray kPassword = QByteArrayLiteral("casework tests password");
inline const QDate kDemoToday(2026, 11, 1);
inline constexpr int kTimeoutMs = 60000;

// The casework tests change their database: it is theirs, apart from the other UI tests'.
inline const QString& caseworkDemoPath()
{
    static const QString path = test::temporaryDatabasePath(QStringLiteral("casework.sqlite"));
    return path;
}

inline SignedIn signInOfficer()
{
    return test::signInToDemo(caseworkDemoPath(), kDemoToday, kPassword, 7);
}

// The first user of a role (usernames in the order listed), signed in to the casework database.
inline SignedIn signInAs(Role role)
{
    signInOfficer().services.reset(); // makes sure the database exists
    auto opened = Services::open(caseworkDemoPath());
    REQUIRE(opened.ok());
    std::unique_ptr<Services> services = std::move(opened).value();
    QByteArray pw = kPassword;
    auto admin = services->signIn(QStringLiteral("admin"), pw);
    REQUIRE(admin.ok());
    auto users = services->listUsers(*admin);
    REQUIRE(users.ok());
    QString username;
    for (const UserInfo& u : *users) {
        if (u.user.role == role && username.isEmpty() && !u.user.disabled.value_or(false) && !u.locked) {
            username = u.user.username;
        }
    }
    REQUIRE_FALSE(username.isEmpty());
    pw = kPassword;
    auto session = services->signIn(username, pw);
    REQUIRE(session.ok());
    return SignedIn{std::move(services), *session};
}

inline SignedIn signInInspector()
{
    return signInAs(Role::Inspector);
}

// A second connection to the casework database, as another process would open it.
inline std::unique_ptr<Services> openCaseworkServices()
{
    auto opened = Services::open(caseworkDemoPath());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

// The alerts of one nominal as of a date, computed by the services (not the window).
inline QList<Alert> alertsOf(Services& services, const Session& session, const QString& ref, const QDate& asOf)
{
    AlertQuery query;
    query.asOf = asOf;
    query.nominal = ref;
    auto run = services.alerts(session, query);
    REQUIRE(run.ok());
    return run->alerts;
}

struct Harness {
    QTemporaryDir settingsDir;
    std::unique_ptr<Settings> ownSettings;
    std::unique_ptr<MainWindow> window;
    bool alertsLoaded = false;
    QString shown;

    explicit Harness(SignedIn signedIn, bool automaticBackups = false)
        : Harness(std::move(signedIn), nullptr, automaticBackups)
    {
    }

    // With settings shared between windows, as the users of one workstation share them.
    Harness(SignedIn signedIn, Settings* shared, bool automaticBackups = false)
    {
        if (shared == nullptr) {
            ownSettings = std::make_unique<Settings>(settingsDir.filePath(QStringLiteral("settings.ini")));
        }
        Settings* settings = shared != nullptr ? shared : ownSettings.get();
        MainWindow::Options options;
        options.demo = true;
        // Acknowledgements and overrides are made now: alerts as of today see them.
        options.today = londonDate(QDateTime::currentDateTimeUtc());
        options.databasePath = caseworkDemoPath();
        options.automaticBackups = automaticBackups;
        window = std::make_unique<MainWindow>(std::move(signedIn), options, *settings);
        QObject::connect(window.get(), &MainWindow::alertsLoaded, window.get(), [this] { alertsLoaded = true; });
        QObject::connect(window.get(), &MainWindow::nominalShown, window.get(),
                         [this](const QString& ref) { shown = ref; });
        window->show();
        window->refresh();
        window->startDatabaseCare();
        REQUIRE(QTest::qWaitFor([this] { return alertsLoaded && !window->isBusy(); }, kTimeoutMs));
        INFO(window->errorText().toStdString());
        REQUIRE(window->errorText().isEmpty());
        REQUIRE(window->integrity() == MainWindow::Integrity::Ok);
    }

    QAction* action(const char* name) const
    {
        auto* a = window->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(a != nullptr);
        return a;
    }

    void open(const QString& ref)
    {
        shown.clear();
        window->openCase(ref);
        REQUIRE(QTest::qWaitFor([&] { return shown == ref && !window->isBusy(); }, kTimeoutMs));
    }

    // Waits for the reload that follows a change.
    void waitForReload()
    {
        REQUIRE(QTest::qWaitFor([&] { return alertsLoaded && !window->isBusy(); }, kTimeoutMs));
        INFO(window->errorText().toStdString());
        REQUIRE(window->errorText().isEmpty());
    }

    // The officer's open alert of a rule, the first in the list.
    Alert firstAlert(const QString& rule, const QString& owner) const
    {
        for (const Alert& a : alerts()) {
            if (a.rule == rule && a.owner == owner) {
                return a;
            }
        }
        FAIL("no open " << rule.toStdString() << " alert for " << owner.toStdString());
        return {};
    }

    bool hasAlert(const QString& key) const
    {
        const QList<Alert> open = alerts();
        return std::any_of(open.cbegin(), open.cend(), [&](const Alert& a) { return a.key == key; });
    }

    // Sends a casework dialog and waits until it has closed and the record has reloaded.
    template <typename Dialog> void send(QPointer<Dialog>& dialog)
    {
        alertsLoaded = false;
        dialog->accept();
        waitForReload();
        const std::string refusal = dialog.isNull() ? std::string() : dialog->errorText().toStdString();
        INFO(refusal);
        REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, kTimeoutMs));
        REQUIRE(QTest::qWaitFor([&] { return !window->isBusy(); }, kTimeoutMs));
    }

    const Nominal& shownRecord() const { return window->nominalView()->nominal(); }

    QList<Alert> alerts() const
    {
        QList<Alert> result;
        for (int row = 0; row < window->myWorkModel()->rowCount(); ++row) {
            result << window->myWorkModel()->alertAt(row);
        }
        return result;
    }

    const Entry* entry(const QString& id) const
    {
        ChronologyModel* chronology = window->chronologyModel();
        for (int row = 0; row < chronology->rowCount(); ++row) {
            if (chronology->entryAt(row).id == id) {
                return &chronology->entryAt(row);
            }
        }
        return nullptr;
    }
};

} // namespace somdesk::test
