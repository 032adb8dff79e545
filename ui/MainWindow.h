#pragma once

// The desktop's main window: the caseload with the selected nominal's record below it,
// and "My work", the alerts the user must act on. Every service call runs on the
// ServiceRunner's worker, so loading never freezes the window.

#include "DemoDatabase.h"
#include "core/Result.h"
#include "core/ReviewQueue.h"
#include "core/casework/CaseworkRecord.h"
#include "core/rules/Alert.h"
#include "models/CaseloadFilterModel.h"
#include "models/UserDirectory.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

class QAction;
class QDialog;
class QLabel;
class QProgressBar;

namespace somdesk {

class AddEntryDialog;
class LogVisitDialog;
class RecordArmsDialog;
class RecordPlanDialog;
class RecordScreeningDialog;
class RecordStaticScoreDialog;
class RecordReferralDialog;
class RecordNotificationDialog;
class RecordCustodyDialog;
class RecordReleaseDialog;
class RaiseConcernDialog;
class IdleWatcher;
class LockScreen;
class EditDetailsDialog;
class RegisterNominalDialog;
// Supervisors' decisions (MainWindowDecisions.cpp).
class TransferCaseDialog;
class ManagementDecisionDialog;
class IndefiniteReviewDialog;
class OverrideAlertDialog;
class AlertsModel;
class CaseloadModel;
class ChronologyModel;
class CollatingProxyModel;
class NominalView;
class TeamView;
class ReviewQueueView;
class DecideReviewDialog;
class DipSampleView;
class DipChecklistDialog;
class SearchResultsModel;
class ServiceRunner;
class Settings;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        bool demo = false;
        QDate today;                  // the Europe/London date alerts are computed for
        QString databasePath;         // shown in the status bar and remembered
        bool automaticBackups = true; // after a passed quick check, then hourly
        bool paletteGiven = false;    // --palette on the command line wins over the user's choice
    };

    // Whether the database passed its quick check: changes are allowed only after it has.
    enum class Integrity { Unchecked, Ok, Failed };

    MainWindow(SignedIn signedIn, const Options& options, Settings& settings, QWidget* parent = nullptr);
    // The app's light or dark palette (models/StatusColours.h), for the whole application.
    static void applyPalette(bool dark);
    ~MainWindow() override;

    // Loads the caseload and the alerts again.
    void refresh();
    // Shows the nominal in the caseload tab, selecting its row when it is listed.
    void openCase(const QString& ref);

    // Runs the database's quick check off the GUI thread, then (if it passes) the automatic
    // backups: once now and then every hour. Called once the window is open.
    void startDatabaseCare();
    // What the quick check said: "ok" allows changes; anything else (or an error) shows a red
    // banner and disables every action that writes.
    void applyQuickCheck(const Result<QString>& result);
    Integrity integrity() const { return m_integrity; }
    QString integrityText() const;
    // The folder of the rotating backups: "backups" beside the database file.
    QString backupFolder() const;
    void runAutomaticBackup();

    // Casework on the record shown (each one call on the worker, then the record and the
    // alerts are loaded again).
    void acknowledgeSelectedEntry();
    QStringList acknowledgeableSelection() const;
    AddEntryDialog* openAddEntryDialog();
    // Logs a visit to the record shown (MainWindowRecording.cpp); the alerts reload after.
    LogVisitDialog* openLogVisitDialog();
    RecordArmsDialog* openRecordArmsDialog();
    RecordPlanDialog* openRecordPlanDialog();
    RecordScreeningDialog* openRecordScreeningDialog();
    RecordStaticScoreDialog* openRecordStaticScoreDialog();
    RecordReferralDialog* openRecordReferralDialog();
    RecordNotificationDialog* openRecordNotificationDialog();
    RecordCustodyDialog* openRecordCustodyDialog();
    RecordReleaseDialog* openRecordReleaseDialog();
    RaiseConcernDialog* openRaiseConcernDialog();
    EditDetailsDialog* openEditDetailsDialog();
    // ---- Supervisors' decisions on the record shown (MainWindowDecisions.cpp): a transfer
    // to a colleague in scope, a management-mode decision, an indefinite-review decision.
    // Each is null when the role may not, or no record in scope is shown.
    TransferCaseDialog* openTransferCaseDialog();
    ManagementDecisionDialog* openManagementDecisionDialog();
    IndefiniteReviewDialog* openIndefiniteReviewDialog();

private:
    void setupDecisions();
    void updateDecisionActions(bool writable, bool record);

public:
    // ---- end of the supervisors' decisions
    // The fix of an alert (MainWindowAlertFix.cpp): which dialog answers a rule, and opening
    // it for the alert's nominal when that is the record shown (null when there is none to
    // open, or the user may not; the status line then says what clears the alert).
    enum class AlertFix {
        None,
        Visit,
        Arms,
        Screening,
        Referral,
        Notification,
        Transfer,
        AcknowledgeEntry,
        Oversight,
        Management,
        IndefiniteReview
    };
    static AlertFix fixFor(const QString& rule);
    QDialog* openFixFor(const Alert& alert);
    // Registers a new nominal (MainWindowRegistration.cpp); a duplicate (same name and date
    // of birth) is put to the user, through `confirmDuplicate` when set (tests), else a question.
    RegisterNominalDialog* openRegisterNominalDialog();
    void setDuplicateConfirmation(std::function<bool(const QString& message)> confirm)
    {
        m_confirmDuplicate = std::move(confirm);
    }
    // Opening a record outside the user's caseload asks for the purpose, through `ask`
    // when set (tests), else PurposeDialog; no purpose, no opening.
    void setPurposeQuestion(std::function<std::optional<QString>(const QString& ref)> ask)
    {
        m_askPurpose = std::move(ask);
    }
    // Acknowledges the transfer of the record shown to the signed-in user (asking first
    // unless `confirm` is false).
    void acknowledgeTransfer(bool confirm = true);
    // One casework service call on the runner (MainWindowRecording.cpp): `refused` gets the
    // service's message, `saved` runs once it is stored, then the record reloads.
    using CaseworkCall = std::function<Result<QString>(Services&, const Session&)>;
    void saveCasework(const QString& ref, CaseworkCall call, const QString& savedMessage,
                      std::function<void(const QString&)> refused, std::function<void()> saved);
    // Supervision (MainWindowSupervision.cpp). An inspector overrides an alert with a reason,
    // from the record's alert list or from My work: the dialog names the alert, and on success
    // the alerts (and the record, if shown) reload without it. Null when the user may not.
    OverrideAlertDialog* openOverrideDialog(const Alert& alert);
    OverrideAlertDialog* openMyWorkOverride(); // the alert selected in My work
    // `dialog`, when given, is closed on success or shows the refusal.
    void overrideAlert(const QString& key, const QString& reason, QPointer<OverrideAlertDialog> dialog = {});
    // The officer the caseload is narrowed to ("" for all); sergeants and inspectors only.
    QString officerFilter() const;
    // Searches names, aliases and chronologies of the records in the user's area.
    void search(const QString& text);

    bool isBusy() const;
    bool isCaseloadTabCurrent() const;
    QString errorText() const;
    const Session& session() const { return m_session; }

    CaseloadModel* caseloadModel() const { return m_caseload; }
    CaseloadFilterModel* caseloadProxy() const { return m_caseloadProxy; }
    AlertsModel* myWorkModel() const { return m_myWork; }
    NominalView* nominalView() const { return m_nominalView; }
    ChronologyModel* chronologyModel() const;
    SearchResultsModel* searchModel() const { return m_searchResults; }

    // The idle lock (MainWindowLock.cpp): after the policy's lock_minutes without input, or
    // on Lock (Ctrl+L), the records give way to the lock screen and open dialogs are hidden
    // with their input; the user's password brings both back.
    void lock();
    bool isLocked() const { return m_lockScreen != nullptr; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    void setLockAfter(std::chrono::milliseconds idle);
    // Ends the session: the window closes and the application returns to the sign-in.
    void signOut();
    static constexpr int kSignedOutExitCode = 64;

public slots:
    // Shows the caseload tab narrowed to one officer's cases ("" for every officer's): the
    // Officer box does the same. A team view drills down through it. Ignored for officers,
    // whose caseload is their own.
    void showOfficerCaseload(const QString& username);

public:
    // The Team tab of sergeants and inspectors (null for others), loaded on each refresh.
    TeamView* teamView() const { return m_teamView; }
    // The Re-evaluations tab of inspectors and sergeants (MainWindowReviews.cpp).
    ReviewQueueView* reviewQueueView() const { return m_reviewQueue; }
    DecideReviewDialog* openDecideReview(const ReviewQueueItem& item, ReviewDecision decision);

signals:
    void workloadLoaded();
    void reviewQueueLoaded();
    void caseloadLoaded();
    void locked();
    void unlocked();
    void alertsLoaded();
    void nominalShown(const QString& ref);
    void busyChanged(bool busy);
    void quickCheckFinished(bool ok);
    void backupFinished(bool written);
    void searchFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupActions();
    void restoreSettings();
    void saveSettings();
    void updateTitle();
    void setStatus(const QString& text);
    void showError(const QString& text);
    void onBusyChanged(bool busy);
    void openCurrentCaseloadRow();
    // `purpose` is what the audit records; empty: the caseload's purpose, or the user is asked
    // (outside the caseload), or, on a quiet reload, the purpose the record was opened with.
    void readNominal(const QString& ref, bool quiet = false, const QString& purpose = {});
    std::optional<QString> askPurpose(const QString& ref);
    void reloadAfterChange(const QString& ref);
    void updateRecordingActions(bool writable, bool record);
    void setupIdleLock();
    void unlockWith(const QByteArray& password);
    void unlock();
    std::optional<QString> recordingTarget(QAction* action);
    void submitRegistration(RegisterNominalDialog* dialog, const Nominal& nominal, bool duplicateConfirmed);
    void updateCaseActions();
    void askOverrideReason();
    // The officer column and filter, the My work override (MainWindowSupervision.cpp).
    void setupSupervision();
    bool supervisesOfficers() const;
    void updateOfficerFilter();
    void updateSupervisionActions(bool writable);
    // The Team tab: the workload per officer (MainWindowSupervision.cpp).
    void setupTeamView();
    void loadWorkload();
    void setupReviewQueue();
    void loadReviewQueue();
    std::optional<Alert> selectedMyWorkAlert() const;
    void openSearchHit(const QModelIndex& index);
    // Opens the case of a My work alert, then the alert's fix (MainWindowAlertFix.cpp).
    void openMyWorkFix(const QModelIndex& index);
    void applyMyWorkFilter();
    void updateCaseloadCount();
    QList<Alert> alertsFor(const QString& ref) const;
    // The record pane's wiring (MainWindowRecordView.cpp): context menus, the Audit tab's
    // trail, the alerts of a record outside the caseload, the user guide.
    void setupRecordView();
    void readAuditTrail(const QString& ref);
    void readRecordAlerts(const QString& ref);
    void showUserGuide();
    QString purposeFor(const QString& ref) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Services> m_services; // outlives m_runner, whose destructor waits for it
    Session m_session;
    Options m_options;
    Settings& m_settings;
    ServiceRunner* m_runner = nullptr;
    UserDirectory m_directory;

    CaseloadModel* m_caseload = nullptr;
    CaseloadFilterModel* m_caseloadProxy = nullptr;
    AlertsModel* m_myWork = nullptr;
    CollatingProxyModel* m_myWorkProxy = nullptr;
    NominalView* m_nominalView = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    SearchResultsModel* m_searchResults = nullptr;

    QList<Alert> m_alerts;
    QList<Alert> m_outsideAlerts; // of the record shown when it is outside the caseload
    QString m_outsideAlertsRef;
    bool m_alertsLoaded = false;
    bool m_refreshing = false;
    QString m_requestedRef; // the record most recently asked for
    QString m_shownRef;
    int m_caseloadSize = 0;
    QString m_entryToSelect;           // after a reload, or when a search hit opens a record
    QString m_shownPurpose;            // why the record shown was opened (kept for its reloads)
    std::optional<Alert> m_alertToFix; // a My work alert whose record is opening
    TeamView* m_teamView = nullptr;
    ReviewQueueView* m_reviewQueue = nullptr;
    QList<User> m_colleagues; // the people of the user's area (for registration)
    std::function<bool(const QString&)> m_confirmDuplicate;
    std::function<std::optional<QString>(const QString&)> m_askPurpose;
    IdleWatcher* m_idle = nullptr;
    LockScreen* m_lockScreen = nullptr; // while locked
    QWidget* m_lockedCentral = nullptr; // the records, kept while locked
    QList<QPointer<QDialog>> m_lockedDialogs;
    QList<QPointer<QAction>> m_lockedActions; // enabled before the lock
    Integrity m_integrity = Integrity::Unchecked;
    QTimer m_backupTimer;
    bool m_backupRunning = false;
    int m_searchSerial = 0;

    // --- Dip sampling (MainWindowDipSampling.cpp) ---
    // The Dip sample tab: sergeants draw the month's sample and record each record's checklist;
    // inspectors list their area's draws, read only; others have no tab (null view).
public:
    DipSampleView* dipSampleView() const { return m_dipView; }
    // Opens the checklist of one drawn record, with the record's facts beside it (null when
    // the user may not record findings or the record is not in a listed draw).
    DipChecklistDialog* openDipChecklist(const QString& period, const QString& ref);
signals:
    void dipSamplesLoaded();

private:
    void setupDipSampling();
    void loadDipSamples(const QString& selectPeriod = {});
    void drawDipSample();
    void recordDipFindings(const QString& period, const QString& ref, const QList<DipItem>& items,
                           QPointer<DipChecklistDialog> dialog);
    DipSampleView* m_dipView = nullptr;
    QList<DipSample> m_dipSamples;
    QStringList m_dipItems; // policy dip_sample_items
    // --- end of dip sampling ---
};

} // namespace somdesk
