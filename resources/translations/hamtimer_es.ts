<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Announcements</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Ice on</source>
        <translation>Pon el hielo</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de pierna</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Muévete</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estira</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} y {seconds}</translation>
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
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Paused: your computer was asleep</source>
        <translation>En pausa: el ordenador estaba suspendido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Going on. {phase}, {time} left</source>
        <translation>Seguimos. {phase}, tiempo restante: {time}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your session log could not be read ({reason}). New sessions are kept.</source>
        <translation>No se pudo leer tu registro de sesiones ({reason}). Las sesiones nuevas se guardan.</translation>
    </message>
    <message>
        <source>hamtimer — timers {scale}× faster (demo)</source>
        <translation>hamtimer — temporizadores {scale}× más rápidos (demo)</translation>
    </message>
    <message>
        <source>Your journal could not be read ({reason}). New entries are kept.</source>
        <translation>No se pudo leer tu diario ({reason}). Las entradas nuevas se guardan.</translation>
    </message>
    <message>
        <source>{n} session that could not be written last time is now in your log.</source>
        <translation>{n} sesión que no se pudo guardar la última vez ya está en tu registro.</translation>
    </message>
    <message>
        <source>{n} sessions that could not be written last time are now in your log.</source>
        <translation>{n} sesiones que no se pudieron guardar la última vez ya están en tu registro.</translation>
    </message>
</context>
<context>
    <name>BigDigits</name>
    <message>
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
</context>
<context>
    <name>CalendarHeatMap</name>
    <message>
        <source>Calendar of the days&apos; targets</source>
        <translation>Calendario de los objetivos de cada día</translation>
    </message>
    <message>
        <source>No days to show.</source>
        <translation>No hay días que mostrar.</translation>
    </message>
    <message>
        <source>{first} to {last}: {levels}.</source>
        <translation>Del {first} al {last}: {levels}.</translation>
    </message>
    <message>
        <source>Stopped for sharp pain on {days}.</source>
        <translation>Días con una sesión detenida por dolor agudo: {days}.</translation>
    </message>
    <message>
        <source>every target met</source>
        <translation>todos los objetivos cumplidos</translation>
    </message>
    <message>
        <source>half or more met</source>
        <translation>la mitad o más cumplidos</translation>
    </message>
    <message>
        <source>less than half met</source>
        <translation>menos de la mitad cumplidos</translation>
    </message>
    <message>
        <source>none met</source>
        <translation>ninguno cumplido</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>sin objetivos</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>{level} on {days}</source>
        <translation>{level} en {days}</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>hamtimer is still running</source>
        <translation>hamtimer sigue en marcha</translation>
    </message>
    <message>
        <source>hamtimer keeps running in the tray so your reminders still come. To quit, choose Quit in the tray icon&apos;s menu, or press Ctrl+Q in the window.</source>
        <translation>hamtimer sigue en marcha en la bandeja del sistema para que te sigan llegando los recordatorios. Para salir, elige Salir en el menú del icono de la bandeja, o pulsa Ctrl+Q en la ventana.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>If {app} stops working as it should, close it and start it again.</source>
        <translation>Si {app} deja de funcionar como debería, ciérralo y vuelve a abrirlo.</translation>
    </message>
</context>
<context>
    <name>CueSound</name>
    <message>
        <source>Some spoken cues are missing ({files}), so their tones are played instead.</source>
        <translation>Faltan algunos avisos de voz ({files}), así que en su lugar suenan sus tonos.</translation>
    </message>
</context>
<context>
    <name>CustomSessions</name>
    <message>
        <source>Your own sessions in {folder} could not be read ({reason}); only the built-in ones are shown.</source>
        <translation>No se pudieron leer tus sesiones de {folder} ({reason}); solo se muestran las integradas.</translation>
    </message>
    <message>
        <source>{file} is not a session file, so it was skipped.</source>
        <translation>{file} no es un archivo de sesión, así que se omitió.</translation>
    </message>
    <message>
        <source>Your session file {file} could not be opened ({reason}); it was left where it is.</source>
        <translation>No se pudo abrir tu archivo de sesión {file} ({reason}); se dejó donde está.</translation>
    </message>
    <message>
        <source>Your session file {file} uses the id {id} of a built-in session, so it was not loaded; import it to give it an id of its own.</source>
        <translation>Tu archivo de sesión {file} usa el identificador {id} de una sesión integrada, así que no se cargó; impórtalo para darle un identificador propio.</translation>
    </message>
    <message>
        <source>Your session file {file} uses the id {id} of {other}, so it was not loaded; import it to give it an id of its own.</source>
        <translation>Tu archivo de sesión {file} usa el identificador {id} de {other}, así que no se cargó; impórtalo para darle un identificador propio.</translation>
    </message>
    <message>
        <source>id {id} is already used; it cannot be saved again</source>
        <translation>el identificador {id} ya está en uso; no se puede guardar otra vez</translation>
    </message>
    <message>
        <source>{session}: there is no session of yours to change</source>
        <translation>{session}: no hay ninguna sesión tuya que cambiar</translation>
    </message>
    <message>
        <source>{session} cannot be brought back: its id is in use again. Its file is kept at {kept_at}; import it to have it under another id.</source>
        <translation>{session} no se puede recuperar: su identificador vuelve a estar en uso. Su archivo se guarda en {kept_at}; impórtalo para tenerla con otro identificador.</translation>
    </message>
    <message>
        <source>Your session file {file} cannot be used ({reason}), and it could not be moved aside ({move_error}); it was skipped.</source>
        <translation>Tu archivo de sesión {file} no se puede usar ({reason}) y no se pudo mover a otro sitio ({move_error}); se omitió.</translation>
    </message>
    <message>
        <source>Your session file {file} cannot be used ({reason}), so it was moved aside to {kept_at}; your other sessions are loaded.</source>
        <translation>Tu archivo de sesión {file} no se puede usar ({reason}), así que se movió a {kept_at}; tus otras sesiones se cargaron.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({reason}); reminders show in the hamtimer window.</source>
        <translation>Las notificaciones de escritorio no están disponibles ({reason}); los recordatorios se muestran en la ventana de hamtimer.</translation>
    </message>
</context>
<context>
    <name>DeferredLogLoad</name>
    <message>
        <source>Your session log could not be read ({reason}). New sessions are kept.</source>
        <translation>No se pudo leer tu registro de sesiones ({reason}). Las sesiones nuevas se guardan.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>You stopped because of sharp pain. The protocol says to stop at the first nagging pain: rest the leg, and ice it for 15–20 minutes wrapped in a towel. Go back a stage if this keeps happening. If the pain does not improve after 1–2 weeks, keeps getting worse or limits your daily activities, see a professional.</source>
        <translation>Te detuviste por dolor agudo. El protocolo dice que pares ante la primera molestia: deja descansar la pierna y ponle hielo 15–20 min envuelto en una toalla. Si esto sigue pasando, vuelve a la etapa anterior. Si el dolor no mejora tras 1–2 semanas, sigue empeorando o limita tus actividades diarias, consulta a un profesional.</translation>
    </message>
    <message>
        <source>{time} held</source>
        <translation>{time} manteniendo</translation>
    </message>
    <message>
        <source>{time} moving</source>
        <translation>{time} en movimiento</translation>
    </message>
    <message>
        <source>{time} stretched</source>
        <translation>{time} estirando</translation>
    </message>
    <message>
        <source>{time} of exercise</source>
        <translation>{time} de ejercicio</translation>
    </message>
    <message>
        <source>{done} of {planned} reps · {active}</source>
        <translation>{done} de {planned} repeticiones · {active}</translation>
    </message>
    <message>
        <source>Iced for {time}</source>
        <translation>Hielo durante {time}</translation>
    </message>
    <message>
        <source>Stopped early ({reason}); what you did is logged.</source>
        <translation>Detenida antes de tiempo ({reason}); lo que hiciste queda registrado.</translation>
    </message>
    <message>
        <source>{advice} Next one from about {time}.</source>
        <translation>{advice} La próxima, a partir de las {time} aproximadamente.</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Volver a las sesiones</translation>
    </message>
    <message>
        <source>Back to the list of sessions (Space or Esc)</source>
        <translation>Volver a la lista de sesiones (Espacio o Esc)</translation>
    </message>
    <message>
        <source>How much does it hurt now, after the session?</source>
        <translation>¿Cuánto te duele ahora, después de la sesión?</translation>
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
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name: give the session a name</source>
        <translation>Nombre: ponle un nombre a la sesión</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Instructions: say how to start</source>
        <translation>Instrucciones: explica cómo empezar</translation>
    </message>
    <message>
        <source>Done message</source>
        <translation>Mensaje final</translation>
    </message>
    <message>
        <source>Done message: say how it ends</source>
        <translation>Mensaje final: explica cómo termina</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Get ready: say what to do while getting ready</source>
        <translation>Preparación: explica qué hacer mientras te preparas</translation>
    </message>
    <message>
        <source>Title: at most {most} characters</source>
        <translation>Título: {most} caracteres como máximo</translation>
    </message>
    <message>
        <source>{field}: at most {most} characters, not {count}</source>
        <translation>{field}: {most} caracteres como máximo, no {count}</translation>
    </message>
    <message>
        <source>Phases: a rep has 1 to {most} phases</source>
        <translation>Fases: una repetición tiene de 1 a {most} fases</translation>
    </message>
    <message>
        <source>Phases: a rep needs a hold, work, stretch or ice phase</source>
        <translation>Fases: una repetición necesita una fase de mantener, movimiento, estiramiento o hielo</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is too short; a phase lasts {low} to {high}</source>
        <translation>{phase}: {seconds} s es demasiado poco; una fase dura de {low} a {high}</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s is too long; a phase lasts {low} to {high}</source>
        <translation>{phase}: {seconds} s es demasiado; una fase dura de {low} a {high}</translation>
    </message>
    <message>
        <source>{phase}: say what to do</source>
        <translation>{phase}: explica qué hacer</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <source>Phase {number}: {kind} cannot be part of a rep; it is set for the session</source>
        <translation>Fase {number}: {kind} no puede formar parte de una repetición; se ajusta para toda la sesión</translation>
    </message>
    <message>
        <source>{field}: at least {least}</source>
        <translation>{field}: como mínimo {least}</translation>
    </message>
    <message>
        <source>{field}: at most {most}</source>
        <translation>{field}: como máximo {most}</translation>
    </message>
    <message>
        <source>{field}: {seconds} s is outside 0 s to {most} (0 s: none)</source>
        <translation>{field}: {seconds} s está fuera del intervalo de 0 s a {most} (con 0 s, se omite)</translation>
    </message>
    <message>
        <source>The session would have {phases} phases; at most {most} (fewer reps, sets or phases)</source>
        <translation>La sesión tendría {phases} fases; como máximo {most} (reduce repeticiones, series o fases)</translation>
    </message>
    <message>
        <source>The session would last {length}; at most {most}</source>
        <translation>La sesión duraría {length}; como máximo {most}</translation>
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
        <translation>Problema en el nombre</translation>
    </message>
    <message>
        <source>Problem with full title</source>
        <translation>Problema en el título completo</translation>
    </message>
    <message>
        <source>Problem with instructions before starting</source>
        <translation>Problema en las instrucciones antes de empezar</translation>
    </message>
    <message>
        <source>Problem with get ready seconds</source>
        <translation>Problema en los segundos para prepararte</translation>
    </message>
    <message>
        <source>Problem with phases of one repetition</source>
        <translation>Problema en las fases de una repetición</translation>
    </message>
    <message>
        <source>Problem with repetitions in each set</source>
        <translation>Problema en las repeticiones de cada serie</translation>
    </message>
    <message>
        <source>Problem with sets</source>
        <translation>Problema en las series</translation>
    </message>
    <message>
        <source>Problem with rest between sets, seconds</source>
        <translation>Problema en el descanso entre series, en segundos</translation>
    </message>
    <message>
        <source>Problem with seconds to switch legs</source>
        <translation>Problema en los segundos para cambiar de pierna</translation>
    </message>
    <message>
        <source>Problem with message at the end</source>
        <translation>Problema en el mensaje final</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Full title</source>
        <translation>Título completo</translation>
    </message>
    <message>
        <source>Optional: the name is used when this is empty</source>
        <translation>Opcional: si lo dejas vacío, se usa el nombre</translation>
    </message>
    <message>
        <source>Instructions before starting</source>
        <translation>Instrucciones antes de empezar</translation>
    </message>
    <message>
        <source>Get ready seconds</source>
        <translation>Segundos para prepararte</translation>
    </message>
    <message>
        <source>What to do while getting ready</source>
        <translation>Qué hacer mientras te preparas</translation>
    </message>
    <message>
        <source>Phases of one repetition</source>
        <translation>Fases de una repetición</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Repeticiones de cada serie</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre series, en segundos</translation>
    </message>
    <message>
        <source>Do every set on each leg: left, then right</source>
        <translation>Cada serie con cada pierna: izquierda, luego derecha</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Cada pierna</translation>
    </message>
    <message>
        <source>Seconds to switch legs</source>
        <translation>Segundos para cambiar de pierna</translation>
    </message>
    <message>
        <source>Message at the end</source>
        <translation>Mensaje final</translation>
    </message>
    <message>
        <source>Summary of the session</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>The session&apos;s id</source>
        <translation>Identificador de la sesión</translation>
    </message>
    <message>
        <source>Why the session was not saved</source>
        <translation>Por qué no se guardó la sesión</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Full title:</source>
        <translation>Título completo:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrucciones:</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Get ready for:</source>
        <translation>Tiempo para prepararte:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>One repetition, phase by phase</source>
        <translation>Una repetición, fase a fase</translation>
    </message>
    <message>
        <source>Repetitions and sets</source>
        <translation>Repeticiones y series</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Repeticiones:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Rest between sets:</source>
        <translation>Descanso entre series:</translation>
    </message>
    <message>
        <source>Switch legs for:</source>
        <translation>Tiempo para cambiar de pierna:</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Problem with the whole session</source>
        <translation>Problema en la sesión completa</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF report, to print or send</source>
        <translation>Informe PDF, para imprimir o enviar</translation>
    </message>
    <message>
        <source>CSV table, one row per session</source>
        <translation>Tabla CSV, una fila por sesión</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export a report for your clinician</source>
        <translation>Exportar un informe para tu profesional sanitario</translation>
    </message>
    <message>
        <source>From the first logged session</source>
        <translation>Desde la primera sesión registrada</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>No se pudo guardar el informe: {reason}</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>Wrote {sessions} from {first} to {last} to {path}.</source>
        <translation>Guardado en {path}: {sessions} del {first} al {last}.</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Every target met</source>
        <translation>Todos los objetivos cumplidos</translation>
    </message>
    <message>
        <source>Half or more</source>
        <translation>La mitad o más</translation>
    </message>
    <message>
        <source>Less than half</source>
        <translation>Menos de la mitad</translation>
    </message>
    <message>
        <source>None met</source>
        <translation>Ninguno cumplido</translation>
    </message>
    <message>
        <source>Stopped for sharp pain</source>
        <translation>Detenida por dolor agudo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Leyenda del calendario</translation>
    </message>
</context>
<context>
    <name>HistoryDays</name>
    <message>
        <source>every target met</source>
        <translation>todos los objetivos cumplidos</translation>
    </message>
    <message>
        <source>half or more met</source>
        <translation>la mitad o más cumplidos</translation>
    </message>
    <message>
        <source>less than half met</source>
        <translation>menos de la mitad cumplidos</translation>
    </message>
    <message>
        <source>none met</source>
        <translation>ninguno cumplido</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>sin objetivos</translation>
    </message>
    <message>
        <source>Targets met: {met} of {due}</source>
        <translation>Objetivos cumplidos: {met} de {due}</translation>
    </message>
    <message>
        <source>A session was stopped for sharp pain</source>
        <translation>Se detuvo una sesión por dolor agudo</translation>
    </message>
    <message>
        <source>Pain: {pain} of 10 (mean of the day&apos;s ratings)</source>
        <translation>Dolor: {pain} de 10 (media de las valoraciones del día)</translation>
    </message>
    <message>
        <source>Current streak: {current} · Longest: {longest}</source>
        <translation>Racha actual: {current} · La más larga: {longest}</translation>
    </message>
    <message>
        <source>No targets on these days</source>
        <translation>No hay objetivos en estos días</translation>
    </message>
    <message>
        <source>Adherence {met} of {n} target ({percent} %)</source>
        <translation>Cumplimiento: {met} de {n} objetivo ({percent} %)</translation>
    </message>
    <message>
        <source>Adherence {met} of {n} targets ({percent} %)</source>
        <translation>Cumplimiento: {met} de {n} objetivos ({percent} %)</translation>
    </message>
    <message>
        <source>Sessions: {completed} completed, {stopped} stopped</source>
        <translation>Sesiones completadas: {completed}; detenidas: {stopped}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Completed and stopped</source>
        <translation>Completadas y detenidas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenidas</translation>
    </message>
    <message>
        <source>Stopped for sharp pain</source>
        <translation>Detenidas por dolor agudo</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Pain
before → after</source>
        <translation>Dolor
antes → después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
</context>
<context>
    <name>HistoryTrend</name>
    <message>
        <source>Pain: no ratings on these days</source>
        <translation>Dolor: sin valoraciones en estos días</translation>
    </message>
    <message>
        <source>Pain 0–10, daily mean</source>
        <translation>Dolor 0–10, media diaria</translation>
    </message>
    <message>
        <source>Pain 0–10, weekly mean</source>
        <translation>Dolor 0–10, media semanal</translation>
    </message>
    <message>
        <source>Pain 0–10, monthly mean</source>
        <translation>Dolor 0–10, media mensual</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>A streak counts the days on which every target of the day was met. Today counts once its targets are met; until then it does not break the streak.</source>
        <translation>Una racha cuenta los días en los que se cumplieron todos los objetivos del día. Hoy cuenta en cuanto cumplas sus objetivos; hasta entonces, no rompe la racha.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>{adherence} · {sessions}</source>
        <translation>{adherence} · {sessions}</translation>
    </message>
    <message>
        <source>Pain trend chart</source>
        <translation>Gráfico de evolución del dolor</translation>
    </message>
    <message>
        <source>The calendar shows the last week of these dates.</source>
        <translation>El calendario muestra la última semana de estas fechas.</translation>
    </message>
    <message>
        <source>The calendar shows the last {n} weeks of these dates.</source>
        <translation>El calendario muestra las últimas {n} semanas de estas fechas.</translation>
    </message>
    <message>
        <source>No sessions logged yet.</source>
        <translation>Todavía no hay sesiones registradas.</translation>
    </message>
    <message>
        <source>No sessions match these choices.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>{shown} of {sessions}</source>
        <translation>{shown} de {sessions}</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>{title}, {points}: from {first} to {last}, {mean} on average.</source>
        <translation>{title}, {points}: de {first} a {last}, con una media de {mean}.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>hamtimer guides the exercises of a published home-rehab protocol. It is not a diagnosis or a substitute for a clinician: stop at sharp pain, and see a professional if pain is not improving after 1–2 weeks.</source>
        <translation>hamtimer te guía en los ejercicios de un protocolo publicado de rehabilitación en casa. No es un diagnóstico ni sustituye a un profesional sanitario: detente si notas un dolor agudo, y consulta a un profesional si el dolor no mejora tras 1–2 semanas.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation>Empezar  (Espacio)</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
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
        <translation>No se pudo guardar tu diario en {file} ({reason}); la entrada se conserva y se guardará la próxima vez.</translation>
    </message>
    <message>
        <source>{n} line of your journal could not be read and the file could not be set aside ({reason}); it was left as it is.</source>
        <translation>No se pudo leer {n} línea de tu diario y el archivo no se pudo mover a otro sitio ({reason}); se dejó tal como está.</translation>
    </message>
    <message>
        <source>{n} lines of your journal could not be read and the file could not be set aside ({reason}); it was left as it is.</source>
        <translation>No se pudieron leer {n} líneas de tu diario y el archivo no se pudo mover a otro sitio ({reason}); se dejó tal como está.</translation>
    </message>
    <message>
        <source>{n} line of your journal (pain ratings and notes) could not be read. The original file was kept at {kept_at}; the readable entries are still here.</source>
        <translation>No se pudo leer {n} línea de tu diario (valoraciones del dolor y notas). El archivo original se guardó en {kept_at}; las entradas legibles siguen aquí.</translation>
    </message>
    <message>
        <source>{n} lines of your journal (pain ratings and notes) could not be read. The original file was kept at {kept_at}; the readable entries are still here.</source>
        <translation>No se pudieron leer {n} líneas de tu diario (valoraciones del dolor y notas). El archivo original se guardó en {kept_at}; las entradas legibles siguen aquí.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>start, pause, resume</source>
        <translation>empezar, pausar, seguir</translation>
    </message>
    <message>
        <source>stop the session (asks first; what you did is logged)</source>
        <translation>parar la sesión (pregunta antes; lo que hiciste queda registrado)</translation>
    </message>
    <message>
        <source>sharp pain: stop at once, no question</source>
        <translation>dolor agudo: parar al instante, sin preguntar</translation>
    </message>
    <message>
        <source>rate your pain 0–10 (+ is 10)</source>
        <translation>valorar tu dolor 0–10 (+ es 10)</translation>
    </message>
    <message>
        <source>Right / Left</source>
        <translation>Flecha derecha / izquierda</translation>
    </message>
    <message>
        <source>skip to the next phase / back</source>
        <translation>saltar a la siguiente fase / volver atrás</translation>
    </message>
    <message>
        <source>full screen on and off</source>
        <translation>activar y desactivar la pantalla completa</translation>
    </message>
    <message>
        <source>mute and unmute</source>
        <translation>silenciar y activar el sonido</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>move to the next / previous control</source>
        <translation>pasar al control siguiente / anterior</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Space, Esc, P, Right / Left, F, M, Tab, Ctrl+Q</source>
        <translation>Espacio, Esc, P, flechas, F, M, Tab, Ctrl+Q</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>como arriba</translation>
    </message>
    <message>
        <source>rate your pain while the question is shown (get ready); later they pause</source>
        <translation>valorar tu dolor mientras se ve la pregunta (preparación); después, pausan</translation>
    </message>
    <message>
        <source>Any other key</source>
        <translation>Cualquier otra tecla</translation>
    </message>
    <message>
        <source>pause or resume; keys pressed together, or held down, count once</source>
        <translation>pausar o seguir; varias teclas a la vez, o mantenidas, cuentan una sola vez</translation>
    </message>
    <message>
        <source>In floor mode, during a session:</source>
        <translation>En modo suelo, durante una sesión:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>the protocol holds each bridge for 10–15 seconds</source>
        <translation>el protocolo indica mantener cada puente 10–15 segundos</translation>
    </message>
    <message>
        <source>the protocol does 2–3 repetitions at a time</source>
        <translation>el protocolo indica 2–3 repeticiones seguidas</translation>
    </message>
    <message>
        <source>the protocol ices for 15–20 minutes; longer risks damage to the skin</source>
        <translation>el protocolo indica 15–20 minutos de hielo; más tiempo puede dañar la piel</translation>
    </message>
</context>
<context>
    <name>LogStore</name>
    <message>
        <source>Your session could not be written to {file} ({reason}). The session is kept and will be written as soon as possible.</source>
        <translation>No se pudo guardar tu sesión en {file} ({reason}). La sesión se conserva y se guardará en cuanto sea posible.</translation>
    </message>
    <message>
        <source>{n} session saved by a newer version of hamtimer is kept in the log but not shown.</source>
        <translation>{n} sesión guardada con una versión más reciente de hamtimer se conserva en el registro, pero no se muestra.</translation>
    </message>
    <message>
        <source>{n} sessions saved by a newer version of hamtimer are kept in the log but not shown.</source>
        <translation>{n} sesiones guardadas con una versión más reciente de hamtimer se conservan en el registro, pero no se muestran.</translation>
    </message>
    <message>
        <source>{n} line of your session log could not be read, and the file could not be set aside ({reason}), so it was left as it is; {kept}.</source>
        <translation>No se pudo leer {n} línea de tu registro de sesiones, y el archivo no se pudo mover a otro sitio ({reason}), así que se dejó tal como está; {kept}.</translation>
    </message>
    <message>
        <source>{n} lines of your session log could not be read, and the file could not be set aside ({reason}), so it was left as it is; {kept}.</source>
        <translation>No se pudieron leer {n} líneas de tu registro de sesiones, y el archivo no se pudo mover a otro sitio ({reason}), así que se dejó tal como está; {kept}.</translation>
    </message>
    <message>
        <source>{n} line of your session log could not be read. The original file was kept at {kept_at}; {kept}.</source>
        <translation>No se pudo leer {n} línea de tu registro de sesiones. El archivo original se guardó en {kept_at}; {kept}.</translation>
    </message>
    <message>
        <source>{n} lines of your session log could not be read. The original file was kept at {kept_at}; {kept}.</source>
        <translation>No se pudieron leer {n} líneas de tu registro de sesiones. El archivo original se guardó en {kept_at}; {kept}.</translation>
    </message>
    <message>
        <source>no readable sessions were found in it</source>
        <translation>no se encontró en él ninguna sesión legible</translation>
    </message>
    <message>
        <source>the {n} readable session is still here</source>
        <translation>{n} sesión legible sigue aquí</translation>
    </message>
    <message>
        <source>the {n} readable sessions are still here</source>
        <translation>las {n} sesiones legibles siguen aquí</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stop this session? What you have done so far will be logged.</source>
        <translation>¿Detener esta sesión? Lo que hayas hecho hasta ahora quedará registrado.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>There is no session &apos;{id}&apos; any more.</source>
        <translation>Ya no existe la sesión &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>{n} pending session saved</source>
        <translation>{n} sesión pendiente guardada</translation>
    </message>
    <message>
        <source>{n} pending sessions saved</source>
        <translation>{n} sesiones pendientes guardadas</translation>
    </message>
    <message>
        <source>Your log is written again ({saved}).</source>
        <translation>Tu registro vuelve a guardarse ({saved}).</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
</context>
<context>
    <name>PainStrip</name>
    <message>
        <source>keys 0–9, + for 10</source>
        <translation>teclas 0–9, + para 10</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst; {keys}</source>
        <translation>0 = sin dolor, 10 = el peor; {keys}</translation>
    </message>
    <message>
        <source>{question} ({keys}; 0 = none, 10 = worst)</source>
        <translation>{question} ({keys}; 0 = sin dolor, 10 = el peor)</translation>
    </message>
    <message>
        <source>Pain {rating} of 10</source>
        <translation>Dolor {rating} de 10</translation>
    </message>
    <message>
        <source>✓ {rating} of 10</source>
        <translation>✓ {rating} de 10</translation>
    </message>
</context>
<context>
    <name>PdfLayout</name>
    <message>
        <source>{footer} · page {number} of {count}</source>
        <translation>{footer} · página {number} de {count}</translation>
    </message>
</context>
<context>
    <name>PendingSpill</name>
    <message>
        <source>the pending sessions could not be kept anywhere ({errors})</source>
        <translation>las sesiones pendientes no se pudieron guardar en ningún sitio ({errors})</translation>
    </message>
    <message>
        <source>Sessions kept at {file} could not be added: {error}</source>
        <translation>No se pudieron añadir las sesiones guardadas en {file}: {error}</translation>
    </message>
    <message>
        <source>the file is larger than {most} bytes</source>
        <translation>el archivo ocupa más de {most} bytes</translation>
    </message>
</context>
<context>
    <name>PhaseRows</name>
    <message>
        <source>Add a phase</source>
        <translation>Añadir una fase</translation>
    </message>
    <message>
        <source>Add a phase to the rep</source>
        <translation>Añadir una fase a la repetición</translation>
    </message>
    <message>
        <source>Move phase {number} up</source>
        <translation>Subir la fase {number}</translation>
    </message>
    <message>
        <source>Move phase {number} down</source>
        <translation>Bajar la fase {number}</translation>
    </message>
    <message>
        <source>Remove phase {number}</source>
        <translation>Quitar la fase {number}</translation>
    </message>
    <message>
        <source>Problem with phase {number}</source>
        <translation>Problema en la fase {number}</translation>
    </message>
    <message>
        <source>Phase {number} instruction</source>
        <translation>Instrucción de la fase {number}</translation>
    </message>
    <message>
        <source>Phase {number} kind</source>
        <translation>Tipo de la fase {number}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Phase {number} seconds</source>
        <translation>Segundos de la fase {number}</translation>
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
        <translation>EN PAUSA · {phase}</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTÉN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSA</translation>
    </message>
    <message>
        <source>ICE ON</source>
        <translation>HIELO</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CAMBIO DE PIERNA</translation>
    </message>
    <message>
        <source>MOVE</source>
        <translation>MUÉVETE</translation>
    </message>
    <message>
        <source>STRETCH</source>
        <translation>ESTIRA</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>DETENIDO</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{name}: {reps} reps × {sets} sets is more than a session can hold (at most {most} phases)</source>
        <translation>{name}: {reps} repeticiones × {sets} series es más de lo que cabe en una sesión (como máximo {most} fases)</translation>
    </message>
    <message>
        <source>{name}: these choices make a session of {length}; a session may last at most {most}</source>
        <translation>{name}: con estos valores la sesión dura {length}; una sesión puede durar como máximo {most}</translation>
    </message>
    <message>
        <source>{n} rep ahead</source>
        <translation>{n} repetición por hacer</translation>
    </message>
    <message>
        <source>{n} reps ahead</source>
        <translation>{n} repeticiones por hacer</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Next: left leg</source>
        <translation>Siguiente: pierna izquierda</translation>
    </message>
    <message>
        <source>Next: right leg</source>
        <translation>Siguiente: pierna derecha</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <source>Left leg · set {set} of {sets} · rep {rep} of {reps}</source>
        <translation>Pierna izquierda · serie {set} de {sets} · repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Left leg · rep {rep} of {reps}</source>
        <translation>Pierna izquierda · repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Right leg · set {set} of {sets} · rep {rep} of {reps}</source>
        <translation>Pierna derecha · serie {set} de {sets} · repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Right leg · rep {rep} of {reps}</source>
        <translation>Pierna derecha · repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · rep {rep} of {reps}</source>
        <translation>Serie {set} de {sets} · repetición {rep} de {reps}</translation>
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
        <translation>{duration} de preparación</translation>
    </message>
    <message>
        <source>{duration} hold</source>
        <translation>mantener {duration}</translation>
    </message>
    <message>
        <source>{duration} rest</source>
        <translation>{duration} de descanso</translation>
    </message>
    <message>
        <source>{duration} ice</source>
        <translation>{duration} de hielo</translation>
    </message>
    <message>
        <source>{duration} switch sides</source>
        <translation>{duration} para cambiar de pierna</translation>
    </message>
    <message>
        <source>{duration} work</source>
        <translation>{duration} de movimiento</translation>
    </message>
    <message>
        <source>{duration} stretch</source>
        <translation>{duration} de estiramiento</translation>
    </message>
    <message>
        <source>{reps} × {phase}</source>
        <translation>{reps} × {phase}</translation>
    </message>
    <message>
        <source>{n} set of {phases}</source>
        <translation>{n} serie de {phases}</translation>
    </message>
    <message>
        <source>{n} sets of {phases}</source>
        <translation>{n} series de {phases}</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>cada pierna</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation>No se pudo guardar tu configuración: {error}</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>First 48 hours: rest and RICE</source>
        <translation>Primeras 48 horas: reposo y RICE</translation>
    </message>
    <message>
        <source>Isometric bridge holds</source>
        <translation>Puentes isométricos</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Resistance, once pain-free</source>
        <translation>Resistencia, ya sin dolor</translation>
    </message>
    <message>
        <source>Squats and hamstring curls</source>
        <translation>Sentadillas y curls de isquiotibiales</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <source>Rest, ice every few hours, compression and elevation.</source>
        <translation>RICE: reposo, hielo cada pocas horas, compresión y elevación.</translation>
    </message>
    <message>
        <source>Bridge holds of 10–15 seconds, 2–3 at a time, 1–2 times a day, without pain.</source>
        <translation>Puentes isométricos de 10–15 s, 2–3 seguidos, 1–2 veces al día, sin dolor.</translation>
    </message>
    <message>
        <source>Single-leg windmills and very gentle stretching, with your bridge holds.</source>
        <translation>Molinos a una pierna y estiramientos muy suaves, junto con tus puentes isométricos.</translation>
    </message>
    <message>
        <source>Nordic curls and banded hamstring flexion, with windmills and stretching.</source>
        <translation>Curls nórdicos y flexión de isquiotibiales con banda, junto con molinos y estiramientos.</translation>
    </message>
    <message>
        <source>Around weeks 4–6, if feeling good: squats and hamstring curls join in.</source>
        <translation>Hacia las semanas 4–6, si te encuentras bien: se suman las sentadillas y los curls de isquiotibiales.</translation>
    </message>
    <message>
        <source>Keep the hamstring exercises routine so it does not come back.</source>
        <translation>Mantén los ejercicios de isquiotibiales como rutina para que la lesión no vuelva.</translation>
    </message>
    <message>
        <source>Stop the activity at the first nagging pain.</source>
        <translation>Deja la actividad en cuanto notes la primera molestia.</translation>
    </message>
    <message>
        <source>Rest: no running, jumping or long sitting.</source>
        <translation>Reposo: nada de correr, saltar ni estar mucho tiempo sentado.</translation>
    </message>
    <message>
        <source>Ice 15–20 minutes every few hours. Always wrap the pack in a towel.</source>
        <translation>Hielo 15–20 min cada pocas horas. Envuelve siempre la bolsa de hielo en una toalla.</translation>
    </message>
    <message>
        <source>Compression: a wrap or sleeve helps with swelling.</source>
        <translation>Compresión: un vendaje o una manga de compresión ayuda con la hinchazón.</translation>
    </message>
    <message>
        <source>Elevation: raise the leg to reduce swelling.</source>
        <translation>Elevación: levanta la pierna para reducir la hinchazón.</translation>
    </message>
    <message>
        <source>Contract the hamstrings with no pain; lower slowly and rest.</source>
        <translation>Contrae los isquiotibiales sin dolor; baja despacio y descansa.</translation>
    </message>
    <message>
        <source>Keep icing after activity if it helps.</source>
        <translation>Sigue poniéndote hielo después de la actividad si te ayuda.</translation>
    </message>
    <message>
        <source>Move slowly and in control; stop at sharp pain.</source>
        <translation>Muévete despacio y con control; detente si notas un dolor agudo.</translation>
    </message>
    <message>
        <source>Stretch very gently: no overstretching early.</source>
        <translation>Estira muy suavemente: al principio, nada de estirar de más.</translation>
    </message>
    <message>
        <source>Only while pain-free; step back a stage if the pain returns.</source>
        <translation>Solo mientras no tengas dolor; si el dolor vuelve, regresa a la etapa anterior.</translation>
    </message>
    <message>
        <source>Reintroduce squats and curls only if you feel good.</source>
        <translation>Retoma las sentadillas y los curls solo si te encuentras bien.</translation>
    </message>
    <message>
        <source>Keep doing the hamstring exercises routinely.</source>
        <translation>Sigue haciendo los ejercicios de isquiotibiales como rutina.</translation>
    </message>
    <message>
        <source>Strengthen your core and glutes.</source>
        <translation>Fortalece el tronco y los glúteos.</translation>
    </message>
    <message>
        <source>Warm up before activity.</source>
        <translation>Calienta antes de la actividad.</translation>
    </message>
    <message>
        <source>Avoid long sitting.</source>
        <translation>Evita estar mucho tiempo sentado.</translation>
    </message>
    <message>
        <source>Pain at most {rating} of 10 on the last day, rated that day: {good} of {n} so far</source>
        <translation>Dolor como máximo {rating} de 10 el último día, valorado ese día: {good} de {n} hasta ahora</translation>
    </message>
    <message>
        <source>Pain at most {rating} of 10 on each of the last {n} days, rated every day: {good} of {n} so far</source>
        <translation>Dolor como máximo {rating} de 10 en cada uno de los últimos {n} días, valorado cada día: {good} de {n} hasta ahora</translation>
    </message>
    <message>
        <source>{n} day in the last {within} days with {session} done and pain at most {rating} of 10 that day: {good} so far</source>
        <translation>{n} día, en los últimos {within} días, con la sesión {session} hecha y dolor como máximo {rating} de 10 ese día: {good} hasta ahora</translation>
    </message>
    <message>
        <source>{n} days in the last {within} days with {session} done and pain at most {rating} of 10 that day: {good} so far</source>
        <translation>{n} días, en los últimos {within} días, con la sesión {session} hecha y dolor como máximo {rating} de 10 ese día: {good} hasta ahora</translation>
    </message>
    <message>
        <source>Enter the day the pain started</source>
        <translation>Indica el día en que empezó el dolor</translation>
    </message>
    <message>
        <source>{n} hour since the pain started: {so_far} so far</source>
        <translation>{n} hora desde que empezó el dolor: llevas {so_far}</translation>
    </message>
    <message>
        <source>{n} hours since the pain started: {so_far} so far</source>
        <translation>{n} horas desde que empezó el dolor: llevas {so_far}</translation>
    </message>
    <message>
        <source>About {weeks} weeks since the pain started: {n} day so far</source>
        <translation>Unas {weeks} semanas desde que empezó el dolor: llevas {n} día</translation>
    </message>
    <message>
        <source>About {weeks} weeks since the pain started: {n} days so far</source>
        <translation>Unas {weeks} semanas desde que empezó el dolor: llevas {n} días</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: no se puede leer ({error})</translation>
    </message>
    <message>
        <source>{file}: schema_version must be {version}</source>
        <translation>{file}: schema_version debe ser {version}</translation>
    </message>
    <message>
        <source>{file}: stages must be a non-empty list</source>
        <translation>{file}: stages debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>{file}: a stage is malformed ({error})</source>
        <translation>{file}: una etapa no tiene el formato correcto ({error})</translation>
    </message>
</context>
<context>
    <name>ProgramController</name>
    <message>
        <source>Mark a re-injury today? It is logged for your clinician; more than one in three months is a reason to see a professional.</source>
        <translation>¿Marcar hoy una recaída? Queda registrada para tu profesional sanitario; más de una en tres meses es motivo para consultar a un profesional.</translation>
    </message>
    <message>
        <source>Log that your symptoms limit your daily activities? This is a reason to see a professional.</source>
        <translation>¿Registrar que tus síntomas limitan tus actividades diarias? Es un motivo para consultar a un profesional.</translation>
    </message>
    <message>
        <source>The day the pain started could not be saved: {reason}</source>
        <translation>No se pudo guardar el día en que empezó el dolor: {reason}</translation>
    </message>
    <message>
        <source>Step back to “{stage}”?</source>
        <translation>¿Volver a “{stage}”?</translation>
    </message>
    <message>
        <source>Move on to “{stage}”?</source>
        <translation>¿Pasar a “{stage}”?</translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <source>the program state must be a JSON object</source>
        <translation>el estado del programa debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>{field}: {value} is not {version}</source>
        <translation>{field}: {value} no es {version}</translation>
    </message>
    <message>
        <source>{field}: must be a stage&apos;s id</source>
        <translation>{field}: debe ser el identificador de una etapa</translation>
    </message>
    <message>
        <source>The day the pain started cannot be in the future.</source>
        <translation>El día en que empezó el dolor no puede ser futuro.</translation>
    </message>
    <message>
        <source>The day the pain started must be within the last five years.</source>
        <translation>El día en que empezó el dolor debe estar dentro de los últimos cinco años.</translation>
    </message>
    <message>
        <source>{field}: must be a date like {example}</source>
        <translation>{field}: debe ser una fecha como {example}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date</source>
        <translation>{field}: {value} no es una fecha</translation>
    </message>
    <message>
        <source>Reminders: at most {most} times a day</source>
        <translation>Recordatorios: como máximo {most} veces al día</translation>
    </message>
    <message>
        <source>Reminders: {value} is not a time like {example}</source>
        <translation>Recordatorios: {value} no es una hora como {example}</translation>
    </message>
    <message>
        <source>Ice reminders: the hours must be a whole number</source>
        <translation>Recordatorios de hielo: las horas deben ser un número entero</translation>
    </message>
    <message>
        <source>Ice reminders: every {low}–{high} hours; {value} was chosen</source>
        <translation>Recordatorios de hielo: cada {low}–{high} horas; se eligió {value}</translation>
    </message>
    <message>
        <source>{field}: must be true or false</source>
        <translation>{field}: debe ser true o false</translation>
    </message>
    <message>
        <source>Your program file {file} could not be opened ({reason}); the program starts from the first stage.</source>
        <translation>No se pudo abrir tu archivo del programa {file} ({reason}); el programa empieza desde la primera etapa.</translation>
    </message>
    <message>
        <source>Your program file {file} could not be read ({error}) nor moved aside ({move_error}).</source>
        <translation>No se pudo leer tu archivo del programa {file} ({error}) ni moverlo a otro sitio ({move_error}).</translation>
    </message>
    <message>
        <source>Your program file could not be read ({error}); the program starts from the first stage. The original file was kept at {kept_at}.</source>
        <translation>No se pudo leer tu archivo del programa ({error}); el programa empieza desde la primera etapa. El archivo original se guardó en {kept_at}.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>sharp pain</source>
        <translation>dolor agudo</translation>
    </message>
    <message>
        <source>stopped by the patient</source>
        <translation>detenida por el paciente</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>se cerró la ventana</translation>
    </message>
    <message>
        <source>hamtimer was quit</source>
        <translation>se cerró hamtimer</translation>
    </message>
    <message>
        <source>the desktop session ended</source>
        <translation>se cerró la sesión del escritorio</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>See a professional: a physiotherapist, sports-medicine doctor or your GP.</source>
        <translation>Consulta a un profesional: un fisioterapeuta, un médico deportivo o tu médico de cabecera.</translation>
    </message>
    <message>
        <source>{title} {reasons} {advice}</source>
        <translation>{title} {reasons} {advice}</translation>
    </message>
    <message>
        <source>Your pain has not improved after two weeks.</source>
        <translation>Tu dolor no ha mejorado después de dos semanas.</translation>
    </message>
    <message>
        <source>Your average pain over the last 7 days is {last} of 10; in your first week it was {first}. Pain that does not improve after 1–2 weeks may be something else, such as sciatica.</source>
        <translation>Tu dolor medio de los últimos 7 días es {last} de 10; en tu primera semana era {first}. Un dolor que no mejora tras 1–2 semanas puede ser otra cosa, como una ciática.</translation>
    </message>
    <message>
        <source>Your pain is getting worse.</source>
        <translation>Tu dolor está empeorando.</translation>
    </message>
    <message>
        <source>Your average pain over the last 7 days is {last} of 10, up from {before} the week before.</source>
        <translation>Tu dolor medio de los últimos 7 días es {last} de 10; ha subido desde {before} la semana anterior.</translation>
    </message>
    <message>
        <source>Your symptoms limit your daily activities.</source>
        <translation>Tus síntomas limitan tus actividades diarias.</translation>
    </message>
    <message>
        <source>You said so on {day}.</source>
        <translation>Lo indicaste el {day}.</translation>
    </message>
    <message>
        <source>You have been injured again more than once.</source>
        <translation>Te has vuelto a lesionar más de una vez.</translation>
    </message>
    <message>
        <source>You marked {n} re-injury in the last {days} days: the rehab may not be addressing the cause.</source>
        <translation>Marcaste {n} recaída en los últimos {days} días: puede que la rehabilitación no esté tratando la causa.</translation>
    </message>
    <message>
        <source>You marked {n} re-injuries in the last {days} days: the rehab may not be addressing the cause.</source>
        <translation>Marcaste {n} recaídas en los últimos {days} días: puede que la rehabilitación no esté tratando la causa.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Later: hide this reminder</source>
        <translation>Más tarde: ocultar este recordatorio</translation>
    </message>
    <message>
        <source>{title}. {body}</source>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>Start {session} now</source>
        <translation>Empezar {session} ahora</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <source>Ice time: 15–20 minutes, wrapped in a towel</source>
        <translation>Toca hielo: 15–20 minutos, envuelto en una toalla</translation>
    </message>
    <message>
        <source>{session} time ({number} of {target} today)</source>
        <translation>Toca {session} ({number} de {target} hoy)</translation>
    </message>
    <message>
        <source>{title}. Stop at the first nagging pain.</source>
        <translation>{title}. Detente en cuanto notes la primera molestia.</translation>
    </message>
    <message>
        <source>Ice time: {low}–{high} minutes, wrapped in a towel</source>
        <translation>Toca hielo: {low}–{high} minutos, envuelto en una toalla</translation>
    </message>
    <message>
        <source>Every {hours} hours in the first 48 hours after the pain started; these reminders stop by themselves on {day} at {time}.</source>
        <translation>Cada {hours} horas durante las primeras 48 horas desde que empezó el dolor; estos recordatorios se detienen solos el {day} a las {time}.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Reminders could not be checked ({error}); they are tried again every minute.</source>
        <translation>No se pudieron comprobar los recordatorios ({error}); se vuelve a intentar cada minuto.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Start ice</source>
        <translation>Empezar el hielo</translation>
    </message>
    <message>
        <source>Start bridge hold</source>
        <translation>Empezar el puente isométrico</translation>
    </message>
    <message>
        <source>Show {app}</source>
        <translation>Mostrar {app}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Start {session}</source>
        <translation>Empezar {session}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Your program file could not be saved ({reason}).</source>
        <translation>No se pudo guardar tu archivo del programa ({reason}).</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Hielo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{n} demo session (timers run faster with --time-scale) left out: not real rehab.</source>
        <translation>{n} sesión de demostración (temporizadores acelerados con --time-scale) excluida: no es rehabilitación real.</translation>
    </message>
    <message>
        <source>{n} demo sessions (timers run faster with --time-scale) left out: not real rehab.</source>
        <translation>{n} sesiones de demostración (temporizadores acelerados con --time-scale) excluidas: no son rehabilitación real.</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Re-injury</source>
        <translation>Recaída</translation>
    </message>
    <message>
        <source>marked by the patient</source>
        <translation>marcada por el paciente</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Vida diaria</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Dolor agudo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>A session stopped for sharp pain</source>
        <translation>Una sesión detenida por dolor agudo</translation>
    </message>
    <message>
        <source>{session} stopped for sharp pain</source>
        <translation>Sesión {session} detenida por dolor agudo</translation>
    </message>
    <message>
        <source>Moved to stage {stage}</source>
        <translation>Cambio a la etapa {stage}</translation>
    </message>
    <message>
        <source>Moved to stage {number}: {name}</source>
        <translation>Cambio a la etapa {number}: {name}</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities: {detail}</source>
        <translation>Los síntomas limitan las actividades diarias: {detail}</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities</source>
        <translation>Los síntomas limitan las actividades diarias</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>Sobre los datos</translation>
    </message>
    <message>
        <source>Red flags: when to see a professional</source>
        <translation>Señales de alarma: cuándo consultar a un profesional</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Evolución del dolor</translation>
    </message>
    <message>
        <source>No pain ratings in this period.</source>
        <translation>No hay valoraciones del dolor en este periodo.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <source>Nothing was due in this period.</source>
        <translation>No había nada previsto en este periodo.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No sessions were logged in this period.</source>
        <translation>No se registró ninguna sesión en este periodo.</translation>
    </message>
    <message>
        <source>Notes and events</source>
        <translation>Notas y eventos</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>No hay notas en este periodo.</translation>
    </message>
</context>
<context>
    <name>ReportRange</name>
    <message>
        <source>{label}: {text} is not a date like {example}</source>
        <translation>{label}: {text} no es una fecha como {example}</translation>
    </message>
    <message>
        <source>{label}: {day} is after today, {today}</source>
        <translation>{label}: {day} es posterior a hoy, {today}</translation>
    </message>
    <message>
        <source>{first_label} {first} is after {last_label} {last}</source>
        <translation>{first_label} {first} es posterior a {last_label} {last}</translation>
    </message>
</context>
<context>
    <name>ReportSources</name>
    <message>
        <source>The program file {file} could not be read ({error}); the onset date and current stage are not known.</source>
        <translation>No se pudo leer el archivo del programa {file} ({error}); no se conocen el día en que empezó el dolor ni la etapa actual.</translation>
    </message>
    <message>
        <source>{n} line of the session log could not be read: not in this report.</source>
        <translation>No se pudo leer {n} línea del registro de sesiones: no aparece en este informe.</translation>
    </message>
    <message>
        <source>{n} lines of the session log could not be read: not in this report.</source>
        <translation>No se pudieron leer {n} líneas del registro de sesiones: no aparecen en este informe.</translation>
    </message>
    <message>
        <source>{n} session saved by a newer hamtimer: not in this report.</source>
        <translation>{n} sesión guardada con una versión más reciente de hamtimer: no aparece en este informe.</translation>
    </message>
    <message>
        <source>{n} sessions saved by a newer hamtimer: not in this report.</source>
        <translation>{n} sesiones guardadas con una versión más reciente de hamtimer: no aparecen en este informe.</translation>
    </message>
    <message>
        <source>{n} line of the journal could not be read: not in this report.</source>
        <translation>No se pudo leer {n} línea del diario: no aparece en este informe.</translation>
    </message>
    <message>
        <source>{n} lines of the journal could not be read: not in this report.</source>
        <translation>No se pudieron leer {n} líneas del diario: no aparecen en este informe.</translation>
    </message>
    <message>
        <source>{n} entry saved by a newer hamtimer: not in this report.</source>
        <translation>{n} entrada guardada con una versión más reciente de hamtimer: no aparece en este informe.</translation>
    </message>
    <message>
        <source>{n} entries saved by a newer hamtimer: not in this report.</source>
        <translation>{n} entradas guardadas con una versión más reciente de hamtimer: no aparecen en este informe.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>hamtimer — rehab report</source>
        <translation>hamtimer — informe de rehabilitación</translation>
    </message>
    <message>
        <source>hamtimer is not a diagnosis or a substitute for a clinician. This report shows what the patient logged in the app: sessions, pain ratings (0 = no pain, 10 = worst) and notes.</source>
        <translation>hamtimer no es un diagnóstico ni sustituye a un profesional sanitario. Este informe muestra lo que el paciente registró en la aplicación: sesiones, valoraciones del dolor (0 = sin dolor, 10 = el peor) y notas.</translation>
    </message>
    <message>
        <source>Reps and active seconds: done of planned. Pain: before → after the session, 0–10. Sessions stopped early are marked.</source>
        <translation>Repeticiones y segundos activos: lo hecho de lo previsto. Dolor: antes → después de la sesión, 0–10. Las sesiones detenidas antes de tiempo están marcadas.</translation>
    </message>
    <message>
        <source>Targets: the sessions the day&apos;s stage asks for, each counted at most as often as asked. Days with a target missed are marked. Pain: mean of the day&apos;s ratings.</source>
        <translation>Objetivos: las sesiones que pide la etapa del día, cada una contada como máximo tantas veces como se pide. Los días con algún objetivo sin cumplir están marcados. Dolor: media de las valoraciones del día.</translation>
    </message>
    <message>
        <source>{day_and_month} {year}</source>
        <translation>{day_and_month} {year}</translation>
    </message>
    <message>
        <source>{first} – {last} ({n} day)</source>
        <translation>{first} – {last} ({n} día)</translation>
    </message>
    <message>
        <source>{first} – {last} ({n} days)</source>
        <translation>{first} – {last} ({n} días)</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>{day} {time} (UTC{offset}) by hamtimer {version}</source>
        <translation>{day} {time} (UTC{offset}) con hamtimer {version}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Pain started</source>
        <translation>Inicio del dolor</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>no daily targets in this period</source>
        <translation>no hay objetivos diarios en este periodo</translation>
    </message>
    <message>
        <source>{met} of {n} daily target met ({share}%)</source>
        <translation>{met} de {n} objetivo diario cumplido ({share} %)</translation>
    </message>
    <message>
        <source>{met} of {n} daily targets met ({share}%)</source>
        <translation>{met} de {n} objetivos diarios cumplidos ({share} %)</translation>
    </message>
    <message>
        <source>{completed} completed, {stopped} stopped early</source>
        <translation>completadas: {completed}; detenidas antes de tiempo: {stopped}</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Pain, first week</source>
        <translation>Dolor, primera semana</translation>
    </message>
    <message>
        <source>Pain, last week</source>
        <translation>Dolor, última semana</translation>
    </message>
    <message>
        <source>Holding on {day}: {flag}</source>
        <translation>Vigente el {day}: {flag}</translation>
    </message>
    <message>
        <source>No red flags were raised in this period, and none hold on {day}.</source>
        <translation>No apareció ninguna señal de alarma en este periodo, y ninguna está vigente el {day}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sesiones hechas</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Objetivos cumplidos</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Active s</source>
        <translation>Activo (s)</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo de parada</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>no ratings ({first} – {last})</source>
        <translation>sin valoraciones ({first} – {last})</translation>
    </message>
    <message>
        <source>{mean} of 10 ({first} – {last}, {n} rating)</source>
        <translation>{mean} de 10 ({first} – {last}, {n} valoración)</translation>
    </message>
    <message>
        <source>{mean} of 10 ({first} – {last}, {n} ratings)</source>
        <translation>{mean} de 10 ({first} – {last}, {n} valoraciones)</translation>
    </message>
    <message>
        <source>Raised {day}: {flag}</source>
        <translation>Detectada el {day}: {flag}</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
</context>
<context>
    <name>RunnerView</name>
    <message>
        <source>Paused: your computer was asleep. Press Space to go on.</source>
        <translation>En pausa: el ordenador estaba suspendido. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <source>Paused. Press any key to go on.</source>
        <translation>En pausa. Pulsa cualquier tecla para seguir.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>How much of the whole session is done</source>
        <translation>Cuánto llevas hecho de la sesión</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to the start of this phase (Left)</source>
        <translation>Volver al principio de esta fase (flecha izquierda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip to the next phase (Right)</source>
        <translation>Saltar a la siguiente fase (flecha derecha)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the session and log it (Esc)</source>
        <translation>Parar la sesión y registrarla (Esc)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen on or off (F)</source>
        <translation>Activar o desactivar la pantalla completa (F)</translation>
    </message>
    <message>
        <source>Sharp pain — stop (P)</source>
        <translation>Dolor agudo (P)</translation>
    </message>
    <message>
        <source>Stop at once because of sharp pain; logged, no question (P)</source>
        <translation>Parar al instante por dolor agudo; se registra, sin preguntar (P)</translation>
    </message>
    <message>
        <source>Sharp pain: stop now</source>
        <translation>Dolor agudo: parar ya</translation>
    </message>
    <message>
        <source>How much does it hurt now, before you start?</source>
        <translation>¿Cuánto te duele ahora, antes de empezar?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>SafeFiles</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>it holds a number that is not finite (NaN, Infinity, or too large for a double)</source>
        <translation>contiene un número que no es finito (NaN, Infinity o demasiado grande para un double)</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>it is larger than {size} KiB</source>
        <translation>ocupa más de {size} KiB</translation>
    </message>
    <message>
        <source>the disk took only part of the line</source>
        <translation>el disco solo aceptó una parte de la línea</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{session}: there is no setting called {setting}</source>
        <translation>{session}: no hay ningún ajuste llamado {setting}</translation>
    </message>
    <message>
        <source>{session}: {setting} must be a whole number</source>
        <translation>{session}: {setting} debe ser un número entero</translation>
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
        <translation>{low}–{high} repeticiones</translation>
    </message>
    <message>
        <source>{session}: {setting} must be {range} ({note}); {value} was chosen</source>
        <translation>{session}: {setting} debe ser de {range} ({note}); se eligió {value}</translation>
    </message>
    <message>
        <source>{session}: {setting} must be {range}; {value} was chosen</source>
        <translation>{session}: {setting} debe ser de {range}; se eligió {value}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>{name} is a built-in session: it follows the protocol and cannot be changed. Duplicate it to make your own copy, which you may change.</source>
        <translation>{name} es una sesión integrada: sigue el protocolo y no se puede cambiar. Duplícala para hacer tu propia copia, que sí puedes cambiar.</translation>
    </message>
    <message>
        <source>{name} is a built-in session and cannot be deleted.</source>
        <translation>{name} es una sesión integrada y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Delete your session “{name}”? A copy of its file is kept.</source>
        <translation>¿Eliminar tu sesión “{name}”? Se guarda una copia de su archivo.</translation>
    </message>
    <message>
        <source>{name} was not deleted: {reason}</source>
        <translation>{name} no se eliminó: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be imported. {reason}</source>
        <translation>Este archivo no se puede importar. {reason}</translation>
    </message>
    <message>
        <source>{name} was not exported. {reason}</source>
        <translation>{name} no se exportó. {reason}</translation>
    </message>
    <message>
        <source>Keep both (import as “{name}”)</source>
        <translation>Conservar las dos (importar como “{name}”)</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Reemplazar la mía</translation>
    </message>
    <message>
        <source>A session file with the id “{id}” is already in your sessions folder.</source>
        <translation>Ya hay un archivo de sesión con el identificador “{id}” en tu carpeta de sesiones.</translation>
    </message>
    <message>
        <source>“{name}”, a built-in session, already has the id “{id}”.</source>
        <translation>“{name}”, una sesión integrada, ya tiene el identificador “{id}”.</translation>
    </message>
    <message>
        <source>“{name}”, one of your sessions, already has the id “{id}”.</source>
        <translation>“{name}”, una de tus sesiones, ya tiene el identificador “{id}”.</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {problem}.</source>
        <translation>No se pudo guardar el archivo {file}: {problem}.</translation>
    </message>
    <message>
        <source>The file could not be written: {problem}.</source>
        <translation>No se pudo guardar el archivo: {problem}.</translation>
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
        <translation>Dibujo: {title}</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>{plan} · about {minutes} min</source>
        <translation>{plan} · unos {minutes} min</translation>
    </message>
    <message>
        <source>Allowed {range}. {note}</source>
        <translation>Permitido: {range}. {note}</translation>
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
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Hielo</translation>
    </message>
    <message>
        <source>Hold the position without pain.</source>
        <translation>Mantén la posición sin dolor.</translation>
    </message>
    <message>
        <source>One slow, controlled movement.</source>
        <translation>Un movimiento lento y controlado.</translation>
    </message>
    <message>
        <source>Stretch gently; never into pain.</source>
        <translation>Estira suavemente; nunca hasta sentir dolor.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Descansa.</translation>
    </message>
    <message>
        <source>Keep the towel-wrapped ice pack on the sore spot.</source>
        <translation>Mantén la bolsa de hielo envuelta en la toalla sobre la zona dolorida.</translation>
    </message>
    <message>
        <source>Rest before the next set.</source>
        <translation>Descansa antes de la siguiente serie.</translation>
    </message>
    <message>
        <source>Switch to the other leg.</source>
        <translation>Cambia a la otra pierna.</translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation>Colócate en posición.</translation>
    </message>
    <message>
        <source>Done. Well done!</source>
        <translation>Terminado. ¡Bien hecho!</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit “{name}”</source>
        <translation>Editar “{name}”</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <source>To start it from a command line: {command}</source>
        <translation>Para empezarla desde la línea de comandos: {command}</translation>
    </message>
    <message>
        <source>Not ready to save: see the notes in red.</source>
        <translation>Todavía no se puede guardar: mira las notas en rojo.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Not ready to save: {reason}</source>
        <translation>Todavía no se puede guardar: {reason}</translation>
    </message>
    <message>
        <source>{plan} · {length} in all</source>
        <translation>{plan} · {length} en total</translation>
    </message>
    <message>
        <source>the file could not be written ({file}): {problem}</source>
        <translation>no se pudo guardar el archivo ({file}): {problem}</translation>
    </message>
    <message>
        <source>the file could not be written: {problem}</source>
        <translation>no se pudo guardar el archivo: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>{file}: cannot be opened ({reason})</source>
        <translation>{file}: no se puede abrir ({reason})</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}: no es un archivo</translation>
    </message>
    <message>
        <source>{id} is not one of your sessions, so it is not replaced</source>
        <translation>{id} no es una de tus sesiones, así que no se reemplaza</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>{field}: holds a character that is not text (a lone surrogate)</source>
        <translation>{field}: contiene un carácter que no es texto (un sustituto suelto)</translation>
    </message>
    <message>
        <source>{session}: would not read back the same, so it is not saved</source>
        <translation>{session}: al volver a leerla no quedaría igual, así que no se guarda</translation>
    </message>
    <message>
        <source>{session}: the file would be {size} bytes; a session file may be at most {most} bytes (shorten the instructions)</source>
        <translation>{session}: el archivo ocuparía {size} bytes; un archivo de sesión puede ocupar como máximo {most} bytes (acorta las instrucciones)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>{field}: {value} is not supported (this app reads 1 to {newest})</source>
        <translation>{field}: {value} no es compatible (esta aplicación lee de 1 a {newest})</translation>
    </message>
    <message>
        <source>{field}: unknown field</source>
        <translation>{field}: campo desconocido</translation>
    </message>
    <message>
        <source>{file}: the file is {size} bytes; a session file may be at most {most} bytes</source>
        <translation>{file}: el archivo ocupa {size} bytes; un archivo de sesión puede ocupar como máximo {most} bytes</translation>
    </message>
    <message>
        <source>{file}: cannot be read as a JSON session file ({error})</source>
        <translation>{file}: no se puede leer como archivo de sesión JSON ({error})</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{field}: {value} must be lowercase letters, digits and dashes</source>
        <translation>{field}: {value} solo puede tener letras minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>{field} = {value} is outside {range}: {reason}</source>
        <translation>{field} = {value} está fuera de {range}: {reason}</translation>
    </message>
    <message>
        <source>{file}: id {id} is used by another session</source>
        <translation>{file}: otra sesión ya usa el identificador {id}</translation>
    </message>
    <message>
        <source>{field}: must be a JSON object</source>
        <translation>{field}: debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>{field}: must be text of 1–{most} characters</source>
        <translation>{field}: debe ser un texto de 1–{most} caracteres</translation>
    </message>
    <message>
        <source>{field}: {value} must be a whole number from {low} to {high}</source>
        <translation>{field}: {value} debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>{field}: must be a list of 1–{most} settings</source>
        <translation>{field}: debe ser una lista de 1–{most} ajustes</translation>
    </message>
    <message>
        <source>{field}: two settings have the same name</source>
        <translation>{field}: dos ajustes tienen el mismo nombre</translation>
    </message>
    <message>
        <source>{field}: get_ready belongs in &apos;get_ready&apos; only</source>
        <translation>{field}: get_ready solo puede ir en &apos;get_ready&apos;</translation>
    </message>
    <message>
        <source>{field}: {value} is not a duration setting of this session</source>
        <translation>{field}: {value} no es un ajuste de duración de esta sesión</translation>
    </message>
    <message>
        <source>{field}: must be seconds or the name of a setting</source>
        <translation>{field}: debe ser un número de segundos o el nombre de un ajuste</translation>
    </message>
    <message>
        <source>{field}: {value} s is outside 0–{most} s</source>
        <translation>{field}: {value} s está fuera de 0–{most} s</translation>
    </message>
    <message>
        <source>{field}: must be the file name of an SVG, like &apos;windmill.svg&apos;</source>
        <translation>{field}: debe ser el nombre de archivo de un SVG, como &apos;windmill.svg&apos;</translation>
    </message>
    <message>
        <source>{field}: must be a list of 1–{most} phases</source>
        <translation>{field}: debe ser una lista de 1–{most} fases</translation>
    </message>
    <message>
        <source>{field}: needs a &apos;hold&apos;, &apos;work&apos;, &apos;stretch&apos; or &apos;ice&apos; phase</source>
        <translation>{field}: necesita una fase &apos;hold&apos;, &apos;work&apos;, &apos;stretch&apos; o &apos;ice&apos;</translation>
    </message>
    <message>
        <source>{field}: {value} is not a repetitions setting of this session</source>
        <translation>{field}: {value} no es un ajuste de repeticiones de esta sesión</translation>
    </message>
    <message>
        <source>{field}: must be 1–{most} or the name of a setting</source>
        <translation>{field}: debe ser 1–{most} o el nombre de un ajuste</translation>
    </message>
    <message>
        <source>{field}: {value} must be one of {allowed}</source>
        <translation>{field}: {value} debe ser uno de estos: {allowed}</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Session files (*.json)</source>
        <translation>Archivos de sesión (*.json)</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>Importar una sesión</translation>
    </message>
    <message>
        <source>Export a session</source>
        <translation>Exportar una sesión</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Editar sesión…</translation>
    </message>
    <message>
        <source>&amp;Duplicate session…</source>
        <translation>D&amp;uplicar sesión…</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>E&amp;liminar sesión…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>&amp;Importar sesión…</translation>
    </message>
    <message>
        <source>E&amp;xport session…</source>
        <translation>E&amp;xportar sesión…</translation>
    </message>
    <message>
        <source>Deleted “{name}”; its file is kept at {path}. Undo delete: Ctrl+Z.</source>
        <translation>Se eliminó “{name}”; su archivo se guarda en {path}. Deshacer eliminación: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Not brought back: {reason}</source>
        <translation>No se recuperó: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>“{name}” se ha recuperado.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>Se exportó “{name}” a {path}.</translation>
    </message>
</context>
<context>
    <name>SessionNames</name>
    <message>
        <source>my copy</source>
        <translation>mi copia</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>no free id like {id}: remove some sessions first</source>
        <translation>no hay ningún identificador libre como {id}: elimina antes algunas sesiones</translation>
    </message>
    <message>
        <source>no free name like {name}: rename some sessions first</source>
        <translation>no hay ningún nombre libre como {name}: cambia antes el nombre de algunas sesiones</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Banded flexion</source>
        <translation>Flexión con banda</translation>
    </message>
    <message>
        <source>Banded Hamstring Flexion (strength)</source>
        <translation>Flexión de isquiotibiales con banda (fuerza)</translation>
    </message>
    <message>
        <source>Resistance work for long-term rehab: only once you are pain-free. Lie face down. Loop a resistance band around one ankle and tie the other end to something solid beyond your feet (a table leg, a closed door). Each curl: slowly bend your knee, bringing your heel toward your buttock against the band, then slowly straighten it. Choose a band light enough to control every curl. Stop at the first sharp pain. You do every set with your left leg, then switch to your right.</source>
        <translation>Trabajo de resistencia para la rehabilitación a largo plazo: solo cuando ya no tengas dolor. Acuéstate boca abajo. Pon una banda elástica alrededor de un tobillo y ata el otro extremo a algo firme más allá de tus pies (la pata de una mesa, una puerta cerrada). En cada curl: dobla la rodilla despacio, llevando el talón hacia el glúteo contra la banda, y luego estírala despacio. Elige una banda lo bastante suave para controlar cada curl. Detente ante el primer dolor agudo. Haces todas las series con la pierna izquierda y luego cambias a la derecha.</translation>
    </message>
    <message>
        <source>Banded flexion done on both legs. Take the band off and rest.</source>
        <translation>Flexión con banda hecha con las dos piernas. Quítate la banda y descansa.</translation>
    </message>
    <message>
        <source>Do resistance work only while you are pain-free. If pain is not improving after 1–2 weeks, or keeps getting worse, see a professional.</source>
        <translation>Haz el trabajo de resistencia solo mientras no tengas dolor. Si el dolor no mejora tras 1–2 semanas, o sigue empeorando, consulta a un profesional sanitario.</translation>
    </message>
    <message>
        <source>Curls per set</source>
        <translation>Curls por serie</translation>
    </message>
    <message>
        <source>Sets per leg</source>
        <translation>Series por pierna</translation>
    </message>
    <message>
        <source>Each curl, bend and straighten</source>
        <translation>Cada curl, doblar y estirar</translation>
    </message>
    <message>
        <source>Pause between curls</source>
        <translation>Pausa entre curls</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, slow and controlled; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, lento y controlado; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to move the band; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para cambiar la banda de tobillo; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to fix the band and lie down; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para sujetar la banda y acostarte; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>Lie face down, the band around your left ankle and tied to something solid beyond your feet.</source>
        <translation>Acuéstate boca abajo, con la banda en el tobillo izquierdo y atada a algo firme más allá de tus pies.</translation>
    </message>
    <message>
        <source>Slowly bend your knee, heel toward your buttock against the band, then slowly straighten it.</source>
        <translation>Dobla la rodilla despacio, el talón hacia el glúteo contra la banda, y luego estírala despacio.</translation>
    </message>
    <message>
        <source>Leg down. Relax.</source>
        <translation>Baja la pierna. Relájate.</translation>
    </message>
    <message>
        <source>Switch legs: move the band to your right ankle.</source>
        <translation>Cambia de pierna: pasa la banda al tobillo derecho.</translation>
    </message>
    <message>
        <source>Rest between sets. Keep the band on.</source>
        <translation>Descanso entre series. No te quites la banda.</translation>
    </message>
    <message>
        <source>Bridge hold</source>
        <translation>Puente isométrico</translation>
    </message>
    <message>
        <source>Double Leg Isometric Hamstring Bridge Hold</source>
        <translation>Puente isométrico de isquiotibiales a dos piernas</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor. Each hold: press your heels into the floor and lift your hips to a straight line from shoulders to knees. Stop at the first sharp pain.</source>
        <translation>Acuéstate boca arriba, con las rodillas dobladas y los pies apoyados en el suelo. En cada puente: presiona los talones contra el suelo y sube la cadera hasta formar una línea recta de los hombros a las rodillas. Detente ante el primer dolor agudo.</translation>
    </message>
    <message>
        <source>Lower slowly and rest. That is one set of bridge holds.</source>
        <translation>Baja despacio y descansa. Has completado una serie de puentes isométricos.</translation>
    </message>
    <message>
        <source>Bridge holds are done 1–2 times a day.</source>
        <translation>Los puentes isométricos se hacen 1–2 veces al día.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Rest between holds</source>
        <translation>Descanso entre puentes</translation>
    </message>
    <message>
        <source>the protocol holds 10–15 seconds</source>
        <translation>el protocolo indica mantener 10–15 s</translation>
    </message>
    <message>
        <source>the protocol does 2–3 repetitions, 1–2 times a day</source>
        <translation>el protocolo indica 2–3 repeticiones, 1–2 veces al día</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default; the protocol says only to lower slowly and rest</source>
        <translation>valor por defecto de hamtimer; el protocolo solo dice bajar despacio y descansar</translation>
    </message>
    <message>
        <source>time to lie down and settle before the first hold</source>
        <translation>tiempo para acostarte y acomodarte antes del primer puente</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor.</source>
        <translation>Acuéstate boca arriba, con las rodillas dobladas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
        <source>Press your heels into the floor and lift your hips: shoulders to knees in a straight line. Contract your hamstrings without pain.</source>
        <translation>Presiona los talones contra el suelo y sube la cadera: de los hombros a las rodillas en línea recta. Contrae los isquiotibiales sin dolor.</translation>
    </message>
    <message>
        <source>Lower slowly and rest.</source>
        <translation>Baja despacio y descansa.</translation>
    </message>
    <message>
        <source>Gentle stretch</source>
        <translation>Estiramiento suave</translation>
    </message>
    <message>
        <source>Gentle Hamstring Stretch</source>
        <translation>Estiramiento suave de isquiotibiales</translation>
    </message>
    <message>
        <source>Stretch very gently and in a controlled way as the inflammation recedes: no overstretching early. Lie on your back, one knee bent with the foot flat, a towel looped around the other foot. Each stretch: slowly raise the straight leg with the towel until you feel a mild stretch behind the thigh, and hold it still. No bouncing, and stop well before any pain. Then lower the leg slowly. You stretch your left leg first, then your right.</source>
        <translation>Estira muy suavemente y con control a medida que baja la inflamación: al principio, nada de estirar de más. Acuéstate boca arriba, con una rodilla doblada y el pie apoyado, y una toalla pasada por la planta del otro pie. En cada estiramiento: sube despacio la pierna estirada con la toalla hasta notar un estiramiento leve detrás del muslo, y mantenla quieta. Sin rebotes, y detente mucho antes de sentir dolor. Luego baja la pierna despacio. Estiras primero la pierna izquierda y luego la derecha.</translation>
    </message>
    <message>
        <source>Gentle stretch done on both legs.</source>
        <translation>Estiramiento suave hecho con las dos piernas.</translation>
    </message>
    <message>
        <source>Increase flexibility little by little with controlled stretches as the inflammation recedes; never stretch into pain.</source>
        <translation>Aumenta la flexibilidad poco a poco con estiramientos controlados a medida que baja la inflamación; nunca estires hasta sentir dolor.</translation>
    </message>
    <message>
        <source>Each stretch</source>
        <translation>Cada estiramiento</translation>
    </message>
    <message>
        <source>Stretches per leg</source>
        <translation>Estiramientos por pierna</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Descanso entre estiramientos</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, few to avoid overstretching; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, pocos para no estirar de más; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to move the towel; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para cambiar la toalla de pie; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to lie down with the towel; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para acostarte con la toalla; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>Lie on your back, right knee bent with the foot flat, the towel looped around your left foot.</source>
        <translation>Acuéstate boca arriba, con la rodilla derecha doblada y el pie apoyado, y la toalla pasada por la planta del pie izquierdo.</translation>
    </message>
    <message>
        <source>Slowly raise the straight leg until you feel a mild stretch behind the thigh. Hold it still: no bouncing, stop well before any pain.</source>
        <translation>Sube despacio la pierna estirada hasta notar un estiramiento leve detrás del muslo. Mantenla quieta: sin rebotes, y detente mucho antes de sentir dolor.</translation>
    </message>
    <message>
        <source>Lower the leg slowly and relax.</source>
        <translation>Baja la pierna despacio y relájate.</translation>
    </message>
    <message>
        <source>Switch legs: left knee bent, towel around your right foot.</source>
        <translation>Cambia de pierna: rodilla izquierda doblada, toalla en el pie derecho.</translation>
    </message>
    <message>
        <source>Hamstring curl</source>
        <translation>Curl de isquiotibiales</translation>
    </message>
    <message>
        <source>Standing Hamstring Curl (strength, from around 4–6 weeks)</source>
        <translation>Curl de isquiotibiales de pie (fuerza, desde las 4–6 semanas)</translation>
    </message>
    <message>
        <source>Reintroduce hamstring curls around 4–6 weeks into rehab, and only if you are feeling good. Stand tall, holding the back of a chair. Each curl: slowly bend one knee, bringing your heel up behind you toward your buttock, then slowly lower it. Keep your knees side by side and your back straight. Stop at the first sharp pain. You do every set with your left leg, then switch to your right.</source>
        <translation>Retoma los curls de isquiotibiales hacia las 4–6 semanas de rehabilitación, y solo si te encuentras bien. Ponte de pie, con la espalda recta, sujetándote al respaldo de una silla. En cada curl: dobla una rodilla despacio, subiendo el talón por detrás hacia el glúteo, y luego bájalo despacio. Mantén las rodillas juntas y la espalda recta. Detente ante el primer dolor agudo. Haces todas las series con la pierna izquierda y luego cambias a la derecha.</translation>
    </message>
    <message>
        <source>Hamstring curls done on both legs. Rest now.</source>
        <translation>Curls de isquiotibiales hechos con las dos piernas. Ahora descansa.</translation>
    </message>
    <message>
        <source>Keep doing your hamstring exercises routinely, and strengthen your core and glutes: it helps stop the injury coming back.</source>
        <translation>Sigue haciendo tus ejercicios de isquiotibiales como rutina y fortalece el tronco y los glúteos: así ayudas a evitar una recaída.</translation>
    </message>
    <message>
        <source>Each curl, up and down</source>
        <translation>Cada curl, subir y bajar</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand at the chair; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para ponerte junto a la silla; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>Stand tall holding the back of a chair. You start with your left leg.</source>
        <translation>Ponte de pie, con la espalda recta, sujetándote al respaldo de una silla. Empiezas con la pierna izquierda.</translation>
    </message>
    <message>
        <source>Slowly bend your knee, heel up behind you toward your buttock, then slowly lower it.</source>
        <translation>Dobla la rodilla despacio, subiendo el talón por detrás hacia el glúteo, y luego bájalo despacio.</translation>
    </message>
    <message>
        <source>Foot down. Stand tall.</source>
        <translation>Baja el pie. Espalda recta.</translation>
    </message>
    <message>
        <source>Switch legs: now curl your right leg.</source>
        <translation>Cambia de pierna: ahora trabaja la pierna derecha.</translation>
    </message>
    <message>
        <source>Rest between sets. Both feet on the floor.</source>
        <translation>Descanso entre series. Los dos pies en el suelo.</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Hielo</translation>
    </message>
    <message>
        <source>Ice application</source>
        <translation>Aplicación de hielo</translation>
    </message>
    <message>
        <source>Wrap the ice pack in a towel before it touches you: ice straight on the skin can damage it. Sit or lie with the leg raised if you can.</source>
        <translation>Envuelve la bolsa de hielo en una toalla antes de que te toque: el hielo directamente sobre la piel puede dañarla. Siéntate o acuéstate con la pierna elevada si puedes.</translation>
    </message>
    <message>
        <source>Ice done: take the pack off now.</source>
        <translation>Hielo terminado: quítate ya la bolsa.</translation>
    </message>
    <message>
        <source>Ice every few hours, especially in the first 48 hours.</source>
        <translation>Ponte hielo cada pocas horas, sobre todo durante las primeras 48 horas.</translation>
    </message>
    <message>
        <source>Ice for</source>
        <translation>Hielo durante</translation>
    </message>
    <message>
        <source>the protocol ices 15–20 minutes, never longer</source>
        <translation>el protocolo indica 15–20 min de hielo, nunca más</translation>
    </message>
    <message>
        <source>time to wrap the pack and settle</source>
        <translation>tiempo para envolver la bolsa y acomodarte</translation>
    </message>
    <message>
        <source>Wrap the ice pack in a towel. Never put ice straight on the skin.</source>
        <translation>Envuelve la bolsa de hielo en una toalla. Nunca pongas el hielo directamente sobre la piel.</translation>
    </message>
    <message>
        <source>Keep the towel-wrapped pack on the sore spot. Rest, and raise the leg if you can.</source>
        <translation>Mantén la bolsa envuelta en la toalla sobre la zona dolorida. Descansa y eleva la pierna si puedes.</translation>
    </message>
    <message>
        <source>Nordic curl</source>
        <translation>Curl nórdico</translation>
    </message>
    <message>
        <source>Nordic Curl (strength)</source>
        <translation>Curl nórdico (fuerza)</translation>
    </message>
    <message>
        <source>Resistance work for long-term rehab: only once you are pain-free. Kneel on something soft with your ankles held down (hooked under a heavy sofa, or held by a partner), body straight from knees to shoulders. Each rep: lower yourself forward as slowly as you can, using your hamstrings, and catch yourself with your hands when you can no longer control it; then push back up with your hands. It is hard work: lower only as far as you can control. Stop at the first sharp pain.</source>
        <translation>Trabajo de resistencia para la rehabilitación a largo plazo: solo cuando ya no tengas dolor. Arrodíllate sobre algo blando con los tobillos sujetos (enganchados bajo un sofá pesado o sujetos por otra persona), con el cuerpo recto de las rodillas a los hombros. En cada repetición: inclínate hacia delante lo más despacio que puedas, frenando con los isquiotibiales, y apóyate en las manos cuando ya no puedas controlarlo; luego empújate con las manos para volver arriba. Es un ejercicio duro: baja solo hasta donde puedas controlar. Detente ante el primer dolor agudo.</translation>
    </message>
    <message>
        <source>Nordic curls done. Rest now.</source>
        <translation>Curls nórdicos hechos. Ahora descansa.</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Each lowering</source>
        <translation>Cada descenso</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Descanso entre repeticiones</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, few because the exercise is hard; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, pocas porque el ejercicio es duro; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to push back up and recover; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para volver arriba y recuperarte; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to kneel and anchor your ankles; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para arrodillarte y sujetar los tobillos; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>Kneel on something soft with your ankles held down. Body upright, straight from knees to shoulders.</source>
        <translation>Arrodíllate sobre algo blando con los tobillos sujetos. Cuerpo erguido, recto de las rodillas a los hombros.</translation>
    </message>
    <message>
        <source>Lower yourself forward as slowly as you can, straight from knees to shoulders. Catch yourself with your hands.</source>
        <translation>Inclínate hacia delante lo más despacio que puedas, recto de las rodillas a los hombros. Apóyate en las manos.</translation>
    </message>
    <message>
        <source>Push back up with your hands to kneeling, and rest.</source>
        <translation>Empújate con las manos para volver a quedar de rodillas, y descansa.</translation>
    </message>
    <message>
        <source>Rest between sets. Sit back on your heels or stand up and walk about.</source>
        <translation>Descanso entre series. Siéntate sobre los talones o levántate y camina un poco.</translation>
    </message>
    <message>
        <source>Squat</source>
        <translation>Sentadilla</translation>
    </message>
    <message>
        <source>Squat (strength, from around 4–6 weeks)</source>
        <translation>Sentadilla (fuerza, desde las 4–6 semanas)</translation>
    </message>
    <message>
        <source>Reintroduce squats around 4–6 weeks into rehab, and only if you are feeling good. Stand with your feet about shoulder-width apart. Each squat: slowly bend your knees and hips, sitting back as if onto a chair, chest up and heels down, then slowly stand back up. Go only as low as is comfortable; a chair behind you is a good guide. Stop at the first sharp pain.</source>
        <translation>Retoma las sentadillas hacia las 4–6 semanas de rehabilitación, y solo si te encuentras bien. Ponte de pie con los pies más o menos a la anchura de los hombros. En cada sentadilla: dobla despacio las rodillas y la cadera, llevando la cadera hacia atrás como si fueras a sentarte en una silla, con el pecho arriba y los talones en el suelo, y luego vuelve a subir despacio. Baja solo hasta donde te resulte cómodo; una silla detrás de ti es una buena guía. Detente ante el primer dolor agudo.</translation>
    </message>
    <message>
        <source>Squats done. Rest now.</source>
        <translation>Sentadillas hechas. Ahora descansa.</translation>
    </message>
    <message>
        <source>Squats per set</source>
        <translation>Sentadillas por serie</translation>
    </message>
    <message>
        <source>Each squat, down and up</source>
        <translation>Cada sentadilla, bajar y subir</translation>
    </message>
    <message>
        <source>Pause between squats</source>
        <translation>Pausa entre sentadillas</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand in place; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para colocarte en posición; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>Stand with your feet about shoulder-width apart, a chair behind you as a guide.</source>
        <translation>Ponte de pie con los pies más o menos a la anchura de los hombros y una silla detrás como guía.</translation>
    </message>
    <message>
        <source>Slowly sit back and down, chest up and heels down, then slowly stand back up.</source>
        <translation>Baja despacio llevando la cadera hacia atrás, pecho arriba y talones en el suelo, y luego vuelve a subir despacio.</translation>
    </message>
    <message>
        <source>Stand tall.</source>
        <translation>De pie, con la espalda recta.</translation>
    </message>
    <message>
        <source>Rest between sets. Walk about or sit down.</source>
        <translation>Descanso entre series. Camina un poco o siéntate.</translation>
    </message>
    <message>
        <source>Single-leg windmill</source>
        <translation>Molino a una pierna</translation>
    </message>
    <message>
        <source>Single-Leg Windmill (mobility)</source>
        <translation>Molino a una pierna (movilidad)</translation>
    </message>
    <message>
        <source>Mobility work for long-term rehab, once the first inflammation has settled. Stand on one leg. Each reach: slowly hinge at the hips, reaching toward your foot, then return to standing in a controlled motion. Reach only as far as is comfortable, and keep a wall or chair within reach for balance. Stop at the first sharp pain. You do every reach standing on your left leg, then switch and do them on your right.</source>
        <translation>Trabajo de movilidad para la rehabilitación a largo plazo, cuando la inflamación inicial ya haya bajado. Ponte de pie sobre una pierna. En cada molino: inclínate despacio desde la cadera, llevando la mano hacia el pie, y vuelve a ponerte de pie con un movimiento controlado. Baja solo hasta donde te resulte cómodo, y ten una pared o una silla al alcance para mantener el equilibrio. Detente ante el primer dolor agudo. Haces todos los molinos de pie sobre la pierna izquierda y luego cambias a la derecha.</translation>
    </message>
    <message>
        <source>Windmills done on both legs. Stand easy for a moment.</source>
        <translation>Molinos hechos con las dos piernas. Quédate de pie, relajadamente, un momento.</translation>
    </message>
    <message>
        <source>Keep doing your hamstring exercises routinely, with a warm-up first: finishing the rehab helps stop the injury coming back.</source>
        <translation>Sigue haciendo tus ejercicios de isquiotibiales como rutina, calentando antes: completar la rehabilitación ayuda a evitar una recaída.</translation>
    </message>
    <message>
        <source>Reaches per leg</source>
        <translation>Molinos por pierna</translation>
    </message>
    <message>
        <source>Each reach, down and up</source>
        <translation>Cada molino, bajar y subir</translation>
    </message>
    <message>
        <source>Rest between reaches</source>
        <translation>Descanso entre molinos</translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand and find your balance; the protocol gives no number</source>
        <translation>valor por defecto de hamtimer, tiempo para ponerte de pie y encontrar el equilibrio; el protocolo no da ninguna cifra</translation>
    </message>
    <message>
        <source>Stand tall on your left leg, the other foot just off the floor. Keep a wall or chair within reach.</source>
        <translation>Ponte de pie sobre la pierna izquierda, con el otro pie apenas separado del suelo. Ten una pared o una silla al alcance.</translation>
    </message>
    <message>
        <source>Slowly hinge at the hips, reaching toward your foot, then return to standing in a controlled motion.</source>
        <translation>Inclínate despacio desde la cadera, llevando la mano hacia el pie, y vuelve a ponerte de pie con un movimiento controlado.</translation>
    </message>
    <message>
        <source>Stand tall and steady yourself.</source>
        <translation>Ponte de pie, con la espalda recta, y recupera el equilibrio.</translation>
    </message>
    <message>
        <source>Switch legs: now stand on your right leg.</source>
        <translation>Cambia de pierna: ahora apóyate en la pierna derecha.</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>Tones: a different sound for each cue</source>
        <translation>Tonos: un sonido distinto para cada aviso</translation>
    </message>
    <message>
        <source>Voice: each cue spoken</source>
        <translation>Voz: cada aviso en voz alta</translation>
    </message>
    <message>
        <source>Silent: cues on screen only</source>
        <translation>Silencio: avisos solo en pantalla</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>&amp;Avisos</translation>
    </message>
    <message>
        <source>&amp;Floor mode: sessions full screen, huge digits</source>
        <translation>&amp;Modo suelo: sesiones a pantalla completa, cifras enormes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>the settings must be a JSON object</source>
        <translation>la configuración debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1</source>
        <translation>{field} debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>{field} must be a number from 0.0 to 1.0</source>
        <translation>{field} debe ser un número de 0.0 a 1.0</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}</source>
        <translation>{field} debe ser uno de estos: {allowed}</translation>
    </message>
    <message>
        <source>{field} must be a string</source>
        <translation>{field} debe ser un texto</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} debe ser true o false</translation>
    </message>
    <message>
        <source>Your settings file {file} could not be opened ({reason}), so the default settings are used.</source>
        <translation>No se pudo abrir tu archivo de configuración {file} ({reason}), así que se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Your settings file {file} was saved by a newer version of hamtimer, and it could not be moved aside ({reason}). The default settings are used.</source>
        <translation>Tu archivo de configuración {file} se guardó con una versión más reciente de hamtimer y no se pudo mover a otro sitio ({reason}). Se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Your settings file {file} could not be read ({error}), and it could not be moved aside ({reason}). The default settings are used.</source>
        <translation>No se pudo leer tu archivo de configuración {file} ({error}) ni moverlo a otro sitio ({reason}). Se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Your settings file was saved by a newer version of hamtimer, so the default settings are used. The original file was kept at {kept_at}.</source>
        <translation>Tu archivo de configuración se guardó con una versión más reciente de hamtimer, así que se usa la configuración predeterminada. El archivo original se guardó en {kept_at}.</translation>
    </message>
    <message>
        <source>Your settings file could not be read ({error}), so the default settings are used. The original file was kept at {kept_at}.</source>
        <translation>No se pudo leer tu archivo de configuración ({error}), así que se usa la configuración predeterminada. El archivo original se guardó en {kept_at}.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>No audio output device was found, so cues are shown on screen only.</source>
        <translation>No se encontró ninguna salida de audio, así que los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>Sound support could not be loaded, so cues are shown on screen only.</source>
        <translation>No se pudo cargar el sonido, así que los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>Sound stopped working ({error}).</source>
        <translation>El sonido dejó de funcionar ({error}).</translation>
    </message>
    <message>
        <source>The cue sounds were not found ({error}).</source>
        <translation>No se encontraron los sonidos de los avisos ({error}).</translation>
    </message>
    <message>
        <source>The {file} sound could not be played, so cues are shown on screen only.</source>
        <translation>No se pudo reproducir el sonido {file}, así que los avisos solo se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>SoundControls</name>
    <message>
        <source>Mute  (M)</source>
        <translation>Silenciar  (M)</translation>
    </message>
    <message>
        <source>Mute sound cues</source>
        <translation>Silenciar los avisos</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Sonido:</translation>
    </message>
    <message>
        <source>Sound unavailable: {reason}</source>
        <translation>Sonido no disponible: {reason}</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>{name} {done} of {target} — done for today</source>
        <translation>{name} {done} de {target} — listo por hoy</translation>
    </message>
    <message>
        <source>{name} {done} of {target} — next from {time}</source>
        <translation>{name} {done} de {target} — la próxima desde las {time}</translation>
    </message>
    <message>
        <source>{name} {done} of {target}</source>
        <translation>{name} {done} de {target}</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged today yet.</source>
        <translation>Todavía no hay nada registrado hoy.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>{done}/{planned} reps, {held} held</source>
        <translation>{done}/{planned} repeticiones, {held} de ejercicio</translation>
    </message>
    <message>
        <source>{held} of ice</source>
        <translation>{held} de hielo</translation>
    </message>
    <message>
        <source>{held} held</source>
        <translation>{held} de ejercicio</translation>
    </message>
    <message>
        <source>{time}  {session} — {outcome}, {detail}</source>
        <translation>{time}  {session} — {outcome}, {detail}</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Rest</source>
        <translation>Reposo</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Hielo</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compresión</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Elevación</translation>
    </message>
    <message>
        <source>The day the pain started</source>
        <translation>El día en que empezó el dolor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the day the pain started</source>
        <translation>Guardar el día en que empezó el dolor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>RICE today</source>
        <translation>RICE hoy</translation>
    </message>
    <message>
        <source>How does it feel this morning?</source>
        <translation>¿Cómo lo notas esta mañana?</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Siguiente etapa</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>An earlier stage to step back to</source>
        <translation>Una etapa anterior a la que volver</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Volver atrás</translation>
    </message>
    <message>
        <source>I re-injured it</source>
        <translation>Me volví a lesionar</translation>
    </message>
    <message>
        <source>It limits my daily activities</source>
        <translation>Me limita en mis actividades diarias</translation>
    </message>
    <message>
        <source>Stage {number} of {count} · {name}</source>
        <translation>Etapa {number} de {count} · {name}</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>Empezar {name}</translation>
    </message>
    <message>
        <source>Rest today.</source>
        <translation>Hoy toca descansar.</translation>
    </message>
    <message>
        <source>You can move on to: {stage}</source>
        <translation>Puedes pasar a: {stage}</translation>
    </message>
    <message>
        <source>Next: {stage}</source>
        <translation>Siguiente: {stage}</translation>
    </message>
    <message>
        <source>Move on to {stage}</source>
        <translation>Pasar a {stage}</translation>
    </message>
    <message>
        <source>The pain started on</source>
        <translation>El dolor empezó el</translation>
    </message>
    <message>
        <source>Step back to</source>
        <translation>Volver a</translation>
    </message>
</context>
<context>
    <name>VoiceLine</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Ice on</source>
        <translation>Pon el hielo</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Cambia de pierna</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estira</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Tres</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Ice off</source>
        <translation>Quita el hielo</translation>
    </message>
    <message>
        <source>Rep {n}</source>
        <translation>Repetición {n}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Export report for your clinician…</source>
        <translation>Exportar informe para tu profesional sanitario…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Finish the session first.</source>
        <translation>Termina primero la sesión.</translation>
    </message>
</context>
</TS>
