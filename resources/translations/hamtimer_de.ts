<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Announcements</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Ice on</source>
        <translation>Kühlpack auflegen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} Minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message>
        <source>{phase}, {time}</source>
        <translation>{phase}, {time}</translation>
    </message>
    <message>
        <source>{said}. {instruction}</source>
        <translation>{said}. {instruction}</translation>
    </message>
    <message>
        <source>{said}. {next}</source>
        <translation>{said}. {next}</translation>
    </message>
    <message>
        <source>{rep}. {said}</source>
        <translation>{rep}. {said}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Paused: your computer was asleep</source>
        <translation>Pausiert: Ihr Computer war im Ruhezustand</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Going on. {phase}, {time} left</source>
        <translation>Weiter. {phase}, noch {time}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your session log could not be read ({reason}). New sessions are kept.</source>
        <translation>Ihr Trainingsprotokoll konnte nicht gelesen werden ({reason}). Neue Übungseinheiten werden gespeichert.</translation>
    </message>
    <message>
        <source>hamtimer — timers {scale}× faster (demo)</source>
        <translation>hamtimer — Timer {scale}× schneller (Demo)</translation>
    </message>
    <message>
        <source>Your journal could not be read ({reason}). New entries are kept.</source>
        <translation>Ihr Tagebuch konnte nicht gelesen werden ({reason}). Neue Einträge werden gespeichert.</translation>
    </message>
    <message>
        <source>{n} session that could not be written last time is now in your log.</source>
        <translation>{n} Übungseinheit, die beim letzten Mal nicht gespeichert werden konnte, ist jetzt in Ihrem Trainingsprotokoll.</translation>
    </message>
    <message>
        <source>{n} sessions that could not be written last time are now in your log.</source>
        <translation>{n} Übungseinheiten, die beim letzten Mal nicht gespeichert werden konnten, sind jetzt in Ihrem Trainingsprotokoll.</translation>
    </message>
</context>
<context>
    <name>BigDigits</name>
    <message>
        <source>Time left: {time}</source>
        <translation>Verbleibende Zeit: {time}</translation>
    </message>
</context>
<context>
    <name>CalendarHeatMap</name>
    <message>
        <source>Calendar of the days&apos; targets</source>
        <translation>Kalender der Tagesziele</translation>
    </message>
    <message>
        <source>No days to show.</source>
        <translation>Keine Tage anzuzeigen.</translation>
    </message>
    <message>
        <source>{first} to {last}: {levels}.</source>
        <translation>{first} bis {last}: {levels}.</translation>
    </message>
    <message>
        <source>Stopped for sharp pain on {days}.</source>
        <translation>Abgebrochen wegen stechender Schmerzen: {days}.</translation>
    </message>
    <message>
        <source>every target met</source>
        <translation>alle Ziele erreicht</translation>
    </message>
    <message>
        <source>half or more met</source>
        <translation>mindestens die Hälfte erreicht</translation>
    </message>
    <message>
        <source>less than half met</source>
        <translation>weniger als die Hälfte erreicht</translation>
    </message>
    <message>
        <source>none met</source>
        <translation>keins erreicht</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>keine Ziele</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tagen</translation>
    </message>
    <message>
        <source>{level} on {days}</source>
        <translation>{level} an {days}</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>hamtimer is still running</source>
        <translation>hamtimer läuft noch</translation>
    </message>
    <message>
        <source>hamtimer keeps running in the tray so your reminders still come. To quit, choose Quit in the tray icon&apos;s menu, or press Ctrl+Q in the window.</source>
        <translation>hamtimer läuft im Infobereich weiter, damit Ihre Erinnerungen weiterhin kommen. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols im Infobereich oder drücken Sie Strg+Q im Fenster.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>If {app} stops working as it should, close it and start it again.</source>
        <translation>Wenn {app} nicht mehr richtig funktioniert, schließen Sie es und starten Sie es neu.</translation>
    </message>
</context>
<context>
    <name>CueSound</name>
    <message>
        <source>Some spoken cues are missing ({files}), so their tones are played instead.</source>
        <translation>Einige gesprochene Signale fehlen ({files}); stattdessen werden ihre Töne abgespielt.</translation>
    </message>
</context>
<context>
    <name>CustomSessions</name>
    <message>
        <source>Your own sessions in {folder} could not be read ({reason}); only the built-in ones are shown.</source>
        <translation>Ihre eigenen Übungseinheiten in {folder} konnten nicht gelesen werden ({reason}); es werden nur die mitgelieferten angezeigt.</translation>
    </message>
    <message>
        <source>{file} is not a session file, so it was skipped.</source>
        <translation>{file} ist keine Übungsdatei und wurde daher übersprungen.</translation>
    </message>
    <message>
        <source>Your session file {file} could not be opened ({reason}); it was left where it is.</source>
        <translation>Ihre Übungsdatei {file} konnte nicht geöffnet werden ({reason}); sie bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Your session file {file} uses the id {id} of a built-in session, so it was not loaded; import it to give it an id of its own.</source>
        <translation>Ihre Übungsdatei {file} verwendet die ID {id} einer mitgelieferten Übungseinheit und wurde daher nicht geladen; importieren Sie sie, damit sie eine eigene ID bekommt.</translation>
    </message>
    <message>
        <source>Your session file {file} uses the id {id} of {other}, so it was not loaded; import it to give it an id of its own.</source>
        <translation>Ihre Übungsdatei {file} verwendet die ID {id} von {other} und wurde daher nicht geladen; importieren Sie sie, damit sie eine eigene ID bekommt.</translation>
    </message>
    <message>
        <source>id {id} is already used; it cannot be saved again</source>
        <translation>die ID {id} ist bereits vergeben; die Übungseinheit kann nicht noch einmal gespeichert werden</translation>
    </message>
    <message>
        <source>{session}: there is no session of yours to change</source>
        <translation>{session}: Das ist keine Ihrer eigenen Übungseinheiten, sie kann nicht geändert werden</translation>
    </message>
    <message>
        <source>{session} cannot be brought back: its id is in use again. Its file is kept at {kept_at}; import it to have it under another id.</source>
        <translation>{session} kann nicht wiederhergestellt werden: Die ID ist inzwischen wieder vergeben. Die Datei bleibt unter {kept_at} erhalten; importieren Sie sie, um sie unter einer anderen ID zu haben.</translation>
    </message>
    <message>
        <source>Your session file {file} cannot be used ({reason}), and it could not be moved aside ({move_error}); it was skipped.</source>
        <translation>Ihre Übungsdatei {file} kann nicht verwendet werden ({reason}) und konnte auch nicht beiseitegelegt werden ({move_error}); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Your session file {file} cannot be used ({reason}), so it was moved aside to {kept_at}; your other sessions are loaded.</source>
        <translation>Ihre Übungsdatei {file} kann nicht verwendet werden ({reason}) und wurde daher nach {kept_at} verschoben; Ihre anderen Übungseinheiten sind geladen.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({reason}); reminders show in the hamtimer window.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar ({reason}); Erinnerungen erscheinen im hamtimer-Fenster.</translation>
    </message>
</context>
<context>
    <name>DeferredLogLoad</name>
    <message>
        <source>Your session log could not be read ({reason}). New sessions are kept.</source>
        <translation>Ihr Trainingsprotokoll konnte nicht gelesen werden ({reason}). Neue Übungseinheiten werden gespeichert.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>You stopped because of sharp pain. The protocol says to stop at the first nagging pain: rest the leg, and ice it for 15–20 minutes wrapped in a towel. Go back a stage if this keeps happening. If the pain does not improve after 1–2 weeks, keeps getting worse or limits your daily activities, see a professional.</source>
        <translation>Sie haben wegen stechender Schmerzen abgebrochen. Laut Protokoll sollen Sie aufhören, sobald sich erste Schmerzen bemerkbar machen: das Bein schonen und 15–20 Minuten kühlen, in ein Handtuch gewickelt. Passiert das immer wieder, gehen Sie eine Stufe zurück. Wird der Schmerz nach 1–2 Wochen nicht besser, immer schlimmer oder schränkt er Sie im Alltag ein, lassen Sie sich ärztlich oder physiotherapeutisch untersuchen.</translation>
    </message>
    <message>
        <source>{time} held</source>
        <translation>{time} gehalten</translation>
    </message>
    <message>
        <source>{time} moving</source>
        <translation>{time} in Bewegung</translation>
    </message>
    <message>
        <source>{time} stretched</source>
        <translation>{time} gedehnt</translation>
    </message>
    <message>
        <source>{time} of exercise</source>
        <translation>{time} Übungszeit</translation>
    </message>
    <message>
        <source>{done} of {planned} reps · {active}</source>
        <translation>{done} von {planned} Wiederholungen · {active}</translation>
    </message>
    <message>
        <source>Iced for {time}</source>
        <translation>{time} gekühlt</translation>
    </message>
    <message>
        <source>Stopped early ({reason}); what you did is logged.</source>
        <translation>Vorzeitig abgebrochen ({reason}); was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>{advice} Next one from about {time}.</source>
        <translation>{advice} Nächstes Mal ab etwa {time}.</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Back to the list of sessions (Space or Esc)</source>
        <translation>Zurück zur Liste der Übungseinheiten (Leertaste oder Esc)</translation>
    </message>
    <message>
        <source>How much does it hurt now, after the session?</source>
        <translation>Wie stark ist der Schmerz jetzt, nach der Übungseinheit?</translation>
    </message>
    <message>
        <source>{outcome}: {session}</source>
        <translation>{outcome}: {session}</translation>
    </message>
</context>
<context>
    <name>DraftBuild</name>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name: give the session a name</source>
        <translation>Name: Geben Sie der Übungseinheit einen Namen</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Instructions: say how to start</source>
        <translation>Anleitung: Beschreiben Sie, wie es losgeht</translation>
    </message>
    <message>
        <source>Done message</source>
        <translation>Nachricht am Ende</translation>
    </message>
    <message>
        <source>Done message: say how it ends</source>
        <translation>Nachricht am Ende: Beschreiben Sie, wie es endet</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Get ready: say what to do while getting ready</source>
        <translation>Vorbereitung: Beschreiben Sie, was während der Vorbereitung zu tun ist</translation>
    </message>
    <message>
        <source>Title: at most {most} characters</source>
        <translation>Titel: höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>{field}: at most {most} characters, not {count}</source>
        <translation>{field}: höchstens {most} Zeichen, nicht {count}</translation>
    </message>
    <message>
        <source>Phases: a rep has 1 to {most} phases</source>
        <translation>Phasen: Eine Wiederholung hat 1 bis {most} Phasen</translation>
    </message>
    <message>
        <source>Phases: a rep needs a hold, work, stretch or ice phase</source>
        <translation>Phasen: Eine Wiederholung braucht eine Phase Halten, Bewegen, Dehnen oder Kühlen</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is too short; a phase lasts {low} to {high}</source>
        <translation>{phase}: {seconds} s ist zu kurz; eine Phase dauert {low} bis {high}</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is too long; a phase lasts {low} to {high}</source>
        <translation>{phase}: {seconds} s ist zu lang; eine Phase dauert {low} bis {high}</translation>
    </message>
    <message>
        <source>{phase}: say what to do</source>
        <translation>{phase}: Beschreiben Sie, was zu tun ist</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Phase {number}: {kind} cannot be part of a rep; it is set for the session</source>
        <translation>Phase {number}: {kind} kann nicht Teil einer Wiederholung sein; sie wird für die ganze Übungseinheit eingestellt</translation>
    </message>
    <message>
        <source>{field}: at least {least}</source>
        <translation>{field}: mindestens {least}</translation>
    </message>
    <message>
        <source>{field}: at most {most}</source>
        <translation>{field}: höchstens {most}</translation>
    </message>
    <message>
        <source>{field}: {seconds} s is outside 0 s to {most} (0 s: none)</source>
        <translation>{field}: {seconds} s liegt außerhalb von 0 s bis {most} (0 s: ohne)</translation>
    </message>
    <message>
        <source>The session would have {phases} phases; at most {most} (fewer reps, sets or phases)</source>
        <translation>Die Übungseinheit hätte {phases} Phasen; höchstens {most} (weniger Wiederholungen, Sätze oder Phasen)</translation>
    </message>
    <message>
        <source>The session would last {length}; at most {most}</source>
        <translation>Die Übungseinheit würde {length} dauern; höchstens {most}</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Problem with name</source>
        <translation>Problem beim Namen</translation>
    </message>
    <message>
        <source>Problem with full title</source>
        <translation>Problem beim vollständigen Titel</translation>
    </message>
    <message>
        <source>Problem with instructions before starting</source>
        <translation>Problem bei der Anleitung vor dem Start</translation>
    </message>
    <message>
        <source>Problem with get ready seconds</source>
        <translation>Problem bei den Sekunden zur Vorbereitung</translation>
    </message>
    <message>
        <source>Problem with phases of one repetition</source>
        <translation>Problem bei den Phasen einer Wiederholung</translation>
    </message>
    <message>
        <source>Problem with repetitions in each set</source>
        <translation>Problem bei den Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Problem with sets</source>
        <translation>Problem bei den Sätzen</translation>
    </message>
    <message>
        <source>Problem with rest between sets, seconds</source>
        <translation>Problem bei der Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Problem with seconds to switch legs</source>
        <translation>Problem bei den Sekunden für den Beinwechsel</translation>
    </message>
    <message>
        <source>Problem with message at the end</source>
        <translation>Problem bei der Nachricht am Ende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full title</source>
        <translation>Vollständiger Titel</translation>
    </message>
    <message>
        <source>Optional: the name is used when this is empty</source>
        <translation>Optional: Wenn das Feld leer ist, wird der Name verwendet</translation>
    </message>
    <message>
        <source>Instructions before starting</source>
        <translation>Anleitung vor dem Start</translation>
    </message>
    <message>
        <source>Get ready seconds</source>
        <translation>Sekunden zur Vorbereitung</translation>
    </message>
    <message>
        <source>What to do while getting ready</source>
        <translation>Was während der Vorbereitung zu tun ist</translation>
    </message>
    <message>
        <source>Phases of one repetition</source>
        <translation>Phasen einer Wiederholung</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Sätzen, Sekunden</translation>
    </message>
    <message>
        <source>Do every set on each leg: left, then right</source>
        <translation>Jeden Satz mit jedem Bein: erst links, dann rechts</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Jedes Bein</translation>
    </message>
    <message>
        <source>Seconds to switch legs</source>
        <translation>Sekunden für den Beinwechsel</translation>
    </message>
    <message>
        <source>Message at the end</source>
        <translation>Nachricht am Ende</translation>
    </message>
    <message>
        <source>Summary of the session</source>
        <translation>Zusammenfassung der Übungseinheit</translation>
    </message>
    <message>
        <source>The session&apos;s id</source>
        <translation>ID der Übungseinheit</translation>
    </message>
    <message>
        <source>Why the session was not saved</source>
        <translation>Warum die Übungseinheit nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Die Übungseinheit</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Full title:</source>
        <translation>Vollständiger Titel:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Get ready for:</source>
        <translation>Vorbereitungszeit:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>One repetition, phase by phase</source>
        <translation>Eine Wiederholung, Phase für Phase</translation>
    </message>
    <message>
        <source>Repetitions and sets</source>
        <translation>Wiederholungen und Sätze</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Sätze:</translation>
    </message>
    <message>
        <source>Rest between sets:</source>
        <translation>Pause zwischen den Sätzen:</translation>
    </message>
    <message>
        <source>Switch legs for:</source>
        <translation>Zeit für Beinwechsel:</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Problem with the whole session</source>
        <translation>Problem bei der ganzen Übungseinheit</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF report, to print or send</source>
        <translation>PDF-Bericht zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>CSV table, one row per session</source>
        <translation>CSV-Tabelle, eine Zeile pro Übungseinheit</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export a report for your clinician</source>
        <translation>Bericht für Arzt oder Physiotherapie exportieren</translation>
    </message>
    <message>
        <source>From the first logged session</source>
        <translation>Ab der ersten eingetragenen Übungseinheit</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>Der Bericht wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} Übungseinheit</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Übungseinheiten</translation>
    </message>
    <message>
        <source>Wrote {sessions} from {first} to {last} to {path}.</source>
        <translation>{sessions} von {first} bis {last} in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Every target met</source>
        <translation>Alle Ziele erreicht</translation>
    </message>
    <message>
        <source>Half or more</source>
        <translation>Mindestens die Hälfte</translation>
    </message>
    <message>
        <source>Less than half</source>
        <translation>Weniger als die Hälfte</translation>
    </message>
    <message>
        <source>None met</source>
        <translation>Keins erreicht</translation>
    </message>
    <message>
        <source>Stopped for sharp pain</source>
        <translation>Abgebrochen wegen stechender Schmerzen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Legende des Kalenders</translation>
    </message>
</context>
<context>
    <name>HistoryDays</name>
    <message>
        <source>every target met</source>
        <translation>alle Ziele erreicht</translation>
    </message>
    <message>
        <source>half or more met</source>
        <translation>mindestens die Hälfte erreicht</translation>
    </message>
    <message>
        <source>less than half met</source>
        <translation>weniger als die Hälfte erreicht</translation>
    </message>
    <message>
        <source>none met</source>
        <translation>keins erreicht</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>keine Ziele</translation>
    </message>
    <message>
        <source>Targets met: {met} of {due}</source>
        <translation>Ziele erreicht: {met} von {due}</translation>
    </message>
    <message>
        <source>A session was stopped for sharp pain</source>
        <translation>Eine Übungseinheit wurde wegen stechender Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Pain: {pain} of 10 (mean of the day&apos;s ratings)</source>
        <translation>Schmerz: {pain} von 10 (Mittelwert der Bewertungen des Tages)</translation>
    </message>
    <message>
        <source>Current streak: {current} · Longest: {longest}</source>
        <translation>Aktuelle Serie: {current} · Längste: {longest}</translation>
    </message>
    <message>
        <source>No targets on these days</source>
        <translation>Keine Ziele an diesen Tagen</translation>
    </message>
    <message>
        <source>Adherence {met} of {n} target ({percent} %)</source>
        <translation>Therapietreue: {met} von {n} Ziel ({percent} %)</translation>
    </message>
    <message>
        <source>Adherence {met} of {n} targets ({percent} %)</source>
        <translation>Therapietreue: {met} von {n} Zielen ({percent} %)</translation>
    </message>
    <message>
        <source>Sessions: {completed} completed, {stopped} stopped</source>
        <translation>Übungseinheiten: {completed} abgeschlossen, {stopped} abgebrochen</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All sessions</source>
        <translation>Alle Übungseinheiten</translation>
    </message>
    <message>
        <source>Completed and stopped</source>
        <translation>Abgeschlossen oder abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stopped for sharp pain</source>
        <translation>Abgebrochen wegen stechender Schmerzen</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pain
before → after</source>
        <translation>Schmerz
vorher → nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
</context>
<context>
    <name>HistoryTrend</name>
    <message>
        <source>Pain: no ratings on these days</source>
        <translation>Schmerz: keine Bewertungen an diesen Tagen</translation>
    </message>
    <message>
        <source>Pain 0–10, daily mean</source>
        <translation>Schmerz 0–10, Tagesmittel</translation>
    </message>
    <message>
        <source>Pain 0–10, weekly mean</source>
        <translation>Schmerz 0–10, Wochenmittel</translation>
    </message>
    <message>
        <source>Pain 0–10, monthly mean</source>
        <translation>Schmerz 0–10, Monatsmittel</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>A streak counts the days on which every target of the day was met. Today counts once its targets are met; until then it does not break the streak.</source>
        <translation>Eine Serie zählt die Tage, an denen alle Tagesziele erreicht wurden. Heute zählt, sobald die heutigen Ziele erreicht sind; bis dahin unterbricht der Tag die Serie nicht.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>{adherence} · {sessions}</source>
        <translation>{adherence} · {sessions}</translation>
    </message>
    <message>
        <source>Pain trend chart</source>
        <translation>Diagramm des Schmerzverlaufs</translation>
    </message>
    <message>
        <source>The calendar shows the last week of these dates.</source>
        <translation>Der Kalender zeigt die letzte Woche dieses Zeitraums.</translation>
    </message>
    <message>
        <source>The calendar shows the last {n} weeks of these dates.</source>
        <translation>Der Kalender zeigt die letzten {n} Wochen dieses Zeitraums.</translation>
    </message>
    <message>
        <source>No sessions logged yet.</source>
        <translation>Noch keine Übungseinheiten eingetragen.</translation>
    </message>
    <message>
        <source>No sessions match these choices.</source>
        <translation>Keine Übungseinheiten passen zu dieser Auswahl.</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} Übungseinheit</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Übungseinheiten</translation>
    </message>
    <message>
        <source>{shown} of {sessions}</source>
        <translation>{shown} von {sessions}</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} Wert</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Werte</translation>
    </message>
    <message>
        <source>{title}, {points}: from {first} to {last}, {mean} on average.</source>
        <translation>{title}, {points}: von {first} bis {last}, im Schnitt {mean}.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>hamtimer guides the exercises of a published home-rehab protocol. It is not a diagnosis or a substitute for a clinician: stop at sharp pain, and see a professional if pain is not improving after 1–2 weeks.</source>
        <translation>hamtimer führt Sie durch die Übungen eines veröffentlichten Reha-Protokolls für zu Hause. Es stellt keine Diagnose und ersetzt keine ärztliche oder physiotherapeutische Betreuung: Hören Sie bei stechendem Schmerz auf, und lassen Sie sich ärztlich oder physiotherapeutisch untersuchen, wenn der Schmerz nach 1–2 Wochen nicht besser wird.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation>Start  (Leertaste)</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Übungseinheit starten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{session}: {plan}</source>
        <translation>{session}: {plan}</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>Your journal could not be written to {file} ({reason}); the entry is kept and written next time.</source>
        <translation>Ihr Tagebuch konnte nicht in {file} gespeichert werden ({reason}); der Eintrag bleibt erhalten und wird beim nächsten Mal gespeichert.</translation>
    </message>
    <message>
        <source>{n} line of your journal could not be read and the file could not be set aside ({reason}); it was left as it is.</source>
        <translation>{n} Zeile Ihres Tagebuchs konnte nicht gelesen werden, und die Datei konnte nicht beiseitegelegt werden ({reason}); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>{n} lines of your journal could not be read and the file could not be set aside ({reason}); it was left as it is.</source>
        <translation>{n} Zeilen Ihres Tagebuchs konnten nicht gelesen werden, und die Datei konnte nicht beiseitegelegt werden ({reason}); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>{n} line of your journal (pain ratings and notes) could not be read. The original file was kept at {kept_at}; the readable entries are still here.</source>
        <translation>{n} Zeile Ihres Tagebuchs (Schmerzbewertungen und Notizen) konnte nicht gelesen werden. Die ursprüngliche Datei bleibt unter {kept_at} erhalten; die lesbaren Einträge sind weiterhin da.</translation>
    </message>
    <message>
        <source>{n} lines of your journal (pain ratings and notes) could not be read. The original file was kept at {kept_at}; the readable entries are still here.</source>
        <translation>{n} Zeilen Ihres Tagebuchs (Schmerzbewertungen und Notizen) konnten nicht gelesen werden. Die ursprüngliche Datei bleibt unter {kept_at} erhalten; die lesbaren Einträge sind weiterhin da.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>start, pause, resume</source>
        <translation>starten, pausieren, fortsetzen</translation>
    </message>
    <message>
        <source>stop the session (asks first; what you did is logged)</source>
        <translation>Übungseinheit abbrechen (mit Rückfrage; was Sie gemacht haben, wird gespeichert)</translation>
    </message>
    <message>
        <source>sharp pain: stop at once, no question</source>
        <translation>stechender Schmerz: sofort abbrechen, ohne Rückfrage</translation>
    </message>
    <message>
        <source>rate your pain 0–10 (+ is 10)</source>
        <translation>Schmerz bewerten, 0–10 (+ ist 10)</translation>
    </message>
    <message>
        <source>Right / Left</source>
        <translation>Pfeil rechts / links</translation>
    </message>
    <message>
        <source>skip to the next phase / back</source>
        <translation>zur nächsten Phase springen / zurück</translation>
    </message>
    <message>
        <source>full screen on and off</source>
        <translation>Vollbild ein und aus</translation>
    </message>
    <message>
        <source>mute and unmute</source>
        <translation>Ton aus und ein</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>move to the next / previous control</source>
        <translation>zum nächsten / vorigen Bedienelement</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Space, Esc, P, Right / Left, F, M, Tab, Ctrl+Q</source>
        <translation>Leertaste, Esc, P, Pfeiltasten, F, M, Tab, Strg+Q</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>wie oben</translation>
    </message>
    <message>
        <source>rate your pain while the question is shown (get ready); later they pause</source>
        <translation>Schmerz bewerten, solange die Frage angezeigt wird (Vorbereitung); danach lösen sie eine Pause aus</translation>
    </message>
    <message>
        <source>Any other key</source>
        <translation>Jede andere Taste</translation>
    </message>
    <message>
        <source>pause or resume; keys pressed together, or held down, count once</source>
        <translation>pausieren oder fortsetzen; gleichzeitig gedrückte oder gehaltene Tasten zählen nur einmal</translation>
    </message>
    <message>
        <source>In floor mode, during a session:</source>
        <translation>Im Bodenmodus, während einer Übungseinheit:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>the protocol holds each bridge for 10–15 seconds</source>
        <translation>das Protokoll sieht für jede Brücke 10–15 Sekunden Halten vor</translation>
    </message>
    <message>
        <source>the protocol does 2–3 repetitions at a time</source>
        <translation>das Protokoll sieht 2–3 Wiederholungen hintereinander vor</translation>
    </message>
    <message>
        <source>the protocol ices for 15–20 minutes; longer risks damage to the skin</source>
        <translation>das Protokoll sieht 15–20 Minuten Kühlen vor; länger kann die Haut schädigen</translation>
    </message>
</context>
<context>
    <name>LogStore</name>
    <message>
        <source>Your session could not be written to {file} ({reason}). The session is kept and will be written as soon as possible.</source>
        <translation>Ihre Übungseinheit konnte nicht in {file} gespeichert werden ({reason}). Sie bleibt erhalten und wird so bald wie möglich gespeichert.</translation>
    </message>
    <message>
        <source>{n} session saved by a newer version of hamtimer is kept in the log but not shown.</source>
        <translation>{n} Übungseinheit, die von einer neueren Version von hamtimer gespeichert wurde, bleibt im Trainingsprotokoll, wird aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>{n} sessions saved by a newer version of hamtimer are kept in the log but not shown.</source>
        <translation>{n} Übungseinheiten, die von einer neueren Version von hamtimer gespeichert wurden, bleiben im Trainingsprotokoll, werden aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>{n} line of your session log could not be read, and the file could not be set aside ({reason}), so it was left as it is; {kept}.</source>
        <translation>{n} Zeile Ihres Trainingsprotokolls konnte nicht gelesen werden, und die Datei konnte nicht beiseitegelegt werden ({reason}), daher bleibt sie unverändert; {kept}.</translation>
    </message>
    <message>
        <source>{n} lines of your session log could not be read, and the file could not be set aside ({reason}), so it was left as it is; {kept}.</source>
        <translation>{n} Zeilen Ihres Trainingsprotokolls konnten nicht gelesen werden, und die Datei konnte nicht beiseitegelegt werden ({reason}), daher bleibt sie unverändert; {kept}.</translation>
    </message>
    <message>
        <source>{n} line of your session log could not be read. The original file was kept at {kept_at}; {kept}.</source>
        <translation>{n} Zeile Ihres Trainingsprotokolls konnte nicht gelesen werden. Die ursprüngliche Datei bleibt unter {kept_at} erhalten; {kept}.</translation>
    </message>
    <message>
        <source>{n} lines of your session log could not be read. The original file was kept at {kept_at}; {kept}.</source>
        <translation>{n} Zeilen Ihres Trainingsprotokolls konnten nicht gelesen werden. Die ursprüngliche Datei bleibt unter {kept_at} erhalten; {kept}.</translation>
    </message>
    <message>
        <source>no readable sessions were found in it</source>
        <translation>darin wurden keine lesbaren Übungseinheiten gefunden</translation>
    </message>
    <message>
        <source>the {n} readable session is still here</source>
        <translation>die {n} lesbare Übungseinheit ist weiterhin da</translation>
    </message>
    <message>
        <source>the {n} readable sessions are still here</source>
        <translation>die {n} lesbaren Übungseinheiten sind weiterhin da</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stop this session? What you have done so far will be logged.</source>
        <translation>Diese Übungseinheit abbrechen? Was Sie bisher gemacht haben, wird gespeichert.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>There is no session &apos;{id}&apos; any more.</source>
        <translation>Die Übungseinheit „{id}“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{n} pending session saved</source>
        <translation>{n} ausstehende Übungseinheit gespeichert</translation>
    </message>
    <message>
        <source>{n} pending sessions saved</source>
        <translation>{n} ausstehende Übungseinheiten gespeichert</translation>
    </message>
    <message>
        <source>Your log is written again ({saved}).</source>
        <translation>Ihr Trainingsprotokoll wird wieder gespeichert ({saved}).</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Ü&amp;bungen</translation>
    </message>
</context>
<context>
    <name>PainStrip</name>
    <message>
        <source>keys 0–9, + for 10</source>
        <translation>Tasten 0–9, + für 10</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst; {keys}</source>
        <translation>0 = kein, 10 = stärkster Schmerz; {keys}</translation>
    </message>
    <message>
        <source>{question} ({keys}; 0 = none, 10 = worst)</source>
        <translation>{question} ({keys}; 0 = kein, 10 = stärkster Schmerz)</translation>
    </message>
    <message>
        <source>Pain {rating} of 10</source>
        <translation>Schmerz {rating} von 10</translation>
    </message>
    <message>
        <source>✓ {rating} of 10</source>
        <translation>✓ {rating} von 10</translation>
    </message>
</context>
<context>
    <name>PdfLayout</name>
    <message>
        <source>{footer} · page {number} of {count}</source>
        <translation>{footer} · Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>PendingSpill</name>
    <message>
        <source>the pending sessions could not be kept anywhere ({errors})</source>
        <translation>die ausstehenden Übungseinheiten konnten nirgends gespeichert werden ({errors})</translation>
    </message>
    <message>
        <source>Sessions kept at {file} could not be added: {error}</source>
        <translation>Die unter {file} aufbewahrten Übungseinheiten konnten nicht hinzugefügt werden: {error}</translation>
    </message>
    <message>
        <source>the file is larger than {most} bytes</source>
        <translation>die Datei ist größer als {most} Byte</translation>
    </message>
</context>
<context>
    <name>PhaseRows</name>
    <message>
        <source>Add a phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a phase to the rep</source>
        <translation>Der Wiederholung eine Phase hinzufügen</translation>
    </message>
    <message>
        <source>Move phase {number} up</source>
        <translation>Phase {number} nach oben</translation>
    </message>
    <message>
        <source>Move phase {number} down</source>
        <translation>Phase {number} nach unten</translation>
    </message>
    <message>
        <source>Remove phase {number}</source>
        <translation>Phase {number} entfernen</translation>
    </message>
    <message>
        <source>Problem with phase {number}</source>
        <translation>Problem bei Phase {number}</translation>
    </message>
    <message>
        <source>Phase {number} instruction</source>
        <translation>Anweisung für Phase {number}</translation>
    </message>
    <message>
        <source>Phase {number} kind</source>
        <translation>Art von Phase {number}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Phase {number} seconds</source>
        <translation>Sekunden für Phase {number}</translation>
    </message>
    <message>
        <source>= {length}</source>
        <translation>= {length}</translation>
    </message>
</context>
<context>
    <name>PhaseStyle</name>
    <message>
        <source>PAUSED · {phase}</source>
        <translation>ANGEHALTEN · {phase}</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>ICE ON</source>
        <translation>KÜHLEN</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>BEINWECHSEL</translation>
    </message>
    <message>
        <source>MOVE</source>
        <translation>BEWEGEN</translation>
    </message>
    <message>
        <source>STRETCH</source>
        <translation>DEHNEN</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{name}: {reps} reps × {sets} sets is more than a session can hold (at most {most} phases)</source>
        <translation>{name}: {reps} Wiederholungen × {sets} Sätze sind mehr, als eine Übungseinheit fassen kann (höchstens {most} Phasen)</translation>
    </message>
    <message>
        <source>{name}: these choices make a session of {length}; a session may last at most {most}</source>
        <translation>{name}: Mit dieser Auswahl dauert die Übungseinheit {length}; eine Übungseinheit darf höchstens {most} dauern</translation>
    </message>
    <message>
        <source>{n} rep ahead</source>
        <translation>{n} Wiederholung folgt</translation>
    </message>
    <message>
        <source>{n} reps ahead</source>
        <translation>{n} Wiederholungen folgen</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Next: left leg</source>
        <translation>Als Nächstes: linkes Bein</translation>
    </message>
    <message>
        <source>Next: right leg</source>
        <translation>Als Nächstes: rechtes Bein</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Left leg · set {set} of {sets} · rep {rep} of {reps}</source>
        <translation>Linkes Bein · Satz {set} von {sets} · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Left leg · rep {rep} of {reps}</source>
        <translation>Linkes Bein · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Right leg · set {set} of {sets} · rep {rep} of {reps}</source>
        <translation>Rechtes Bein · Satz {set} von {sets} · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Right leg · rep {rep} of {reps}</source>
        <translation>Rechtes Bein · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · rep {rep} of {reps}</source>
        <translation>Satz {set} von {sets} · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{duration} get ready</source>
        <translation>{duration} Vorbereitung</translation>
    </message>
    <message>
        <source>{duration} hold</source>
        <translation>{duration} Halten</translation>
    </message>
    <message>
        <source>{duration} rest</source>
        <translation>{duration} Pause</translation>
    </message>
    <message>
        <source>{duration} ice</source>
        <translation>{duration} Kühlen</translation>
    </message>
    <message>
        <source>{duration} switch sides</source>
        <translation>{duration} Beinwechsel</translation>
    </message>
    <message>
        <source>{duration} work</source>
        <translation>{duration} Bewegen</translation>
    </message>
    <message>
        <source>{duration} stretch</source>
        <translation>{duration} Dehnen</translation>
    </message>
    <message>
        <source>{reps} × {phase}</source>
        <translation>{reps} × {phase}</translation>
    </message>
    <message>
        <source>{n} set of {phases}</source>
        <translation>{n} Satz mit {phases}</translation>
    </message>
    <message>
        <source>{n} sets of {phases}</source>
        <translation>{n} Sätze mit {phases}</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>jedes Bein</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>First 48 hours: rest and RICE</source>
        <translation>Erste 48 Stunden: Schonung und PECH-Regel</translation>
    </message>
    <message>
        <source>Isometric bridge holds</source>
        <translation>Isometrische Brücke</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <source>Resistance, once pain-free</source>
        <translation>Widerstandstraining, sobald schmerzfrei</translation>
    </message>
    <message>
        <source>Squats and hamstring curls</source>
        <translation>Kniebeugen und Beincurls</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Vorbeugung</translation>
    </message>
    <message>
        <source>Rest, ice every few hours, compression and elevation.</source>
        <translation>Schonung, alle paar Stunden kühlen, Kompression und Hochlagern.</translation>
    </message>
    <message>
        <source>Bridge holds of 10–15 seconds, 2–3 at a time, 1–2 times a day, without pain.</source>
        <translation>Brücke 10–15 Sekunden halten, 2–3-mal hintereinander, 1–2-mal am Tag, ohne Schmerzen.</translation>
    </message>
    <message>
        <source>Single-leg windmills and very gentle stretching, with your bridge holds.</source>
        <translation>Windmühle auf einem Bein und sehr sanftes Dehnen, dazu Ihre Brücke.</translation>
    </message>
    <message>
        <source>Nordic curls and banded hamstring flexion, with windmills and stretching.</source>
        <translation>Nordic Curls und Beinbeugen mit Band, dazu Windmühle und Dehnen.</translation>
    </message>
    <message>
        <source>Around weeks 4–6, if feeling good: squats and hamstring curls join in.</source>
        <translation>Etwa ab Woche 4–6, wenn es Ihnen gut geht: Kniebeugen und Beincurls kommen dazu.</translation>
    </message>
    <message>
        <source>Keep the hamstring exercises routine so it does not come back.</source>
        <translation>Bleiben Sie bei den Übungen für die hintere Oberschenkelmuskulatur, damit die Beschwerden nicht wiederkommen.</translation>
    </message>
    <message>
        <source>Stop the activity at the first nagging pain.</source>
        <translation>Brechen Sie die Aktivität ab, sobald sich erste Schmerzen bemerkbar machen.</translation>
    </message>
    <message>
        <source>Rest: no running, jumping or long sitting.</source>
        <translation>Pause: kein Laufen, kein Springen, kein langes Sitzen.</translation>
    </message>
    <message>
        <source>Ice 15–20 minutes every few hours. Always wrap the pack in a towel.</source>
        <translation>Kühlen Sie alle paar Stunden 15–20 Minuten. Wickeln Sie das Kühlpack immer in ein Handtuch.</translation>
    </message>
    <message>
        <source>Compression: a wrap or sleeve helps with swelling.</source>
        <translation>Kompression: Ein Verband oder eine Bandage hilft gegen die Schwellung.</translation>
    </message>
    <message>
        <source>Elevation: raise the leg to reduce swelling.</source>
        <translation>Hochlagern: Legen Sie das Bein hoch, damit die Schwellung zurückgeht.</translation>
    </message>
    <message>
        <source>Contract the hamstrings with no pain; lower slowly and rest.</source>
        <translation>Spannen Sie die hintere Oberschenkelmuskulatur schmerzfrei an; senken Sie sich langsam ab und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Keep icing after activity if it helps.</source>
        <translation>Kühlen Sie nach Belastung weiter, wenn es Ihnen guttut.</translation>
    </message>
    <message>
        <source>Move slowly and in control; stop at sharp pain.</source>
        <translation>Bewegen Sie sich langsam und kontrolliert; hören Sie bei stechendem Schmerz auf.</translation>
    </message>
    <message>
        <source>Stretch very gently: no overstretching early.</source>
        <translation>Dehnen Sie sehr sanft: anfangs nicht überdehnen.</translation>
    </message>
    <message>
        <source>Only while pain-free; step back a stage if the pain returns.</source>
        <translation>Nur solange Sie schmerzfrei sind; gehen Sie eine Stufe zurück, wenn der Schmerz wiederkommt.</translation>
    </message>
    <message>
        <source>Reintroduce squats and curls only if you feel good.</source>
        <translation>Nehmen Sie Kniebeugen und Beincurls nur wieder auf, wenn Sie sich gut fühlen.</translation>
    </message>
    <message>
        <source>Keep doing the hamstring exercises routinely.</source>
        <translation>Machen Sie die Übungen für die hintere Oberschenkelmuskulatur regelmäßig weiter.</translation>
    </message>
    <message>
        <source>Strengthen your core and glutes.</source>
        <translation>Kräftigen Sie Ihre Rumpf- und Gesäßmuskulatur.</translation>
    </message>
    <message>
        <source>Warm up before activity.</source>
        <translation>Wärmen Sie sich vor Belastung auf.</translation>
    </message>
    <message>
        <source>Avoid long sitting.</source>
        <translation>Vermeiden Sie langes Sitzen.</translation>
    </message>
    <message>
        <source>Pain at most {rating} of 10 on the last day, rated that day: {good} of {n} so far</source>
        <translation>Schmerz höchstens {rating} von 10 am letzten Tag, an dem Tag bewertet: bisher {good} von {n}</translation>
    </message>
    <message>
        <source>Pain at most {rating} of 10 on each of the last {n} days, rated every day: {good} of {n} so far</source>
        <translation>Schmerz höchstens {rating} von 10 an jedem der letzten {n} Tage, jeden Tag bewertet: bisher {good} von {n}</translation>
    </message>
    <message>
        <source>{n} day in the last {within} days with {session} done and pain at most {rating} of 10 that day: {good} so far</source>
        <translation>{n} Tag in den letzten {within} Tagen mit {session} erledigt und Schmerz höchstens {rating} von 10 an dem Tag: bisher {good}</translation>
    </message>
    <message>
        <source>{n} days in the last {within} days with {session} done and pain at most {rating} of 10 that day: {good} so far</source>
        <translation>{n} Tage in den letzten {within} Tagen mit {session} erledigt und Schmerz höchstens {rating} von 10 an dem Tag: bisher {good}</translation>
    </message>
    <message>
        <source>Enter the day the pain started</source>
        <translation>Tragen Sie den Tag des Schmerzbeginns ein</translation>
    </message>
    <message>
        <source>{n} hour since the pain started: {so_far} so far</source>
        <translation>{n} Stunde seit Schmerzbeginn: bisher {so_far}</translation>
    </message>
    <message>
        <source>{n} hours since the pain started: {so_far} so far</source>
        <translation>{n} Stunden seit Schmerzbeginn: bisher {so_far}</translation>
    </message>
    <message>
        <source>About {weeks} weeks since the pain started: {n} day so far</source>
        <translation>Etwa {weeks} Wochen seit Schmerzbeginn: bisher {n} Tag</translation>
    </message>
    <message>
        <source>About {weeks} weeks since the pain started: {n} days so far</source>
        <translation>Etwa {weeks} Wochen seit Schmerzbeginn: bisher {n} Tage</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{file}: schema_version must be {version}</source>
        <translation>{file}: schema_version muss {version} sein</translation>
    </message>
    <message>
        <source>{file}: stages must be a non-empty list</source>
        <translation>{file}: stages muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>{file}: a stage is malformed ({error})</source>
        <translation>{file}: eine Stufe ist fehlerhaft ({error})</translation>
    </message>
</context>
<context>
    <name>ProgramController</name>
    <message>
        <source>Mark a re-injury today? It is logged for your clinician; more than one in three months is a reason to see a professional.</source>
        <translation>Heute eine erneute Verletzung eintragen? Sie wird im Bericht für Arzt oder Physiotherapie vermerkt; mehr als eine innerhalb von drei Monaten ist ein Grund, sich ärztlich oder physiotherapeutisch untersuchen zu lassen.</translation>
    </message>
    <message>
        <source>Log that your symptoms limit your daily activities? This is a reason to see a professional.</source>
        <translation>Eintragen, dass Ihre Beschwerden Sie im Alltag einschränken? Das ist ein Grund, sich ärztlich oder physiotherapeutisch untersuchen zu lassen.</translation>
    </message>
    <message>
        <source>The day the pain started could not be saved: {reason}</source>
        <translation>Der Tag des Schmerzbeginns konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Step back to “{stage}”?</source>
        <translation>Zurück zu „{stage}“?</translation>
    </message>
    <message>
        <source>Move on to “{stage}”?</source>
        <translation>Weiter zu „{stage}“?</translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <source>the program state must be a JSON object</source>
        <translation>der Programmstand muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>{field}: {value} is not {version}</source>
        <translation>{field}: {value} ist nicht {version}</translation>
    </message>
    <message>
        <source>{field}: must be a stage&apos;s id</source>
        <translation>{field}: muss die ID einer Stufe sein</translation>
    </message>
    <message>
        <source>The day the pain started cannot be in the future.</source>
        <translation>Der Tag des Schmerzbeginns kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The day the pain started must be within the last five years.</source>
        <translation>Der Tag des Schmerzbeginns muss innerhalb der letzten fünf Jahre liegen.</translation>
    </message>
    <message>
        <source>{field}: must be a date like {example}</source>
        <translation>{field}: muss ein Datum im Format {example} sein</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date</source>
        <translation>{field}: {value} ist kein Datum</translation>
    </message>
    <message>
        <source>Reminders: at most {most} times a day</source>
        <translation>Erinnerungen: höchstens {most}-mal am Tag</translation>
    </message>
    <message>
        <source>Reminders: {value} is not a time like {example}</source>
        <translation>Erinnerungen: {value} ist keine Uhrzeit im Format {example}</translation>
    </message>
    <message>
        <source>Ice reminders: the hours must be a whole number</source>
        <translation>Erinnerungen zum Kühlen: Die Stunden müssen eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Ice reminders: every {low}–{high} hours; {value} was chosen</source>
        <translation>Erinnerungen zum Kühlen: alle {low}–{high} Stunden; gewählt wurde {value}</translation>
    </message>
    <message>
        <source>{field}: must be true or false</source>
        <translation>{field}: muss true oder false sein</translation>
    </message>
    <message>
        <source>Your program file {file} could not be opened ({reason}); the program starts from the first stage.</source>
        <translation>Ihre Programmdatei {file} konnte nicht geöffnet werden ({reason}); das Programm beginnt bei der ersten Stufe.</translation>
    </message>
    <message>
        <source>Your program file {file} could not be read ({error}) nor moved aside ({move_error}).</source>
        <translation>Ihre Programmdatei {file} konnte weder gelesen ({error}) noch beiseitegelegt werden ({move_error}).</translation>
    </message>
    <message>
        <source>Your program file could not be read ({error}); the program starts from the first stage. The original file was kept at {kept_at}.</source>
        <translation>Ihre Programmdatei konnte nicht gelesen werden ({error}); das Programm beginnt bei der ersten Stufe. Die ursprüngliche Datei bleibt unter {kept_at} erhalten.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>sharp pain</source>
        <translation>stechender Schmerz</translation>
    </message>
    <message>
        <source>stopped by the patient</source>
        <translation>selbst abgebrochen</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>das Fenster wurde geschlossen</translation>
    </message>
    <message>
        <source>hamtimer was quit</source>
        <translation>hamtimer wurde beendet</translation>
    </message>
    <message>
        <source>the desktop session ended</source>
        <translation>die Desktop-Sitzung wurde beendet</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>See a professional: a physiotherapist, sports-medicine doctor or your GP.</source>
        <translation>Lassen Sie sich untersuchen: in der Physiotherapie, in einer sportmedizinischen Praxis oder in Ihrer Hausarztpraxis.</translation>
    </message>
    <message>
        <source>{title} {reasons} {advice}</source>
        <translation>{title} {reasons} {advice}</translation>
    </message>
    <message>
        <source>Your pain has not improved after two weeks.</source>
        <translation>Ihr Schmerz ist nach zwei Wochen nicht besser geworden.</translation>
    </message>
    <message>
        <source>Your average pain over the last 7 days is {last} of 10; in your first week it was {first}. Pain that does not improve after 1–2 weeks may be something else, such as sciatica.</source>
        <translation>Ihr durchschnittlicher Schmerz in den letzten 7 Tagen liegt bei {last} von 10; in Ihrer ersten Woche lag er bei {first}. Schmerz, der nach 1–2 Wochen nicht besser wird, kann etwas anderes sein, zum Beispiel Ischias.</translation>
    </message>
    <message>
        <source>Your pain is getting worse.</source>
        <translation>Ihr Schmerz wird schlimmer.</translation>
    </message>
    <message>
        <source>Your average pain over the last 7 days is {last} of 10, up from {before} the week before.</source>
        <translation>Ihr durchschnittlicher Schmerz in den letzten 7 Tagen ist auf {last} von 10 gestiegen, von {before} in der Woche davor.</translation>
    </message>
    <message>
        <source>Your symptoms limit your daily activities.</source>
        <translation>Ihre Beschwerden schränken Sie im Alltag ein.</translation>
    </message>
    <message>
        <source>You said so on {day}.</source>
        <translation>Das haben Sie am {day} angegeben.</translation>
    </message>
    <message>
        <source>You have been injured again more than once.</source>
        <translation>Sie haben sich mehr als einmal erneut verletzt.</translation>
    </message>
    <message>
        <source>You marked {n} re-injury in the last {days} days: the rehab may not be addressing the cause.</source>
        <translation>Sie haben in den letzten {days} Tagen {n} erneute Verletzung eingetragen: Die Reha geht die Ursache möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>You marked {n} re-injuries in the last {days} days: the rehab may not be addressing the cause.</source>
        <translation>Sie haben in den letzten {days} Tagen {n} erneute Verletzungen eingetragen: Die Reha geht die Ursache möglicherweise nicht an.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Spä&amp;ter</translation>
    </message>
    <message>
        <source>Later: hide this reminder</source>
        <translation>Später: Erinnerung ausblenden</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>Start {session} now</source>
        <translation>{session} jetzt starten</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <source>Ice time: 15–20 minutes, wrapped in a towel</source>
        <translation>Zeit zum Kühlen: 15–20 Minuten, in ein Handtuch gewickelt</translation>
    </message>
    <message>
        <source>{session} time ({number} of {target} today)</source>
        <translation>Zeit für {session} ({number} von {target} heute)</translation>
    </message>
    <message>
        <source>{title}. Stop at the first nagging pain.</source>
        <translation>{title}. Hören Sie auf, sobald sich erste Schmerzen bemerkbar machen.</translation>
    </message>
    <message>
        <source>Ice time: {low}–{high} minutes, wrapped in a towel</source>
        <translation>Zeit zum Kühlen: {low}–{high} Minuten, in ein Handtuch gewickelt</translation>
    </message>
    <message>
        <source>Every {hours} hours in the first 48 hours after the pain started; these reminders stop by themselves on {day} at {time}.</source>
        <translation>Alle {hours} Stunden in den ersten 48 Stunden nach Schmerzbeginn; diese Erinnerungen enden von selbst am {day} um {time}.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Reminders could not be checked ({error}); they are tried again every minute.</source>
        <translation>Erinnerungen konnten nicht geprüft werden ({error}); es wird jede Minute erneut versucht.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Start ice</source>
        <translation>Kühlen starten</translation>
    </message>
    <message>
        <source>Start bridge hold</source>
        <translation>Isometrische Brücke starten</translation>
    </message>
    <message>
        <source>Show {app}</source>
        <translation>{app} anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start {session}</source>
        <translation>{session} starten</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Your program file could not be saved ({reason}).</source>
        <translation>Ihre Programmdatei konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Kühlen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{n} demo session (timers run faster with --time-scale) left out: not real rehab.</source>
        <translation>{n} Demo-Übungseinheit (Timer laufen mit --time-scale schneller) ausgelassen: keine echte Reha.</translation>
    </message>
    <message>
        <source>{n} demo sessions (timers run faster with --time-scale) left out: not real rehab.</source>
        <translation>{n} Demo-Übungseinheiten (Timer laufen mit --time-scale schneller) ausgelassen: keine echte Reha.</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Re-injury</source>
        <translation>Erneute Verletzung</translation>
    </message>
    <message>
        <source>marked by the patient</source>
        <translation>selbst eingetragen</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Alltag</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Stechender Schmerz</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>A session stopped for sharp pain</source>
        <translation>Eine Übungseinheit wegen stechender Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>{session} stopped for sharp pain</source>
        <translation>{session} wegen stechender Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Moved to stage {stage}</source>
        <translation>Zu Stufe {stage} gewechselt</translation>
    </message>
    <message>
        <source>Moved to stage {number}: {name}</source>
        <translation>Zu Stufe {number} gewechselt: {name}</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities: {detail}</source>
        <translation>Beschwerden schränken den Alltag ein: {detail}</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities</source>
        <translation>Beschwerden schränken den Alltag ein</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>{title} · {span}</source>
        <translation>{title} · {span}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>Zu den Daten</translation>
    </message>
    <message>
        <source>Red flags: when to see a professional</source>
        <translation>Warnzeichen: wann eine ärztliche oder physiotherapeutische Untersuchung nötig ist</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>No pain ratings in this period.</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>Nothing was due in this period.</source>
        <translation>In diesem Zeitraum war nichts fällig.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>No sessions were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Übungseinheiten eingetragen.</translation>
    </message>
    <message>
        <source>Notes and events</source>
        <translation>Notizen und Ereignisse</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>ReportRange</name>
    <message>
        <source>{label}: {text} is not a date like {example}</source>
        <translation>{label}: {text} ist kein Datum im Format {example}</translation>
    </message>
    <message>
        <source>{label}: {day} is after today, {today}</source>
        <translation>{label}: {day} liegt nach heute ({today})</translation>
    </message>
    <message>
        <source>{first_label} {first} is after {last_label} {last}</source>
        <translation>{first_label} {first} liegt nach {last_label} {last}</translation>
    </message>
</context>
<context>
    <name>ReportSources</name>
    <message>
        <source>The program file {file} could not be read ({error}); the onset date and current stage are not known.</source>
        <translation>Die Programmdatei {file} konnte nicht gelesen werden ({error}); Schmerzbeginn und aktuelle Stufe sind nicht bekannt.</translation>
    </message>
    <message>
        <source>{n} line of the session log could not be read: not in this report.</source>
        <translation>{n} Zeile des Trainingsprotokolls konnte nicht gelesen werden: nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>{n} lines of the session log could not be read: not in this report.</source>
        <translation>{n} Zeilen des Trainingsprotokolls konnten nicht gelesen werden: nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>{n} session saved by a newer hamtimer: not in this report.</source>
        <translation>{n} Übungseinheit, gespeichert von einer neueren hamtimer-Version: nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>{n} sessions saved by a newer hamtimer: not in this report.</source>
        <translation>{n} Übungseinheiten, gespeichert von einer neueren hamtimer-Version: nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>{n} line of the journal could not be read: not in this report.</source>
        <translation>{n} Zeile des Tagebuchs konnte nicht gelesen werden: nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>{n} lines of the journal could not be read: not in this report.</source>
        <translation>{n} Zeilen des Tagebuchs konnten nicht gelesen werden: nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>{n} entry saved by a newer hamtimer: not in this report.</source>
        <translation>{n} Eintrag, gespeichert von einer neueren hamtimer-Version: nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>{n} entries saved by a newer hamtimer: not in this report.</source>
        <translation>{n} Einträge, gespeichert von einer neueren hamtimer-Version: nicht in diesem Bericht.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>hamtimer — rehab report</source>
        <translation>hamtimer — Reha-Bericht</translation>
    </message>
    <message>
        <source>hamtimer is not a diagnosis or a substitute for a clinician. This report shows what the patient logged in the app: sessions, pain ratings (0 = no pain, 10 = worst) and notes.</source>
        <translation>hamtimer stellt keine Diagnose und ersetzt keine ärztliche oder physiotherapeutische Betreuung. Dieser Bericht zeigt, was in der App eingetragen wurde: Übungseinheiten, Schmerzbewertungen (0 = kein Schmerz, 10 = stärkster Schmerz) und Notizen.</translation>
    </message>
    <message>
        <source>Reps and active seconds: done of planned. Pain: before → after the session, 0–10. Sessions stopped early are marked.</source>
        <translation>Wiederholungen und aktive Sekunden: geschafft von geplant. Schmerz: vor → nach der Übungseinheit, 0–10. Vorzeitig abgebrochene Übungseinheiten sind markiert.</translation>
    </message>
    <message>
        <source>Targets: the sessions the day&apos;s stage asks for, each counted at most as often as asked. Days with a target missed are marked. Pain: mean of the day&apos;s ratings.</source>
        <translation>Ziele: die Übungseinheiten, die die Stufe des Tages vorsieht, jede höchstens so oft gezählt wie vorgesehen. Tage mit einem verfehlten Ziel sind markiert. Schmerz: Mittelwert der Bewertungen des Tages.</translation>
    </message>
    <message>
        <source>{day_and_month} {year}</source>
        <translation>{day_and_month} {year}</translation>
    </message>
    <message>
        <source>{first} – {last} ({n} day)</source>
        <translation>{first} – {last} ({n} Tag)</translation>
    </message>
    <message>
        <source>{first} – {last} ({n} days)</source>
        <translation>{first} – {last} ({n} Tage)</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>{day} {time} (UTC{offset}) by hamtimer {version}</source>
        <translation>{day} {time} (UTC{offset}) mit hamtimer {version}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Pain started</source>
        <translation>Schmerzbeginn</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>no daily targets in this period</source>
        <translation>keine Tagesziele in diesem Zeitraum</translation>
    </message>
    <message>
        <source>{met} of {n} daily target met ({share}%)</source>
        <translation>{met} von {n} Tagesziel erreicht ({share} %)</translation>
    </message>
    <message>
        <source>{met} of {n} daily targets met ({share}%)</source>
        <translation>{met} von {n} Tageszielen erreicht ({share} %)</translation>
    </message>
    <message>
        <source>{completed} completed, {stopped} stopped early</source>
        <translation>{completed} abgeschlossen, {stopped} vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>Pain, first week</source>
        <translation>Schmerz, erste Woche</translation>
    </message>
    <message>
        <source>Pain, last week</source>
        <translation>Schmerz, letzte Woche</translation>
    </message>
    <message>
        <source>Holding on {day}: {flag}</source>
        <translation>Besteht am {day}: {flag}</translation>
    </message>
    <message>
        <source>No red flags were raised in this period, and none hold on {day}.</source>
        <translation>In diesem Zeitraum traten keine Warnzeichen auf, und am {day} besteht keines.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Active s</source>
        <translation>Aktiv (s)</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Abbruchgrund</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>no ratings ({first} – {last})</source>
        <translation>keine Bewertungen ({first} – {last})</translation>
    </message>
    <message>
        <source>{mean} of 10 ({first} – {last}, {n} rating)</source>
        <translation>{mean} von 10 ({first} – {last}, {n} Bewertung)</translation>
    </message>
    <message>
        <source>{mean} of 10 ({first} – {last}, {n} ratings)</source>
        <translation>{mean} von 10 ({first} – {last}, {n} Bewertungen)</translation>
    </message>
    <message>
        <source>Raised {day}: {flag}</source>
        <translation>Aufgetreten am {day}: {flag}</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>RunnerView</name>
    <message>
        <source>Paused: your computer was asleep. Press Space to go on.</source>
        <translation>Pausiert: Ihr Computer war im Ruhezustand. Weiter mit der Leertaste.</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausiert. Weiter mit der Leertaste.</translation>
    </message>
    <message>
        <source>Paused. Press any key to go on.</source>
        <translation>Pausiert. Weiter mit einer beliebigen Taste.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Übungseinheit</translation>
    </message>
    <message>
        <source>How much of the whole session is done</source>
        <translation>Wie viel der ganzen Übungseinheit geschafft ist</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to the start of this phase (Left)</source>
        <translation>Zurück zum Anfang dieser Phase (Pfeiltaste links)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Skip to the next phase (Right)</source>
        <translation>Zur nächsten Phase springen (Pfeiltaste rechts)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session and log it (Esc)</source>
        <translation>Übungseinheit abbrechen und speichern (Esc)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen on or off (F)</source>
        <translation>Vollbild ein oder aus (F)</translation>
    </message>
    <message>
        <source>Sharp pain — stop (P)</source>
        <translation>Stechender Schmerz (P)</translation>
    </message>
    <message>
        <source>Stop at once because of sharp pain; logged, no question (P)</source>
        <translation>Sofort abbrechen wegen stechender Schmerzen; wird gespeichert, ohne Rückfrage (P)</translation>
    </message>
    <message>
        <source>Sharp pain: stop now</source>
        <translation>Stechender Schmerz: jetzt abbrechen</translation>
    </message>
    <message>
        <source>How much does it hurt now, before you start?</source>
        <translation>Wie stark ist der Schmerz jetzt, vor dem Start?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SafeFiles</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>die Datei ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it holds a number that is not finite (NaN, Infinity, or too large for a double)</source>
        <translation>die Datei enthält eine Zahl, die nicht endlich ist (NaN, Infinity oder zu groß für ein double)</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it is larger than {size} KiB</source>
        <translation>die Datei ist größer als {size} KiB</translation>
    </message>
    <message>
        <source>the disk took only part of the line</source>
        <translation>der Datenträger hat nur einen Teil der Zeile aufgenommen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{session}: there is no setting called {setting}</source>
        <translation>{session}: Es gibt keine Einstellung namens {setting}</translation>
    </message>
    <message>
        <source>{session}: {setting} must be a whole number</source>
        <translation>{session}: {setting} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{low}–{high} s</source>
        <translation>{low}–{high} s</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>{low}–{high} reps</source>
        <translation>{low}–{high} Wiederholungen</translation>
    </message>
    <message>
        <source>{session}: {setting} must be {range} ({note}); {value} was chosen</source>
        <translation>{session}: {setting} muss {range} sein ({note}); gewählt wurde {value}</translation>
    </message>
    <message>
        <source>{session}: {setting} must be {range}; {value} was chosen</source>
        <translation>{session}: {setting} muss {range} sein; gewählt wurde {value}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>{name} is a built-in session: it follows the protocol and cannot be changed. Duplicate it to make your own copy, which you may change.</source>
        <translation>{name} ist eine mitgelieferte Übungseinheit: Sie folgt dem Protokoll und kann nicht geändert werden. Duplizieren Sie sie, um eine eigene Kopie zu erstellen, die Sie ändern können.</translation>
    </message>
    <message>
        <source>{name} is a built-in session and cannot be deleted.</source>
        <translation>{name} ist eine mitgelieferte Übungseinheit und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete your session “{name}”? A copy of its file is kept.</source>
        <translation>Ihre Übungseinheit „{name}“ löschen? Eine Kopie der Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>{name} was not deleted: {reason}</source>
        <translation>{name} wurde nicht gelöscht: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be imported. {reason}</source>
        <translation>Diese Datei kann nicht importiert werden. {reason}</translation>
    </message>
    <message>
        <source>{name} was not exported. {reason}</source>
        <translation>{name} wurde nicht exportiert. {reason}</translation>
    </message>
    <message>
        <source>Keep both (import as “{name}”)</source>
        <translation>Beide behalten (als „{name}“ importieren)</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Meine ersetzen</translation>
    </message>
    <message>
        <source>A session file with the id “{id}” is already in your sessions folder.</source>
        <translation>In Ihrem Ordner für Übungseinheiten gibt es bereits eine Datei mit der ID „{id}“.</translation>
    </message>
    <message>
        <source>“{name}”, a built-in session, already has the id “{id}”.</source>
        <translation>„{name}“, eine mitgelieferte Übungseinheit, hat bereits die ID „{id}“.</translation>
    </message>
    <message>
        <source>“{name}”, one of your sessions, already has the id “{id}”.</source>
        <translation>„{name}“, eine Ihrer Übungseinheiten, hat bereits die ID „{id}“.</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {problem}.</source>
        <translation>Die Datei {file} konnte nicht geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <source>The file could not be written: {problem}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Drawing: {title}</source>
        <translation>Zeichnung: {title}</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>{plan} · about {minutes} min</source>
        <translation>{plan} · etwa {minutes} min</translation>
    </message>
    <message>
        <source>Allowed {range}. {note}</source>
        <translation>Erlaubt: {range}. {note}</translation>
    </message>
    <message>
        <source>{range} · {note}</source>
        <translation>{range} · {note}</translation>
    </message>
</context>
<context>
    <name>SessionDraft</name>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Kühlen</translation>
    </message>
    <message>
        <source>Hold the position without pain.</source>
        <translation>Halten Sie die Position ohne Schmerzen.</translation>
    </message>
    <message>
        <source>One slow, controlled movement.</source>
        <translation>Eine langsame, kontrollierte Bewegung.</translation>
    </message>
    <message>
        <source>Stretch gently; never into pain.</source>
        <translation>Dehnen Sie sanft; nie bis in den Schmerz.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Keep the towel-wrapped ice pack on the sore spot.</source>
        <translation>Lassen Sie das eingewickelte Kühlpack auf der schmerzenden Stelle.</translation>
    </message>
    <message>
        <source>Rest before the next set.</source>
        <translation>Pause vor dem nächsten Satz.</translation>
    </message>
    <message>
        <source>Switch to the other leg.</source>
        <translation>Wechseln Sie zum anderen Bein.</translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation>Gehen Sie in Position.</translation>
    </message>
    <message>
        <source>Done. Well done!</source>
        <translation>Fertig. Gut gemacht!</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Übungseinheit</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Übungseinheit speichern</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <source>To start it from a command line: {command}</source>
        <translation>So starten Sie sie über die Kommandozeile: {command}</translation>
    </message>
    <message>
        <source>Not ready to save: see the notes in red.</source>
        <translation>Noch nicht bereit zum Speichern: siehe die roten Hinweise.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Not ready to save: {reason}</source>
        <translation>Noch nicht bereit zum Speichern: {reason}</translation>
    </message>
    <message>
        <source>{plan} · {length} in all</source>
        <translation>{plan} · insgesamt {length}</translation>
    </message>
    <message>
        <source>the file could not be written ({file}): {problem}</source>
        <translation>die Datei konnte nicht geschrieben werden ({file}): {problem}</translation>
    </message>
    <message>
        <source>the file could not be written: {problem}</source>
        <translation>die Datei konnte nicht geschrieben werden: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>{file}: cannot be opened ({reason})</source>
        <translation>{file}: kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}: ist keine Datei</translation>
    </message>
    <message>
        <source>{id} is not one of your sessions, so it is not replaced</source>
        <translation>{id} ist keine Ihrer Übungseinheiten und wird daher nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>{field}: holds a character that is not text (a lone surrogate)</source>
        <translation>{field}: enthält ein Zeichen, das kein Text ist (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>{session}: would not read back the same, so it is not saved</source>
        <translation>{session}: ließe sich nicht unverändert wieder einlesen und wird daher nicht gespeichert</translation>
    </message>
    <message>
        <source>{session}: the file would be {size} bytes; a session file may be at most {most} bytes (shorten the instructions)</source>
        <translation>{session}: Die Datei wäre {size} Byte groß; eine Übungsdatei darf höchstens {most} Byte groß sein (kürzen Sie die Anleitungen)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>{field}: {value} is not supported (this app reads 1 to {newest})</source>
        <translation>{field}: {value} wird nicht unterstützt (diese App liest 1 bis {newest})</translation>
    </message>
    <message>
        <source>{field}: unknown field</source>
        <translation>{field}: unbekanntes Feld</translation>
    </message>
    <message>
        <source>{file}: the file is {size} bytes; a session file may be at most {most} bytes</source>
        <translation>{file}: Die Datei ist {size} Byte groß; eine Übungsdatei darf höchstens {most} Byte groß sein</translation>
    </message>
    <message>
        <source>{file}: cannot be read as a JSON session file ({error})</source>
        <translation>{file}: kann nicht als JSON-Übungsdatei gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{field}: {value} must be lowercase letters, digits and dashes</source>
        <translation>{field}: {value} darf nur aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen</translation>
    </message>
    <message>
        <source>{field} = {value} is outside {range}: {reason}</source>
        <translation>{field} = {value} liegt außerhalb von {range}: {reason}</translation>
    </message>
    <message>
        <source>{file}: id {id} is used by another session</source>
        <translation>{file}: Die ID {id} wird schon von einer anderen Übungseinheit verwendet</translation>
    </message>
    <message>
        <source>{field}: must be a JSON object</source>
        <translation>{field}: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>{field}: must be text of 1–{most} characters</source>
        <translation>{field}: muss ein Text mit 1–{most} Zeichen sein</translation>
    </message>
    <message>
        <source>{field}: {value} must be a whole number from {low} to {high}</source>
        <translation>{field}: {value} muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>{field}: must be a list of 1–{most} settings</source>
        <translation>{field}: muss eine Liste mit 1–{most} Einstellungen sein</translation>
    </message>
    <message>
        <source>{field}: two settings have the same name</source>
        <translation>{field}: Zwei Einstellungen haben denselben Namen</translation>
    </message>
    <message>
        <source>{field}: get_ready belongs in &apos;get_ready&apos; only</source>
        <translation>{field}: get_ready gehört nur in &apos;get_ready&apos;</translation>
    </message>
    <message>
        <source>{field}: {value} is not a duration setting of this session</source>
        <translation>{field}: {value} ist keine Dauer-Einstellung dieser Übungseinheit</translation>
    </message>
    <message>
        <source>{field}: must be seconds or the name of a setting</source>
        <translation>{field}: muss eine Anzahl Sekunden oder der Name einer Einstellung sein</translation>
    </message>
    <message>
        <source>{field}: {value} s is outside 0–{most} s</source>
        <translation>{field}: {value} s liegt außerhalb von 0–{most} s</translation>
    </message>
    <message>
        <source>{field}: must be the file name of an SVG, like &apos;windmill.svg&apos;</source>
        <translation>{field}: muss der Dateiname einer SVG-Datei sein, etwa &apos;windmill.svg&apos;</translation>
    </message>
    <message>
        <source>{field}: must be a list of 1–{most} phases</source>
        <translation>{field}: muss eine Liste mit 1–{most} Phasen sein</translation>
    </message>
    <message>
        <source>{field}: needs a &apos;hold&apos;, &apos;work&apos;, &apos;stretch&apos; or &apos;ice&apos; phase</source>
        <translation>{field}: braucht eine Phase &apos;hold&apos;, &apos;work&apos;, &apos;stretch&apos; oder &apos;ice&apos;</translation>
    </message>
    <message>
        <source>{field}: {value} is not a repetitions setting of this session</source>
        <translation>{field}: {value} ist keine Wiederholungs-Einstellung dieser Übungseinheit</translation>
    </message>
    <message>
        <source>{field}: must be 1–{most} or the name of a setting</source>
        <translation>{field}: muss 1–{most} oder der Name einer Einstellung sein</translation>
    </message>
    <message>
        <source>{field}: {value} must be one of {allowed}</source>
        <translation>{field}: {value} muss einer dieser Werte sein: {allowed}</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Session files (*.json)</source>
        <translation>Dateien mit Übungseinheiten (*.json)</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>Übungseinheit importieren</translation>
    </message>
    <message>
        <source>Export a session</source>
        <translation>Übungseinheit exportieren</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Übungseinheit…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>Übungseinheit &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate session…</source>
        <translation>Übungseinheit &amp;duplizieren…</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>Übungseinheit &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>Übungseinheit &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport session…</source>
        <translation>Übungseinheit e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Deleted “{name}”; its file is kept at {path}. Undo delete: Ctrl+Z.</source>
        <translation>„{name}“ gelöscht; die Datei bleibt unter {path} erhalten. Löschen rückgängig: Strg+Z.</translation>
    </message>
    <message>
        <source>Not brought back: {reason}</source>
        <translation>Nicht wiederhergestellt: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>„{name}“ ist wieder da.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>„{name}“ nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>SessionNames</name>
    <message>
        <source>my copy</source>
        <translation>meine Kopie</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>no free id like {id}: remove some sessions first</source>
        <translation>keine freie ID wie {id}: Entfernen Sie zuerst einige Übungseinheiten</translation>
    </message>
    <message>
        <source>no free name like {name}: rename some sessions first</source>
        <translation>kein freier Name wie {name}: Benennen Sie zuerst einige Übungseinheiten um</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Banded flexion</source>
        <translation>Beinbeugen mit Band</translation>
    </message>
    <message>
        <source>Banded Hamstring Flexion (strength)</source>
        <translation>Beinbeugen mit Band (Kraft)</translation>
    </message>
    <message>
        <source>Resistance work for long-term rehab: only once you are pain-free. Lie face down. Loop a resistance band around one ankle and tie the other end to something solid beyond your feet (a table leg, a closed door). Each curl: slowly bend your knee, bringing your heel toward your buttock against the band, then slowly straighten it. Choose a band light enough to control every curl. Stop at the first sharp pain. You do every set with your left leg, then switch to your right.</source>
        <translation>Widerstandstraining für die langfristige Reha: erst, wenn Sie schmerzfrei sind. Legen Sie sich auf den Bauch. Legen Sie ein Widerstandsband um einen Knöchel und binden Sie das andere Ende hinter Ihren Füßen an etwas Festes (ein Tischbein, eine geschlossene Tür). Jeder Curl: Beugen Sie langsam das Knie und ziehen Sie die Ferse gegen das Band zum Gesäß, dann strecken Sie das Bein langsam wieder. Wählen Sie ein Band, das leicht genug ist, damit Sie jeden Curl kontrollieren können. Hören Sie beim ersten stechenden Schmerz auf. Sie machen alle Sätze mit dem linken Bein und wechseln dann zum rechten.</translation>
    </message>
    <message>
        <source>Banded flexion done on both legs. Take the band off and rest.</source>
        <translation>Beinbeugen mit Band an beiden Beinen geschafft. Nehmen Sie das Band ab und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Do resistance work only while you are pain-free. If pain is not improving after 1–2 weeks, or keeps getting worse, see a professional.</source>
        <translation>Machen Sie Widerstandstraining nur, solange Sie schmerzfrei sind. Wenn der Schmerz nach 1–2 Wochen nicht besser wird oder immer schlimmer wird, lassen Sie sich ärztlich oder physiotherapeutisch untersuchen.</translation>
    </message>
    <message>
        <source>Curls per set</source>
        <translation>Curls pro Satz</translation>
    </message>
    <message>
        <source>Sets per leg</source>
        <translation>Sätze pro Bein</translation>
    </message>
    <message>
        <source>Each curl, bend and straighten</source>
        <translation>Jeder Curl, beugen und strecken</translation>
    </message>
    <message>
        <source>Pause between curls</source>
        <translation>Pause zwischen den Curls</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, slow and controlled; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, langsam und kontrolliert; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to move the band; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit zum Umlegen des Bandes; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to fix the band and lie down; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit, das Band zu befestigen und sich hinzulegen; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>Lie face down, the band around your left ankle and tied to something solid beyond your feet.</source>
        <translation>Legen Sie sich auf den Bauch, das Band um den linken Knöchel und hinter Ihren Füßen an etwas Festem befestigt.</translation>
    </message>
    <message>
        <source>Slowly bend your knee, heel toward your buttock against the band, then slowly straighten it.</source>
        <translation>Beugen Sie langsam das Knie, die Ferse gegen das Band zum Gesäß, dann strecken Sie das Bein langsam wieder.</translation>
    </message>
    <message>
        <source>Leg down. Relax.</source>
        <translation>Legen Sie das Bein ab. Entspannen Sie sich.</translation>
    </message>
    <message>
        <source>Switch legs: move the band to your right ankle.</source>
        <translation>Beinwechsel: Legen Sie das Band um den rechten Knöchel.</translation>
    </message>
    <message>
        <source>Rest between sets. Keep the band on.</source>
        <translation>Pause zwischen den Sätzen. Lassen Sie das Band dran.</translation>
    </message>
    <message>
        <source>Bridge hold</source>
        <translation>Isometrische Brücke</translation>
    </message>
    <message>
        <source>Double Leg Isometric Hamstring Bridge Hold</source>
        <translation>Isometrische Brücke mit beiden Beinen</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor. Each hold: press your heels into the floor and lift your hips to a straight line from shoulders to knees. Stop at the first sharp pain.</source>
        <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden. Bei jedem Halten: Drücken Sie die Fersen in den Boden und heben Sie die Hüfte, bis Schultern und Knie eine gerade Linie bilden. Hören Sie beim ersten stechenden Schmerz auf.</translation>
    </message>
    <message>
        <source>Lower slowly and rest. That is one set of bridge holds.</source>
        <translation>Senken Sie sich langsam ab und ruhen Sie sich aus. Das war ein Satz Brücken.</translation>
    </message>
    <message>
        <source>Bridge holds are done 1–2 times a day.</source>
        <translation>Machen Sie die Brücke 1–2-mal am Tag.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Rest between holds</source>
        <translation>Pause zwischen den Haltephasen</translation>
    </message>
    <message>
        <source>the protocol holds 10–15 seconds</source>
        <translation>das Protokoll sieht 10–15 Sekunden Halten vor</translation>
    </message>
    <message>
        <source>the protocol does 2–3 repetitions, 1–2 times a day</source>
        <translation>das Protokoll sieht 2–3 Wiederholungen vor, 1–2-mal am Tag</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default; the protocol says only to lower slowly and rest</source>
        <translation>Vorgabe von hamtimer; das Protokoll sagt nur: langsam absenken und ausruhen</translation>
    </message>
    <message>
        <source>time to lie down and settle before the first hold</source>
        <translation>Zeit, sich vor dem ersten Halten hinzulegen und zur Ruhe zu kommen</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor.</source>
        <translation>Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Press your heels into the floor and lift your hips: shoulders to knees in a straight line. Contract your hamstrings without pain.</source>
        <translation>Drücken Sie die Fersen in den Boden und heben Sie die Hüfte: Schultern bis Knie in einer geraden Linie. Spannen Sie die hintere Oberschenkelmuskulatur ohne Schmerzen an.</translation>
    </message>
    <message>
        <source>Lower slowly and rest.</source>
        <translation>Senken Sie sich langsam ab und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Gentle stretch</source>
        <translation>Sanfte Dehnung</translation>
    </message>
    <message>
        <source>Gentle Hamstring Stretch</source>
        <translation>Sanfte Dehnung der Beinbeuger</translation>
    </message>
    <message>
        <source>Stretch very gently and in a controlled way as the inflammation recedes: no overstretching early. Lie on your back, one knee bent with the foot flat, a towel looped around the other foot. Each stretch: slowly raise the straight leg with the towel until you feel a mild stretch behind the thigh, and hold it still. No bouncing, and stop well before any pain. Then lower the leg slowly. You stretch your left leg first, then your right.</source>
        <translation>Dehnen Sie sehr sanft und kontrolliert, während die Entzündung abklingt: anfangs nicht überdehnen. Legen Sie sich auf den Rücken, ein Knie gebeugt und den Fuß flach aufgestellt, ein Handtuch um den anderen Fuß gelegt. Jede Dehnung: Heben Sie das gestreckte Bein mit dem Handtuch langsam an, bis Sie eine leichte Dehnung hinten am Oberschenkel spüren, und halten Sie es ruhig. Nicht wippen, und hören Sie deutlich vor jedem Schmerz auf. Senken Sie das Bein dann langsam ab. Sie dehnen zuerst das linke Bein, dann das rechte.</translation>
    </message>
    <message>
        <source>Gentle stretch done on both legs.</source>
        <translation>Sanfte Dehnung an beiden Beinen geschafft.</translation>
    </message>
    <message>
        <source>Increase flexibility little by little with controlled stretches as the inflammation recedes; never stretch into pain.</source>
        <translation>Steigern Sie die Beweglichkeit nach und nach mit kontrollierten Dehnungen, während die Entzündung abklingt; dehnen Sie nie bis in den Schmerz.</translation>
    </message>
    <message>
        <source>Each stretch</source>
        <translation>Jede Dehnung</translation>
    </message>
    <message>
        <source>Stretches per leg</source>
        <translation>Dehnungen pro Bein</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Pause zwischen den Dehnungen</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, few to avoid overstretching; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, wenige, um Überdehnung zu vermeiden; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to move the towel; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit zum Umlegen des Handtuchs; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to lie down with the towel; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit, sich mit dem Handtuch hinzulegen; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>Lie on your back, right knee bent with the foot flat, the towel looped around your left foot.</source>
        <translation>Legen Sie sich auf den Rücken, das rechte Knie gebeugt und den Fuß flach aufgestellt, das Handtuch um den linken Fuß gelegt.</translation>
    </message>
    <message>
        <source>Slowly raise the straight leg until you feel a mild stretch behind the thigh. Hold it still: no bouncing, stop well before any pain.</source>
        <translation>Heben Sie das gestreckte Bein langsam an, bis Sie eine leichte Dehnung hinten am Oberschenkel spüren. Halten Sie es ruhig: nicht wippen, hören Sie deutlich vor jedem Schmerz auf.</translation>
    </message>
    <message>
        <source>Lower the leg slowly and relax.</source>
        <translation>Senken Sie das Bein langsam ab und entspannen Sie sich.</translation>
    </message>
    <message>
        <source>Switch legs: left knee bent, towel around your right foot.</source>
        <translation>Beinwechsel: linkes Knie gebeugt, Handtuch um den rechten Fuß.</translation>
    </message>
    <message>
        <source>Hamstring curl</source>
        <translation>Beincurl</translation>
    </message>
    <message>
        <source>Standing Hamstring Curl (strength, from around 4–6 weeks)</source>
        <translation>Beincurl im Stehen (Kraft, ab etwa Woche 4–6)</translation>
    </message>
    <message>
        <source>Reintroduce hamstring curls around 4–6 weeks into rehab, and only if you are feeling good. Stand tall, holding the back of a chair. Each curl: slowly bend one knee, bringing your heel up behind you toward your buttock, then slowly lower it. Keep your knees side by side and your back straight. Stop at the first sharp pain. You do every set with your left leg, then switch to your right.</source>
        <translation>Nehmen Sie Beincurls etwa 4–6 Wochen nach Beginn der Reha wieder auf, und nur, wenn Sie sich gut fühlen. Stellen Sie sich aufrecht hin und halten Sie sich an einer Stuhllehne fest. Jeder Curl: Beugen Sie langsam ein Knie und führen Sie die Ferse hinter sich hoch zum Gesäß, dann senken Sie den Fuß langsam wieder ab. Halten Sie die Knie nebeneinander und den Rücken gerade. Hören Sie beim ersten stechenden Schmerz auf. Sie machen alle Sätze mit dem linken Bein und wechseln dann zum rechten.</translation>
    </message>
    <message>
        <source>Hamstring curls done on both legs. Rest now.</source>
        <translation>Beincurls an beiden Beinen geschafft. Ruhen Sie sich jetzt aus.</translation>
    </message>
    <message>
        <source>Keep doing your hamstring exercises routinely, and strengthen your core and glutes: it helps stop the injury coming back.</source>
        <translation>Machen Sie Ihre Übungen für die hintere Oberschenkelmuskulatur regelmäßig weiter und kräftigen Sie Ihre Rumpf- und Gesäßmuskulatur: Das hilft, eine erneute Verletzung zu verhindern.</translation>
    </message>
    <message>
        <source>Each curl, up and down</source>
        <translation>Jeder Curl, hoch und runter</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand at the chair; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit, sich an den Stuhl zu stellen; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>Stand tall holding the back of a chair. You start with your left leg.</source>
        <translation>Stellen Sie sich aufrecht hin und halten Sie sich an einer Stuhllehne fest. Sie beginnen mit dem linken Bein.</translation>
    </message>
    <message>
        <source>Slowly bend your knee, heel up behind you toward your buttock, then slowly lower it.</source>
        <translation>Beugen Sie langsam das Knie, die Ferse hinter sich hoch zum Gesäß, dann senken Sie den Fuß langsam wieder ab.</translation>
    </message>
    <message>
        <source>Foot down. Stand tall.</source>
        <translation>Stellen Sie den Fuß ab. Stehen Sie aufrecht.</translation>
    </message>
    <message>
        <source>Switch legs: now curl your right leg.</source>
        <translation>Beinwechsel: Jetzt ist das rechte Bein dran.</translation>
    </message>
    <message>
        <source>Rest between sets. Both feet on the floor.</source>
        <translation>Pause zwischen den Sätzen. Beide Füße auf den Boden.</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Kühlen</translation>
    </message>
    <message>
        <source>Ice application</source>
        <translation>Kühlen mit Eis</translation>
    </message>
    <message>
        <source>Wrap the ice pack in a towel before it touches you: ice straight on the skin can damage it. Sit or lie with the leg raised if you can.</source>
        <translation>Wickeln Sie das Kühlpack in ein Handtuch, bevor es Sie berührt: Eis direkt auf der Haut kann sie schädigen. Setzen oder legen Sie sich hin, das Bein möglichst hochgelagert.</translation>
    </message>
    <message>
        <source>Ice done: take the pack off now.</source>
        <translation>Kühlen beendet: Nehmen Sie das Kühlpack jetzt ab.</translation>
    </message>
    <message>
        <source>Ice every few hours, especially in the first 48 hours.</source>
        <translation>Kühlen Sie alle paar Stunden, besonders in den ersten 48 Stunden.</translation>
    </message>
    <message>
        <source>Ice for</source>
        <translation>Kühldauer</translation>
    </message>
    <message>
        <source>the protocol ices 15–20 minutes, never longer</source>
        <translation>das Protokoll sieht 15–20 Minuten Kühlen vor, nie länger</translation>
    </message>
    <message>
        <source>time to wrap the pack and settle</source>
        <translation>Zeit, das Kühlpack einzuwickeln und zur Ruhe zu kommen</translation>
    </message>
    <message>
        <source>Wrap the ice pack in a towel. Never put ice straight on the skin.</source>
        <translation>Wickeln Sie das Kühlpack in ein Handtuch. Legen Sie Eis nie direkt auf die Haut.</translation>
    </message>
    <message>
        <source>Keep the towel-wrapped pack on the sore spot. Rest, and raise the leg if you can.</source>
        <translation>Lassen Sie das eingewickelte Kühlpack auf der schmerzenden Stelle. Ruhen Sie sich aus und lagern Sie das Bein möglichst hoch.</translation>
    </message>
    <message>
        <source>Nordic curl</source>
        <translation>Nordic Curl</translation>
    </message>
    <message>
        <source>Nordic Curl (strength)</source>
        <translation>Nordic Curl (Kraft)</translation>
    </message>
    <message>
        <source>Resistance work for long-term rehab: only once you are pain-free. Kneel on something soft with your ankles held down (hooked under a heavy sofa, or held by a partner), body straight from knees to shoulders. Each rep: lower yourself forward as slowly as you can, using your hamstrings, and catch yourself with your hands when you can no longer control it; then push back up with your hands. It is hard work: lower only as far as you can control. Stop at the first sharp pain.</source>
        <translation>Widerstandstraining für die langfristige Reha: erst, wenn Sie schmerzfrei sind. Knien Sie sich auf etwas Weiches, die Knöchel fixiert (unter ein schweres Sofa geklemmt oder von einer anderen Person gehalten), den Körper gerade von den Knien bis zu den Schultern. Jede Wiederholung: Lassen Sie sich mit der Kraft der hinteren Oberschenkelmuskulatur so langsam wie möglich nach vorn sinken und fangen Sie sich mit den Händen ab, wenn Sie die Bewegung nicht mehr kontrollieren können; dann drücken Sie sich mit den Händen wieder hoch. Die Übung ist anstrengend: Gehen Sie nur so weit nach unten, wie Sie es kontrollieren können. Hören Sie beim ersten stechenden Schmerz auf.</translation>
    </message>
    <message>
        <source>Nordic curls done. Rest now.</source>
        <translation>Nordic Curls geschafft. Ruhen Sie sich jetzt aus.</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Each lowering</source>
        <translation>Jedes Absenken</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Pause zwischen den Wiederholungen</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, few because the exercise is hard; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, wenige, weil die Übung anstrengend ist; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to push back up and recover; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit, sich hochzudrücken und zu erholen; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to kneel and anchor your ankles; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit, sich hinzuknien und die Knöchel zu fixieren; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>Kneel on something soft with your ankles held down. Body upright, straight from knees to shoulders.</source>
        <translation>Knien Sie sich auf etwas Weiches, die Knöchel fixiert. Oberkörper aufrecht, gerade von den Knien bis zu den Schultern.</translation>
    </message>
    <message>
        <source>Lower yourself forward as slowly as you can, straight from knees to shoulders. Catch yourself with your hands.</source>
        <translation>Lassen Sie sich so langsam wie möglich nach vorn sinken, gerade von den Knien bis zu den Schultern. Fangen Sie sich mit den Händen ab.</translation>
    </message>
    <message>
        <source>Push back up with your hands to kneeling, and rest.</source>
        <translation>Drücken Sie sich mit den Händen zurück in den Kniestand und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Rest between sets. Sit back on your heels or stand up and walk about.</source>
        <translation>Pause zwischen den Sätzen. Setzen Sie sich auf die Fersen oder stehen Sie auf und gehen Sie ein paar Schritte.</translation>
    </message>
    <message>
        <source>Squat</source>
        <translation>Kniebeuge</translation>
    </message>
    <message>
        <source>Squat (strength, from around 4–6 weeks)</source>
        <translation>Kniebeuge (Kraft, ab etwa Woche 4–6)</translation>
    </message>
    <message>
        <source>Reintroduce squats around 4–6 weeks into rehab, and only if you are feeling good. Stand with your feet about shoulder-width apart. Each squat: slowly bend your knees and hips, sitting back as if onto a chair, chest up and heels down, then slowly stand back up. Go only as low as is comfortable; a chair behind you is a good guide. Stop at the first sharp pain.</source>
        <translation>Nehmen Sie Kniebeugen etwa 4–6 Wochen nach Beginn der Reha wieder auf, und nur, wenn Sie sich gut fühlen. Stellen Sie sich mit etwa schulterbreit geöffneten Füßen hin. Jede Kniebeuge: Beugen Sie langsam Knie und Hüfte, als wollten Sie sich nach hinten auf einen Stuhl setzen, Brust hoch und Fersen am Boden, dann richten Sie sich langsam wieder auf. Gehen Sie nur so tief, wie es angenehm ist; ein Stuhl hinter Ihnen hilft bei der Orientierung. Hören Sie beim ersten stechenden Schmerz auf.</translation>
    </message>
    <message>
        <source>Squats done. Rest now.</source>
        <translation>Kniebeugen geschafft. Ruhen Sie sich jetzt aus.</translation>
    </message>
    <message>
        <source>Squats per set</source>
        <translation>Kniebeugen pro Satz</translation>
    </message>
    <message>
        <source>Each squat, down and up</source>
        <translation>Jede Kniebeuge, runter und hoch</translation>
    </message>
    <message>
        <source>Pause between squats</source>
        <translation>Pause zwischen den Kniebeugen</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand in place; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit, sich in Position zu stellen; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>Stand with your feet about shoulder-width apart, a chair behind you as a guide.</source>
        <translation>Stellen Sie sich mit etwa schulterbreit geöffneten Füßen hin, einen Stuhl zur Orientierung hinter sich.</translation>
    </message>
    <message>
        <source>Slowly sit back and down, chest up and heels down, then slowly stand back up.</source>
        <translation>Setzen Sie sich langsam nach hinten unten, Brust hoch und Fersen am Boden, dann richten Sie sich langsam wieder auf.</translation>
    </message>
    <message>
        <source>Stand tall.</source>
        <translation>Stehen Sie aufrecht.</translation>
    </message>
    <message>
        <source>Rest between sets. Walk about or sit down.</source>
        <translation>Pause zwischen den Sätzen. Gehen Sie ein paar Schritte oder setzen Sie sich.</translation>
    </message>
    <message>
        <source>Single-leg windmill</source>
        <translation>Windmühle auf einem Bein</translation>
    </message>
    <message>
        <source>Single-Leg Windmill (mobility)</source>
        <translation>Windmühle auf einem Bein (Beweglichkeit)</translation>
    </message>
    <message>
        <source>Mobility work for long-term rehab, once the first inflammation has settled. Stand on one leg. Each reach: slowly hinge at the hips, reaching toward your foot, then return to standing in a controlled motion. Reach only as far as is comfortable, and keep a wall or chair within reach for balance. Stop at the first sharp pain. You do every reach standing on your left leg, then switch and do them on your right.</source>
        <translation>Beweglichkeitstraining für die langfristige Reha, sobald die erste Entzündung abgeklungen ist. Stellen Sie sich auf ein Bein. Jede Vorbeuge: Beugen Sie sich langsam aus der Hüfte nach vorn, die Hand Richtung Fuß, dann richten Sie sich kontrolliert wieder auf. Beugen Sie sich nur so weit vor, wie es angenehm ist, und halten Sie für das Gleichgewicht eine Wand oder einen Stuhl in Reichweite. Hören Sie beim ersten stechenden Schmerz auf. Sie machen alle Vorbeugen auf dem linken Bein stehend, dann wechseln Sie auf das rechte.</translation>
    </message>
    <message>
        <source>Windmills done on both legs. Stand easy for a moment.</source>
        <translation>Windmühle auf beiden Beinen geschafft. Stehen Sie einen Moment locker.</translation>
    </message>
    <message>
        <source>Keep doing your hamstring exercises routinely, with a warm-up first: finishing the rehab helps stop the injury coming back.</source>
        <translation>Machen Sie Ihre Übungen für die hintere Oberschenkelmuskulatur regelmäßig weiter und wärmen Sie sich vorher auf: Eine zu Ende geführte Reha hilft, eine erneute Verletzung zu verhindern.</translation>
    </message>
    <message>
        <source>Reaches per leg</source>
        <translation>Vorbeugen pro Bein</translation>
    </message>
    <message>
        <source>Each reach, down and up</source>
        <translation>Jede Vorbeuge, runter und hoch</translation>
    </message>
    <message>
        <source>Rest between reaches</source>
        <translation>Pause zwischen den Vorbeugen</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand and find your balance; the protocol gives no number</source>
        <translation>Vorgabe von hamtimer, Zeit, sich hinzustellen und das Gleichgewicht zu finden; das Protokoll nennt keine Zahl</translation>
    </message>
    <message>
        <source>Stand tall on your left leg, the other foot just off the floor. Keep a wall or chair within reach.</source>
        <translation>Stellen Sie sich aufrecht auf das linke Bein, der andere Fuß knapp über dem Boden. Halten Sie eine Wand oder einen Stuhl in Reichweite.</translation>
    </message>
    <message>
        <source>Slowly hinge at the hips, reaching toward your foot, then return to standing in a controlled motion.</source>
        <translation>Beugen Sie sich langsam aus der Hüfte nach vorn, die Hand Richtung Fuß, dann richten Sie sich kontrolliert wieder auf.</translation>
    </message>
    <message>
        <source>Stand tall and steady yourself.</source>
        <translation>Stehen Sie aufrecht und finden Sie Ihr Gleichgewicht.</translation>
    </message>
    <message>
        <source>Switch legs: now stand on your right leg.</source>
        <translation>Beinwechsel: Stellen Sie sich jetzt auf das rechte Bein.</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>Tones: a different sound for each cue</source>
        <translation>Töne: ein eigener Klang für jedes Signal</translation>
    </message>
    <message>
        <source>Voice: each cue spoken</source>
        <translation>Stimme: jedes Signal wird angesagt</translation>
    </message>
    <message>
        <source>Silent: cues on screen only</source>
        <translation>Lautlos: Signale nur auf dem Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>Si&amp;gnale</translation>
    </message>
    <message>
        <source>&amp;Floor mode: sessions full screen, huge digits</source>
        <translation>&amp;Bodenmodus: Übungseinheiten im Vollbild, riesige Ziffern</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>the settings must be a JSON object</source>
        <translation>die Einstellungen müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1</source>
        <translation>{field} muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>{field} must be a number from 0.0 to 1.0</source>
        <translation>{field} muss eine Zahl von 0.0 bis 1.0 sein</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}</source>
        <translation>{field} muss einer dieser Werte sein: {allowed}</translation>
    </message>
    <message>
        <source>{field} must be a string</source>
        <translation>{field} muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} muss true oder false sein</translation>
    </message>
    <message>
        <source>Your settings file {file} could not be opened ({reason}), so the default settings are used.</source>
        <translation>Ihre Einstellungsdatei {file} konnte nicht geöffnet werden ({reason}); daher werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Your settings file {file} was saved by a newer version of hamtimer, and it could not be moved aside ({reason}). The default settings are used.</source>
        <translation>Ihre Einstellungsdatei {file} wurde von einer neueren Version von hamtimer gespeichert und konnte nicht beiseitegelegt werden ({reason}). Es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Your settings file {file} could not be read ({error}), and it could not be moved aside ({reason}). The default settings are used.</source>
        <translation>Ihre Einstellungsdatei {file} konnte nicht gelesen werden ({error}) und auch nicht beiseitegelegt werden ({reason}). Es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Your settings file was saved by a newer version of hamtimer, so the default settings are used. The original file was kept at {kept_at}.</source>
        <translation>Ihre Einstellungsdatei wurde von einer neueren Version von hamtimer gespeichert; daher werden die Standardeinstellungen verwendet. Die ursprüngliche Datei bleibt unter {kept_at} erhalten.</translation>
    </message>
    <message>
        <source>Your settings file could not be read ({error}), so the default settings are used. The original file was kept at {kept_at}.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden ({error}); daher werden die Standardeinstellungen verwendet. Die ursprüngliche Datei bleibt unter {kept_at} erhalten.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>No audio output device was found, so cues are shown on screen only.</source>
        <translation>Kein Audioausgabegerät gefunden; die Signale werden nur auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>Sound support could not be loaded, so cues are shown on screen only.</source>
        <translation>Die Tonausgabe konnte nicht geladen werden; die Signale werden nur auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>Sound stopped working ({error}).</source>
        <translation>Der Ton funktioniert nicht mehr ({error}).</translation>
    </message>
    <message>
        <source>The cue sounds were not found ({error}).</source>
        <translation>Die Signaltöne wurden nicht gefunden ({error}).</translation>
    </message>
    <message>
        <source>The {file} sound could not be played, so cues are shown on screen only.</source>
        <translation>Der Ton {file} konnte nicht abgespielt werden; die Signale werden nur auf dem Bildschirm gezeigt.</translation>
    </message>
</context>
<context>
    <name>SoundControls</name>
    <message>
        <source>Mute  (M)</source>
        <translation>Stumm  (M)</translation>
    </message>
    <message>
        <source>Mute sound cues</source>
        <translation>Signale stumm schalten</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <source>Sound unavailable: {reason}</source>
        <translation>Ton nicht verfügbar: {reason}</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>{name} {done} of {target} — done for today</source>
        <translation>{name} {done} von {target} — für heute geschafft</translation>
    </message>
    <message>
        <source>{name} {done} of {target} — next from {time}</source>
        <translation>{name} {done} von {target} — wieder ab {time}</translation>
    </message>
    <message>
        <source>{name} {done} of {target}</source>
        <translation>{name} {done} von {target}</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged today yet.</source>
        <translation>Heute noch nichts eingetragen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>{done}/{planned} reps, {held} held</source>
        <translation>{done}/{planned} Wdh., {held} gehalten</translation>
    </message>
    <message>
        <source>{held} of ice</source>
        <translation>{held} gekühlt</translation>
    </message>
    <message>
        <source>{held} held</source>
        <translation>{held} gehalten</translation>
    </message>
    <message>
        <source>{time}  {session} — {outcome}, {detail}</source>
        <translation>{time}  {session} — {outcome}, {detail}</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Heutige Übungseinheiten</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Kühlen</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Hochlagern</translation>
    </message>
    <message>
        <source>The day the pain started</source>
        <translation>Tag, an dem der Schmerz begann</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the day the pain started</source>
        <translation>Tag des Schmerzbeginns speichern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>RICE today</source>
        <translation>PECH-Regel heute</translation>
    </message>
    <message>
        <source>How does it feel this morning?</source>
        <translation>Wie fühlt es sich heute Morgen an?</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>An earlier stage to step back to</source>
        <translation>Frühere Stufe, zu der Sie zurückgehen</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>I re-injured it</source>
        <translation>Erneut verletzt</translation>
    </message>
    <message>
        <source>It limits my daily activities</source>
        <translation>Schränkt meinen Alltag ein</translation>
    </message>
    <message>
        <source>Stage {number} of {count} · {name}</source>
        <translation>Stufe {number} von {count} · {name}</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>{name} starten</translation>
    </message>
    <message>
        <source>Rest today.</source>
        <translation>Heute ist Ruhetag.</translation>
    </message>
    <message>
        <source>You can move on to: {stage}</source>
        <translation>Sie können weitergehen zu: {stage}</translation>
    </message>
    <message>
        <source>Next: {stage}</source>
        <translation>Als Nächstes: {stage}</translation>
    </message>
    <message>
        <source>Move on to {stage}</source>
        <translation>Weiter zu {stage}</translation>
    </message>
    <message>
        <source>The pain started on</source>
        <translation>Der Schmerz begann am</translation>
    </message>
    <message>
        <source>Step back to</source>
        <translation>Zurück zu</translation>
    </message>
</context>
<context>
    <name>VoiceLine</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Ice on</source>
        <translation>Kühlpack auflegen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Drei</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Zwei</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Eins</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Ice off</source>
        <translation>Kühlpack abnehmen</translation>
    </message>
    <message>
        <source>Rep {n}</source>
        <translation>Wiederholung {n}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Export report for your clinician…</source>
        <translation>Bericht für Arzt oder Physiotherapie exportieren…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Finish the session first.</source>
        <translation>Beenden Sie zuerst die Übungseinheit.</translation>
    </message>
</context>
</TS>
