// The inspector's approval queue in the desktop: oldest first with the triggering entry,
// the case one click away, and an approval that changes the nominal's risk level and clears
// the alert. Real demo database, real services, offscreen.

#include "CaseworkHarness.h"
#include "dialogs/DecideReviewDialog.h"
#include "views/ReviewQueueView.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace somdesk;
using namespace somdesk::test;

namespace {

ReviewQueueView* waitForQueue(Harness& h)
{
    ReviewQueueView* view = h.window->reviewQueueView();
    REQUIRE(view != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return view->heading().contains(QLatin1String("await")) && !h.window->isBusy(); },
                            kTimeoutMs));
    return view;
}

} // namespace

TEST_CASE("ui: an inspector approves a re-evaluation from the queue; the risk level changes and the alert clears")
{
    SignedIn signedIn = signInAs(Role::Inspector);
    const Session inspector = signedIn.session;
    Harness h(std::move(signedIn));
    ReviewQueueView* view = waitForQueue(h);

    // The queue is the service's, in its order (oldest first).
    std::unique_ptr<Services> services = openCaseworkServices();
    auto queue = services->reviewQueue(inspector);
    REQUIRE(queue.ok());
    REQUIRE_FALSE(queue->isEmpty());
    REQUIRE(view->model()->rowCount() == int(queue->size()));
    for (int row = 1; row < view->model()->rowCount(); ++row) {
        CHECK(view->model()->itemAt(row - 1).review.requestedAt <= view->model()->itemAt(row).review.requestedAt);
    }

    // One this inspector did not ask for, whose proposal changes the level.
    int row = -1;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        const ReviewQueueItem& item = view->model()->itemAt(i);
        if (item.review.requestedBy != inspector.username && item.entryBy != inspector.username &&
            item.review.proposedRiskLevel != item.riskLevel) {
            row = i;
            break;
        }
    }
    REQUIRE(row >= 0);
    const ReviewQueueItem item = view->model()->itemAt(row);
    view->table()->selectRow(row);
    // The request in full below the list: the rationale and the triggering entry.
    CHECK(view->detailText().contains(item.review.rationale.simplified().left(30)));
    CHECK(view->detailText().contains(item.entryText.simplified().left(30)));
    CHECK_FALSE(view->table()->tabKeyNavigation());
    CHECK_FALSE(view->table()->accessibleName().isEmpty());

    // The alert that asks for the decision is open before.
    const auto escalation = [&] {
        for (const Alert& a : h.alerts()) {
            if (a.rule == QLatin1String("risk.escalation_review") && a.nominal == item.ref &&
                a.key.contains(QLatin1Char(':') + item.review.entry + QLatin1Char(':'))) {
                return true;
            }
        }
        return false;
    };
    const bool alertBefore = escalation();

    auto* approve = view->findChild<QPushButton*>(QStringLiteral("approveReviewButton"));
    REQUIRE(approve != nullptr);
    REQUIRE(approve->isEnabled());
    approve->click();
    DecideReviewDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = h.window->findChild<DecideReviewDialog*>();
            return dialog != nullptr && dialog->isVisible();
        },
        kTimeoutMs));
    CHECK(dialog->decision() == ReviewDecision::Approved);
    // No decision without a reason.
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok != nullptr);
    CHECK_FALSE(ok->isEnabled());
    dialog->reasonEdit()->setPlainText(QStringLiteral("   "));
    CHECK_FALSE(ok->isEnabled());
    dialog->reasonEdit()->setPlainText(QStringLiteral("History, pattern and intelligence weighed at the review."));
    CHECK(ok->isEnabled());
    h.alertsLoaded = false;
    ok->click();
    h.waitForReload();
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy(); }, kTimeoutMs));

    // Stored: the decision, the new level and its history row.
    auto after = services->readNominal(inspector, item.ref, QStringLiteral("case management"));
    REQUIRE(after.ok());
    CHECK(after->riskLevel == item.review.proposedRiskLevel);
    CHECK(after->riskHistory.last().level == item.review.proposedRiskLevel);
    bool decided = false;
    for (const Review& r : after->reviews) {
        if (r.entry == item.review.entry && r.decision == ReviewDecision::Approved &&
            r.decidedBy == inspector.username) {
            decided = true;
        }
    }
    CHECK(decided);
    // Gone from the queue, and the alert with it.
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == int(queue->size()) - 1; }, kTimeoutMs));
    CHECK_FALSE(view->selectRequest(item.ref, item.review.entry));
    CHECK_FALSE(escalation());
    if (!alertBefore) {
        WARN("the approved request had no open escalation alert before");
    }
}

TEST_CASE("ui: a sergeant follows the queue read only; an officer has no queue")
{
    Harness sergeant(signInAs(Role::Sergeant));
    ReviewQueueView* view = waitForQueue(sergeant);
    CHECK_FALSE(view->findChild<QPushButton*>(QStringLiteral("approveReviewButton"))->isVisibleTo(view));
    CHECK_FALSE(view->findChild<QPushButton*>(QStringLiteral("rejectReviewButton"))->isVisibleTo(view));
    Harness officer(signInOfficer());
    CHECK(officer.window->reviewQueueView() == nullptr);
}
