#include "BundleWriter.h"

#include "core/scores/OspJson.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <vector>

namespace somdesk {

namespace {

// Emits pretty JSON with keys in the order they are written: QJsonObject would sort them
// alphabetically, and the format's documented order is what people read.
class JsonOut {
public:
    QByteArray bytes;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char* name)
    {
        next();
        bytes += '"';
        bytes += name;
        bytes += "\": ";
    }
    void element() { next(); }

    void string(const QString& s)
    {
        bytes += '"';
        const QByteArray utf8 = s.toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '"':
                bytes += "\\\"";
                break;
            case '\\':
                bytes += "\\\\";
                break;
            case '\b':
                bytes += "\\b";
                break;
            case '\f':
                bytes += "\\f";
                break;
            case '\n':
                bytes += "\\n";
                break;
            case '\r':
                bytes += "\\r";
                break;
            case '\t':
                bytes += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    bytes += "\\u00";
                    bytes += "0123456789abcdef"[(c >> 4) & 0xF];
                    bytes += "0123456789abcdef"[c & 0xF];
                } else {
                    bytes += c;
                }
            }
        }
        bytes += '"';
    }
    void number(qint64 v) { bytes += QByteArray::number(v); }
    void boolean(bool v) { bytes += v ? "true" : "false"; }
    void null() { bytes += "null"; }
    // A value already written as JSON text (fixed vocabulary only: no escaping is done).
    void raw(const QByteArray& json) { bytes += json; }
    int depth() const { return static_cast<int>(m_empty.size()); }

private:
    std::vector<bool> m_empty; // per open container: nothing written into it yet

    void open(char c)
    {
        bytes += c;
        m_empty.push_back(true);
    }
    void close(char c)
    {
        const bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty) {
            newline();
        }
        bytes += c;
    }
    void next()
    {
        if (!m_empty.back()) {
            bytes += ',';
        }
        m_empty.back() = false;
        newline();
    }
    void newline()
    {
        bytes += '\n';
        bytes.append(static_cast<qsizetype>(m_empty.size() * 2), ' ');
    }
};

QString dateText(const QDate& d)
{
    return QStringLiteral("%1-%2-%3")
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(d.day(), 2, 10, QLatin1Char('0'));
}

// Built by hand rather than with QDateTime::toString so neither locale nor zone can leak in.
QString timestampText(const QDateTime& dt)
{
    const QDateTime utc = dt.toUTC();
    const QTime t = utc.time();
    return dateText(utc.date()) + QStringLiteral("T%1:%2:%3Z")
                                      .arg(t.hour(), 2, 10, QLatin1Char('0'))
                                      .arg(t.minute(), 2, 10, QLatin1Char('0'))
                                      .arg(t.second(), 2, 10, QLatin1Char('0'));
}

// Field helpers: each writes key and value; the opt* forms leave out a key without value.
void str(JsonOut& o, const char* k, const QString& v)
{
    o.key(k);
    o.string(v);
}
void optStr(JsonOut& o, const char* k, const std::optional<QString>& v)
{
    if (v) {
        str(o, k, *v);
    }
}
void date(JsonOut& o, const char* k, const QDate& v)
{
    str(o, k, dateText(v));
}
void optDate(JsonOut& o, const char* k, const std::optional<QDate>& v)
{
    if (v) {
        date(o, k, *v);
    }
}
void timestamp(JsonOut& o, const char* k, const QDateTime& v)
{
    str(o, k, timestampText(v));
}
void optTimestamp(JsonOut& o, const char* k, const std::optional<QDateTime>& v)
{
    if (v) {
        timestamp(o, k, *v);
    }
}
void boolean(JsonOut& o, const char* k, bool v)
{
    o.key(k);
    o.boolean(v);
}
void optBool(JsonOut& o, const char* k, const std::optional<bool>& v)
{
    if (v) {
        boolean(o, k, *v);
    }
}
void number(JsonOut& o, const char* k, qint64 v)
{
    o.key(k);
    o.number(v);
}
template <typename E> void enumeration(JsonOut& o, const char* k, E v)
{
    str(o, k, toString(v));
}

// Writes a non-empty list as objects; each item's writer fills in its members.
template <typename T, typename F> void objects(JsonOut& o, const char* k, const QList<T>& list, F writeItem)
{
    if (list.isEmpty()) {
        return;
    }
    o.key(k);
    o.beginArray();
    for (const T& item : list) {
        o.element();
        o.beginObject();
        writeItem(item);
        o.endObject();
    }
    o.endArray();
}

void strings(JsonOut& o, const char* k, const QStringList& list)
{
    if (list.isEmpty()) {
        return;
    }
    o.key(k);
    o.beginArray();
    for (const QString& s : list) {
        o.element();
        o.string(s);
    }
    o.endArray();
}

// A details change's value: a string, a list of strings (aliases) or null (no address).
void detailValue(JsonOut& o, const char* k, const QJsonValue& v)
{
    o.key(k);
    if (v.isArray()) {
        o.beginArray();
        for (const QJsonValue& item : v.toArray()) {
            o.element();
            o.string(item.toString());
        }
        o.endArray();
    } else if (v.isString()) {
        o.string(v.toString());
    } else {
        o.null();
    }
}

// Stable, so ties keep their imported order (bundle-format.md).
template <typename T, typename Less> QList<T> sorted(QList<T> list, Less less)
{
    std::stable_sort(list.begin(), list.end(), less);
    return list;
}

template <typename T, typename K> QList<T> sortedBy(const QList<T>& list, K key)
{
    return sorted(list, [&](const T& a, const T& b) { return key(a) < key(b); });
}

void writeUser(JsonOut& o, const User& u)
{
    str(o, "username", u.username);
    str(o, "name", u.name);
    optStr(o, "collar", u.collar);
    enumeration(o, "role", u.role);
    optStr(o, "area", u.area);
    optStr(o, "team", u.team);
    optBool(o, "disabled", u.disabled);
    // password: import only, never written.
}

void writeFactors(JsonOut& o, const char* k, const QList<FactorRating>& factors)
{
    objects(o, k, factors, [&](const FactorRating& f) {
        str(o, "factor", f.factor);
        enumeration(o, "rating", f.rating);
        optStr(o, "note", f.note);
    });
}

// Names in their list's order; names the list does not know go last, as imported.
QStringList inListOrder(const QStringList& names, const QStringList& order)
{
    return sortedBy(names, [&](const QString& name) {
        const qsizetype k = order.indexOf(name);
        return k < 0 ? order.size() : k;
    });
}

void writeNominal(JsonOut& o, const Nominal& n, const BundleVocabulary& vocabulary)
{
    str(o, "ref", n.ref);
    str(o, "family_name", n.familyName);
    str(o, "given_names", n.givenNames);
    strings(o, "aliases", n.aliases);
    date(o, "date_of_birth", n.dateOfBirth);
    optStr(o, "address", n.address);
    str(o, "area", n.area);
    str(o, "owner", n.owner);
    if (n.photo) {
        str(o, "photo", QString::fromLatin1(n.photo->toBase64()));
    }
    o.key("mappa");
    o.beginObject();
    number(o, "category", n.mappaCategory);
    number(o, "level", n.mappaLevel);
    o.endObject();
    enumeration(o, "risk_level", n.riskLevel);
    // The reader gives a nominal without history this one entry; writing it keeps
    // export → import → export a fixed point.
    const QList<RiskHistoryItem> history =
        n.riskHistory.isEmpty() ? QList<RiskHistoryItem>{{n.registration.firstNotified, n.riskLevel}} : n.riskHistory;
    objects(o, "risk_history", sortedBy(history, [](const RiskHistoryItem& x) { return x.from; }),
            [&](const RiskHistoryItem& x) {
                date(o, "from", x.from);
                enumeration(o, "level", x.level);
            });
    enumeration(o, "register_status", n.registerStatus);
    optDate(o, "register_status_since", n.registerStatusSince);
    enumeration(o, "management", n.management);
    optDate(o, "management_since", n.managementSince);
    o.key("registration");
    o.beginObject();
    date(o, "first_notified", n.registration.firstNotified);
    enumeration(o, "period", n.registration.period);
    optBool(o, "under_18_at_notification", n.registration.under18AtNotification);
    o.endObject();
    objects(o, "plans", sortedBy(n.plans, [](const Plan& x) { return x.from; }), [&](const Plan& x) {
        date(o, "from", x.from);
        if (x.visitIntervalDays) {
            number(o, "visit_interval_days", *x.visitIntervalDays);
        }
        optStr(o, "escalation_triggers", x.escalationTriggers);
        strings(o, "trigger_phrases", x.triggerPhrases);
        optStr(o, "summary", x.summary);
    });
    objects(o, "custody", sortedBy(n.custody, [](const CustodyPeriod& x) { return x.from; }),
            [&](const CustodyPeriod& x) {
                date(o, "from", x.from);
                optDate(o, "expected_release", x.expectedRelease);
                optDate(o, "released_on", x.releasedOn);
            });
    objects(o, "arms", sortedBy(n.arms, [](const ArmsAssessment& x) { return x.completedOn; }),
            [&](const ArmsAssessment& x) {
                date(o, "completed_on", x.completedOn);
                str(o, "by", x.by);
                enumeration(o, "lead_agency", x.leadAgency);
                enumeration(o, "priority", x.priority);
                writeFactors(o, "risk_factors", x.riskFactors);
                writeFactors(o, "protective_factors", x.protectiveFactors);
                optStr(o, "summary", x.summary);
            });
    objects(o, "visits", sortedBy(n.visits, [](const Visit& x) { return x.date; }), [&](const Visit& x) {
        date(o, "date", x.date);
        str(o, "by", x.by);
        if (x.time) {
            str(o, "time", x.time->toString(QStringLiteral("HH:mm")));
        }
        enumeration(o, "type", x.type);
        optBool(o, "announced", x.announced);
        optStr(o, "outcome", x.outcome);
        optStr(o, "verified", x.verified);
        strings(o, "checks", inListOrder(x.checks, vocabulary.visitChecks));
    });
    const auto entries =
        sorted(n.entries, [](const Entry& a, const Entry& b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
    objects(o, "entries", entries, [&](const Entry& x) {
        str(o, "id", x.id);
        timestamp(o, "at", x.at);
        str(o, "by", x.by);
        enumeration(o, "type", x.type);
        str(o, "text", x.text);
        strings(o, "references", x.references);
        optBool(o, "disagreement", x.disagreement);
        const auto acks = sorted(x.acknowledged, [](const Acknowledgement& a, const Acknowledgement& b) {
            return a.at != b.at ? a.at < b.at : a.by < b.by;
        });
        objects(o, "acknowledged", acks, [&](const Acknowledgement& a) {
            str(o, "by", a.by);
            timestamp(o, "at", a.at);
        });
    });
    objects(o, "screenings", sortedBy(n.screenings, [](const Screening& x) { return x.date; }),
            [&](const Screening& x) {
                date(o, "date", x.date);
                number(o, "level", x.level);
                optStr(o, "rationale", x.rationale);
            });
    const auto reviews = sorted(n.reviews, [](const Review& a, const Review& b) {
        return a.requestedAt != b.requestedAt ? a.requestedAt < b.requestedAt : a.entry < b.entry;
    });
    objects(o, "reviews", reviews, [&](const Review& x) {
        str(o, "entry", x.entry);
        timestamp(o, "requested_at", x.requestedAt);
        str(o, "requested_by", x.requestedBy);
        enumeration(o, "proposed_risk_level", x.proposedRiskLevel);
        optBool(o, "escalating", x.escalating);
        str(o, "rationale", x.rationale);
        enumeration(o, "decision", x.decision);
        optTimestamp(o, "decided_at", x.decidedAt);
        optStr(o, "decided_by", x.decidedBy);
        optStr(o, "decision_reason", x.decisionReason);
    });
    objects(o, "mappa_referrals", sortedBy(n.mappaReferrals, [](const MappaReferral& x) { return x.decidedOn; }),
            [&](const MappaReferral& x) {
                date(o, "decided_on", x.decidedOn);
                str(o, "by", x.by);
                boolean(o, "referred", x.referred);
                if (x.level) {
                    number(o, "level", *x.level);
                }
                str(o, "reason", x.reason);
            });
    objects(o, "transfers", sortedBy(n.transfers, [](const Transfer& x) { return x.on; }), [&](const Transfer& x) {
        date(o, "on", x.on);
        str(o, "from", x.from);
        str(o, "to", x.to);
        optTimestamp(o, "acknowledged_at", x.acknowledgedAt);
    });
    objects(o, "management_decisions",
            sortedBy(n.managementDecisions, [](const ManagementDecision& x) { return x.on; }),
            [&](const ManagementDecision& x) {
                date(o, "on", x.on);
                str(o, "by", x.by);
                enumeration(o, "decision", x.decision);
                str(o, "reason", x.reason);
            });
    // "by date then kind": kind compares by its spelling in the bundle, like every other
    // string key of the order.
    const auto notifications = sorted(n.notifications, [](const Notification& a, const Notification& b) {
        return a.date != b.date ? a.date < b.date : toString(a.kind) < toString(b.kind);
    });
    objects(o, "notifications", notifications, [&](const Notification& x) {
        date(o, "date", x.date);
        enumeration(o, "kind", x.kind);
    });
    objects(o, "indefinite_review_decisions",
            sortedBy(n.indefiniteReviewDecisions, [](const IndefiniteReviewDecision& x) { return x.on; }),
            [&](const IndefiniteReviewDecision& x) {
                date(o, "on", x.on);
                str(o, "by", x.by);
                enumeration(o, "outcome", x.outcome);
                str(o, "reason", x.reason);
            });
    const auto overrides = sorted(n.overrides, [](const AlertOverride& a, const AlertOverride& b) {
        return a.at != b.at ? a.at < b.at : a.key < b.key;
    });
    objects(o, "overrides", overrides, [&](const AlertOverride& x) {
        str(o, "key", x.key);
        str(o, "by", x.by);
        timestamp(o, "at", x.at);
        str(o, "reason", x.reason);
    });
    objects(o, "details_history", sortedBy(n.detailsHistory, [](const DetailsChange& c) { return c.at; }),
            [&](const DetailsChange& c) {
                timestamp(o, "at", c.at);
                str(o, "by", c.by);
                str(o, "reason", c.reason);
                objects(o, "changes", c.changes, [&](const FieldChange& f) {
                    str(o, "field", f.field);
                    detailValue(o, "from", f.from);
                    detailValue(o, "to", f.to);
                });
            });
    const auto scores = sorted(n.staticScores, [](const StaticScore& a, const StaticScore& b) {
        return a.recordedAt != b.recordedAt ? a.recordedAt < b.recordedAt : a.assessedOn < b.assessedOn;
    });
    objects(o, "static_scores", scores, [&](const StaticScore& x) {
        str(o, "tool", x.tool);
        str(o, "version", x.version);
        date(o, "assessment_date", x.assessedOn);
        str(o, "by", x.by);
        timestamp(o, "recorded_at", x.recordedAt);
        if (x.inputs) {
            o.key("inputs");
            o.beginObject();
            for (const auto& [key, value] : ospInputJsonFields(*x.inputs)) {
                o.key(key.toLatin1().constData());
                o.raw(value);
            }
            o.endObject();
            o.key("result");
            o.raw(ospResultJson(OspCalculator::compute(*x.inputs), o.depth()));
        }
        optStr(o, "category", x.category);
        optStr(o, "source", x.source);
    });
}

void writeDipSampleFields(JsonOut& o, const DipSample& s, const QStringList& itemOrder)
{
    str(o, "period", s.period);
    str(o, "sergeant", s.sergeant);
    number(o, "seed", s.seed);
    timestamp(o, "drawn_at", s.drawnAt);
    const auto records = sorted(s.records, [](const DipRecord& a, const DipRecord& b) {
        return a.officer != b.officer ? a.officer < b.officer : a.nominal < b.nominal;
    });
    objects(o, "records", records, [&](const DipRecord& r) {
        str(o, "officer", r.officer);
        str(o, "nominal", r.nominal);
        optTimestamp(o, "completed_at", r.completedAt);
        // Policy order; names the policy does not know go last, as imported.
        auto rank = [&](const DipItem& i) {
            const qsizetype k = itemOrder.indexOf(i.item);
            return k < 0 ? itemOrder.size() : k;
        };
        objects(o, "items", sortedBy(r.items, rank), [&](const DipItem& i) {
            str(o, "item", i.item);
            enumeration(o, "finding", i.finding);
            optStr(o, "note", i.note);
        });
    });
}

QList<DipSample> sortedSamples(const QList<DipSample>& samples)
{
    return sorted(samples, [](const DipSample& a, const DipSample& b) {
        return a.period != b.period ? a.period < b.period : a.sergeant < b.sergeant;
    });
}

} // namespace

QByteArray BundleWriter::writeDipSample(const DipSample& sample, const QStringList& itemOrder)
{
    JsonOut o;
    o.beginObject();
    writeDipSampleFields(o, sample, itemOrder);
    o.endObject();
    o.bytes += '\n';
    return o.bytes;
}

QByteArray BundleWriter::writeDipSamples(const QList<DipSample>& samples, const QStringList& itemOrder)
{
    JsonOut o;
    o.beginArray();
    for (const DipSample& s : sortedSamples(samples)) {
        o.element();
        o.beginObject();
        writeDipSampleFields(o, s, itemOrder);
        o.endObject();
    }
    o.endArray();
    o.bytes += '\n';
    return o.bytes;
}

QByteArray BundleWriter::write(const Bundle& bundle, const BundleVocabulary& vocabulary)
{
    JsonOut o;
    o.beginObject();
    str(o, "format", QStringLiteral("somdesk-bundle"));
    number(o, "version", 1);
    objects(o, "users", sortedBy(bundle.users, [](const User& u) { return u.username; }),
            [&](const User& u) { writeUser(o, u); });
    objects(o, "nominals", sortedBy(bundle.nominals, [](const Nominal& n) { return n.ref; }),
            [&](const Nominal& n) { writeNominal(o, n, vocabulary); });
    objects(o, "dip_samples", sortedSamples(bundle.dipSamples),
            [&](const DipSample& s) { writeDipSampleFields(o, s, vocabulary.dipItems); });
    o.endObject();
    o.bytes += '\n';
    return o.bytes;
}

} // namespace somdesk
