<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>Autosaver</name>
    <message>
      <source>Could not write a recovery copy: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardListModel</name>
    <message>
      <source>missing card (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This card is not in the pack any more. It stays in your plan and is saved unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>missing card %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckActions</name>
    <message>
      <source>Progress history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked: %1/100, band %2 (%3)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Compare with the model plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your plan compared with the model plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your plan beside the pack's model plan. Orange marks evidence the model plan uses that yours does not; blue marks factors your plan supports that the model plan does not. There is more than one good plan: use it for ideas, not as the answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plans side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other paragraphs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Judgement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{overall}/100 · Band {band} of 5 · {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Range {r} · Balance {b} · Selection {s} · Analysis {a} · Judgement {j}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only your plan supports this factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your plan, %1 (only your plan supports it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your plan, %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model plan, %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card “%1” is not in this pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>    in your plan under “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>    does not count here: not tagged with this paragraph's factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in your plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in your plan: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most important: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No most important factor chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No conclusion written</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CoverageChart</name>
    <message>
      <source>Evidence per factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No evidence yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: {cards}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each factor needs {cards} for full credit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sides: {sides}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sides</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message numerus="yes">
      <source>Sent %n card(s) to paragraph </source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Enter in the evidence bank now sends cards to paragraph %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This question uses only cards from the evidence bank.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your card was added to the end of the evidence bank: press Enter or drag it into a paragraph.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvidencePanel</name>
    <message>
      <source>Evidence bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search cards (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide cards already in the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No cards match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter or Ctrl+1 to 9 sends the selected cards to a paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New card…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write your own evidence card; it is saved in your plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This question uses only cards from the evidence bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only cards for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only cards tagged with this factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 cards</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message>
      <source>Exported %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export Markdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The picture could not be written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <source>Untitled plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” could not be read. The file was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pack not installed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This plan was made with the pack “%1” (version %2), which is not installed. Open that pack's file first (File ▸ Open…), then open the plan again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Question not in pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This plan answers the question “%1”, which pack “%2” no longer has.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This plan was made with version %1 of the pack; this is version %2. Cards it no longer has are kept and shown as missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This plan could not be read back, so it was not saved. Nothing on disk changed; please report this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an unsaved plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Autosaved %1 from %2.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JudgementWidget</name>
    <message>
      <source>Judgement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most important factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your conclusion: which factor mattered most, and why? Weigh it against another factor, using your evidence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conclusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most important factor:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not chosen yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n word(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>System language (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LineChart</name>
    <message>
      <source>No checks yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Drag cards into the plan, or select cards and press Enter (Ctrl+1…9 for a paragraph).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One minute of planning time left.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time's up: finish your judgement. You can keep editing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two sides: %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Full credit at %n card(s) per factor</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Still reading a file; close again in a moment.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PackActions</name>
    <message>
      <source> (built in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a valid prompt pack. Nothing was changed; the problems are listed below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not install pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot install pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a valid prompt pack. Nothing was installed; the problems are listed below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pack installed with warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” was installed. The pack's author may want to fix these:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installed %1, version %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not remove pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PackManagerDialog</name>
    <message>
      <source>Prompt packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Packs installed here are available every time Coexist starts. Import a pack file from your teacher, or remove packs you no longer need.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installed packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Author</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pack files that could not be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pack details and warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a pack file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the selected pack's file in its folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not loaded: these files in the packs folder have errors. Fix them, or install the pack again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (built in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (this session only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Id: %1 · version %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Author: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Questions:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warnings:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ParagraphWidget</name>
    <message>
      <source>Your point: what this paragraph argues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drop evidence here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a factor…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Factor of paragraph %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move paragraph %1 up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move paragraph %1 down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove paragraph %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point of paragraph %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cards of paragraph %1, %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanBoard</name>
    <message>
      <source>Plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>so your teacher knows whose plan it is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add paragraph</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanTimer</name>
    <message>
      <source>Time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start or pause the timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset the timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time's up %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggested planning time: %1 minutes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Question:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Question to show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No checks recorded yet. Each time you press Check plan (Ctrl+Return) your scores are added here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scores over your checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Factors most often missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your predictions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How your predictions compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Predicted and actual band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the whole history as CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear the whole history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 — %n check(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Overall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breadth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check %1: overall %2, breadth %3, balance %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latest check: %1/100 (band %2) · best %3 · first %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None: every check had evidence for every factor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: missed in %2 of %3 checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No predictions yet. In exam mode (View menu) Coexist asks for your band before showing the score.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your predictions are well calibrated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On average you predicted %1 band(s) higher than you scored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On average you predicted %1 band(s) lower than you scored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Right band in %1 of %2 predictions. </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Predicted band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>predicted %1, actual %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not export</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PromptBar</name>
    <message>
      <source>Prompt pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Essay question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pack:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Question:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScorePanel</name>
    <message>
      <source>Overall score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No plan to score yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Band {band} of 5 · {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overall score {overall} out of 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Judgement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score hidden in exam mode — press Check plan (Ctrl+Return) to see it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score hidden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Band description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evidence per factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press Enter on an item to go to what it is about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How many of the question's factors your evidence supports, up to the cards each needs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How evenly your evidence is spread over the factors, or over the two sides of a 'how far' question.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How much of the evidence you chose fits where you put it, without piling on cards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How far your points explain and weigh, rather than retell the cards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whether your conclusion chooses a factor, gives a reason, weighs it against the alternatives and rests on your evidence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to do next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to fix: every factor is supported and the judgement is backed up.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>Move card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add card</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Move %n card(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n card(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove %n card(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Reorder card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose most important factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit conclusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New card</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>&amp;New plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Markdown…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;NG picture of the plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove card from plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paragraph &amp;%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add para&amp;graph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;card…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Hide factor tags (blind mode)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Exam mode: hide the score until checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Larger text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Grey out cards already in the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Check plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How &amp;scoring works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Coexist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Manage packs…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare with &amp;model plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Progress…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add to paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send the selected bank cards to the current paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alt+Up / Alt+Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move the selected card up or down in its paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How scoring works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Coexist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coexist %1

Plan history essays from evidence cards and check how well your argument covers the question. Works offline.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attempts</name>
    <message>
      <source>Your progress history cannot be used, so checks are not recorded: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your progress history was damaged and could not be read. It was moved aside as “%1” and a new history was started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This check could not be added to your progress history: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>… and %1 more problem(s). Run 'coexist-gui validate FILE' to list them all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the changes to “%1” first?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you don't save, your changes since the last save are lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recover unsaved plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coexist stopped last time before a plan was saved. Restore it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open plan or pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plans and packs (*.plan.yaml *.yaml *.yml);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New evidence card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One fact, in your own words (at most %1 characters)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card text:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your own cards count when they are a full sentence with a fact (at least five words) and tagged with a factor, for at most half of the cards a factor needs. They are marked as yours wherever your teacher sees the plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For this question your own cards do not count, but your teacher sees them, marked as yours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Factors this evidence supports:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the autosaved plan?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the autosaved copy so you can restore it next time?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install pack?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install “%1” so it is there every time you start Coexist?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Installing copies the file into Coexist's data folder. Otherwise the pack is used only until you close Coexist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” version %2 is already installed. Replace it with this copy?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is already installed. Replace version %2 with version %3?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace installed pack?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plans made with the old version still open; cards the new version no longer has are kept in them and shown as missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the installed one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove pack?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the pack “%1” from Coexist?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your plan files are not deleted, but they cannot be opened until the pack is installed again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear progress history?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete all %1 recorded checks from your progress history?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This cannot be undone. Export a CSV first if you want to keep a copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Predict your band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before you see the score: which band do you think your plan reaches?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Band %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Predict band %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip the prediction</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>factor_combo</name>
    <message>
      <source>unknown factor (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
