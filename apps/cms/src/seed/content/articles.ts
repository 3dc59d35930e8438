import type { DemoArticle } from './types'
import { allContraindicationSlugs } from './contraindications'

/**
 * Demo articles, written for this project in plain language (US grade 8 or below, no dosing advice).
 * Citation markers in each body use only that article's `citations`, listed in order of first use.
 */
export const demoArticles: DemoArticle[] = [
  {
    title: 'What is ketamine-assisted therapy?',
    slug: 'what-is-ketamine-assisted-therapy',
    summary:
      'A plain guide to ketamine-assisted therapy. Learn where it came from and which form is FDA approved. See what it can and cannot do.',
    audience: 'patients',
    conditions: ['treatment-resistant-depression', 'depression-with-suicidal-thoughts'],
    contraindications: [],
    citations: ['berman2000', 'zarate2006', 'murrough2013', 'spravato-label', 'grabski2022', 'mcintyre2021', 'sanacora2017'],
    body: `## A medicine with a long history

Ketamine is a medicine that doctors have used for more than 50 years. It was first made to put people to sleep for surgery. It is still used in hospitals and in emergency care. It is also used to ease pain.

In 2000, a small study tried ketamine in people with depression. Many of them felt better within days, not weeks.[@berman2000] This was a big surprise. Most depression medicines take several weeks to work. Larger studies since then have found much the same.[@zarate2006][@murrough2013]

## Ketamine and esketamine

Ketamine is made of two forms that are mirror images of each other, like your left and right hands. Esketamine is one of those two forms. It comes as a nasal spray called SPRAVATO.

In the US, the FDA has approved the esketamine spray for two uses in adults:[@spravato-label]

- Depression that has not improved after trying other treatments. This is called treatment-resistant depression.
- Depression with sudden thoughts of suicide or suicidal actions.

All other uses of ketamine for mental health are off-label. Off-label means a doctor uses an approved medicine for a purpose that is not on its official label. This is legal and common. But it means the FDA has not reviewed the proof for that use.

## What "ketamine-assisted therapy" means

People use this phrase in different ways. It helps to ask a clinic what they mean by it. Most programs fit one of these two models:

1. **Medicine with monitoring.** You get ketamine or esketamine in a clinic. Staff watch you closely until the effects wear off. You keep seeing your own therapist or doctor.
2. **Medicine plus therapy.** A therapist meets with you before and after each session. Some also stay with you during it. The aim is to use the days after a session to work on thoughts, feelings and habits.

Research on the second model is newer. An early trial in alcohol use disorder paired ketamine with talk therapy. The results were hopeful.[@grabski2022] But we do not yet know how much the therapy adds.

## Who might consider it

Ketamine is usually not the first treatment to try. Experts suggest it for people whose depression has not improved enough with other care.[@mcintyre2021] A clinic should check your health with care before you start. This includes your blood pressure, heart health, mental health history, and any alcohol or drug use.[@sanacora2017] Some people should not have ketamine at all. You can read more in our guide to [who should not have ketamine](/contraindications).

## What it can and cannot do

Ketamine can help some people feel better quickly. But it does not help everyone. For many people, the benefit of one treatment fades within days to a week or two.[@zarate2006] That is why clinics plan a course of treatment and a follow-up plan with you.

> [!info] Good to know
> Ketamine is not a cure. It works best as one part of a wider care plan. That plan may include therapy, other medicines, and support from people you trust.

Ketamine also has side effects. During a session, you may feel cut off from your body or your surroundings. Your blood pressure may go up for a while. These effects usually pass within a couple of hours. Ketamine can also be misused, so clinics keep it under tight control.

## Questions to ask a clinic

- Which form of ketamine do you use? Is it FDA approved for my condition?
- Who will watch me during and after each session?
- Is therapy part of the program, and who provides it?
- How will we decide if it is working?
- What will it cost, and will my insurance cover it?`,
  },
  {
    title: 'How ketamine works in the brain',
    slug: 'how-ketamine-works-in-the-brain',
    summary:
      'Ketamine works on a brain chemical called glutamate. Learn what scientists think it does to brain cells and the links between them. We also explain what is still not known.',
    audience: 'patients',
    conditions: ['treatment-resistant-depression'],
    contraindications: [],
    citations: ['krystal2019', 'berman2000', 'zarate2006', 'mcintyre2021', 'short2018'],
    body: `## Brain cells talk with chemicals

Your brain has billions of nerve cells. They pass messages to each other using chemicals. The tiny gap where two cells meet is called a synapse. One cell sends out a chemical, and the next cell picks it up with a receptor. A receptor works like a lock, and the chemical is the key.

Most depression medicines work on chemicals such as serotonin. Ketamine works on a different one, called glutamate. Glutamate is the brain's main "go" signal. It helps cells fire, and it helps us learn and form memories.[@krystal2019]

## What ketamine does first

Ketamine blocks one type of glutamate receptor. It is called the NMDA receptor. NMDA is short for a long chemical name.

Scientists think this sets off a chain of events:[@krystal2019]

1. Ketamine blocks NMDA receptors on some brain cells whose job is to calm things down.
2. With less calming, there is a short burst of glutamate.
3. This burst switches on other receptors, called AMPA receptors.
4. That leads to the release of growth signals, such as a protein called BDNF.
5. These signals help brain cells grow new links, or synapses.

In animal studies, long-term stress can shrink these links in parts of the brain that control mood. Ketamine seems to help them regrow within hours to days.[@krystal2019] This may help explain why ketamine can act faster than most depression medicines.[@berman2000]

## A window for change?

Some researchers think there may be a short window after treatment. During this time, the brain may be more open to change. This is one reason some clinics pair ketamine with therapy. The hope is that new ways of thinking can take hold more easily. This idea is hopeful, but it has not been fully tested in people.

## What we still do not know

It is important to be honest about the gaps. Scientists are still working on many questions:

- **Which effect matters most.** Blocking NMDA receptors may not be the whole story. Ketamine also acts on other parts of the brain, and these may play a role too.[@krystal2019]
- **The role of the "trip".** Many people feel detached or dreamlike during a session. We do not know if this feeling is needed for the benefit. Studies disagree.
- **Why it helps some people and not others.** There is no test yet to predict who will respond.
- **How long the changes last.** The mood benefit often fades within days or weeks.[@zarate2006] We do not know the best way to keep it going.
- **Long-term effects.** Most studies have followed people for months, not years.[@mcintyre2021]

## Ketamine and esketamine

Ketamine is made of two mirror-image forms. Esketamine is one of them. It fits more tightly into NMDA receptors. Both seem to work in similar ways. But they have not been compared well in large trials. So we cannot yet say if one works better than the other.

> [!info] What this means for you
> You do not need to understand brain chemistry to choose a treatment. But it can help to know that ketamine works in a different way from most depression medicines. This may be why it helps some people when other medicines have not.

## Why this matters for safety

Glutamate plays a part in almost everything the brain does. That is why ketamine can change how you see, hear and feel for a short time. It is also why heavy, frequent misuse of ketamine has been linked to problems with memory and thinking.[@short2018] In a clinic, staff watch you closely and plan your care to keep these risks low.`,
  },
  {
    title: 'Ways ketamine is given: IV, shots, lozenges and nasal spray',
    slug: 'ways-ketamine-is-given',
    summary:
      'Ketamine can be given by IV drip, by a shot, by mouth, or as a nasal spray called SPRAVATO. Learn how each one works and which is FDA approved. See what safety checks to expect.',
    audience: 'patients',
    conditions: ['treatment-resistant-depression', 'depression-with-suicidal-thoughts'],
    contraindications: [],
    citations: ['murrough2013', 'anand2023', 'spravato-label', 'popova2019', 'sanacora2017', 'mcintyre2021'],
    body: `## There is more than one way

Ketamine can reach your body in several ways. Doctors call these routes. Each route works at a different speed and has different rules. The right route for you is a choice to make with your clinician. It depends on your health, your condition, your budget and what is offered near you.

## IV infusion

IV stands for intravenous, which means "into a vein". A nurse places a thin tube in your arm. The medicine drips in slowly over a set time, often less than an hour.

IV ketamine is one of the most studied routes for depression.[@murrough2013] One large trial looked at people with hard-to-treat depression without psychosis. IV ketamine did at least as well as electroconvulsive therapy (ECT).[@anand2023] Still, IV ketamine for depression is off-label. One benefit of IV is control. Staff can slow or stop the drip at any time.

## IM injection

IM stands for intramuscular, which means "into a muscle". You get a shot, often in the upper arm. It starts to work quickly. Fewer studies have looked at this route for depression. It is also off-label.

## Oral and sublingual ketamine

Oral means "by mouth". Sublingual means "under the tongue". Some clinics use lozenges or tablets that melt in the mouth. Less of the medicine reaches the brain this way. The effect can also vary more from person to person. There is much less research on this route, and it is off-label too.

Some programs let people use lozenges at home under strict rules. If you are offered this, ask about safety checks and safe storage. Ask who will be with you, and who to call if something goes wrong.

## Esketamine nasal spray (SPRAVATO)

Esketamine is a close cousin of ketamine. The nasal spray is the only ketamine-type medicine the FDA has approved for depression. It is approved for adults with treatment-resistant depression. It is also approved for adults with depression who have sudden suicidal thoughts or actions.[@spravato-label] In trials, adding the spray to an antidepressant pill helped more than a placebo spray.[@popova2019]

Strict safety rules apply to the spray. They are part of an FDA program called a REMS. REMS stands for Risk Evaluation and Mitigation Strategy.[@spravato-label] Under these rules:

- You only use the spray in a certified clinic or doctor's office. You never take it home.
- You spray it into your own nose while a health worker watches.
- Staff check your blood pressure before and after each dose.
- Staff watch you for at least 2 hours after each dose. They make sure you are stable before you leave.
- You must not drive or use machines until the next day, after a restful night's sleep.

> [!warning] Plan your ride home
> After any treatment in a clinic, you should not drive yourself home. Arrange for a trusted adult to take you. Ask your clinic what other options it allows.

## Comparing the routes

- **Most studied:** IV ketamine and the esketamine spray.
- **FDA approved for depression:** only the esketamine spray.
- **Most control during a session:** IV infusion.
- **Least research:** oral and sublingual forms.

Expert groups agree that every route needs careful screening and monitoring.[@sanacora2017] They also stress that long-term data are still limited.[@mcintyre2021]

## Questions to ask

- Why do you suggest this route for me?
- Is it FDA approved for my condition, or off-label?
- How long will I stay at the clinic after each session?
- Does my insurance cover this route?`,
  },
  {
    title: 'Side effects of ketamine treatment',
    slug: 'side-effects-of-ketamine-treatment',
    summary:
      'Most side effects are short. You may feel detached, sick, dizzy or sleepy, and your blood pressure may rise. Learn about rare and long-term risks, such as bladder harm and misuse. Know when to tell your team.',
    audience: 'patients',
    conditions: ['treatment-resistant-depression'],
    contraindications: ['uncontrolled-hypertension', 'active-substance-misuse'],
    citations: ['short2018', 'spravato-label'],
    body: `## Most side effects are short-lived

Like all medicines, ketamine and esketamine can cause side effects. Most start during a session and fade within about two hours.[@short2018] Your care team will watch you during this time. Knowing what to expect can make a session feel less strange.

## Common effects during a session

- **Feeling detached.** You may feel apart from your body, as if in a dream. Time, sound or light may seem odd. Doctors call this dissociation. It is the most common effect.[@spravato-label] For many people, it feels milder after the first few sessions.
- **Nausea.** Some people feel sick to their stomach or throw up. Your clinic may ask you not to eat for a while before a session.
- **Dizziness.** You may feel unsteady, or feel the room spin. Stay seated until staff say it is safe to stand.
- **Higher blood pressure.** Blood pressure and heart rate often rise for a short time. The rise is usually largest in the first hour.[@spravato-label] Staff check your blood pressure before and after each dose.
- **Sleepiness.** You may feel very drowsy. Rarely, people become hard to wake, or their breathing slows.[@spravato-label] This is one reason staff watch you closely.
- **Anxiety.** Some people feel uneasy or scared as the effects start.[@short2018] Staff can help you feel calmer.
- **Other effects.** Numbness, headache, blurred vision or a strange taste can happen. These are usually mild.

## After you leave the clinic

You may feel tired or foggy for the rest of the day. Your judgment and reaction time may be slower than you think. Do not drive or use machines until the next day, after a restful night's sleep.[@spravato-label] Ask your team about alcohol and other things that make you sleepy.

## Longer-term risks

Most of what we know about long-term harm comes from people who misuse ketamine. They often take large amounts very often over a long time.[@short2018] Still, these risks are worth knowing:

- **Bladder problems.** Heavy, long-term misuse can damage the bladder. Signs include pain when you pass urine, needing to go very often, or blood in the urine.
- **Memory and thinking.** Frequent misuse has been linked to trouble with memory and focus.
- **Liver problems.** Rarely, repeated use has been linked to liver damage.
- **Misuse and dependence.** Ketamine can cause a high. Some people start to crave it or use it outside of treatment. That is why it is a controlled drug, and why the spray is only used in clinics.[@spravato-label]

In treatment studies, these long-term problems have been uncommon. But most studies lasted only weeks or months.[@short2018] That is why your team should keep checking on you over time.

## Tell your team if you notice

- Pain, burning or blood when you pass urine.
- New problems with memory or clear thinking.
- Strong urges to use ketamine outside of treatment.
- Mood that gets worse, or new thoughts of suicide.
- Any side effect that worries you or does not go away.

If you have thoughts of suicide, call or text 988 to reach the Suicide and Crisis Lifeline.

> [!warning] Get help fast
> Chest pain, a sudden severe headache, weakness on one side of the body, or trouble breathing can be signs of an emergency. Call 911 right away.`,
  },
  {
    title: 'Preparing for your ketamine session',
    slug: 'preparing-for-your-ketamine-session',
    summary:
      'How to get ready for a ketamine session. See what to ask and which medicines to mention. Plan your ride home, pack what you need, and know what to expect on the day.',
    audience: 'patients',
    conditions: ['treatment-resistant-depression'],
    contraindications: [],
    citations: ['sanacora2017', 'spravato-label'],
    body: `## Before your first visit

A good clinic will take time to get to know you before treatment starts. Staff should ask about your physical and mental health. They should ask about past treatments and any alcohol or drug use.[@sanacora2017] They will check your blood pressure. They may also order blood tests or a heart test called an ECG.

Be honest, even about things that feel awkward. This helps the team keep you safe. It is not about judging you.

## Tell your team about all your medicines

Make a list of everything you take. Include:

- Prescription medicines, such as those for blood pressure, sleep, anxiety or pain.
- Medicines you buy without a prescription, and any vitamins or herbal products.
- Alcohol, cannabis and any other drugs.

Some medicines change how ketamine affects you. Sleeping pills, some anxiety medicines and opioid pain medicines can make you more drowsy. They may also slow your breathing.[@spravato-label] Stimulants and some other medicines can push your blood pressure up further. Do not stop or change any medicine on your own. Ask your team what to do.

## Questions to ask before you start

- Is this treatment FDA approved for my condition, or is it off-label?
- What training do the staff have? Is a doctor nearby during sessions?
- How will you check my blood pressure, and how long will I stay?
- What happens if I feel scared or sick during a session?
- Is therapy part of the plan?
- Who do I call after hours?
- What will it cost?

## Planning for the day

You must not drive until the next day, after a restful night's sleep.[@spravato-label] So you will need a plan for getting home.

> [!warning] You will need a ride home
> Plan for a trusted adult to take you home after each session. Many clinics will not start a session until your ride is set.

A few more tips:

- **Eating and drinking.** Ketamine can make you feel sick. Your clinic may ask you not to eat or drink for a while before. Follow their advice.
- **Clear your day.** Plan to rest after the session. Do not plan work, driving or big decisions.
- **Nasal medicines.** If you use other nasal sprays, ask when to use them on treatment days.

## What to bring

- Your medicine list and a photo ID.
- Comfortable, loose clothes and warm socks.
- An eye mask and headphones, if your clinic allows them.
- Calm music without words, if that helps you relax.
- Water and a light snack for later.
- The phone number of the person taking you home.

## Setting an intention

Some people find it helps to think about what they hope for before a session. This is called setting an intention. It can be a simple phrase, like "I want to feel some relief". You do not need to have it all worked out. A therapist can help you with this.

## During and after the session

Staff will check your blood pressure before you start and again afterward.[@spravato-label] With the nasal spray, they will watch you for at least 2 hours. If the effects feel strange or scary, tell a staff member. They can help you feel calmer. The effects will pass.

At home, rest. Ask someone to stay with you if you can. Write down anything you want to talk about with your therapist.

If you feel unsafe at any time, call or text 988. In an emergency, call 911.`,
  },
  {
    title: 'Integration: making sense of your ketamine experience',
    slug: 'integration-after-ketamine',
    summary:
      'Integration means talking with a therapist after a session. You make sense of what came up and use it in daily life. Here is what it involves and what research says.',
    audience: 'patients',
    conditions: ['treatment-resistant-depression', 'alcohol-use-disorder', 'other-substance-use-disorders'],
    contraindications: [],
    citations: ['krystal2019', 'grabski2022', 'dakwar2020', 'dakwar2019'],
    body: `## What integration means

A ketamine session can bring up strong thoughts, feelings, images or memories. Some feel meaningful. Some feel confusing or upsetting. Others may seem to mean nothing at all. Integration is the work of making sense of the experience after it ends. It often happens with a therapist, in talks after a session.

The goal is not to decode every image. The goal is to notice what matters to you, and to use it in your daily life.

## Why it might help

Some scientists think the brain may be more open to change for a short time after ketamine.[@krystal2019] During this window, new habits and ways of thinking might take hold more easily. Integration tries to make good use of that time.

This is still a theory. But some early trials support pairing ketamine with therapy:

- In one alcohol use disorder trial, people who got ketamine had more days without drinking than those who got a placebo. Results looked best when ketamine was paired with therapy, but the trial was too small to be sure.[@grabski2022]
- In another alcohol trial, a single infusion combined with a therapy that builds motivation helped more people stay off alcohol.[@dakwar2020]
- In cocaine use disorder, a single infusion plus a mindfulness program helped more people stay off cocaine during the study.[@dakwar2019]

These studies were small. They also tested specific therapies, not integration in general. We still need larger studies to know how much therapy adds.

## What a session might look like

Integration looks different from one therapist to another. A session might include:

1. **Talking it through.** You describe what you felt and noticed, in your own words.
2. **Finding themes.** Your therapist helps you link it to your life, your goals and your struggles.
3. **Making small plans.** You pick one or two changes to try. This might be calling a friend or taking a short walk each day.
4. **Checking in.** You look at your sleep, energy, mood and any side effects.

## Things you can do on your own

- Jot down a few notes soon after a session, while it is fresh.
- Draw, make music or try other creative outlets.
- Spend quiet time outdoors.
- Talk with someone you trust.
- Be patient. Some insights take days or weeks to make sense.

> [!info] There is no "right" experience
> Some people have vivid sessions. Others feel very little. Both are normal. Studies disagree on whether a stronger session means more benefit.

## Finding an integration therapist

Look for a licensed mental health professional. This could be a psychologist, counselor or social worker. Ask about their training in ketamine-assisted therapy. Ask how they work with the doctor who prescribes your treatment. A good therapist will respect your views. They will not push their own meaning onto your experience.

## When to reach out

Hard feelings can sometimes linger after a session. This does not mean something has gone wrong. But you should not face it alone.

> [!warning] If you feel worse
> If you feel worse for more than a day or two, tell your care team. If you have thoughts of suicide, call or text 988. In an emergency, call 911.`,
  },
  {
    title: 'What the evidence says: ketamine for different conditions',
    slug: 'ketamine-evidence-by-condition',
    summary:
      'Where is ketamine FDA approved? Where is the proof growing, and where is it still an experiment? A plain summary, with links to each condition.',
    audience: 'patients',
    conditions: [
      'treatment-resistant-depression',
      'depression-with-suicidal-thoughts',
      'bipolar-depression',
      'post-traumatic-stress-disorder-ptsd',
      'anxiety-disorders',
      'obsessive-compulsive-disorder-ocd',
      'alcohol-use-disorder',
      'other-substance-use-disorders',
      'eating-disorders',
      'chronic-pain',
    ],
    contraindications: [],
    citations: [
      'spravato-label',
      'popova2019',
      'daly2019',
      'murrough2013',
      'anand2023',
      'fu2020',
      'wilkinson2018',
      'diazgranados2010',
      'feder2021',
      'grabski2022',
      'dakwar2020',
      'orhurhu2019',
      'cohen2018',
      'glue2017',
      'rodriguez2013',
      'bloch2012',
      'dakwar2019',
    ],
    body: `## How to read this guide

Research on ketamine is moving fast. But not every claim you see online is backed by strong proof. Here we sort conditions into three levels:

- **Approved:** The FDA has reviewed the proof and approved a medicine for this use.
- **Emerging:** Some good trials show promise, but they are small or few.
- **Investigational:** Only early or very small studies. Treatment is mainly offered in research.

Only the esketamine nasal spray (SPRAVATO) is FDA approved, and only for two kinds of depression in adults.[@spravato-label] All other uses of ketamine for mental health are off-label.

## Approved

### Treatment-resistant depression

This is depression that has not improved after at least two treatments. The esketamine spray, added to an antidepressant pill, helped more than a placebo spray.[@popova2019] People who kept using it were less likely to relapse.[@daly2019] IV ketamine is off-label here, but it has been well studied.[@murrough2013] In one large trial, it did at least as well as ECT.[@anand2023] [Read more about treatment-resistant depression](/conditions/treatment-resistant-depression).

### Depression with suicidal thoughts

The spray is approved for adults with depression who have sudden suicidal thoughts or actions. In trials, depression eased faster than with a placebo spray.[@fu2020] But the spray has not been shown to prevent suicide.[@spravato-label] In other studies, IV ketamine eased suicidal thoughts within a day.[@wilkinson2018] Treatment is always given alongside crisis care. [Read more about depression with suicidal thoughts](/conditions/depression-with-suicidal-thoughts).

## Emerging

- **[Bipolar depression](/conditions/bipolar-depression).** A small trial found quick but short-lived relief when ketamine was added to a mood stabilizer.[@diazgranados2010] Teams watch closely for a switch into mania.
- **[PTSD](/conditions/post-traumatic-stress-disorder-ptsd).** A small trial found that repeated infusions eased symptoms more than a comparison drug.[@feder2021]
- **[Alcohol use disorder](/conditions/alcohol-use-disorder).** Trials that paired ketamine with therapy found more days without drinking.[@grabski2022][@dakwar2020]
- **[Chronic pain](/conditions/chronic-pain).** Infusions can give short-term relief for some types of pain.[@orhurhu2019] The best support, though still modest, is for a pain condition called CRPS.[@cohen2018]

## Investigational

- **[Anxiety disorders](/conditions/anxiety-disorders).** A very small study found less anxiety for a short time.[@glue2017]
- **[OCD](/conditions/obsessive-compulsive-disorder-ocd).** The results are mixed. One small trial found quick relief.[@rodriguez2013] Another found no lasting benefit.[@bloch2012]
- **[Other substance use disorders](/conditions/other-substance-use-disorders).** One trial in cocaine use disorder was hopeful.[@dakwar2019] Research in opioid use disorder is at an early stage.
- **[Eating disorders](/conditions/eating-disorders).** There are only a few case reports and tiny studies. There are no solid trials yet.

> [!info] Why "approved" matters
> Approval means the FDA has reviewed large trials for safety and benefit. Off-label use can still be reasonable. But you should know which kind of use you are being offered, and why.

## Keep in mind

Most ketamine studies are small and short. Many follow people for weeks, not years. Results in a study may not match what happens in a busy clinic. A treatment that helps one person may not help another.

## Questions to ask

- What level of proof supports this treatment for my condition?
- Were the studies done in people like me?
- Are there approved treatments I have not tried yet?
- Is there a research study I could join?`,
  },
  {
    title: 'Staying safe: who should not have ketamine, and when to get help',
    slug: 'ketamine-safety',
    summary:
      'Some people must not have ketamine. Others need a careful talk first. Learn the warning signs during and after treatment, and when to call 988 or 911.',
    audience: 'patients',
    conditions: [],
    contraindications: allContraindicationSlugs,
    citations: ['sanacora2017', 'spravato-label', 'cohen2018', 'short2018'],
    body: `## Safety comes first

Ketamine can help some people. But it is a strong medicine, and it is not safe for everyone. A good clinic will check your health with care before you start.[@sanacora2017] This page explains the main reasons someone may not be able to have it. You can see the full list on our [contraindications page](/contraindications).

A contraindication is a reason not to use a medicine. There are two kinds:

- **Absolute.** You must not have the medicine at all.
- **Relative.** The medicine may be risky for you. You and your clinician need to weigh the pros and cons.

## Who must not have ketamine or esketamine

Ketamine and esketamine raise blood pressure for a short time. For some people, this could be very dangerous. You must not have these medicines if you have any of these:[@spravato-label]

- **An aneurysm.** This is a weak, bulging spot in a blood vessel. It could be in the brain, the chest, the belly, or the arms or legs.
- **An arteriovenous malformation (AVM).** This is a tangle of blood vessels that formed the wrong way.
- **A past bleed in the brain.** Doctors call this an intracerebral hemorrhage.
- **An allergy to ketamine or esketamine.**

## Health problems to talk about first

These problems do not always rule out treatment. But they need a careful talk with your clinician.[@cohen2018]

- High blood pressure that is not well controlled.
- A recent heart attack or stroke, or serious heart disease.
- Psychosis or schizophrenia, now or in the past.
- Pregnancy or breastfeeding.
- Current drug or alcohol misuse, or past ketamine misuse.
- Severe liver disease.
- High pressure in the eye, as in some types of glaucoma, or in the brain.

Tell your team about all of these, even if they happened long ago.

## How clinics keep you safe

During and after each session, staff should:

1. Check your blood pressure before and after the dose.
2. Watch you until the effects wear off. For the esketamine spray, this is at least 2 hours.[@spravato-label]
3. Make sure you are stable before you leave.
4. Check that you have a safe ride home.

You must not drive or use machines until the next day, after a restful night's sleep.

## Warning signs

Tell staff right away if you notice any of these during a session:

- Chest pain, or a racing or pounding heart.
- A sudden, very bad headache.
- Trouble breathing.
- Feeling very confused, or being unable to stay awake.

After you go home, call your care team if you notice any of these:

- Pain, burning or blood when you pass urine.[@short2018]
- Mood that gets worse, or new thoughts of harming yourself.
- Strong urges to use ketamine outside of treatment.

> [!crisis] If you are in crisis
> If you have thoughts of suicide, call or text **988** to reach the Suicide and Crisis Lifeline. It is free and open day and night. If you are in danger, or someone has chest pain, a seizure or trouble breathing, call **911** now.

## Keep talking with your team

Safety is not a one-time check. Your health can change over time. Tell your team about new medicines, new health problems or a pregnancy. Ask questions whenever something does not feel right.`,
  },
  {
    title: 'Supporting someone through ketamine treatment',
    slug: 'supporting-someone-through-ketamine-treatment',
    summary:
      'Tips for family and friends. Learn how to help before, during and after a ketamine session. See which warning signs to watch for, and how to look after yourself too.',
    audience: 'caregivers',
    conditions: ['treatment-resistant-depression', 'depression-with-suicidal-thoughts'],
    contraindications: ['active-substance-misuse'],
    citations: ['spravato-label', 'short2018'],
    body: `## Your role matters

When someone you care about starts ketamine treatment, you can make a real difference. You do not need medical training. Often the most useful things are simple: a ride home, a calm space, and someone who listens.

Ask the person what help they want. Some people like company. Others prefer quiet time alone after a session. Respect their choices.

## Before treatment starts

- Learn the basics. Read about [how ketamine is given](/articles/ways-ketamine-is-given) and [its side effects](/articles/side-effects-of-ketamine-treatment).
- If they want you there, go to the first visit with them. Two people often remember more than one.
- Help them make a list of all their medicines.
- Know who to call at the clinic, including after hours.

## On treatment day

The person must not drive until the next day, after a restful night's sleep.[@spravato-label] With the esketamine nasal spray, staff will watch them for at least 2 hours before they can leave.[@spravato-label]

- Plan to take them home, or make sure another trusted adult will.
- Be on time and keep your phone on.
- Bring a blanket, water and a light snack for the trip home.

> [!info] What you might see
> Right after a session, the person may seem tired, slow or a bit spaced out. They may find it hard to describe how they feel. This is common and usually passes within a few hours.

## After the session

- Help them rest in a quiet place.
- Do not push them to talk about the session. Let them share when they are ready.
- Avoid big talks or decisions that day.
- Remind them not to drive, use machines or drink alcohol until their team says it is safe.

## Signs to watch for

Call their care team if you notice:

- Mood that gets worse over the next few days.
- Heavy use of alcohol or drugs.
- Signs they are using ketamine outside of treatment, or asking for more.
- Complaints of pain or blood when passing urine.[@short2018]
- New confusion or memory problems.

> [!crisis] If they are in danger
> If the person talks about suicide or you fear for their safety, call or text **988** for advice. If they are in danger right now, call **911**. Stay with them until help arrives, if it is safe to do so.

## Look after yourself too

Supporting someone with a mental health condition can be tiring. It is okay to ask for help. Talk to friends, family or a support group. Your own doctor or a counselor can help too. Taking care of yourself makes it easier to keep caring for them.`,
  },
]
