#include "models/RecordTables.h"

#include "core/rules/Dates.h"
#include "core/scores/StaticScoreText.h"
#include "models/Labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace somdesk {

namespace recordTables {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("somdesk::RecordTables", text);
}

struct Row {
    QDateTime when; // orders the rows, newest first
    QStringList cells;
    QStringList tips;
};

QDateTime at(const QDate& d)
{
    return QDateTime(d, QTime(12, 0), Qt::UTC);
}

RecordTable build(QStringList headers, QList<Row> rows, int stretchColumn)
{
    // Newest first; rows of one moment keep their order, the later recorded first.
    std::reverse(rows.begin(), rows.end());
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.when > b.when; });
    RecordTable table;
    table.headers = std::move(headers);
    table.stretchColumn = stretchColumn;
    for (const Row& r : rows) {
        table.rows << r.cells;
        table.tooltips << r.tips;
    }
    return table;
}

QString text(const std::optional<QString>& value)
{
    return value.value_or(QString()).trimmed();
}

QString factors(const QList<FactorRating>& ratings)
{
    QStringList present;
    QStringList partly;
    for (const FactorRating& f : ratings) {
        if (f.rating == FactorRatingValue::Present) {
            present << Labels::policyName(f.factor);
        } else if (f.rating == FactorRatingValue::Partly) {
            partly << Labels::policyName(f.factor);
        }
    }
    QStringList parts;
    if (!present.isEmpty()) {
        parts << tr("present: %1").arg(present.join(QStringLiteral(", ")));
    }
    if (!partly.isEmpty()) {
        parts << tr("partly: %1").arg(partly.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? tr("none present") : parts.join(QStringLiteral("; "));
}

QString factorDetail(const QList<FactorRating>& ratings)
{
    QStringList lines;
    for (const FactorRating& f : ratings) {
        QString line =
            QStringLiteral("%1: %2").arg(Labels::policyName(f.factor), Labels::policyName(toString(f.rating)));
        if (!text(f.note).isEmpty()) {
            line += QStringLiteral(" (%1)").arg(text(f.note));
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RecordTable arms(const Nominal& n, const UserDirectory& directory)
{
    QList<Row> rows;
    for (const ArmsAssessment& a : n.arms) {
        rows << Row{at(a.completedOn),
                    {Labels::date(a.completedOn), directory.name(a.by), Labels::policyName(toString(a.leadAgency)),
                     Labels::risk(a.priority), factors(a.riskFactors), factors(a.protectiveFactors), text(a.summary)},
                    {QString(), directory.displayName(a.by), QString(), QString(), factorDetail(a.riskFactors),
                     factorDetail(a.protectiveFactors), text(a.summary)}};
    }
    return build({tr("Completed"), tr("By"), tr("Lead agency"), tr("Priority"), tr("Risk factors"),
                  tr("Protective factors"), tr("Summary")},
                 rows, 6);
}

RecordTable staticScores(const Nominal& n, const UserDirectory& directory)
{
    QList<Row> rows;
    for (const StaticScore& s : n.staticScores) {
        const QStringList lines = staticScoreExplanation(s);
        const QString recorded = Labels::londonDateTime(s.recordedAt);
        rows << Row{
            at(s.assessedOn),
            {Labels::date(s.assessedOn), QStringLiteral("%1 %2").arg(s.tool, s.version), staticScoreHeadline(s),
             directory.name(s.by), recorded, lines.join(QStringLiteral("; "))},
            {QString(), QString(), QString(), directory.displayName(s.by), QString(), lines.join(QLatin1Char('\n'))}};
    }
    return build(
        {tr("Assessed"), tr("Tool and version"), tr("Result"), tr("Recorded by"), tr("Recorded"), tr("Explanation")},
        rows, kScoreExplanationColumn);
}

RecordTable mappa(const Nominal& n, const UserDirectory& directory)
{
    QList<Row> rows;
    for (const Screening& s : n.screenings) {
        rows << Row{at(s.date),
                    {Labels::date(s.date), tr("Screening"), tr("Level %1").arg(s.level), QString(), text(s.rationale)},
                    {}};
    }
    for (const MappaReferral& r : n.mappaReferrals) {
        const QString outcome =
            r.referred ? (r.level ? tr("Referred at level %1").arg(*r.level) : tr("Referred")) : tr("Not referred");
        rows << Row{at(r.decidedOn),
                    {Labels::date(r.decidedOn), tr("Referral decision"), outcome, directory.name(r.by), r.reason},
                    {QString(), QString(), QString(), directory.displayName(r.by), r.reason}};
    }
    return build({tr("Date"), tr("Record"), tr("Outcome"), tr("Decided by"), tr("Rationale")}, rows, 4);
}

RecordTable plans(const Nominal& n)
{
    QList<Row> rows;
    for (const Plan& p : n.plans) {
        rows << Row{at(p.from),
                    {Labels::date(p.from),
                     p.visitIntervalDays ? tr("every %1 days").arg(*p.visitIntervalDays) : tr("not set"),
                     text(p.escalationTriggers), p.triggerPhrases.join(QStringLiteral("; ")), text(p.summary)},
                    {}};
    }
    return build({tr("From"), tr("Visits"), tr("Escalation triggers"), tr("Trigger phrases"), tr("Summary")}, rows, 4);
}

RecordTable notifications(const Nominal& n)
{
    QList<Row> rows;
    for (const Notification& note : n.notifications) {
        rows << Row{at(note.date), {Labels::date(note.date), Labels::notificationKind(note.kind)}, {}};
    }
    return build({tr("Date"), tr("Kind")}, rows, 1);
}

RecordTable custody(const Nominal& n)
{
    QList<Row> rows;
    for (const CustodyPeriod& c : n.custody) {
        rows << Row{at(c.from),
                    {Labels::date(c.from), Labels::date(c.expectedRelease, tr("not known")),
                     Labels::date(c.releasedOn, tr("in custody"))},
                    {}};
    }
    return build({tr("From"), tr("Expected release"), tr("Released")}, rows, 2);
}

RecordTable decisions(const Nominal& n, const UserDirectory& directory)
{
    QList<Row> rows;
    for (const Review& r : n.reviews) {
        QString outcome = Labels::policyName(toString(r.decision));
        if (r.decidedBy) {
            outcome = tr("%1 by %2").arg(outcome, directory.name(*r.decidedBy));
        }
        QString why = r.rationale;
        if (!text(r.decisionReason).isEmpty()) {
            why += QStringLiteral(" — ") + text(r.decisionReason);
        }
        rows << Row{r.requestedAt,
                    {Labels::londonDateTime(r.requestedAt),
                     tr("Re-evaluation to %1 (entry %2)").arg(Labels::risk(r.proposedRiskLevel), r.entry),
                     directory.name(r.requestedBy), outcome, why},
                    {}};
    }
    for (const ManagementDecision& d : n.managementDecisions) {
        rows << Row{at(d.on),
                    {Labels::date(d.on), tr("Management: %1").arg(Labels::policyName(toString(d.decision))),
                     directory.name(d.by), QString(), d.reason},
                    {}};
    }
    for (const Transfer& t : n.transfers) {
        rows << Row{at(t.on),
                    {Labels::date(t.on), tr("Transfer from %1").arg(directory.name(t.from)), directory.name(t.to),
                     t.acknowledgedAt ? tr("Acknowledged %1").arg(Labels::londonDateTime(*t.acknowledgedAt))
                                      : tr("Not acknowledged"),
                     QString()},
                    {}};
    }
    for (const IndefiniteReviewDecision& d : n.indefiniteReviewDecisions) {
        rows << Row{at(d.on),
                    {Labels::date(d.on), tr("Indefinite notification review"), directory.name(d.by),
                     Labels::policyName(toString(d.outcome)), d.reason},
                    {}};
    }
    for (const AlertOverride& o : n.overrides) {
        rows << Row{o.at,
                    {Labels::londonDateTime(o.at),
                     tr("Alert override: %1").arg(Labels::ruleTitle(o.key.section(QLatin1Char(':'), 0, 0))),
                     directory.name(o.by), QString(), o.reason},
                    {QString(), o.key}};
    }
    return build({tr("When"), tr("Decision"), tr("By"), tr("Outcome"), tr("Reason")}, rows, 4);
}

RecordTable detailsHistory(const Nominal& n, const UserDirectory& directory)
{
    QList<Row> rows;
    for (const DetailsChange& c : n.detailsHistory) {
        QStringList fields;
        for (const FieldChange& f : c.changes) {
            fields << Labels::detailChange(f);
        }
        rows << Row{c.at,
                    {Labels::londonDateTime(c.at), directory.name(c.by), c.reason, fields.join(QStringLiteral("; "))},
                    {QString(), directory.displayName(c.by), c.reason, fields.join(QLatin1Char('\n'))}};
    }
    return build({tr("When"), tr("By"), tr("Reason"), tr("Changes")}, rows, 3);
}

RecordTable audit(const QList<AuditRecord>& records, const UserDirectory& directory)
{
    QList<Row> rows;
    for (const AuditRecord& a : records) {
        // What was done, and to what when it is not the record itself ("Consultation (audit)"
        // is a reading of this trail, "Alteration (alert override)" an override).
        const QString what =
            a.recordType.isEmpty() || a.recordType == QLatin1String("nominal")
                ? Labels::policyName(a.operation)
                : tr("%1 (%2)").arg(Labels::policyName(a.operation), Labels::policyName(a.recordType).toLower());
        // Who by name and collar number: a supervisor reads the trail to see who it was.
        rows << Row{
            a.at,
            {Labels::londonDateTime(a.at), directory.displayName(a.username), what, a.purpose, a.recipient, a.detail},
            {QString(), QString(), QString(), QString(), QString(), tr("Row %1").arg(a.seq)}};
    }
    return build({tr("When"), tr("Who"), tr("What"), tr("Purpose"), tr("Recipient"), tr("Detail")}, rows, 5);
}

} // namespace recordTables

} // namespace somdesk
