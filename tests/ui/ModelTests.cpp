#include "ModelTesterWarnings.h"

#include "Settings.h"
#include "models/AlertsModel.h"
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"
#include "models/ChronologyFilterModel.h"
#include "models/ChronologyModel.h"
#include "models/RecordTableModel.h"
#include "models/RecordTables.h"
#include "models/UserDirectory.h"
#include "views/MatchHighlighter.h"
#include "views/RecordHeaderExtras.h"

#include "models/CollatingProxyModel.h"
#include "models/ItemRoles.h"
#include "models/Labels.h"
#include <QPlainTextEdit>

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace somdesk;

namespace {

CaseSummary summary(const QString& ref, const QString& family, const QString& given, RiskLevel risk,
                    std::optional<QDate> lastVisit = std::nullopt)
{
    CaseSummary c;
    c.ref = ref;
    c.familyName = family;
    c.givenNames = given;
    c.riskLevel = risk;
    c.mappaCategory = 1;
    c.mappaLevel = 2;
    c.area = QStringLiteral("North Area");
    c.owner = QStringLiteral("pc1000");
    c.lastHomeVisit = lastVisit;
    return c;
}

Alert alert(const QString& ref, const QString& rule, AlertStatus status, std::optional<QDate> due, int daysOverdue,
            const QString& owner = QStringLiteral("pc1000"))
{
    Alert a;
    a.rule = rule;
    a.nominal = ref;
    a.status = status;
    a.due = due;
    a.daysOverdue = daysOverdue;
    a.owner = owner;
    a.key =
        rule + QLatin1Char(':') + ref + QLatin1Char(':') + (due ? due->toString(Qt::ISODate) : QStringLiteral("info"));
    a.reason = QStringLiteral("Reason for ") + rule;
    a.clearsWhen = QStringLiteral("Clears when done");
    return a;
}

QStringList column(const QAbstractItemModel& model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, col).data(role).toString();
    }
    return values;
}

User person(const QString& username, const QString& name, const QString& collar, Role role)
{
    User u;
    u.username = username;
    u.name = name;
    u.collar = collar;
    u.role = role;
    return u;
}

QList<CaseSummary> sampleCases()
{
    return {
        summary(QStringLiteral("N10"), QStringLiteral("Zulu"), QStringLiteral("Adam"), RiskLevel::Low),
        summary(QStringLiteral("N2"), QStringLiteral("Åberg"), QStringLiteral("Björn"), RiskLevel::VeryHigh,
                QDate(2024, 3, 5)),
        summary(QStringLiteral("N1"), QStringLiteral("abbott"), QStringLiteral("Colin"), RiskLevel::Medium),
    };
}

} // namespace

TEST_CASE("ui: caseload model passes the model tester and shows words, not codes")
{
    test::ModelTesterWarnings warnings;
    CaseloadModel model;
    CollatingProxyModel proxy;
    proxy.setCollatorLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    proxy.setSourceModel(&model);
    warnings.watch(&model);
    warnings.watch(&proxy);

    model.setCases(sampleCases());
    model.setAlerts(
        {alert(QStringLiteral("N2"), QStringLiteral("visits.overdue"), AlertStatus::Overdue, QDate(2024, 5, 1), 30),
         alert(QStringLiteral("N2"), QStringLiteral("arms.review"), AlertStatus::Due, QDate(2024, 6, 5), 0),
         alert(QStringLiteral("N10"), QStringLiteral("entries.acknowledge"), AlertStatus::Due, QDate(2024, 6, 2), 0)});
    proxy.sort(CaseloadModel::Name);
    proxy.setFilterFixedString(QStringLiteral("north"));
    proxy.setFilterFixedString(QString());
    model.setCases(sampleCases());
    model.setAlerts({});

    CHECK(warnings.failures().isEmpty());
    INFO(warnings.failures().join(QLatin1Char('\n')).toStdString());

    model.setAlerts(
        {alert(QStringLiteral("N2"), QStringLiteral("visits.overdue"), AlertStatus::Overdue, QDate(2024, 5, 1), 30),
         alert(QStringLiteral("N2"), QStringLiteral("arms.review"), AlertStatus::Due, QDate(2024, 6, 5), 0)});
    const int row = model.rowOfRef(QStringLiteral("N2"));
    REQUIRE(row >= 0);
    auto cell = [&](int col) { return model.index(row, col).data().toString(); };
    CHECK(cell(CaseloadModel::Reference) == QStringLiteral("N2"));
    CHECK(cell(CaseloadModel::Name) == QStringLiteral("ÅBERG, Björn"));
    CHECK(cell(CaseloadModel::Risk) == QStringLiteral("Very high"));
    CHECK(cell(CaseloadModel::Mappa) == QStringLiteral("Cat 1 / Level 2"));
    CHECK(cell(CaseloadModel::LastHomeVisit) == QStringLiteral("05 Mar 2024"));
    CHECK(cell(CaseloadModel::Management) == QStringLiteral("Active"));
    CHECK(cell(CaseloadModel::WorstAlert) == QStringLiteral("Overdue: Home visit"));
    CHECK(cell(CaseloadModel::AlertCount) == QStringLiteral("2"));
    CHECK(model.index(row, CaseloadModel::WorstAlert).data(Qt::ForegroundRole).value<QBrush>().color() ==
          Labels::alertColour(AlertStatus::Overdue));
    CHECK(model.index(model.rowOfRef(QStringLiteral("N1")), CaseloadModel::LastHomeVisit).data().toString() ==
          QStringLiteral("Never"));
    CHECK(model.index(model.rowOfRef(QStringLiteral("N1")), CaseloadModel::AlertCount).data().toInt() == 0);
    for (int col = 0; col < CaseloadModel::ColumnCount; ++col) {
        CHECK_FALSE(model.headerData(col, Qt::Horizontal).toString().isEmpty());
    }
}

TEST_CASE("ui: caseload sorts names with collation and references numerically")
{
    CaseloadModel model;
    CollatingProxyModel proxy;
    proxy.setCollatorLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    proxy.setSourceModel(&model);
    model.setCases(sampleCases());

    proxy.sort(CaseloadModel::Name, Qt::AscendingOrder);
    // Code-point order would put "ÅBERG" after "ZULU" and lower-case "abbott" last.
    CHECK(column(proxy, CaseloadModel::Name) ==
          QStringList{QStringLiteral("ABBOTT, Colin"), QStringLiteral("ÅBERG, Björn"), QStringLiteral("ZULU, Adam")});

    proxy.sort(CaseloadModel::Reference, Qt::AscendingOrder);
    CHECK(column(proxy, CaseloadModel::Reference) ==
          QStringList{QStringLiteral("N1"), QStringLiteral("N2"), QStringLiteral("N10")});

    proxy.sort(CaseloadModel::Risk, Qt::DescendingOrder);
    CHECK(column(proxy, CaseloadModel::Risk) ==
          QStringList{QStringLiteral("Very high"), QStringLiteral("Medium"), QStringLiteral("Low")});

    // Never visited sorts as the oldest visit.
    proxy.sort(CaseloadModel::LastHomeVisit, Qt::DescendingOrder);
    CHECK(column(proxy, CaseloadModel::Reference).first() == QStringLiteral("N2"));

    model.setAlerts(
        {alert(QStringLiteral("N10"), QStringLiteral("arms.review"), AlertStatus::Due, QDate(2024, 6, 5), 0),
         alert(QStringLiteral("N1"), QStringLiteral("visits.overdue"), AlertStatus::Overdue, QDate(2024, 5, 1), 3)});
    proxy.sort(CaseloadModel::WorstAlert, Qt::AscendingOrder);
    CHECK(column(proxy, CaseloadModel::Reference) ==
          QStringList{QStringLiteral("N1"), QStringLiteral("N10"), QStringLiteral("N2")});

    proxy.setFilterFixedString(QStringLiteral("åberg"));
    CHECK(proxy.rowCount() == 1);
    proxy.setFilterFixedString(QStringLiteral("very high"));
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("ui: the caseload's Officer column names the owner, and the filter narrows to one officer")
{
    test::ModelTesterWarnings warnings;
    CaseloadModel model;
    CaseloadFilterModel proxy;
    proxy.setCollatorLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    proxy.setSourceModel(&model);
    warnings.watch(&model);
    warnings.watch(&proxy);
    QList<CaseSummary> cases = sampleCases();
    cases[1].owner = QStringLiteral("pc2000");
    model.setCases(cases);

    // Until the model has the names (an officer's own caseload), the column says nothing.
    CHECK(model.index(0, CaseloadModel::Officer).data().toString().isEmpty());
    proxy.setFilterFixedString(QStringLiteral("pc1000"));
    CHECK(proxy.rowCount() == 0);
    proxy.setFilterFixedString(QString());

    UserDirectory directory;
    directory.add(person(QStringLiteral("pc1000"), QStringLiteral("Zoë Young"), QStringLiteral("1000"), Role::Officer));
    directory.add(
        person(QStringLiteral("pc2000"), QStringLiteral("Émile Abbas"), QStringLiteral("2000"), Role::Officer));
    model.setOfficers(directory);
    CHECK(model.owners().size() == 2);
    CHECK(model.index(model.rowOfRef(QStringLiteral("N2")), CaseloadModel::Officer).data().toString() ==
          QStringLiteral("Émile Abbas (2000)"));
    CHECK(model.index(model.rowOfRef(QStringLiteral("N1")), CaseloadModel::Officer).data().toString() ==
          QStringLiteral("Zoë Young (1000)"));
    CHECK(model.index(0, 0).data(OwnerRole).toString() == QStringLiteral("pc1000"));

    // Sorted with collation: "Émile" before "Zoë".
    proxy.sort(CaseloadModel::Officer, Qt::AscendingOrder);
    CHECK(column(proxy, CaseloadModel::Reference).first() == QStringLiteral("N2"));

    proxy.setOwner(QStringLiteral("pc1000"));
    proxy.sort(CaseloadModel::Reference, Qt::AscendingOrder);
    CHECK(column(proxy, CaseloadModel::Reference) == QStringList{QStringLiteral("N1"), QStringLiteral("N10")});
    proxy.setFilterFixedString(QStringLiteral("zulu"));
    CHECK(column(proxy, CaseloadModel::Reference) == QStringList{QStringLiteral("N10")});
    proxy.setFilterFixedString(QStringLiteral("abbas")); // another officer's name: not within pc1000's cases
    CHECK(proxy.rowCount() == 0);
    proxy.setFilterFixedString(QString());
    proxy.setOwner(QString());
    CHECK(proxy.rowCount() == 3);
    proxy.setFilterFixedString(QStringLiteral("abbas"));
    CHECK(column(proxy, CaseloadModel::Reference) == QStringList{QStringLiteral("N2")});
    CHECK(warnings.failures().isEmpty());
}

TEST_CASE("ui: a record's audit trail names people with their collar, in London time, newest first")
{
    UserDirectory directory;
    directory.add(
        person(QStringLiteral("ps3000"), QStringLiteral("Ann Sergeant"), QStringLiteral("3000"), Role::Sergeant));
    AuditRecord read;
    read.seq = 7;
    read.at = QDateTime(QDate(2026, 7, 1), QTime(9, 30), Qt::UTC); // 10:30 in London (BST)
    read.username = QStringLiteral("ps3000");
    read.operation = QStringLiteral("consultation");
    read.recordType = QStringLiteral("nominal");
    read.purpose = QStringLiteral("Supervision");
    AuditRecord changed = read;
    changed.seq = 8;
    changed.at = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC); // 09:30 in London (GMT)
    changed.username = QStringLiteral("unknown9");
    changed.operation = QStringLiteral("alteration");
    changed.recordType = QStringLiteral("alert_override");
    changed.purpose = QStringLiteral("alert override");
    changed.detail = QStringLiteral("key=visits.overdue:N1:2026-11-01");
    const RecordTable table = recordTables::audit({read, changed}, directory);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(0) == QStringList{QStringLiteral("01 Dec 2026 09:30"), QStringLiteral("unknown9"),
                                          QStringLiteral("Alteration (alert override)"),
                                          QStringLiteral("alert override"), QString(),
                                          QStringLiteral("key=visits.overdue:N1:2026-11-01")});
    CHECK(table.rows.at(1) == QStringList{QStringLiteral("01 Jul 2026 10:30"), QStringLiteral("Ann Sergeant (3000)"),
                                          QStringLiteral("Consultation"), QStringLiteral("Supervision"), QString(),
                                          QString()});
}

TEST_CASE("ui: alerts model passes the model tester and names nominals and rules")
{
    test::ModelTesterWarnings warnings;
    AlertsModel model;
    CollatingProxyModel proxy;
    proxy.setSourceModel(&model);
    warnings.watch(&model);
    warnings.watch(&proxy);

    const QList<Alert> alerts{
        alert(QStringLiteral("N2"), QStringLiteral("visits.overdue"), AlertStatus::Overdue, QDate(2024, 5, 1), 30),
        alert(QStringLiteral("N1"), QStringLiteral("arms.review"), AlertStatus::Due, QDate(2024, 6, 5), 0),
        alert(QStringLiteral("N1"), QStringLiteral("management.reactive_eligible"), AlertStatus::Info, std::nullopt, 0),
    };
    model.setAlerts(alerts);
    model.setNominalNames({{QStringLiteral("N2"), QStringLiteral("ÅBERG, Björn")}});
    proxy.sort(AlertsModel::Due);
    proxy.sort(-1);
    CHECK(warnings.failures().isEmpty());

    // Unsorted, the proxy keeps the rules' contract order.
    CHECK(column(proxy, AlertsModel::Status) ==
          QStringList{QStringLiteral("Overdue"), QStringLiteral("Due"), QStringLiteral("Info")});
    CHECK(model.index(0, AlertsModel::Nominal).data().toString() == QStringLiteral("ÅBERG, Björn (N2)"));
    CHECK(model.index(1, AlertsModel::Nominal).data().toString() == QStringLiteral("N1"));
    CHECK(model.index(0, AlertsModel::Rule).data().toString() == QStringLiteral("Home visit"));
    CHECK(model.index(2, AlertsModel::Rule).data().toString() == QStringLiteral("Eligible for reactive management"));
    CHECK(model.index(0, AlertsModel::Due).data().toString() == QStringLiteral("01 May 2024"));
    CHECK(model.index(2, AlertsModel::Due).data().toString().isEmpty());
    CHECK(model.index(0, AlertsModel::DaysOverdue).data().toInt() == 30);
    CHECK(model.index(0, AlertsModel::ClearsWhen).data().toString() == QStringLiteral("Clears when done"));
    CHECK(model.index(0, AlertsModel::Nominal).data(RefRole).toString() == QStringLiteral("N2"));

    // Every rule of the catalogue has a title of its own.
    for (const char* rule : {"arms.post_release", "arms.new_registration", "arms.review", "risk.escalation_review",
                             "oversight.line_management", "mappa.level2_consideration", "mappa.post_sentence_screening",
                             "mappa.pre_release_screening", "entries.acknowledge", "case.transfer_acknowledge",
                             "visits.overdue", "disclosure.trigger", "management.reactive_eligible",
                             "management.reactive_review", "notification.annual", "notification.indefinite_review"}) {
        CHECK(Labels::ruleTitle(QLatin1String(rule)) != QLatin1String(rule));
    }
}

TEST_CASE("ui: chronology model passes the model tester and shows London times and names")
{
    test::ModelTesterWarnings warnings;
    ChronologyModel model;
    CollatingProxyModel proxy;
    proxy.setSourceModel(&model);
    warnings.watch(&model);
    warnings.watch(&proxy);

    Session me;
    me.username = QStringLiteral("pc1000");
    me.name = QStringLiteral("Morgan Stubworth");
    me.collar = QStringLiteral("1000");
    UserDirectory directory(me);

    Entry summer;
    summer.id = QStringLiteral("E1");
    summer.at = QDateTime(QDate(2024, 7, 1), QTime(23, 30), QTimeZone::utc());
    summer.by = QStringLiteral("pc1000");
    summer.type = EntryType::Concern;
    summer.text = QStringLiteral("Said he feels isolated.\nSecond line.");
    Entry winter;
    winter.id = QStringLiteral("E2");
    winter.at = QDateTime(QDate(2024, 1, 15), QTime(9, 5), QTimeZone::utc());
    winter.by = QStringLiteral("ps0105");
    winter.type = EntryType::Note;
    winter.text = QStringLiteral("Routine contact.");
    winter.acknowledged = {
        Acknowledgement{QStringLiteral("pc1000"), QDateTime(QDate(2024, 1, 16), QTime(8, 0), QTimeZone::utc())}};

    model.setDirectory(directory);
    model.setEntries({summer, winter});
    proxy.sort(ChronologyModel::When, Qt::DescendingOrder);
    model.setDirectory(directory);
    model.clear();
    model.setEntries({summer, winter});
    CHECK(warnings.failures().isEmpty());

    // BST: 23:30 UTC is 00:30 the next day in London; GMT in January.
    CHECK(model.index(0, ChronologyModel::When).data().toString() == QStringLiteral("02 Jul 2024 00:30"));
    CHECK(model.index(1, ChronologyModel::When).data().toString() == QStringLiteral("15 Jan 2024 09:05"));
    CHECK(model.index(0, ChronologyModel::Type).data().toString() == QStringLiteral("Concern"));
    CHECK(model.index(0, ChronologyModel::Author).data().toString() == QStringLiteral("Morgan Stubworth"));
    CHECK(model.index(0, ChronologyModel::Author).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Morgan Stubworth (1000)"));
    CHECK(model.index(1, ChronologyModel::Author).data().toString() == QStringLiteral("ps0105"));
    CHECK(model.index(0, ChronologyModel::Text).data().toString() ==
          QStringLiteral("Said he feels isolated. Second line."));
    CHECK(model.index(0, ChronologyModel::Text).data(Qt::ToolTipRole).toString() == summer.text);
    CHECK(model.index(0, ChronologyModel::AcknowledgedBy).data().toString() == QStringLiteral("Not acknowledged"));
    // The owner's own entries need no acknowledgement and say so.
    model.setOwner(summer.by);
    model.setEntries({summer, winter});
    CHECK(model.index(0, ChronologyModel::AcknowledgedBy).data().toString() == QStringLiteral("Own entry"));
    model.setOwner({});
    model.setEntries({summer, winter});
    CHECK(model.index(1, ChronologyModel::AcknowledgedBy).data().toString() ==
          QStringLiteral("Morgan Stubworth (1000) on 16 Jan 2024 08:00"));
    CHECK(model.index(1, ChronologyModel::AcknowledgedBy).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Morgan Stubworth (1000) on 16 Jan 2024 08:00"));
    // Only the owner's acknowledgement clears the owner's alert: a colleague's is not shown as theirs.
    model.setOwner(QStringLiteral("pc2000"));
    model.setEntries({summer, winter});
    CHECK(model.index(1, ChronologyModel::AcknowledgedBy).data().toString() ==
          QStringLiteral("Not by the owner; seen by Morgan Stubworth (1000) on 16 Jan 2024 08:00"));
    CHECK(!model.ownerAcknowledged(winter));
    model.setOwner(QStringLiteral("pc1000"));
    winter.acknowledged << Acknowledgement{QStringLiteral("ps0105"),
                                           QDateTime(QDate(2024, 1, 14), QTime(8, 0), QTimeZone::utc())};
    model.setEntries({summer, winter});
    CHECK(model.ownerAcknowledged(winter));
    CHECK(model.index(1, ChronologyModel::AcknowledgedBy).data().toString() ==
          QStringLiteral("Morgan Stubworth (1000) on 16 Jan 2024 08:00; also ps0105 on 14 Jan 2024 08:00"));
    CHECK(model.index(1, ChronologyModel::Id).data().toString() == QStringLiteral("E2"));
    model.setOwner({});
    winter.acknowledged.removeLast();
    model.setEntries({summer, winter});

    CHECK(column(proxy, ChronologyModel::When) ==
          QStringList{QStringLiteral("02 Jul 2024 00:30"), QStringLiteral("15 Jan 2024 09:05")});

    User sergeant;
    sergeant.username = QStringLiteral("ps0105");
    sergeant.name = QStringLiteral("Alex Tester");
    sergeant.collar = QStringLiteral("0105");
    directory.add(sergeant);
    model.setDirectory(directory);
    CHECK(model.index(1, ChronologyModel::Author).data().toString() == QStringLiteral("Alex Tester"));
    CHECK(model.index(1, ChronologyModel::Author).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Alex Tester (0105)"));
}

TEST_CASE("ui: typed settings give defaults and keep values")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        settings.setUser(QStringLiteral("pc1000"));
        CHECK(settings.flag(Settings::Key::OnlyMyWork));
        CHECK(settings.text(Settings::Key::LastDatabase).isEmpty());
        CHECK(settings.number(Settings::Key::CurrentTab) == 0);
        settings.setValue(Settings::Key::LastDatabase, QStringLiteral("/data/force.sqlite"));
        settings.setValue(Settings::Key::OnlyMyWork, false);
        settings.setValue(Settings::Key::CurrentTab, 1);
        settings.sync();
    }
    Settings again(file);
    again.setUser(QStringLiteral("pc1000"));
    CHECK(again.text(Settings::Key::LastDatabase) == QStringLiteral("/data/force.sqlite"));
    CHECK_FALSE(again.flag(Settings::Key::OnlyMyWork));
    CHECK(again.number(Settings::Key::CurrentTab) == 1);
    again.reset(Settings::Key::OnlyMyWork);
    CHECK(again.flag(Settings::Key::OnlyMyWork));

    // Every key has a distinct path.
    QStringList paths;
    for (const Settings::KeyInfo& k : Settings::keys()) {
        CHECK_FALSE(paths.contains(k.path));
        paths << k.path;
    }
}

TEST_CASE("ui: a user's settings are their own: another user, or nobody signed in, sees the defaults")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    Settings settings(file);
    // Before anyone signs in, user keys read their defaults and are not written.
    settings.setValue(Settings::Key::OnlyMyWork, false);
    CHECK(settings.flag(Settings::Key::OnlyMyWork));
    CHECK(settings.storedPath(Settings::Key::OnlyMyWork).isEmpty());
    CHECK(settings.storedPath(Settings::Key::LastDatabase) == QStringLiteral("Session/lastDatabase"));

    settings.setUser(QStringLiteral("pc1000"));
    settings.setValue(Settings::Key::OnlyMyWork, false);
    settings.setValue(Settings::Key::ChronologyType, QStringLiteral("concern"));
    settings.setValue(Settings::Key::LastDatabase, QStringLiteral("/data/shared.sqlite"));
    CHECK(settings.storedPath(Settings::Key::OnlyMyWork) == QStringLiteral("Users/pc1000/MyWork/onlyMine"));

    settings.setUser(QStringLiteral("pc1001"));
    CHECK(settings.flag(Settings::Key::OnlyMyWork));
    CHECK(settings.text(Settings::Key::ChronologyType).isEmpty());
    CHECK(settings.text(Settings::Key::LastDatabase) == QStringLiteral("/data/shared.sqlite")); // the machine's

    // A name cannot reach into another user's keys.
    settings.setUser(QStringLiteral("pc1000/MyWork"));
    CHECK(settings.storedPath(Settings::Key::OnlyMyWork) == QStringLiteral("Users/pc1000%2FMyWork/MyWork/onlyMine"));
    CHECK(settings.flag(Settings::Key::OnlyMyWork));

    settings.sync();
    Settings again(file);
    again.setUser(QStringLiteral("pc1000"));
    CHECK_FALSE(again.flag(Settings::Key::OnlyMyWork));
    CHECK(again.text(Settings::Key::ChronologyType) == QStringLiteral("concern"));
}

TEST_CASE("ui: the chronology filter keeps one type and entries with every word, and marks the matches")
{
    ChronologyModel model;
    ChronologyFilterModel filter;
    filter.setSourceModel(&model);
    Entry a;
    a.id = QStringLiteral("E1");
    a.at = QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc());
    a.by = QStringLiteral("pc1000");
    a.type = EntryType::Concern;
    a.text = QStringLiteral("Seen near the school gates in a grey van.");
    Entry b = a;
    b.id = QStringLiteral("E2");
    b.type = EntryType::Note;
    b.text = QStringLiteral("Grey van sold; new car not yet notified.");
    model.setEntries({a, b});
    REQUIRE(filter.rowCount() == 2);
    filter.setSearch(QStringLiteral("  grey   VAN "));
    CHECK(filter.words() == QStringList{QStringLiteral("grey"), QStringLiteral("VAN")});
    CHECK(filter.rowCount() == 2);
    filter.setSearch(QStringLiteral("grey school"));
    CHECK(filter.rowCount() == 1);
    filter.setSearch(QStringLiteral("E2"));
    CHECK(filter.rowCount() == 1);
    filter.setSearch({});
    filter.setType(EntryType::Concern);
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, ChronologyModel::Id).data().toString() == QStringLiteral("E1"));
    CHECK(filter.isFiltering());

    // Overlapping words merge into one marked range; case does not matter.
    const auto ranges = matchRanges(QStringLiteral("Grey van, grey"),
                                    {QStringLiteral("grey v"), QStringLiteral("van"), QStringLiteral("grey")});
    CHECK(ranges == QList<QPair<int, int>>{{0, 8}, {10, 4}});
    QPlainTextEdit pane;
    pane.setPlainText(b.text);
    CHECK(highlightMatches(&pane, {QStringLiteral("van"), QStringLiteral("car")}) == 2);
    CHECK(highlightMatches(&pane, {QStringLiteral("bicycle")}) == 0);
}

TEST_CASE("ui: record tables list a nominal's records newest first, in words")
{
    Nominal n;
    n.ref = QStringLiteral("N000001");
    n.notifications = {Notification{QDate(2024, 3, 1), NotificationKind::Annual},
                       Notification{QDate(2025, 3, 1), NotificationKind::Travel}};
    n.custody = {CustodyPeriod{QDate(2020, 1, 1), QDate(2022, 1, 1), QDate(2022, 2, 1)}};
    Screening s;
    s.date = QDate(2025, 5, 5);
    s.level = 2;
    s.rationale = QStringLiteral("Multi-agency plan needed");
    n.screenings = {s};
    UserDirectory directory;
    const RecordTable notes = recordTables::notifications(n);
    REQUIRE(notes.rows.size() == 2);
    CHECK(notes.rows.at(0) == QStringList{QStringLiteral("01 Mar 2025"), QStringLiteral("Travel")});
    CHECK(recordTables::custody(n).rows.at(0).at(2) == QStringLiteral("01 Feb 2022"));
    CHECK(recordTables::mappa(n, directory).rows.at(0).at(2) == QStringLiteral("Level 2"));
    CHECK(recordTables::arms(n, directory).rows.isEmpty());
    RecordTableModel model;
    model.setTable(notes);
    CHECK(model.rowCount() == 2);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Kind"));
}

TEST_CASE("ui: the header's age counts whole years, a leap-day birthday on 1 March, and custody reads in words")
{
    CHECK(RecordHeaderExtras::ageOn(QDate(1980, 5, 10), QDate(2026, 5, 9)) == 45);
    CHECK(RecordHeaderExtras::ageOn(QDate(1980, 5, 10), QDate(2026, 5, 10)) == 46);
    CHECK(RecordHeaderExtras::ageOn(QDate(2000, 2, 29), QDate(2025, 2, 28)) == 24);
    CHECK(RecordHeaderExtras::ageOn(QDate(2000, 2, 29), QDate(2025, 3, 1)) == 25);
    CHECK(RecordHeaderExtras::ageOn(QDate(2000, 2, 29), QDate(2028, 2, 29)) == 28);
    CHECK(RecordHeaderExtras::ageOn(QDate(2000, 1, 1), QDate(1999, 1, 1)) == 0);

    Nominal n;
    CHECK(RecordHeaderExtras::custodyText(n) == QStringLiteral("In the community"));
    n.custody.append(CustodyPeriod{QDate(2024, 2, 3), QDate(2027, 6, 1), std::nullopt});
    CHECK(RecordHeaderExtras::custodyText(n) ==
          QStringLiteral("In custody since 03 Feb 2024; expected release 01 Jun 2027"));
    n.custody.last().releasedOn = QDate(2026, 1, 15);
    CHECK(RecordHeaderExtras::custodyText(n) == QStringLiteral("In the community, released 15 Jan 2026"));
}
