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
        <source>What --screenshot pictures: &quot;record&quot; (the default), &quot;add-entry&quot; or &quot;search=WORDS&quot;.</source>
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
        <source>MAPPA level 2 consideration</source>
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
        <source>%1, %2</source>
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
        <source>Acknowledging entry %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 could not be acknowledged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 acknowledged.</source>
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
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override “%1” for %2.
The reason is kept in the audit trail. Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: required. The alert was not overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert overridden.</source>
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
</TS>
