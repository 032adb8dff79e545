#include "BundleTestUtil.h"

#include "core/casework/DetailsEdit.h"

#include "TestSupport.h"
#include "core/bundle/BundleReader.h"
#include "core/bundle/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace somdesk::test {

QByteArray fullBundleJson()
{
    return readFile(dataDir() + QStringLiteral("/bundles/full.json"));
}

namespace {

using bundle::JsonNode;

JsonNode toNode(const QJsonValue& v)
{
    JsonNode n;
    switch (v.type()) {
    case QJsonValue::Bool:
        n.kind = JsonNode::Kind::Bool;
        n.boolean = v.toBool();
        break;
    case QJsonValue::Double: {
        n.kind = JsonNode::Kind::Number;
        const double d = v.toDouble();
        n.text = d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                  : QString::number(d, 'g', 17);
        break;
    }
    case QJsonValue::String:
        n.kind = JsonNode::Kind::String;
        n.text = v.toString();
        break;
    case QJsonValue::Array:
        n.kind = JsonNode::Kind::Array;
        for (const QJsonValue& item : v.toArray()) {
            n.children.push_back(toNode(item));
        }
        break;
    case QJsonValue::Object: {
        n.kind = JsonNode::Kind::Object;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            JsonNode child = toNode(it.value());
            child.key = it.key();
            n.children.push_back(std::move(child));
        }
        break;
    }
    default:
        break;
    }
    return n;
}

void edit(JsonNode& node, QStringList path, const QJsonValue& value)
{
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    auto it = node.children.end();
    if (isIndex) {
        it = node.children.begin() + std::min<qsizetype>(index, static_cast<qsizetype>(node.children.size()));
    } else {
        it = std::find_if(node.children.begin(), node.children.end(), [&](const JsonNode& c) { return c.key == head; });
    }
    if (!path.isEmpty()) {
        edit(*it, path, value);
        return;
    }
    if (value.isUndefined()) {
        if (it != node.children.end()) {
            node.children.erase(it);
        }
        return;
    }
    JsonNode replacement = toNode(value);
    replacement.key = isIndex ? QString() : head;
    if (it == node.children.end()) {
        node.children.push_back(std::move(replacement));
    } else {
        *it = std::move(replacement);
    }
}

void serialise(const JsonNode& n, QByteArray& out)
{
    auto string = [&out](const QString& s) {
        const QByteArray quoted = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        out += quoted.mid(1, quoted.size() - 2);
    };
    switch (n.kind) {
    case JsonNode::Kind::Null:
        out += "null";
        break;
    case JsonNode::Kind::Bool:
        out += n.boolean ? "true" : "false";
        break;
    case JsonNode::Kind::Number:
        out += n.text.toLatin1();
        break;
    case JsonNode::Kind::String:
        string(n.text);
        break;
    case JsonNode::Kind::Array:
    case JsonNode::Kind::Object: {
        const bool isObject = n.kind == JsonNode::Kind::Object;
        out += isObject ? "{\n" : "[\n";
        bool first = true;
        for (const JsonNode& c : n.children) {
            out += first ? "" : ",\n";
            first = false;
            if (isObject) {
                string(c.key);
                out += ": ";
            }
            serialise(c, out);
        }
        out += isObject ? "\n}" : "\n]";
        break;
    }
    }
}

} // namespace

QByteArray editedBundle(const QString& path, const QJsonValue& value)
{
    return editedBundle(fullBundleJson(), path, value);
}

QByteArray editedBundle(const QByteArray& json, const QString& path, const QJsonValue& value)
{
    bundle::JsonParseResult parsed = bundle::OrderedJson::parse(json);
    if (!parsed.ok) {
        throw std::runtime_error("editedBundle: input is not JSON");
    }
    edit(parsed.root, path.split(QLatin1Char('.')), value);
    QByteArray out;
    serialise(parsed.root, out);
    return out;
}

namespace {

QString opt(const std::optional<QString>& v)
{
    return v ? QLatin1Char('"') + *v + QLatin1Char('"') : QStringLiteral("-");
}
QString opt(const std::optional<bool>& v)
{
    return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("-");
}
QString opt(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}
QString opt(const std::optional<QDate>& v)
{
    return v ? v->toString(Qt::ISODate) : QStringLiteral("-");
}
QString ts(const QDateTime& v)
{
    return v.toUTC().toString(Qt::ISODate) + (v.timeSpec() == Qt::UTC ? QString() : QStringLiteral("(not UTC)"));
}
QString opt(const std::optional<QDateTime>& v)
{
    return v ? ts(*v) : QStringLiteral("-");
}
QString d(const QDate& v)
{
    return v.toString(Qt::ISODate);
}
QString q(const QString& v)
{
    return QLatin1Char('"') + v + QLatin1Char('"');
}

class Describer {
public:
    QStringList lines;
    void add(const QString& path, const QString& value) { lines.append(path + QLatin1Char('=') + value); }
};

} // namespace

QString describe(const Bundle& b)
{
    Describer o;
    for (qsizetype i = 0; i < b.users.size(); ++i) {
        const User& u = b.users[i];
        const QString p = QStringLiteral("users[%1].").arg(i);
        o.add(p + QStringLiteral("username"), q(u.username));
        o.add(p + QStringLiteral("name"), q(u.name));
        o.add(p + QStringLiteral("collar"), opt(u.collar));
        o.add(p + QStringLiteral("role"), toString(u.role));
        o.add(p + QStringLiteral("area"), opt(u.area));
        o.add(p + QStringLiteral("team"), opt(u.team));
        o.add(p + QStringLiteral("disabled"), opt(u.disabled));
        o.add(p + QStringLiteral("password"), opt(u.password));
    }
    for (qsizetype i = 0; i < b.nominals.size(); ++i) {
        const Nominal& n = b.nominals[i];
        const QString p = QStringLiteral("nominals[%1].").arg(i);
        o.add(p + QStringLiteral("ref"), q(n.ref));
        o.add(p + QStringLiteral("family_name"), q(n.familyName));
        o.add(p + QStringLiteral("given_names"), q(n.givenNames));
        o.add(p + QStringLiteral("aliases"),
              n.aliases.join(QLatin1Char('|')) + QStringLiteral(" #%1").arg(n.aliases.size()));
        o.add(p + QStringLiteral("date_of_birth"), d(n.dateOfBirth));
        o.add(p + QStringLiteral("address"), opt(n.address));
        o.add(p + QStringLiteral("area"), q(n.area));
        o.add(p + QStringLiteral("owner"), q(n.owner));
        o.add(p + QStringLiteral("photo"), n.photo ? QString::fromLatin1(n.photo->toHex()) : QStringLiteral("-"));
        o.add(p + QStringLiteral("mappa"), QStringLiteral("%1/%2").arg(n.mappaCategory).arg(n.mappaLevel));
        o.add(p + QStringLiteral("risk_level"), toString(n.riskLevel));
        for (qsizetype k = 0; k < n.riskHistory.size(); ++k) {
            o.add(p + QStringLiteral("risk_history[%1]").arg(k),
                  d(n.riskHistory[k].from) + QLatin1Char(' ') + toString(n.riskHistory[k].level));
        }
        o.add(p + QStringLiteral("register_status"), toString(n.registerStatus));
        o.add(p + QStringLiteral("register_status_since"), opt(n.registerStatusSince));
        o.add(p + QStringLiteral("management"), toString(n.management));
        o.add(p + QStringLiteral("management_since"), opt(n.managementSince));
        o.add(p + QStringLiteral("registration"), d(n.registration.firstNotified) + QLatin1Char(' ') +
                                                      toString(n.registration.period) + QLatin1Char(' ') +
                                                      opt(n.registration.under18AtNotification));
        for (qsizetype k = 0; k < n.plans.size(); ++k) {
            const Plan& x = n.plans[k];
            o.add(p + QStringLiteral("plans[%1]").arg(k),
                  QStringList{d(x.from), opt(x.visitIntervalDays), opt(x.escalationTriggers),
                              QLatin1Char('[') + x.triggerPhrases.join(QLatin1Char('|')) + QLatin1Char(']'), opt(x.summary)}
                      .join(
                      QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.custody.size(); ++k) {
            const CustodyPeriod& x = n.custody[k];
            o.add(p + QStringLiteral("custody[%1]").arg(k),
                  QStringList{d(x.from), opt(x.expectedRelease), opt(x.releasedOn)}.join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.arms.size(); ++k) {
            const ArmsAssessment& x = n.arms[k];
            const QString ap = p + QStringLiteral("arms[%1]").arg(k);
            o.add(ap, QStringList{d(x.completedOn), x.by, toString(x.leadAgency), toString(x.priority), opt(x.summary)}
                          .join(QLatin1Char(' ')));
            for (qsizetype f = 0; f < x.riskFactors.size(); ++f) {
                const FactorRating& r = x.riskFactors[f];
                o.add(ap + QStringLiteral(".risk_factors[%1]").arg(f),
                      r.factor + QLatin1Char(' ') + toString(r.rating) + QLatin1Char(' ') + opt(r.note));
            }
            for (qsizetype f = 0; f < x.protectiveFactors.size(); ++f) {
                const FactorRating& r = x.protectiveFactors[f];
                o.add(ap + QStringLiteral(".protective_factors[%1]").arg(f),
                      r.factor + QLatin1Char(' ') + toString(r.rating) + QLatin1Char(' ') + opt(r.note));
            }
        }
        for (qsizetype k = 0; k < n.visits.size(); ++k) {
            const Visit& x = n.visits[k];
            o.add(
                p + QStringLiteral("visits[%1]").arg(k),
                QStringList{d(x.date), x.by, x.time ? x.time->toString(QStringLiteral("HH:mm")) : QStringLiteral("-"),
                            toString(x.type), opt(x.announced), opt(x.outcome), opt(x.verified),
                            QLatin1Char('[') + x.checks.join(QLatin1Char('|')) + QLatin1Char(']')}
                    .join(
                    QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.entries.size(); ++k) {
            const Entry& x = n.entries[k];
            const QString ep = p + QStringLiteral("entries[%1]").arg(k);
            o.add(ep, QStringList{x.id, ts(x.at), x.by, toString(x.type), q(x.text),
                                  x.references.join(QLatin1Char(',')), opt(x.disagreement)}
                          .join(QLatin1Char(' ')));
            for (qsizetype a = 0; a < x.acknowledged.size(); ++a) {
                o.add(ep + QStringLiteral(".acknowledged[%1]").arg(a),
                      x.acknowledged[a].by + QLatin1Char(' ') + ts(x.acknowledged[a].at));
            }
        }
        for (qsizetype k = 0; k < n.screenings.size(); ++k) {
            const Screening& x = n.screenings[k];
            o.add(p + QStringLiteral("screenings[%1]").arg(k),
                  QStringList{d(x.date), QString::number(x.level), opt(x.rationale)}.join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.reviews.size(); ++k) {
            const Review& x = n.reviews[k];
            o.add(p + QStringLiteral("reviews[%1]").arg(k),
                  QStringList{x.entry, ts(x.requestedAt), x.requestedBy, toString(x.proposedRiskLevel),
                              opt(x.escalating), q(x.rationale), toString(x.decision), opt(x.decidedAt),
                              opt(x.decidedBy), opt(x.decisionReason)}
                      .join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.mappaReferrals.size(); ++k) {
            const MappaReferral& x = n.mappaReferrals[k];
            o.add(p + QStringLiteral("mappa_referrals[%1]").arg(k),
                  QStringList{d(x.decidedOn), x.by, x.referred ? QStringLiteral("true") : QStringLiteral("false"),
                              opt(x.level), q(x.reason)}
                      .join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.transfers.size(); ++k) {
            const Transfer& x = n.transfers[k];
            o.add(p + QStringLiteral("transfers[%1]").arg(k),
                  QStringList{d(x.on), x.from, x.to, opt(x.acknowledgedAt)}.join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.managementDecisions.size(); ++k) {
            const ManagementDecision& x = n.managementDecisions[k];
            o.add(p + QStringLiteral("management_decisions[%1]").arg(k),
                  QStringList{d(x.on), x.by, toString(x.decision), q(x.reason)}.join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.notifications.size(); ++k) {
            o.add(p + QStringLiteral("notifications[%1]").arg(k),
                  d(n.notifications[k].date) + QLatin1Char(' ') + toString(n.notifications[k].kind));
        }
        for (qsizetype k = 0; k < n.indefiniteReviewDecisions.size(); ++k) {
            const IndefiniteReviewDecision& x = n.indefiniteReviewDecisions[k];
            o.add(p + QStringLiteral("indefinite_review_decisions[%1]").arg(k),
                  QStringList{d(x.on), x.by, toString(x.outcome), q(x.reason)}.join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.overrides.size(); ++k) {
            const AlertOverride& x = n.overrides[k];
            o.add(p + QStringLiteral("overrides[%1]").arg(k),
                  QStringList{q(x.key), x.by, ts(x.at), q(x.reason)}.join(QLatin1Char(' ')));
        }
        for (qsizetype k = 0; k < n.detailsHistory.size(); ++k) {
            const DetailsChange& x = n.detailsHistory[k];
            QStringList parts{ts(x.at), x.by, q(x.reason)};
            for (const FieldChange& c : x.changes) {
                parts << c.field + QLatin1Char('=') + QString::fromUtf8(changesToJson({c}));
            }
            o.add(p + QStringLiteral("details_history[%1]").arg(k), parts.join(QLatin1Char(' ')));
        }
    }
    for (qsizetype i = 0; i < b.dipSamples.size(); ++i) {
        const DipSample& s = b.dipSamples[i];
        const QString p = QStringLiteral("dip_samples[%1]").arg(i);
        o.add(p, QStringList{q(s.period), s.sergeant, QString::number(s.seed), ts(s.drawnAt)}.join(QLatin1Char(' ')));
        for (qsizetype r = 0; r < s.records.size(); ++r) {
            const DipRecord& x = s.records[r];
            const QString rp = p + QStringLiteral(".records[%1]").arg(r);
            o.add(rp, QStringList{x.officer, x.nominal, opt(x.completedAt)}.join(QLatin1Char(' ')));
            for (qsizetype k = 0; k < x.items.size(); ++k) {
                o.add(rp + QStringLiteral(".items[%1]").arg(k), x.items[k].item + QLatin1Char(' ') +
                                                                    toString(x.items[k].finding) + QLatin1Char(' ') +
                                                                    opt(x.items[k].note));
            }
        }
    }
    return o.lines.join(QLatin1Char('\n'));
}

BundleContext emptyContext()
{
    return BundleContext{};
}

QString readError(const QByteArray& json, const BundleContext& context)
{
    const Result<Bundle> r = BundleReader::read(json, context);
    if (r.ok()) {
        return QStringLiteral("(ok)");
    }
    return r.error().message;
}

} // namespace somdesk::test
