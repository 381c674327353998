<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Core::CanvasEdits</name>
    <message>
        <source>Add table “%1”</source>
        <translation>Tabelle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The table no longer exists</source>
        <translation>Die Tabelle existiert nicht mehr</translation>
    </message>
    <message>
        <source>A table needs a name</source>
        <translation>Eine Tabelle braucht einen Namen</translation>
    </message>
    <message>
        <source>Rename table “%1” to “%2”</source>
        <translation>Tabelle „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Add column “%1” to “%2”</source>
        <translation>Spalte „%1“ zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>The column no longer exists</source>
        <translation>Die Spalte existiert nicht mehr</translation>
    </message>
    <message>
        <source>A column needs a name</source>
        <translation>Eine Spalte braucht einen Namen</translation>
    </message>
    <message>
        <source>Rename column “%1.%2” to “%3”</source>
        <translation>Spalte „%1.%2“ in „%3“ umbenennen</translation>
    </message>
    <message>
        <source>The column is already the first</source>
        <translation>Die Spalte ist bereits die erste</translation>
    </message>
    <message>
        <source>The column is already the last</source>
        <translation>Die Spalte ist bereits die letzte</translation>
    </message>
    <message>
        <source>Move column “%1.%2” up</source>
        <translation>Spalte „%1.%2“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move column “%1.%2” down</source>
        <translation>Spalte „%1.%2“ nach unten verschieben</translation>
    </message>
    <message>
        <source>A many-to-many relationship needs a link table</source>
        <translation>Eine Viele-zu-viele-Beziehung braucht eine Verknüpfungstabelle</translation>
    </message>
    <message>
        <source>“%1” has no primary key to refer to</source>
        <translation>„%1“ hat keinen Primärschlüssel, auf den verwiesen werden kann</translation>
    </message>
    <message>
        <source>“%1” has no primary key, so it has no model class for a relationship</source>
        <translation>„%1“ hat keinen Primärschlüssel und damit keine Modellklasse für eine Beziehung</translation>
    </message>
    <message>
        <source>Add foreign key from “%1” to “%2”</source>
        <translation>Fremdschlüssel von „%1“ auf „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Choose two different tables to link</source>
        <translation>Wählen Sie zwei verschiedene Tabellen zum Verknüpfen aus</translation>
    </message>
    <message>
        <source>Link “%1” and “%2” many-to-many</source>
        <translation>„%1“ und „%2“ als Viele-zu-viele verknüpfen</translation>
    </message>
    <message>
        <source>The clipboard holds no tables to paste: %1</source>
        <translation>Die Zwischenablage enthält keine Tabellen zum Einfügen: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no tables to paste</source>
        <translation>Die Zwischenablage enthält keine Tabellen zum Einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle einfügen</numerusform>
            <numerusform>%n Tabellen einfügen</numerusform>
        </translation>
    </message>
</context>
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
        <translation>
            <numerusform>%n Tabelle verschieben</numerusform>
            <numerusform>%n Tabellen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
    <message>
        <source>Suppress %1 for “%2”</source>
        <translation>%1 für „%2“ unterdrücken</translation>
    </message>
    <message>
        <source>Restore %1 for “%2”</source>
        <translation>%1 für „%2“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Ui::ColumnPicker</name>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected column up in the key (Alt+Up)</source>
        <translation>Die ausgewählte Spalte im Schlüssel nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected column down in the key (Alt+Down)</source>
        <translation>Die ausgewählte Spalte im Schlüssel nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>Ui::DiagramScene</name>
    <message numerus="yes">
        <source>Delete %n tables</source>
        <translation>
            <numerusform>%n Tabelle löschen</numerusform>
            <numerusform>%n Tabellen löschen</numerusform>
        </translation>
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
    <message>
        <source>One-to-many</source>
        <translation>Eins zu viele</translation>
    </message>
    <message>
        <source>Each row of the first table refers to one row of the second; a row of the second has a list of them</source>
        <translation>Jede Zeile der ersten Tabelle verweist auf eine Zeile der zweiten; eine Zeile der zweiten hat eine Liste davon</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Eins zu eins</translation>
    </message>
    <message>
        <source>The foreign key is unique: at most one row refers to each row of the second table</source>
        <translation>Der Fremdschlüssel ist eindeutig: Auf jede Zeile der zweiten Tabelle verweist höchstens eine Zeile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Many-to-many link cancelled</source>
        <translation>Viele-zu-viele-Verknüpfung abgebrochen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Drop the link table onto one of the two tables to link, then click the other</source>
        <translation>Legen Sie die Verknüpfungstabelle auf einer der beiden zu verknüpfenden Tabellen ab und klicken Sie dann auf die andere</translation>
    </message>
    <message>
        <source>Column name: Enter to apply, Escape to cancel</source>
        <translation>Spaltenname: Eingabe zum Übernehmen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Table name: a class name (OrderItem) or a table name (order_item); Enter to apply, Escape to cancel</source>
        <translation>Tabellenname: ein Klassenname (OrderItem) oder ein Tabellenname (order_item); Eingabe zum Übernehmen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Choose two tables to link</source>
        <translation>Wählen Sie zwei Tabellen zum Verknüpfen aus</translation>
    </message>
    <message>
        <source>Select exactly two tables to link many-to-many</source>
        <translation>Wählen Sie genau zwei Tabellen aus, um sie als Viele-zu-viele zu verknüpfen</translation>
    </message>
    <message>
        <source>Click the table to link with “%1” many-to-many (Esc cancels)</source>
        <translation>Klicken Sie auf die Tabelle, die mit „%1“ als Viele-zu-viele verknüpft werden soll (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Select the tables to copy</source>
        <translation>Wählen Sie die zu kopierenden Tabellen aus</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle kopiert</numerusform>
            <numerusform>%n Tabellen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tables to cut</source>
        <translation>Wählen Sie die auszuschneidenden Tabellen aus</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle ausgeschnitten</numerusform>
            <numerusform>%n Tabellen ausgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard is empty</source>
        <translation>Die Zwischenablage ist leer</translation>
    </message>
    <message>
        <source>Rename Table</source>
        <translation>Tabelle umbenennen</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <source>Move Column Up</source>
        <translation>Spalte nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Column Down</source>
        <translation>Spalte nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete Column</source>
        <translation>Spalte löschen</translation>
    </message>
    <message>
        <source>Add Foreign Key To</source>
        <translation>Fremdschlüssel hinzufügen zu</translation>
    </message>
    <message>
        <source>%1 (itself)</source>
        <translation>%1 (sich selbst)</translation>
    </message>
    <message>
        <source>Link Many-to-Many With…</source>
        <translation>Viele-zu-viele verknüpfen mit…</translation>
    </message>
    <message>
        <source>Connect Many-to-Many</source>
        <translation>Viele-zu-viele verknüpfen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tables</source>
        <translation>
            <numerusform>%n Tabelle löschen</numerusform>
            <numerusform>%n Tabellen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <source>New Table Here</source>
        <translation>Neue Tabelle hier</translation>
    </message>
    <message>
        <source>Paste Here</source>
        <translation>Hier einfügen</translation>
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
    <name>Ui::ImportDialog</name>
    <message>
        <source>Import Database</source>
        <translation>Datenbank importieren</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQL script</source>
        <translation>SQL-Skript</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>/path/to/database.db or schema.sql</source>
        <translation>/pfad/zu/datenbank.db oder schema.sql</translation>
    </message>
    <message>
        <source>Guess from the content</source>
        <translation>Aus dem Inhalt erkennen</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Used for this import only: never shown again, never saved in the project</source>
        <translation>Nur für diesen Import: wird nie wieder angezeigt und nie im Projekt gespeichert</translation>
    </message>
    <message>
        <source>all but the system schemas</source>
        <translation>alle außer den Systemschemas</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>S&amp;chemas:</source>
        <translation>S&amp;chemas:</translation>
    </message>
    <message>
        <source>PostgreSQL schemas to import, separated by commas</source>
        <translation>Zu importierende PostgreSQL-Schemas, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The source is only read: SQLite files are opened read-only and PostgreSQL is read in a read-only transaction.</source>
        <translation>Die Quelle wird nur gelesen: SQLite-Dateien werden schreibgeschützt geöffnet, PostgreSQL wird in einer schreibgeschützten Transaktion gelesen.</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Ui::ImportReportPane</name>
    <message>
        <source>Filter the report</source>
        <translation>Bericht filtern</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>This design was not imported.</source>
        <translation>Dieser Entwurf wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Imported from %1 (%2): everything was imported as it is.</source>
        <translation>Importiert aus %1 (%2): alles wurde unverändert importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1 (%2): %n object(s) not imported as they are.</source>
        <translation>
            <numerusform>Importiert aus %1 (%2): %n Objekt wurde nicht unverändert importiert.</numerusform>
            <numerusform>Importiert aus %1 (%2): %n Objekte wurden nicht unverändert importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::Inspector</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The SQL table name: __tablename__ = &quot;…&quot;</source>
        <translation>Der SQL-Tabellenname: __tablename__ = &quot;…&quot;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The Python class name: class Name(NameBase, table=True). Empty: derived from the table name.</source>
        <translation>Der Python-Klassenname: class Name(NameBase, table=True). Leer: aus dem Tabellennamen abgeleitet.</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>K&amp;lasse:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The PostgreSQL schema: __table_args__ = {&quot;schema&quot;: …}</source>
        <translation>Das PostgreSQL-Schema: __table_args__ = {&quot;schema&quot;: …}</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <source>The table comment: __table_args__ = {&quot;comment&quot;: …}</source>
        <translation>Der Tabellenkommentar: __table_args__ = {&quot;comment&quot;: …}</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>A table needs a name.</source>
        <translation>Eine Tabelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a table named “%1”.</source>
        <translation>Es gibt bereits eine Tabelle namens „%1“.</translation>
    </message>
    <message>
        <source>Rename table to “%1”</source>
        <translation>Tabelle in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>“%1” is not a Python identifier.</source>
        <translation>„%1“ ist kein Python-Bezeichner.</translation>
    </message>
    <message>
        <source>Change class name</source>
        <translation>Klassennamen ändern</translation>
    </message>
    <message>
        <source>Change table schema</source>
        <translation>Tabellenschema ändern</translation>
    </message>
    <message>
        <source>Change table comment</source>
        <translation>Tabellenkommentar ändern</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The table&apos;s fields, in the order the class declares them</source>
        <translation>Die Felder der Tabelle in der Reihenfolge, in der die Klasse sie deklariert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a column after the selected one</source>
        <translation>Eine Spalte nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the selected column (and the keys that use it)</source>
        <translation>Die ausgewählte Spalte löschen (und die Schlüssel, die sie verwenden)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected column up: fields are declared in this order</source>
        <translation>Die ausgewählte Spalte nach oben verschieben: Die Felder werden in dieser Reihenfolge deklariert</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected column down: fields are declared in this order</source>
        <translation>Die ausgewählte Spalte nach unten verschieben: Die Felder werden in dieser Reihenfolge deklariert</translation>
    </message>
    <message>
        <source>The SQL column name; when it differs from the attribute: Field(sa_column_kwargs={&quot;name&quot;: …})</source>
        <translation>Der SQL-Spaltenname; wenn er vom Attribut abweicht: Field(sa_column_kwargs={&quot;name&quot;: …})</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>The Python attribute: attribute: type = Field(…). Empty: derived from the column name.</source>
        <translation>Das Python-Attribut: attribut: typ = Field(…). Leer: aus dem Spaltennamen abgeleitet.</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>&amp;Attribut:</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Big integer</source>
        <translation>Große Ganzzahl</translation>
    </message>
    <message>
        <source>Small integer</source>
        <translation>Kleine Ganzzahl</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Gleitkommazahl</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Zeitspanne</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSONB</source>
        <translation>JSONB</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>Enum</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Dialect SQL type</source>
        <translation>Dialektspezifischer SQL-Typ</translation>
    </message>
    <message>
        <source>The annotation and the SQL type: int, str, Decimal, datetime, uuid.UUID, an enum class, or sa_type=… for the others</source>
        <translation>Die Annotation und der SQL-Typ: int, str, Decimal, datetime, uuid.UUID, eine Enum-Klasse oder sa_type=… für die übrigen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>VARCHAR(n): Field(max_length=n)</source>
        <translation>VARCHAR(n): Field(max_length=n)</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>NUMERIC(precision, scale): Field(max_digits=…)</source>
        <translation>NUMERIC(precision, scale): Field(max_digits=…)</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>NUMERIC(precision, scale): Field(decimal_places=…)</source>
        <translation>NUMERIC(precision, scale): Field(decimal_places=…)</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>Nach&amp;kommastellen:</translation>
    </message>
    <message>
        <source>With time &amp;zone</source>
        <translation>Mit &amp;Zeitzone</translation>
    </message>
    <message>
        <source>sa_type=sa.DateTime(timezone=True), an aware datetime</source>
        <translation>sa_type=sa.DateTime(timezone=True), ein zeitzonenbewusstes datetime</translation>
    </message>
    <message>
        <source>The enum class used as the annotation, e.g. status: OrderStatus</source>
        <translation>Die Enum-Klasse als Annotation, z. B. status: OrderStatus</translation>
    </message>
    <message>
        <source>&amp;Enum:</source>
        <translation>Aufz&amp;ählung:</translation>
    </message>
    <message>
        <source>e.g. tsvector</source>
        <translation>z. B. tsvector</translation>
    </message>
    <message>
        <source>The verbatim SQL type: sa_type=…</source>
        <translation>Der wörtliche SQL-Typ: sa_type=…</translation>
    </message>
    <message>
        <source>S&amp;QL type:</source>
        <translation>S&amp;QL-Typ:</translation>
    </message>
    <message>
        <source>A&amp;rray (PostgreSQL)</source>
        <translation>A&amp;rray (PostgreSQL)</translation>
    </message>
    <message>
        <source>list[…] with sa_type=ARRAY(…)</source>
        <translation>list[…] mit sa_type=ARRAY(…)</translation>
    </message>
    <message>
        <source>N&amp;ullable</source>
        <translation>N&amp;ULL erlaubt</translation>
    </message>
    <message>
        <source>X | None = None, and a NULL-able column</source>
        <translation>X | None = None und eine Spalte, die NULL erlaubt</translation>
    </message>
    <message>
        <source>Primar&amp;y key</source>
        <translation>&amp;Primärschlüssel</translation>
    </message>
    <message>
        <source>Field(primary_key=True)</source>
        <translation>Field(primary_key=True)</translation>
    </message>
    <message>
        <source>Auto&amp;increment</source>
        <translation>Auto&amp;inkrement</translation>
    </message>
    <message>
        <source>The database generates the key: id: int | None = Field(default=None, primary_key=True)</source>
        <translation>Die Datenbank erzeugt den Schlüssel: id: int | None = Field(default=None, primary_key=True)</translation>
    </message>
    <message>
        <source>U&amp;nique</source>
        <translation>&amp;Eindeutig</translation>
    </message>
    <message>
        <source>Field(unique=True)</source>
        <translation>Field(unique=True)</translation>
    </message>
    <message>
        <source>Inde&amp;x</source>
        <translation>Inde&amp;x</translation>
    </message>
    <message>
        <source>Field(index=True)</source>
        <translation>Field(index=True)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Field(default=…): a value of the column&apos;s type; &quot;&quot; is the empty string</source>
        <translation>Field(default=…): ein Wert vom Typ der Spalte; &quot;&quot; ist die leere Zeichenkette</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>Vorga&amp;bewert:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Current time (UTC)</source>
        <translation>Aktuelle Zeit (UTC)</translation>
    </message>
    <message>
        <source>New UUID (uuid4)</source>
        <translation>Neue UUID (uuid4)</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <source>Empty dict</source>
        <translation>Leeres Dict</translation>
    </message>
    <message>
        <source>Field(default_factory=…)</source>
        <translation>Field(default_factory=…)</translation>
    </message>
    <message>
        <source>Default &amp;factory:</source>
        <translation>Vorgabe-&amp;Fabrik:</translation>
    </message>
    <message>
        <source>SQL expression</source>
        <translation>SQL-Ausdruck</translation>
    </message>
    <message>
        <source>Field(sa_column_kwargs={&quot;server_default&quot;: sa.text(…)})</source>
        <translation>Field(sa_column_kwargs={&quot;server_default&quot;: sa.text(…)})</translation>
    </message>
    <message>
        <source>Ser&amp;ver default:</source>
        <translation>Ser&amp;ver-Vorgabe:</translation>
    </message>
    <message>
        <source>Field(sa_column_kwargs={&quot;comment&quot;: …})</source>
        <translation>Field(sa_column_kwargs={&quot;comment&quot;: …})</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>Komme&amp;ntar:</translation>
    </message>
    <message>
        <source>A column needs a name.</source>
        <translation>Eine Spalte braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” already has a column named “%2”.</source>
        <translation>„%1“ hat bereits eine Spalte namens „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not a value of the column&apos;s type.</source>
        <translation>„%1“ ist kein Wert vom Typ der Spalte.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Field(gt=…): greater than</source>
        <translation>Field(gt=…): größer als</translation>
    </message>
    <message>
        <source>Greater than:</source>
        <translation>Größer als:</translation>
    </message>
    <message>
        <source>Field(ge=…): greater than or equal to</source>
        <translation>Field(ge=…): größer oder gleich</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Mindestens:</translation>
    </message>
    <message>
        <source>Field(lt=…): less than</source>
        <translation>Field(lt=…): kleiner als</translation>
    </message>
    <message>
        <source>Less than:</source>
        <translation>Kleiner als:</translation>
    </message>
    <message>
        <source>Field(le=…): less than or equal to</source>
        <translation>Field(le=…): kleiner oder gleich</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Field(multiple_of=…)</source>
        <translation>Field(multiple_of=…)</translation>
    </message>
    <message>
        <source>Multiple of:</source>
        <translation>Vielfaches von:</translation>
    </message>
    <message>
        <source>Also enforce the bounds in the database</source>
        <translation>Grenzen auch in der Datenbank erzwingen</translation>
    </message>
    <message>
        <source>sa.CheckConstraint(…, name=&quot;&lt;column&gt;_range&quot;) in __table_args__</source>
        <translation>sa.CheckConstraint(…, name=&quot;&lt;column&gt;_range&quot;) in __table_args__</translation>
    </message>
    <message>
        <source>Field(min_length=…)</source>
        <translation>Field(min_length=…)</translation>
    </message>
    <message>
        <source>Minimum length:</source>
        <translation>Mindestlänge:</translation>
    </message>
    <message>
        <source>Field(max_length=…), tighter than the column&apos;s length</source>
        <translation>Field(max_length=…), enger als die Länge der Spalte</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Höchstlänge:</translation>
    </message>
    <message>
        <source>Also enforce the lengths in the database</source>
        <translation>Längen auch in der Datenbank erzwingen</translation>
    </message>
    <message>
        <source>sa.CheckConstraint(…, name=&quot;&lt;column&gt;_length&quot;) in __table_args__</source>
        <translation>sa.CheckConstraint(…, name=&quot;&lt;column&gt;_length&quot;) in __table_args__</translation>
    </message>
    <message>
        <source>Python regular expression</source>
        <translation>Regulärer Ausdruck (Python)</translation>
    </message>
    <message>
        <source>Field(schema_extra={&quot;pattern&quot;: …})</source>
        <translation>Field(schema_extra={&quot;pattern&quot;: …})</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>Comma-separated, or one per line</source>
        <translation>Durch Kommas getrennt oder einer pro Zeile</translation>
    </message>
    <message>
        <source>A @field_validator that checks the value is one of these</source>
        <translation>Ein @field_validator, der prüft, dass der Wert einer von diesen ist</translation>
    </message>
    <message>
        <source>Allowed values:</source>
        <translation>Erlaubte Werte:</translation>
    </message>
    <message>
        <source>Also enforce the values in the database</source>
        <translation>Werte auch in der Datenbank erzwingen</translation>
    </message>
    <message>
        <source>sa.CheckConstraint(&quot;&lt;column&gt; IN (…)&quot;, name=&quot;&lt;column&gt;_values&quot;)</source>
        <translation>sa.CheckConstraint(&quot;&lt;column&gt; IN (…)&quot;, name=&quot;&lt;column&gt;_values&quot;)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>UUID text</source>
        <translation>UUID als Text</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>email: EmailStr (needs the email-validator package); url, uuid, slug: checked by a generated @field_validator</source>
        <translation>email: EmailStr (braucht das Paket email-validator); url, uuid, slug: von einem erzeugten @field_validator geprüft</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a length.</source>
        <translation>„%1“ ist keine Länge.</translation>
    </message>
    <message>
        <source>The pattern does not compile: %1</source>
        <translation>Das Muster lässt sich nicht übersetzen: %1</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
    <message>
        <source>@field_validator and @model_validator methods on the Base, Create and Update models</source>
        <translation>@field_validator- und @model_validator-Methoden der Base-, Create- und Update-Modelle</translation>
    </message>
    <message>
        <source>Write a new validator; it is added when applied</source>
        <translation>Einen neuen Validator schreiben; er wird beim Übernehmen hinzugefügt</translation>
    </message>
    <message>
        <source>Delete the selected validator</source>
        <translation>Den ausgewählten Validator löschen</translation>
    </message>
    <message>
        <source>The method name: def name(cls, value)</source>
        <translation>Der Methodenname: def name(cls, value)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Field validator</source>
        <translation>Feld-Validator</translation>
    </message>
    <message>
        <source>Model validator</source>
        <translation>Modell-Validator</translation>
    </message>
    <message>
        <source>@field_validator(&quot;column&quot;, …) with value, or @model_validator with self</source>
        <translation>@field_validator(&quot;spalte&quot;, …) mit value oder @model_validator mit self</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>The fields a @field_validator(…) validates</source>
        <translation>Die Felder, die ein @field_validator(…) prüft</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>mode=&quot;before&quot;, &quot;wrap&quot; or &quot;plain&quot;; after by default</source>
        <translation>mode=&quot;before&quot;, &quot;wrap&quot; oder &quot;plain&quot;; standardmäßig after</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>The method body, Python; a field validator gets `value` and returns it, a model validator returns `self`. Ctrl+Return applies.</source>
        <translation>Der Methodenrumpf in Python; ein Feld-Validator erhält `value` und gibt ihn zurück, ein Modell-Validator gibt `self` zurück. Strg+Eingabe übernimmt.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Rumpf:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Check the body with Python and put the validator in the design</source>
        <translation>Den Rumpf mit Python prüfen und den Validator in den Entwurf übernehmen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach (after)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor (before)</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umschließend (wrap)</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Ersetzend (plain)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>One to many</source>
        <translation>Eins zu viele</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>Eins zu eins</translation>
    </message>
    <message>
        <source>Many to many</source>
        <translation>Viele zu viele</translation>
    </message>
    <message>
        <source>One to many: list[&quot;Child&quot;] on the parent; one to one: sa_relationship_kwargs={&quot;uselist&quot;: False}; many to many: Relationship(link_model=…)</source>
        <translation>Eins zu viele: list[&quot;Child&quot;] beim Elternteil; eins zu eins: sa_relationship_kwargs={&quot;uselist&quot;: False}; viele zu viele: Relationship(link_model=…)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>none (one-directional)</source>
        <translation>keines (nur eine Richtung)</translation>
    </message>
    <message>
        <source>The attribute on the parent class: name: list[&quot;Child&quot;] = Relationship(back_populates=…)</source>
        <translation>Das Attribut der Elternklasse: name: list[&quot;Child&quot;] = Relationship(back_populates=…)</translation>
    </message>
    <message>
        <source>&amp;Parent attribute:</source>
        <translation>&amp;Eltern-Attribut:</translation>
    </message>
    <message>
        <source>The attribute on the child class: name: &quot;Parent&quot; | None = Relationship(back_populates=…)</source>
        <translation>Das Attribut der Kindklasse: name: &quot;Parent&quot; | None = Relationship(back_populates=…)</translation>
    </message>
    <message>
        <source>&amp;Child attribute:</source>
        <translation>&amp;Kind-Attribut:</translation>
    </message>
    <message>
        <source>Ca&amp;scade delete</source>
        <translation>Kaskadierend &amp;löschen</translation>
    </message>
    <message>
        <source>Relationship(cascade_delete=True) and ondelete=&quot;CASCADE&quot;</source>
        <translation>Relationship(cascade_delete=True) und ondelete=&quot;CASCADE&quot;</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Relationship(passive_deletes=True or &quot;all&quot;): let the database delete the children</source>
        <translation>Relationship(passive_deletes=True oder &quot;all&quot;): die Datenbank löscht die Kinder</translation>
    </message>
    <message>
        <source>Passive &amp;deletes:</source>
        <translation>Passives Lö&amp;schen:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>sa_relationship_kwargs={&quot;lazy&quot;: …}: how the related rows load</source>
        <translation>sa_relationship_kwargs={&quot;lazy&quot;: …}: wie die verbundenen Zeilen geladen werden</translation>
    </message>
    <message>
        <source>&amp;Loading:</source>
        <translation>La&amp;den:</translation>
    </message>
    <message>
        <source>&amp;View only</source>
        <translation>&amp;Nur lesend</translation>
    </message>
    <message>
        <source>sa_relationship_kwargs={&quot;viewonly&quot;: True}: read-only, never written</source>
        <translation>sa_relationship_kwargs={&quot;viewonly&quot;: True}: nur lesend, wird nie geschrieben</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>FK</source>
        <translation>FS</translation>
    </message>
    <message>
        <source>UQ</source>
        <translation>EI</translation>
    </message>
    <message>
        <source>%1 (model)</source>
        <translation>%1 (Modell)</translation>
    </message>
    <message>
        <source>Column “%1”</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;, linked through &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;, verbunden über &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The list on %1: name: list[&quot;%2&quot;] = Relationship(link_model=%3)</source>
        <translation>Die Liste in %1: name: list[&quot;%2&quot;] = Relationship(link_model=%3)</translation>
    </message>
    <message>
        <source>Parent &lt;b&gt;%1&lt;/b&gt;, child &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Elternteil &lt;b&gt;%1&lt;/b&gt;, Kind &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The attribute on %1: Relationship(back_populates=…)</source>
        <translation>Das Attribut in %1: Relationship(back_populates=…)</translation>
    </message>
    <message>
        <source>A relationship needs at least one attribute.</source>
        <translation>Eine Beziehung braucht mindestens ein Attribut.</translation>
    </message>
    <message>
        <source>Move column “%1” up</source>
        <translation>Spalte „%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move column “%1” down</source>
        <translation>Spalte „%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>The method name must be a Python identifier.</source>
        <translation>Der Methodenname muss ein Python-Bezeichner sein.</translation>
    </message>
    <message>
        <source>Check the columns the field validator validates.</source>
        <translation>Haken Sie die Spalten an, die der Feld-Validator prüft.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Der Rumpf ist leer.</translation>
    </message>
    <message>
        <source>The body cannot be checked: %1</source>
        <translation>Der Rumpf kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Add validator “%1”</source>
        <translation>Validator „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Change validator “%1”</source>
        <translation>Validator „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete validator “%1”</source>
        <translation>Validator „%1“ löschen</translation>
    </message>
    <message>
        <source>Select a table or a relationship on the canvas, or an enum in the Tables list, to edit its properties.</source>
        <translation>Wählen Sie eine Tabelle oder eine Beziehung auf der Zeichenfläche oder eine Aufzählung in der Liste „Tabellen“ aus, um ihre Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>New &amp;Enum</source>
        <translation>Neue &amp;Aufzählung</translation>
    </message>
    <message>
        <source>Add an enum to the design: a Python enum class and, in PostgreSQL, a CREATE TYPE … AS ENUM</source>
        <translation>Dem Entwurf eine Aufzählung hinzufügen: eine Python-Enum-Klasse und in PostgreSQL ein CREATE TYPE … AS ENUM</translation>
    </message>
    <message>
        <source>Change column “%1.%2”</source>
        <translation>Spalte „%1.%2“ ändern</translation>
    </message>
    <message>
        <source>Default (no action)</source>
        <translation>Standard (keine Aktion)</translation>
    </message>
    <message>
        <source>Primary Key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>The order of the composite key: PRIMARY KEY (…)</source>
        <translation>Die Reihenfolge des zusammengesetzten Schlüssels: PRIMARY KEY (…)</translation>
    </message>
    <message>
        <source>The key columns in key order; Up and Down reorder them</source>
        <translation>Die Schlüsselspalten in Schlüsselreihenfolge; „Nach oben“ und „Nach unten“ ändern die Reihenfolge</translation>
    </message>
    <message>
        <source>Change primary key order</source>
        <translation>Reihenfolge des Primärschlüssels ändern</translation>
    </message>
    <message>
        <source>Foreign Keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Write a new foreign key; it is added when applied</source>
        <translation>Einen neuen Fremdschlüssel schreiben; er wird beim Übernehmen hinzugefügt</translation>
    </message>
    <message>
        <source>Delete the selected foreign key (and the relationships on it)</source>
        <translation>Den ausgewählten Fremdschlüssel löschen (und die Beziehungen, die darauf beruhen)</translation>
    </message>
    <message>
        <source>Field(foreign_key=&quot;table.column&quot;), or ForeignKeyConstraint(…) in __table_args__ for a composite key</source>
        <translation>Field(foreign_key=&quot;table.column&quot;) oder ForeignKeyConstraint(…) in __table_args__ für einen zusammengesetzten Schlüssel</translation>
    </message>
    <message>
        <source>The constraint name; empty: the naming convention names it fk_&lt;table&gt;_&lt;columns&gt;_&lt;referenced table&gt;</source>
        <translation>Der Name der Bedingung; leer: Die Namenskonvention benennt sie fk_&lt;table&gt;_&lt;columns&gt;_&lt;referenced table&gt;</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The columns of this table that hold the reference, in the order of the referenced columns</source>
        <translation>Die Spalten dieser Tabelle, die den Verweis enthalten, in der Reihenfolge der referenzierten Spalten</translation>
    </message>
    <message>
        <source>The referenced table; its primary key is chosen for you</source>
        <translation>Die referenzierte Tabelle; ihr Primärschlüssel wird automatisch gewählt</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Verweist auf:</translation>
    </message>
    <message>
        <source>The referenced columns: the primary key or a unique key of the referenced table</source>
        <translation>Die referenzierten Spalten: der Primärschlüssel oder ein eindeutiger Schlüssel der referenzierten Tabelle</translation>
    </message>
    <message>
        <source>Referenced:</source>
        <translation>Referenzierte Spalten:</translation>
    </message>
    <message>
        <source>Field(ondelete=…): what the database does with these rows when the referenced row is deleted</source>
        <translation>Field(ondelete=…): was die Datenbank mit diesen Zeilen macht, wenn die referenzierte Zeile gelöscht wird</translation>
    </message>
    <message>
        <source>On delete:</source>
        <translation>Beim Löschen:</translation>
    </message>
    <message>
        <source>ForeignKey(…, onupdate=…): what the database does when the referenced key changes</source>
        <translation>ForeignKey(…, onupdate=…): was die Datenbank macht, wenn sich der referenzierte Schlüssel ändert</translation>
    </message>
    <message>
        <source>On update:</source>
        <translation>Beim Ändern:</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the changes that are not applied</source>
        <translation>Die nicht übernommenen Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Check the foreign key and put it in the design</source>
        <translation>Den Fremdschlüssel prüfen und in den Entwurf übernehmen</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Add an index on the selected column</source>
        <translation>Einen Index für die ausgewählte Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected index</source>
        <translation>Den ausgewählten Index löschen</translation>
    </message>
    <message>
        <source>Index(…) in __table_args__</source>
        <translation>Index(…) in __table_args__</translation>
    </message>
    <message>
        <source>Index(&quot;name&quot;, …); empty: the naming convention names it</source>
        <translation>Index(&quot;name&quot;, …); leer: Die Namenskonvention vergibt den Namen</translation>
    </message>
    <message>
        <source>The indexed columns, in index order</source>
        <translation>Die indizierten Spalten in Indexreihenfolge</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Index(…, unique=True): CREATE UNIQUE INDEX</source>
        <translation>Index(…, unique=True): CREATE UNIQUE INDEX</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>A partial index: the SQL predicate of the rows indexed, postgresql_where=sa.text(…) and sqlite_where=sa.text(…)</source>
        <translation>Ein partieller Index: das SQL-Prädikat der indizierten Zeilen, postgresql_where=sa.text(…) und sqlite_where=sa.text(…)</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>WHERE-Bedingung:</translation>
    </message>
    <message>
        <source>Name index by convention</source>
        <translation>Index nach Konvention benennen</translation>
    </message>
    <message>
        <source>Rename index to “%1”</source>
        <translation>Index in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change index columns</source>
        <translation>Indexspalten ändern</translation>
    </message>
    <message>
        <source>Make index unique</source>
        <translation>Index eindeutig machen</translation>
    </message>
    <message>
        <source>Make index not unique</source>
        <translation>Index nicht eindeutig machen</translation>
    </message>
    <message>
        <source>Index all rows</source>
        <translation>Alle Zeilen indizieren</translation>
    </message>
    <message>
        <source>Change index condition</source>
        <translation>Indexbedingung ändern</translation>
    </message>
    <message>
        <source>Unique Constraints</source>
        <translation>Eindeutigkeitsbedingungen</translation>
    </message>
    <message>
        <source>Add a unique constraint on the selected column</source>
        <translation>Eine Eindeutigkeitsbedingung für die ausgewählte Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected unique constraint</source>
        <translation>Die ausgewählte Eindeutigkeitsbedingung löschen</translation>
    </message>
    <message>
        <source>UniqueConstraint(…) in __table_args__: the columns are unique together</source>
        <translation>UniqueConstraint(…) in __table_args__: Die Spalten sind zusammen eindeutig</translation>
    </message>
    <message>
        <source>UniqueConstraint(…, name=…); empty: the naming convention names it</source>
        <translation>UniqueConstraint(…, name=…); leer: Die Namenskonvention vergibt den Namen</translation>
    </message>
    <message>
        <source>The columns that are unique together, in order</source>
        <translation>Die Spalten, die zusammen eindeutig sind, in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>Name unique constraint by convention</source>
        <translation>Eindeutigkeitsbedingung nach Konvention benennen</translation>
    </message>
    <message>
        <source>Rename unique constraint to “%1”</source>
        <translation>Eindeutigkeitsbedingung in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change unique constraint columns</source>
        <translation>Spalten der Eindeutigkeitsbedingung ändern</translation>
    </message>
    <message>
        <source>Check Constraints</source>
        <translation>Prüfbedingungen</translation>
    </message>
    <message>
        <source>Write a new check constraint; it is added once it has an expression</source>
        <translation>Eine neue Prüfbedingung schreiben; sie wird hinzugefügt, sobald sie einen Ausdruck hat</translation>
    </message>
    <message>
        <source>Delete the selected check constraint</source>
        <translation>Die ausgewählte Prüfbedingung löschen</translation>
    </message>
    <message>
        <source>CheckConstraint(…) in __table_args__</source>
        <translation>CheckConstraint(…) in __table_args__</translation>
    </message>
    <message>
        <source>CheckConstraint(…, name=…); the naming convention makes it ck_&lt;table&gt;_&lt;name&gt;</source>
        <translation>CheckConstraint(…, name=…); die Namenskonvention macht daraus ck_&lt;table&gt;_&lt;name&gt;</translation>
    </message>
    <message>
        <source>e.g. quantity &gt; 0</source>
        <translation>z. B. quantity &gt; 0</translation>
    </message>
    <message>
        <source>The SQL condition every row must meet, kept verbatim: CheckConstraint(&quot;…&quot;)</source>
        <translation>Die SQL-Bedingung, die jede Zeile erfüllen muss, wörtlich übernommen: CheckConstraint(&quot;…&quot;)</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Ausdruck:</translation>
    </message>
    <message>
        <source> · unique</source>
        <translation> · eindeutig</translation>
    </message>
    <message>
        <source> · where %1</source>
        <translation> · WHERE %1</translation>
    </message>
    <message>
        <source>%1 → %2(%3)</source>
        <translation>%1 → %2(%3)</translation>
    </message>
    <message>
        <source> · on delete %1</source>
        <translation> · beim Löschen %1</translation>
    </message>
    <message>
        <source> · on update %1</source>
        <translation> · beim Ändern %1</translation>
    </message>
    <message>
        <source>Add index on “%1”</source>
        <translation>Index für „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete index “%1”</source>
        <translation>Index „%1“ löschen</translation>
    </message>
    <message>
        <source>Add unique constraint on “%1”</source>
        <translation>Eindeutigkeitsbedingung für „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete unique constraint “%1”</source>
        <translation>Eindeutigkeitsbedingung „%1“ löschen</translation>
    </message>
    <message>
        <source>A check constraint needs an SQL expression.</source>
        <translation>Eine Prüfbedingung braucht einen SQL-Ausdruck.</translation>
    </message>
    <message>
        <source>A check constraint needs a name.</source>
        <translation>Eine Prüfbedingung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add check constraint “%1”</source>
        <translation>Prüfbedingung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename check constraint “%1” to “%2”</source>
        <translation>Prüfbedingung „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change check constraint “%1”</source>
        <translation>Prüfbedingung „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete check constraint “%1”</source>
        <translation>Prüfbedingung „%1“ löschen</translation>
    </message>
    <message>
        <source>Check the columns of “%1” that hold the reference.</source>
        <translation>Haken Sie die Spalten von „%1“ an, die den Verweis enthalten.</translation>
    </message>
    <message>
        <source>Choose the referenced table.</source>
        <translation>Wählen Sie die referenzierte Tabelle aus.</translation>
    </message>
    <message>
        <source>Check the referenced columns of “%1”.</source>
        <translation>Haken Sie die referenzierten Spalten von „%1“ an.</translation>
    </message>
    <message>
        <source>%1 column(s) cannot reference %2 column(s): check as many on each side.</source>
        <translation>%1 Spalte(n) können nicht auf %2 Spalte(n) verweisen: Haken Sie auf beiden Seiten gleich viele an.</translation>
    </message>
    <message>
        <source>“%1” (%2) cannot reference “%3.%4” (%5): the types differ.</source>
        <translation>„%1“ (%2) kann nicht auf „%3.%4“ (%5) verweisen: Die Typen unterscheiden sich.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change foreign key “%1”</source>
        <translation>Fremdschlüssel „%1“ ändern</translation>
    </message>
    <message>
        <source>Add foreign key “%1”</source>
        <translation>Fremdschlüssel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete foreign key “%1”</source>
        <translation>Fremdschlüssel „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete foreign key “%1” and its relationship</source>
        <translation>Fremdschlüssel „%1“ und seine Beziehung löschen</translation>
    </message>
    <message>
        <source>Delete foreign key “%1” and its relationships</source>
        <translation>Fremdschlüssel „%1“ und seine Beziehungen löschen</translation>
    </message>
    <message>
        <source>The Python class: class Name(str, enum.Enum)</source>
        <translation>Die Python-Klasse: class Name(str, enum.Enum)</translation>
    </message>
    <message>
        <source>The database type: CREATE TYPE name AS ENUM (…) in PostgreSQL, sa.Enum(…, name=…); empty: the class name in lower case</source>
        <translation>Der Datenbanktyp: CREATE TYPE name AS ENUM (…) in PostgreSQL, sa.Enum(…, name=…); leer: der Klassenname in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>&amp;Database type:</source>
        <translation>&amp;Datenbanktyp:</translation>
    </message>
    <message>
        <source>The PostgreSQL schema of the type: sa.Enum(…, schema=…)</source>
        <translation>Das PostgreSQL-Schema des Typs: sa.Enum(…, schema=…)</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>The members, in declaration order: name = &quot;value&quot;. Double-click or F2 renames a value.</source>
        <translation>Die Elemente in Deklarationsreihenfolge: name = &quot;value&quot;. Doppelklick oder F2 benennt einen Wert um.</translation>
    </message>
    <message>
        <source>Add a value after the selected one</source>
        <translation>Einen Wert nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected value</source>
        <translation>Den ausgewählten Wert löschen</translation>
    </message>
    <message>
        <source>Move the selected value up (Alt+Up)</source>
        <translation>Den ausgewählten Wert nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the selected value down (Alt+Down)</source>
        <translation>Den ausgewählten Wert nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>New Enum</source>
        <translation>Neue Aufzählung</translation>
    </message>
    <message>
        <source>Add another enum to the design</source>
        <translation>Dem Entwurf eine weitere Aufzählung hinzufügen</translation>
    </message>
    <message>
        <source>Delete Enum</source>
        <translation>Aufzählung löschen</translation>
    </message>
    <message>
        <source>Delete this enum; no column may use it</source>
        <translation>Diese Aufzählung löschen; keine Spalte darf sie verwenden</translation>
    </message>
    <message>
        <source>An enum needs a name.</source>
        <translation>Eine Aufzählung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename enum “%1” to “%2”</source>
        <translation>Aufzählung „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change database type of enum “%1”</source>
        <translation>Datenbanktyp der Aufzählung „%1“ ändern</translation>
    </message>
    <message>
        <source>Change schema of enum “%1”</source>
        <translation>Schema der Aufzählung „%1“ ändern</translation>
    </message>
    <message>
        <source>no column yet</source>
        <translation>noch keine Spalte</translation>
    </message>
    <message>
        <source>“%1” is the type of %2; give those columns another type first.</source>
        <translation>„%1“ ist der Typ von %2; geben Sie diesen Spalten zuerst einen anderen Typ.</translation>
    </message>
    <message>
        <source>Add enum value “%1” to “%2”</source>
        <translation>Aufzählungswert „%1“ zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>An enum needs at least one value.</source>
        <translation>Eine Aufzählung braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>Delete enum value “%1” from “%2”</source>
        <translation>Aufzählungswert „%1“ aus „%2“ löschen</translation>
    </message>
    <message>
        <source>Move enum value “%1” up</source>
        <translation>Aufzählungswert „%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move enum value “%1” down</source>
        <translation>Aufzählungswert „%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>An enum value needs a name.</source>
        <translation>Ein Aufzählungswert braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename enum value “%1” to “%2”</source>
        <translation>Aufzählungswert „%1“ in „%2“ umbenennen</translation>
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
        <source>Inspector</source>
        <translation>Inspektor</translation>
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
        <translation>
            <numerusform>%n Problem im Entwurf</numerusform>
            <numerusform>%n Probleme im Entwurf</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&amp;Import Database…</source>
        <translation>Datenbank &amp;importieren…</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source># This table has no primary key, so it has no model to query.
</source>
        <translation># Diese Tabelle hat keinen Primärschlüssel und damit kein Modell für Abfragen.
</translation>
    </message>
    <message>
        <source># The design has no table model to query yet.
</source>
        <translation># Der Entwurf hat noch kein Tabellenmodell für Abfragen.
</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Check Python Code…</source>
        <translation>Python-Code &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check Python Code</source>
        <translation>Python-Code prüfen</translation>
    </message>
    <message>
        <source>Find deprecated SQLModel, SQLAlchemy and Pydantic usage in a folder of Python code; the findings join the Warnings</source>
        <translation>Veraltete Verwendung von SQLModel, SQLAlchemy und Pydantic in einem Ordner mit Python-Code finden; die Befunde erscheinen bei den Warnungen</translation>
    </message>
    <message>
        <source>These models need %1 besides SQLModel; generate lists it in requirements.txt.</source>
        <translation>Diese Modelle brauchen außer SQLModel noch %1; generate führt es in requirements.txt auf.</translation>
    </message>
    <message>
        <source>Checking the Python code in %1…</source>
        <translation>Prüfe den Python-Code in %1…</translation>
    </message>
    <message>
        <source>Cannot check the Python code</source>
        <translation>Der Python-Code kann nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the Python code of %1</source>
        <translation>
            <numerusform>%n Befund im Python-Code von %1</numerusform>
            <numerusform>%n Befunde im Python-Code von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Find a table (Ctrl+F)</source>
        <translation>Tabelle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export &amp;Models…</source>
        <translation>&amp;Modelle exportieren…</translation>
    </message>
    <message>
        <source>Export Models</source>
        <translation>Modelle exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Find Table…</source>
        <translation>Tabelle &amp;suchen…</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>Automatisch &amp;anordnen</translation>
    </message>
    <message>
        <source>Arrange the tables with Graphviz: related tables together (one undo step)</source>
        <translation>Die Tabellen mit Graphviz anordnen: verwandte Tabellen beieinander (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>Arranged %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle angeordnet</numerusform>
            <numerusform>%n Tabellen angeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the models</source>
        <translation>Die Modelle können nicht exportiert werden</translation>
    </message>
    <message>
        <source>The design cannot be generated yet; see the Models pane.</source>
        <translation>Aus dem Entwurf kann noch kein Code erzeugt werden; siehe den Bereich Modelle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the diagram</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>No recent designs</source>
        <translation>Keine zuletzt geöffneten Entwürfe</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Cu&amp;t Tables</source>
        <translation>Tabellen a&amp;usschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy Tables</source>
        <translation>Tabellen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Tables</source>
        <translation>Tabellen &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;New Table</source>
        <translation>&amp;Neue Tabelle</translation>
    </message>
    <message>
        <source>A new table in the middle of the canvas (or double-click the canvas)</source>
        <translation>Eine neue Tabelle in der Mitte der Zeichenfläche (oder auf die Zeichenfläche doppelklicken)</translation>
    </message>
    <message>
        <source>Connect &amp;Many-to-Many</source>
        <translation>&amp;Viele-zu-viele verknüpfen</translation>
    </message>
    <message>
        <source>A link table between the two selected tables (one undo step)</source>
        <translation>Eine Verknüpfungstabelle zwischen den beiden ausgewählten Tabellen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Overview &amp;Map</source>
        <translation>Über&amp;sichtskarte</translation>
    </message>
    <message>
        <source>Enum %1: %2</source>
        <translation>Aufzählung %1: %2</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>einem unbenannten Entwurf</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>SQLModel Studio did not close properly. Unsaved changes to %1 from %2 were kept. Restore them?</source>
        <translation>SQLModel Studio wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 vom %2 wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Cannot restore the design</source>
        <translation>Der Entwurf kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1</source>
        <translation>Die ungespeicherten Änderungen vom %1 wurden wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewMap</name>
    <message>
        <source>Overview of the diagram: click or drag to move the view</source>
        <translation>Übersicht des Diagramms: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>Ui::Palette</name>
    <message>
        <source>Drag onto the canvas, or double-click</source>
        <translation>Auf die Zeichenfläche ziehen oder doppelklicken</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Drag onto the canvas to add a table there (or double-click the canvas)</source>
        <translation>Auf die Zeichenfläche ziehen, um dort eine Tabelle hinzuzufügen (oder auf die Zeichenfläche doppelklicken)</translation>
    </message>
    <message>
        <source>Link table (many-to-many)</source>
        <translation>Verknüpfungstabelle (viele zu viele)</translation>
    </message>
    <message>
        <source>Drop onto a table, then click the second table: a link table with a composite primary key and the many-to-many relationship between the two. With two tables selected, double-click this entry to link them.</source>
        <translation>Auf einer Tabelle ablegen, dann auf die zweite Tabelle klicken: eine Verknüpfungstabelle mit zusammengesetztem Primärschlüssel und die Viele-zu-viele-Beziehung zwischen den beiden. Sind zwei Tabellen ausgewählt, doppelklicken Sie auf diesen Eintrag, um sie zu verknüpfen.</translation>
    </message>
</context>
<context>
    <name>Ui::SectionBox</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ui::TableItem</name>
    <message>
        <source>+ Add column</source>
        <translation>+ Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Double-click the header to rename the table, a row to rename its column. Select the card, then drag the dot at a row&apos;s right edge onto another table (or this one) for a foreign key. Insert adds a column, Alt+Up/Down moves the current one, Delete removes it. Right-click for more.</source>
        <translation>Doppelklicken Sie auf die Kopfzeile, um die Tabelle umzubenennen, auf eine Zeile, um ihre Spalte umzubenennen. Wählen Sie die Karte aus und ziehen Sie dann den Punkt am rechten Rand einer Zeile auf eine andere Tabelle (oder auf diese), um einen Fremdschlüssel anzulegen. Einfg fügt eine Spalte hinzu, Alt+Pfeil nach oben/unten verschiebt die aktuelle, Entf entfernt sie. Rechtsklick für mehr.</translation>
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
    <message>
        <source>Suppress</source>
        <translation>Unterdrücken</translation>
    </message>
    <message>
        <source>Show suppressed</source>
        <translation>Unterdrückte anzeigen</translation>
    </message>
    <message>
        <source>Accept this warning for this object; the project keeps the choice (undoable)</source>
        <translation>Diese Warnung für dieses Objekt akzeptieren; das Projekt merkt sich die Entscheidung (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (unterdrückt)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Python code in %1 (%2)</source>
        <translation>Python-Code in %1 (%2)</translation>
    </message>
    <message>
        <source>design</source>
        <translation>Entwurf</translation>
    </message>
</context>
</TS>
