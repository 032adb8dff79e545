#pragma once

// An alert: work that is due or overdue, who must do it and why (rules.md "Contract").
// The JSON form is the command-line contract, so its field order is fixed here.

#include "core/Domain.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace somdesk {

enum class AlertStatus { Overdue, Due, Info }; // declaration order is the sort order

QString toString(AlertStatus status); // "overdue", "due", "info"

struct Alert {
    QString key;  // <rule>:<nominal ref>[:<entry id>]:<due date or "info">
    QString rule; // stable rule id, e.g. "arms.post_release"
    QString nominal;
    AlertStatus status = AlertStatus::Due;
    std::optional<QDate> due; // absent for info alerts
    int daysOverdue = 0;
    Role ownerRole = Role::Officer;
    std::optional<QString> owner; // absent when no single person can be named
    QString reason;
    QString clearsWhen;

    bool operator==(const Alert&) const = default;
};

// Fields as JSON values. QJsonObject orders keys alphabetically; use alertsToJson for the
// contract's field order.
QJsonObject alertToJson(const Alert& alert);

// One pretty-printed JSON array (2-space indent, trailing newline) whose objects carry
// exactly the contract fields in contract order: key, rule, nominal, status, due,
// days_overdue, owner_role, owner, reason, clears_when.
QByteArray alertsToJson(const QList<Alert>& alerts);

// Contract order: status (overdue, due, info), due (absent last), nominal, rule (plain
// code-point order), key.
void sortAlerts(QList<Alert>& alerts);
bool alertLess(const Alert& a, const Alert& b);
// The same order without the status: due (nulls last), nominal, rule, key. The ARMS
// priority queue orders within a band by it.
bool alertLessByDue(const Alert& a, const Alert& b);

// Plain Unicode code-point order (QString's operator< compares UTF-16 units, which differs
// for characters beyond the BMP).
int compareCodePoints(const QString& a, const QString& b);

} // namespace somdesk
