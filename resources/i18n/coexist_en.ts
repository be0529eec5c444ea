<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>CardsPreviewDialog</name>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the spreadsheet first; nothing is added until then:</source>
      <translation>
        <numerusform>%n problem must be fixed in the spreadsheet first; nothing is added until then:</numerusform>
        <numerusform>%n problems must be fixed in the spreadsheet first; nothing is added until then:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n card(s)</source>
      <translation>
        <numerusform>Add %n card</numerusform>
        <numerusform>Add %n cards</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClassReportWindow</name>
    <message numerus="yes">
      <source>%n file(s) could not be read or scored and were skipped.</source>
      <translation>
        <numerusform>%n file could not be read or scored and were skipped.</numerusform>
        <numerusform>%n files could not be read or scored and were skipped.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n plan(s)</source>
      <translation>
        <numerusform>%n plan</numerusform>
        <numerusform>%n plans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n plan(s)</source>
      <translation>
        <numerusform>%1 of %n plan</numerusform>
        <numerusform>%1 of %n plans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Plans answering this question: %n; their mean overall score is %1.</source>
      <translation>
        <numerusform>Plans answering this question: %n; their mean overall score is %1.</numerusform>
        <numerusform>Plans answering this question: %n; their mean overall score is %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message numerus="yes">
      <source>Sent %n card(s) to paragraph %1</source>
      <translation>
        <numerusform>Sent %n card to paragraph %1</numerusform>
        <numerusform>Sent %n cards to paragraph %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EvidencePage</name>
    <message numerus="yes">
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n card</numerusform>
        <numerusform>%n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n card(s)</source>
      <translation>
        <numerusform>%1 of %n card</numerusform>
        <numerusform>%1 of %n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Duplicate %n card(s)</source>
      <translation>
        <numerusform>Duplicate %n card</numerusform>
        <numerusform>Duplicate %n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n card(s)</source>
      <translation>
        <numerusform>Delete %n card</numerusform>
        <numerusform>Delete %n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n card(s)</source>
      <translation>
        <numerusform>Move %n card</numerusform>
        <numerusform>Move %n cards</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FactorsPage</name>
    <message numerus="yes">
      <source>Used by %n card(s).</source>
      <translation>
        <numerusform>Used by %n card.</numerusform>
        <numerusform>Used by %n cards.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Asked for by %n question(s).</source>
      <translation>
        <numerusform>Asked for by %n question.</numerusform>
        <numerusform>Asked for by %n questions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) tagged with it will lose the tag.</source>
      <translation>
        <numerusform>%n card tagged with it will lose the tag.</numerusform>
        <numerusform>%n cards tagged with it will lose the tag.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its paragraph in %n model plan(s) will be removed.</source>
      <translation>
        <numerusform>Its paragraph in %n model plan will be removed.</numerusform>
        <numerusform>Its paragraph in %n model plans will be removed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JudgementWidget</name>
    <message numerus="yes">
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PackEditorWindow</name>
    <message numerus="yes">
      <source>Saved %1. It still has %n error(s), so it cannot be installed yet.</source>
      <translation>
        <numerusform>Saved %1. It still has %n error, so it cannot be installed yet.</numerusform>
        <numerusform>Saved %1. It still has %n errors, so it cannot be installed yet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n card(s) to %1</source>
      <translation>
        <numerusform>Wrote %n card to %1</numerusform>
        <numerusform>Wrote %n cards to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Model plan stored; left out %n card(s) not in the pack (the student's own cards).</source>
      <translation>
        <numerusform>Model plan stored; left out %n card not in the pack (the student's own cards).</numerusform>
        <numerusform>Model plan stored; left out %n cards not in the pack (the student's own cards).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ParagraphWidget</name>
    <message numerus="yes">
      <source>%n card(s) count here</source>
      <translation>
        <numerusform>%n card count here</numerusform>
        <numerusform>%n cards count here</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>a paragraph needs %n for full credit.</source>
      <translation>
        <numerusform>a paragraph needs %n for full credit.</numerusform>
        <numerusform>a paragraph needs %n for full credit.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanPicture</name>
    <message numerus="yes">
      <source>%n card(s) in this plan are the student's own (marked “Own card”).</source>
      <translation>
        <numerusform>%n card in this plan are the student's own (marked “Own card”).</numerusform>
        <numerusform>%n cards in this plan are the student's own (marked “Own card”).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanTimer</name>
    <message numerus="yes">
      <source>Suggested planning time: %n minute(s)</source>
      <translation>
        <numerusform>Suggested planning time: %n minute</numerusform>
        <numerusform>Suggested planning time: %n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemListModel</name>
    <message numerus="yes">
      <source>… and %n more problem(s)</source>
      <translation>
        <numerusform>… and %n more problem</numerusform>
        <numerusform>… and %n more problems</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
      <source>%n error(s) to fix before the pack can be installed</source>
      <translation>
        <numerusform>%n error to fix before the pack can be installed</numerusform>
        <numerusform>%n errors to fix before the pack can be installed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Ready to install, with %n warning(s) worth a look</source>
      <translation>
        <numerusform>Ready to install, with %n warning worth a look</numerusform>
        <numerusform>Ready to install, with %n warnings worth a look</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message numerus="yes">
      <source>%1 — %n check(s)</source>
      <translation>
        <numerusform>%1 — %n check</numerusform>
        <numerusform>%1 — %n checks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n damaged check(s) in your history could not be read and are left out.</source>
      <translation>
        <numerusform>%n damaged check in your history could not be read and are left out.</numerusform>
        <numerusform>%n damaged checks in your history could not be read and are left out.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PromptBar</name>
    <message numerus="yes">
      <source>Full credit at %n card(s) per factor</source>
      <translation>
        <numerusform>Full credit at %n card per factor</numerusform>
        <numerusform>Full credit at %n cards per factor</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message numerus="yes">
      <source>Move %n card(s)</source>
      <translation>
        <numerusform>Move %n card</numerusform>
        <numerusform>Move %n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Add %n card(s)</source>
      <translation>
        <numerusform>Add %n card</numerusform>
        <numerusform>Add %n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Remove %n card(s)</source>
      <translation>
        <numerusform>Remove %n card</numerusform>
        <numerusform>Remove %n cards</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TryWindow</name>
    <message numerus="yes">
      <source>Full credit at %n card(s) per factor</source>
      <translation>
        <numerusform>Full credit at %n card per factor</numerusform>
        <numerusform>Full credit at %n cards per factor</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message numerus="yes">
      <source>… and %Ln more problem(s), by kind:</source>
      <translation>
        <numerusform>… and %Ln more problem, by kind:</numerusform>
        <numerusform>… and %Ln more problems, by kind:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %Ln other kind(s)</source>
      <translation>
        <numerusform>%1 of %Ln other kind</numerusform>
        <numerusform>%1 of %Ln other kinds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete all %n recorded check(s) of your progress?</source>
      <translation>
        <numerusform>Delete all %n recorded check of your progress?</numerusform>
        <numerusform>Delete all %n recorded checks of your progress?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message numerus="yes">
      <source>Remove %n card(s)?</source>
      <translation>
        <numerusform>Remove %n card?</numerusform>
        <numerusform>Remove %n cards?</numerusform>
      </translation>
    </message>
  </context>
</TS>
