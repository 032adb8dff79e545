// The Dip sample tab: a sergeant draws the month's sample, opens a record's checklist with the
// record's facts beside it, records a finding per item, and the stored findings are what was
// chosen. Real demo database, real services, offscreen.

#include "CaseworkHarness.h"
#include "dialogs/DipChecklistDialog.h"
#include "views/DipSampleView.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace somdesk;
using namespace somdesk::test;

namespace {

QString thisMonth()
{
    return londonDate(QDateTime::currentDateTimeUtc()).toString(QStringLiteral("yyyy-MM"));
}

const DipSample* sampleOf(const QList<DipSample>& samples, const QString& period, const QString& sergeant)
{
    for (const DipSample& s : samples) {
        if (s.period == period && s.sergeant == sergeant) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("ui: a sergeant draws the month's dip sample and records a record's checklist")
{
    SignedIn signedIn = signInAs(Role::Sergeant);
    const Session sergeant = signedIn.session;
    Harness h(std::move(signedIn));
    DipSampleView* view = h.window->dipSampleView();
    REQUIRE(view != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy(); }, kTimeoutMs));
    const QString period = thisMonth();

    // Draw (the button is off once the month is drawn).
    std::unique_ptr<Services> services = openCaseworkServices();
    auto before = services->dipSamples(sergeant, period);
    REQUIRE(before.ok());
    const bool drawnBefore = sampleOf(*before, period, sergeant.username) != nullptr;
    CHECK(view->drawButton()->isEnabled() == !drawnBefore);
    if (!drawnBefore) {
        view->drawButton()->click();
        REQUIRE(QTest::qWaitFor(
            [&] { return !h.window->isBusy() && !view->drawButton()->isEnabled() && view->currentSample(); },
            kTimeoutMs));
    }
    CHECK_FALSE(view->drawButton()->isEnabled());

    // The records listed are the stored ones.
    auto stored = services->dipSamples(sergeant, period);
    REQUIRE(stored.ok());
    const DipSample* sample = sampleOf(*stored, period, sergeant.username);
    REQUIRE(sample != nullptr);
    REQUIRE_FALSE(sample->records.isEmpty());
    REQUIRE(view->currentSample() != nullptr);
    REQUIRE(view->currentSample()->period == period);
    QStandardItemModel* records = view->recordsModel();
    REQUIRE(records->rowCount() == sample->records.size());
    for (int row = 0; row < records->rowCount(); ++row) {
        const DipRecord& r = sample->records.at(row);
        CHECK(records->index(row, DipSampleView::Ref).data().toString() == r.nominal);
        const QString officer = records->index(row, DipSampleView::Officer).data().toString();
        CHECK(officer != r.officer); // by name and collar, never the bare username
        CHECK(officer.contains(QLatin1Char('(')));
        CHECK_FALSE(records->index(row, DipSampleView::Name).data().toString().isEmpty());
    }

    // The first record not yet completed opens its checklist, its alerts beside it.
    int row = 0;
    while (row < sample->records.size() && sample->records.at(row).completedAt) {
        ++row;
    }
    REQUIRE(row < sample->records.size());
    const QString ref = sample->records.at(row).nominal;
    QPointer<DipChecklistDialog> dialog(h.window->openDipChecklist(period, ref));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy(); }, kTimeoutMs));
    const QList<Alert> alerts = alertsOf(*services, sergeant, ref, londonDate(QDateTime::currentDateTimeUtc()));
    if (alerts.isEmpty()) {
        CHECK(dialog->alertsText() == QStringLiteral("None."));
    }
    for (const Alert& a : alerts) {
        INFO(a.key.toStdString());
        CHECK(dialog->alertsText().contains(a.reason));
    }
    CHECK(dialog->factsText().contains(QStringLiteral("Latest ARMS:")));
    CHECK(dialog->factsText().contains(QStringLiteral("Last visit:")));

    // OK stays off until every item has a finding and each not compliant a note.
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok != nullptr);
    const int n = dialog->itemCount();
    REQUIRE(n == 8);
    CHECK_FALSE(ok->isEnabled());
    QList<DipFinding> chosen;
    for (int i = 0; i < n; ++i) {
        const DipFinding f = i == 0       ? DipFinding::NotCompliant
                             : i % 2 == 0 ? DipFinding::Compliant
                                          : DipFinding::NotApplicable;
        chosen << f;
        dialog->choose(i, f);
    }
    CHECK_FALSE(ok->isEnabled()); // the not compliant item has no note yet
    dialog->noteEdit(0)->setText(QStringLiteral("  "));
    CHECK_FALSE(ok->isEnabled());
    dialog->noteEdit(0)->setText(QStringLiteral("ARMS three weeks late"));
    CHECK(ok->isEnabled());

    h.alertsLoaded = false;
    ok->click();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() && !h.window->isBusy(); }, kTimeoutMs));

    // Stored as chosen, and the record shows completed.
    auto after = services->dipSamples(sergeant, period);
    REQUIRE(after.ok());
    const DipSample* updated = sampleOf(*after, period, sergeant.username);
    REQUIRE(updated != nullptr);
    const DipRecord& record = updated->records.at(row);
    REQUIRE(record.nominal == ref);
    REQUIRE(record.completedAt.has_value());
    REQUIRE(record.items.size() == n);
    for (int i = 0; i < n; ++i) {
        CHECK(record.items.at(i).finding == chosen.at(i));
    }
    CHECK(record.items.at(0).note == std::optional<QString>(QStringLiteral("ARMS three weeks late")));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return view->recordsModel()->rowCount() > row && view->recordsModel()
                                                                 ->index(row, DipSampleView::Completed)
                                                                 .data()
                                                                 .toString()
                                                                 .startsWith(QStringLiteral("Completed"));
        },
        kTimeoutMs));
    CHECK(view->recordsModel()->index(row, DipSampleView::Findings).data().toString() ==
          QStringLiteral("%1 / %2 / %3")
              .arg(std::count(chosen.cbegin(), chosen.cend(), DipFinding::Compliant))
              .arg(std::count(chosen.cbegin(), chosen.cend(), DipFinding::NotCompliant))
              .arg(std::count(chosen.cbegin(), chosen.cend(), DipFinding::NotApplicable)));
    // A completed record does not open again.
    CHECK(h.window->openDipChecklist(period, ref) == nullptr);
}

TEST_CASE("ui: an officer has no Dip sample tab; an inspector's is read only")
{
    {
        Harness h(signInOfficer());
        CHECK(h.window->dipSampleView() == nullptr);
        CHECK(h.window->findChild<DipSampleView*>() == nullptr);
    }
    {
        Harness h(signInInspector());
        DipSampleView* view = h.window->dipSampleView();
        REQUIRE(view != nullptr);
        REQUIRE(QTest::qWaitFor([&] { return !h.window->isBusy(); }, kTimeoutMs));
        CHECK_FALSE(view->drawButton()->isVisible());
        CHECK(h.window->openDipChecklist(thisMonth(), QStringLiteral("N000001")) == nullptr);
    }
}
