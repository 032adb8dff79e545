#pragma once

// OSP/DC and OSP/IIC, the static sexual-reoffending predictors (static-scores.md, normative),
// computed as the Ministry of Justice's reference service computes them. A pure function of
// its input: no clock (the assessment date is an input, never "today"), no database, so a
// stored score can always be recomputed and explained item by item.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace somdesk {

enum class OspSex { Male, Female };
enum class OspSupervision { Custody, Community, Remand };
enum class OspBand { NotApplicable, Low, Medium, High, VeryHigh };

QString toString(OspSex s);
QString toString(OspSupervision s);
QString toString(OspBand b);        // low, medium, high, very_high, not_applicable
QString bandInWords(OspBand b);     // Low, Medium, High, Very high, Not applicable
std::optional<OspSex> ospSexFromString(const QString& s);
std::optional<OspSupervision> ospSupervisionFromString(const QString& s);
std::optional<OspBand> ospBandFromString(const QString& s);

// One assessment's inputs. Every field is optional so that a missing input is reported by
// validation (missing_input) rather than guessed.
struct OspInput {
    std::optional<OspSex> sex;
    std::optional<bool> sexualOffenceHistory;
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> assessmentDate;
    std::optional<QDate> followUpStart;
    std::optional<int> totalSanctions;
    std::optional<int> contactAdultSanctions;
    std::optional<int> contactChildSanctions;
    std::optional<int> imageIndirectSanctions;
    std::optional<int> nonContactSanctions;
    std::optional<QDate> lastSexualOffenceDate;
    std::optional<bool> strangerVictim;
    std::optional<OspSupervision> supervision;
    std::optional<QDate> mostRecentOffenceDate;

    bool operator==(const OspInput&) const = default;
};

// A validation error: the spec's code, and the input it is about (empty for the codes whose
// field is null: no_sexual_sanctions, sexual_sanctions_exceed_total, inconsistent_input).
struct OspValidationError {
    QString code;
    QString field;

    bool operator==(const OspValidationError&) const = default;
};

// The points of each of the seven OSP/DC items, with the facts that gave them.
struct OspDcItems {
    int contactAdult = 0;
    int contactChild = 0;
    int nonContact = 0;
    int ageAtFollowUp = 0;
    int ageAtLastSexualOffence = 0;
    int totalSanctions = 0;
    int strangerVictim = 0;

    int sum() const
    {
        return contactAdult + contactChild + nonContact + ageAtFollowUp + ageAtLastSexualOffence + totalSanctions +
               strangerVictim;
    }
    bool operator==(const OspDcItems&) const = default;
};

struct OspDcResult {
    OspBand band = OspBand::NotApplicable; // after any band reduction
    std::optional<int> points;             // null when not applicable
    std::optional<OspDcItems> items;       // null when not applicable
    double probability = 0;                // the logistic value in double precision
    double probabilityPercent = 0;         // rounded half-up to 2 decimals
    std::optional<bool> bandReduced;       // null when not applicable or points are 0
    OspBand bandBeforeReduction = OspBand::NotApplicable;
    // Explanation facts (set when applicable).
    std::optional<int> ageAtFollowUpYears;
    std::optional<int> ageAtLastSexualOffenceYears;
};

// Which row of the OSP/IIC table matched (for the explanation).
enum class OspIicRow {
    NotApplicable,   // no sexual history
    Female,          // female with history: low, 0
    ImagesTwoOrMore, // image/indirect >= 2
    ImagesOne,       // image/indirect = 1
    ChildTwoOrMore,  // contact-child >= 2
    ChildOne,        // contact-child = 1
    NonContactAndAdult,
    Otherwise,
};

struct OspIicResult {
    OspBand band = OspBand::NotApplicable;
    double probability = 0;
    double probabilityPercent = 0;
    OspIicRow row = OspIicRow::NotApplicable;
};

struct OspOutcome {
    std::optional<OspDcResult> dc;   // null when there are errors
    std::optional<OspIicResult> iic; // null when there are errors
    QList<OspValidationError> errors;

    bool ok() const { return errors.isEmpty(); }
};

class OspCalculator {
public:
    // The tool name and the version recorded with every score this code computes. The version
    // names the reference service's behaviour we follow (August 2026: OSP/DC and OSP/IIC, 2024
    // revisions, OSP/IIC's current last row); a change of any number or rule gets a new one.
    static QString toolName();
    static QString version();

    static OspOutcome compute(const OspInput& input);
    static QList<OspValidationError> validate(const OspInput& input);

    // Completed anniversaries from `from` to `to` (negative when `to` is earlier): the age goes
    // up on the birthday, a 29 February anniversary falls on 1 March in common years.
    static int wholeYearsBetween(QDate from, QDate to);

    // Half-up to 2 decimals of the exact binary value of a double (no intermediate decimal).
    static double roundHalfUp2(double value);

    static double dcProbability(int points);
    static OspBand dcBand(int points);

    // Item points, one function per row of the spec's OSP/DC table.
    static int contactAdultPoints(int sanctions);
    static int contactChildPoints(int sanctions);
    static int nonContactPoints(int sanctions);
    static int ageAtFollowUpPoints(int age);
    static int ageAtLastSexualOffencePoints(std::optional<int> age);
    static int totalSanctionsPoints(int sanctions);
    static int strangerVictimPoints(std::optional<bool> stranger);
};

} // namespace somdesk
