#include "OspCalculator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace somdesk {

namespace {

const QString kMissing = QStringLiteral("missing_input");

void missing(QList<OspValidationError>& errors, const char* field)
{
    errors.append({kMissing, QString::fromLatin1(field)});
}

} // namespace

QString toString(OspSex s)
{
    return s == OspSex::Female ? QStringLiteral("female") : QStringLiteral("male");
}

QString toString(OspSupervision s)
{
    switch (s) {
    case OspSupervision::Custody:
        return QStringLiteral("custody");
    case OspSupervision::Community:
        return QStringLiteral("community");
    case OspSupervision::Remand:
        return QStringLiteral("remand");
    }
    return {};
}

QString toString(OspBand b)
{
    switch (b) {
    case OspBand::NotApplicable:
        return QStringLiteral("not_applicable");
    case OspBand::Low:
        return QStringLiteral("low");
    case OspBand::Medium:
        return QStringLiteral("medium");
    case OspBand::High:
        return QStringLiteral("high");
    case OspBand::VeryHigh:
        return QStringLiteral("very_high");
    }
    return {};
}

QString bandInWords(OspBand b)
{
    switch (b) {
    case OspBand::NotApplicable:
        return QStringLiteral("Not applicable");
    case OspBand::Low:
        return QStringLiteral("Low");
    case OspBand::Medium:
        return QStringLiteral("Medium");
    case OspBand::High:
        return QStringLiteral("High");
    case OspBand::VeryHigh:
        return QStringLiteral("Very high");
    }
    return {};
}

std::optional<OspSex> ospSexFromString(const QString& s)
{
    if (s == QLatin1String("male")) {
        return OspSex::Male;
    }
    if (s == QLatin1String("female")) {
        return OspSex::Female;
    }
    return std::nullopt;
}

std::optional<OspSupervision> ospSupervisionFromString(const QString& s)
{
    for (OspSupervision v : {OspSupervision::Custody, OspSupervision::Community, OspSupervision::Remand}) {
        if (toString(v) == s) {
            return v;
        }
    }
    return std::nullopt;
}

std::optional<OspBand> ospBandFromString(const QString& s)
{
    for (OspBand v : {OspBand::NotApplicable, OspBand::Low, OspBand::Medium, OspBand::High, OspBand::VeryHigh}) {
        if (toString(v) == s) {
            return v;
        }
    }
    return std::nullopt;
}

QString OspCalculator::toolName()
{
    return QStringLiteral("OSP/DC+OSP/IIC");
}

QString OspCalculator::version()
{
    return QStringLiteral("moj-2026-08");
}

int OspCalculator::wholeYearsBetween(QDate from, QDate to)
{
    int years = to.year() - from.year();
    // Compare (month, day): 28 Feb is before a 29 Feb birthday, 1 Mar is after it.
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day())) {
        --years;
    }
    return years;
}

double OspCalculator::roundHalfUp2(double value)
{
    const bool negative = value < 0;
    const double magnitude = std::fabs(value);
    // glibc prints a double's exact decimal expansion; 1100 places hold every fraction a
    // double can have, so the digit after the second place is the true one.
    std::array<char, 1500> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.1100f", magnitude);
    std::string digits(buffer.data());
    const std::size_t dot = digits.find('.');
    std::string kept = digits.substr(0, dot) + digits.substr(dot + 1, 2); // hundredths as an integer string
    const bool up = digits[dot + 3] >= '5';
    double hundredths = std::strtod(kept.c_str(), nullptr);
    if (up) {
        hundredths += 1;
    }
    // hundredths is a whole number well inside 2^53, so this division is the nearest double
    // to the decimal result.
    const double rounded = hundredths / 100.0;
    return negative ? -rounded : rounded;
}

double OspCalculator::dcProbability(int points)
{
    if (points == 0) {
        return 0;
    }
    const double z = -8.633 + 0.1598 * points;
    return std::exp(z) / (1 + std::exp(z));
}

OspBand OspCalculator::dcBand(int points)
{
    if (points <= 21) {
        return OspBand::Low;
    }
    if (points <= 29) {
        return OspBand::Medium;
    }
    if (points <= 35) {
        return OspBand::High;
    }
    return OspBand::VeryHigh;
}

int OspCalculator::contactAdultPoints(int sanctions)
{
    return std::min(sanctions, 3) * 5;
}

int OspCalculator::contactChildPoints(int sanctions)
{
    return std::min(sanctions, 3) * 3;
}

int OspCalculator::nonContactPoints(int sanctions)
{
    return std::min(sanctions, 3) * 2;
}

int OspCalculator::ageAtFollowUpPoints(int age)
{
    if (age >= 60) {
        return 0;
    }
    // C++ integer division truncates toward zero, as the spec's trunc does.
    return 14 - std::max(0, (age - 18) / 3);
}

int OspCalculator::ageAtLastSexualOffencePoints(std::optional<int> age)
{
    if (!age || *age < 16) {
        return 0;
    }
    return *age < 18 ? 5 : 10;
}

int OspCalculator::totalSanctionsPoints(int sanctions)
{
    return sanctions >= 2 ? 6 : 0;
}

int OspCalculator::strangerVictimPoints(std::optional<bool> stranger)
{
    return stranger.value_or(false) ? 4 : 0;
}

QList<OspValidationError> OspCalculator::validate(const OspInput& in)
{
    QList<OspValidationError> errors;
    // "Not female" and "history not false" hold when the value is missing, so the checks for a
    // male with history still run (and report) when sex or history is itself missing.
    const bool notFemale = in.sex != OspSex::Female;
    const bool maleWithHistory = notFemale && in.sexualOffenceHistory != false;
    const bool maleAndHistoryTrue = in.sex == OspSex::Male && in.sexualOffenceHistory == true;

    // 1. Always required, in this order.
    if (!in.sex) {
        missing(errors, "sex");
    }
    if (!in.supervision) {
        missing(errors, "supervision");
    }
    if (!in.sexualOffenceHistory) {
        missing(errors, "sexual_offence_history");
    }
    if (!in.dateOfBirth) {
        missing(errors, "date_of_birth");
    }
    if (!in.followUpStart) {
        missing(errors, "follow_up_start");
    }
    if (!in.totalSanctions) {
        missing(errors, "total_sanctions");
    }
    if (!in.assessmentDate) {
        missing(errors, "assessment_date");
    }

    const std::array<std::pair<const char*, const std::optional<int>*>, 4> counts{{
        {"contact_adult_sanctions", &in.contactAdultSanctions},
        {"contact_child_sanctions", &in.contactChildSanctions},
        {"image_indirect_sanctions", &in.imageIndirectSanctions},
        {"non_contact_sanctions", &in.nonContactSanctions},
    }};

    if (maleWithHistory) {
        // 2. The four counts.
        for (const auto& [field, value] : counts) {
            if (!value->has_value()) {
                missing(errors, field);
            }
        }
        // Counts are whole numbers >= 0 by type; the front ends refuse a negative one, and
        // the calculator says so rather than score it.
        for (const auto& [field, value] : counts) {
            if (value->has_value() && **value < 0) {
                errors.append({QStringLiteral("count_out_of_range"), QString::fromLatin1(field)});
            }
        }
        // 3. Total sanctions.
        if (in.totalSanctions && (*in.totalSanctions < 1 || *in.totalSanctions > 999)) {
            errors.append({QStringLiteral("total_sanctions_out_of_range"), QStringLiteral("total_sanctions")});
        }
        // 4. Sexual sanctions against the total.
        bool allGiven = true;
        bool allZero = true;
        qint64 sum = 0;
        for (const auto& [field, value] : counts) {
            if (!value->has_value()) {
                allGiven = false;
                continue;
            }
            allZero = allZero && **value == 0;
            sum += **value;
        }
        if (allGiven && allZero) {
            errors.append({QStringLiteral("no_sexual_sanctions"), {}});
        } else if (in.totalSanctions && sum > *in.totalSanctions) {
            errors.append({QStringLiteral("sexual_sanctions_exceed_total"), {}});
        }
    }

    // 5. Date of the last sexual offence (sex male and history true, as the spec says).
    if (maleAndHistoryTrue) {
        if (!in.lastSexualOffenceDate) {
            missing(errors, "last_sexual_offence_date");
        } else if (in.dateOfBirth) {
            if (*in.lastSexualOffenceDate <= *in.dateOfBirth) {
                errors.append(
                    {QStringLiteral("last_sexual_offence_before_birth"), QStringLiteral("last_sexual_offence_date")});
            } else if (wholeYearsBetween(*in.dateOfBirth, *in.lastSexualOffenceDate) >= 110) {
                errors.append(
                    {QStringLiteral("last_sexual_offence_out_of_range"), QStringLiteral("last_sexual_offence_date")});
            }
        }
    }

    // 6. Start of follow-up.
    if (maleWithHistory && in.followUpStart && in.dateOfBirth) {
        if (*in.followUpStart <= *in.dateOfBirth) {
            errors.append({QStringLiteral("follow_up_before_birth"), QStringLiteral("follow_up_start")});
        } else if (wholeYearsBetween(*in.dateOfBirth, *in.followUpStart) >= 110) {
            errors.append({QStringLiteral("follow_up_out_of_range"), QStringLiteral("follow_up_start")});
        }
    }

    // 7. Counts without a sexual history.
    if (notFemale && in.sexualOffenceHistory != true) {
        const bool anyNonZero = std::any_of(counts.begin(), counts.end(), [](const auto& c) {
            return c.second->has_value() && **c.second != 0;
        });
        if (anyNonZero) {
            errors.append({QStringLiteral("inconsistent_input"), {}});
        }
    }
    return errors;
}

namespace {

OspDcResult computeDc(const OspInput& in)
{
    OspDcResult dc;
    if (*in.sex == OspSex::Female || !*in.sexualOffenceHistory) {
        return dc; // not applicable, probability 0
    }
    const int ageAtFollowUp = OspCalculator::wholeYearsBetween(*in.dateOfBirth, *in.followUpStart);
    std::optional<int> ageAtLast;
    if (in.lastSexualOffenceDate) {
        ageAtLast = OspCalculator::wholeYearsBetween(*in.dateOfBirth, *in.lastSexualOffenceDate);
    }
    OspDcItems items;
    items.contactAdult = OspCalculator::contactAdultPoints(*in.contactAdultSanctions);
    items.contactChild = OspCalculator::contactChildPoints(*in.contactChildSanctions);
    items.nonContact = OspCalculator::nonContactPoints(*in.nonContactSanctions);
    items.ageAtFollowUp = OspCalculator::ageAtFollowUpPoints(ageAtFollowUp);
    items.ageAtLastSexualOffence = OspCalculator::ageAtLastSexualOffencePoints(ageAtLast);
    items.totalSanctions = OspCalculator::totalSanctionsPoints(*in.totalSanctions);
    items.strangerVictim = OspCalculator::strangerVictimPoints(in.strangerVictim);

    const int points = items.sum();
    dc.items = items;
    dc.points = points;
    dc.ageAtFollowUpYears = ageAtFollowUp;
    dc.ageAtLastSexualOffenceYears = ageAtLast;
    dc.probability = OspCalculator::dcProbability(points);
    dc.probabilityPercent = points == 0 ? 0 : OspCalculator::roundHalfUp2(dc.probability * 100);
    dc.bandBeforeReduction = OspCalculator::dcBand(points);
    dc.band = dc.bandBeforeReduction;
    if (points == 0) {
        return dc; // band low, band_reduced null
    }

    const QDate at = *in.assessmentDate;
    const auto fiveYearsBefore = [&](const std::optional<QDate>& d) {
        return !d || OspCalculator::wholeYearsBetween(*d, at) >= 5;
    };
    const bool reduce = *in.sex != OspSex::Female && *in.supervision != OspSupervision::Custody &&
                        dc.bandBeforeReduction != OspBand::Low &&
                        OspCalculator::wholeYearsBetween(*in.followUpStart, at) >= 5 &&
                        fiveYearsBefore(in.mostRecentOffenceDate) && fiveYearsBefore(in.lastSexualOffenceDate);
    dc.bandReduced = reduce;
    if (reduce) {
        switch (dc.bandBeforeReduction) {
        case OspBand::VeryHigh:
            dc.band = OspBand::High;
            break;
        case OspBand::High:
            dc.band = OspBand::Medium;
            break;
        default:
            dc.band = OspBand::Low;
            break;
        }
    }
    return dc;
}

OspIicResult iicRow(OspIicRow row, double probability, OspBand band)
{
    OspIicResult r;
    r.row = row;
    r.probability = probability;
    r.probabilityPercent = OspCalculator::roundHalfUp2(probability * 100);
    r.band = band;
    return r;
}

OspIicResult computeIic(const OspInput& in)
{
    if (!*in.sexualOffenceHistory) {
        return iicRow(OspIicRow::NotApplicable, 0, OspBand::NotApplicable);
    }
    if (*in.sex == OspSex::Female) {
        return iicRow(OspIicRow::Female, 0, OspBand::Low);
    }
    const int images = *in.imageIndirectSanctions;
    const int child = *in.contactChildSanctions;
    if (images >= 2) {
        return iicRow(OspIicRow::ImagesTwoOrMore, 0.10310, OspBand::High);
    }
    if (images == 1) {
        return iicRow(OspIicRow::ImagesOne, 0.03328, OspBand::Medium);
    }
    if (child >= 2) {
        return iicRow(OspIicRow::ChildTwoOrMore, 0.00926, OspBand::Low);
    }
    if (child == 1) {
        return iicRow(OspIicRow::ChildOne, 0.00634, OspBand::Low);
    }
    if (*in.nonContactSanctions != 0 && *in.contactAdultSanctions != 0) {
        return iicRow(OspIicRow::NonContactAndAdult, 0.00281, OspBand::Low);
    }
    return iicRow(OspIicRow::Otherwise, 0, OspBand::Low);
}

} // namespace

OspOutcome OspCalculator::compute(const OspInput& input)
{
    OspOutcome out;
    out.errors = validate(input);
    if (!out.errors.isEmpty()) {
        return out;
    }
    out.dc = computeDc(input);
    out.iic = computeIic(input);
    return out;
}

} // namespace somdesk
