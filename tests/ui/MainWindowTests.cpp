#include "ModelTesterWarnings.h"

#include "DemoDatabase.h"
#include "MainWindow.h"
#include "Settings.h"
#include "UiDemoFixture.h"
#include "dialogs/SignInDialog.h"
#include "models/AlertsModel.h"
#include "models/CaseloadModel.h"
#include "models/ChronologyModel.h"
#include "models/CollatingProxyModel.h"
#include "models/ItemRoles.h"
#include "views/NominalView.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace somdesk;

namespace {

const QByteArray kPassword = QByteArrayLiteral("lantern harbour orbit kettle");
const QDate kToday(2024, 6, 3);
constexpr int kTimeoutMs = 60000;

// One small demo database for the whole run: creating it hashes passwords and imports.
const QString& demoPath()
{
    static const QString path = test::temporaryDatabasePath(QStringLiteral("demo.sqlite"));
    return path;
}

SignedIn signInDemo()
{
    return test::signInToDemo(demoPath(), kToday, kPassword, 1);
}

} // namespace

TEST_CASE("ui: demo start signs in as the first officer and reuses the database")
{
    SignedIn first = signInDemo();
    CHECK(first.session.role == Role::Officer);
    CHECK_FALSE(first.session.name.isEmpty());
    first.services.reset();

    const QDateTime created = QFileInfo(demoPath()).lastModified();
    SignedIn again = signInDemo(); // exists now: opened, not generated again
    CHECK(again.session.username == first.session.username);
    CHECK(QFileInfo(demoPath()).exists());
    CHECK(created.isValid());
}

TEST_CASE("ui: main window loads the demo caseload, alerts and a chronology off the GUI thread")
{
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    SignedIn signedIn = signInDemo();
    const QString officer = signedIn.session.username;

    MainWindow::Options options;
    options.demo = true;
    options.today = kToday;
    options.databasePath = demoPath();
    MainWindow window(std::move(signedIn), options, settings);
    test::ModelTesterWarnings warnings;
    warnings.watch(window.caseloadModel());
    warnings.watch(window.caseloadProxy());
    warnings.watch(window.myWorkModel());
    warnings.watch(window.chronologyModel());
    warnings.watch(window.nominalView()->alertsModel());
    window.show();

    bool alertsLoaded = false;
    QObject::connect(&window, &MainWindow::alertsLoaded, &window, [&] { alertsLoaded = true; });
    window.refresh();
    // The calls run on the worker: the event loop keeps turning while they do.
    CHECK(window.isBusy());
    REQUIRE(QTest::qWaitFor([&] { return alertsLoaded && !window.isBusy(); }, kTimeoutMs));
    INFO(window.errorText().toStdString());
    REQUIRE(window.errorText().isEmpty());

    CHECK(window.windowTitle().contains(QStringLiteral("[DEMO DATA]")));
    const auto* banner = window.findChild<QLabel*>(QStringLiteral("demoBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("DEMO DATA")));

    CaseloadModel* caseload = window.caseloadModel();
    REQUIRE(caseload->rowCount() > 0);
    for (int row = 0; row < caseload->rowCount(); ++row) {
        const QString name = caseload->index(row, CaseloadModel::Name).data().toString();
        CHECK(name.contains(QStringLiteral(", ")));
        CHECK(name != caseload->caseAt(row).ref);
        CHECK(caseload->caseAt(row).owner == officer);
    }

    // My work: the officer's own alerts, in the rules' order, by name not only ref.
    AlertsModel* myWork = window.myWorkModel();
    for (int row = 0; row < myWork->rowCount(); ++row) {
        CHECK(myWork->alertAt(row).owner == officer);
        if (row > 0) {
            CHECK(static_cast<int>(myWork->alertAt(row - 1).status) <= static_cast<int>(myWork->alertAt(row).status));
        }
        CHECK(myWork->index(row, AlertsModel::Nominal).data().toString().contains(QStringLiteral(", ")));
    }

    // Filter narrows the rows; clearing it brings them back.
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    REQUIRE(filter != nullptr);
    const QString someRef = caseload->caseAt(0).ref;
    filter->setText(someRef);
    CHECK(window.caseloadProxy()->rowCount() >= 1);
    CHECK(window.caseloadProxy()->rowCount() < caseload->rowCount());
    filter->clear();
    CHECK(window.caseloadProxy()->rowCount() == caseload->rowCount());

    // Opening a case reads the record and fills the chronology.
    QString shown;
    QObject::connect(&window, &MainWindow::nominalShown, &window, [&](const QString& ref) { shown = ref; });
    window.openCase(someRef);
    REQUIRE(QTest::qWaitFor([&] { return shown == someRef && !window.isBusy(); }, kTimeoutMs));
    ChronologyModel* chronology = window.chronologyModel();
    REQUIRE(chronology->rowCount() > 0);
    CHECK(window.nominalView()->currentRef() == someRef);
    bool ownEntryByName = false;
    for (int row = 0; row < chronology->rowCount(); ++row) {
        if (chronology->entryAt(row).by == officer) {
            const QString author = chronology->index(row, ChronologyModel::Author).data().toString();
            CHECK(author != officer);
            ownEntryByName = true;
        }
    }
    CHECK(ownEntryByName);
    const auto* name = window.nominalView()->findChild<QLabel*>(QStringLiteral("nameLabel"));
    REQUIRE(name != nullptr);
    CHECK(name->text() == caseload->index(0, CaseloadModel::Name).data().toString());

    // Refreshing again keeps the record and the models sound.
    alertsLoaded = false;
    window.refresh();
    REQUIRE(QTest::qWaitFor([&] { return alertsLoaded && !window.isBusy(); }, kTimeoutMs));
    INFO(warnings.failures().join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.failures().isEmpty());
}

TEST_CASE("ui: sign-in dialog shows a wrong password inline and signs in with the right one")
{
    signInDemo(); // makes sure the database exists
    SignInDialog dialog;
    dialog.setDatabase(demoPath());
    dialog.setUsername(QStringLiteral("admin"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    REQUIRE(password != nullptr);
    CHECK(password->echoMode() == QLineEdit::Password);

    password->setText(QStringLiteral("wrong password"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(password->text().isEmpty()); // never left in the field

    password->setText(QString::fromUtf8(kPassword));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    SignedIn signedIn = dialog.takeSignedIn();
    REQUIRE(signedIn.services != nullptr);
    CHECK(signedIn.session.username == QStringLiteral("admin"));

    SignInDialog missing;
    missing.setDatabase(demoPath() + QStringLiteral(".absent"));
    missing.setUsername(QStringLiteral("admin"));
    missing.accept();
    CHECK(missing.result() != QDialog::Accepted);
    CHECK(missing.errorText().contains(QStringLiteral("no database")));
}
