// The desktop's casework and database care on small demo databases: the quick check and
// the automatic backup, acknowledging and adding entries, search, and an inspector's
// override. Each test signs in once (Argon2 costs ~0.2 s a sign-in).

#include "CaseworkHarness.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "Settings.h"
#include "UiDemoFixture.h"
#include "core/rules/Dates.h"
#include "core/rules/Policy.h"
#include "dialogs/AddEntryDialog.h"
#include "dialogs/EditDetailsDialog.h"
#include "dialogs/LogVisitDialog.h"
#include "dialogs/RaiseConcernDialog.h"
#include "dialogs/RecordArmsDialog.h"
#include "dialogs/RecordCustodyDialog.h"
#include "dialogs/RecordNotificationDialog.h"
#include "dialogs/RecordPlanDialog.h"
#include "dialogs/RecordReferralDialog.h"
#include "dialogs/RecordReleaseDialog.h"
#include "dialogs/RecordScreeningDialog.h"
#include "dialogs/RegisterNominalDialog.h"
#include "models/AlertsModel.h"
#include "models/CaseloadModel.h"
#include "models/ChronologyModel.h"
#include "models/RecordTableModel.h"
#include "models/SearchResultsModel.h"
#include "models/VisitsModel.h"
#include "views/NominalView.h"
#include "views/RecordHeaderExtras.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace somdesk;

using namespace somdesk::test;

TEST_CASE("ui: quick check passes on a demo database and the first automatic backup is written beside it")
{
    Harness h(signInOfficer(), true);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return QDir(h.window->backupFolder()).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size() == 1 &&
                   !h.window->isBusy();
        },
        kTimeoutMs));
    CHECK(h.window->integrityText().isEmpty());
    CHECK(h.window->backupFolder() == QFileInfo(caseworkDemoPath()).absoluteDir().filePath(QStringLiteral("backups")));
    CHECK(h.window->statusBar()->currentMessage() == QStringLiteral("Backup written"));

    // Asked again within the policy's interval, the service writes nothing more.
    bool finished = false;
    bool written = true;
    QObject::connect(h.window.get(), &MainWindow::backupFinished, h.window.get(), [&](bool w) {
        finished = true;
        written = w;
    });
    h.window->runAutomaticBackup();
    REQUIRE(QTest::qWaitFor([&] { return finished; }, kTimeoutMs));
    CHECK_FALSE(written);
    CHECK(QDir(h.window->backupFolder()).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size() == 1);
}

TEST_CASE("ui: a failed integrity check shows the red banner and disables every action that writes")
{
    Harness h(signInOfficer());
    const QString ref = h.window->caseloadModel()->caseAt(0).ref;
    h.open(ref);
    CHECK(h.action("actionAddEntry")->isEnabled());

    bool finished = false;
    QObject::connect(h.window.get(), &MainWindow::quickCheckFinished, h.window.get(), [&](bool ok) { finished = !ok; });
    h.window->applyQuickCheck(Result<QString>(QStringLiteral("*** in database main ***\nPage 42: btree page corrupt")));
    CHECK(finished);
    CHECK(h.window->integrity() == MainWindow::Integrity::Failed);
    const auto* banner = h.window->findChild<QLabel*>(QStringLiteral("integrityBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(QStringLiteral("The database failed its integrity check: ")));
    CHECK(banner->text().contains(QStringLiteral("Page 42")));
    CHECK(banner->text().contains(QStringLiteral("Changes are disabled; ask an administrator.")));
    for (const char* name :
         {"actionAddEntry", "actionLogVisit", "actionRecordArms", "actionAcknowledge", "actionOverrideAlert"}) {
        CHECK_FALSE(h.action(name)->isEnabled());
    }
    CHECK(h.window->openAddEntryDialog() == nullptr);
    CHECK(h.window->openLogVisitDialog() == nullptr);
    CHECK(h.window->openRecordArmsDialog() == nullptr);
    // Selecting another entry does not enable them again.
    h.window->nominalView()->selectEntry(h.window->chronologyModel()->entryAt(0).id);
    CHECK_FALSE(h.action("actionAcknowledge")->isEnabled());

    // A check that could not run at all counts as failed.
    h.window->applyQuickCheck(Result<QString>(Error::storage(QStringLiteral("disk I/O error"))));
    CHECK(h.window->integrityText().contains(QStringLiteral("disk I/O error")));
    CHECK_FALSE(h.action("actionAddEntry")->isEnabled());
}

TEST_CASE("ui: acknowledging an entry records the signed-in officer and clears its alert")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));

    Alert target;
    for (const Alert& a : h.alerts()) {
        if (a.rule == QStringLiteral("entries.acknowledge") && a.owner == officer) {
            target = a;
            break;
        }
    }
    REQUIRE_FALSE(target.key.isEmpty());
    const QString ref = target.key.section(QLatin1Char(':'), 1, 1);
    const QString entryId = target.key.section(QLatin1Char(':'), 2, 2);
    h.open(ref);
    REQUIRE(h.window->nominalView()->selectEntry(entryId));
    QAction* acknowledge = h.action("actionAcknowledge");
    CHECK(acknowledge->shortcut() == QKeySequence(QStringLiteral("Ctrl+K")));
    REQUIRE(acknowledge->isEnabled());

    h.alertsLoaded = false;
    acknowledge->trigger();
    CHECK_FALSE(acknowledge->isEnabled()); // while the call runs
    h.waitForReload();

    const Entry* e = h.entry(entryId);
    REQUIRE(e != nullptr);
    bool byOfficer = false;
    for (const Acknowledgement& ack : e->acknowledged) {
        byOfficer = byOfficer || ack.by == officer;
    }
    CHECK(byOfficer);
    // Still the entry the officer acknowledged, now shown with name, collar number and time.
    REQUIRE(h.window->nominalView()->selectedEntry() != nullptr);
    CHECK(h.window->nominalView()->selectedEntry()->id == entryId);
    CHECK_FALSE(acknowledge->isEnabled());
    for (int row = 0; row < h.window->chronologyModel()->rowCount(); ++row) {
        if (h.window->chronologyModel()->entryAt(row).id == entryId) {
            const QString text =
                h.window->chronologyModel()->index(row, ChronologyModel::AcknowledgedBy).data().toString();
            INFO(text.toStdString());
            CHECK(text.contains(QStringLiteral("(%1) on ").arg(*h.window->session().collar)));
        }
    }
    for (const Alert& a : h.alerts()) {
        CHECK(a.key != target.key);
    }
    for (int row = 0; row < h.window->nominalView()->alertsModel()->rowCount(); ++row) {
        CHECK(h.window->nominalView()->alertsModel()->alertAt(row).key != target.key);
    }
}

TEST_CASE("ui: add entry refuses an empty text inline and adds the entry to the chronology")
{
    Harness h(signInOfficer());
    const QString ref = h.window->caseloadModel()->caseAt(1).ref;
    h.open(ref);
    const int before = h.window->chronologyModel()->rowCount();
    REQUIRE(before > 0);
    CHECK(h.action("actionAddEntry")->shortcut() == QKeySequence(QStringLiteral("Ctrl+N")));

    QPointer<AddEntryDialog> dialog = h.window->openAddEntryDialog();
    REQUIRE(dialog);
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"));
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("textEdit"));
    auto* references = dialog->findChild<QListWidget*>(QStringLiteral("referencesList"));
    auto* disagreement = dialog->findChild<QCheckBox*>(QStringLiteral("disagreementCheck"));
    REQUIRE((type && text && references && disagreement));
    // An officer's types: no oversight, so no disagreement either.
    CHECK(type->count() == 4);
    CHECK(type->findText(QStringLiteral("Oversight")) < 0);
    CHECK_FALSE(disagreement->isVisible());
    CHECK(references->count() == before);

    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().startsWith(QStringLiteral("Text: required")));
    CHECK(h.window->chronologyModel()->rowCount() == before);

    // Refusals from the service name the field by its label.
    dialog->showError(QStringLiteral("references[0]: N1 has no entry E99"));
    CHECK(dialog->errorText() == QStringLiteral("Refers to: N1 has no entry E99"));

    type->setCurrentIndex(type->findText(QStringLiteral("Concern")));
    text->setPlainText(QStringLiteral("Test entry: neighbour reported a visitor with a child at the address."));
    references->item(0)->setCheckState(Qt::Checked);
    const QString referenced = references->item(0)->data(Qt::UserRole).toString();
    h.alertsLoaded = false;
    dialog->accept();
    h.waitForReload();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, kTimeoutMs)); // closed and deleted
    REQUIRE(h.window->chronologyModel()->rowCount() == before + 1);
    const Entry* added = h.window->nominalView()->selectedEntry();
    REQUIRE(added != nullptr);
    CHECK(added->text.startsWith(QStringLiteral("Test entry: neighbour")));
    CHECK(added->type == EntryType::Concern);
    CHECK(added->by == h.window->session().username);
    CHECK(added->references == QStringList{referenced});
}

TEST_CASE("ui: search finds a demo name and a phrase, and a result opens the case")
{
    Harness h(signInOfficer());
    const CaseSummary c = h.window->caseloadModel()->caseAt(2);
    SearchResultsModel* results = h.window->searchModel();
    bool finished = false;
    QObject::connect(h.window.get(), &MainWindow::searchFinished, h.window.get(), [&] { finished = true; });

    h.window->search(c.familyName.left(5) + QLatin1Char('*'));
    REQUIRE(QTest::qWaitFor([&] { return finished && !h.window->isBusy(); }, kTimeoutMs));
    int nameRow = -1;
    for (int row = 0; row < results->rowCount(); ++row) {
        if (results->hitAt(row).ref == c.ref && results->hitAt(row).entryId.isEmpty()) {
            nameRow = row;
        }
    }
    REQUIRE(nameRow >= 0);
    CHECK(results->index(nameRow, SearchResultsModel::Name).data().toString().contains(QStringLiteral(", ")));

    // A quoted phrase from one of the nominal's entries.
    h.open(c.ref);
    const Entry& e = h.window->chronologyModel()->entryAt(0);
    const QStringList words = e.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    REQUIRE(words.size() >= 3);
    QString phrase = words.mid(0, 3).join(QLatin1Char(' '));
    phrase.remove(QRegularExpression(QStringLiteral("[^\\w ]")));
    finished = false;
    h.window->search(QLatin1Char('"') + phrase + QLatin1Char('"'));
    REQUIRE(QTest::qWaitFor([&] { return finished && !h.window->isBusy(); }, kTimeoutMs));
    REQUIRE(results->rowCount() > 0);
    CHECK(results->hitAt(0).snippet.contains(QLatin1Char('[')));

    // Double-click (activate) a hit: the case opens at the entry that matched.
    int hitRow = -1;
    for (int row = 0; row < results->rowCount() && hitRow < 0; ++row) {
        if (!results->hitAt(row).entryId.isEmpty() &&
            h.window->caseloadModel()->rowOfRef(results->hitAt(row).ref) >= 0) {
            hitRow = row;
        }
    }
    REQUIRE(hitRow >= 0);
    const SearchHit hit = results->hitAt(hitRow);
    auto* table = h.window->findChild<QTableView*>(QStringLiteral("searchTable"));
    REQUIRE(table != nullptr);
    h.shown.clear();
    emit table->activated(results->index(hitRow, SearchResultsModel::Snippet));
    REQUIRE(QTest::qWaitFor([&] { return h.shown == hit.ref && !h.window->isBusy(); }, kTimeoutMs));
    CHECK(h.window->isCaseloadTabCurrent());
    REQUIRE(h.window->nominalView()->selectedEntry() != nullptr);
    CHECK(h.window->nominalView()->selectedEntry()->id == hit.entryId);
}

TEST_CASE("ui: an inspector overrides an alert with a reason and it disappears; officers cannot")
{
    {
        Harness officer(signInOfficer());
        CHECK_FALSE(officer.action("actionOverrideAlert")->isVisible());
    }
    Harness h(signInInspector());
    QAction* overrideAction = h.action("actionOverrideAlert");
    CHECK(overrideAction->isVisible());
    const QList<Alert> before = h.alerts();
    REQUIRE_FALSE(before.isEmpty());
    const Alert target = before.first();
    h.open(target.nominal);
    REQUIRE(h.window->nominalView()->selectAlert(target.key));
    CHECK(overrideAction->isEnabled());

    h.alertsLoaded = false;
    h.window->overrideAlert(target.key, QStringLiteral("Visit recorded on paper during the outage; entered later."));
    h.waitForReload();
    const QList<Alert> after = h.alerts();
    CHECK(after.size() == before.size() - 1);
    for (const Alert& a : after) {
        CHECK(a.key != target.key);
    }
}

TEST_CASE("ui: logging a home visit with its checks clears the officer's overdue-visit alert")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    Alert target;
    for (const Alert& a : h.alerts()) {
        if (a.rule == QStringLiteral("visits.overdue") && a.owner == officer) {
            target = a;
            break;
        }
    }
    REQUIRE_FALSE(target.key.isEmpty());
    const QString ref = target.nominal;
    h.open(ref);
    QAction* logVisit = h.action("actionLogVisit");
    CHECK(logVisit->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    REQUIRE(logVisit->isEnabled());
    const int before = h.window->nominalView()->visitsModel()->rowCount();

    QPointer<LogVisitDialog> dialog = h.window->openLogVisitDialog();
    REQUIRE(dialog);
    // The tick boxes are the policy's visit checks; a refusal names the field by its label.
    QCheckBox* address = dialog->checkBox(QStringLiteral("address"));
    QCheckBox* devices = dialog->checkBox(QStringLiteral("devices"));
    REQUIRE((address && devices));
    CHECK(dialog->checkBox(QStringLiteral("horoscope")) == nullptr);
    dialog->showError(QStringLiteral("date: in the future (today is 2026-12-06)"));
    CHECK(dialog->errorText() == QStringLiteral("Date: in the future (today is 2026-12-06)"));

    address->setChecked(true);
    devices->setChecked(true);
    const Visit v = dialog->visit();
    CHECK(v.checks == QStringList{QStringLiteral("address"), QStringLiteral("devices")});
    CHECK(v.type == VisitType::Home);
    CHECK(v.announced == false);
    REQUIRE(v.time.has_value());

    h.alertsLoaded = false;
    dialog->accept();
    h.waitForReload();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, kTimeoutMs));
    REQUIRE(
        QTest::qWaitFor([&] { return h.window->nominalView()->visitsModel()->rowCount() == before + 1; }, kTimeoutMs));
    for (const Alert& a : h.alerts()) {
        CHECK(a.key != target.key);
    }
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("Visit logged")));
}

TEST_CASE("ui: an ARMS assessment needs every factor rated and clears the officer's ARMS alert")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    Alert target;
    for (const Alert& a : h.alerts()) {
        if (a.rule.startsWith(QStringLiteral("arms.")) && a.owner == officer) {
            target = a;
            break;
        }
    }
    REQUIRE_FALSE(target.key.isEmpty());
    h.open(target.nominal);
    QAction* record = h.action("actionRecordArms");
    CHECK(record->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    REQUIRE(record->isEnabled());

    QPointer<RecordArmsDialog> dialog = h.window->openRecordArmsDialog();
    REQUIRE(dialog);
    const Policy policy = Policy::defaults();
    const QStringList risk = policy.list(QStringLiteral("arms_risk_factors"));
    const QStringList protective = policy.list(QStringLiteral("arms_protective_factors"));
    REQUIRE_FALSE(risk.isEmpty());
    dialog->accept(); // nothing rated: refused in the dialog, nothing sent
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().startsWith(QStringLiteral("Risk factors: ")));
    CHECK(dialog->errorText().contains(QStringLiteral("is not rated")));
    for (const QString& f : risk + protective) {
        QComboBox* box = dialog->ratingBox(f);
        REQUIRE(box != nullptr);
        box->setCurrentIndex(box->findData(int(FactorRatingValue::Partly)));
    }
    const ArmsAssessment a = dialog->assessment();
    CHECK(a.riskFactors.size() == risk.size());
    CHECK(a.protectiveFactors.size() == protective.size());
    dialog->showError(QStringLiteral("completed_on: in the future (today is 2026-12-06)"));
    CHECK(dialog->errorText() == QStringLiteral("Completed on: in the future (today is 2026-12-06)"));

    h.alertsLoaded = false;
    dialog->accept();
    h.waitForReload();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, kTimeoutMs));
    for (const Alert& alert : h.alerts()) {
        CHECK(alert.key != target.key);
    }
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("ARMS assessment recorded")));
}

TEST_CASE("ui: a plan version with its own trigger phrases is saved, and an entry with one asks the inspector")
{
    SignedIn signedIn = signInOfficer();
    const Session officer = signedIn.session;
    Harness h(std::move(signedIn));
    const QString ref = h.window->caseloadModel()->caseAt(0).ref;
    h.open(ref);
    QAction* record = h.action("actionRecordPlan");
    CHECK(record->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    REQUIRE(record->isEnabled());
    const qsizetype before = h.window->nominalView()->nominal().plans.size();

    QPointer<RecordPlanDialog> dialog = h.window->openRecordPlanDialog();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("intro"))->text().contains(ref));
    // A refusal names the field by its label, and goes as soon as that field changes.
    dialog->showError(QStringLiteral("trigger_phrases[1]: must not be blank"));
    CHECK(dialog->errorText() == QStringLiteral("Trigger phrases: must not be blank"));
    dialog->phrasesEdit()->setPlainText(QStringLiteral("talks of the allotment shed\n  Talks of the  allotment shed"));
    CHECK(dialog->errorText().isEmpty());
    dialog->accept(); // the same phrase twice: refused in the dialog, input kept, nothing sent
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("given twice")));
    CHECK(dialog->phrasesEdit()->toPlainText().contains(QStringLiteral("allotment")));

    dialog->phrasesEdit()->setPlainText(QStringLiteral("talks of the allotment shed\n\nlodger with   children\n"));
    const Plan p = dialog->plan();
    CHECK(p.triggerPhrases ==
          QStringList{QStringLiteral("talks of the allotment shed"), QStringLiteral("lodger with children")});
    h.alertsLoaded = false;
    dialog->accept();
    h.waitForReload();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, kTimeoutMs));
    REQUIRE(QTest::qWaitFor([&] { return h.window->nominalView()->nominal().plans.size() == before + 1; }, kTimeoutMs));
    CHECK(h.window->nominalView()->nominal().plans.last().triggerPhrases == p.triggerPhrases);
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("Risk management plan recorded")));

    // The next dialog starts from the version just saved; an entry with its phrase raises
    // plan.escalation_trigger for an inspector.
    QPointer<RecordPlanDialog> again = h.window->openRecordPlanDialog();
    REQUIRE(again);
    CHECK(again->plan().triggerPhrases == p.triggerPhrases);
    again->reject();

    std::unique_ptr<Services> services = openCaseworkServices();
    REQUIRE(services
                ->addEntry(officer, ref,
                           NewEntry{EntryType::Note, QStringLiteral("He talks of the allotment shed again."), {}, {}})
                .ok());
    bool asked = false;
    for (const Alert& a : alertsOf(*services, officer, ref, londonDate(QDateTime::currentDateTimeUtc()))) {
        if (a.rule == QStringLiteral("plan.escalation_trigger")) {
            asked = true;
            CHECK(a.ownerRole == Role::Inspector);
            CHECK(a.reason.contains(QStringLiteral("talks of the allotment shed")));
        }
    }
    CHECK(asked);
}

TEST_CASE("ui: a MAPPA screening needs its rationale, sets the level and clears the pre-release screening alert")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    const Alert target = h.firstAlert(QStringLiteral("mappa.pre_release_screening"), officer);
    h.open(target.nominal);
    CHECK(h.action("actionRecordScreening")->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    const qsizetype before = h.shownRecord().screenings.size();

    QPointer<RecordScreeningDialog> dialog = h.window->openRecordScreeningDialog();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Record a MAPPA screening"));
    dialog->levelBox()->setValue(2);
    dialog->accept(); // no rationale: refused in the dialog, nothing sent
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().startsWith(QStringLiteral("Rationale: required")));
    CHECK(dialog->levelBox()->value() == 2);
    dialog->rationaleEdit()->setPlainText(QStringLiteral("Release address near a school; police and probation plan."));
    CHECK(dialog->errorText().isEmpty()); // gone as soon as the field changed
    h.send(dialog);
    CHECK(h.shownRecord().screenings.size() == before + 1);
    CHECK(h.shownRecord().mappaLevel == 2);
    CHECK_FALSE(h.hasAlert(target.key));
}

TEST_CASE("ui: an annual notification clears the annual notification alert; the dialog says what restarts the year")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    const Alert target = h.firstAlert(QStringLiteral("notification.annual"), officer);
    h.open(target.nominal);
    const qsizetype before = h.shownRecord().notifications.size();
    QPointer<RecordNotificationDialog> dialog = h.window->openRecordNotificationDialog();
    REQUIRE(dialog);
    QComboBox* kind = dialog->kindBox();
    kind->setCurrentIndex(kind->findData(int(NotificationKind::Travel)));
    CHECK(dialog->findChildren<QLabel*>().size() > 0);
    bool saysNoChange = false;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        saysNoChange = saysNoChange || label->text().contains(QStringLiteral("does not change"));
    }
    CHECK(saysNoChange);
    kind->setCurrentIndex(kind->findData(int(NotificationKind::Annual)));
    CHECK(dialog->notification().kind == NotificationKind::Annual);
    h.send(dialog);
    CHECK(h.shownRecord().notifications.size() == before + 1);
    CHECK_FALSE(h.hasAlert(target.key));
}

TEST_CASE("ui: custody then release: the actions follow the custody state and the release asks for an ARMS")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    // A case in the community: no open custody period.
    QString ref;
    for (int row = 0; row < h.window->caseloadModel()->rowCount() && ref.isEmpty(); ++row) {
        const QString candidate = h.window->caseloadModel()->caseAt(row).ref;
        h.open(candidate);
        const QList<CustodyPeriod>& custody = h.shownRecord().custody;
        if (std::all_of(custody.cbegin(), custody.cend(), [](const CustodyPeriod& c) { return c.releasedOn; })) {
            ref = candidate;
        }
    }
    REQUIRE_FALSE(ref.isEmpty());
    CHECK(h.action("actionRecordCustody")->isEnabled());
    CHECK_FALSE(h.action("actionRecordRelease")->isEnabled());
    CHECK(h.window->openRecordReleaseDialog() == nullptr);
    const qsizetype before = h.shownRecord().custody.size();

    QPointer<RecordCustodyDialog> custody = h.window->openRecordCustodyDialog();
    REQUIRE(custody);
    custody->releaseKnownBox()->setChecked(true);
    custody->expectedReleaseEdit()->setDate(QDate(2000, 1, 1));
    custody->accept(); // release before the start: refused in the dialog
    CHECK(custody->isVisible());
    CHECK(custody->errorText().startsWith(QStringLiteral("Expected release: ")));
    custody->expectedReleaseEdit()->setDate(londonDate(QDateTime::currentDateTimeUtc()).addMonths(8));
    CHECK(custody->errorText().isEmpty());
    h.send(custody);
    REQUIRE(h.shownRecord().custody.size() == before + 1);
    CHECK_FALSE(h.shownRecord().custody.last().releasedOn.has_value());
    CHECK_FALSE(h.action("actionRecordCustody")->isEnabled());
    REQUIRE(h.action("actionRecordRelease")->isEnabled());

    QPointer<RecordReleaseDialog> release = h.window->openRecordReleaseDialog();
    REQUIRE(release);
    CHECK(release->dateEdit()->minimumDate() == h.shownRecord().custody.last().from);
    h.send(release);
    CHECK(h.shownRecord().custody.last().releasedOn.has_value());
    CHECK(h.action("actionRecordCustody")->isEnabled());
    // ARMS is due 42 days after the release (policy arms_after_release_days).
    std::unique_ptr<Services> services = openCaseworkServices();
    const QDate due = h.shownRecord().custody.last().releasedOn->addDays(42);
    bool armsAsked = false;
    for (const Alert& a : alertsOf(*services, h.window->session(), ref, due)) {
        armsAsked = armsAsked || (a.rule == QStringLiteral("arms.post_release") && a.due == due);
    }
    CHECK(armsAsked);
}

TEST_CASE("ui: a concern with its re-evaluation request goes to the inspector's queue")
{
    SignedIn signedIn = signInOfficer();
    const Session officer = signedIn.session;
    Harness h(std::move(signedIn));
    const QString ref = h.window->caseloadModel()->caseAt(1).ref;
    h.open(ref);
    const qsizetype entries = h.shownRecord().entries.size();
    const qsizetype reviews = h.shownRecord().reviews.size();
    QPointer<RaiseConcernDialog> dialog = h.window->openRaiseConcernDialog();
    REQUIRE(dialog);
    dialog->accept(); // no text
    CHECK(dialog->errorText().startsWith(QStringLiteral("Concern: required")));
    dialog->textEdit()->setPlainText(QStringLiteral("Seen waiting outside a primary school at home time."));
    dialog->accept(); // no rationale
    CHECK(dialog->errorText().startsWith(QStringLiteral("Rationale: required")));
    CHECK(dialog->textEdit()->toPlainText().contains(QStringLiteral("primary school")));
    dialog->rationaleEdit()->setPlainText(QStringLiteral("Contact with children is the index behaviour."));
    dialog->riskBox()->setCurrentIndex(dialog->riskBox()->findData(int(RiskLevel::VeryHigh)));
    h.send(dialog);
    REQUIRE(h.shownRecord().entries.size() == entries + 1);
    REQUIRE(h.shownRecord().reviews.size() == reviews + 1);
    CHECK(h.shownRecord().reviews.last().proposedRiskLevel == RiskLevel::VeryHigh);
    CHECK(h.shownRecord().reviews.last().decision == ReviewDecision::Pending);

    std::unique_ptr<Services> services = openCaseworkServices();
    bool queued = false;
    for (const Alert& a : alertsOf(*services, officer, ref, londonDate(QDateTime::currentDateTimeUtc()))) {
        queued = queued || (a.rule == QStringLiteral("risk.escalation_review") && a.ownerRole == Role::Inspector);
    }
    CHECK(queued);
}

TEST_CASE("ui: acknowledging a transfer clears its alert and the action goes")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    const Alert target = h.firstAlert(QStringLiteral("case.transfer_acknowledge"), officer);
    h.open(target.nominal);
    QAction* ack = h.action("actionAcknowledgeTransfer");
    REQUIRE(ack->isEnabled());
    h.alertsLoaded = false;
    h.window->acknowledgeTransfer(false);
    h.waitForReload();
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy() && !h.hasAlert(target.key); }, kTimeoutMs));
    CHECK(h.shownRecord().transfers.last().acknowledgedAt.has_value());
    CHECK_FALSE(ack->isEnabled());
}

TEST_CASE("ui: only an inspector records a MAPPA referral decision, and a reason is required either way")
{
    {
        Harness officer(signInOfficer());
        officer.open(officer.window->caseloadModel()->caseAt(0).ref);
        CHECK_FALSE(officer.action("actionRecordReferral")->isEnabled());
        CHECK(officer.window->openRecordReferralDialog() == nullptr);
    }
    Harness h(signInInspector());
    const QString ref = h.window->caseloadModel()->caseAt(0).ref;
    h.open(ref);
    REQUIRE(h.action("actionRecordReferral")->isEnabled());
    const qsizetype before = h.shownRecord().mappaReferrals.size();
    QPointer<RecordReferralDialog> dialog = h.window->openRecordReferralDialog();
    REQUIRE(dialog);
    QComboBox* decision = dialog->decisionBox();
    decision->setCurrentIndex(decision->findData(0));
    dialog->accept();
    CHECK(dialog->errorText().startsWith(QStringLiteral("Reason: required")));
    dialog->reasonEdit()->setPlainText(QStringLiteral("Managed well at level 1; plan reviewed with probation."));
    const MappaReferral r = dialog->referral();
    CHECK_FALSE(r.referred);
    CHECK_FALSE(r.level.has_value());
    h.send(dialog);
    REQUIRE(h.shownRecord().mappaReferrals.size() == before + 1);
    CHECK(h.shownRecord().mappaReferrals.last().by == h.window->session().username);
}

TEST_CASE("ui: registering a nominal opens the new record; the same name and date of birth is asked about first")
{
    Harness h(signInOfficer());
    QAction* action = h.action("actionRegisterNominal");
    REQUIRE(action->isEnabled());
    const int before = h.window->caseloadModel()->rowCount();

    auto fill = [](RegisterNominalDialog* d) {
        d->familyNameEdit()->setText(QStringLiteral("UITESTCASE"));
        d->givenNamesEdit()->setText(QStringLiteral("Nu Example"));
        d->dateOfBirthEdit()->setDate(QDate(1977, 7, 7));
    };
    QPointer<RegisterNominalDialog> dialog = h.window->openRegisterNominalDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->ownerBox()->count() == 1); // an officer registers their own cases
    CHECK(dialog->ownerBox()->currentData().toString() == h.window->session().username);
    dialog->accept(); // no names yet
    CHECK(dialog->errorText() == QStringLiteral("Family name: required"));
    fill(dialog);
    CHECK(dialog->errorText().isEmpty());
    // The photo: a file that is not a picture is refused and leaves none; a PNG is taken.
    QTemporaryDir pictures;
    const QString notAPicture = pictures.filePath(QStringLiteral("notes.png"));
    {
        QFile f(notAPicture);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not an image at all");
    }
    CHECK(dialog->setPhotoFile(notAPicture) == QStringLiteral("Photo: not a PNG or JPEG picture"));
    CHECK(dialog->photo().isEmpty());
    const QString png = pictures.filePath(QStringLiteral("face.png"));
    QImage face(60, 75, QImage::Format_RGB32);
    face.fill(QColor(0x80, 0x90, 0xa0));
    REQUIRE(face.save(png, "PNG"));
    CHECK(dialog->setPhotoFile(png).isEmpty());
    CHECK_FALSE(dialog->photo().isEmpty());
    const QString ref = dialog->nominal().ref;
    CHECK(ref.startsWith(QLatin1Char('N')));
    h.shown.clear();
    h.send(dialog);
    REQUIRE(QTest::qWaitFor([&] { return h.shown == ref && !h.window->isBusy(); }, kTimeoutMs));
    CHECK(h.shownRecord().familyName == QStringLiteral("UITESTCASE"));
    // The header shows the photo, the age beside the date of birth and the custody status.
    REQUIRE(h.shownRecord().photo.has_value());
    auto* photo = h.window->nominalView()->findChild<QLabel*>(QStringLiteral("photoLabel"));
    REQUIRE(photo != nullptr);
    CHECK_FALSE(photo->pixmap().isNull());
    CHECK(photo->accessibleName().contains(QStringLiteral("UITESTCASE")));
    const int age = RecordHeaderExtras::ageOn(QDate(1977, 7, 7), londonDate(QDateTime::currentDateTimeUtc()));
    CHECK(h.window->nominalView()->findChild<QLabel*>(QStringLiteral("dobValue"))->text() ==
          QStringLiteral("07 Jul 1977 (age %1)").arg(age));
    CHECK(h.window->nominalView()->findChild<QLabel*>(QStringLiteral("custodyValue"))->text() ==
          QStringLiteral("In the community"));
    REQUIRE(QTest::qWaitFor([&] { return h.window->caseloadModel()->rowCount() == before + 1; }, kTimeoutMs));

    // The same person again: the question comes first; "no" keeps the dialog open, unsaved.
    QString asked;
    bool answer = false;
    h.window->setDuplicateConfirmation([&](const QString& question) {
        asked = question;
        return answer;
    });
    QPointer<RegisterNominalDialog> twin = h.window->openRegisterNominalDialog();
    REQUIRE(twin);
    fill(twin);
    CHECK(twin->nominal().ref != ref); // the next free ref
    twin->accept();
    REQUIRE(QTest::qWaitFor([&] { return !asked.isEmpty() && !h.window->isBusy(); }, kTimeoutMs));
    CHECK(asked.contains(ref));
    REQUIRE(twin);
    CHECK(twin->isVisible());
    CHECK(twin->errorText().startsWith(QStringLiteral("Already registered: ")));
    answer = true;
    asked.clear();
    const QString twinRef = twin->nominal().ref;
    h.send(twin);
    CHECK_FALSE(asked.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return h.shown == twinRef && !h.window->isBusy(); }, kTimeoutMs));
}

TEST_CASE("ui: editing details saves a new version with its reason and the record shows the history")
{
    Harness h(signInOfficer());
    const QString ref = h.window->caseloadModel()->caseAt(2).ref;
    h.open(ref);
    REQUIRE(h.action("actionEditDetails")->isEnabled());
    const qsizetype before = h.shownRecord().detailsHistory.size();
    QPointer<EditDetailsDialog> dialog = h.window->openEditDetailsDialog();
    REQUIRE(dialog);
    CHECK(dialog->familyNameEdit()->text() == h.shownRecord().familyName);
    dialog->accept(); // nothing changed
    CHECK(dialog->errorText().startsWith(QStringLiteral("Details: nothing changes")));
    dialog->addressEdit()->setPlainText(QStringLiteral("12 Fictional Crescent"));
    CHECK(dialog->edit().values.keys() == QStringList{QStringLiteral("address")});
    dialog->accept(); // no reason
    CHECK(dialog->errorText().startsWith(QStringLiteral("Reason: required")));
    dialog->reasonEdit()->setText(QStringLiteral("Change of address notified"));
    h.send(dialog);
    REQUIRE(h.shownRecord().detailsHistory.size() == before + 1);
    CHECK(h.shownRecord().address == QStringLiteral("12 Fictional Crescent"));
    auto* address = h.window->nominalView()->findChild<QLabel*>(QStringLiteral("addressValue"));
    auto* details = h.window->nominalView()->findChild<QLabel*>(QStringLiteral("detailsValue"));
    REQUIRE((address && details));
    CHECK(address->text() == QStringLiteral("12 Fictional Crescent"));
    CHECK(details->text().startsWith(QStringLiteral("Changed ")));
    CHECK(details->toolTip().contains(QStringLiteral("Change of address notified")));
    CHECK(details->toolTip().contains(QStringLiteral("→ 12 Fictional Crescent")));

    QPointer<EditDetailsDialog> again = h.window->openEditDetailsDialog();
    REQUIRE(again);
    CHECK(again->historyList()->item(0)->text().contains(QStringLiteral("Change of address notified")));
    again->reject();
}

TEST_CASE("ui: a record outside the caseload opens only with a purpose, and the audit keeps it")
{
    SignedIn signedIn = signInOfficer();
    const Session officer = signedIn.session;
    Harness h(std::move(signedIn));
    // A case of the officer's area that is not theirs: found by a search, as a user would.
    std::unique_ptr<Services> services = openCaseworkServices();
    auto hits = services->search(officer, QStringLiteral("visit"));
    REQUIRE(hits.ok());
    QString outside;
    for (const SearchHit& hit : *hits) {
        if (h.window->caseloadModel()->rowOfRef(hit.ref) < 0) {
            outside = hit.ref;
            break;
        }
    }
    REQUIRE_FALSE(outside.isEmpty());
    const QString own = h.window->caseloadModel()->caseAt(0).ref;
    h.open(own);

    QStringList asked;
    std::optional<QString> answer;
    h.window->setPurposeQuestion([&](const QString& ref) {
        asked << ref;
        return answer;
    });
    // No purpose: the record shown stays, nothing is read.
    h.window->openCase(outside);
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy(); }, kTimeoutMs));
    CHECK(asked == QStringList{outside});
    CHECK(h.window->nominalView()->currentRef() == own);

    answer = QStringLiteral("intelligence check ref=IL2026/0042");
    h.open(outside);
    CHECK(asked.size() == 2);
    CHECK(h.window->nominalView()->currentRef() == outside);
    // Its alerts are the services' for that record, not "none open" for want of a caseload row.
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy(); }, kTimeoutMs));
    AlertQuery query;
    query.asOf = londonDate(QDateTime::currentDateTimeUtc());
    query.nominal = outside;
    const auto expected = services->alerts(officer, query);
    if (expected.ok()) {
        CHECK(h.window->nominalView()->alertsModel()->rowCount() == expected->alerts.size());
    } else {
        CHECK(h.window->nominalView()->alertsCaption().contains(expected.error().message));
    }
    CHECK_FALSE(h.window->nominalView()->alertsCaption().contains(QStringLiteral("none open")));
    // Read only: outside the officer's caseload, nothing may be recorded on it.
    for (const char* name : {"actionAddEntry", "actionLogVisit", "actionRecordArms", "actionRaiseConcern",
                             "actionEditDetails", "actionAcknowledge"}) {
        INFO(name);
        CHECK_FALSE(h.action(name)->isEnabled());
    }
    CHECK(h.window->openAddEntryDialog() == nullptr);
    // An officer is not offered the record's audit trail.
    CHECK(h.window->nominalView()->currentTab() == NominalView::Tab::Chronology);
    h.window->nominalView()->setCurrentTab(NominalView::Tab::Audit);
    CHECK(h.window->nominalView()->currentTab() != NominalView::Tab::Audit);
    h.window->nominalView()->setCurrentTab(NominalView::Tab::Notifications);
    CHECK(h.window->nominalView()->currentTab() == NominalView::Tab::Notifications);
    CHECK(h.window->nominalView()->recordModel(NominalView::Tab::Notifications)->rowCount() ==
          h.shownRecord().notifications.size());
    h.window->nominalView()->setCurrentTab(NominalView::Tab::Chronology);
    AuditFilter filter;
    filter.recordRef = outside;
    auto inspector = signInInspector();
    auto trail = inspector.services->auditLog(inspector.session, filter, QStringLiteral("audit review"));
    REQUIRE(trail.ok());
    REQUIRE_FALSE(trail->isEmpty());
    CHECK(trail->last().username == officer.username);
    CHECK(trail->last().purpose == QStringLiteral("intelligence check ref=IL2026/0042"));

    // One's own cases are not asked about, and casework is offered again.
    h.open(own);
    CHECK(asked.size() == 2);
    CHECK(h.action("actionAddEntry")->isEnabled());
}
