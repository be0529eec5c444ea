<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>Autosaver</name>
    <message>
      <source>Could not write a recovery copy: %1</source>
      <translation>Die Sicherungskopie ließ sich nicht schreiben: %1</translation>
    </message>
  </context>
  <context>
    <name>CardDelegate</name>
    <message>
      <source>In paragraph %1</source>
      <translation>In Absatz %1</translation>
    </message>
  </context>
  <context>
    <name>CardForm</name>
    <message>
      <source>Card text</source>
      <translation>Kartentext</translation>
    </message>
    <message>
      <source>One fact, in a sentence (at most 300 characters)</source>
      <translation>Ein Fakt in einem Satz (höchstens 300 Zeichen)</translation>
    </message>
    <message>
      <source>Card detail</source>
      <translation>Details zur Karte</translation>
    </message>
    <message>
      <source>More about it, shown when a student points at the card (optional)</source>
      <translation>Mehr dazu, erscheint, wenn Schüler/innen auf die Karte zeigen (freiwillig)</translation>
    </message>
    <message>
      <source>Card year</source>
      <translation>Jahr der Karte</translation>
    </message>
    <message>
      <source>e.g. 1955</source>
      <translation>z. B. 1955</translation>
    </message>
    <message>
      <source>&amp;Text:</source>
      <translation>&amp;Text:</translation>
    </message>
    <message>
      <source>&amp;Factors:</source>
      <translation>Fakto&amp;ren:</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Jahr:</translation>
    </message>
    <message>
      <source>De&amp;tail:</source>
      <translation>Detail&amp;s:</translation>
    </message>
    <message>
      <source>Id:</source>
      <translation>ID:</translation>
    </message>
    <message>
      <source>(unnamed factor)</source>
      <translation>(Faktor ohne Namen)</translation>
    </message>
    <message>
      <source>Factor %1</source>
      <translation>Faktor %1</translation>
    </message>
    <message>
      <source>Edit card text</source>
      <translation>Kartentext bearbeiten</translation>
    </message>
    <message>
      <source>Edit card detail</source>
      <translation>Details zur Karte bearbeiten</translation>
    </message>
    <message>
      <source>Edit card year</source>
      <translation>Jahr der Karte bearbeiten</translation>
    </message>
    <message>
      <source>Tick factor</source>
      <translation>Faktor ankreuzen</translation>
    </message>
    <message>
      <source>Untick factor</source>
      <translation>Kreuz beim Faktor entfernen</translation>
    </message>
  </context>
  <context>
    <name>CardListModel</name>
    <message>
      <source>missing card (%1)</source>
      <translation>fehlende Karte (%1)</translation>
    </message>
    <message>
      <source>This card is not in the pack any more. It stays in your plan and is saved unchanged.</source>
      <translation>Diese Karte ist nicht mehr im Paket. Sie bleibt im Plan und wird unverändert gespeichert.</translation>
    </message>
    <message>
      <source>missing card %1</source>
      <translation>fehlende Karte %1</translation>
    </message>
  </context>
  <context>
    <name>CardMarks</name>
    <message>
      <source>Yours</source>
      <translation>Eigene</translation>
    </message>
    <message>
      <source>Your own card: your teacher sees that you wrote it.</source>
      <translation>Eigene Karte: Die Lehrkraft sieht, dass sie selbst geschrieben ist.</translation>
    </message>
    <message>
      <source>Fits another factor</source>
      <translation>Passt zu anderem Faktor</translation>
    </message>
    <message>
      <source>Does not count here: it fits another factor of the question.</source>
      <translation>Zählt hier nicht: Die Karte passt zu einem anderen Faktor der Frage.</translation>
    </message>
    <message>
      <source>Off the question</source>
      <translation>Nicht zur Frage</translation>
    </message>
    <message>
      <source>Does not count: it does not fit this question.</source>
      <translation>Zählt nicht: Die Karte passt nicht zu dieser Frage.</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>Nicht nötig</translation>
    </message>
    <message>
      <source>Does not count: this paragraph already has the cards it can use.</source>
      <translation>Zählt nicht: Der Absatz hat schon so viele Karten, wie er brauchen kann.</translation>
    </message>
    <message>
      <source>Does not count</source>
      <translation>Zählt nicht</translation>
    </message>
    <message>
      <source>Does not count: see What to do next.</source>
      <translation>Zählt nicht: siehe „Nächste Schritte“.</translation>
    </message>
    <message>
      <source>Not in the pack</source>
      <translation>Nicht im Paket</translation>
    </message>
    <message>
      <source>This card is not in the pack any more; it is kept in your plan.</source>
      <translation>Diese Karte ist nicht mehr im Paket; sie bleibt im Plan erhalten.</translation>
    </message>
  </context>
  <context>
    <name>CardTableModel</name>
    <message>
      <source>Factor: %1 (tick the cards that support it)</source>
      <translation>Faktor: %1 (die Karten ankreuzen, die ihn stützen)</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Made from the text when the card is first written, then kept, so students' plans find their cards after the pack changes</source>
      <translation>Wird beim ersten Schreiben der Karte aus dem Text gebildet und dann beibehalten, damit die Pläne der Schüler/innen ihre Karten auch nach Änderungen am Paket wiederfinden</translation>
    </message>
    <message>
      <source>%1: ticked</source>
      <translation>%1: angekreuzt</translation>
    </message>
    <message>
      <source>%1: not ticked</source>
      <translation>%1: nicht angekreuzt</translation>
    </message>
    <message>
      <source>(no text yet)</source>
      <translation>(noch kein Text)</translation>
    </message>
    <message>
      <source>Tick factor</source>
      <translation>Faktor ankreuzen</translation>
    </message>
    <message>
      <source>Untick factor</source>
      <translation>Kreuz beim Faktor entfernen</translation>
    </message>
    <message>
      <source>Edit card text</source>
      <translation>Kartentext bearbeiten</translation>
    </message>
    <message>
      <source>Edit card detail</source>
      <translation>Details zur Karte bearbeiten</translation>
    </message>
    <message>
      <source>“%1” is not a year: write a whole number such as 1953, or leave it empty.</source>
      <translation>„%1“ ist keine Jahreszahl: eine ganze Zahl wie 1953 eintragen oder das Feld leer lassen.</translation>
    </message>
    <message>
      <source>Edit card year</source>
      <translation>Jahr der Karte bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>CardsPreviewDialog</name>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the spreadsheet first; nothing is added until then:</source>
      <translation>
        <numerusform>Zuerst muss %n Problem in der Tabelle behoben werden; bis dahin wird nichts hinzugefügt:</numerusform>
        <numerusform>Zuerst müssen %n Probleme in der Tabelle behoben werden; bis dahin wird nichts hinzugefügt:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n card(s)</source>
      <translation>
        <numerusform>%n Karte hinzufügen</numerusform>
        <numerusform>%n Karten hinzufügen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckActions</name>
    <message>
      <source>Progress history</source>
      <translation>Lernverlauf</translation>
    </message>
    <message>
      <source>Checked: %1/100, band %2 (%3)</source>
      <translation>Geprüft: %1/100, Stufe %2 (%3)</translation>
    </message>
  </context>
  <context>
    <name>ClassReportWindow</name>
    <message>
      <source>Class report</source>
      <translation>Klassenbericht</translation>
    </message>
    <message>
      <source>&amp;Choose folder…</source>
      <translation>Ordner &amp;wählen …</translation>
    </message>
    <message>
      <source>Choose the folder of plans</source>
      <translation>Den Ordner mit den Plänen wählen</translation>
    </message>
    <message>
      <source>&amp;Read again</source>
      <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
      <source>Read the folder again</source>
      <translation>Den Ordner neu einlesen</translation>
    </message>
    <message>
      <source>Add pack &amp;file…</source>
      <translation>Paket&amp;datei hinzufügen …</translation>
    </message>
    <message>
      <source>Add a pack file the plans use</source>
      <translation>Eine Paketdatei hinzufügen, die die Pläne verwenden</translation>
    </message>
    <message>
      <source>Reading plans</source>
      <translation>Pläne werden gelesen</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Anhalten</translation>
    </message>
    <message>
      <source>Stop reading</source>
      <translation>Das Einlesen anhalten</translation>
    </message>
    <message>
      <source>Find a student</source>
      <translation>Schüler/in suchen</translation>
    </message>
    <message>
      <source>Show plans for question</source>
      <translation>Pläne nach Frage filtern</translation>
    </message>
    <message>
      <source>Show plans in band</source>
      <translation>Pläne nach Stufe filtern</translation>
    </message>
    <message>
      <source>Plans, one row per student</source>
      <translation>Pläne, eine Zeile je Schüler/in</translation>
    </message>
    <message>
      <source>&amp;Open plan</source>
      <translation>Plan ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Open the selected student's plan</source>
      <translation>Den Plan der gewählten Schülerin oder des gewählten Schülers öffnen</translation>
    </message>
    <message>
      <source>Click a column to sort by it. Double-click a row (or select it and press Enter) to read the whole plan beside the model plan.</source>
      <translation>Auf eine Spalte klicken, um danach zu sortieren. Eine Zeile doppelt anklicken (oder auswählen und die Eingabetaste drücken), um den ganzen Plan neben dem Musterplan zu lesen.</translation>
    </message>
    <message>
      <source>Question for the summary</source>
      <translation>Frage für die Übersicht</translation>
    </message>
    <message>
      <source>Plans per band</source>
      <translation>Pläne je Stufe</translation>
    </message>
    <message>
      <source>Plans with evidence for each factor</source>
      <translation>Pläne mit Belegen je Faktor</translation>
    </message>
    <message>
      <source>Cards most often misplaced</source>
      <translation>Am häufigsten falsch eingeordnete Karten</translation>
    </message>
    <message>
      <source>&amp;Plans</source>
      <translation>&amp;Pläne</translation>
    </message>
    <message>
      <source>&amp;Summary</source>
      <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
      <source>Show skipped files…</source>
      <translation>Übersprungene Dateien zeigen …</translation>
    </message>
    <message>
      <source>Show the files that could not be read</source>
      <translation>Die Dateien zeigen, die sich nicht lesen ließen</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
      <source>Export &amp;Markdown…</source>
      <translation>Als &amp;Markdown exportieren …</translation>
    </message>
    <message>
      <source>Export &amp;HTML…</source>
      <translation>Als &amp;HTML exportieren …</translation>
    </message>
    <message>
      <source>Choose the folder your students' plan files are in (*.plan.yaml).</source>
      <translation>Den Ordner wählen, in dem die Plandateien der Klasse liegen (*.plan.yaml).</translation>
    </message>
    <message>
      <source>All bands</source>
      <translation>Alle Stufen</translation>
    </message>
    <message>
      <source>Band %1 · %2</source>
      <translation>Stufe %1 · %2</translation>
    </message>
    <message>
      <source>Packs the plans can use: %1</source>
      <translation>Pakete, die die Pläne verwenden können: %1</translation>
    </message>
    <message>
      <source>Cannot use pack</source>
      <translation>Paket nicht verwendbar</translation>
    </message>
    <message>
      <source>“%1” is not a valid pack.</source>
      <translation>„%1“ ist kein gültiges Paket.</translation>
    </message>
    <message>
      <source>Folder of students' plans</source>
      <translation>Ordner mit den Plänen der Klasse</translation>
    </message>
    <message>
      <source>Plans in %1</source>
      <translation>Pläne in %1</translation>
    </message>
    <message>
      <source>Reading plan %1 of %2</source>
      <translation>Plan %1 von %2 wird gelesen</translation>
    </message>
    <message>
      <source>Cannot read the plans</source>
      <translation>Die Pläne lassen sich nicht lesen</translation>
    </message>
    <message>
      <source>All questions</source>
      <translation>Alle Fragen</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be read or scored and were skipped.</source>
      <translation>
        <numerusform>%n Datei ließ sich nicht lesen oder bewerten und wurde übersprungen.</numerusform>
        <numerusform>%n Dateien ließen sich nicht lesen oder bewerten und wurden übersprungen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n plan(s)</source>
      <translation>
        <numerusform>%n Plan</numerusform>
        <numerusform>%n Pläne</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n plan(s)</source>
      <translation>
        <numerusform>%1 von %n Plan</numerusform>
        <numerusform>%1 von %n Plänen</numerusform>
      </translation>
    </message>
    <message>
      <source>No plans read yet.</source>
      <translation>Noch keine Pläne eingelesen.</translation>
    </message>
    <message>
      <source>No plan could be scored.</source>
      <translation>Kein Plan ließ sich bewerten.</translation>
    </message>
    <message>
      <source>Nothing to show yet</source>
      <translation>Noch nichts zu zeigen</translation>
    </message>
    <message numerus="yes">
      <source>Plans answering this question: %n; their mean overall score is %1.</source>
      <translation>
        <numerusform>Pläne zu dieser Frage: %n; sein Gesamtwert liegt bei %1.</numerusform>
        <numerusform>Pläne zu dieser Frage: %n; ihr Gesamtwert liegt im Mittel bei %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>No card was misplaced in any plan.</source>
      <translation>In keinem Plan wurde eine Karte falsch eingeordnet.</translation>
    </message>
    <message>
      <source>Skipped files</source>
      <translation>Übersprungene Dateien</translation>
    </message>
    <message>
      <source>These files could not be read or scored (a damaged file, or a pack that is not installed: install it, or add its file with “Add pack file…”):</source>
      <translation>Diese Dateien ließen sich nicht lesen oder bewerten (eine beschädigte Datei oder ein Paket, das nicht installiert ist: es installieren oder seine Datei mit „Paketdatei hinzufügen …“ hinzufügen):</translation>
    </message>
    <message>
      <source>CSV for a spreadsheet (*.csv)</source>
      <translation>CSV für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Web page, opens in any browser (*.html)</source>
      <translation>Webseite, öffnet sich in jedem Browser (*.html)</translation>
    </message>
    <message>
      <source>Export class report</source>
      <translation>Klassenbericht exportieren</translation>
    </message>
    <message>
      <source>Could not export</source>
      <translation>Export nicht möglich</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Compare with the model plan</source>
      <translation>Mit dem Musterplan vergleichen</translation>
    </message>
    <message>
      <source>Your plan compared with the model plan</source>
      <translation>Der eigene Plan im Vergleich mit dem Musterplan</translation>
    </message>
    <message>
      <source>Your plan beside the pack's model plan. Orange marks evidence the model plan uses that yours does not; blue marks factors your plan supports that the model plan does not. There is more than one good plan: use it for ideas, not as the answer.</source>
      <translation>Der eigene Plan neben dem Musterplan des Pakets. Orange markiert Belege, die der Musterplan verwendet, der eigene Plan aber nicht; Blau markiert Faktoren, die der eigene Plan stützt, der Musterplan aber nicht. Es gibt mehr als einen guten Plan: den Musterplan als Anregung nutzen, nicht als Lösung.</translation>
    </message>
    <message>
      <source>Plans side by side</source>
      <translation>Pläne nebeneinander</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Your plan</source>
      <translation>Eigener Plan</translation>
    </message>
    <message>
      <source>Model plan</source>
      <translation>Musterplan</translation>
    </message>
    <message>
      <source>Other paragraphs</source>
      <translation>Weitere Absätze</translation>
    </message>
    <message>
      <source>Judgement</source>
      <translation>Urteil</translation>
    </message>
    <message>
      <source>{overall}/100 · Band {band} of 5 · {name}</source>
      <translation>{overall}/100 · Stufe {band} von 5 · {name}</translation>
    </message>
    <message>
      <source>Range {r} · Balance {b} · Selection {s} · Analysis {a} · Judgement {j}</source>
      <translation>Breite {r} · Ausgewogenheit {b} · Auswahl {s} · Analyse {a} · Urteil {j}</translation>
    </message>
    <message>
      <source>Only your plan supports this factor</source>
      <translation>Nur der eigene Plan stützt diesen Faktor</translation>
    </message>
    <message>
      <source>Your plan, %1 (only your plan supports it)</source>
      <translation>Eigener Plan, %1 (nur der eigene Plan stützt ihn)</translation>
    </message>
    <message>
      <source>Your plan, %1</source>
      <translation>Eigener Plan, %1</translation>
    </message>
    <message>
      <source>Model plan, %1</source>
      <translation>Musterplan, %1</translation>
    </message>
    <message>
      <source>No evidence</source>
      <translation>Keine Belege</translation>
    </message>
    <message>
      <source>Card “%1” is not in this pack</source>
      <translation>Die Karte „%1“ ist nicht in diesem Paket</translation>
    </message>
    <message>
      <source>no factor</source>
      <translation>kein Faktor</translation>
    </message>
    <message>
      <source>    in your plan under “%1”</source>
      <translation>    im eigenen Plan unter „%1“</translation>
    </message>
    <message>
      <source>    does not count here: not tagged with this paragraph's factor</source>
      <translation>    zählt hier nicht: nicht dem Faktor dieses Absatzes zugeordnet</translation>
    </message>
    <message>
      <source>Not in your plan</source>
      <translation>Nicht im eigenen Plan</translation>
    </message>
    <message>
      <source>Not in your plan: %1</source>
      <translation>Nicht im eigenen Plan: %1</translation>
    </message>
    <message>
      <source>Most important: %1</source>
      <translation>Am wichtigsten: %1</translation>
    </message>
    <message>
      <source>No most important factor chosen</source>
      <translation>Kein wichtigster Faktor gewählt</translation>
    </message>
    <message>
      <source>No conclusion written</source>
      <translation>Kein Fazit geschrieben</translation>
    </message>
  </context>
  <context>
    <name>CoverageChart</name>
    <message>
      <source>Evidence per factor</source>
      <translation>Belege je Faktor</translation>
    </message>
    <message>
      <source>No evidence yet</source>
      <translation>Noch keine Belege</translation>
    </message>
    <message>
      <source>{name}: {cards}</source>
      <translation>{name}: {cards}</translation>
    </message>
    <message>
      <source>Each factor needs {cards} for full credit.</source>
      <translation>Für die volle Punktzahl braucht jeder Faktor {cards}.</translation>
    </message>
    <message>
      <source>Sides: {sides}.</source>
      <translation>Seiten: {sides}.</translation>
    </message>
    <message>
      <source>1 card</source>
      <translation>1 Karte</translation>
    </message>
    <message>
      <source>{count} cards</source>
      <translation>{count} Karten</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min.</translation>
    </message>
    <message>
      <source>Sides</source>
      <translation>Seiten</translation>
    </message>
  </context>
  <context>
    <name>DetailsPage</name>
    <message>
      <source>Pack title</source>
      <translation>Titel des Pakets</translation>
    </message>
    <message>
      <source>e.g. The origins of the Cold War, 1945–49</source>
      <translation>z. B. Die Anfänge des Kalten Krieges, 1945–49</translation>
    </message>
    <message>
      <source>Pack id</source>
      <translation>Paket-ID</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Ändern …</translation>
    </message>
    <message>
      <source>Change the pack's id</source>
      <translation>Die ID des Pakets ändern</translation>
    </message>
    <message>
      <source>Pack version</source>
      <translation>Version des Pakets</translation>
    </message>
    <message>
      <source>Pack author</source>
      <translation>Autor/in des Pakets</translation>
    </message>
    <message>
      <source>Your name or school</source>
      <translation>Name oder Schule</translation>
    </message>
    <message>
      <source>Pack language</source>
      <translation>Sprache des Pakets</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>Nicht angegeben</translation>
    </message>
    <message>
      <source>Pack description</source>
      <translation>Beschreibung des Pakets</translation>
    </message>
    <message>
      <source>What the pack covers, for colleagues and students</source>
      <translation>Was das Paket abdeckt, für Kolleg/innen und Schüler/innen</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>&amp;Id:</source>
      <translation>&amp;ID:</translation>
    </message>
    <message>
      <source>&amp;Version:</source>
      <translation>&amp;Version:</translation>
    </message>
    <message>
      <source>Saving offers a new version number when the cards or questions changed.</source>
      <translation>Beim Speichern wird eine neue Versionsnummer vorgeschlagen, wenn sich Karten oder Fragen geändert haben.</translation>
    </message>
    <message>
      <source>&amp;Author:</source>
      <translation>A&amp;utor/in:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <source>The language of the cards and questions (a BCP 47 tag such as en, de or de-AT): scoring reads students' points in it.</source>
      <translation>Die Sprache der Karten und Fragen (ein BCP-47-Kürzel wie en, de oder de-AT): In dieser Sprache liest die Bewertung die Kernaussagen der Schüler/innen.</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
      <source>This pack is installed.</source>
      <translation>Dieses Paket ist installiert.</translation>
    </message>
    <message>
      <source>This pack has been saved to a file, and may have been shared.</source>
      <translation>Dieses Paket wurde in eine Datei gespeichert und vielleicht schon weitergegeben.</translation>
    </message>
    <message>
      <source>Students' plans and progress record the pack's id, so it stays the same from now on.</source>
      <translation>Pläne und Lernverlauf der Schüler/innen speichern die ID des Pakets, deshalb bleibt sie ab jetzt gleich.</translation>
    </message>
    <message>
      <source>Made from the title until you save the pack; plans record it, so it stays the same after that. Letters a–z, digits and '-'.</source>
      <translation>Wird bis zum Speichern aus dem Titel gebildet; Pläne speichern sie, deshalb bleibt sie danach gleich. Buchstaben a–z, Ziffern und '-'.</translation>
    </message>
    <message>
      <source>Edit title</source>
      <translation>Titel bearbeiten</translation>
    </message>
    <message>
      <source>Edit id</source>
      <translation>ID bearbeiten</translation>
    </message>
    <message>
      <source>Use letters a–z, digits and '-', starting with a letter or digit.</source>
      <translation>Buchstaben a–z, Ziffern und '-' verwenden, am Anfang ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
      <source>Edit version</source>
      <translation>Version bearbeiten</translation>
    </message>
    <message>
      <source>Edit author</source>
      <translation>Autor/in bearbeiten</translation>
    </message>
    <message>
      <source>Edit description</source>
      <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
      <source>Edit language</source>
      <translation>Sprache bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message numerus="yes">
      <source>Sent %n card(s) to paragraph %1</source>
      <translation>
        <numerusform>%n Karte in Absatz %1 gelegt</numerusform>
        <numerusform>%n Karten in Absatz %1 gelegt</numerusform>
      </translation>
    </message>
    <message>
      <source>Enter in the evidence bank now sends cards to paragraph %1</source>
      <translation>Die Eingabetaste in der Belegsammlung legt Karten jetzt in Absatz %1</translation>
    </message>
    <message>
      <source>Paragraph %1 removed. Undo (%2) brings it back.</source>
      <translation>Absatz %1 entfernt. Rückgängig (%2) holt ihn zurück.</translation>
    </message>
    <message>
      <source>This question uses only cards from the evidence bank.</source>
      <translation>Bei dieser Frage zählen nur Karten aus der Belegsammlung.</translation>
    </message>
    <message>
      <source>Your card was added to the end of the evidence bank: press Enter or drag it into a paragraph.</source>
      <translation>Die Karte steht jetzt am Ende der Belegsammlung: mit der Eingabetaste oder per Ziehen in einen Absatz legen.</translation>
    </message>
  </context>
  <context>
    <name>EvidencePage</name>
    <message>
      <source>Search cards (Ctrl+F)</source>
      <translation>Karten durchsuchen (Strg+F)</translation>
    </message>
    <message>
      <source>Search cards</source>
      <translation>Karten durchsuchen</translation>
    </message>
    <message>
      <source>Show cards for factor</source>
      <translation>Karten nach Faktor filtern</translation>
    </message>
    <message>
      <source>Only cards with &amp;problems</source>
      <translation>Nur Karten mit Probl&amp;emen</translation>
    </message>
    <message>
      <source>Only cards with problems</source>
      <translation>Nur Karten mit Problemen</translation>
    </message>
    <message>
      <source>Evidence cards</source>
      <translation>Belegkarten</translation>
    </message>
    <message>
      <source>Select all cards</source>
      <translation>Alle Karten auswählen</translation>
    </message>
    <message>
      <source>&amp;Add card</source>
      <translation>Neue &amp;Karte</translation>
    </message>
    <message>
      <source>Add a card after the selected one</source>
      <translation>Eine Karte nach der gewählten hinzufügen</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Lös&amp;chen</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <source>Pa&amp;ste rows…</source>
      <translation>Zeilen ei&amp;nfügen …</translation>
    </message>
    <message>
      <source>Add rows copied from a spreadsheet or a Word table (Ctrl+V in the table): text, factors, year, detail</source>
      <translation>Aus einer Tabellenkalkulation oder einer Word-Tabelle kopierte Zeilen hinzufügen (Strg+V in der Tabelle): Text, Faktoren, Jahr, Details</translation>
    </message>
    <message>
      <source>&amp;Import cards…</source>
      <translation>I&amp;mportieren …</translation>
    </message>
    <message>
      <source>Add cards from a spreadsheet saved as CSV or TSV</source>
      <translation>Karten aus einer Tabelle hinzufügen, die als CSV oder TSV gespeichert ist</translation>
    </message>
    <message>
      <source>E&amp;xport cards…</source>
      <translation>E&amp;xportieren …</translation>
    </message>
    <message>
      <source>Save the cards as a spreadsheet, to edit and import again</source>
      <translation>Die Karten als Tabelle speichern, um sie zu bearbeiten und wieder zu importieren</translation>
    </message>
    <message>
      <source>All factors</source>
      <translation>Alle Faktoren</translation>
    </message>
    <message>
      <source>Cards with no factor</source>
      <translation>Karten ohne Faktor</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n Karte</numerusform>
        <numerusform>%n Karten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n card(s)</source>
      <translation>
        <numerusform>%1 von %n Karte</numerusform>
        <numerusform>%1 von %n Karten</numerusform>
      </translation>
    </message>
    <message>
      <source>Sorted by a column: choose pack order (click the column again) to move cards</source>
      <translation>Nach einer Spalte sortiert: Zum Verschieben von Karten die Reihenfolge des Pakets wählen (die Spalte noch einmal anklicken)</translation>
    </message>
    <message>
      <source>Add card</source>
      <translation>Karte hinzufügen</translation>
    </message>
    <message numerus="yes">
      <source>Duplicate %n card(s)</source>
      <translation>
        <numerusform>%n Karte duplizieren</numerusform>
        <numerusform>%n Karten duplizieren</numerusform>
      </translation>
    </message>
    <message>
      <source>These model plans use some of them, and lose them too:</source>
      <translation>Diese Musterpläne verwenden einige davon und verlieren sie ebenfalls:</translation>
    </message>
    <message numerus="yes">
      <source>Delete %n card(s)</source>
      <translation>
        <numerusform>%n Karte löschen</numerusform>
        <numerusform>%n Karten löschen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n card(s)</source>
      <translation>
        <numerusform>%n Karte verschieben</numerusform>
        <numerusform>%n Karten verschieben</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EvidencePanel</name>
    <message>
      <source>Evidence bank</source>
      <translation>Belegsammlung</translation>
    </message>
    <message>
      <source>Search cards (Ctrl+F)</source>
      <translation>Karten durchsuchen (Strg+F)</translation>
    </message>
    <message>
      <source>Search evidence</source>
      <translation>Belege durchsuchen</translation>
    </message>
    <message>
      <source>Hide cards already in the plan</source>
      <translation>Karten im Plan ausblenden</translation>
    </message>
    <message>
      <source>No cards match</source>
      <translation>Keine passenden Karten</translation>
    </message>
    <message>
      <source>Evidence cards</source>
      <translation>Belegkarten</translation>
    </message>
    <message>
      <source>Enter or Ctrl+1 to 9 sends the selected cards to a paragraph</source>
      <translation>Eingabetaste oder Strg+1 bis 9 legt die gewählten Karten in einen Absatz</translation>
    </message>
    <message>
      <source>New card…</source>
      <translation>Neue Karte …</translation>
    </message>
    <message>
      <source>New card</source>
      <translation>Neue Karte</translation>
    </message>
    <message>
      <source>Write your own evidence card; it is saved in your plan</source>
      <translation>Eine eigene Belegkarte schreiben; sie wird im Plan gespeichert</translation>
    </message>
    <message>
      <source>This question uses only cards from the evidence bank</source>
      <translation>Bei dieser Frage zählen nur Karten aus der Belegsammlung</translation>
    </message>
    <message>
      <source>Show only cards for %1</source>
      <translation>Nur Karten zu %1 zeigen</translation>
    </message>
    <message>
      <source>Show only cards tagged with this factor</source>
      <translation>Nur Karten mit diesem Faktor zeigen</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <source>%1 cards</source>
      <translation>%1 Karten</translation>
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message>
      <source>Exported %1</source>
      <translation>%1 exportiert</translation>
    </message>
    <message>
      <source>Export Markdown</source>
      <translation>Als Markdown exportieren</translation>
    </message>
    <message>
      <source>Could not export</source>
      <translation>Export nicht möglich</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation>Als PDF exportieren</translation>
    </message>
    <message>
      <source>Export picture</source>
      <translation>Als Bild exportieren</translation>
    </message>
    <message>
      <source>The picture could not be written.</source>
      <translation>Das Bild ließ sich nicht schreiben.</translation>
    </message>
  </context>
  <context>
    <name>FactorListModel</name>
    <message>
      <source>(unnamed factor)</source>
      <translation>(Faktor ohne Namen)</translation>
    </message>
  </context>
  <context>
    <name>FactorsPage</name>
    <message>
      <source>Factors</source>
      <translation>Faktoren</translation>
    </message>
    <message>
      <source>&amp;Add factor</source>
      <translation>Faktor hin&amp;zufügen</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <source>The causes or themes an essay can be organised by: a plan has a paragraph for each factor of its question. The order here is the order of the paragraphs.</source>
      <translation>Die Ursachen oder Themen, nach denen sich ein Aufsatz gliedern lässt: Ein Plan hat für jeden Faktor seiner Frage einen Absatz. Die Reihenfolge hier ist die Reihenfolge der Absätze.</translation>
    </message>
    <message>
      <source>Factor name</source>
      <translation>Name des Faktors</translation>
    </message>
    <message>
      <source>e.g. Economic motives</source>
      <translation>z. B. Wirtschaftliche Motive</translation>
    </message>
    <message>
      <source>Factor description</source>
      <translation>Beschreibung des Faktors</translation>
    </message>
    <message>
      <source>What the factor covers, in a sentence or two</source>
      <translation>Was der Faktor umfasst, in ein oder zwei Sätzen</translation>
    </message>
    <message>
      <source>Factor hint</source>
      <translation>Tipp zum Faktor</translation>
    </message>
    <message>
      <source>Shown to a student whose plan has no evidence for it: where to look</source>
      <translation>Erscheint, wenn ein Plan für den Faktor keine Belege hat: wo man suchen kann</translation>
    </message>
    <message>
      <source>Factor colour</source>
      <translation>Farbe des Faktors</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>Beschre&amp;ibung:</translation>
    </message>
    <message>
      <source>&amp;Hint:</source>
      <translation>&amp;Tipp:</translation>
    </message>
    <message>
      <source>&amp;Colour:</source>
      <translation>Fa&amp;rbe:</translation>
    </message>
    <message>
      <source>Colours from a palette people with colour blindness can tell apart</source>
      <translation>Farben aus einer Palette, die auch Menschen mit Farbenblindheit unterscheiden können</translation>
    </message>
    <message>
      <source>Id:</source>
      <translation>ID:</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>Blau</translation>
    </message>
    <message>
      <source>Orange</source>
      <translation>Orange</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>Grün</translation>
    </message>
    <message>
      <source>Pink</source>
      <translation>Rosa</translation>
    </message>
    <message>
      <source>Sky blue</source>
      <translation>Himmelblau</translation>
    </message>
    <message>
      <source>Vermilion</source>
      <translation>Zinnoberrot</translation>
    </message>
    <message>
      <source>Yellow</source>
      <translation>Gelb</translation>
    </message>
    <message>
      <source>Grey</source>
      <translation>Grau</translation>
    </message>
    <message numerus="yes">
      <source>Used by %n card(s).</source>
      <translation>
        <numerusform>Von %n Karte verwendet.</numerusform>
        <numerusform>Von %n Karten verwendet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Asked for by %n question(s).</source>
      <translation>
        <numerusform>In %n Frage verlangt.</numerusform>
        <numerusform>In %n Fragen verlangt.</numerusform>
      </translation>
    </message>
    <message>
      <source>No factor yet: a pack needs at least two.</source>
      <translation>Noch kein Faktor: Ein Paket braucht mindestens zwei.</translation>
    </message>
    <message>
      <source>Automatic (from the palette)</source>
      <translation>Automatisch (aus der Palette)</translation>
    </message>
    <message>
      <source>Other colour…</source>
      <translation>Andere Farbe …</translation>
    </message>
    <message>
      <source>Rename factor</source>
      <translation>Faktor umbenennen</translation>
    </message>
    <message>
      <source>Edit factor description</source>
      <translation>Beschreibung des Faktors bearbeiten</translation>
    </message>
    <message>
      <source>Edit factor hint</source>
      <translation>Tipp zum Faktor bearbeiten</translation>
    </message>
    <message>
      <source>Change factor colour</source>
      <translation>Farbe des Faktors ändern</translation>
    </message>
    <message>
      <source>Add factor</source>
      <translation>Faktor hinzufügen</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) tagged with it will lose the tag.</source>
      <translation>
        <numerusform>%n Karte mit diesem Faktor verliert die Zuordnung.</numerusform>
        <numerusform>%n Karten mit diesem Faktor verlieren die Zuordnung.</numerusform>
      </translation>
    </message>
    <message>
      <source>The question “%1” asks for it; it no longer will.</source>
      <translation>Die Frage „%1“ verlangt ihn; danach nicht mehr.</translation>
    </message>
    <message numerus="yes">
      <source>Its paragraph in %n model plan(s) will be removed.</source>
      <translation>
        <numerusform>Sein Absatz in %n Musterplan wird entfernt.</numerusform>
        <numerusform>Sein Absatz in %n Musterplänen wird entfernt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove factor</source>
      <translation>Faktor entfernen</translation>
    </message>
    <message>
      <source>Move factor</source>
      <translation>Faktor verschieben</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <source>Untitled plan</source>
      <translation>Unbenannter Plan</translation>
    </message>
    <message>
      <source>Opening %1…</source>
      <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
      <source>Opening %1 was cancelled.</source>
      <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>%1 wird gelesen …</translation>
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation>Plan lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>“%1” could not be read. The file was not changed.</source>
      <translation>„%1“ ließ sich nicht lesen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
      <source>Pack not installed</source>
      <translation>Paket nicht installiert</translation>
    </message>
    <message>
      <source>This plan was made with the pack “%1” (version %2), which is not installed. Open that pack's file first (File ▸ Open…), then open the plan again.</source>
      <translation>Dieser Plan wurde mit dem Paket „%1“ (Version %2) erstellt, das nicht installiert ist. Zuerst die Datei dieses Pakets öffnen (Datei ▸ Öffnen …), dann den Plan erneut öffnen.</translation>
    </message>
    <message>
      <source>Question not in pack</source>
      <translation>Frage nicht im Paket</translation>
    </message>
    <message>
      <source>This plan answers the question “%1”, which pack “%2” no longer has.</source>
      <translation>Dieser Plan beantwortet die Frage „%1“, die es im Paket „%2“ nicht mehr gibt.</translation>
    </message>
    <message>
      <source>This plan was made with version %1 of the pack; this is version %2. Cards it no longer has are kept and shown as missing.</source>
      <translation>Dieser Plan wurde mit Version %1 des Pakets erstellt; vorhanden ist Version %2. Karten, die es nicht mehr gibt, bleiben erhalten und werden als fehlend angezeigt.</translation>
    </message>
    <message>
      <source>Cannot revert</source>
      <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
      <source>“%1” could not be read. Your plan was not changed.</source>
      <translation>„%1“ ließ sich nicht lesen. Der Plan wurde nicht verändert.</translation>
    </message>
    <message>
      <source>Reverting was cancelled: your plan was not changed.</source>
      <translation>Das Zurücksetzen wurde abgebrochen: Der Plan wurde nicht verändert.</translation>
    </message>
    <message>
      <source>Reverted to the saved plan. Undo brings your changes back.</source>
      <translation>Die gespeicherte Fassung ist wiederhergestellt. Rückgängig holt die Änderungen zurück.</translation>
    </message>
    <message>
      <source>Save plan</source>
      <translation>Plan speichern</translation>
    </message>
    <message>
      <source>Could not save</source>
      <translation>Speichern nicht möglich</translation>
    </message>
    <message>
      <source>This plan could not be read back, so it was not saved. Nothing on disk changed; please report this.</source>
      <translation>Der Plan ließ sich nach dem Schreiben nicht wieder lesen und wurde deshalb nicht gespeichert. Auf dem Datenträger hat sich nichts geändert; bitte diesen Fehler melden.</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 gespeichert</translation>
    </message>
    <message>
      <source>Coexist cannot keep its files</source>
      <translation>Coexist kann seine Dateien nicht ablegen</translation>
    </message>
    <message>
      <source>Recovery copies, installed packs and your progress history need Coexist's data folder, which cannot be used:</source>
      <translation>Sicherungskopien, installierte Pakete und der Lernverlauf brauchen den Datenordner von Coexist, der sich nicht nutzen lässt:</translation>
    </message>
    <message>
      <source>Move what is in the way (or fix the link), then start Coexist again. Plans you save yourself are saved as usual.</source>
      <translation>Das Hindernis entfernen (oder den Link reparieren) und Coexist neu starten. Selbst gespeicherte Pläne werden wie gewohnt gespeichert.</translation>
    </message>
    <message>
      <source>at an unknown time</source>
      <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
      <source>an unsaved plan</source>
      <translation>ein ungespeicherter Plan</translation>
    </message>
    <message>
      <source>Autosaved %1 from %2.</source>
      <translation>Automatisch gesichert: %1, aus %2.</translation>
    </message>
    <message>
      <source>Its note could not be read: %1</source>
      <translation>Die zugehörige Notiz ließ sich nicht lesen: %1</translation>
    </message>
  </context>
  <context>
    <name>JudgementWidget</name>
    <message>
      <source>Judgement</source>
      <translation>Urteil</translation>
    </message>
    <message>
      <source>Most important factor</source>
      <translation>Wichtigster Faktor</translation>
    </message>
    <message>
      <source>Your conclusion: which factor mattered most, and why? Weigh it against another factor, using your evidence.</source>
      <translation>Fazit: Welcher Faktor war am wichtigsten, und warum? Ihn mit den Belegen gegen einen anderen Faktor abwägen.</translation>
    </message>
    <message>
      <source>Conclusion</source>
      <translation>Fazit</translation>
    </message>
    <message>
      <source>Most important factor:</source>
      <translation>Wichtigster Faktor:</translation>
    </message>
    <message>
      <source>Not chosen yet</source>
      <translation>Noch nicht gewählt</translation>
    </message>
    <message numerus="yes">
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n Wort</numerusform>
        <numerusform>%n Wörter</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>System language (%1)</source>
      <translation>Sprache des Systems (%1)</translation>
    </message>
  </context>
  <context>
    <name>LineChart</name>
    <message>
      <source>No checks yet</source>
      <translation>Noch keine Prüfungen</translation>
    </message>
  </context>
  <context>
    <name>LiveChecker</name>
    <message>
      <source>untitled pack</source>
      <translation>unbenanntes Paket</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Drag cards into the plan, or select cards and press Enter (Ctrl+1…9 for a paragraph).</source>
      <translation>Karten in den Plan ziehen oder Karten auswählen und die Eingabetaste drücken (Strg+1…9 für einen bestimmten Absatz).</translation>
    </message>
    <message>
      <source>One minute of planning time left.</source>
      <translation>Noch eine Minute Planungszeit.</translation>
    </message>
    <message>
      <source>Time's up: finish your judgement. You can keep editing.</source>
      <translation>Die Zeit ist um: jetzt das Urteil abschließen. Bearbeiten geht weiterhin.</translation>
    </message>
    <message>
      <source>Still reading a file; close again in a moment.</source>
      <translation>Eine Datei wird noch gelesen; gleich noch einmal schließen.</translation>
    </message>
  </context>
  <context>
    <name>PackActions</name>
    <message>
      <source> (built in)</source>
      <translation> (mitgeliefert)</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>%1 wird gelesen …</translation>
    </message>
    <message>
      <source>Opening %1 was cancelled.</source>
      <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
      <source>Cannot open pack</source>
      <translation>Paket lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>“%1” is not a valid prompt pack. Nothing was changed; the problems are listed below.</source>
      <translation>„%1“ ist kein gültiges Aufgabenpaket. Es wurde nichts geändert; die Probleme stehen unten.</translation>
    </message>
    <message>
      <source>Checking %1…</source>
      <translation>%1 wird geprüft …</translation>
    </message>
    <message>
      <source>Could not install pack</source>
      <translation>Paket ließ sich nicht installieren</translation>
    </message>
    <message>
      <source>Cannot install pack</source>
      <translation>Paket kann nicht installiert werden</translation>
    </message>
    <message>
      <source>“%1” is not a valid prompt pack. Nothing was installed; the problems are listed below.</source>
      <translation>„%1“ ist kein gültiges Aufgabenpaket. Es wurde nichts installiert; die Probleme stehen unten.</translation>
    </message>
    <message>
      <source>Pack installed with warnings</source>
      <translation>Paket mit Warnungen installiert</translation>
    </message>
    <message>
      <source>“%1” was installed. The pack's author may want to fix these:</source>
      <translation>„%1“ wurde installiert. Folgendes sollte die Autorin oder der Autor des Pakets beheben:</translation>
    </message>
    <message>
      <source>Installed %1, version %2</source>
      <translation>%1 installiert, Version %2</translation>
    </message>
    <message>
      <source>Could not remove pack</source>
      <translation>Paket ließ sich nicht entfernen</translation>
    </message>
    <message>
      <source>Removed %1</source>
      <translation>%1 entfernt</translation>
    </message>
  </context>
  <context>
    <name>PackEditorWindow</name>
    <message>
      <source>&amp;Pack</source>
      <translation>&amp;Paket</translation>
    </message>
    <message>
      <source>&amp;Factors</source>
      <translation>&amp;Faktoren</translation>
    </message>
    <message>
      <source>&amp;Evidence</source>
      <translation>Be&amp;lege</translation>
    </message>
    <message>
      <source>&amp;Questions</source>
      <translation>F&amp;ragen</translation>
    </message>
    <message>
      <source>Parts of the pack</source>
      <translation>Teile des Pakets</translation>
    </message>
    <message>
      <source>&amp;New pack</source>
      <translation>&amp;Neues Paket</translation>
    </message>
    <message>
      <source>&amp;Open pack…</source>
      <translation>Paket ö&amp;ffnen …</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
      <source>Save and &amp;install</source>
      <translation>Speichern und &amp;installieren</translation>
    </message>
    <message>
      <source>&amp;Import cards from a spreadsheet…</source>
      <translation>Karten aus einer Tabelle i&amp;mportieren …</translation>
    </message>
    <message>
      <source>E&amp;xport cards to a spreadsheet…</source>
      <translation>Karten in eine Tabelle e&amp;xportieren …</translation>
    </message>
    <message>
      <source>&amp;Paste rows from a spreadsheet</source>
      <translation>Zeilen aus einer Tabelle &amp;einfügen</translation>
    </message>
    <message>
      <source>&amp;Try it as a student…</source>
      <translation>Als Schüler/in aus&amp;probieren …</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>S&amp;chließen</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Find cards</source>
      <translation>Karten &amp;suchen</translation>
    </message>
    <message>
      <source>Add &amp;card</source>
      <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Pack details</source>
      <translation>&amp;Paketangaben</translation>
    </message>
    <message>
      <source>P&amp;roblems</source>
      <translation>Probl&amp;eme</translation>
    </message>
    <message>
      <source>&amp;How packs work</source>
      <translation>&amp;So funktionieren Pakete</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>New pack</source>
      <translation>Neues Paket</translation>
    </message>
    <message>
      <source>%1[*] — Coexist pack editor</source>
      <translation>%1[*] — Coexist-Paketeditor</translation>
    </message>
    <message>
      <source>&amp;Factors (%1)</source>
      <translation>&amp;Faktoren (%1)</translation>
    </message>
    <message>
      <source>&amp;Evidence (%1)</source>
      <translation>Be&amp;lege (%1)</translation>
    </message>
    <message>
      <source>&amp;Questions (%1)</source>
      <translation>Fra&amp;gen (%1)</translation>
    </message>
    <message>
      <source>How packs work</source>
      <translation>So funktionieren Pakete</translation>
    </message>
    <message>
      <source># How packs work

A pack holds **factors** (the causes or themes an essay can be organised by), **evidence** cards (one fact each, ticked with the factors it supports) and **questions** (each asking for some of the factors, with options and a model plan).

- **Problems** (right) lists what the pack still needs, in the words of `coexist-gui validate`: click one to go to it. Errors stop the pack from being installed; warnings do not.
- **Summary** shows, per question, how many cards students have for each factor and side, and what the model plan scores. A model plan should reach band 5: write its points as analysis.
- **Paste rows** (Ctrl+V in the card table) adds rows copied from a spreadsheet or a Word table: text, factors (names separated by ;), year, detail.
- **Try it** opens the planning board on the pack as it is, without installing it.
- **Save and install** saves the pack and installs it for every Coexist window on this computer.

A card's id is made from its text and kept once the pack is saved, so students' plans still find their cards after you change the wording.</source>
      <translation># So funktionieren Pakete

Ein Paket enthält **Faktoren** (die Ursachen oder Themen, nach denen sich ein Aufsatz gliedern lässt), **Belegkarten** (je ein Fakt, angekreuzt mit den Faktoren, die er stützt) und **Fragen** (jede verlangt einige der Faktoren, mit Optionen und einem Musterplan).

- **Probleme** (rechts) listet auf, was dem Paket noch fehlt, in den Worten von `coexist-gui validate`: ein Klick führt zur Stelle. Fehler verhindern, dass das Paket installiert wird; Warnungen nicht.
- **Übersicht** zeigt je Frage, wie viele Karten Schüler/innen zu jedem Faktor und jeder Seite haben und wie der Musterplan bewertet wird. Ein Musterplan sollte Stufe 5 erreichen: seine Kernaussagen analysierend formulieren.
- **Zeilen einfügen** (Strg+V in der Kartentabelle) fügt Zeilen hinzu, die aus einer Tabellenkalkulation oder einer Word-Tabelle kopiert sind: Text, Faktoren (Namen getrennt durch ;), Jahr, Details.
- **Ausprobieren** öffnet die Planungsfläche mit dem Paket im aktuellen Stand, ohne es zu installieren.
- **Speichern und installieren** speichert das Paket und installiert es für jedes Coexist-Fenster auf diesem Computer.

Die ID einer Karte wird aus ihrem Text gebildet und nach dem Speichern des Pakets beibehalten, damit die Pläne der Schüler/innen ihre Karten auch dann wiederfinden, wenn sich die Formulierung ändert.</translation>
    </message>
    <message>
      <source>Opened %1</source>
      <translation>%1 geöffnet</translation>
    </message>
    <message>
      <source>Could not save</source>
      <translation>Speichern nicht möglich</translation>
    </message>
    <message>
      <source>The editor could not write this pack so that it reads back the same, so nothing was saved. Please report this.</source>
      <translation>Der Editor konnte das Paket nicht so schreiben, dass es beim erneuten Lesen gleich bleibt; deshalb wurde nichts gespeichert. Bitte diesen Fehler melden.</translation>
    </message>
    <message>
      <source>New version</source>
      <translation>Neue Version</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message>
      <source>This is an installed pack, and an installed pack must have no errors: fix these first, or use Save As to keep a draft somewhere else.</source>
      <translation>Dies ist ein installiertes Paket, und ein installiertes Paket darf keine Fehler haben: zuerst diese beheben oder mit „Speichern unter“ einen Entwurf an anderer Stelle ablegen.</translation>
    </message>
    <message numerus="yes">
      <source>Saved %1. It still has %n error(s), so it cannot be installed yet.</source>
      <translation>
        <numerusform>%1 gespeichert. Das Paket hat noch %n Fehler und lässt sich deshalb noch nicht installieren.</numerusform>
        <numerusform>%1 gespeichert. Das Paket hat noch %n Fehler und lässt sich deshalb noch nicht installieren.</numerusform>
      </translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 gespeichert</translation>
    </message>
    <message>
      <source>Not installed</source>
      <translation>Nicht installiert</translation>
    </message>
    <message>
      <source>The pack was saved, but it cannot be installed until these errors are fixed (the Problems list shows each one; click it to go there).</source>
      <translation>Das Paket wurde gespeichert, lässt sich aber erst installieren, wenn diese Fehler behoben sind (die Liste „Probleme“ zeigt jeden einzeln; ein Klick führt zur Stelle).</translation>
    </message>
    <message>
      <source>Saved the installed pack: every Coexist window now uses this version.</source>
      <translation>Das installierte Paket ist gespeichert: Jedes Coexist-Fenster verwendet jetzt diese Version.</translation>
    </message>
    <message>
      <source>Could not install pack</source>
      <translation>Paket ließ sich nicht installieren</translation>
    </message>
    <message>
      <source>The pack has errors.</source>
      <translation>Das Paket enthält Fehler.</translation>
    </message>
    <message>
      <source>Installed %1, version %2: choose it in the planning window's Pack list.</source>
      <translation>%1 installiert, Version %2: Es lässt sich im Planungsfenster unter „Paket“ auswählen.</translation>
    </message>
    <message>
      <source>Add cards from %1</source>
      <translation>Karten aus %1 hinzufügen</translation>
    </message>
    <message>
      <source>The clipboard has no text: copy rows in a spreadsheet or a Word table first.</source>
      <translation>In der Zwischenablage ist kein Text: zuerst Zeilen in einer Tabellenkalkulation oder einer Word-Tabelle kopieren.</translation>
    </message>
    <message>
      <source>clipboard</source>
      <translation>Zwischenablage</translation>
    </message>
    <message>
      <source>the clipboard</source>
      <translation>der Zwischenablage</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>%1 wird gelesen …</translation>
    </message>
    <message>
      <source>Could not export</source>
      <translation>Export nicht möglich</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n card(s) to %1</source>
      <translation>
        <numerusform>%n Karte nach %1 geschrieben</numerusform>
        <numerusform>%n Karten nach %1 geschrieben</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a question first (the Questions tab).</source>
      <translation>Zuerst eine Frage anlegen (Reiter „Fragen“).</translation>
    </message>
    <message>
      <source>That question is no longer in the pack.</source>
      <translation>Diese Frage ist nicht mehr im Paket.</translation>
    </message>
    <message>
      <source>Set model plan</source>
      <translation>Musterplan festlegen</translation>
    </message>
    <message numerus="yes">
      <source>Model plan stored; left out %n card(s) not in the pack (the student's own cards).</source>
      <translation>
        <numerusform>Musterplan gespeichert; %n Karte, die nicht im Paket ist (eine eigene Karte), wurde weggelassen.</numerusform>
        <numerusform>Musterplan gespeichert; %n Karten, die nicht im Paket sind (eigene Karten), wurden weggelassen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Model plan stored.</source>
      <translation>Musterplan gespeichert.</translation>
    </message>
    <message>
      <source>at an unknown time</source>
      <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
      <source>a new pack that was never saved</source>
      <translation>ein neues, nie gespeichertes Paket</translation>
    </message>
    <message>
      <source>Autosaved %1 from %2.</source>
      <translation>Automatisch gesichert: %1, aus %2.</translation>
    </message>
    <message>
      <source>Its note could not be read: %1</source>
      <translation>Die zugehörige Notiz ließ sich nicht lesen: %1</translation>
    </message>
    <message>
      <source>It was kept as %1.</source>
      <translation>Sie wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
      <source>The autosaved copy cannot be read.</source>
      <translation>Die automatisch gesicherte Kopie lässt sich nicht lesen.</translation>
    </message>
  </context>
  <context>
    <name>PackManagerDialog</name>
    <message>
      <source>Prompt packs</source>
      <translation>Aufgabenpakete</translation>
    </message>
    <message>
      <source>Packs installed here are available every time Coexist starts. Import a pack file from your teacher, or remove packs you no longer need.</source>
      <translation>Hier installierte Pakete stehen bei jedem Start von Coexist bereit. Eine Paketdatei der Lehrkraft importieren oder nicht mehr benötigte Pakete entfernen.</translation>
    </message>
    <message>
      <source>Installed packs</source>
      <translation>Installierte Pakete</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Autor/in</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Fragen</translation>
    </message>
    <message>
      <source>Cards</source>
      <translation>Karten</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <source>Pack files that could not be read</source>
      <translation>Paketdateien, die sich nicht lesen ließen</translation>
    </message>
    <message>
      <source>Pack details and warnings</source>
      <translation>Angaben und Warnungen zum Paket</translation>
    </message>
    <message>
      <source>Import pack…</source>
      <translation>Paket importieren …</translation>
    </message>
    <message>
      <source>Import a pack file</source>
      <translation>Eine Paketdatei importieren</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove the selected pack</source>
      <translation>Das gewählte Paket entfernen</translation>
    </message>
    <message>
      <source>Show file</source>
      <translation>Datei zeigen</translation>
    </message>
    <message>
      <source>Show the selected pack's file in its folder</source>
      <translation>Die Datei des gewählten Pakets in ihrem Ordner zeigen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Not loaded: these files in the packs folder have errors. Fix them, or install the pack again:</source>
      <translation>Nicht geladen: Diese Dateien im Paketordner enthalten Fehler. Sie korrigieren oder das Paket neu installieren:</translation>
    </message>
    <message>
      <source> (built in)</source>
      <translation> (mitgeliefert)</translation>
    </message>
    <message>
      <source> (this session only)</source>
      <translation> (nur für diese Sitzung)</translation>
    </message>
    <message>
      <source>Id: %1 · version %2</source>
      <translation>ID: %1 · Version %2</translation>
    </message>
    <message>
      <source>Author: %1</source>
      <translation>Autor/in: %1</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>Datei: %1</translation>
    </message>
    <message>
      <source>Questions:</source>
      <translation>Fragen:</translation>
    </message>
    <message>
      <source>Warnings:</source>
      <translation>Warnungen:</translation>
    </message>
  </context>
  <context>
    <name>PacksWatcher</name>
    <message>
      <source>The pack “%1” was removed from the packs folder; it stays open until you choose another.</source>
      <translation>Das Paket „%1“ wurde aus dem Paketordner entfernt; es bleibt geöffnet, bis ein anderes gewählt wird.</translation>
    </message>
  </context>
  <context>
    <name>ParagraphWidget</name>
    <message>
      <source>Your point: what this paragraph argues</source>
      <translation>Kernaussage: Was belegt dieser Absatz?</translation>
    </message>
    <message>
      <source>Drop evidence here</source>
      <translation>Belege hierher ziehen</translation>
    </message>
    <message>
      <source>No factor</source>
      <translation>Kein Faktor</translation>
    </message>
    <message>
      <source>Choose a factor for this paragraph: until then its cards do not count.</source>
      <translation>Einen Faktor für diesen Absatz wählen: Bis dahin zählen seine Karten nicht.</translation>
    </message>
    <message>
      <source>%1 cards, %2 needed</source>
      <translation>%1 Karten, %2 nötig</translation>
    </message>
    <message>
      <source>%1 of %2 cards</source>
      <translation>%1 von %2 Karten</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) count here</source>
      <translation>
        <numerusform>%n Karte zählt hier</numerusform>
        <numerusform>%n Karten zählen hier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>a paragraph needs %n for full credit.</source>
      <translation>
        <numerusform>für die volle Punktzahl braucht ein Absatz %n.</numerusform>
        <numerusform>für die volle Punktzahl braucht ein Absatz %n.</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose a factor…</source>
      <translation>Faktor wählen …</translation>
    </message>
    <message>
      <source>no factor</source>
      <translation>kein Faktor</translation>
    </message>
    <message>
      <source>Factor of paragraph %1</source>
      <translation>Faktor von Absatz %1</translation>
    </message>
    <message>
      <source>Move paragraph %1 up</source>
      <translation>Absatz %1 nach oben schieben</translation>
    </message>
    <message>
      <source>Move paragraph %1 down</source>
      <translation>Absatz %1 nach unten schieben</translation>
    </message>
    <message>
      <source>Remove paragraph %1</source>
      <translation>Absatz %1 entfernen</translation>
    </message>
    <message>
      <source>Point of paragraph %1</source>
      <translation>Kernaussage von Absatz %1</translation>
    </message>
    <message>
      <source>Cards of paragraph %1, %2</source>
      <translation>Karten von Absatz %1, %2</translation>
    </message>
  </context>
  <context>
    <name>PlanBoard</name>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Your plan</source>
      <translation>Schreibplan</translation>
    </message>
    <message>
      <source>so your teacher knows whose plan it is</source>
      <translation>für die Lehrkraft</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Add paragraph</source>
      <translation>Absatz hinzufügen</translation>
    </message>
  </context>
  <context>
    <name>PlanPicture</name>
    <message>
      <source>by %1</source>
      <translation>von %1</translation>
    </message>
    <message>
      <source>planned in %1</source>
      <translation>geplant in %1</translation>
    </message>
    <message>
      <source>No factor chosen</source>
      <translation>Kein Faktor gewählt</translation>
    </message>
    <message>
      <source>%1. %2</source>
      <translation>%1. %2</translation>
    </message>
    <message>
      <source>No point written yet.</source>
      <translation>Noch keine Kernaussage geschrieben.</translation>
    </message>
    <message>
      <source>No evidence in this paragraph yet.</source>
      <translation>In diesem Absatz stehen noch keine Belege.</translation>
    </message>
    <message>
      <source>Missing card (%1)</source>
      <translation>Fehlende Karte (%1)</translation>
    </message>
    <message>
      <source>Own card</source>
      <translation>Eigene Karte</translation>
    </message>
    <message>
      <source>Judgement</source>
      <translation>Urteil</translation>
    </message>
    <message>
      <source>not chosen yet</source>
      <translation>noch nicht gewählt</translation>
    </message>
    <message>
      <source>Most important factor: %1</source>
      <translation>Wichtigster Faktor: %1</translation>
    </message>
    <message>
      <source>No conclusion written yet.</source>
      <translation>Noch kein Fazit geschrieben.</translation>
    </message>
    <message>
      <source>Band %1 of 5 · %2</source>
      <translation>Stufe %1 von 5 · %2</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) in this plan are the student's own (marked “Own card”).</source>
      <translation>
        <numerusform>%n Karte in diesem Plan hat die Schülerin oder der Schüler selbst geschrieben (markiert als „Eigene Karte“).</numerusform>
        <numerusform>%n Karten in diesem Plan hat die Schülerin oder der Schüler selbst geschrieben (markiert als „Eigene Karte“).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanReader</name>
    <message>
      <source>Student's plan</source>
      <translation>Plan der Schülerin oder des Schülers</translation>
    </message>
    <message>
      <source>Model plan</source>
      <translation>Musterplan</translation>
    </message>
    <message>
      <source>&amp;Previous student</source>
      <translation>&amp;Vorheriger Plan</translation>
    </message>
    <message>
      <source>Previous student</source>
      <translation>Vorheriger Plan</translation>
    </message>
    <message>
      <source>&amp;Next student</source>
      <translation>&amp;Nächster Plan</translation>
    </message>
    <message>
      <source>Next student</source>
      <translation>Nächster Plan</translation>
    </message>
    <message>
      <source>%1 — student %2 of %3 in the table</source>
      <translation>%1 — Schüler/in %2 von %3 in der Tabelle</translation>
    </message>
    <message>
      <source>%1's plan (%2)</source>
      <translation>Plan von %1 (%2)</translation>
    </message>
    <message>
      <source>This question has no model plan. Write one in the pack editor (File ▸ Edit pack…, Questions, Write model plan).</source>
      <translation>Diese Frage hat keinen Musterplan. Im Paketeditor einen schreiben (Datei ▸ Paket bearbeiten …, Fragen, Musterplan schreiben …).</translation>
    </message>
    <message>
      <source>model plan</source>
      <translation>Musterplan</translation>
    </message>
  </context>
  <context>
    <name>PlanTimer</name>
    <message>
      <source>Time left</source>
      <translation>Verbleibende Zeit</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Start or pause the timer</source>
      <translation>Zeitnahme starten oder anhalten</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Reset the timer</source>
      <translation>Zeitnahme zurücksetzen</translation>
    </message>
    <message>
      <source>%1 used</source>
      <translation>%1 verbraucht</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Time's up: %1 over</source>
      <translation>Zeit um: %1 drüber</translation>
    </message>
    <message numerus="yes">
      <source>Suggested planning time: %n minute(s)</source>
      <translation>
        <numerusform>Empfohlene Planungszeit: %n Minute</numerusform>
        <numerusform>Empfohlene Planungszeit: %n Minuten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemListModel</name>
    <message numerus="yes">
      <source>… and %n more problem(s)</source>
      <translation>
        <numerusform>… und %n weiteres Problem</numerusform>
        <numerusform>… und %n weitere Probleme</numerusform>
      </translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>bei %1</translation>
    </message>
    <message>
      <source>hint: %1</source>
      <translation>Tipp: %1</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>Check result</source>
      <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
      <source>Problems in the pack</source>
      <translation>Probleme im Paket</translation>
    </message>
    <message>
      <source>Summary (what students get, per question)</source>
      <translation>Übersicht (was Schüler/innen je Frage bekommen)</translation>
    </message>
    <message>
      <source>Pack summary</source>
      <translation>Übersicht über das Paket</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s) to fix before the pack can be installed</source>
      <translation>
        <numerusform>%n Fehler ist zu beheben, bevor sich das Paket installieren lässt</numerusform>
        <numerusform>%n Fehler sind zu beheben, bevor sich das Paket installieren lässt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n Warnung</numerusform>
        <numerusform>%n Warnungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Ready to install, with %n warning(s) worth a look</source>
      <translation>
        <numerusform>Bereit zum Installieren, mit %n Warnung, die einen Blick lohnt</numerusform>
        <numerusform>Bereit zum Installieren, mit %n Warnungen, die einen Blick lohnen</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems: ready to install</source>
      <translation>Keine Probleme: bereit zum Installieren</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Progress</source>
      <translation>Lernverlauf</translation>
    </message>
    <message>
      <source>Question:</source>
      <translation>Frage:</translation>
    </message>
    <message>
      <source>Question to show</source>
      <translation>Angezeigte Frage</translation>
    </message>
    <message>
      <source>No checks recorded yet. Each time you press Check plan (Ctrl+Return) your scores are added here.</source>
      <translation>Noch keine Prüfungen gespeichert. Bei jedem „Plan prüfen“ (Strg+Eingabe) kommt die Bewertung hier hinzu.</translation>
    </message>
    <message>
      <source>Reading your progress history…</source>
      <translation>Der Lernverlauf wird gelesen …</translation>
    </message>
    <message>
      <source>Progress history</source>
      <translation>Lernverlauf</translation>
    </message>
    <message>
      <source>Damaged checks</source>
      <translation>Beschädigte Prüfungen</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Scores over your checks</source>
      <translation>Bewertungen über alle Prüfungen</translation>
    </message>
    <message>
      <source>Factors most often missed</source>
      <translation>Am häufigsten fehlende Faktoren</translation>
    </message>
    <message>
      <source>Your predictions</source>
      <translation>Eigene Vorhersagen</translation>
    </message>
    <message>
      <source>How your predictions compare</source>
      <translation>Wie gut die Vorhersagen trafen</translation>
    </message>
    <message>
      <source>Predicted and actual band</source>
      <translation>Vorhergesagte und tatsächliche Stufe</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Als CSV exportieren …</translation>
    </message>
    <message>
      <source>Export the whole history as CSV</source>
      <translation>Den ganzen Lernverlauf als CSV exportieren</translation>
    </message>
    <message>
      <source>Clear history…</source>
      <translation>Verlauf löschen …</translation>
    </message>
    <message>
      <source>Clear the whole history</source>
      <translation>Den ganzen Lernverlauf löschen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Your progress history cannot be read just now: %1</source>
      <translation>Der Lernverlauf lässt sich gerade nicht lesen: %1</translation>
    </message>
    <message numerus="yes">
      <source>%1 — %n check(s)</source>
      <translation>
        <numerusform>%1 – %n Prüfung</numerusform>
        <numerusform>%1 – %n Prüfungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n damaged check(s) in your history could not be read and are left out.</source>
      <translation>
        <numerusform>%n beschädigte Prüfung im Lernverlauf ließ sich nicht lesen und fehlt hier.</numerusform>
        <numerusform>%n beschädigte Prüfungen im Lernverlauf ließen sich nicht lesen und fehlen hier.</numerusform>
      </translation>
    </message>
    <message>
      <source>These checks cannot be read just now: %1</source>
      <translation>Diese Prüfungen lassen sich gerade nicht lesen: %1</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <source>Breadth</source>
      <translation>Breite</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Ausgewogenheit</translation>
    </message>
    <message>
      <source>Check %1, %2: overall %3, breadth %4, balance %5</source>
      <translation>Prüfung %1, %2: gesamt %3, Breite %4, Ausgewogenheit %5</translation>
    </message>
    <message>
      <source>Latest check, %1: %2/100 (band %3) · best %4 · first %5</source>
      <translation>Letzte Prüfung, %1: %2/100 (Stufe %3) · beste %4 · erste %5</translation>
    </message>
    <message>
      <source>None: every check had evidence for every factor.</source>
      <translation>Keine: Bei jeder Prüfung war jeder Faktor belegt.</translation>
    </message>
    <message>
      <source>%1 of %2 checks</source>
      <translation>bei %1 von %2 Prüfungen</translation>
    </message>
    <message>
      <source>%1: missed in %2 of %3 checks</source>
      <translation>%1: fehlte bei %2 von %3 Prüfungen</translation>
    </message>
    <message>
      <source>No predictions yet. In exam mode and in blind mode (View menu) Coexist asks for your band before showing the score.</source>
      <translation>Noch keine Vorhersagen. Im Prüfungs- und im Blindmodus (Menü Ansicht) fragt Coexist vor der Bewertung nach der erwarteten Stufe.</translation>
    </message>
    <message>
      <source>Your predictions are well calibrated.</source>
      <translation>Die Vorhersagen treffen gut.</translation>
    </message>
    <message>
      <source>On average you predicted higher than you scored, by %1 bands.</source>
      <translation>Im Schnitt lag die Vorhersage um %1 Stufen über der Bewertung.</translation>
    </message>
    <message>
      <source>On average you predicted lower than you scored, by %1 bands.</source>
      <translation>Im Schnitt lag die Vorhersage um %1 Stufen unter der Bewertung.</translation>
    </message>
    <message>
      <source>Right band in %1 of %2 predictions. </source>
      <translation>Richtige Stufe bei %1 von %2 Vorhersagen. </translation>
    </message>
    <message>
      <source>Predicted band</source>
      <translation>Vorhergesagte Stufe</translation>
    </message>
    <message>
      <source>Actual band</source>
      <translation>Tatsächliche Stufe</translation>
    </message>
    <message>
      <source>predicted %1, actual %2</source>
      <translation>vorhergesagt %1, tatsächlich %2</translation>
    </message>
    <message>
      <source>Export progress</source>
      <translation>Lernverlauf exportieren</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>Could not export</source>
      <translation>Export nicht möglich</translation>
    </message>
    <message>
      <source>Could not clear the history</source>
      <translation>Der Verlauf ließ sich nicht löschen</translation>
    </message>
  </context>
  <context>
    <name>PromptBar</name>
    <message>
      <source>Prompt pack</source>
      <translation>Aufgabenpaket</translation>
    </message>
    <message>
      <source>Essay question</source>
      <translation>Aufgabenstellung</translation>
    </message>
    <message>
      <source>&amp;Pack:</source>
      <translation>&amp;Paket:</translation>
    </message>
    <message>
      <source>&amp;Question:</source>
      <translation>&amp;Frage:</translation>
    </message>
    <message>
      <source> vs </source>
      <comment>between the names of a question's two sides</comment>
      <translation> gegen </translation>
    </message>
    <message>
      <source>Two sides: %1</source>
      <translation>Zwei Seiten: %1</translation>
    </message>
    <message numerus="yes">
      <source>Full credit at %n card(s) per factor</source>
      <translation>
        <numerusform>Volle Punktzahl ab %n Karte je Faktor</numerusform>
        <numerusform>Volle Punktzahl ab %n Karten je Faktor</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PromptListModel</name>
    <message>
      <source>(no question yet)</source>
      <translation>(noch keine Frage)</translation>
    </message>
  </context>
  <context>
    <name>PromptsPage</name>
    <message>
      <source>Questions</source>
      <translation>Fragen</translation>
    </message>
    <message>
      <source>&amp;Add question</source>
      <translation>Frage hin&amp;zufügen</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>e.g. How far was Khrushchev responsible for Peaceful Coexistence?</source>
      <translation>z. B. Inwiefern war Chruschtschow für die friedliche Koexistenz verantwortlich?</translation>
    </message>
    <message>
      <source>&amp;Question:</source>
      <translation>F&amp;rage:</translation>
    </message>
    <message>
      <source>Factors this question asks for (one paragraph each)</source>
      <translation>Faktoren, die diese Frage verlangt (je ein Absatz)</translation>
    </message>
    <message>
      <source>&amp;Two-sided (“how far…”): balance compares sides, not factors</source>
      <translation>Zwei &amp;Seiten („Inwiefern …“): Die Ausgewogenheit vergleicht Seiten, nicht Faktoren</translation>
    </message>
    <message>
      <source>Two-sided question</source>
      <translation>Frage mit zwei Seiten</translation>
    </message>
    <message>
      <source>Sides (each factor below belongs to one):</source>
      <translation>Seiten (jeder Faktor unten gehört zu einer):</translation>
    </message>
    <message>
      <source>Add side</source>
      <translation>Seite hinzufügen</translation>
    </message>
    <message>
      <source>Remove side</source>
      <translation>Seite entfernen</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Optionen</translation>
    </message>
    <message>
      <source>Cards a factor needs for full credit</source>
      <translation>Karten, die ein Faktor für die volle Punktzahl braucht</translation>
    </message>
    <message>
      <source>Suggested planning time in minutes</source>
      <translation>Empfohlene Planungszeit in Minuten</translation>
    </message>
    <message>
      <source>No suggested time</source>
      <translation>Keine empfohlene Zeit</translation>
    </message>
    <message>
      <source>Hide factor tags on cards (blind mode)</source>
      <translation>Faktoren auf den Karten verbergen (Blindmodus)</translation>
    </message>
    <message>
      <source>When students see the score</source>
      <translation>Wann Schüler/innen die Bewertung sehen</translation>
    </message>
    <message>
      <source>Live, as they plan</source>
      <translation>Laufend, während sie planen</translation>
    </message>
    <message>
      <source>Only when they check the plan (exam mode)</source>
      <translation>Erst wenn sie den Plan prüfen (Prüfungsmodus)</translation>
    </message>
    <message>
      <source>Students' own cards</source>
      <translation>Eigene Karten der Schüler/innen</translation>
    </message>
    <message>
      <source>Allowed, and they count</source>
      <translation>Erlaubt, und sie zählen</translation>
    </message>
    <message>
      <source>Allowed, shown but not counted</source>
      <translation>Erlaubt, sichtbar, aber sie zählen nicht</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Nicht erlaubt</translation>
    </message>
    <message>
      <source>Cards a factor &amp;needs for full credit:</source>
      <translation>&amp;Karten je Faktor für die volle Punktzahl:</translation>
    </message>
    <message>
      <source>minutes (empty: no suggested time)</source>
      <translation>Minuten (leer: keine empfohlene Zeit)</translation>
    </message>
    <message>
      <source>Suggested planning &amp;time:</source>
      <translation>Empfohlene Pla&amp;nungszeit:</translation>
    </message>
    <message>
      <source>&amp;Score shown:</source>
      <translation>Be&amp;wertung sichtbar:</translation>
    </message>
    <message>
      <source>Students' o&amp;wn cards:</source>
      <translation>Eigene Kar&amp;ten der Schüler/innen:</translation>
    </message>
    <message>
      <source>Model plan</source>
      <translation>Musterplan</translation>
    </message>
    <message>
      <source>Model plan score</source>
      <translation>Bewertung des Musterplans</translation>
    </message>
    <message>
      <source>How to improve the model plan</source>
      <translation>So lässt sich der Musterplan verbessern</translation>
    </message>
    <message>
      <source>&amp;Edit model plan…</source>
      <translation>&amp;Musterplan bearbeiten …</translation>
    </message>
    <message>
      <source>Open the planning board on this question's model plan</source>
      <translation>Die Planungsfläche mit dem Musterplan dieser Frage öffnen</translation>
    </message>
    <message>
      <source>Remove model plan</source>
      <translation>Musterplan entfernen</translation>
    </message>
    <message>
      <source>Tr&amp;y as a student…</source>
      <translation>Als S&amp;chüler/in ausprobieren …</translation>
    </message>
    <message>
      <source>Plan this question as a student would, without installing the pack</source>
      <translation>Diese Frage wie eine Schülerin oder ein Schüler planen, ohne das Paket zu installieren</translation>
    </message>
    <message>
      <source>Side %1</source>
      <translation>Seite %1</translation>
    </message>
    <message>
      <source>Add factors on the Factors tab first</source>
      <translation>Zuerst auf dem Reiter „Faktoren“ Faktoren anlegen</translation>
    </message>
    <message>
      <source>(unnamed factor)</source>
      <translation>(Faktor ohne Namen)</translation>
    </message>
    <message>
      <source>Asks for %1</source>
      <translation>Verlangt %1</translation>
    </message>
    <message>
      <source>Side of %1</source>
      <translation>Seite für %1</translation>
    </message>
    <message>
      <source>Name of side %1</source>
      <translation>Name der Seite %1</translation>
    </message>
    <message>
      <source>Name of this side, e.g. Khrushchev was responsible</source>
      <translation>Name dieser Seite, z. B. Chruschtschow war verantwortlich</translation>
    </message>
    <message>
      <source>&amp;Write model plan…</source>
      <translation>&amp;Musterplan schreiben …</translation>
    </message>
    <message>
      <source>No model plan yet. Write one: students can compare theirs with it after they check, and the check below shows what it scores.</source>
      <translation>Noch kein Musterplan. Einen schreiben: Schüler/innen können ihren Plan nach der Prüfung damit vergleichen, und die Prüfung unten zeigt, wie er bewertet wird.</translation>
    </message>
    <message>
      <source>Checking the model plan…</source>
      <translation>Der Musterplan wird geprüft …</translation>
    </message>
    <message>
      <source>The model plan scores %1/100: band %2 of 5, %3.</source>
      <translation>Der Musterplan erreicht %1/100: Stufe %2 von 5, %3.</translation>
    </message>
    <message>
      <source>A model plan should reach band 5: an analytical plan does, a descriptive one does not. What would lift it:</source>
      <translation>Ein Musterplan sollte Stufe 5 erreichen: Ein analysierender Plan schafft das, ein beschreibender nicht. Was ihn verbessern würde:</translation>
    </message>
    <message>
      <source>It reaches the top band.</source>
      <translation>Er erreicht die höchste Stufe.</translation>
    </message>
    <message>
      <source>Edit question</source>
      <translation>Frage bearbeiten</translation>
    </message>
    <message>
      <source>Ask for factor</source>
      <translation>Faktor verlangen</translation>
    </message>
    <message>
      <source>Stop asking for factor</source>
      <translation>Faktor nicht mehr verlangen</translation>
    </message>
    <message>
      <source>Move factor to side</source>
      <translation>Faktor einer Seite zuordnen</translation>
    </message>
    <message>
      <source>Rename side</source>
      <translation>Seite umbenennen</translation>
    </message>
    <message>
      <source>Cards needed for full credit</source>
      <translation>Karten für die volle Punktzahl</translation>
    </message>
    <message>
      <source>Suggested time</source>
      <translation>Empfohlene Zeit</translation>
    </message>
    <message>
      <source>Blind mode</source>
      <translation>Blindmodus</translation>
    </message>
    <message>
      <source>When the score shows</source>
      <translation>Wann die Bewertung erscheint</translation>
    </message>
    <message>
      <source>Add question</source>
      <translation>Frage hinzufügen</translation>
    </message>
    <message>
      <source>Duplicate question</source>
      <translation>Frage duplizieren</translation>
    </message>
    <message>
      <source>Remove question</source>
      <translation>Frage entfernen</translation>
    </message>
    <message>
      <source>Move question</source>
      <translation>Frage verschieben</translation>
    </message>
  </context>
  <context>
    <name>ReportTableModel</name>
    <message>
      <source>Student or file</source>
      <translation>Schüler/in oder Datei</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <source>Band</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Time used</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Own cards</source>
      <translation>Eigene Karten</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
  </context>
  <context>
    <name>ScorePanel</name>
    <message>
      <source>You predicted band %1, and the plan is band %1: well judged.</source>
      <translation>Vorhergesagt war Stufe %1, der Plan steht auf Stufe %1: gut eingeschätzt.</translation>
    </message>
    <message>
      <source>You predicted band %1; the plan is band %2.</source>
      <translation>Vorhergesagt war Stufe %1; der Plan steht auf Stufe %2.</translation>
    </message>
    <message>
      <source>Overall score</source>
      <translation>Gesamtbewertung</translation>
    </message>
    <message>
      <source>No plan to score yet.</source>
      <translation>Noch kein Plan zum Bewerten.</translation>
    </message>
    <message>
      <source>Band {band} of 5 · {name}</source>
      <translation>Stufe {band} von 5 · {name}</translation>
    </message>
    <message>
      <source>Overall score {overall} out of 100</source>
      <translation>Gesamtbewertung {overall} von 100</translation>
    </message>
    <message>
      <source>{name} {value}</source>
      <translation>{name} {value}</translation>
    </message>
    <message>
      <source>What holds the band back</source>
      <translation>Was die Stufe zurückhält</translation>
    </message>
    <message>
      <source>Band</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Plan file</source>
      <translation>Plandatei</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Check plan</source>
      <translation>Plan prüfen</translation>
    </message>
    <message>
      <source>Check the plan and record it in your progress (Ctrl+Return)</source>
      <translation>Den Plan prüfen und im Lernverlauf festhalten (Strg+Eingabe)</translation>
    </message>
    <message>
      <source>Score hidden in exam mode — press Check plan (Ctrl+Return) to see it</source>
      <translation>Bewertung im Prüfungsmodus verborgen – mit „Plan prüfen“ (Strg+Eingabe) anzeigen</translation>
    </message>
    <message>
      <source>Score hidden</source>
      <translation>Bewertung verborgen</translation>
    </message>
    <message>
      <source>Band description</source>
      <translation>Beschreibung der Stufe</translation>
    </message>
    <message>
      <source>Criteria</source>
      <translation>Kriterien</translation>
    </message>
    <message>
      <source>Your prediction</source>
      <translation>Eigene Vorhersage</translation>
    </message>
    <message>
      <source>Evidence per factor</source>
      <translation>Belege je Faktor</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <source>Press Enter on an item to go to what it is about</source>
      <translation>Mit der Eingabetaste zu der Stelle springen, um die es geht</translation>
    </message>
    <message>
      <source>It makes up %1% of the score.</source>
      <translation>Das macht %1 % der Bewertung aus.</translation>
    </message>
    <message>
      <source>What to do next</source>
      <translation>Nächste Schritte</translation>
    </message>
    <message>
      <source>Nothing to fix: every factor is supported and the judgement is backed up.</source>
      <translation>Nichts zu verbessern: Jeder Faktor ist belegt, und das Urteil ist begründet.</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>Revert to saved</source>
      <translation>Gespeicherte Fassung wiederherstellen</translation>
    </message>
    <message>
      <source>Move card</source>
      <translation>Karte verschieben</translation>
    </message>
    <message>
      <source>Add card</source>
      <translation>Karte hinzufügen</translation>
    </message>
    <message numerus="yes">
      <source>Move %n card(s)</source>
      <translation>
        <numerusform>%n Karte verschieben</numerusform>
        <numerusform>%n Karten verschieben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n card(s)</source>
      <translation>
        <numerusform>%n Karte hinzufügen</numerusform>
        <numerusform>%n Karten hinzufügen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove %n card(s)</source>
      <translation>
        <numerusform>%n Karte entfernen</numerusform>
        <numerusform>%n Karten entfernen</numerusform>
      </translation>
    </message>
    <message>
      <source>Reorder card</source>
      <translation>Karte umordnen</translation>
    </message>
    <message>
      <source>Add paragraph</source>
      <translation>Absatz hinzufügen</translation>
    </message>
    <message>
      <source>Remove paragraph</source>
      <translation>Absatz entfernen</translation>
    </message>
    <message>
      <source>Move paragraph</source>
      <translation>Absatz verschieben</translation>
    </message>
    <message>
      <source>Change factor</source>
      <translation>Faktor ändern</translation>
    </message>
    <message>
      <source>Edit point</source>
      <translation>Kernaussage bearbeiten</translation>
    </message>
    <message>
      <source>Edit name</source>
      <translation>Namen bearbeiten</translation>
    </message>
    <message>
      <source>Choose most important factor</source>
      <translation>Wichtigsten Faktor wählen</translation>
    </message>
    <message>
      <source>Edit conclusion</source>
      <translation>Fazit bearbeiten</translation>
    </message>
    <message>
      <source>New card</source>
      <translation>Neue Karte</translation>
    </message>
  </context>
  <context>
    <name>TryWindow</name>
    <message>
      <source>&amp;Use this plan as the model plan</source>
      <translation>Diesen Plan als &amp;Musterplan verwenden</translation>
    </message>
    <message>
      <source>Use this plan as the model plan</source>
      <translation>Diesen Plan als Musterplan verwenden</translation>
    </message>
    <message>
      <source>&amp;Check plan</source>
      <translation>Plan &amp;prüfen</translation>
    </message>
    <message>
      <source>Check plan</source>
      <translation>Plan prüfen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>(no question yet)</source>
      <translation>(noch keine Frage)</translation>
    </message>
    <message numerus="yes">
      <source>Full credit at %n card(s) per factor</source>
      <translation>
        <numerusform>Volle Punktzahl ab %n Karte je Faktor</numerusform>
        <numerusform>Volle Punktzahl ab %n Karten je Faktor</numerusform>
      </translation>
    </message>
    <message>
      <source>Model plan — %1</source>
      <translation>Musterplan — %1</translation>
    </message>
    <message>
      <source>The model plan for this question, on the pack as you are editing it. Change it as you like, then choose “Use this plan as the model plan”.</source>
      <translation>Der Musterplan dieser Frage, mit dem Paket im aktuellen Bearbeitungsstand. Nach Belieben ändern, dann „Diesen Plan als Musterplan verwenden“ wählen.</translation>
    </message>
    <message>
      <source>Trying %1</source>
      <translation>%1 ausprobieren</translation>
    </message>
    <message>
      <source>Plan this question as a student would, on the pack as you are editing it (not installed; this plan is not saved).</source>
      <translation>Diese Frage wie eine Schülerin oder ein Schüler planen, mit dem Paket im aktuellen Bearbeitungsstand (nicht installiert; dieser Plan wird nicht gespeichert).</translation>
    </message>
    <message>
      <source>Stored as the model plan of this question in the editor.</source>
      <translation>Im Editor als Musterplan dieser Frage gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>ViewMode</name>
    <message>
      <source>Score hidden in exam mode — press Check plan (Ctrl+Return) to see it</source>
      <translation>Bewertung im Prüfungsmodus verborgen – mit „Plan prüfen“ (Strg+Eingabe) anzeigen</translation>
    </message>
    <message>
      <source>Score hidden in blind mode until you check — press Check plan (Ctrl+Return) to see how your choices score</source>
      <translation>Bewertung im Blindmodus bis zur Prüfung verborgen – mit „Plan prüfen“ (Strg+Eingabe) zeigen, wie die eigene Zuordnung abschneidet</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>&amp;New plan</source>
      <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
      <source>Re&amp;vert to saved…</source>
      <translation>Gespeicherte Fassung &amp;wiederherstellen …</translation>
    </message>
    <message>
      <source>&amp;Markdown…</source>
      <translation>&amp;Markdown …</translation>
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation>&amp;PDF …</translation>
    </message>
    <message>
      <source>P&amp;NG picture of the plan…</source>
      <translation>P&amp;NG-Bild des Plans …</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Drucken …</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Remove card from plan</source>
      <translation>Karte aus dem Plan &amp;entfernen</translation>
    </message>
    <message>
      <source>Paragraph &amp;%1</source>
      <translation>Absatz &amp;%1</translation>
    </message>
    <message>
      <source>Add para&amp;graph</source>
      <translation>Absatz &amp;hinzufügen</translation>
    </message>
    <message>
      <source>New &amp;card…</source>
      <translation>Neue &amp;Karte …</translation>
    </message>
    <message>
      <source>&amp;Find evidence</source>
      <translation>Belege &amp;suchen</translation>
    </message>
    <message>
      <source>&amp;Hide factor tags (blind mode)</source>
      <translation>&amp;Faktoren verbergen (Blindmodus)</translation>
    </message>
    <message>
      <source>&amp;Exam mode: hide the score until checked</source>
      <translation>Pr&amp;üfungsmodus: Bewertung erst nach der Prüfung</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>&amp;Vergrößern</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
      <source>&amp;Actual size</source>
      <translation>&amp;Originalgröße</translation>
    </message>
    <message>
      <source>&amp;Follow the system</source>
      <translation>Wie das &amp;System</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Hell</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Dunkel</translation>
    </message>
    <message>
      <source>&amp;Grey out cards already in the plan</source>
      <translation>Karten im Plan &amp;grau zeigen</translation>
    </message>
    <message>
      <source>&amp;Check plan</source>
      <translation>Plan &amp;prüfen</translation>
    </message>
    <message>
      <source>How &amp;scoring works</source>
      <translation>So wird &amp;bewertet</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>&amp;About Coexist</source>
      <translation>&amp;Über Coexist</translation>
    </message>
    <message>
      <source>&amp;Import pack…</source>
      <translation>Paket &amp;importieren …</translation>
    </message>
    <message>
      <source>&amp;Manage packs…</source>
      <translation>Pakete &amp;verwalten …</translation>
    </message>
    <message>
      <source>New pac&amp;k…</source>
      <translation>Neues &amp;Paket …</translation>
    </message>
    <message>
      <source>E&amp;dit pack…</source>
      <translation>Paket bea&amp;rbeiten …</translation>
    </message>
    <message>
      <source>C&amp;lass report…</source>
      <translation>&amp;Klassenbericht …</translation>
    </message>
    <message>
      <source>Compare with &amp;model plan…</source>
      <translation>Mit &amp;Musterplan vergleichen …</translation>
    </message>
    <message>
      <source>&amp;Progress…</source>
      <translation>&amp;Lernverlauf …</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportieren</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Add to paragraph</source>
      <translation>In Absatz &amp;legen</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Darstellung</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
      <source>&amp;Actual size (now %1%)</source>
      <translation>&amp;Originalgröße (jetzt %1 %)</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Eingabetaste</translation>
    </message>
    <message>
      <source>Send the selected bank cards to the current paragraph</source>
      <translation>Die gewählten Karten aus der Belegsammlung in den aktuellen Absatz legen</translation>
    </message>
    <message>
      <source>Alt+Up / Alt+Down</source>
      <translation>Alt+Pfeil hoch / Alt+Pfeil runter</translation>
    </message>
    <message>
      <source>Move the selected card up or down in its paragraph</source>
      <translation>Die gewählte Karte in ihrem Absatz nach oben oder unten schieben</translation>
    </message>
    <message>
      <source>How scoring works</source>
      <translation>So wird bewertet</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>About Coexist</source>
      <translation>Über Coexist</translation>
    </message>
    <message>
      <source>Coexist %1

Plan history essays from evidence cards and check how well your argument covers the question. Works offline.</source>
      <translation>Coexist %1

Geschichtsaufsätze aus Belegkarten planen und prüfen, wie gut die Argumentation die Frage beantwortet. Funktioniert ohne Internet.</translation>
    </message>
    <message>
      <source>See the README: How scoring works.</source>
      <translation>Siehe README: „How scoring works“.</translation>
    </message>
  </context>
  <context>
    <name>attempts</name>
    <message>
      <source>Coexist's data folder cannot be used.</source>
      <translation>Der Datenordner von Coexist lässt sich nicht nutzen.</translation>
    </message>
    <message>
      <source>Your progress history cannot be used, so checks are not recorded: %1</source>
      <translation>Der Lernverlauf ist nicht nutzbar, Prüfungen werden deshalb nicht gespeichert: %1</translation>
    </message>
    <message>
      <source>Your progress history was damaged and could not be read. It was moved aside as “%1” and a new history was started.</source>
      <translation>Der Lernverlauf war beschädigt und ließ sich nicht lesen. Er wurde als „%1“ beiseitegelegt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
      <source>Your progress history is closed.</source>
      <translation>Der Lernverlauf ist geschlossen.</translation>
    </message>
    <message>
      <source>This check could not be added to your progress history: %1</source>
      <translation>Diese Prüfung ließ sich nicht in den Lernverlauf eintragen: %1</translation>
    </message>
  </context>
  <context>
    <name>background</name>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Reading a file</source>
      <translation>Eine Datei wird gelesen</translation>
    </message>
  </context>
  <context>
    <name>cards</name>
    <message>
      <source>factors: %1</source>
      <translation>Faktoren: %1</translation>
    </message>
    <message>
      <source>your own card</source>
      <translation>eigene Karte</translation>
    </message>
    <message>
      <source>Factors: %1</source>
      <translation>Faktoren: %1</translation>
    </message>
    <message>
      <source>Your own card</source>
      <translation>Eigene Karte</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message numerus="yes">
      <source>… and %Ln more problem(s), by kind:</source>
      <translation>
        <numerusform>… und %Ln weiteres Problem, nach Art:</numerusform>
        <numerusform>… und %Ln weitere Probleme, nach Art:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %Ln other kind(s)</source>
      <translation>
        <numerusform>dazu %1 einer weiteren Art</numerusform>
        <numerusform>dazu %1 von %Ln weiteren Arten</numerusform>
      </translation>
    </message>
    <message>
      <source>Run 'coexist-gui validate FILE' to list them all.</source>
      <translation>Alle zeigt 'coexist-gui validate DATEI'.</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>Save the changes to “%1” first?</source>
      <translation>Änderungen an „%1“ vorher speichern?</translation>
    </message>
    <message>
      <source>If you don't save, your changes since the last save are lost.</source>
      <translation>Ohne Speichern gehen die Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
      <source>Recover unsaved plan</source>
      <translation>Ungespeicherten Plan wiederherstellen</translation>
    </message>
    <message>
      <source>Coexist stopped last time before a plan was saved. Restore it?</source>
      <translation>Coexist wurde beim letzten Mal beendet, bevor ein Plan gespeichert war. Wiederherstellen?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Open plan or pack</source>
      <translation>Plan oder Paket öffnen</translation>
    </message>
    <message>
      <source>Plans and packs (*.plan.yaml *.yaml *.yml);;All files (*)</source>
      <translation>Pläne und Pakete (*.plan.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Problem details</source>
      <translation>Einzelheiten zu den Problemen</translation>
    </message>
    <message>
      <source>New evidence card</source>
      <translation>Neue Belegkarte</translation>
    </message>
    <message>
      <source>One fact, in your own words (at most %1 characters)</source>
      <translation>Ein Fakt, in eigenen Worten (höchstens %1 Zeichen)</translation>
    </message>
    <message>
      <source>Card text</source>
      <translation>Text der Karte</translation>
    </message>
    <message>
      <source>Card text:</source>
      <translation>Text der Karte:</translation>
    </message>
    <message>
      <source>Your own cards count when they are a full sentence with a fact (at least five words) and tagged with a factor, for at most half of the cards a factor needs. They are marked as yours wherever your teacher sees the plan.</source>
      <translation>Eigene Karten zählen, wenn sie ein ganzer Satz mit einem Fakt sind (mindestens fünf Wörter) und einem Faktor zugeordnet sind, für höchstens die Hälfte der Karten, die ein Faktor braucht. Überall, wo die Lehrkraft den Plan sieht, sind sie als eigene Karten gekennzeichnet.</translation>
    </message>
    <message>
      <source>For this question your own cards do not count, but your teacher sees them, marked as yours.</source>
      <translation>Bei dieser Frage zählen eigene Karten nicht, die Lehrkraft sieht sie aber, als eigene gekennzeichnet.</translation>
    </message>
    <message>
      <source>Factors this evidence supports:</source>
      <translation>Faktoren, die dieser Beleg stützt:</translation>
    </message>
    <message>
      <source>Add card</source>
      <translation>Karte hinzufügen</translation>
    </message>
    <message>
      <source>Keep the autosaved plan?</source>
      <translation>Automatisch gesicherten Plan behalten?</translation>
    </message>
    <message>
      <source>Keep the autosaved copy so you can restore it next time?</source>
      <translation>Die automatisch gesicherte Kopie behalten, um sie beim nächsten Mal wiederherzustellen?</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <source>Delete it</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Revert to saved?</source>
      <translation>Gespeicherte Fassung wiederherstellen?</translation>
    </message>
    <message>
      <source>Go back to the version of “%1” saved on disk?</source>
      <translation>Zur gespeicherten Fassung von „%1“ zurückkehren?</translation>
    </message>
    <message>
      <source>Your changes since then are undone; Edit ▸ Undo brings them back.</source>
      <translation>Die Änderungen seither werden zurückgenommen; Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Install pack?</source>
      <translation>Paket installieren?</translation>
    </message>
    <message>
      <source>Install “%1” so it is there every time you start Coexist?</source>
      <translation>„%1“ installieren, damit es bei jedem Start von Coexist bereitsteht?</translation>
    </message>
    <message>
      <source>Installing copies the file into Coexist's data folder. Otherwise the pack is used only until you close Coexist.</source>
      <translation>Beim Installieren wird die Datei in den Datenordner von Coexist kopiert. Sonst wird das Paket nur verwendet, bis Coexist beendet wird.</translation>
    </message>
    <message>
      <source>Install</source>
      <translation>Installieren</translation>
    </message>
    <message>
      <source>Use once</source>
      <translation>Einmal verwenden</translation>
    </message>
    <message>
      <source>“%1” version %2 is already installed. Replace it with this copy?</source>
      <translation>„%1“ ist in Version %2 schon installiert. Durch diese Kopie ersetzen?</translation>
    </message>
    <message>
      <source>“%1” is already installed. Replace version %2 with version %3?</source>
      <translation>„%1“ ist schon installiert. Version %2 durch Version %3 ersetzen?</translation>
    </message>
    <message>
      <source>Replace installed pack?</source>
      <translation>Installiertes Paket ersetzen?</translation>
    </message>
    <message>
      <source>Plans made with the old version still open; cards the new version no longer has are kept in them and shown as missing.</source>
      <translation>Mit der alten Version erstellte Pläne lassen sich weiter öffnen; Karten, die es in der neuen Version nicht mehr gibt, bleiben darin erhalten und werden als fehlend angezeigt.</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Ersetzen</translation>
    </message>
    <message>
      <source>Keep the installed one</source>
      <translation>Installiertes behalten</translation>
    </message>
    <message>
      <source>Remove pack?</source>
      <translation>Paket entfernen?</translation>
    </message>
    <message>
      <source>Remove the pack “%1” from Coexist?</source>
      <translation>Das Paket „%1“ aus Coexist entfernen?</translation>
    </message>
    <message>
      <source>Your plan files are not deleted, but they cannot be opened until the pack is installed again.</source>
      <translation>Die Plandateien werden nicht gelöscht, lassen sich aber erst wieder öffnen, wenn das Paket erneut installiert ist.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Clear progress history?</source>
      <translation>Lernverlauf löschen?</translation>
    </message>
    <message numerus="yes">
      <source>Delete all %n recorded check(s) of your progress?</source>
      <translation>
        <numerusform>Die %n gespeicherte Prüfung aus dem Lernverlauf löschen?</numerusform>
        <numerusform>Alle %n gespeicherten Prüfungen aus dem Lernverlauf löschen?</numerusform>
      </translation>
    </message>
    <message>
      <source>This cannot be undone. Export a CSV first if you want to keep a copy.</source>
      <translation>Das lässt sich nicht rückgängig machen. Wer eine Kopie behalten will, exportiert vorher eine CSV-Datei.</translation>
    </message>
    <message>
      <source>Clear history</source>
      <translation>Verlauf löschen</translation>
    </message>
    <message>
      <source>Predict your band</source>
      <translation>Stufe vorhersagen</translation>
    </message>
    <message>
      <source>Before you see the score: which band do you think your plan reaches?</source>
      <translation>Vor der Bewertung: Welche Stufe erreicht der Plan wohl?</translation>
    </message>
    <message>
      <source>Band %1 · %2</source>
      <translation>Stufe %1 · %2</translation>
    </message>
    <message>
      <source>Predict band %1</source>
      <translation>Stufe %1 vorhersagen</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Skip the prediction</source>
      <translation>Die Vorhersage überspringen</translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message>
      <source>Coexist packs (*.yaml *.yml);;All files (*)</source>
      <translation>Coexist-Pakete (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Spreadsheets saved as CSV or TSV (*.csv *.tsv *.txt);;All files (*)</source>
      <translation>Als CSV oder TSV gespeicherte Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Edit pack</source>
      <translation>Paket bearbeiten</translation>
    </message>
    <message>
      <source>Save pack</source>
      <translation>Paket speichern</translation>
    </message>
    <message>
      <source>Import cards from a spreadsheet</source>
      <translation>Karten aus einer Tabelle importieren</translation>
    </message>
    <message>
      <source>Export cards to a spreadsheet</source>
      <translation>Karten in eine Tabelle exportieren</translation>
    </message>
    <message>
      <source>Pack has errors</source>
      <translation>Paket enthält Fehler</translation>
    </message>
    <message>
      <source>“%1” has errors. Open it in the editor anyway?</source>
      <translation>„%1“ enthält Fehler. Trotzdem im Editor öffnen?</translation>
    </message>
    <message>
      <source>The editor opens what it can read. Parts the errors are about may be missing or changed, so check them before you save: the file is only changed when you save, and the old file is then kept beside it as a .bak copy.</source>
      <translation>Der Editor öffnet, was er lesen kann. Teile, die die Fehler betreffen, können fehlen oder verändert sein; sie deshalb vor dem Speichern prüfen: Die Datei ändert sich erst beim Speichern, und die alte Datei bleibt dann als .bak-Kopie daneben erhalten.</translation>
    </message>
    <message>
      <source>Open anyway</source>
      <translation>Trotzdem öffnen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Written by hand</source>
      <translation>Von Hand geschrieben</translation>
    </message>
    <message>
      <source>“%1” was written by hand or by another program.</source>
      <translation>„%1“ wurde von Hand oder mit einem anderen Programm geschrieben.</translation>
    </message>
    <message>
      <source>When the editor saves it, it writes the pack in its own layout: comments and the layout of the file are not kept (the old file is kept beside it as a .bak copy). The cards, factors and questions themselves are all kept.</source>
      <translation>Beim Speichern schreibt der Editor das Paket in seinem eigenen Layout: Kommentare und die Gestaltung der Datei gehen verloren (die alte Datei bleibt als .bak-Kopie daneben erhalten). Karten, Faktoren und Fragen selbst bleiben vollständig erhalten.</translation>
    </message>
    <message>
      <source>Open in the editor</source>
      <translation>Im Editor öffnen</translation>
    </message>
    <message>
      <source>New version?</source>
      <translation>Neue Version?</translation>
    </message>
    <message>
      <source>You changed the pack since version %1 was saved. Save it as version %2?</source>
      <translation>Das Paket wurde geändert, seit Version %1 gespeichert wurde. Als Version %2 speichern?</translation>
    </message>
    <message>
      <source>A new version number lets students and colleagues see that the pack changed; their plans made with the old version still open.</source>
      <translation>Eine neue Versionsnummer zeigt Schüler/innen und Kolleg/innen, dass sich das Paket geändert hat; mit der alten Version erstellte Pläne lassen sich weiter öffnen.</translation>
    </message>
    <message>
      <source>Save as version %1</source>
      <translation>Als Version %1 speichern</translation>
    </message>
    <message>
      <source>Keep version %1</source>
      <translation>Version %1 beibehalten</translation>
    </message>
    <message>
      <source>Remove factor?</source>
      <translation>Faktor entfernen?</translation>
    </message>
    <message>
      <source>Remove the factor “%1”?</source>
      <translation>Den Faktor „%1“ entfernen?</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove cards?</source>
      <translation>Karten entfernen?</translation>
    </message>
    <message numerus="yes">
      <source>Remove %n card(s)?</source>
      <translation>
        <numerusform>%n Karte entfernen?</numerusform>
        <numerusform>%n Karten entfernen?</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove question?</source>
      <translation>Frage entfernen?</translation>
    </message>
    <message>
      <source>Remove this question?</source>
      <translation>Diese Frage entfernen?</translation>
    </message>
    <message>
      <source>Change the pack's id?</source>
      <translation>Die ID des Pakets ändern?</translation>
    </message>
    <message>
      <source>Students' plans and progress name the pack by its id: plans made with the old id will not open with this pack any more. Change it only for a pack nobody has used yet.</source>
      <translation>Pläne und Lernverlauf der Schüler/innen nennen das Paket bei seiner ID: Mit der alten ID erstellte Pläne lassen sich mit diesem Paket dann nicht mehr öffnen. Die ID nur bei einem Paket ändern, das noch niemand verwendet hat.</translation>
    </message>
    <message>
      <source>Change the id</source>
      <translation>ID ändern</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Beibehalten</translation>
    </message>
    <message>
      <source>Recover unsaved pack</source>
      <translation>Ungespeichertes Paket wiederherstellen</translation>
    </message>
    <message>
      <source>Coexist stopped last time before a pack you were editing was saved. Restore it?</source>
      <translation>Coexist wurde beim letzten Mal beendet, bevor ein bearbeitetes Paket gespeichert war. Wiederherstellen?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Keep the autosaved pack?</source>
      <translation>Automatisch gesichertes Paket behalten?</translation>
    </message>
    <message>
      <source>Keep the autosaved copy of the pack so you can restore it next time?</source>
      <translation>Die automatisch gesicherte Kopie des Pakets behalten, um sie beim nächsten Mal wiederherzustellen?</translation>
    </message>
    <message>
      <source>Delete it</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Factor colour</source>
      <translation>Farbe des Faktors</translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>Was geschieht</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Factors</source>
      <translation>Faktoren</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>new card</source>
      <translation>neue Karte</translation>
    </message>
    <message>
      <source>updates a card</source>
      <translation>aktualisiert eine Karte</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>unverändert</translation>
    </message>
    <message>
      <source>not added</source>
      <translation>nicht hinzugefügt</translation>
    </message>
    <message>
      <source> (new)</source>
      <translation> (neu)</translation>
    </message>
    <message>
      <source>Cards from %1</source>
      <translation>Karten aus %1</translation>
    </message>
    <message>
      <source>What will be added</source>
      <translation>Was hinzugefügt wird</translation>
    </message>
    <message>
      <source>Cards to add</source>
      <translation>Hinzuzufügende Karten</translation>
    </message>
    <message>
      <source>Problems in the rows</source>
      <translation>Probleme in den Zeilen</translation>
    </message>
    <message>
      <source>Remove the pack's cards that the spreadsheet does not list</source>
      <translation>Die Karten des Pakets entfernen, die in der Tabelle nicht vorkommen</translation>
    </message>
    <message>
      <source>New factors: %1</source>
      <translation>Neue Faktoren: %1</translation>
    </message>
    <message>
      <source>No problems.</source>
      <translation>Keine Probleme.</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Übernehmen</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>%1 wird gelesen …</translation>
    </message>
    <message>
      <source>Cannot open pack</source>
      <translation>Paket lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>“%1” is not a pack the editor can open. Nothing was changed.</source>
      <translation>„%1“ ist kein Paket, das der Editor öffnen kann. Es wurde nichts geändert.</translation>
    </message>
  </context>
  <context>
    <name>factor_combo</name>
    <message>
      <source>unknown factor (%1)</source>
      <translation>unbekannter Faktor (%1)</translation>
    </message>
  </context>
  <context>
    <name>paths</name>
    <message>
      <source>%1 is a file, not a folder.</source>
      <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
      <source>%1 is a symbolic link to something that does not exist.</source>
      <translation>%1 ist ein symbolischer Link ins Leere.</translation>
    </message>
    <message>
      <source>%1 cannot be made: %2.</source>
      <translation>%1 lässt sich nicht anlegen: %2.</translation>
    </message>
  </context>
</TS>
