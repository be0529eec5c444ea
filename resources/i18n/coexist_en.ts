<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message numerus="yes">
      <source>Full credit at %n card(s) per factor</source>
      <translation>
        <numerusform>Full credit at %n card per factor</numerusform>
        <numerusform>Full credit at %n cards per factor</numerusform>
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
</TS>
