#include "OspJson.h"

#include "core/bundle/OrderedJson.h"

#include <QSet>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace somdesk {

namespace {

using bundle::JsonNode;
using bundle::OrderedJson;
using bundle::WholeNumber;
using Kind = JsonNode::Kind;

QString at(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

Error bad(const QString& path, const QString& what)
{
    return Error::invalid(path + u": "_s + what);
}

std::optional<QDate> strictDate(const QString& s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-') {
        return std::nullopt;
    }
    for (const int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < u'0' || s[i] > u'9') {
            return std::nullopt;
        }
    }
    const QDate d(s.mid(0, 4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt());
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QByteArray dateLiteral(const std::optional<QDate>& d)
{
    return d ? '"' + d->toString(Qt::ISODate).toLatin1() + '"' : QByteArray("null");
}

QByteArray intLiteral(const std::optional<int>& v)
{
    return v ? QByteArray::number(*v) : QByteArray("null");
}

QByteArray boolLiteral(const std::optional<bool>& v)
{
    return v ? QByteArray(*v ? "true" : "false") : QByteArray("null");
}

QByteArray stringLiteral(const std::optional<QString>& s)
{
    // Only fixed vocabulary words pass through here: no escaping needed.
    return s ? '"' + s->toUtf8() + '"' : QByteArray("null");
}

} // namespace

QList<QString> ospInputKeys()
{
    return {u"sex"_s,
            u"sexual_offence_history"_s,
            u"date_of_birth"_s,
            u"assessment_date"_s,
            u"follow_up_start"_s,
            u"total_sanctions"_s,
            u"contact_adult_sanctions"_s,
            u"contact_child_sanctions"_s,
            u"image_indirect_sanctions"_s,
            u"non_contact_sanctions"_s,
            u"last_sexual_offence_date"_s,
            u"stranger_victim"_s,
            u"supervision"_s,
            u"most_recent_offence_date"_s};
}

Result<OspInput> ospInputFromJson(const JsonNode& object, const QString& path)
{
    if (object.kind != Kind::Object) {
        return bad(path.isEmpty() ? u"input"_s : path, u"must be an object"_s);
    }
    OspInput in;
    using Reader = std::function<std::optional<Error>(const JsonNode&, const QString&)>;
    const auto date = [](std::optional<QDate>& target) -> Reader {
        return [&target](const JsonNode& n, const QString& p) -> std::optional<Error> {
            if (n.kind != Kind::String) {
                return bad(p, u"must be a date (YYYY-MM-DD)"_s);
            }
            target = strictDate(n.text);
            if (!target) {
                return bad(p, u"not a date"_s);
            }
            return std::nullopt;
        };
    };
    const auto count = [](std::optional<int>& target, qint64 min) -> Reader {
        return [&target, min](const JsonNode& n, const QString& p) -> std::optional<Error> {
            if (n.kind != Kind::Number) {
                return bad(p, u"must be a whole number"_s);
            }
            qint64 v = 0;
            switch (OrderedJson::wholeNumber(n.text, &v)) {
            case WholeNumber::NotWhole:
                return bad(p, u"must be a whole number"_s);
            case WholeNumber::OutOfRange:
                return bad(p, u"out of range"_s);
            case WholeNumber::Ok:
                break;
            }
            if (v < min) {
                return bad(p, u"must be at least %1"_s.arg(min));
            }
            // Anything this large is out of range for every check; keep it representable.
            target = static_cast<int>(std::clamp<qint64>(v, -1000000, 1000000));
            return std::nullopt;
        };
    };
    const auto flag = [](std::optional<bool>& target) -> Reader {
        return [&target](const JsonNode& n, const QString& p) -> std::optional<Error> {
            if (n.kind != Kind::Bool) {
                return bad(p, u"must be true or false"_s);
            }
            target = n.boolean;
            return std::nullopt;
        };
    };
    const Reader sex = [&in](const JsonNode& n, const QString& p) -> std::optional<Error> {
        in.sex = n.kind == Kind::String ? ospSexFromString(n.text) : std::nullopt;
        if (!in.sex) {
            return bad(p, u"must be one of male, female"_s);
        }
        return std::nullopt;
    };
    const Reader supervision = [&in](const JsonNode& n, const QString& p) -> std::optional<Error> {
        in.supervision = n.kind == Kind::String ? ospSupervisionFromString(n.text) : std::nullopt;
        if (!in.supervision) {
            return bad(p, u"must be one of custody, community, remand"_s);
        }
        return std::nullopt;
    };
    const QList<std::pair<QString, Reader>> readers{
        {u"sex"_s, sex},
        {u"sexual_offence_history"_s, flag(in.sexualOffenceHistory)},
        {u"date_of_birth"_s, date(in.dateOfBirth)},
        {u"assessment_date"_s, date(in.assessmentDate)},
        {u"follow_up_start"_s, date(in.followUpStart)},
        // total_sanctions is an int; its range is a validation code, not a format error.
        {u"total_sanctions"_s, count(in.totalSanctions, std::numeric_limits<qint64>::min())},
        {u"contact_adult_sanctions"_s, count(in.contactAdultSanctions, 0)},
        {u"contact_child_sanctions"_s, count(in.contactChildSanctions, 0)},
        {u"image_indirect_sanctions"_s, count(in.imageIndirectSanctions, 0)},
        {u"non_contact_sanctions"_s, count(in.nonContactSanctions, 0)},
        {u"last_sexual_offence_date"_s, date(in.lastSexualOffenceDate)},
        {u"stranger_victim"_s, flag(in.strangerVictim)},
        {u"supervision"_s, supervision},
        {u"most_recent_offence_date"_s, date(in.mostRecentOffenceDate)},
    };
    QSet<QString> seen;
    for (const JsonNode& member : object.children) {
        const QString p = at(path, member.key);
        const auto it =
            std::find_if(readers.begin(), readers.end(), [&](const auto& r) { return r.first == member.key; });
        if (it == readers.end()) {
            return bad(p, u"unknown key"_s);
        }
        if (seen.contains(member.key)) {
            return bad(p, u"duplicate key"_s);
        }
        seen.insert(member.key);
        if (member.kind == Kind::Null) {
            continue; // null is a missing input, reported by validation where it matters
        }
        if (std::optional<Error> e = it->second(member, p)) {
            return *e;
        }
    }
    return in;
}

Result<OspInput> ospInputFromDocument(const QByteArray& utf8)
{
    const qsizetype badByte = OrderedJson::invalidUtf8Offset(utf8);
    if (badByte >= 0) {
        return Error::invalid(u"input: not UTF-8 at byte %1"_s.arg(badByte));
    }
    const bundle::JsonParseResult parsed = OrderedJson::parse(utf8);
    if (!parsed.ok) {
        return Error::invalid(u"input: not JSON at byte %1: %2"_s.arg(parsed.offset).arg(parsed.message));
    }
    return ospInputFromJson(parsed.root, {});
}

QList<std::pair<QString, QByteArray>> ospInputJsonFields(const OspInput& in)
{
    const auto sex = in.sex ? std::optional<QString>(toString(*in.sex)) : std::nullopt;
    const auto supervision = in.supervision ? std::optional<QString>(toString(*in.supervision)) : std::nullopt;
    return {
        {u"sex"_s, stringLiteral(sex)},
        {u"sexual_offence_history"_s, boolLiteral(in.sexualOffenceHistory)},
        {u"date_of_birth"_s, dateLiteral(in.dateOfBirth)},
        {u"assessment_date"_s, dateLiteral(in.assessmentDate)},
        {u"follow_up_start"_s, dateLiteral(in.followUpStart)},
        {u"total_sanctions"_s, intLiteral(in.totalSanctions)},
        {u"contact_adult_sanctions"_s, intLiteral(in.contactAdultSanctions)},
        {u"contact_child_sanctions"_s, intLiteral(in.contactChildSanctions)},
        {u"image_indirect_sanctions"_s, intLiteral(in.imageIndirectSanctions)},
        {u"non_contact_sanctions"_s, intLiteral(in.nonContactSanctions)},
        {u"last_sexual_offence_date"_s, dateLiteral(in.lastSexualOffenceDate)},
        {u"stranger_victim"_s, boolLiteral(in.strangerVictim)},
        {u"supervision"_s, stringLiteral(supervision)},
        {u"most_recent_offence_date"_s, dateLiteral(in.mostRecentOffenceDate)},
    };
}

QByteArray ospInputToJson(const OspInput& input)
{
    QByteArray j = "{";
    for (const auto& [key, value] : ospInputJsonFields(input)) {
        j += (j.size() > 1 ? ", \"" : "\"") + key.toLatin1() + "\": " + value;
    }
    return j + '}';
}

QString ospPercentText(double percent)
{
    return QString::number(percent, 'f', 2);
}

QByteArray ospResultJson(const OspOutcome& o, int depth)
{
    // Members as (key, value) written one per line, objects nested one level further.
    const auto pad = [](int d) { return '\n' + QByteArray(2 * d, ' '); };
    const auto obj = [&](const QList<std::pair<QByteArray, QByteArray>>& members, int d) {
        QByteArray j = "{";
        for (qsizetype i = 0; i < members.size(); ++i) {
            j += (i > 0 ? "," : "") + pad(d + 1) + '"' + members[i].first + "\": " + members[i].second;
        }
        return j + pad(d) + '}';
    };
    const auto str = [](const QString& s) { return '"' + s.toUtf8() + '"'; };
    QByteArray dc = "null";
    if (o.dc) {
        QByteArray items = "null";
        if (o.dc->items) {
            const OspDcItems& it = *o.dc->items;
            items = obj({{"contact_adult", QByteArray::number(it.contactAdult)},
                         {"contact_child", QByteArray::number(it.contactChild)},
                         {"non_contact", QByteArray::number(it.nonContact)},
                         {"age_at_follow_up", QByteArray::number(it.ageAtFollowUp)},
                         {"age_at_last_sexual_offence", QByteArray::number(it.ageAtLastSexualOffence)},
                         {"total_sanctions", QByteArray::number(it.totalSanctions)},
                         {"stranger_victim", QByteArray::number(it.strangerVictim)}},
                        depth + 2);
        }
        dc = obj({{"band", str(toString(o.dc->band))},
                  {"points", intLiteral(o.dc->points)},
                  {"items", items},
                  {"probability_percent", ospPercentText(o.dc->probabilityPercent).toLatin1()},
                  {"band_reduced", boolLiteral(o.dc->bandReduced)}},
                 depth + 1);
    }
    QByteArray iic = "null";
    if (o.iic) {
        iic = obj({{"band", str(toString(o.iic->band))},
                   {"probability_percent", ospPercentText(o.iic->probabilityPercent).toLatin1()}},
                  depth + 1);
    }
    return obj({{"osp_dc", dc}, {"osp_iic", iic}}, depth);
}

QByteArray ospOutcomeToJson(const OspOutcome& o)
{
    QByteArray j;
    j += "{\n";
    j += "  \"tool\": \"" + OspCalculator::toolName().toUtf8() + "\",\n";
    j += "  \"version\": \"" + OspCalculator::version().toUtf8() + "\",\n";
    if (o.dc) {
        const OspDcResult& dc = *o.dc;
        j += "  \"osp_dc\": {\n";
        j += "    \"band\": \"" + toString(dc.band).toUtf8() + "\",\n";
        j += "    \"points\": " + intLiteral(dc.points) + ",\n";
        if (dc.items) {
            const OspDcItems& it = *dc.items;
            j += "    \"items\": {\n";
            j += "      \"contact_adult\": " + QByteArray::number(it.contactAdult) + ",\n";
            j += "      \"contact_child\": " + QByteArray::number(it.contactChild) + ",\n";
            j += "      \"non_contact\": " + QByteArray::number(it.nonContact) + ",\n";
            j += "      \"age_at_follow_up\": " + QByteArray::number(it.ageAtFollowUp) + ",\n";
            j += "      \"age_at_last_sexual_offence\": " + QByteArray::number(it.ageAtLastSexualOffence) + ",\n";
            j += "      \"total_sanctions\": " + QByteArray::number(it.totalSanctions) + ",\n";
            j += "      \"stranger_victim\": " + QByteArray::number(it.strangerVictim) + "\n";
            j += "    },\n";
        } else {
            j += "    \"items\": null,\n";
        }
        j += "    \"probability_percent\": " + ospPercentText(dc.probabilityPercent).toLatin1() + ",\n";
        j += "    \"band_reduced\": " + boolLiteral(dc.bandReduced) + "\n";
        j += "  },\n";
    } else {
        j += "  \"osp_dc\": null,\n";
    }
    if (o.iic) {
        j += "  \"osp_iic\": {\n";
        j += "    \"band\": \"" + toString(o.iic->band).toUtf8() + "\",\n";
        j += "    \"probability_percent\": " + ospPercentText(o.iic->probabilityPercent).toLatin1() + "\n";
        j += "  },\n";
    } else {
        j += "  \"osp_iic\": null,\n";
    }
    if (o.errors.isEmpty()) {
        j += "  \"errors\": []\n";
    } else {
        j += "  \"errors\": [\n";
        for (qsizetype i = 0; i < o.errors.size(); ++i) {
            const OspValidationError& e = o.errors[i];
            j += "    {\"code\": \"" + e.code.toUtf8() +
                 "\", \"field\": " + (e.field.isEmpty() ? QByteArray("null") : '"' + e.field.toUtf8() + '"') + "}";
            j += i + 1 < o.errors.size() ? ",\n" : "\n";
        }
        j += "  ]\n";
    }
    j += "}\n";
    return j;
}

} // namespace somdesk
