<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Core::SchemaDocument</name>
    <message>
        <source>Rename design to “%1”</source>
        <translation>Entwurf in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Add table “%1”</source>
        <translation>Tabelle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete table “%1”</source>
        <translation>Tabelle „%1“ löschen</translation>
    </message>
    <message>
        <source>Add column “%1” to “%2”</source>
        <translation>Spalte „%1“ zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Change column “%1.%2”</source>
        <translation>Spalte „%1.%2“ ändern</translation>
    </message>
    <message>
        <source>Delete column “%1.%2”</source>
        <translation>Spalte „%1.%2“ löschen</translation>
    </message>
    <message>
        <source>Add enum “%1”</source>
        <translation>Aufzählung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Change enum “%1”</source>
        <translation>Aufzählung „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete enum “%1”</source>
        <translation>Aufzählung „%1“ löschen</translation>
    </message>
    <message>
        <source>Add relationship “%1”</source>
        <translation>Beziehung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Change relationship “%1”</source>
        <translation>Beziehung „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete relationship “%1”</source>
        <translation>Beziehung „%1“ löschen</translation>
    </message>
    <message>
        <source>Move table</source>
        <translation>Tabelle verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tables</source>
        <translation><numerusform>%n Tabelle verschieben</numerusform><numerusform>%n Tabellen verschieben</numerusform></translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
</context>
<context>
    <name>Ui::DiagramScene</name>
    <message numerus="yes">
        <source>Delete %n tables</source>
        <translation><numerusform>%n Tabelle löschen</numerusform><numerusform>%n Tabellen löschen</numerusform></translation>
    </message>
    <message>
        <source>Unknown image format “%1”: use .png, .svg or .pdf</source>
        <translation>Unbekanntes Bildformat „%1“: verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>The scale must be above 0 and at most 16</source>
        <translation>Der Maßstab muss größer als 0 und höchstens 16 sein</translation>
    </message>
    <message>
        <source>Cannot write “%1”</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The diagram is too large for an image at this scale</source>
        <translation>Das Diagramm ist für ein Bild in diesem Maßstab zu groß</translation>
    </message>
    <message>
        <source>Diagram drawn by SQLModel Studio</source>
        <translation>Diagramm, gezeichnet von SQLModel Studio</translation>
    </message>
</context>
<context>
    <name>Ui::DiagramView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>CRUD</source>
        <translation>CRUD</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Tables</source>
        <translation>Ausgewählte Tabellen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>SQLModel Studio projects (*.sqlmodel.json)</source>
        <translation>SQLModel-Studio-Projekte (*.sqlmodel.json)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The design has unsaved changes. Save them?</source>
        <translation>Der Entwurf hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source># The design cannot be generated yet:
</source>
        <translation># Der Entwurf kann noch nicht erzeugt werden:
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the design</source>
        <translation><numerusform>%n Problem im Entwurf</numerusform><numerusform>%n Probleme im Entwurf</numerusform></translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Änderungen am Entwurf</translation>
    </message>
    <message>
        <source># The database is up to date with the last migration checkpoint.
</source>
        <translation># Die Datenbank entspricht dem letzten Migrationsstand.
</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation><numerusform>%n Tabelle</numerusform><numerusform>%n Tabellen</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::WarningsPane</name>
    <message>
        <source>Quick Fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
    <message>
        <source>Filter warnings</source>
        <translation>Warnungen filtern</translation>
    </message>
    <message>
        <source>Apply the quick fix of the selected warning (undoable)</source>
        <translation>Die Schnellkorrektur der ausgewählten Warnung anwenden (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
</context>
</TS>