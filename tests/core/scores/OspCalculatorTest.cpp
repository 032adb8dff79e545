// OSP/DC and OSP/IIC against static-scores.md: every row of every table, every band edge,
// the rounding, the five-year band reduction, and each validation code in order.

#include "core/scores/OspCalculator.h"
#include "core/scores/OspJson.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace somdesk;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A man with a sexual history in the community: 28 points (medium, 1.54 %), no reduction.
//   contact-adult 1 -> 5, age 39 at follow-up -> 7, age 38 at the last sexual offence -> 10,
//   3 sanctions -> 6, stranger false -> 0.
OspInput base()
{
    OspInput in;
    in.sex = OspSex::Male;
    in.sexualOffenceHistory = true;
    in.dateOfBirth = d("1980-06-15");
    in.assessmentDate = d("2024-06-15");
    in.followUpStart = d("2020-01-01");
    in.totalSanctions = 3;
    in.contactAdultSanctions = 1;
    in.contactChildSanctions = 0;
    in.imageIndirectSanctions = 0;
    in.nonContactSanctions = 0;
    in.lastSexualOffenceDate = d("2019-05-01");
    in.strangerVictim = false;
    in.supervision = OspSupervision::Community;
    in.mostRecentOffenceDate = d("2019-05-01");
    return in;
}

using Codes = std::vector<std::string>;

Codes codes(const QList<OspValidationError>& errors)
{
    Codes out;
    for (const auto& e : errors) {
        out.push_back((e.code + QLatin1Char(':') + (e.field.isEmpty() ? QStringLiteral("null") : e.field)).toStdString());
    }
    return out;
}

std::string joined(const Codes& c)
{
    std::string s;
    for (const auto& x : c) {
        s += x + " ";
    }
    return s;
}

Codes errorsOf(const OspInput& in)
{
    return codes(OspCalculator::compute(in).errors);
}

OspDcResult dcOf(const OspInput& in)
{
    const OspOutcome o = OspCalculator::compute(in);
    INFO(joined(codes(o.errors)));
    REQUIRE(o.ok());
    return *o.dc;
}

OspIicResult iicOf(const OspInput& in)
{
    const OspOutcome o = OspCalculator::compute(in);
    INFO(joined(codes(o.errors)));
    REQUIRE(o.ok());
    return *o.iic;
}

} // namespace

TEST_CASE("osp: contact-adult sanctions 0 / 1 / 2 / 3+ give 0 / 5 / 10 / 15", "[osp][items]")
{
    CHECK(OspCalculator::contactAdultPoints(0) == 0);
    CHECK(OspCalculator::contactAdultPoints(1) == 5);
    CHECK(OspCalculator::contactAdultPoints(2) == 10);
    CHECK(OspCalculator::contactAdultPoints(3) == 15);
    CHECK(OspCalculator::contactAdultPoints(4) == 15);
    CHECK(OspCalculator::contactAdultPoints(999) == 15);
}

TEST_CASE("osp: contact-child sanctions 0 / 1 / 2 / 3+ give 0 / 3 / 6 / 9", "[osp][items]")
{
    CHECK(OspCalculator::contactChildPoints(0) == 0);
    CHECK(OspCalculator::contactChildPoints(1) == 3);
    CHECK(OspCalculator::contactChildPoints(2) == 6);
    CHECK(OspCalculator::contactChildPoints(3) == 9);
    CHECK(OspCalculator::contactChildPoints(4) == 9);
}

TEST_CASE("osp: non-contact sanctions 0 / 1 / 2 / 3+ give 0 / 2 / 4 / 6", "[osp][items]")
{
    CHECK(OspCalculator::nonContactPoints(0) == 0);
    CHECK(OspCalculator::nonContactPoints(1) == 2);
    CHECK(OspCalculator::nonContactPoints(2) == 4);
    CHECK(OspCalculator::nonContactPoints(3) == 6);
    CHECK(OspCalculator::nonContactPoints(17) == 6);
}

TEST_CASE("osp: age at follow-up, every three-year step and both ends", "[osp][items]")
{
    for (int age = 0; age <= 20; ++age) {
        INFO(age);
        CHECK(OspCalculator::ageAtFollowUpPoints(age) == 14);
    }
    // 21-23 -> 13, 24-26 -> 12, ... 57-59 -> 1.
    for (int k = 1; k <= 13; ++k) {
        for (int age = 18 + 3 * k; age <= 20 + 3 * k; ++age) {
            INFO(age);
            CHECK(OspCalculator::ageAtFollowUpPoints(age) == 14 - k);
        }
    }
    CHECK(OspCalculator::ageAtFollowUpPoints(59) == 1);
    CHECK(OspCalculator::ageAtFollowUpPoints(60) == 0);
    CHECK(OspCalculator::ageAtFollowUpPoints(61) == 0);
    CHECK(OspCalculator::ageAtFollowUpPoints(109) == 0);
}

TEST_CASE("osp: age at the last sexual offence: none or under 16 0, 16-17 5, 18+ 10", "[osp][items]")
{
    CHECK(OspCalculator::ageAtLastSexualOffencePoints(std::nullopt) == 0);
    CHECK(OspCalculator::ageAtLastSexualOffencePoints(0) == 0);
    CHECK(OspCalculator::ageAtLastSexualOffencePoints(15) == 0);
    CHECK(OspCalculator::ageAtLastSexualOffencePoints(16) == 5);
    CHECK(OspCalculator::ageAtLastSexualOffencePoints(17) == 5);
    CHECK(OspCalculator::ageAtLastSexualOffencePoints(18) == 10);
    CHECK(OspCalculator::ageAtLastSexualOffencePoints(80) == 10);
}

TEST_CASE("osp: total sanctions 1 gives 0, 2 or more 6; stranger victim true 4, else 0", "[osp][items]")
{
    CHECK(OspCalculator::totalSanctionsPoints(1) == 0);
    CHECK(OspCalculator::totalSanctionsPoints(2) == 6);
    CHECK(OspCalculator::totalSanctionsPoints(999) == 6);
    CHECK(OspCalculator::strangerVictimPoints(true) == 4);
    CHECK(OspCalculator::strangerVictimPoints(false) == 0);
    CHECK(OspCalculator::strangerVictimPoints(std::nullopt) == 0);
}

TEST_CASE("osp: band edges by points", "[osp][band]")
{
    CHECK(OspCalculator::dcBand(0) == OspBand::Low);
    CHECK(OspCalculator::dcBand(21) == OspBand::Low);
    CHECK(OspCalculator::dcBand(22) == OspBand::Medium);
    CHECK(OspCalculator::dcBand(29) == OspBand::Medium);
    CHECK(OspCalculator::dcBand(30) == OspBand::High);
    CHECK(OspCalculator::dcBand(35) == OspBand::High);
    CHECK(OspCalculator::dcBand(36) == OspBand::VeryHigh);
    CHECK(OspCalculator::dcBand(64) == OspBand::VeryHigh);
}

TEST_CASE("osp: probability for every points value, rounded half-up to 2 decimals", "[osp][probability]")
{
    // Worked out independently (double-precision logistic, exact decimal rounding).
    const char* expected[65] = {
#include "OspProbabilityTable.inc"
    };
    for (int points = 0; points <= 64; ++points) {
        INFO(points);
        const double p = OspCalculator::dcProbability(points);
        CHECK(ospPercentText(points == 0 ? 0 : OspCalculator::roundHalfUp2(p * 100)) == QLatin1String(expected[points]));
    }
    CHECK(OspCalculator::dcProbability(0) == 0);
    CHECK(OspCalculator::dcProbability(28) == Approx(0.015388904099572494).epsilon(1e-12));
    CHECK(OspCalculator::dcProbability(64) == Approx(0.8312061933744968).epsilon(1e-12));
    CHECK(OspCalculator::roundHalfUp2(OspCalculator::dcProbability(28) * 100) == 1.54);
    CHECK(OspCalculator::roundHalfUp2(OspCalculator::dcProbability(32) * 100) == 2.88);
    CHECK(OspCalculator::roundHalfUp2(OspCalculator::dcProbability(64) * 100) == 83.12);
}

TEST_CASE("osp: rounding looks at the exact binary value", "[osp][probability]")
{
    CHECK(OspCalculator::roundHalfUp2(0.125) == 0.13);  // exactly half: up
    CHECK(OspCalculator::roundHalfUp2(0.375) == 0.38);  // exactly half: up
    CHECK(OspCalculator::roundHalfUp2(1.005) == 1.0);   // stored as 1.00499999...
    CHECK(OspCalculator::roundHalfUp2(2.675) == 2.67);  // stored as 2.67499999...
    CHECK(OspCalculator::roundHalfUp2(0.0) == 0.0);
    CHECK(OspCalculator::roundHalfUp2(83.12061933744968) == 83.12);
    CHECK(OspCalculator::roundHalfUp2(49.90500011431649) == 49.91);
    CHECK(ospPercentText(1.8) == QLatin1String("1.80"));
}

TEST_CASE("osp: whole years count completed anniversaries, leap days on 1 March", "[osp][dates]")
{
    CHECK(OspCalculator::wholeYearsBetween(d("2000-02-29"), d("2001-02-28")) == 0);
    CHECK(OspCalculator::wholeYearsBetween(d("2000-02-29"), d("2001-03-01")) == 1);
    CHECK(OspCalculator::wholeYearsBetween(d("2000-02-29"), d("2004-02-28")) == 3);
    CHECK(OspCalculator::wholeYearsBetween(d("2000-02-29"), d("2004-02-29")) == 4);
    CHECK(OspCalculator::wholeYearsBetween(d("2020-06-15"), d("2025-06-15")) == 5);
    CHECK(OspCalculator::wholeYearsBetween(d("2020-06-15"), d("2025-06-14")) == 4);
    CHECK(OspCalculator::wholeYearsBetween(d("2020-06-15"), d("2020-06-14")) == -1);
    CHECK(OspCalculator::wholeYearsBetween(d("2020-06-15"), d("2020-06-15")) == 0);
}

TEST_CASE("osp: the base case adds up item by item", "[osp][dc]")
{
    const OspDcResult dc = dcOf(base());
    REQUIRE(dc.items);
    CHECK(dc.items->contactAdult == 5);
    CHECK(dc.items->contactChild == 0);
    CHECK(dc.items->nonContact == 0);
    CHECK(dc.items->ageAtFollowUp == 7);
    CHECK(dc.items->ageAtLastSexualOffence == 10);
    CHECK(dc.items->totalSanctions == 6);
    CHECK(dc.items->strangerVictim == 0);
    CHECK(dc.points == 28);
    CHECK(dc.ageAtFollowUpYears == 39);
    CHECK(dc.ageAtLastSexualOffenceYears == 38);
    CHECK(dc.band == OspBand::Medium);
    CHECK(dc.probabilityPercent == 1.54);
    CHECK(dc.bandReduced == false);
}

TEST_CASE("osp: image and indirect sanctions give no OSP/DC points", "[osp][dc]")
{
    OspInput in = base();
    in.imageIndirectSanctions = 2;
    in.totalSanctions = 5;
    CHECK(dcOf(in).points == 28);
}

TEST_CASE("osp: 64 points is the maximum, 83.12 %", "[osp][dc]")
{
    OspInput in = base();
    in.dateOfBirth = d("2000-01-01");
    in.followUpStart = d("2020-06-01"); // age 20 -> 14
    in.lastSexualOffenceDate = d("2019-01-01");
    in.mostRecentOffenceDate = d("2019-01-01");
    in.contactAdultSanctions = 3;
    in.contactChildSanctions = 3;
    in.nonContactSanctions = 3;
    in.totalSanctions = 9;
    in.strangerVictim = true;
    const OspDcResult dc = dcOf(in);
    CHECK(dc.points == 64);
    CHECK(dc.band == OspBand::VeryHigh);
    CHECK(dc.probabilityPercent == 83.12);
    CHECK(ospPercentText(dc.probabilityPercent) == QLatin1String("83.12"));
}

TEST_CASE("osp: a leap-day birthday counts on 1 March in common years", "[osp][dc][dates]")
{
    OspInput in = base();
    in.dateOfBirth = d("2000-02-29");
    in.lastSexualOffenceDate = d("2020-01-01");
    in.mostRecentOffenceDate = d("2020-01-01");
    in.followUpStart = d("2021-02-28"); // still 20
    CHECK(dcOf(in).items->ageAtFollowUp == 14);
    in.followUpStart = d("2021-03-01"); // 21
    CHECK(dcOf(in).items->ageAtFollowUp == 13);

    // 16th birthday on 1 March 2016 (a leap year: 29 Feb exists, so the birthday is 29 Feb).
    in.lastSexualOffenceDate = d("2016-02-28");
    CHECK(dcOf(in).items->ageAtLastSexualOffence == 0);
    in.lastSexualOffenceDate = d("2016-02-29");
    CHECK(dcOf(in).items->ageAtLastSexualOffence == 5);
    // 18th birthday in a common year: 28 Feb 2018 is still 17, 1 Mar 2018 is 18.
    in.lastSexualOffenceDate = d("2018-02-28");
    CHECK(dcOf(in).items->ageAtLastSexualOffence == 5);
    in.lastSexualOffenceDate = d("2018-03-01");
    CHECK(dcOf(in).items->ageAtLastSexualOffence == 10);
}

TEST_CASE("osp: age 59 at follow-up gives 1 point, 60 gives 0", "[osp][dc]")
{
    OspInput in = base();
    in.dateOfBirth = d("1950-03-10");
    in.lastSexualOffenceDate = d("2000-01-01");
    in.followUpStart = d("2010-03-09");
    CHECK(dcOf(in).items->ageAtFollowUp == 1);
    in.followUpStart = d("2010-03-10");
    CHECK(dcOf(in).items->ageAtFollowUp == 0);
}

TEST_CASE("osp: zero points give probability 0, band low, band_reduced null", "[osp][dc]")
{
    OspInput in = base();
    in.dateOfBirth = d("1940-01-01");
    in.followUpStart = d("2005-01-01");         // 65 -> 0
    in.lastSexualOffenceDate = d("1950-01-01"); // 10 -> 0
    in.mostRecentOffenceDate = std::nullopt;
    in.contactAdultSanctions = 0;
    in.imageIndirectSanctions = 1;
    in.totalSanctions = 1;
    in.assessmentDate = d("2026-01-01");
    const OspDcResult dc = dcOf(in);
    CHECK(dc.points == 0);
    CHECK(dc.band == OspBand::Low);
    CHECK(dc.probability == 0);
    CHECK(dc.probabilityPercent == 0);
    CHECK_FALSE(dc.bandReduced.has_value());
    CHECK(iicOf(in).band == OspBand::Medium);
}

TEST_CASE("osp: women and people without sexual history", "[osp][applicability]")
{
    SECTION("a woman with history: OSP/DC not applicable, OSP/IIC low 0")
    {
        OspInput in = base();
        in.sex = OspSex::Female;
        in.imageIndirectSanctions = 3;
        const OspOutcome o = OspCalculator::compute(in);
        REQUIRE(o.ok());
        CHECK(o.dc->band == OspBand::NotApplicable);
        CHECK_FALSE(o.dc->points.has_value());
        CHECK_FALSE(o.dc->items.has_value());
        CHECK_FALSE(o.dc->bandReduced.has_value());
        CHECK(o.dc->probabilityPercent == 0);
        CHECK(o.iic->band == OspBand::Low);
        CHECK(o.iic->probabilityPercent == 0);
    }
    SECTION("a woman with history needs no counts nor last-offence date")
    {
        OspInput in = base();
        in.sex = OspSex::Female;
        in.contactAdultSanctions.reset();
        in.contactChildSanctions.reset();
        in.imageIndirectSanctions.reset();
        in.nonContactSanctions.reset();
        in.lastSexualOffenceDate.reset();
        in.totalSanctions = 0;
        CHECK(errorsOf(in).empty());
    }
    SECTION("a man without history, counts 0: both not applicable")
    {
        OspInput in = base();
        in.sexualOffenceHistory = false;
        in.contactAdultSanctions = 0;
        const OspOutcome o = OspCalculator::compute(in);
        REQUIRE(o.ok());
        CHECK(o.dc->band == OspBand::NotApplicable);
        CHECK(o.iic->band == OspBand::NotApplicable);
        CHECK(o.iic->probabilityPercent == 0);
    }
    SECTION("a man without history, counts missing: both not applicable")
    {
        OspInput in = base();
        in.sexualOffenceHistory = false;
        in.contactAdultSanctions.reset();
        in.contactChildSanctions.reset();
        in.imageIndirectSanctions.reset();
        in.nonContactSanctions.reset();
        in.lastSexualOffenceDate.reset();
        CHECK(errorsOf(in).empty());
    }
    SECTION("a woman without history: both not applicable")
    {
        OspInput in = base();
        in.sex = OspSex::Female;
        in.sexualOffenceHistory = false;
        const OspOutcome o = OspCalculator::compute(in);
        REQUIRE(o.ok());
        CHECK(o.dc->band == OspBand::NotApplicable);
        CHECK(o.iic->band == OspBand::NotApplicable);
    }
}

TEST_CASE("osp: band reduction after five years in the community", "[osp][reduction]")
{
    SECTION("exactly five years from follow-up start, offences and last sexual offence: reduced")
    {
        OspInput in = base();
        in.assessmentDate = d("2025-01-01");
        const OspDcResult dc = dcOf(in);
        CHECK(dc.bandReduced == true);
        CHECK(dc.bandBeforeReduction == OspBand::Medium);
        CHECK(dc.band == OspBand::Low);
        CHECK(dc.points == 28);
        CHECK(dc.probabilityPercent == 1.54);
    }
    SECTION("one day short of five years from follow-up start: not reduced")
    {
        OspInput in = base();
        in.assessmentDate = d("2024-12-31");
        const OspDcResult dc = dcOf(in);
        CHECK(dc.bandReduced == false);
        CHECK(dc.band == OspBand::Medium);
    }
    SECTION("custody: never reduced; remand and community: reduced")
    {
        OspInput in = base();
        in.assessmentDate = d("2026-01-01");
        in.supervision = OspSupervision::Custody;
        CHECK(dcOf(in).bandReduced == false);
        CHECK(dcOf(in).band == OspBand::Medium);
        in.supervision = OspSupervision::Remand;
        CHECK(dcOf(in).bandReduced == true);
        in.supervision = OspSupervision::Community;
        CHECK(dcOf(in).bandReduced == true);
    }
    SECTION("the last sexual offence less than five years before: not reduced")
    {
        OspInput in = base();
        in.followUpStart = d("2019-01-01"); // 38 -> 8
        in.lastSexualOffenceDate = d("2020-03-01");
        in.mostRecentOffenceDate = std::nullopt;
        in.assessmentDate = d("2025-03-01");
        CHECK(dcOf(in).points == 29);
        CHECK(dcOf(in).bandReduced == true);
        in.assessmentDate = d("2025-02-28");
        CHECK(dcOf(in).bandReduced == false);
    }
    SECTION("the most recent offence less than five years before: not reduced; absent: ignored")
    {
        OspInput in = base();
        in.followUpStart = d("2019-01-01");
        in.lastSexualOffenceDate = d("2018-06-01");
        in.mostRecentOffenceDate = d("2020-03-01");
        in.assessmentDate = d("2025-03-01");
        CHECK(dcOf(in).bandReduced == true);
        in.assessmentDate = d("2025-02-28");
        CHECK(dcOf(in).bandReduced == false);
        in.mostRecentOffenceDate = std::nullopt;
        CHECK(dcOf(in).bandReduced == true);
    }
    SECTION("very high drops to high, high to medium")
    {
        OspInput in = base();
        in.assessmentDate = d("2026-01-01");
        in.contactAdultSanctions = 3;
        in.contactChildSanctions = 3;
        in.totalSanctions = 6;
        in.strangerVictim = true;
        OspDcResult dc = dcOf(in);
        CHECK(dc.points == 51);
        CHECK(dc.bandBeforeReduction == OspBand::VeryHigh);
        CHECK(dc.band == OspBand::High);
        CHECK(dc.probabilityPercent == 38.15);

        in.contactAdultSanctions = 1;
        in.contactChildSanctions = 1;
        in.strangerVictim = false;
        dc = dcOf(in);
        CHECK(dc.points == 31);
        CHECK(dc.bandBeforeReduction == OspBand::High);
        CHECK(dc.band == OspBand::Medium);
        CHECK(dc.probabilityPercent == 2.46);
    }
    SECTION("a low band is not reduced (band_reduced false)")
    {
        OspInput in = base();
        in.assessmentDate = d("2026-01-01");
        in.contactAdultSanctions = 0;
        in.nonContactSanctions = 1;
        in.totalSanctions = 1;
        const OspDcResult dc = dcOf(in);
        CHECK(dc.points == 19);
        CHECK(dc.band == OspBand::Low);
        CHECK(dc.bandReduced == false);
    }
}

TEST_CASE("osp: OSP/IIC, the first matching row of the table", "[osp][iic]")
{
    OspInput in = base();
    in.totalSanctions = 20;
    const auto with = [&](int adult, int child, int images, int nonContact) {
        OspInput x = in;
        x.contactAdultSanctions = adult;
        x.contactChildSanctions = child;
        x.imageIndirectSanctions = images;
        x.nonContactSanctions = nonContact;
        return iicOf(x);
    };
    OspIicResult r = with(0, 0, 2, 0);
    CHECK(r.band == OspBand::High);
    CHECK(r.probability == 0.10310);
    CHECK(r.probabilityPercent == 10.31);
    r = with(3, 3, 5, 3); // images first whatever else
    CHECK(r.row == OspIicRow::ImagesTwoOrMore);
    r = with(0, 0, 1, 0);
    CHECK(r.band == OspBand::Medium);
    CHECK(r.probabilityPercent == 3.33);
    r = with(1, 2, 1, 1);
    CHECK(r.row == OspIicRow::ImagesOne);
    r = with(0, 2, 0, 0);
    CHECK(r.band == OspBand::Low);
    CHECK(r.probabilityPercent == 0.93);
    r = with(0, 5, 0, 0);
    CHECK(r.row == OspIicRow::ChildTwoOrMore);
    r = with(1, 1, 0, 1);
    CHECK(r.row == OspIicRow::ChildOne);
    CHECK(r.band == OspBand::Low);
    CHECK(r.probabilityPercent == 0.63);
    r = with(1, 0, 0, 1);
    CHECK(r.row == OspIicRow::NonContactAndAdult);
    CHECK(r.probabilityPercent == 0.28);
    CHECK(r.band == OspBand::Low);
    r = with(1, 0, 0, 0); // contact-adult alone: 0 in the current version
    CHECK(r.row == OspIicRow::Otherwise);
    CHECK(r.probabilityPercent == 0);
    CHECK(r.band == OspBand::Low);
    r = with(0, 0, 0, 1); // non-contact alone: 0
    CHECK(r.row == OspIicRow::Otherwise);
    CHECK(r.probability == 0);
}

TEST_CASE("osp: validation, every input missing", "[osp][validation]")
{
    CHECK(errorsOf(OspInput{}) == Codes{
                                      "missing_input:sex",
                                      "missing_input:supervision",
                                      "missing_input:sexual_offence_history",
                                      "missing_input:date_of_birth",
                                      "missing_input:follow_up_start",
                                      "missing_input:total_sanctions",
                                      "missing_input:assessment_date",
                                      "missing_input:contact_adult_sanctions",
                                      "missing_input:contact_child_sanctions",
                                      "missing_input:image_indirect_sanctions",
                                      "missing_input:non_contact_sanctions",
                                  });
    CHECK_FALSE(OspCalculator::compute(OspInput{}).dc.has_value());
    CHECK_FALSE(OspCalculator::compute(OspInput{}).iic.has_value());
}

TEST_CASE("osp: validation, one code at a time", "[osp][validation]")
{
    OspInput in = base();
    SECTION("assessment date required, never defaulted")
    {
        in.assessmentDate.reset();
        CHECK(errorsOf(in) == Codes{"missing_input:assessment_date"});
    }
    SECTION("a count missing")
    {
        in.nonContactSanctions.reset();
        CHECK(errorsOf(in) == Codes{"missing_input:non_contact_sanctions"});
    }
    SECTION("total sanctions 1 and 999 are in range, 0 and 1000 are not")
    {
        in.totalSanctions = 1;
        CHECK(errorsOf(in).empty());
        in.totalSanctions = 999;
        CHECK(errorsOf(in).empty());
        in.totalSanctions = 1000;
        CHECK(errorsOf(in) == Codes{"total_sanctions_out_of_range:total_sanctions"});
        in.totalSanctions = 0;
        CHECK(errorsOf(in) ==
              Codes{"total_sanctions_out_of_range:total_sanctions", "sexual_sanctions_exceed_total:null"});
        in.totalSanctions = -1;
        CHECK(errorsOf(in).front() == "total_sanctions_out_of_range:total_sanctions");
    }
    SECTION("all four counts zero")
    {
        in.contactAdultSanctions = 0;
        CHECK(errorsOf(in) == Codes{"no_sexual_sanctions:null"});
    }
    SECTION("the counts' sum above the total; equal is fine")
    {
        in.contactAdultSanctions = 2;
        in.imageIndirectSanctions = 1;
        in.totalSanctions = 3;
        CHECK(errorsOf(in).empty());
        in.totalSanctions = 2;
        CHECK(errorsOf(in) == Codes{"sexual_sanctions_exceed_total:null"});
    }
    SECTION("last sexual offence: missing, on or before birth")
    {
        in.lastSexualOffenceDate.reset();
        CHECK(errorsOf(in) == Codes{"missing_input:last_sexual_offence_date"});
        in.lastSexualOffenceDate = in.dateOfBirth;
        CHECK(errorsOf(in) == Codes{"last_sexual_offence_before_birth:last_sexual_offence_date"});
        in.lastSexualOffenceDate = d("1970-01-01");
        CHECK(errorsOf(in) == Codes{"last_sexual_offence_before_birth:last_sexual_offence_date"});
        in.lastSexualOffenceDate = d("1980-06-16");
        CHECK(errorsOf(in).empty());
    }
    SECTION("ages of 110 and more are out of range, 109 is not")
    {
        in.dateOfBirth = d("1900-01-01");
        in.lastSexualOffenceDate = d("2009-12-31");
        in.followUpStart = d("2009-12-31");
        in.assessmentDate = d("2010-06-01");
        CHECK(errorsOf(in).empty());
        in.lastSexualOffenceDate = d("2010-01-01");
        CHECK(errorsOf(in) == Codes{"last_sexual_offence_out_of_range:last_sexual_offence_date"});
        in.lastSexualOffenceDate = d("2009-12-31");
        in.followUpStart = d("2010-01-01");
        CHECK(errorsOf(in) == Codes{"follow_up_out_of_range:follow_up_start"});
    }
    SECTION("follow-up start on or before birth is a clear error")
    {
        in.followUpStart = in.dateOfBirth;
        CHECK(errorsOf(in) == Codes{"follow_up_before_birth:follow_up_start"});
        in.followUpStart = d("1979-01-01");
        CHECK(errorsOf(in) == Codes{"follow_up_before_birth:follow_up_start"});
    }
    SECTION("counts without a sexual history")
    {
        in.sexualOffenceHistory = false;
        CHECK(errorsOf(in) == Codes{"inconsistent_input:null"});
        in.contactAdultSanctions = 0;
        in.nonContactSanctions = 1;
        CHECK(errorsOf(in) == Codes{"inconsistent_input:null"});
        in.sex = OspSex::Female; // the rule is for men only
        CHECK(errorsOf(in).empty());
    }
    SECTION("history missing: the male-with-history checks still run, and counts are inconsistent")
    {
        in.sexualOffenceHistory.reset();
        CHECK(errorsOf(in) == Codes{"missing_input:sexual_offence_history", "inconsistent_input:null"});
    }
    SECTION("sex missing and history true: the last-offence date is not asked for")
    {
        in.sex.reset();
        in.lastSexualOffenceDate.reset();
        CHECK(errorsOf(in) == Codes{"missing_input:sex"});
    }
}

TEST_CASE("osp: validation reports every error, in the spec's order", "[osp][validation]")
{
    OspInput in = base();
    in.supervision.reset();
    in.totalSanctions = 0;
    in.contactChildSanctions.reset();
    in.lastSexualOffenceDate = d("1970-01-01");
    in.followUpStart = d("1979-01-01");
    CHECK(errorsOf(in) == Codes{
                              "missing_input:supervision",
                              "missing_input:contact_child_sanctions",
                              "total_sanctions_out_of_range:total_sanctions",
                              "sexual_sanctions_exceed_total:null",
                              "last_sexual_offence_before_birth:last_sexual_offence_date",
                              "follow_up_before_birth:follow_up_start",
                          });
}
