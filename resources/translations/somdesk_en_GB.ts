<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Add a chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was said or seen, and what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the earlier entries this one follows up (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;disagree with the decision or assessment recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO DATA — every person and record here is fictitious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, reference, area, risk or alert (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only work I must do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an alert, or press Enter, to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the caseload and alerts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About somdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;a quoted phrase&quot; or a prefix* (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the names, aliases and chronologies of the records in your area. Double-click a result, or press Enter, to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to the chronology of the record shown (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you have read the selected entry, with your name, collar number and the time (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected alert of the record shown, giving the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words to find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit to the person of the record shown: when, what kind, and what it verified (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an A&amp;RMS assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a completed ARMS assessment of the person of the record shown, every factor rated (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a risk management &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new version of the risk management plan of the record shown: visit interval, escalation triggers and the person&apos;s own trigger phrases (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a MAPPA &amp;screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a MAPPA screening of the record shown: the date, the level decided and why (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a static ris&amp;k score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute and record OSP/DC and OSP/IIC for the record shown, or enter a score from another tool as written (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a MAPPA referral &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an inspector&apos;s decision on referring the person of the record shown to MAPPA level 2 or 3 (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;notification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a notification the person made: annual, change of name or address, other details, travel, weekly (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record c&amp;ustody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the person of the record shown is in custody (a sentence or a recall), with the expected release (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the release from the current custody of the person of the record shown (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a &amp;concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a concern on the record shown with a request to re-evaluate the risk, for an inspector to decide (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the &amp;transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge that the record shown was transferred to you and that you now manage it (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister a nominal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new nominal at the initial notification; a person already registered with the same name and date of birth is flagged first (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new version of the names, aliases, date of birth or address of the record shown, with the reason; the old values are kept (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the records until you enter your password again (Ctrl+L); it also locks itself after the policy&apos;s idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End your session and return to the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on dark backgrounds; every colour keeps its contrast (kept for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what clears the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offic&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer whose cases are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every officer&apos;s cases, or one officer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verride the selected alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the alert selected in My work, giving the reason (inspectors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominalView</name>
    <message>
        <source>Select a nominal in the caseload to see the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the entries, an entry id, an author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, day of the week, time, type, whether announced and what each visit verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In custody since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected release %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the community, released %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assessed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Changes are disabled: the database failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleCatalogue</name>
    <message>
        <source>ARMS after release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARMS for a new registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARMS review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk re-evaluation by an inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line-management oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA level 2/3 consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA screening after sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA screening before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger phrase review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for reactive management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indefinite notification review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits that verified nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan escalation trigger met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to somdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a somdesk database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casework for sex offender management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (creating it if needed) a database of fictitious demo data and sign in as one of its officers. Password: SOMDESK_PASSWORD, else &quot;demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the first case is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;light&quot; or &quot;dark&quot;; without it, each user&apos;s choice (View menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at the MAPPA meeting of 30 Aug 2016; the minutes are on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What --screenshot pictures: &quot;record&quot; (the default), &quot;add-entry&quot;, &quot;log-visit&quot;, &quot;record-arms&quot;, &quot;record-plan&quot;, &quot;record-screening&quot;, &quot;record-notification&quot;, &quot;record-custody&quot;, &quot;record-static-score&quot;, &quot;raise-concern&quot;, &quot;register-nominal&quot;, &quot;scores&quot;, &quot;search=WORDS&quot;, &quot;officer-filter&quot;, &quot;record-audit&quot; or &quot;override-alert&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: sign in as the first &quot;officer&quot; (the default), &quot;sergeant&quot; or &quot;inspector&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::AddEntryDialog</name>
    <message>
        <source>New entry in the chronology of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: required. Write what happened before adding the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::AlertsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::CaseloadModel</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the record pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::CaseworkDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::ChronologyModel</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not by the owner; seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::EditDetailsDialog</name>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the details of %1, by %2. The values now are kept in the record&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address as notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. change of address notified on 3 Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the details are as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: nothing changes. Change a field, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: required. Say why the details change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::Labels</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat %1 / Level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indefinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sergeant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of name or home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other details (bank, passport, household with a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly (no fixed abode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the person is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual offence history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact sanctions, adult victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact sanctions, child victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image or indirect-contact sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-contact sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the last sexual offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total sanctions must be 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with sexual offence history, at least one sexual sanction is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sexual sanctions add up to more than the total sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on or before the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at an age of 110 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual sanctions are given without sexual offence history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::LockScreen</name>
    <message>
        <source>somdesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::LogVisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnounced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visit verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims checked, and how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. employment confirmed with the employer by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 · Alerts as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a nominal in the caseload to see the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About somdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;somdesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Casework for the management of registered sex offenders: caseloads, chronologies and the alerts that make due work visible.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DEMO DATA]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nominal(s) in your caseload.</source>
        <translation>
            <numerusform>%n nominal in your caseload.</numerusform>
            <numerusform>%n nominals in your caseload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) open.</source>
        <translation>
            <numerusform>%n alert open.</numerusform>
            <numerusform>%n alerts open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nominal(s)</source>
        <translation>
            <numerusform>%n nominal</numerusform>
            <numerusform>%n nominals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due, %3 for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work (%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1. Changes are disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are disabled: the database failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 results for %2, newest first. Add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for %1.</source>
        <translation>
            <numerusform>%n result for %1.</numerusform>
            <numerusform>%n results for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not opened: no purpose given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1, outside your caseload: read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Acknowledge %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Acknowledge entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not acknowledge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is selected: acknowledge it with Ctrl+K once you have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for the %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry id %1 copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who consulted or changed %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit cannot be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit logged on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARMS assessment recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk management plan recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA screening recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static score recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA referral decision recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern raised on %1; the re-evaluation waits for an inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the details of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge that %1 was transferred to you on %2 and that you now manage the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of %1 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nominal cannot be registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Is %2, %3 a different person? Register only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert overridden on %1; it is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::NominalView</name>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first notified %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ch&amp;ronology (%n entries)</source>
        <translation>
            <numerusform>Ch&amp;ronology (%n entry)</numerusform>
            <numerusform>Ch&amp;ronology (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;lerts: none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A&amp;lerts (%n open)</source>
        <translation>
            <numerusform>A&amp;lerts (%n open)</numerusform>
            <numerusform>A&amp;lerts (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morgan Stubworthson (10000) on 30 Sep 2026 16:42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning officer&apos;s own entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts open on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ARMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is read when this tab is opened (the reading is itself audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed %n time(s), last on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lerts not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARMS assessments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA screenings and referral decisions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk management plan versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications made by the nominal, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody periods, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluations, management decisions, transfers and overrides, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the nominal&apos;s details, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static risk scores, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who consulted or changed this record, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected static score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No static score is recorded. Case → Record a static risk score… computes OSP/DC and OSP/IIC, or enters a score from another tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1. This reading is recorded as well; it is listed the next time the trail is read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::OverrideAlertDialog</name>
    <message>
        <source>No due date (for information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue by %n day(s)</source>
        <translation>
            <numerusform>%1, overdue by %n day</numerusform>
            <numerusform>%1, overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Override an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override by %1. The alert is then no longer listed; the override and its reason are kept with the record and in the audit trail, and reports count the alert as overridden, not as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the alert is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this alert needs no action: what was done instead, who decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: required. Say why the alert needs no action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::PurposeDialog</name>
    <message>
        <source>Why are you opening %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your caseload. Opening it is recorded in the audit trail with the purpose you give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for, e.g. the incident or colleague (required for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: say what the record is opened for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RaiseConcernDialog</name>
    <message>
        <source>Raise a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern about %1, raised by %2, with a request to re-evaluate the risk (now %3). An inspector decides on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, who reported it, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the risk should be this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk is &amp;escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern: required. Write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: required. Say why the risk should change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordArmsDialog</name>
    <message>
        <source>Record an ARMS assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARMS assessment of %1, by %2. Rate every factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not rated (rate every factor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordCustodyDialog</name>
    <message>
        <source>Record custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in custody (a sentence or a recall), recorded by %2. The custody rules (MAPPA screenings) apply from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date custody began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected release: before the custody began</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordNotificationDialog</name>
    <message>
        <source>Record a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification made by %1, recorded by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next annual notification is due a year from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not change when the next annual notification is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordPlanDialog</name>
    <message>
        <source>Record a risk management plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the risk management plan of %1, by %2. It replaces the version of %3, whose values it starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First risk management plan of %1, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the plan takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit interval in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(otherwise the interval for the risk level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. loss of accommodation; contact with the victim&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalation triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line, e.g. “new partner with children”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger phrases, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry that contains one of these phrases asks an inspector to decide on a MAPPA referral. Case, spacing and typographic apostrophes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger &amp;phrases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger phrases: “%1” is given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordReferralDialog</name>
    <message>
        <source>Record a MAPPA referral decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on referring %1 to MAPPA level 2 or 3, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 (multi-agency public protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 (senior management oversight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons for the decision, as they will be read in a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: required, whichever the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordReleaseDialog</name>
    <message>
        <source>Record a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release of %1 from the custody that began on %2, recorded by %3. An ARMS assessment is then due after release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Released on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordScreeningDialog</name>
    <message>
        <source>Record a MAPPA screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA screening of %1, recorded by %2. The level it decides becomes the record&apos;s MAPPA level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA level decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this level: the risk, the agencies involved, the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: required. Say why the screening decided this level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RecordStaticScoreDialog</name>
    <message>
        <source>Record a static risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static risk score of %1, recorded by %2. A score is never edited: a new one is a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSP/DC and OSP/IIC, computed from the conviction history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score from another tool, entered as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sexual offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth, from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sexual offending history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual offence &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of follow-up: community sentence or release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of &amp;follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the person is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total sanctions, all offences including the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total sanctions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sexual sanctions against adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact, &amp;adult victims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sexual sanctions against children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact, &amp;child victims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indecent images and indirect-contact sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images or indirect contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other non-contact sexual sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;on-contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last sexual offence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last sexual offence sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent offence (&amp;any):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the most recent offence of any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current offence against a stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stranger victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RM2000/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the source, e.g. High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the score comes from: the report, its author and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be scored yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs cannot be scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required for a score entered from another tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool: %1 is computed here; choose it under Score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: required. Say which report the score comes from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::RegisterNominalDialog</name>
    <message>
        <source>Register a nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new registration in %1 at the initial notification. A person already registered with the same name and date of birth is flagged before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address as notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date first notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;notified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under 18 when notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;custody since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: larger than 1 MB; choose a smaller picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: not a PNG or JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: there is no officer you may register a case for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First notified: before the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected release: before the custody began</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::SearchResultsModel</name>
    <message>
        <source>(outside your caseload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::UserDirectory</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::UserGuideWindow</name>
    <message>
        <source>somdesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::VisitsModel</name>
    <message>
        <source>Nothing verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>somdesk::recordTables</name>
    <message>
        <source>present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluation to %1 (entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indefinite notification review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
