// The Re-evaluations tab: the inspector's approval queue of risk re-evaluations (sergeants
// follow their team's, read only), the case one click away, and the decision with its reason.

#include "MainWindow.h"

#include "ServiceRunner.h"
#include "dialogs/DecideReviewDialog.h"
#include "models/Labels.h"
#include "services/Permissions.h"
#include "views/ReviewQueueView.h"

#include "ui_MainWindow.h"

#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace somdesk {

namespace {

constexpr int kDecidedMessageMs = 15000;

} // namespace

void MainWindow::setupReviewQueue()
{
    if (!isAllowed(m_session.role, Operation::ReadReviewQueue)) {
        return;
    }
    m_reviewQueue = new ReviewQueueView(isAllowed(m_session.role, Operation::DecideReview), this);
    m_reviewQueue->setObjectName(QStringLiteral("reviewQueueView"));
    m_ui->tabs->addTab(m_reviewQueue, tr("Re-e&valuations"));
    auto* show = new QAction(tr("Re-e&valuations"), this);
    show->setObjectName(QStringLiteral("actionShowReviews"));
    show->setShortcut(QKeySequence(QStringLiteral("Ctrl+5")));
    show->setToolTip(tr("Risk re-evaluations awaiting an inspector's decision, oldest first (Ctrl+5)"));
    m_ui->menuView->addAction(show);
    addAction(show);
    connect(show, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_reviewQueue);
        m_reviewQueue->table()->setFocus();
    });
    connect(m_reviewQueue, &ReviewQueueView::openCaseRequested, this, [this](const QString& ref) { openCase(ref); });
    connect(m_reviewQueue, &ReviewQueueView::decideRequested, this,
            [this](const ReviewQueueItem& item, ReviewDecision decision) { openDecideReview(item, decision); });
}

void MainWindow::loadReviewQueue()
{
    if (m_reviewQueue == nullptr) {
        return;
    }
    Services* services = m_services.get();
    const Session session = m_session;
    m_runner->run(
        this, [services, session] { return services->reviewQueue(session); },
        [this](Result<QList<ReviewQueueItem>> items) {
            if (!items) {
                m_reviewQueue->setError(items.error().message);
                spdlog::warn("review queue failed: {}", items.error().message.toStdString());
                return;
            }
            m_reviewQueue->setItems(*items, m_directory);
            const int tab = m_ui->tabs->indexOf(m_reviewQueue);
            m_ui->tabs->setTabText(tab, items->isEmpty() ? tr("Re-e&valuations")
                                                         : tr("Re-e&valuations (%1)").arg(items->size()));
            emit reviewQueueLoaded();
        });
}

DecideReviewDialog* MainWindow::openDecideReview(const ReviewQueueItem& item, ReviewDecision decision)
{
    if (!isAllowed(m_session.role, Operation::DecideReview) || m_integrity != Integrity::Ok) {
        return nullptr;
    }
    auto* dialog = new DecideReviewDialog(item, decision, m_directory.displayName(item.review.requestedBy), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<DecideReviewDialog> guard(dialog);
    Services* services = m_services.get();
    const Session session = m_session;
    const QString ref = item.ref;
    const QString entry = item.review.entry;
    dialog->setSubmitHandler([this, guard, services, session, ref, entry, decision](const QString& reason) {
        m_runner->run(
            this,
            [services, session, ref, entry, decision, reason] {
                return services->decideReview(session, ref, entry, decision, reason);
            },
            [this, guard, ref](Result<ReviewOutcome> outcome) {
                if (!outcome) {
                    if (guard) {
                        guard->setBusy(false);
                        guard->showError(outcome.error().message);
                    }
                    return;
                }
                spdlog::info("re-evaluation decided on {}", ref.toStdString());
                if (guard) {
                    guard->finishAccepted();
                }
                const QString done =
                    outcome->decision == ReviewDecision::Approved
                        ? (outcome->riskBefore
                               ? tr("Re-evaluation of %1 approved: risk level %2, was %3.")
                                     .arg(ref, Labels::risk(outcome->riskLevel), Labels::risk(*outcome->riskBefore))
                               : tr("Re-evaluation of %1 approved: risk level stays %2.")
                                     .arg(ref, Labels::risk(outcome->riskLevel)))
                        : tr("Re-evaluation of %1 rejected: risk level stays %2.")
                              .arg(ref, Labels::risk(outcome->riskLevel));
                statusBar()->showMessage(done, kDecidedMessageMs);
                refresh(); // the queue without it, the alert cleared, the caseload's risk level
            });
    });
    dialog->open();
    return dialog;
}

} // namespace somdesk
