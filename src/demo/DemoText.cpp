#include "DemoText.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace somdesk {

namespace {

constexpr int poolCount = static_cast<int>(DemoPool::AliasStyle) + 1;

QStringList raw(DemoPool which)
{
    switch (which) {
    case DemoPool::StaffGiven:
        return {u"Alex"_s,  u"Sam"_s,    u"Jordan"_s, u"Casey"_s,   u"Robin"_s,   u"Morgan"_s, u"Riley"_s,
                u"Jamie"_s, u"Taylor"_s, u"Drew"_s,   u"Frankie"_s, u"Charlie"_s, u"Avery"_s,  u"Quinn"_s,
                u"Rowan"_s, u"Sasha"_s,  u"Kit"_s,    u"Jules"_s,   u"Remy"_s,    u"Ellis"_s};
    case DemoPool::StaffFamily:
        return {u"Demoson"_s,   u"Testwell"_s,   u"Sampleby"_s,  u"Fictor"_s,     u"Mockridge"_s,
                u"Placeholt"_s, u"Exampleton"_s, u"Stubworth"_s, u"Fixtureson"_s, u"Pseudley"_s,
                u"Synthwick"_s, u"Trialford"_s,  u"Dryrunner"_s, u"Mockford"_s,   u"Draftley"_s,
                u"Loremby"_s,   u"Ipsumson"_s,   u"Madeupson"_s, u"Notrealton"_s, u"Specimore"_s};
    case DemoPool::MaleGiven:
        return {u"Adam"_s,  u"Barry"_s, u"Carl"_s,   u"Dean"_s,   u"Eric"_s,   u"Frank"_s, u"Gary"_s,  u"Harold"_s,
                u"Ian"_s,   u"Jason"_s, u"Keith"_s,  u"Leon"_s,   u"Martin"_s, u"Neil"_s,  u"Owen"_s,  u"Paul"_s,
                u"Rory"_s,  u"Simon"_s, u"Trevor"_s, u"Victor"_s, u"Wayne"_s,  u"Colin"_s, u"Derek"_s, u"Graham"_s,
                u"Kevin"_s, u"Lewis"_s, u"Mark"_s,   u"Nathan"_s, u"Ross"_s,   u"Stuart"_s};
    case DemoPool::FemaleGiven:
        return {u"Anne"_s,  u"Beth"_s, u"Claire"_s, u"Donna"_s, u"Emma"_s,
                u"Fiona"_s, u"Gail"_s, u"Helen"_s,  u"Julie"_s, u"Karen"_s};
    case DemoPool::NominalFamily:
        return {u"Nullingham"_s, u"Voidley"_s,     u"Phantomby"_s,  u"Hypothet"_s,  u"Figmenton"_s,   u"Spoofield"_s,
                u"Imitson"_s,    u"Fabricott"_s,   u"Simulby"_s,    u"Proxley"_s,   u"Stagewell"_s,   u"Dummerton"_s,
                u"Likenby"_s,    u"Guesswell"_s,   u"Puppetson"_s,  u"Mirageley"_s, u"Fauxley"_s,     u"Shamwell"_s,
                u"Bogusford"_s,  u"Counterfitt"_s, u"Mockworthy"_s, u"Pretendle"_s, u"Makebelieve"_s, u"Artifson"_s,
                u"Replicon"_s,   u"Dupliss"_s,     u"Fictley"_s,    u"Paperby"_s,   u"Modelton"_s,    u"Inventsby"_s,
                u"Demoson"_s,    u"Testwell"_s,    u"Sampleby"_s,   u"Fictor"_s,    u"Mockridge"_s};
    case DemoPool::Streets:
        return {u"Example Street"_s,  u"Sample Road"_s,   u"Placeholder Lane"_s, u"Fixture Close"_s,
                u"Mock Avenue"_s,     u"Test Crescent"_s, u"Demo Terrace"_s,     u"Stub Way"_s,
                u"Prototype Drive"_s, u"Dummy Row"_s,     u"Specimen Gardens"_s, u"Template Court"_s};
    case DemoPool::NoteOpen:
        return {u"Home visit completed."_s,
                u"Unannounced home visit."_s,
                u"Telephone contact made."_s,
                u"Office appointment attended."_s,
                u"Attempted home visit; no reply, calling card left and seen later the same day."_s,
                u"Routine contact."_s,
                u"Joint visit with the offender manager from probation."_s,
                u"Follow-up call after the last visit."_s};
    case DemoPool::NoteBody:
        return {u"{He} reports {his} routine is unchanged: work at the Sample Logistics depot on weekdays, "
                u"evenings at home."_s,
                u"{He} says {he} has started a weekly woodwork class at the Demotown community centre; details "
                u"to be verified with the organiser."_s,
                u"Discussed {his} use of the internet; {he} showed the notified smartphone and tablet without "
                u"prompting."_s,
                u"{He} states {he} is no longer in contact with the friend mentioned at the last visit."_s,
                u"Partner present during the visit; no children in the household and none visiting according "
                u"to both."_s,
                u"Rent arrears mentioned; signposted to the housing officer."_s,
                u"{He} has a new part-time job at Fictional Foods; employer disclosure to be discussed with "
                u"the sergeant."_s,
                u"Property tidy; spare bedroom used for storage only."_s,
                u"{He} reported a new vehicle, a blue hatchback; registration checked against the notified "
                u"details."_s,
                u"{He} engaged well and answered questions about {his} week in detail."_s,
                u"{He} was guarded when asked about weekends and could not say where {he} had been on "
                u"Saturday; to be followed up."_s,
                u"{He} described a GP appointment for a back problem; appointment letter seen."_s,
                u"Licence conditions reiterated; {he} confirmed {he} understands the exclusion zone around "
                u"Testbury Park."_s,
                u"{He} has been volunteering at a charity shop; hours and supervision arrangements to be "
                u"confirmed."_s,
                u"No change in circumstances reported."_s,
                u"{His} sister now visits twice a week and helps with shopping."_s,
                u"{He} plans a trip to see family in Exampleby next month; travel notification explained."_s,
                u"{He} has joined a walking group that meets on Sunday mornings; organiser's details taken."_s};
    case DemoPool::NoteClose:
        return {u"Next visit planned in line with the risk management plan."_s,
                u"Will verify with the employer before the next contact."_s,
                u"Nothing further of note."_s,
                u"Checked against local systems: no new information."_s,
                u"Sergeant to be updated at the next supervision."_s,
                u"Claims to be checked at the next unannounced visit."_s};
    case DemoPool::CustodyNote:
        return {u"Prison liaison: {he} remains at HMP Exampleton; behaviour reported as settled."_s,
                u"Prison offender manager reports {he} is engaging with the accredited programme."_s,
                u"Sentence plan review attended by video link; notification requirements restated."_s,
                u"Prison intelligence: {he} has been receiving letters from an unknown sender; copies "
                u"requested."_s,
                u"Contact with the prison's public protection unit: no change in circumstances."_s,
                u"Prison security department reports no adjudications this quarter."_s};
    case DemoPool::Intelligence:
        return {u"Intelligence from the neighbourhood team: {he} was seen at the Demotown retail park on a "
                u"weekday afternoon with an unknown adult male."_s,
                u"ANPR shows the notified vehicle in Sampleford on three evenings this month; no reason given "
                u"so far."_s,
                u"Housing officer reports a new lodger at the address; identity not yet known."_s,
                u"Community source states {he} has been using a second mobile phone."_s,
                u"Social care enquiry: {he} is named as a contact of a family supported by children's "
                u"services."_s,
                u"Partner agency reports {he} missed two appointments with the substance misuse service."_s,
                u"Anonymous report alleges {he} has been visiting a public swimming pool; unverified."_s,
                u"Neighbour complaint about noise at the address; no safeguarding content."_s,
                u"Employer reports {he} has asked to change to weekend shifts."_s};
    case DemoPool::IntelligenceClose:
        return {u"Graded B2; to be developed."_s, u"Passed to the owning officer for review."_s,
                u"Research completed: nothing further held."_s,
                u"Reliability unknown; to be verified at the next visit."_s};
    case DemoPool::Concern:
        return {u"Concern: {he} has been seen near the gates of Testbury Primary School at home time on two "
                u"occasions."_s,
                u"Concern: {he} failed to notify a new relationship with a woman who has two children under "
                u"ten."_s,
                u"Concern: {he} said {he} feels isolated since losing {his} job and can't cope with being alone "
                u"in the flat."_s,
                u"Concern: internet history on the notified laptop was cleared on the day of the visit."_s,
                u"Concern: {he} was found to be staying at an unnotified address in Mockhampton."_s,
                u"Concern: {he} has begun drinking heavily and was hostile when asked about {his} weekends."_s,
                u"Concern: {he} admitted using a chat application not declared among {his} devices."_s,
                u"Concern: {he} told the hostel keyworker {he} is feeling isolated and vulnerable after a "
                u"family bereavement."_s,
                u"Concern: {he} was seen taking photographs near the Demotown leisure centre pool."_s};
    case DemoPool::CustodyConcern:
        return {u"Concern: prison intelligence indicates {he} has asked other prisoners about a former victim's "
                u"new address."_s,
                u"Concern: letters intercepted by the prison contain sexualised references to children."_s,
                u"Concern: {he} told the prison offender manager {he} feels isolated and can't cope on the "
                u"wing."_s,
                u"Concern: {he} was found with an unauthorised mobile phone in {his} cell."_s};
    case DemoPool::Disclosure:
        return {u"Disclosure: during the visit {he} disclosed thoughts of harming a former partner."_s,
                u"Disclosure: {he} disclosed urges {he} finds hard to manage when alone in the evenings."_s,
                u"Disclosure: {he} said {he} might reoffend if {he} loses {his} accommodation."_s,
                u"Disclosure: {he} disclosed sexual fantasies involving a neighbour's teenage daughter."_s,
                u"Disclosure: {he} told the probation officer {he} feels isolated and that nobody checks on "
                u"{him}."_s,
                u"Disclosure: {he} disclosed a friendship with a 15-year-old met through an online game."_s,
                u"Disclosure: {he} disclosed drinking again and struggling to sleep."_s};
    case DemoPool::ConcernAction:
        return {u"Re-evaluation of risk requested; sergeant informed the same day."_s,
                u"Escalation triggers in the risk management plan reviewed; emergency meeting considered."_s,
                u"Information shared with probation and children's services."_s,
                u"Unannounced visit arranged for this week; devices to be examined."_s,
                u"Inspector informed; re-evaluation requested."_s};
    case DemoPool::TriggerNote:
        return {u"Home visit: {he} said {he} feels isolated since {his} brother moved away; {he} denied any "
                u"contact with children."_s,
                u"Telephone call: {he} said {he} can't cope with the new hostel rules and may leave."_s,
                u"Office appointment: {he} mentioned urges to go back to the park where {he} used to walk; "
                u"explored and recorded for the sergeant."_s,
                u"Visit: {he} described feeling vulnerable since the tenancy ended."_s,
                u"Home visit: {he} said {he} has been feeling isolated at weekends."_s};
    case DemoPool::OversightBody:
        return {u"Agree with the officer's assessment and actions."_s,
                u"The officer explored the claims made and verified them with a third party."_s,
                u"Good professional curiosity: the account was checked rather than just recorded."_s,
                u"Actions are proportionate; the plan remains fit for purpose."_s};
    case DemoPool::OversightAction:
        return {u"Review at the next supervision."_s, u"Unannounced visit to be completed within seven days."_s,
                u"Plan escalation triggers to be updated."_s, u"Ensure partner agencies are informed."_s};
    case DemoPool::OversightDisagree:
        return {u"I disagree with keeping the current risk level; referred to the inspector and the MAPPA "
                u"coordinator."_s,
                u"Probation's view differs from ours on escalation; escalated to the inspector and the MAPPA "
                u"coordinator for a decision."_s};
    case DemoPool::ReviewRationale:
        return {u"Whole offending history, pattern and current intelligence reviewed; the concern indicates "
                u"escalating risk."_s,
                u"Behaviour matches the pattern seen before the index offence."_s,
                u"Known triggers present: isolation and loss of accommodation."_s,
                u"Pattern not repeated; protective factors remain in place, but the concern needs a formal "
                u"review."_s};
    case DemoPool::ApproveReason:
        return {u"Agreed on the evidence; plan and visit frequency to be reviewed."_s,
                u"Approved: risk has increased; MAPPA coordinator to be consulted."_s,
                u"Approved after reviewing the chronology and partner information."_s};
    case DemoPool::RejectReason:
        return {u"Not supported: the concern was explained and verified; risk level unchanged."_s,
                u"Rejected: single incident, protective factors strong; continue to monitor."_s,
                u"Not supported on current information; revisit if further intelligence is received."_s};
    case DemoPool::ReferralNotReferred:
        return {u"Risk can be managed at level 1 with the revised plan and more frequent visits."_s,
                u"Considered with the MAPPA coordinator; single-agency management is sufficient."_s};
    case DemoPool::ReferralReferred:
        return {u"Referred to the MAPPA coordinator for multi-agency management."_s,
                u"Escalating risk needs multi-agency resources; referred."_s};
    case DemoPool::MoveReactive:
        return {u"Low risk for more than three years with no concerns or intelligence; moved to reactive "
                u"management."_s,
                u"Stable address and employment verified over three years; reactive management agreed."_s};
    case DemoPool::StayActive:
        return {u"Reviewed for reactive management: remains active while new employment is verified."_s,
                u"Remains active: recent change of address needs monitoring."_s,
                u"Remains active pending completion of the treatment programme."_s};
    case DemoPool::StayReactive:
        return {u"Intelligence reviewed; no increase in risk; remains reactive."_s,
                u"Annual review of reactive management: circumstances unchanged."_s};
    case DemoPool::ReturnActive:
        return {u"Returned to active management following new intelligence."_s};
    case DemoPool::IndefiniteContinue:
        return {u"Application considered: a risk of sexual harm remains; notification requirements "
                u"continue."_s};
    case DemoPool::IndefiniteDischarge:
        return {u"Application granted: notification requirements discharged."_s};
    case DemoPool::OutcomeHome:
        return {u"Seen at home; address confirmed as the main residence."_s,
                u"Seen with partner present; household composition unchanged."_s,
                u"No reply at first attempt; seen later the same day."_s, u"Seen at the address; engaged well."_s};
    case DemoPool::OutcomeOffice:
        return {u"Attended the office appointment on time."_s, u"Attended late; appointment completed."_s};
    case DemoPool::OutcomeOther:
        return {u"Seen at the approved premises."_s, u"Seen at the workplace with the employer's agreement."_s};
    case DemoPool::VerifiedHome:
        return {u"Devices checked: one notified smartphone, no unnotified devices found."_s,
                u"Employment verified by phone with the line manager at Sample Logistics."_s,
                u"Bedrooms checked: no evidence of children staying."_s,
                u"Bank card seen and matched to the notified account."_s,
                u"Vehicle registration checked against the notified details."_s,
                u"Claimed hobby (angling club) verified with the club secretary."_s,
                u"Internet history reviewed with consent; nothing of concern."_s,
                u"Tenancy agreement seen; sole occupant."_s,
                u"Claimed college course verified with the admissions office."_s};
    case DemoPool::VerifiedOther:
        return {u"Identity confirmed; new claims to be checked at the next home visit."_s,
                u"Travel plans checked against the notification."_s};
    case DemoPool::RiskNoteAbsent:
        return {u"No evidence at this assessment."_s, u"Not indicated by history or current information."_s};
    case DemoPool::RiskNotePartly:
        return {u"Some indicators; monitored through the plan."_s, u"Historic pattern, less evident now."_s};
    case DemoPool::RiskNotePresent:
        return {u"Clearly evident; addressed in the plan."_s, u"Present and linked to the index offence."_s};
    case DemoPool::ProtectiveNoteAbsent:
        return {u"Not established."_s, u"No evidence found at this assessment."_s};
    case DemoPool::ProtectiveNotePartly:
        return {u"Developing; needs support."_s, u"Claimed; partly verified."_s};
    case DemoPool::ProtectiveNotePresent:
        return {u"Established and verified."_s, u"Consistent over the last year and verified."_s};
    case DemoPool::ArmsFocus:
        return {u"work focuses on employment and accommodation stability"_s,
                u"work focuses on device monitoring and relationships"_s,
                u"work focuses on social isolation and routine"_s,
                u"work focuses on alcohol use and self-management"_s};
    case DemoPool::PlanTriggers:
        return {u"Any disclosure of sexual thoughts, urges or fantasies; loss of accommodation or employment; "
                u"contact with children; a missed notification. Any of these: call an emergency MAPPA "
                u"meeting."_s,
                u"New relationship with a person who has children; unexplained absence from the address; "
                u"increased drinking. Any of these: inform the sergeant the same day and consider an "
                u"emergency MAPPA meeting."_s};
    case DemoPool::PlanSummary:
        return {u"Home visits as set, at least half unannounced; devices checked at each home visit; liaison "
                u"with probation."_s,
                u"Home visits as set; employer and housing checks each quarter."_s,
                u"Home visits as set; partner agency updates monthly."_s};
    case DemoPool::TransferReason:
        return {u"caseload rebalancing"_s, u"change of address into the area"_s, u"officer moved team"_s,
                u"officer left the unit"_s};
    case DemoPool::DipNotCompliant:
        return {u"Completed late."_s, u"Not recorded on the file."_s, u"Claims recorded but not verified."_s,
                u"Plan out of date."_s};
    case DemoPool::AliasStyle:
        return {u"Known as"_s};
    }
    return {};
}

QString toFemale(QString text)
{
    text.replace(u"{he}"_s, u"she"_s);
    text.replace(u"{He}"_s, u"She"_s);
    text.replace(u"{his}"_s, u"her"_s);
    text.replace(u"{His}"_s, u"Her"_s);
    text.replace(u"{him}"_s, u"her"_s);
    return text;
}

QString toMale(QString text)
{
    text.replace(u"{he}"_s, u"he"_s);
    text.replace(u"{He}"_s, u"He"_s);
    text.replace(u"{his}"_s, u"his"_s);
    text.replace(u"{His}"_s, u"His"_s);
    text.replace(u"{him}"_s, u"him"_s);
    return text;
}

struct Pools {
    std::array<QStringList, poolCount> male;
    std::array<QStringList, poolCount> female;

    Pools()
    {
        for (int i = 0; i < poolCount; ++i) {
            for (const QString& text : raw(static_cast<DemoPool>(i))) {
                male[static_cast<size_t>(i)].append(toMale(text));
                female[static_cast<size_t>(i)].append(toFemale(text));
            }
        }
    }
};

const Pools& pools()
{
    static const Pools p;
    return p;
}

} // namespace

const QStringList& DemoText::pool(DemoPool which, bool isFemale)
{
    const auto index = static_cast<size_t>(which);
    return isFemale ? pools().female[index] : pools().male[index];
}

QString DemoText::areaName(int area)
{
    static const QStringList names{u"North Area"_s,   u"South Area"_s,   u"East Area"_s,   u"West Area"_s,
                                   u"Central Area"_s, u"Coastal Area"_s, u"Valley Area"_s, u"City Area"_s};
    if (area < names.size()) {
        return names[area];
    }
    return u"Area %1"_s.arg(area + 1);
}

QString DemoText::town(int area, int index)
{
    static const QStringList towns{u"Demotown"_s,   u"Sampleford"_s,  u"Testbury"_s,  u"Mockhampton"_s,
                                   u"Exampleby"_s,  u"Fictonville"_s, u"Stubwick"_s,  u"Placeholm"_s,
                                   u"Dummington"_s, u"Protoport"_s,   u"Mockley"_s,   u"Trialbridge"_s,
                                   u"Specton"_s,    u"Draftwell"_s,   u"Loremouth"_s, u"Ipsley"_s};
    // Two towns per area, so areas do not share towns until the list runs out.
    const qsizetype i = (static_cast<qsizetype>(area) * 2 + index % 2) % towns.size();
    return towns[i];
}

} // namespace somdesk
