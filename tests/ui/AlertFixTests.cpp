// Every alert links to its fix: the dialog a rule's alert opens, from the record's alert
// list and from My work, and the entry an entry's alert selects.

#include "CaseworkHarness.h"
#include "core/rules/RuleCatalogue.h"
#include "dialogs/AddEntryDialog.h"
#include "dialogs/LogVisitDialog.h"
#include "dialogs/RecordArmsDialog.h"
#include "dialogs/RecordNotificationDialog.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>

using namespace somdesk;
using namespace somdesk::test;

namespace {

QDialog* visibleDialog(MainWindow& window)
{
    for (QDialog* d : window.findChildren<QDialog*>()) {
        if (d->isVisible()) {
            return d;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("ui: every rule of the catalogue has a deliberate fix")
{
    using Fix = MainWindow::AlertFix;
    const QHash<QString, Fix> expected{
        {QStringLiteral("arms.new_registration"), Fix::Arms},
        {QStringLiteral("arms.post_release"), Fix::Arms},
        {QStringLiteral("arms.review"), Fix::Arms},
        {QStringLiteral("risk.escalation_review"), Fix::None},
        {QStringLiteral("oversight.line_management"), Fix::Oversight},
        {QStringLiteral("mappa.level2_consideration"), Fix::Referral},
        {QStringLiteral("mappa.post_sentence_screening"), Fix::Screening},
        {QStringLiteral("mappa.pre_release_screening"), Fix::Screening},
        {QStringLiteral("entries.acknowledge"), Fix::AcknowledgeEntry},
        {QStringLiteral("case.transfer_acknowledge"), Fix::Transfer},
        {QStringLiteral("disclosure.trigger"), Fix::Oversight},
        {QStringLiteral("visits.overdue"), Fix::Visit},
        {QStringLiteral("management.reactive_review"), Fix::Management},
        {QStringLiteral("management.reactive_eligible"), Fix::Management},
        {QStringLiteral("notification.annual"), Fix::Notification},
        {QStringLiteral("notification.indefinite_review"), Fix::IndefiniteReview},
        {QStringLiteral("visits.predictable"), Fix::Visit},
        {QStringLiteral("visits.unverified"), Fix::Visit},
        {QStringLiteral("plan.escalation_trigger"), Fix::Referral},
    };
    REQUIRE(RuleCatalogue::all().size() == expected.size());
    for (const RuleInfo& rule : RuleCatalogue::all()) {
        const QString id = QString::fromLatin1(rule.id);
        INFO(rule.id);
        REQUIRE(expected.contains(id));
        CHECK(MainWindow::fixFor(id) == expected.value(id));
    }
    CHECK(MainWindow::fixFor(QStringLiteral("no.such_rule")) == Fix::None);
}

TEST_CASE("ui: an alert in the record opens the dialog that clears it, for that record")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    const Alert arms = h.firstAlert(QStringLiteral("arms.review"), officer);
    h.open(arms.nominal);
    REQUIRE(h.window->nominalView()->selectAlert(arms.key));
    auto* table = h.window->nominalView()->findChild<QTableView*>(QStringLiteral("alertsTable"));
    REQUIRE(table != nullptr);
    // Enter on the selected alert, as a keyboard user would.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QDialog* dialog = visibleDialog(*h.window);
    REQUIRE(dialog != nullptr);
    auto* armsDialog = qobject_cast<RecordArmsDialog*>(dialog);
    REQUIRE(armsDialog != nullptr);
    CHECK(armsDialog->findChild<QLabel*>(QStringLiteral("intro"))->text().contains(arms.nominal));
    armsDialog->reject();
}

TEST_CASE("ui: an alert activated in My work opens its case and then its fix")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    const Alert visit = h.firstAlert(QStringLiteral("visits.overdue"), officer);
    auto* myWork = h.window->findChild<QTableView*>(QStringLiteral("myWorkTable"));
    REQUIRE(myWork != nullptr);
    QModelIndex target;
    for (int row = 0; row < myWork->model()->rowCount(); ++row) {
        const QModelIndex index = myWork->model()->index(row, 0);
        const QModelIndex source = qobject_cast<const QSortFilterProxyModel*>(myWork->model())->mapToSource(index);
        if (h.window->myWorkModel()->alertAt(source.row()).key == visit.key) {
            target = index;
        }
    }
    REQUIRE(target.isValid());
    emit myWork->activated(target);
    REQUIRE(QTest::qWaitFor([&] { return qobject_cast<LogVisitDialog*>(visibleDialog(*h.window)) != nullptr; },
                            kTimeoutMs));
    CHECK(h.window->nominalView()->currentRef() == visit.nominal);
    auto* dialog = qobject_cast<LogVisitDialog*>(visibleDialog(*h.window));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("intro"))->text().contains(visit.nominal));
    dialog->reject();
}

TEST_CASE("ui: an entry's alert selects the entry; a fix the user may not make says who may")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    const Alert ack = h.firstAlert(QStringLiteral("entries.acknowledge"), officer);
    h.open(ack.nominal);
    CHECK(h.window->openFixFor(ack) == nullptr);
    const Entry* selected = h.window->nominalView()->selectedEntry();
    REQUIRE(selected != nullptr);
    CHECK(ack.key.split(QLatin1Char(':')).value(2) == selected->id);
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("Ctrl+K")));

    // A MAPPA referral decision is an inspector's: the officer is told, no dialog opens.
    Alert referral = ack;
    referral.rule = QStringLiteral("mappa.level2_consideration");
    referral.ownerRole = Role::Inspector;
    referral.clearsWhen = QStringLiteral("An inspector records a MAPPA referral decision.");
    CHECK(h.window->openFixFor(referral) == nullptr);
    CHECK(visibleDialog(*h.window) == nullptr);
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("for the inspector")));
}
