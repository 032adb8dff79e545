// The static risk score in the case record: the dialog computes OSP/DC and OSP/IIC as the inputs
// change and refuses what cannot be scored; a saved score shows in the header and in the
// Static scores tab, explained item by item; a score from another tool is kept as entered.

#include "CaseworkHarness.h"
#include "MainWindow.h"
#include "core/scores/OspCalculator.h"
#include "dialogs/RecordStaticScoreDialog.h"
#include "models/ItemRoles.h"
#include "models/RecordTableModel.h"
#include "views/NominalView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace somdesk;
using namespace somdesk::test;

namespace {

QString firstOwnCase(Harness& h, const QString& officer)
{
    for (const Alert& a : h.alerts()) {
        if (a.owner == officer) {
            return a.nominal;
        }
    }
    FAIL("the officer has no case with an alert");
    return {};
}

QString headerScore(Harness& h)
{
    auto* label = h.window->nominalView()->findChild<QLabel*>(QStringLiteral("staticScoreValue"));
    REQUIRE(label != nullptr);
    return label->text();
}

} // namespace

TEST_CASE("ui: a computed static score is previewed, refused until it can be scored, then shown explained")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    h.open(firstOwnCase(h, officer));
    CHECK(h.action("actionRecordStaticScore")->isEnabled());
    CHECK(h.action("actionRecordStaticScore")->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    const qsizetype before = h.shownRecord().staticScores.size();
    const QDate dob = h.shownRecord().dateOfBirth;

    QPointer<RecordStaticScoreDialog> dialog = h.window->openRecordStaticScoreDialog();
    REQUIRE(dialog);
    // Nothing sexual counted yet: the preview says why it cannot be scored, and saving is refused.
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("at least one sexual sanction")));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("cannot be scored")));
    CHECK(h.shownRecord().staticScores.size() == before);

    // One contact-adult sanction among three, follow-up from ten years before the assessment.
    dialog->totalBox()->setValue(3);
    dialog->contactAdultBox()->setValue(1);
    const QDate assessed = dialog->score().assessedOn;
    dialog->followUpEdit()->setDate(assessed.addYears(-2));
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("date of the last sexual offence is needed")));
    dialog->lastSexualOffenceKnown()->setChecked(true);
    dialog->lastSexualOffenceEdit()->setDate(assessed.addYears(-3));
    const OspOutcome expected = OspCalculator::compute(dialog->ospInput());
    REQUIRE(expected.ok());
    CHECK(dialog->ospInput().dateOfBirth == dob); // the record's, never typed
    const QString preview = dialog->resultLabel()->text();
    CHECK(preview.contains(QStringLiteral("contact-adult sanctions: 1 → 5 points")));
    CHECK(preview.contains(QStringLiteral("total sanctions: 3 → 6 points")));
    CHECK(preview.contains(bandInWords(expected.dc->band)));
    h.send(dialog);

    const Nominal& n = h.shownRecord();
    REQUIRE(n.staticScores.size() == before + 1);
    const StaticScore& saved = n.staticScores.last();
    CHECK(saved.tool == OspCalculator::toolName());
    CHECK(saved.version == OspCalculator::version());
    CHECK(saved.by == officer);
    CHECK(saved.inputs->contactAdultSanctions == 1);
    CHECK(headerScore(h).startsWith(QStringLiteral("OSP/DC %1").arg(bandInWords(expected.dc->band))));

    NominalView* view = h.window->nominalView();
    view->setCurrentTab(NominalView::Tab::Scores);
    CHECK(view->currentTab() == NominalView::Tab::Scores);
    RecordTableModel* model = view->recordModel(NominalView::Tab::Scores);
    REQUIRE(model->rowCount() == int(before + 1));
    auto* explanation = view->findChild<QLabel*>(QStringLiteral("staticScoreExplanation"));
    REQUIRE(explanation != nullptr);
    CHECK(explanation->text().contains(QStringLiteral("contact-adult sanctions: 1 → 5 points")));
    CHECK(explanation->text().contains(QStringLiteral("OSP/IIC:")));
}

TEST_CASE("ui: a score from another tool is entered as written, with its source required")
{
    SignedIn signedIn = signInOfficer();
    const QString officer = signedIn.session.username;
    Harness h(std::move(signedIn));
    h.open(firstOwnCase(h, officer));
    const qsizetype before = h.shownRecord().staticScores.size();
    QPointer<RecordStaticScoreDialog> dialog = h.window->openRecordStaticScoreDialog();
    REQUIRE(dialog);
    dialog->kindBox()->setCurrentIndex(1);
    dialog->toolEdit()->setText(QStringLiteral("RM2000/S"));
    dialog->versionEdit()->setText(QStringLiteral("2007"));
    dialog->categoryEdit()->setText(QStringLiteral("High"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().startsWith(QStringLiteral("Source: required")));
    dialog->sourceEdit()->setPlainText(QStringLiteral("Pre-sentence report, fictitious author"));
    h.send(dialog);
    REQUIRE(h.shownRecord().staticScores.size() == before + 1);
    const StaticScore& saved = h.shownRecord().staticScores.last();
    CHECK(saved.tool == QStringLiteral("RM2000/S"));
    CHECK(saved.category == QStringLiteral("High"));
    CHECK_FALSE(saved.inputs.has_value());
}
