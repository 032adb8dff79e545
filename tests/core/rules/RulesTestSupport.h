#pragma once

// Builders shared by the rules tests: a small directory of users and a "quiet" nominal
// that fires nothing on its reference day, so each test adds only the facts it judges.

#include "core/Domain.h"
#include "core/rules/Alert.h"
#include "core/rules/Directory.h"
#include "core/rules/Policy.h"
#include "core/rules/RulesEngine.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace somdesk::rulestest {

inline QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline QDateTime ts(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Area 1 / Team A1: officers pc1, pc2, sergeant ps1, inspector in1; ex1 was an inspector
// and is now an officer. Team B (Area 2) has no sergeant and Area 2 no inspector; Team C
// (Area 3) has two sergeants and Area 3 two inspectors. A disabled sergeant leads nothing.
inline Directory directory()
{
    Directory dir;
    dir.addUser(s("pc1"), Role::Officer, s("Area 1"), s("Team A1"));
    dir.addUser(s("pc2"), Role::Officer, s("Area 1"), s("Team A1"));
    dir.addUser(s("ps1"), Role::Sergeant, s("Area 1"), s("Team A1"));
    dir.addUser(s("psold"), Role::Sergeant, s("Area 1"), s("Team A1"), false);
    dir.addUser(s("in1"), Role::Inspector, s("Area 1"), QString());
    dir.addUser(s("ex1"), Role::Officer, s("Area 1"), s("Team A1"));
    dir.addUser(s("pc9"), Role::Officer, s("Area 2"), s("Team B"));
    dir.addUser(s("pc8"), Role::Officer, s("Area 3"), s("Team C"));
    dir.addUser(s("ps8"), Role::Sergeant, s("Area 3"), s("Team C"));
    dir.addUser(s("ps9"), Role::Sergeant, s("Area 3"), s("Team C"));
    dir.addUser(s("in2"), Role::Inspector, s("Area 3"), QString());
    dir.addUser(s("in3"), Role::Inspector, s("Area 3"), QString());
    dir.addUser(s("admin"), Role::Admin, QString(), QString());
    return dir;
}

// Registered indefinitely since 2020-01-01, medium risk, owned by pc1 in Area 1, with an
// ARMS, a home visit and an annual notification 30 days before `quietOn`.
inline Nominal quietNominal(QDate quietOn = d("2024-06-15"))
{
    Nominal n;
    n.ref = s("N000001");
    n.familyName = s("Example");
    n.givenNames = s("Test");
    n.dateOfBirth = d("1980-05-05");
    n.area = s("Area 1");
    n.owner = s("pc1");
    n.riskLevel = RiskLevel::Medium;
    n.riskHistory = {{d("2020-01-01"), RiskLevel::Medium}};
    n.registration.firstNotified = d("2020-01-01");
    n.registration.period = NotificationPeriod::Indefinite;
    const QDate recent = quietOn.addDays(-30);
    ArmsAssessment a;
    a.completedOn = recent;
    a.by = s("pc1");
    n.arms = {a};
    Visit v;
    v.date = recent;
    v.by = s("pc1");
    v.type = VisitType::Home;
    n.visits = {v};
    n.notifications = {{recent, NotificationKind::Annual}};
    return n;
}

inline Entry entry(const char* id, const char* at, const char* by, EntryType type, const char* text = "Routine.")
{
    Entry e;
    e.id = s(id);
    e.at = ts(at);
    e.by = s(by);
    e.type = type;
    e.text = s(text);
    return e;
}

inline Review review(const char* entryId, ReviewDecision decision, std::optional<QDateTime> decidedAt,
                     const char* decidedBy, RiskLevel proposed = RiskLevel::High, bool escalating = false)
{
    Review r;
    r.entry = s(entryId);
    r.requestedAt = ts("2024-01-01T09:00:00Z");
    r.requestedBy = s("pc1");
    r.proposedRiskLevel = proposed;
    r.escalating = escalating;
    r.rationale = s("Rationale.");
    r.decision = decision;
    r.decidedAt = decidedAt;
    if (decidedBy) {
        r.decidedBy = s(decidedBy);
    }
    return r;
}

inline RulesEngine engine(const Policy& policy = Policy::defaults())
{
    return RulesEngine(policy, directory());
}

inline QList<Alert> alertsOf(const QList<Alert>& alerts, const char* rule)
{
    QList<Alert> out;
    for (const Alert& a : alerts) {
        if (a.rule == QLatin1String(rule)) {
            out.append(a);
        }
    }
    return out;
}

inline QList<Alert> run(const Nominal& n, const char* asOf, const char* rule, const RulesEngine& e = engine())
{
    return alertsOf(e.evaluate(n, d(asOf)), rule);
}

inline QStringList keysOf(const QList<Alert>& alerts)
{
    QStringList keys;
    for (const Alert& a : alerts) {
        keys.append(a.key);
    }
    return keys;
}

} // namespace somdesk::rulestest
