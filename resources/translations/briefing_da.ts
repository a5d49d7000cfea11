<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BriefDefaultsPage</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="58"/>
        <source>Same as the interface</source>
        <translation>Som brugerfladen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="59"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="60"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="63"/>
        <source>One marking per line</source>
        <translation>Én markering pr. linje</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="67"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="68"/>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="69"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="70"/>
        <source>Brief language</source>
        <translation>Notatets sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="72"/>
        <source>Classification markings (the first is the default)</source>
        <translation>Klassifikationsmarkeringer (den første er standard)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="74"/>
        <source>Mark data as possibly outdated after</source>
        <translation>Markér data som muligvis forældede efter</translation>
    </message>
</context>
<context>
    <name>BriefExports</name>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="49"/>
        <source>all countries</source>
        <translation>alle lande</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="53"/>
        <source>Brief</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="60"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="60"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="73"/>
        <source>Making the brief…</source>
        <translation>Laver notatet…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="73"/>
        <location filename="../../desktop/windows/brief_exports.py" line="232"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="88"/>
        <location filename="../../desktop/windows/brief_exports.py" line="102"/>
        <location filename="../../desktop/windows/brief_exports.py" line="121"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="94"/>
        <location filename="../../desktop/windows/brief_exports.py" line="128"/>
        <location filename="../../desktop/windows/brief_exports.py" line="200"/>
        <source>Exported %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="108"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksporten er annulleret; intet er skrevet.</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="147"/>
        <source>1 text printed untranslated, marked with its language (View → Missing translations).</source>
        <translation>1 tekst trykt uoversat, mærket med sit sprog (Vis → Manglende oversættelser).</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="152"/>
        <source>%1 texts printed untranslated, marked with their language (View → Missing translations).</source>
        <translation>%1 tekster trykt uoversat, mærket med deres sprog (Vis → Manglende oversættelser).</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="174"/>
        <source>Export table</source>
        <translation>Eksportér tabel</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="176"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-projektmapper (*.xlsx);;CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="195"/>
        <source>The table could not be written: %1</source>
        <translation>Tabellen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/brief_exports.py" line="231"/>
        <source>Printing…</source>
        <translation>Udskriver…</translation>
    </message>
</context>
<context>
    <name>BriefPanel</name>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="47"/>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="48"/>
        <source>Background and timeline</source>
        <translation>Baggrund og tidslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="49"/>
        <source>Engagements</source>
        <translation>Engagementer</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="50"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="51"/>
        <source>Key facts</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="52"/>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="53"/>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="112"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="113"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="126"/>
        <source>For information</source>
        <translation>Til orientering</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="127"/>
        <source>For decision</source>
        <translation>Til beslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="110"/>
        <location filename="../../desktop/preview/brief_panel.py" line="152"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="116"/>
        <location filename="../../desktop/preview/brief_panel.py" line="153"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="124"/>
        <location filename="../../desktop/preview/brief_panel.py" line="154"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="129"/>
        <location filename="../../desktop/preview/brief_panel.py" line="155"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="132"/>
        <location filename="../../desktop/preview/brief_panel.py" line="156"/>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="135"/>
        <location filename="../../desktop/preview/brief_panel.py" line="157"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="138"/>
        <location filename="../../desktop/preview/brief_panel.py" line="158"/>
        <source>Case no.</source>
        <translation>J.nr.</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="141"/>
        <location filename="../../desktop/preview/brief_panel.py" line="159"/>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="160"/>
        <source>Name who last updated each source</source>
        <translation>Nævn hvem der senest opdaterede hver kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="184"/>
        <location filename="../../desktop/preview/brief_panel.py" line="211"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="187"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="193"/>
        <source>Whole page</source>
        <translation>Hel side</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="194"/>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="199"/>
        <source>Export PDF…</source>
        <translation>Eksportér PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="201"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="205"/>
        <source>Options</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="224"/>
        <source>Brief preview</source>
        <translation>Forhåndsvisning af notat</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="390"/>
        <source>Updating preview…</source>
        <translation>Opdaterer forhåndsvisning…</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="425"/>
        <location filename="../../desktop/preview/brief_panel.py" line="434"/>
        <source>of %1</source>
        <translation>af %1</translation>
    </message>
    <message>
        <location filename="../../desktop/preview/brief_panel.py" line="438"/>
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke laves.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../desktop/dialogs/conflict_box.py" line="21"/>
        <source>Changed by someone else</source>
        <translation>Ændret af en anden</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/conflict_box.py" line="29"/>
        <source>Reload theirs</source>
        <translation>Hent deres</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/conflict_box.py" line="33"/>
        <source>Overwrite with mine</source>
        <translation>Overskriv med mit</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../desktop/dialogs/connect_server.py" line="58"/>
        <source>Connect to server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/connect_server.py" line="68"/>
        <source>Remember the password in the system keyring</source>
        <translation>Husk adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/connect_server.py" line="70"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/connect_server.py" line="71"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/connect_server.py" line="72"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/connect_server.py" line="73"/>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/connect_server.py" line="74"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="51"/>
        <source>New knowledge base</source>
        <translation>Ny vidensbase</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="53"/>
        <location filename="../../desktop/windows/database_commands.py" line="133"/>
        <source>Knowledge bases (*.sqlite)</source>
        <translation>Vidensbaser (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="58"/>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 findes allerede; vælg et nyt navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="66"/>
        <source>Open knowledge base</source>
        <translation>Åbn vidensbase</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="68"/>
        <location filename="../../desktop/windows/database_commands.py" line="156"/>
        <source>Knowledge bases (*.sqlite *.db)</source>
        <translation>Vidensbaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="76"/>
        <source>Import IATI files</source>
        <translation>Importér IATI-filer</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="78"/>
        <source>IATI files (*.xml)</source>
        <translation>IATI-filer (*.xml)</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="127"/>
        <source>Back up works on SQLite files.</source>
        <translation>Sikkerhedskopiering virker på SQLite-filer.</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="131"/>
        <source>Back up the knowledge base</source>
        <translation>Sikkerhedskopiér vidensbasen</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="145"/>
        <source>The copy could not be made: %1</source>
        <translation>Kopien kunne ikke laves: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="148"/>
        <source>Backed up to %1</source>
        <translation>Sikkerhedskopieret til %1</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="154"/>
        <location filename="../../desktop/windows/database_commands.py" line="162"/>
        <source>Restore from a copy</source>
        <translation>Gendan fra en kopi</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="164"/>
        <source>Replace the knowledge base with %1? The current one is kept in backups/.</source>
        <translation>Erstat vidensbasen med %1? Den nuværende gemmes i backups/.</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="175"/>
        <source>Restore works on SQLite files.</source>
        <translation>Gendannelse virker på SQLite-filer.</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/database_commands.py" line="180"/>
        <source>Nothing was restored: %1</source>
        <translation>Intet blev gendannet: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="19"/>
        <source>The database cannot be opened</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="22"/>
        <source>The knowledge base could not be opened.</source>
        <translation>Vidensbasen kunne ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="29"/>
        <source>The file has not been changed.</source>
        <translation>Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="32"/>
        <source>Open another…</source>
        <translation>Åbn en anden…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="36"/>
        <source>Create new…</source>
        <translation>Opret ny…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="56"/>
        <source>Open knowledge base</source>
        <translation>Åbn vidensbase</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="58"/>
        <source>Knowledge bases (*.sqlite *.db)</source>
        <translation>Vidensbaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="64"/>
        <source>New knowledge base</source>
        <translation>Ny vidensbase</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_error.py" line="66"/>
        <source>Knowledge bases (*.sqlite)</source>
        <translation>Vidensbaser (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../desktop/editors/edit_session.py" line="168"/>
        <source>This engagement was changed by someone else after you opened it.</source>
        <translation>Engagementet er ændret af en anden, efter du åbnede det.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/edit_session.py" line="178"/>
        <source>Overwrite</source>
        <translation>Overskriv</translation>
    </message>
</context>
<context>
    <name>EngagementBrowser</name>
    <message>
        <location filename="../../desktop/windows/engagement_browser.py" line="71"/>
        <source>Search engagements, partners, countries…</source>
        <translation>Søg i engagementer, partnere, lande…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_browser.py" line="73"/>
        <source>Search engagements</source>
        <translation>Søg i engagementer</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_browser.py" line="77"/>
        <source>Engagements</source>
        <translation>Engagementer</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_browser.py" line="106"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_browser.py" line="136"/>
        <source>Loading %1 engagements…</source>
        <translation>Indlæser %1 engagementer…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_browser.py" line="173"/>
        <source>The engagements could not be read: %1</source>
        <translation>Engagementerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_browser.py" line="238"/>
        <source>%1 engagements</source>
        <translation>%1 engagementer</translation>
    </message>
</context>
<context>
    <name>EngagementCommands</name>
    <message>
        <location filename="../../desktop/windows/engagement_commands.py" line="41"/>
        <source>New engagement</source>
        <translation>Nyt engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_commands.py" line="56"/>
        <source>Copy of %1</source>
        <translation>Kopi af %1</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_commands.py" line="62"/>
        <source>Duplicate engagement</source>
        <translation>Dublér engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_commands.py" line="76"/>
        <location filename="../../desktop/windows/engagement_commands.py" line="86"/>
        <source>Delete engagement</source>
        <translation>Slet engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/engagement_commands.py" line="78"/>
        <source>Delete “%1” with its funding lines and results? You can undo this.</source>
        <translation>Slet “%1” med bevillinger og resultater? Du kan fortryde det.</translation>
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="32"/>
        <source>Engagement details</source>
        <translation>Engagementets detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="41"/>
        <source>&amp;Overview</source>
        <translation>&amp;Oversigt</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="42"/>
        <source>F&amp;unding</source>
        <translation>&amp;Bevillinger</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="43"/>
        <source>&amp;Results</source>
        <translation>Res&amp;ultater</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="44"/>
        <source>Even&amp;ts</source>
        <translation>Be&amp;givenheder</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="45"/>
        <source>&amp;Partners</source>
        <translation>&amp;Partnere</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="46"/>
        <source>Sour&amp;ces</source>
        <translation>&amp;Kilder</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="50"/>
        <source>Texts in</source>
        <translation>Tekster på</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="53"/>
        <source>Texts in: the language of the titles, notes and indicators shown and typed; a text not yet translated shows its original greyed</source>
        <translation>Tekster på: sproget for de titler, noter og indikatorer, der vises og skrives; en tekst, der endnu ikke er oversat, viser sin original i gråt</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="57"/>
        <location filename="../../desktop/editors/engagement_editor.py" line="85"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="58"/>
        <location filename="../../desktop/editors/engagement_editor.py" line="85"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/engagement_editor.py" line="87"/>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
</context>
<context>
    <name>EngagementTableModel</name>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="179"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="180"/>
        <source>Countries</source>
        <translation>Lande</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="181"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="182"/>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="183"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="184"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="185"/>
        <source>DKK total</source>
        <translation>I alt (kr.)</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="186"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="187"/>
        <source>As of</source>
        <translation>Pr.</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="188"/>
        <source>Reported by</source>
        <translation>Indberettet af</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/engagement_table.py" line="240"/>
        <source>%1 – ended %2?</source>
        <translation>%1 – sluttede %2?</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../desktop/formatting.py" line="49"/>
        <source>parliamentary decision</source>
        <translation>folketingsbeslutning</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="50"/>
        <source>deployment</source>
        <translation>udsendelse</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="51"/>
        <source>withdrawal</source>
        <translation>tilbagetrækning</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="52"/>
        <source>coup</source>
        <translation>kup</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="53"/>
        <source>agreement</source>
        <translation>aftale</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="54"/>
        <source>mandate renewal</source>
        <translation>mandatforlængelse</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="55"/>
        <source>statement</source>
        <translation>udtalelse</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="56"/>
        <source>other</source>
        <translation>andet</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="52"/>
        <source>Events</source>
        <translation>Begivenheder</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="63"/>
        <source>Existing event</source>
        <translation>Eksisterende begivenhed</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="70"/>
        <location filename="../../desktop/editors/events_tab.py" line="165"/>
        <source>Add event</source>
        <translation>Tilføj begivenhed</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="71"/>
        <source>Delete event…</source>
        <translation>Slet begivenhed…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="72"/>
        <source>Unlink</source>
        <translation>Fjern fra engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="82"/>
        <source>Link existing</source>
        <translation>Tilknyt eksisterende</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="142"/>
        <source>Edit event</source>
        <translation>Ret begivenhed</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="177"/>
        <source>Delete “%1”? You can undo this.</source>
        <translation>Slet “%1”? Du kan fortryde det.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="180"/>
        <source>It is also an event of 1 other engagement, and goes from that too.</source>
        <translation>Den er også en begivenhed under 1 andet engagement og forsvinder også derfra.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="184"/>
        <source>It is also an event of %1 other engagements, and goes from those too.</source>
        <translation>Den er også en begivenhed under %1 andre engagementer og forsvinder også derfra.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="186"/>
        <location filename="../../desktop/editors/events_tab.py" line="190"/>
        <source>Delete event</source>
        <translation>Slet begivenhed</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="199"/>
        <source>Unlink event</source>
        <translation>Fjern begivenhed fra engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/events_tab.py" line="207"/>
        <source>Link event</source>
        <translation>Tilknyt begivenhed</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../desktop/itemmodels/events_table.py" line="39"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/events_table.py" line="40"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/events_table.py" line="41"/>
        <source>Event</source>
        <translation>Begivenhed</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/events_table.py" line="42"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/events_table.py" line="43"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/events_table.py" line="64"/>
        <source>Also an event of 1 other engagement.</source>
        <translation>Også en begivenhed under 1 andet engagement.</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/events_table.py" line="66"/>
        <source>Also an event of %1 other engagements.</source>
        <translation>Også en begivenhed under %1 andre engagementer.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../desktop/windows/export_notice.py" line="22"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/export_notice.py" line="24"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/export_notice.py" line="39"/>
        <source>Exported %1</source>
        <translation>Eksporteret: %1</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="34"/>
        <source>Add line</source>
        <translation>Tilføj linje</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="35"/>
        <source>Duplicate line</source>
        <translation>Kopiér linje</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="36"/>
        <source>Delete line…</source>
        <translation>Slet linje…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="59"/>
        <source>Edit amount</source>
        <translation>Ret beløb</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="72"/>
        <source>Edit funding line</source>
        <translation>Ret bevillingslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="87"/>
        <source>Add funding line</source>
        <translation>Tilføj bevillingslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="98"/>
        <source>Duplicate funding line</source>
        <translation>Kopiér bevillingslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="120"/>
        <location filename="../../desktop/editors/funding_tab.py" line="127"/>
        <source>Delete funding line</source>
        <translation>Slet bevillingslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/funding_tab.py" line="121"/>
        <source>Delete the line of %1? You can undo this.</source>
        <translation>Slet linjen på %1? Du kan fortryde det.</translation>
    </message>
</context>
<context>
    <name>FundingTableModel</name>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="54"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="55"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="56"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="57"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="58"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="59"/>
        <source>Finance Act line</source>
        <translation>Finanslovskonto</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/funding_table.py" line="61"/>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/dialogs/history.py" line="53"/>
        <source>Exported briefs</source>
        <translation>Eksporterede notater</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/history.py" line="58"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/history.py" line="58"/>
        <source>Countries</source>
        <translation>Lande</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/history.py" line="58"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/history.py" line="76"/>
        <source>Open file</source>
        <translation>Åbn fil</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/history.py" line="77"/>
        <source>Render again</source>
        <translation>Lav igen</translation>
    </message>
</context>
<context>
    <name>IatiImportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="43"/>
        <location filename="../../desktop/dialogs/iati_import.py" line="103"/>
        <source>Import IATI files</source>
        <translation>Importér IATI-filer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="50"/>
        <source>Update engagements already present</source>
        <translation>Opdatér engagementer, der allerede findes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="51"/>
        <source>Leave engagements already present alone</source>
        <translation>Lad engagementer, der allerede findes, være</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="52"/>
        <source>Add them again under new keys</source>
        <translation>Tilføj dem igen under nye nøgler</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="60"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="66"/>
        <source>When an activity is already in the knowledge base:</source>
        <translation>Når en aktivitet allerede er i vidensbasen:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="94"/>
        <source>Preview: nothing has been written yet.</source>
        <translation>Forhåndsvisning: intet er skrevet endnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/iati_import.py" line="111"/>
        <source>Imported. Undo (Ctrl+Z) puts everything back as it was.</source>
        <translation>Importeret. Fortryd (Ctrl+Z) sætter alt tilbage, som det var.</translation>
    </message>
</context>
<context>
    <name>InterfacePage</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="106"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="109"/>
        <source>Takes effect at once: the window opens again in it.</source>
        <translation>Virker med det samme: vinduet åbner igen på det valgte sprog.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="110"/>
        <source>Interface language</source>
        <translation>Brugerfladens sprog</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../desktop/formatting.py" line="64"/>
        <source>committed</source>
        <translation>givet tilsagn</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="65"/>
        <source>budgeted</source>
        <translation>budgetteret</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="66"/>
        <source>disbursed</source>
        <translation>udbetalt</translation>
    </message>
</context>
<context>
    <name>LinkFields</name>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="52"/>
        <source>Countries</source>
        <translation>Lande</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="53"/>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="54"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="55"/>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="60"/>
        <source>Names or codes, separated by semicolons</source>
        <translation>Navne eller koder, adskilt af semikolon</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="76"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="79"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="82"/>
        <source>As of</source>
        <translation>Opgjort pr.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_fields.py" line="214"/>
        <source>Edit %1</source>
        <translation>Ret %1</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="56"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="62"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportér PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="65"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="68"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="72"/>
        <source>&amp;New engagement</source>
        <translation>&amp;Nyt engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="78"/>
        <source>D&amp;uplicate engagement</source>
        <translation>D&amp;ublér engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="84"/>
        <source>&amp;Delete engagement…</source>
        <translation>&amp;Slet engagement…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="90"/>
        <source>Delete selected row…</source>
        <translation>Slet den valgte række…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="93"/>
        <source>Next &amp;pane</source>
        <translation>Næste &amp;rude</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="98"/>
        <source>&amp;About Briefing Builder</source>
        <translation>&amp;Om Briefing Builder</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="100"/>
        <source>New &amp;database…</source>
        <translation>Ny &amp;database…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="104"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="109"/>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Forbind til server…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="111"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sikkerhedskopiér…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="113"/>
        <source>Re&amp;store from a copy…</source>
        <translation>Gen&amp;dan fra en kopi…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="116"/>
        <source>&amp;Import IATI files…</source>
        <translation>&amp;Importér IATI-filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="119"/>
        <source>Export &amp;table…</source>
        <translation>Eksportér &amp;tabel…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="122"/>
        <source>Exported &amp;briefs…</source>
        <translation>Eksporterede &amp;notater…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="125"/>
        <source>Missing &amp;translations…</source>
        <translation>Manglende &amp;oversættelser…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="128"/>
        <source>Reference &amp;lists…</source>
        <translation>Opslags&amp;lister…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="132"/>
        <source>Pr&amp;eferences…</source>
        <translation>Ind&amp;stillinger…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="163"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="165"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="175"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_actions.py" line="191"/>
        <source>Main</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="47"/>
        <source>%1 – Briefing Builder</source>
        <translation>%1 – Briefing Builder</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="322"/>
        <source>Briefing Builder %1 keeps the knowledge base of engagements abroad and prints briefing notes.

Knowledge base: %2
Data folder: %3</source>
        <translation>Briefing Builder %1 rummer vidensbasen om engagementer i udlandet og laver notater til ministre og ambassadører.

Vidensbase: %2
Datamappe: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="209"/>
        <source>Updated with changes saved by others.</source>
        <translation>Opdateret med ændringer, som andre har gemt.</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="96"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="97"/>
        <source>&amp;Brief</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="184"/>
        <source>The new engagement is outside the filters; it is shown in Details.</source>
        <translation>Det nye engagement falder uden for filtrene; det vises under Detaljer.</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="320"/>
        <source>About Briefing Builder</source>
        <translation>Om Briefing Builder</translation>
    </message>
</context>
<context>
    <name>NotSavedBox</name>
    <message>
        <location filename="../../desktop/dialogs/not_saved_box.py" line="13"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/not_saved_box.py" line="20"/>
        <source>What you typed:</source>
        <translation>Det, du skrev:</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../desktop/formatting.py" line="74"/>
        <source>UN mission</source>
        <translation>FN-mission</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="75"/>
        <source>UN agency</source>
        <translation>FN-organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="76"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="77"/>
        <source>NATO</source>
        <translation>NATO</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="78"/>
        <source>government</source>
        <translation>regering/myndighed</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="79"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="80"/>
        <source>national human rights institution</source>
        <translation>nationalt menneskerettighedsinstitut</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="81"/>
        <source>international coalition</source>
        <translation>international koalition</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="84"/>
        <source>other</source>
        <translation>andet</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="65"/>
        <source>Shown here only, never printed</source>
        <translation>Vises kun her, udskrives aldrig</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="74"/>
        <location filename="../../desktop/editors/overview_tab.py" line="77"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="82"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="83"/>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="85"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="86"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="87"/>
        <source>Lead unit</source>
        <translation>Ansvarlig enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="88"/>
        <source>Primary theme</source>
        <translation>Hovedtema</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="89"/>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="100"/>
        <source>Reported by</source>
        <translation>Indberettet af</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="104"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="170"/>
        <source>%1 (IATI activity %2)</source>
        <translation>%1 (IATI-aktivitet %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="174"/>
        <source>Our own record</source>
        <translation>Vores egen registrering</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="178"/>
        <source>%1 by %2 (created by %3)</source>
        <translation>%1 af %2 (oprettet af %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="187"/>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/overview_tab.py" line="259"/>
        <source>Edit %1</source>
        <translation>Ret %1</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../../desktop/editors/partners_tab.py" line="34"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/partners_tab.py" line="45"/>
        <location filename="../../desktop/editors/partners_tab.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/partners_tab.py" line="52"/>
        <location filename="../../desktop/editors/partners_tab.py" line="88"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/partners_tab.py" line="56"/>
        <location filename="../../desktop/editors/partners_tab.py" line="107"/>
        <source>Add partner</source>
        <translation>Tilføj partner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/partners_tab.py" line="58"/>
        <location filename="../../desktop/editors/partners_tab.py" line="117"/>
        <source>Remove partner</source>
        <translation>Fjern partner</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../desktop/period_fields.py" line="26"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="126"/>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="133"/>
        <source>Briefs</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="134"/>
        <source>Interface</source>
        <translation>Brugerflade</translation>
    </message>
</context>
<context>
    <name>ProvenanceStrip</name>
    <message>
        <location filename="../../desktop/editors/provenance_strip.py" line="37"/>
        <source>Source of the selected row</source>
        <translation>Kilde for den valgte række</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/provenance_strip.py" line="44"/>
        <location filename="../../desktop/editors/provenance_strip.py" line="49"/>
        <source>As of</source>
        <translation>Opgjort pr.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/provenance_strip.py" line="45"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/provenance_strip.py" line="47"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/provenance_strip.py" line="105"/>
        <source>Edit source</source>
        <translation>Ret kilde</translation>
    </message>
</context>
<context>
    <name>ReferenceLists</name>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="45"/>
        <location filename="../../desktop/dialogs/reference_lists.py" line="77"/>
        <source>Countries</source>
        <translation>Lande</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="46"/>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="47"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="48"/>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="49"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="50"/>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="51"/>
        <source>Key facts</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="52"/>
        <source>Events</source>
        <translation>Begivenheder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="53"/>
        <location filename="../../desktop/dialogs/reference_lists.py" line="276"/>
        <source>IATI sectors</source>
        <translation>IATI-sektorer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="56"/>
        <location filename="../../desktop/dialogs/reference_lists.py" line="57"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="58"/>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="59"/>
        <source>English name</source>
        <translation>Engelsk navn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="60"/>
        <source>Danish name</source>
        <translation>Dansk navn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="61"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="62"/>
        <source>Acronym</source>
        <translation>Forkortelse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="63"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="64"/>
        <source>IATI reference</source>
        <translation>IATI-reference</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="65"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="66"/>
        <source>Publisher</source>
        <translation>Udgiver</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="67"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="68"/>
        <source>Published</source>
        <translation>Udgivet</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="69"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="70"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="71"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="72"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="73"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="74"/>
        <source>As written</source>
        <translation>Som skrevet</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="75"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="76"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="78"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="79"/>
        <source>As of</source>
        <translation>Pr.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="80"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="81"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="82"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="83"/>
        <source>Theme (empty: none)</source>
        <translation>Tema (tomt: intet)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="84"/>
        <source>Qualifier (ca., more than …)</source>
        <translation>Kvalifikation (ca., mere end …)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="85"/>
        <source>Internal note (never printed)</source>
        <translation>Intern note (udskrives aldrig)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="86"/>
        <source>Danish acronym</source>
        <translation>Dansk forkortelse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="87"/>
        <source>English acronym</source>
        <translation>Engelsk forkortelse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="88"/>
        <source>Danish title</source>
        <translation>Dansk titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="89"/>
        <source>English title</source>
        <translation>Engelsk titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="90"/>
        <source>Translated title</source>
        <translation>Oversat titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="91"/>
        <source>Danish text</source>
        <translation>Dansk tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="92"/>
        <source>English text</source>
        <translation>Engelsk tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="93"/>
        <source>Danish unit</source>
        <translation>Dansk enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="94"/>
        <source>English unit</source>
        <translation>Engelsk enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="95"/>
        <source>As written in Danish</source>
        <translation>Som skrevet på dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="96"/>
        <source>As written in English</source>
        <translation>Som skrevet på engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="97"/>
        <source>Danish description</source>
        <translation>Dansk beskrivelse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="98"/>
        <source>English description</source>
        <translation>Engelsk beskrivelse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="188"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="190"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="226"/>
        <source>Edit %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="265"/>
        <source>Overwrite</source>
        <translation>Overskriv</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="277"/>
        <source>DAC sector code (3-digit category or 5-digit code):</source>
        <translation>DAC-sektorkode (3-cifret kategori eller 5-cifret kode):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="295"/>
        <location filename="../../desktop/dialogs/reference_lists.py" line="308"/>
        <source>Add to list</source>
        <translation>Tilføj til listen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="322"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="323"/>
        <source>Delete “%1”? You can undo this.</source>
        <translation>Slet “%1”? Du kan fortryde det.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="333"/>
        <source>Delete from list</source>
        <translation>Slet fra listen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/reference_lists.py" line="343"/>
        <source>Reference lists</source>
        <translation>Referencelister</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../desktop/editors/results_tab.py" line="31"/>
        <location filename="../../desktop/editors/results_tab.py" line="68"/>
        <source>Add result</source>
        <translation>Tilføj resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/results_tab.py" line="32"/>
        <location filename="../../desktop/editors/results_tab.py" line="79"/>
        <source>Duplicate result</source>
        <translation>Kopiér resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/results_tab.py" line="33"/>
        <source>Delete result…</source>
        <translation>Slet resultat…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/results_tab.py" line="100"/>
        <location filename="../../desktop/editors/results_tab.py" line="108"/>
        <source>Delete result</source>
        <translation>Slet resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/results_tab.py" line="101"/>
        <source>Delete “%1”? You can undo this.</source>
        <translation>Slet “%1”? Du kan fortryde det.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/results_tab.py" line="122"/>
        <source>Edit result</source>
        <translation>Ret resultat</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="43"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="44"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="45"/>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="46"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="47"/>
        <source>Actual</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="48"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="49"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/itemmodels/results_table.py" line="51"/>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../desktop/formatting.py" line="36"/>
        <source>funding</source>
        <translation>finansierende</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="37"/>
        <source>accountable</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="38"/>
        <source>extending</source>
        <translation>udmøntende</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="39"/>
        <source>implementing</source>
        <translation>gennemførende</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="40"/>
        <source>lead</source>
        <translation>ledende</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="41"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="42"/>
        <source>beneficiary</source>
        <translation>modtager</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="46"/>
        <source>Find a country…</source>
        <translation>Find et land…</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="48"/>
        <source>Find a country</source>
        <translation>Find et land</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="49"/>
        <source>Other countries</source>
        <translation>Andre lande</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="54"/>
        <location filename="../../desktop/windows/selection_panel.py" line="124"/>
        <source>Countries</source>
        <translation>Lande</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="63"/>
        <location filename="../../desktop/windows/selection_panel.py" line="129"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="69"/>
        <source>All instruments</source>
        <translation>Alle instrumenter</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="75"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="85"/>
        <location filename="../../desktop/windows/selection_panel.py" line="117"/>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="87"/>
        <source>All texts</source>
        <translation>Alle tekster</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="88"/>
        <source>Missing English</source>
        <translation>Mangler engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="89"/>
        <source>Missing Danish</source>
        <translation>Mangler dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="91"/>
        <location filename="../../desktop/windows/selection_panel.py" line="116"/>
        <source>Reported by</source>
        <translation>Indberettet af</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="99"/>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="101"/>
        <source>from (YYYY)</source>
        <translation>fra (ÅÅÅÅ)</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="103"/>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="105"/>
        <source>to (YYYY)</source>
        <translation>til (ÅÅÅÅ)</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="180"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="181"/>
        <source>Our own records</source>
        <translation>Egne registreringer</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="67"/>
        <location filename="../../desktop/windows/selection_panel.py" line="114"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="73"/>
        <location filename="../../desktop/windows/selection_panel.py" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="120"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../desktop/windows/selection_panel.py" line="121"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../desktop/editors/sources_tab.py" line="22"/>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/sources_tab.py" line="35"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/sources_tab.py" line="35"/>
        <source>Publisher</source>
        <translation>Udgiver</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/sources_tab.py" line="35"/>
        <source>As of</source>
        <translation>Pr.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/formatting.py" line="24"/>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="25"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="26"/>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="27"/>
        <source>completed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="28"/>
        <source>withdrawn</source>
        <translation>trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="29"/>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="27"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="28"/>
        <source>Funding line</source>
        <translation>Bevillingslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="29"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="30"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="31"/>
        <source>Event</source>
        <translation>Begivenhed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="32"/>
        <source>Key fact</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="40"/>
        <source>Missing translations</source>
        <translation>Manglende oversættelser</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="46"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="46"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="53"/>
        <source>1 text of this brief has no %1 translation; it prints as written, in italics and marked with its language.</source>
        <translation>1 tekst i notatet har ingen %1 oversættelse; den trykkes som skrevet, i kursiv og mærket med sit sprog.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="60"/>
        <source>%2 texts of this brief have no %1 translation; they print as written, in italics and marked with their language.</source>
        <translation>%2 tekster i notatet har ingen %1 oversættelse; de trykkes som skrevet, i kursiv og mærket med deres sprog.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="67"/>
        <source>Every text of this brief is in %1.</source>
        <translation>Alle notatets tekster findes på %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="71"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="71"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="71"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="78"/>
        <source>Texts without a translation, per country</source>
        <translation>Tekster uden oversættelse, pr. land</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="83"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="84"/>
        <source>Without Danish</source>
        <translation>Uden dansk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="85"/>
        <source>Without English</source>
        <translation>Uden engelsk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/translations.py" line="86"/>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/windows/main_window.py" line="278"/>
        <source>The interface language has changed; the undo history starts again.</source>
        <translation>Sproget er skiftet; fortrydelseshistorikken starter forfra.</translation>
    </message>
</context>
</TS>
