#include "StaticScoreText.h"

#include "core/scores/OspJson.h"

using namespace Qt::StringLiterals;

namespace somdesk {

namespace {

QString points(int n)
{
    return n == 1 ? u"1 point"_s : u"%1 points"_s.arg(n);
}

QString item(const QString& label, const QString& fact, int n)
{
    return u"%1: %2 → %3"_s.arg(label, fact, points(n));
}

QString count(const std::optional<int>& v)
{
    return v ? QString::number(*v) : u"not given"_s;
}

QString iicRowWords(OspIicRow row)
{
    switch (row) {
    case OspIicRow::NotApplicable:
        return u"no sexual offence history"_s;
    case OspIicRow::Female:
        return u"women with sexual offence history score low"_s;
    case OspIicRow::ImagesTwoOrMore:
        return u"two or more image or indirect-contact sanctions"_s;
    case OspIicRow::ImagesOne:
        return u"one image or indirect-contact sanction"_s;
    case OspIicRow::ChildTwoOrMore:
        return u"two or more contact-child sanctions"_s;
    case OspIicRow::ChildOne:
        return u"one contact-child sanction"_s;
    case OspIicRow::NonContactAndAdult:
        return u"both non-contact and contact-adult sanctions"_s;
    case OspIicRow::Otherwise:
        return u"none of the table's rows applies"_s;
    }
    return {};
}

QStringList explainOsp(const OspInput& in, const OspOutcome& o)
{
    QStringList lines;
    if (!o.ok()) {
        for (const OspValidationError& e : o.errors) {
            lines << (e.field.isEmpty() ? e.code : u"%1 (%2)"_s.arg(e.code, e.field));
        }
        return lines;
    }
    const OspDcResult& dc = *o.dc;
    if (!dc.items) {
        lines << u"OSP/DC: not applicable (%1)"_s.arg(in.sex == OspSex::Female ? u"OSP/DC is not used for women"_s
                                                                               : u"no sexual offence history"_s);
    } else {
        const OspDcItems& it = *dc.items;
        lines << item(u"contact-adult sanctions"_s, count(in.contactAdultSanctions), it.contactAdult);
        lines << item(u"contact-child sanctions"_s, count(in.contactChildSanctions), it.contactChild);
        lines << item(u"non-contact sanctions"_s, count(in.nonContactSanctions), it.nonContact);
        lines << item(u"age at the start of follow-up"_s, count(dc.ageAtFollowUpYears), it.ageAtFollowUp);
        lines << item(u"age at the last sexual offence"_s,
                      dc.ageAtLastSexualOffenceYears ? QString::number(*dc.ageAtLastSexualOffenceYears) : u"none"_s,
                      it.ageAtLastSexualOffence);
        lines << item(u"total sanctions"_s, count(in.totalSanctions), it.totalSanctions);
        lines << item(u"stranger victim"_s,
                      in.strangerVictim ? (*in.strangerVictim ? u"yes"_s : u"no"_s) : u"unknown"_s, it.strangerVictim);
        lines << item(u"image and indirect-contact sanctions (no OSP/DC points)"_s, count(in.imageIndirectSanctions),
                      0);
        lines << u"OSP/DC: %1, %2, %3 %"_s.arg(points(*dc.points), bandInWords(dc.bandBeforeReduction),
                                               ospPercentText(dc.probabilityPercent));
        if (dc.bandReduced == true) {
            lines << u"band reduced: five years offence-free in the community (%1 → %2)"_s.arg(
                bandInWords(dc.bandBeforeReduction), bandInWords(dc.band));
        } else if (dc.bandReduced == false) {
            lines << u"band not reduced"_s;
        }
    }
    const OspIicResult& iic = *o.iic;
    lines << u"OSP/IIC: %1, %2 % (%3)"_s.arg(bandInWords(iic.band), ospPercentText(iic.probabilityPercent),
                                             iicRowWords(iic.row));
    return lines;
}

} // namespace

bool isComputedScore(const StaticScore& score)
{
    return score.tool == OspCalculator::toolName() && score.inputs.has_value();
}

OspOutcome outcomeOf(const StaticScore& score)
{
    return OspCalculator::compute(score.inputs.value_or(OspInput{}));
}

QString staticScoreHeadline(const StaticScore& score)
{
    if (!isComputedScore(score)) {
        return u"%1 %2 (entered)"_s.arg(score.tool, score.category.value_or(QString()));
    }
    const OspOutcome o = outcomeOf(score);
    if (!o.ok()) {
        return u"OSP/DC: the inputs do not validate"_s;
    }
    const QString dc = o.dc->items
                           ? u"OSP/DC %1 %2 %"_s.arg(bandInWords(o.dc->band), ospPercentText(o.dc->probabilityPercent))
                           : u"OSP/DC not applicable"_s;
    return u"%1 · OSP/IIC %2 %3 %"_s.arg(dc, bandInWords(o.iic->band), ospPercentText(o.iic->probabilityPercent));
}

QStringList staticScoreExplanation(const StaticScore& score)
{
    if (!isComputedScore(score)) {
        return {u"%1 %2: %3, entered as written (not recomputed)"_s.arg(score.tool, score.version,
                                                                        score.category.value_or(QString())),
                u"source: %1"_s.arg(score.source.value_or(QString()))};
    }
    return explainOsp(*score.inputs, outcomeOf(score));
}

const StaticScore* latestStaticScore(const QList<StaticScore>& scores)
{
    const StaticScore* latest = nullptr;
    for (const StaticScore& s : scores) {
        if (latest == nullptr || s.assessedOn > latest->assessedOn ||
            (s.assessedOn == latest->assessedOn && s.recordedAt >= latest->recordedAt)) {
            latest = &s;
        }
    }
    return latest;
}

} // namespace somdesk
