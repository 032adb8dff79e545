#pragma once

// Shared fixtures of the services tests: a database made by initDatabase with the
// admin of tests/data/bundles/full.json, signed in, optionally with the bundle imported.
// Other roles' sessions are built from their stored user rows (no password hashing, so
// the suite stays fast); sign-in itself is tested on its own.

#include "TestSupport.h"
#include "core/FixedClock.h"
#include "services/ServiceContext.h"
#include "services/Services.h"
#include "services/ServicesInternals.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <catch2/catch.hpp>

#include <memory>

namespace somdesk::test {

inline const QString kAdmin = QStringLiteral("adm.test");            // the bundle's admin user
inline const QString kAdminName = QStringLiteral("Synthetic Admin"); // and their name
inline const QByteArray kAdminPassword = "admin-pass-1";
// A password the policy accepts, for every account a test makes (docs/security.md).
inline const QByteArray kUserPassword = "Harbour-lantern-47";

// A clock a test moves on: two-person rules compare seconds (an approver's account must be
// older than the request), so a test that makes an account and then a request steps between.
inline std::shared_ptr<FixedClock> steppedClock()
{
    return std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0), Qt::UTC));
}

inline std::string msg(const Error& e)
{
    return e.message.toStdString();
}

// An ARMS assessment that rates every factor of the default policy, as a recording must.
inline ArmsAssessment completeArms(const QString& by, const QDate& completedOn)
{
    ArmsAssessment a;
    a.completedOn = completedOn;
    a.by = by;
    a.priority = RiskLevel::Medium;
    const Policy policy = Policy::defaults();
    for (const QString& f : policy.list(QStringLiteral("arms_risk_factors"))) {
        a.riskFactors.append({f, FactorRatingValue::Partly, std::nullopt});
    }
    for (const QString& f : policy.list(QStringLiteral("arms_protective_factors"))) {
        a.protectiveFactors.append({f, FactorRatingValue::Present, std::nullopt});
    }
    a.summary = QStringLiteral("Synthetic ARMS summary");
    return a;
}

// A second bundle: an Area 1 officer of another team, an Area 2 officer, and a user that
// matches an existing one (ps0042). Its nominals are the outside-scope cases.
inline QByteArray scopeBundle()
{
    return QByteArrayLiteral(R"({
  "format": "somdesk-bundle",
  "version": 1,
  "users": [
    {"username": "pc2222", "name": "Test Officer Victor", "collar": "2222", "role": "officer",
     "area": "Area 1", "team": "Area 1 Team B"},
    {"username": "pc9001", "name": "Test Officer Uniform", "collar": "9001", "role": "officer",
     "area": "Area 2", "team": "Area 2 Team C"},
    {"username": "ps0042", "name": "Test Sergeant Whiskey", "collar": "0042", "role": "sergeant",
     "area": "Area 1", "team": "Area 1 Team A"}
  ],
  "nominals": [
    {"ref": "N000300", "family_name": "Samplecase", "given_names": "Gamma", "date_of_birth": "1985-07-14",
     "area": "Area 1", "owner": "pc2222", "risk_level": "medium",
     "registration": {"first_notified": "2018-05-01", "period": "10y"},
     "entries": [{"id": "E1", "at": "2024-01-10T10:00:00Z", "by": "pc2222", "type": "note",
                  "text": "Synthetic harbour note"}]},
    {"ref": "N000900", "family_name": "Democase", "given_names": "Delta", "date_of_birth": "1975-12-01",
     "area": "Area 2", "owner": "pc9001", "risk_level": "high",
     "registration": {"first_notified": "2019-03-01", "period": "indefinite"},
     "entries": [{"id": "E1", "at": "2024-02-10T10:00:00Z", "by": "pc9001", "type": "concern",
                  "text": "Synthetic harbour concern"}]}
  ]
}
)");
}

// A change row's detail without the content digest every change to a nominal carries at its
// end (docs/audit.md, "Content digests"), which it requires to be there.
inline QString changeDetail(const AuditRecord& r)
{
    const qsizetype at = r.detail.lastIndexOf(QStringLiteral("content="));
    INFO("no content digest in: " << r.detail.toStdString());
    REQUIRE(at >= 0);
    REQUIRE(r.detail.size() - at == 8 + 64);
    return r.detail.left(at).trimmed();
}

struct ServiceFixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Services> s;
    Session admin;

    enum Content { Empty, Full, FullAndScope };

    explicit ServiceFixture(Content content = Full, const QString& file = QStringLiteral("somdesk.db"),
                            std::shared_ptr<const Clock> clock = Clock::system())
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(file);
        QByteArray pw = kAdminPassword;
        const Status init = Services::initDatabase(path, kAdmin, kAdminName, pw, clock);
        INFO((init ? std::string() : msg(init.error())));
        REQUIRE(init.ok());
        CHECK((pw.isEmpty() || pw.count('\0') == pw.size())); // wiped
        auto opened = Services::open(path, {}, clock);
        REQUIRE(opened.ok());
        s = std::move(*opened);
        QByteArray signInPw = kAdminPassword;
        auto session = s->signIn(kAdmin, signInPw);
        INFO((session ? std::string() : msg(session.error())));
        REQUIRE(session.ok());
        admin = *session;
        if (content != Empty) {
            importOk(readFile(dataDir() + QStringLiteral("/bundles/full.json")));
        }
        if (content == FullAndScope) {
            importOk(scopeBundle());
        }
    }

    ImportSummary importOk(const QByteArray& json)
    {
        auto r = s->importBundle(admin, json);
        INFO((r ? std::string() : msg(r.error())));
        REQUIRE(r.ok());
        return *r;
    }

    ServiceContext& ctx() { return ServicesInternals::of(*s); }

    int count(const QString& table)
    {
        QSqlQuery q(ctx().db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    // Audit rows other than refusals: a refused change leaves these untouched, while its
    // refusal (permission, scope, separation of duties) is on the record.
    int changeAudits() { return count(QStringLiteral("audit_log WHERE operation <> 'refusal'")); }
    int refusals() { return count(QStringLiteral("audit_log WHERE operation = 'refusal'")); }

    // The session of a stored user, as signIn would return it.
    Session sessionOf(const QString& username)
    {
        auto u = ctx().users().find(username);
        REQUIRE(u.ok());
        REQUIRE(u->has_value());
        const User& user = (*u)->user;
        Session session;
        session.username = user.username;
        session.name = user.name;
        session.collar = user.collar;
        session.role = user.role;
        session.area = user.area.value_or(QString());
        session.team = user.team.value_or(QString());
        return session;
    }

    AuditRecord lastAudit()
    {
        auto rows = ctx().audit().list({});
        REQUIRE(rows.ok());
        REQUIRE_FALSE(rows->isEmpty());
        return rows->last();
    }
};

} // namespace somdesk::test
