<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Preferences</name>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>First 48 hours: rest and RICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isometric bridge holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance, once pain-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squats and hamstring curls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest, ice every few hours, compression and elevation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge holds of 10–15 seconds, 2–3 at a time, 1–2 times a day, without pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg windmills and very gentle stretching, with your bridge holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordic curls and banded hamstring flexion, with windmills and stretching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around weeks 4–6, if feeling good: squats and hamstring curls join in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the hamstring exercises routine so it does not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the activity at the first nagging pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest: no running, jumping or long sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice 15–20 minutes every few hours. Always wrap the pack in a towel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression: a wrap or sleeve helps with swelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation: raise the leg to reduce swelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract the hamstrings with no pain; lower slowly and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep icing after activity if it helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly and in control; stop at sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch very gently: no overstretching early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while pain-free; step back a stage if the pain returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintroduce squats and curls only if you feel good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep doing the hamstring exercises routinely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthen your core and glutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm up before activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid long sitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Banded flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banded Hamstring Flexion (strength)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance work for long-term rehab: only once you are pain-free. Lie face down. Loop a resistance band around one ankle and tie the other end to something solid beyond your feet (a table leg, a closed door). Each curl: slowly bend your knee, bringing your heel toward your buttock against the band, then slowly straighten it. Choose a band light enough to control every curl. Stop at the first sharp pain. You do every set with your left leg, then switch to your right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banded flexion done on both legs. Take the band off and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do resistance work only while you are pain-free. If pain is not improving after 1–2 weeks, or keeps getting worse, see a professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curls per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each curl, bend and straighten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between curls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, slow and controlled; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to move the band; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to fix the band and lie down; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie face down, the band around your left ankle and tied to something solid beyond your feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly bend your knee, heel toward your buttock against the band, then slowly straighten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg down. Relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs: move the band to your right ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets. Keep the band on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Leg Isometric Hamstring Bridge Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor. Each hold: press your heels into the floor and lift your hips to a straight line from shoulders to knees. Stop at the first sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower slowly and rest. That is one set of bridge holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge holds are done 1–2 times a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol holds 10–15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol does 2–3 repetitions, 1–2 times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default; the protocol says only to lower slowly and rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to lie down and settle before the first hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press your heels into the floor and lift your hips: shoulders to knees in a straight line. Contract your hamstrings without pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower slowly and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle Hamstring Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch very gently and in a controlled way as the inflammation recedes: no overstretching early. Lie on your back, one knee bent with the foot flat, a towel looped around the other foot. Each stretch: slowly raise the straight leg with the towel until you feel a mild stretch behind the thigh, and hold it still. No bouncing, and stop well before any pain. Then lower the leg slowly. You stretch your left leg first, then your right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle stretch done on both legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase flexibility little by little with controlled stretches as the inflammation recedes; never stretch into pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, few to avoid overstretching; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to move the towel; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to lie down with the towel; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back, right knee bent with the foot flat, the towel looped around your left foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly raise the straight leg until you feel a mild stretch behind the thigh. Hold it still: no bouncing, stop well before any pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the leg slowly and relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs: left knee bent, towel around your right foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstring curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing Hamstring Curl (strength, from around 4–6 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintroduce hamstring curls around 4–6 weeks into rehab, and only if you are feeling good. Stand tall, holding the back of a chair. Each curl: slowly bend one knee, bringing your heel up behind you toward your buttock, then slowly lower it. Keep your knees side by side and your back straight. Stop at the first sharp pain. You do every set with your left leg, then switch to your right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstring curls done on both legs. Rest now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep doing your hamstring exercises routinely, and strengthen your core and glutes: it helps stop the injury coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each curl, up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand at the chair; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall holding the back of a chair. You start with your left leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly bend your knee, heel up behind you toward your buttock, then slowly lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot down. Stand tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs: now curl your right leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets. Both feet on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap the ice pack in a towel before it touches you: ice straight on the skin can damage it. Sit or lie with the leg raised if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice done: take the pack off now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice every few hours, especially in the first 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol ices 15–20 minutes, never longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to wrap the pack and settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap the ice pack in a towel. Never put ice straight on the skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the towel-wrapped pack on the sore spot. Rest, and raise the leg if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordic curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordic Curl (strength)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance work for long-term rehab: only once you are pain-free. Kneel on something soft with your ankles held down (hooked under a heavy sofa, or held by a partner), body straight from knees to shoulders. Each rep: lower yourself forward as slowly as you can, using your hamstrings, and catch yourself with your hands when you can no longer control it; then push back up with your hands. It is hard work: lower only as far as you can control. Stop at the first sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordic curls done. Rest now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lowering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, few because the exercise is hard; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to push back up and recover; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to kneel and anchor your ankles; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on something soft with your ankles held down. Body upright, straight from knees to shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower yourself forward as slowly as you can, straight from knees to shoulders. Catch yourself with your hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push back up with your hands to kneeling, and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets. Sit back on your heels or stand up and walk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squat (strength, from around 4–6 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintroduce squats around 4–6 weeks into rehab, and only if you are feeling good. Stand with your feet about shoulder-width apart. Each squat: slowly bend your knees and hips, sitting back as if onto a chair, chest up and heels down, then slowly stand back up. Go only as low as is comfortable; a chair behind you is a good guide. Stop at the first sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squats done. Rest now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squats per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each squat, down and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between squats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand in place; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your feet about shoulder-width apart, a chair behind you as a guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly sit back and down, chest up and heels down, then slowly stand back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets. Walk about or sit down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg windmill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-Leg Windmill (mobility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility work for long-term rehab, once the first inflammation has settled. Stand on one leg. Each reach: slowly hinge at the hips, reaching toward your foot, then return to standing in a controlled motion. Reach only as far as is comfortable, and keep a wall or chair within reach for balance. Stop at the first sharp pain. You do every reach standing on your left leg, then switch and do them on your right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windmills done on both legs. Stand easy for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep doing your hamstring exercises routinely, with a warm-up first: finishing the rehab helps stop the injury coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reach, down and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamtimer&apos;s default, time to stand and find your balance; the protocol gives no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall on your left leg, the other foot just off the floor. Keep a wall or chair within reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly hinge at the hips, reaching toward your foot, then return to standing in a controlled motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall and steady yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs: now stand on your right leg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>Tones: a different sound for each cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice: each cue spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent: cues on screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor mode: sessions full screen, huge digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
