// Supervision in the desktop: the caseload's Officer column and filter for sergeants and
// inspectors, a record's audit trail on its Audit tab, and an inspector's override of an
// alert from My work. Real demo database, real services, offscreen.

#include "CaseworkHarness.h"
#include "dialogs/OverrideAlertDialog.h"
#include "models/CaseloadFilterModel.h"
#include "models/ItemRoles.h"
#include "models/Labels.h"
#include "models/RecordTableModel.h"
#include "models/UserDirectory.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>

#include <map>

using namespace somdesk;
using namespace somdesk::test;

namespace {

// Everyone's name and collar number, as an admin lists them (independently of the window).
UserDirectory everyone()
{
    std::unique_ptr<Services> services = openCaseworkServices();
    QByteArray pw = kPassword;
    auto admin = services->signIn(QStringLiteral("admin"), pw);
    REQUIRE(admin.ok());
    auto users = services->listUsers(*admin);
    REQUIRE(users.ok());
    UserDirectory directory;
    for (const UserInfo& u : *users) {
        directory.add(u.user);
    }
    return directory;
}

QComboBox* officerBox(const Harness& h)
{
    auto* box = h.window->findChild<QComboBox*>(QStringLiteral("officerFilter"));
    REQUIRE(box != nullptr);
    return box;
}

QTableView* table(const Harness& h, const char* name)
{
    auto* view = h.window->findChild<QTableView*>(QString::fromLatin1(name));
    REQUIRE(view != nullptr);
    return view;
}

// The cases of each owner, as the services list them for the session.
std::map<QString, int> casesPerOwner(Services& services, const Session& session)
{
    auto cases = services.caseload(session);
    REQUIRE(cases.ok());
    std::map<QString, int> count;
    for (const CaseSummary& c : *cases) {
        ++count[c.owner];
    }
    return count;
}

QString londonText(const QDateTime& utc)
{
    QDateTime asUtc = utc;
    asUtc.setTimeSpec(Qt::UTC);
    return QLocale::c().toString(asUtc.toTimeZone(QTimeZone("Europe/London")), QStringLiteral("dd MMM yyyy HH:mm"));
}

} // namespace

TEST_CASE("ui: a sergeant's caseload names each case's officer and narrows to one officer")
{
    SignedIn signedIn = signInAs(Role::Sergeant);
    const Session sergeant = signedIn.session;
    Harness h(std::move(signedIn));
    const UserDirectory names = everyone();
    CaseloadModel* model = h.window->caseloadModel();
    CaseloadFilterModel* proxy = h.window->caseloadProxy();
    QTableView* caseload = table(h, "caseloadTable");
    REQUIRE(model->rowCount() > 0);

    // The column is there, by name and collar number, never a bare username.
    CHECK_FALSE(caseload->isColumnHidden(CaseloadModel::Officer));
    CHECK(model->headerData(CaseloadModel::Officer, Qt::Horizontal).toString() == QStringLiteral("Officer"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString owner = model->caseAt(row).owner;
        const QString shown = model->index(row, CaseloadModel::Officer).data().toString();
        INFO(owner.toStdString());
        REQUIRE(names.contains(owner));
        CHECK(shown == names.displayName(owner));
        CHECK(shown != owner);
        CHECK(shown.contains(QLatin1Char('(')));
    }

    // The filter: all officers, then each officer of the team by name.
    std::unique_ptr<Services> services = openCaseworkServices();
    const std::map<QString, int> perOwner = casesPerOwner(*services, sergeant);
    REQUIRE(perOwner.size() >= 2);
    QComboBox* box = officerBox(h);
    CHECK(box->isVisibleTo(h.window.get()));
    CHECK(box->itemText(0) == QStringLiteral("All officers"));
    CHECK(box->accessibleName() == QStringLiteral("Officer whose cases are shown"));
    auto* label = h.window->findChild<QLabel*>(QStringLiteral("officerFilterLabel"));
    REQUIRE(label != nullptr);
    CHECK(label->buddy() == box);
    for (const auto& [owner, count] : perOwner) {
        const int index = box->findData(owner);
        INFO(owner.toStdString());
        REQUIRE(index > 0);
        CHECK(box->itemText(index) == names.displayName(owner));
    }
    QStringList listed;
    for (int i = 1; i < box->count(); ++i) {
        listed << box->itemText(i);
    }
    QStringList sorted = listed;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&](const QString& a, const QString& b) { return collator(a, b); });
    CHECK(listed == sorted);

    // From code (a team view's drill-down): exactly that officer's cases, and the box says so.
    const auto& [first, firstCount] = *perOwner.begin();
    h.window->showOfficerCaseload(first);
    CHECK(h.window->isCaseloadTabCurrent());
    CHECK(h.window->officerFilter() == first);
    CHECK(box->currentData().toString() == first);
    REQUIRE(proxy->rowCount() == firstCount);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        CHECK(proxy->index(row, 0).data(OwnerRole).toString() == first);
        CHECK(proxy->index(row, CaseloadModel::Officer).data().toString() == names.displayName(first));
    }
    auto* count = h.window->findChild<QLabel*>(QStringLiteral("caseloadCount"));
    REQUIRE(count != nullptr);
    CHECK(count->text() == QStringLiteral("%1 of %2").arg(firstCount).arg(model->rowCount()));

    // From the box, as a user picks: another officer's cases only.
    const auto& [second, secondCount] = *std::next(perOwner.begin());
    box->setCurrentIndex(box->findData(second));
    CHECK(h.window->officerFilter() == second);
    REQUIRE(proxy->rowCount() == secondCount);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        CHECK(proxy->index(row, 0).data(OwnerRole).toString() == second);
    }
    // The text filter narrows within the officer's cases.
    const QString ref = proxy->index(0, 0).data(RefRole).toString();
    auto* filter = h.window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    REQUIRE(filter != nullptr);
    filter->setText(ref);
    CHECK(proxy->rowCount() == 1);
    filter->clear();

    // Opening a case of another officer shows every officer's cases again.
    QString otherCase;
    for (int row = 0; row < model->rowCount() && otherCase.isEmpty(); ++row) {
        if (model->caseAt(row).owner != second) {
            otherCase = model->caseAt(row).ref;
        }
    }
    REQUIRE_FALSE(otherCase.isEmpty());
    h.open(otherCase);
    CHECK(h.window->officerFilter().isEmpty());
    CHECK(box->currentIndex() == 0);
    CHECK(proxy->rowCount() == model->rowCount());

    // Sorted by the officer's name with collation, as the other columns.
    proxy->sort(CaseloadModel::Officer, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const QString before = proxy->index(row - 1, CaseloadModel::Officer).data().toString();
        const QString after = proxy->index(row, CaseloadModel::Officer).data().toString();
        CHECK(collator.compare(before, after) <= 0);
    }

    h.window->showOfficerCaseload(QString());
    CHECK(proxy->rowCount() == model->rowCount());
}

TEST_CASE("ui: an officer's own caseload has no Officer column or filter")
{
    SignedIn signedIn = signInOfficer();
    const QString me = signedIn.session.username;
    Harness h(std::move(signedIn));
    CHECK(table(h, "caseloadTable")->isColumnHidden(CaseloadModel::Officer));
    CHECK_FALSE(officerBox(h)->isVisibleTo(h.window.get()));
    const int all = h.window->caseloadProxy()->rowCount();
    REQUIRE(all > 0);
    // Nothing to narrow: a drill-down is ignored, and the hidden column never matches a filter.
    h.window->showOfficerCaseload(QStringLiteral("someone-else"));
    CHECK(h.window->officerFilter().isEmpty());
    CHECK(h.window->caseloadProxy()->rowCount() == all);
    CHECK(h.window->caseloadModel()->index(0, CaseloadModel::Officer).data().toString().isEmpty());
    auto* filter = h.window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    REQUIRE(filter != nullptr);
    filter->setText(me);
    CHECK(h.window->caseloadProxy()->rowCount() == 0);
    filter->clear();
}

TEST_CASE("ui: the Audit tab shows who consulted the record, by name and collar, when, and why")
{
    SignedIn signedIn = signInAs(Role::Sergeant);
    const Session sergeant = signedIn.session;
    Harness h(std::move(signedIn));
    const UserDirectory names = everyone();
    const QString ref = h.window->caseloadModel()->caseAt(0).ref;
    h.open(ref); // a consultation, audited with its purpose

    NominalView* view = h.window->nominalView();
    view->setCurrentTab(NominalView::Tab::Audit);
    REQUIRE(view->currentTab() == NominalView::Tab::Audit);
    RecordTableModel* trail = view->recordModel(NominalView::Tab::Audit);
    REQUIRE(QTest::qWaitFor([&] { return view->hasAuditTrailFor(ref) && !h.window->isBusy(); }, kTimeoutMs));
    REQUIRE(trail->rowCount() > 0);
    CHECK(trail->headerData(0, Qt::Horizontal).toString() == QStringLiteral("When"));
    CHECK(trail->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Who"));
    CHECK(trail->headerData(2, Qt::Horizontal).toString() == QStringLiteral("What"));
    CHECK(trail->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Purpose"));
    CHECK(trail->headerData(5, Qt::Horizontal).toString() == QStringLiteral("Detail"));

    // The trail as the services keep it, read by an inspector of the area.
    auto inspector = signInInspector();
    AuditFilter filter;
    filter.recordRef = ref;
    auto rows = inspector.services->auditLog(inspector.session, filter, QStringLiteral("audit review"));
    REQUIRE(rows.ok());
    const AuditRecord* consultation = nullptr;
    for (const AuditRecord& a : *rows) {
        if (a.username == sergeant.username && a.operation == QStringLiteral("consultation") &&
            a.recordType == QStringLiteral("nominal")) {
            consultation = &a; // the latest: the opening above
        }
    }
    REQUIRE(consultation != nullptr);

    // Newest first: the sergeant's opening of the record is the top row, by name and collar.
    const QString who = names.displayName(sergeant.username);
    REQUIRE(who != sergeant.username);
    auto cell = [&](int row, int column) { return trail->index(row, column).data().toString(); };
    CHECK(cell(0, 1) == who);
    CHECK(cell(0, 2) == QStringLiteral("Consultation"));
    CHECK(cell(0, 3) == consultation->purpose);
    CHECK_FALSE(consultation->purpose.isEmpty());
    CHECK(cell(0, 0) == londonText(consultation->at));
    CHECK(cell(0, 5) == consultation->detail);
    // Everyone on the trail by name, never by account.
    for (const AuditRecord& a : *rows) {
        for (int row = 0; row < trail->rowCount(); ++row) {
            CHECK(cell(row, 1) != a.username);
        }
    }

    // The reading itself is on the record's trail, with its purpose.
    bool readingAudited = false;
    for (const AuditRecord& a : *rows) {
        if (a.username == sergeant.username && a.recordType == QStringLiteral("audit") &&
            a.purpose == QStringLiteral("audit review")) {
            readingAudited = true;
        }
    }
    CHECK(readingAudited);

    // Read again, the tab lists that reading too, named as a reading of the trail.
    h.open(h.window->caseloadModel()->caseAt(1).ref);
    view->setCurrentTab(NominalView::Tab::Audit);
    h.open(ref);
    REQUIRE(QTest::qWaitFor([&] { return view->hasAuditTrailFor(ref) && !h.window->isBusy(); }, kTimeoutMs));
    bool listed = false;
    for (int row = 0; row < trail->rowCount(); ++row) {
        if (cell(row, 1) == who && cell(row, 2) == QStringLiteral("Consultation (audit)") &&
            cell(row, 3) == QStringLiteral("audit review")) {
            listed = true;
        }
    }
    CHECK(listed);
}

TEST_CASE("ui: an inspector overrides an alert from My work with a reason; the alert goes and the audit keeps it")
{
    {
        Harness officer(signInOfficer());
        CHECK_FALSE(officer.action("actionOverrideMyWorkAlert")->isVisible());
        CHECK(officer.window->openMyWorkOverride() == nullptr);
    }
    {
        Harness sergeant(signInAs(Role::Sergeant));
        CHECK_FALSE(sergeant.action("actionOverrideMyWorkAlert")->isVisible());
    }
    SignedIn signedIn = signInInspector();
    const Session inspector = signedIn.session;
    Harness h(std::move(signedIn));
    h.action("actionShowMyWork")->trigger();
    auto* onlyMine = h.window->findChild<QCheckBox*>(QStringLiteral("onlyMineCheck"));
    REQUIRE(onlyMine != nullptr);
    onlyMine->setChecked(false); // every alert of the area, not only the inspector's own
    QAction* overrideAction = h.action("actionOverrideMyWorkAlert");
    CHECK(overrideAction->isVisible());
    CHECK_FALSE(overrideAction->isEnabled()); // nothing selected yet
    auto* button = h.window->findChild<QToolButton*>(QStringLiteral("overrideMyWorkButton"));
    REQUIRE(button != nullptr);
    CHECK(button->isVisibleTo(h.window.get()));

    // A dated alert, so the dialog has a due date to show.
    QTableView* myWork = table(h, "myWorkTable");
    auto* shown = qobject_cast<QSortFilterProxyModel*>(myWork->model());
    REQUIRE(shown != nullptr);
    auto alertAt = [&](int row) {
        return h.window->myWorkModel()->alertAt(shown->mapToSource(shown->index(row, 0)).row());
    };
    int row = -1;
    for (int r = 0; r < shown->rowCount() && row < 0; ++r) {
        if (alertAt(r).due) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    myWork->setCurrentIndex(shown->index(row, 0));
    const Alert target = alertAt(row);
    CHECK(overrideAction->isEnabled());
    const int before = h.window->myWorkModel()->rowCount();

    QPointer<OverrideAlertDialog> dialog = h.window->openOverrideDialog(target);
    REQUIRE(dialog);
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, kTimeoutMs));
    dialog = h.window->openMyWorkOverride();
    REQUIRE(dialog);
    CHECK(dialog->alert().key == target.key);
    CHECK(dialog->alertText().contains(Labels::ruleTitle(target.rule)));
    CHECK(dialog->nominalText().contains(target.nominal));
    CHECK(dialog->nominalText().contains(h.window->caseloadModel()->namesByRef().value(target.nominal)));
    CHECK(dialog->dueText().startsWith(Labels::date(*target.due)));
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok != nullptr);
    CHECK(ok->text() == QStringLiteral("&Override alert"));
    // The reason's label is its buddy, and the button waits for words.
    bool buddied = false;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        buddied = buddied || label->buddy() == dialog->reasonEdit();
    }
    CHECK(buddied);
    CHECK(dialog->reasonEdit()->accessibleName() == QStringLiteral("Reason for the override"));
    CHECK_FALSE(ok->isEnabled());
    dialog->reasonEdit()->setPlainText(QStringLiteral("   \n\t "));
    CHECK_FALSE(ok->isEnabled());
    dialog->accept(); // Enter with a blank reason: refused in the dialog, nothing sent
    CHECK(dialog->errorText().startsWith(QStringLiteral("Reason: required")));
    CHECK_FALSE(h.window->isBusy());
    const QString reason = QStringLiteral("Visit made jointly with probation on the 3rd; their record stands.");
    dialog->reasonEdit()->setPlainText(QStringLiteral("  ") + reason + QStringLiteral("\n"));
    CHECK(ok->isEnabled());

    h.send(dialog);
    CHECK_FALSE(h.hasAlert(target.key));
    CHECK(h.window->myWorkModel()->rowCount() == before - 1);

    // Recorded and audited: an alteration of the nominal's alert override, naming the key.
    AuditFilter filter;
    filter.recordRef = target.nominal;
    auto rows = openCaseworkServices()->auditLog(inspector, filter, QStringLiteral("audit review"));
    REQUIRE(rows.ok());
    bool audited = false;
    for (const AuditRecord& a : *rows) {
        if (a.username == inspector.username && a.operation == QStringLiteral("alteration") &&
            a.recordType == QStringLiteral("alert_override") &&
            a.detail.section(QLatin1Char(' '), 0, 0) == QStringLiteral("key=") + target.key) {
            audited = true;
        }
    }
    CHECK(audited);
    // The services' own alerts agree: the overridden alert is no longer listed.
    std::unique_ptr<Services> services = openCaseworkServices();
    for (const Alert& a : alertsOf(*services, inspector, target.nominal, londonDate(QDateTime::currentDateTimeUtc()))) {
        CHECK(a.key != target.key);
    }
}
