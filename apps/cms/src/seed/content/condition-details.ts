import type { DemoConditionDetails } from './types'
import { allContraindicationSlugs } from './contraindications'

/**
 * Demo details for each condition in CONDITION_SLUGS, written for this project in plain language
 * (US grade 8 or below, no dosing advice). Contraindication slugs refer to ./contraindications.ts.
 *
 * Diagnosis codes: each was confirmed on the public code-list page in `confirmedBy` (ICD-10-CM code
 * pages, SNOMED CT terminology browsers and registries; December 2026), which showed the code with this
 * meaning. Treatment-resistant depression has no code of its own in either system: it carries the
 * depression codes (F32 "Depressive episode", F33 "Major depressive disorder, recurrent"). A SNOMED CT
 * concept that no public page confirmed is left out rather than guessed.
 */
export const demoConditionDetails: DemoConditionDetails[] = [
  {
    slug: 'treatment-resistant-depression',
    alsoKnownAs: [
      'TRD',
      'treatment-resistant major depressive disorder',
      'treatment-refractory depression',
      'refractory depression',
    ],
    codes: [
      { system: 'icd10cm', code: 'F32', confirmedBy: ['https://www.godavaii.com/diagnosis/f32'] },
      { system: 'icd10cm', code: 'F33', confirmedBy: ['https://hccbuddy.com/icd10/F33'] },
      { system: 'snomedct', code: '370143000', confirmedBy: ['https://visualdx.com/visualdx/diagnosis/?contentModuleId=101&diagnosisId=56634&moduleId=100'] },
    ],
    overview: `## What it is

Depression is more than feeling sad. It can drain your energy and hope. It can change your sleep, your appetite and your interest in life. Treatment-resistant depression (TRD) is depression that has not improved enough after at least two antidepressant treatments. Each one should have been tried for long enough to have a fair chance. TRD is common, and it is not your fault.

## What research says

This is the use of ketamine-based treatment with the most evidence. In early studies, ketamine given through a vein (an IV drip) eased depression within hours to days for many people.[@zarate2006] A larger trial compared it with another sedating medicine. More people improved with ketamine.[@murrough2013] In a large trial, IV ketamine did at least as well as electroconvulsive therapy (ECT) for people without psychosis.[@anand2023]

The esketamine nasal spray (SPRAVATO) is approved by the US FDA for adults with TRD.[@spravato-label] In trials, it helped more than a placebo spray when added to an antidepressant pill.[@popova2019] People who kept using it were less likely to relapse.[@daly2019] Other forms of ketamine are used off-label. This means the FDA has not approved them for depression.

The benefit often fades without ongoing care. Long-term safety is still being studied.[@mcintyre2021]

## Questions to ask your clinician

- Have I tried the treatments that usually come first?
- Which form of ketamine do you offer, and is it approved for my condition?
- How will we know if it is working?
- What is the plan if it helps, and what if it does not?`,
    relatedConditions: ['depression-with-suicidal-thoughts', 'bipolar-depression', 'anxiety-disorders'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'recent-heart-attack-stroke-or-heart-disease',
      'psychosis',
      'pregnancy-and-breastfeeding',
      'active-substance-misuse',
      'severe-liver-disease',
    ],
    citations: ['zarate2006', 'murrough2013', 'anand2023', 'spravato-label', 'popova2019', 'daly2019', 'mcintyre2021'],
  },
  {
    slug: 'depression-with-suicidal-thoughts',
    alsoKnownAs: [
      'suicidal ideation',
      'major depressive disorder with suicidal ideation',
      'MDSI',
      'acute suicidal ideation or behavior',
      'suicidal depression',
    ],
    codes: [
      { system: 'icd10cm', code: 'R45.851', confirmedBy: ['https://codes.sprypt.com/codes/R45.851', 'https://icdlist.com/icd-10/r4585'] },
      { system: 'snomedct', code: '6471006', confirmedBy: ['https://confluence.snomedtools.org/display/MBHCRG/Is+Suicidal+ideation+a+synonym+of+Suicidal+thoughts?focusedCommentId=94409361'] },
    ],
    overview: `## What it is

Some people with major depression have thoughts of ending their life. These thoughts can come on fast and feel very strong. This is a medical emergency. Help is available right now.

> [!crisis] Get help now
> If you are thinking about suicide, call or text 988 to reach the Suicide and Crisis Lifeline. If you are in danger, call 911.

## What research says

In studies, one IV ketamine treatment eased suicidal thoughts within a day for many people. The effect lasted up to a week for some.[@wilkinson2018] The esketamine nasal spray (SPRAVATO) is FDA approved for adults with depression who have sudden suicidal thoughts or actions. It is used with an antidepressant pill.[@spravato-label]

In the main trials, depression eased faster with the spray than with a placebo spray.[@fu2020] But suicidal thoughts got better in both groups. The spray has not been shown to prevent suicide or to reduce suicidal thoughts more than placebo.[@spravato-label] So ketamine is given alongside hospital or crisis care, never instead of it. Other forms of ketamine are used off-label for this.

## Questions to ask your clinician

- What is my safety plan between treatments?
- Who do I call at night or on weekends?
- How will therapy and my other medicines fit with this treatment?
- Should I be cared for in a hospital for now?`,
    relatedConditions: ['treatment-resistant-depression', 'bipolar-depression'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'recent-heart-attack-stroke-or-heart-disease',
      'psychosis',
      'pregnancy-and-breastfeeding',
      'active-substance-misuse',
    ],
    citations: ['wilkinson2018', 'spravato-label', 'fu2020'],
  },
  {
    slug: 'bipolar-depression',
    alsoKnownAs: [
      'bipolar disorder depressive episode',
      'bipolar depressive episode',
      'bipolar I depression',
      'bipolar II depression',
    ],
    codes: [
      { system: 'icd10cm', code: 'F31.3', confirmedBy: ['https://icd10.blog/?p=5563'] },
      { system: 'icd10cm', code: 'F31.4', confirmedBy: ['https://www.mediyn.com/icd-10-codes/F30-F39/F31/F31.4'] },
      { system: 'icd10cm', code: 'F31.5', confirmedBy: ['https://pabau.com/diagnostic-codes/icd-10-code-f315/'] },
    ],
    overview: `## What it is

Bipolar disorder causes big shifts in mood and energy. There are highs, called mania or hypomania. There are also lows, which are periods of depression. The low phase often lasts longer than the highs, and it can be hard to treat.

## What research says

In one small trial, people with bipolar depression got a single IV ketamine treatment or a placebo. Everyone was also taking a mood stabilizer, such as lithium. Many felt better within a day with ketamine.[@diazgranados2010] But the benefit often faded within days. Other studies have also been small and short.

Ketamine is not FDA approved for bipolar depression. Using it is off-label. The esketamine spray is not approved for it either.

Any treatment for depression in bipolar disorder can, in theory, trigger a switch into mania. Teams watch for this closely. In these studies, people kept taking their mood stabilizer.

## Questions to ask your clinician

- Should I keep taking my mood stabilizer during treatment?
- What signs of mania should my family and I watch for?
- How does this compare with approved treatments for bipolar depression?
- What happens if my mood goes too high?`,
    relatedConditions: ['treatment-resistant-depression', 'depression-with-suicidal-thoughts'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'psychosis',
      'pregnancy-and-breastfeeding',
      'active-substance-misuse',
    ],
    citations: ['diazgranados2010'],
  },
  {
    slug: 'post-traumatic-stress-disorder-ptsd',
    alsoKnownAs: ['PTSD', 'post-traumatic stress disorder', 'posttraumatic stress disorder', 'post traumatic stress disorder'],
    codes: [
      { system: 'icd10cm', code: 'F43.1', confirmedBy: ['https://icdlist.com/icd-10/F43.1', 'https://www.icd10data.com/ICD10CM/Codes/F01-F99/F40-F48/F43-/F43.10'] },
      { system: 'snomedct', code: '47505003', confirmedBy: ['https://r3.risteys.finngen.fi/phenocode/F5_PTSD'] },
    ],
    overview: `## What it is

PTSD can follow an event that was frightening, harmful or life-threatening. People may relive the event in flashbacks or nightmares. They may avoid reminders of it. They may feel on edge, numb or cut off from others. These problems last for months or longer.

## What research says

In one small study, a single IV ketamine infusion eased PTSD symptoms within a day. It was compared with midazolam, a sedating medicine.[@feder2014] A later trial gave repeated infusions over two weeks. More people improved with ketamine than with midazolam.[@feder2021] Both studies were small. We do not yet know how long the benefit lasts.

Ketamine is not FDA approved for PTSD. Using it is off-label. Talk therapies that focus on trauma remain the first choice. Ketamine can also stir up strong feelings or memories during a session. A team with trauma training can help you feel safe.

## Questions to ask your clinician

- Have I tried a trauma-focused talk therapy?
- Will a therapist be part of my care before and after sessions?
- What will you do if painful memories come up during a session?
- Is there a research study I could join?`,
    relatedConditions: ['treatment-resistant-depression', 'anxiety-disorders', 'alcohol-use-disorder'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'psychosis',
      'active-substance-misuse',
    ],
    citations: ['feder2014', 'feder2021'],
  },
  {
    slug: 'anxiety-disorders',
    alsoKnownAs: [
      'generalised anxiety disorder',
      'generalized anxiety disorder',
      'GAD',
      'social anxiety disorder',
      'social phobia',
    ],
    codes: [
      { system: 'icd10cm', code: 'F41', confirmedBy: ['https://www.icd10data.com/ICD10CM/Codes/F01-F99/F40-F48/F41-/F41'] },
      { system: 'icd10cm', code: 'F40', confirmedBy: ['https://billingncoding.com/icd10cm-code/f40'] },
    ],
    overview: `## What it is

Everyone feels worried at times. An anxiety disorder is when fear or worry is strong, lasts a long time and gets in the way of daily life. Generalized anxiety disorder (GAD) means near-constant worry that is hard to control. Social anxiety disorder is a strong fear of being judged or watched by others.

## What research says

Research on ketamine for anxiety is at an early stage. In one very small study, people whose anxiety had not improved with other treatments felt less anxious after ketamine. The effect lasted only a short time.[@glue2017] Larger, longer trials are needed.

Ketamine can itself cause anxiety or unease while it takes effect.[@short2018] It is not FDA approved for anxiety, and it is not a standard treatment. It is mainly offered in research studies. Talk therapy, such as cognitive behavioral therapy (CBT), and some medicines are well proven. They are the usual first steps.

## Questions to ask your clinician

- Have I tried the proven treatments for my type of anxiety?
- Is this treatment part of a research study?
- How would you help me if I feel anxious during a session?
- What would make us stop the treatment?`,
    relatedConditions: ['treatment-resistant-depression', 'post-traumatic-stress-disorder-ptsd', 'obsessive-compulsive-disorder-ocd'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'psychosis',
      'active-substance-misuse',
    ],
    citations: ['glue2017', 'short2018'],
  },
  {
    slug: 'obsessive-compulsive-disorder-ocd',
    alsoKnownAs: ['OCD', 'obsessive compulsive disorder'],
    codes: [
      { system: 'icd10cm', code: 'F42', confirmedBy: ['http://icdlist.com/icd-10/f42'] },
      { system: 'snomedct', code: '191736004', confirmedBy: ['https://visualdx.com/visualdx/diagnosis/?diagnosisId=55840&moduleId=101'] },
    ],
    overview: `## What it is

OCD has two main parts. Obsessions are unwanted thoughts, images or urges that keep coming back. Compulsions are actions or rituals a person feels driven to do to ease the distress. Examples are washing, checking or counting. OCD can take up hours of the day.

## What research says

The evidence is early and mixed. In one small trial, a single ketamine infusion quickly reduced obsessions. For some people, the benefit lasted about a week.[@rodriguez2013] Another small study in people with severe OCD found no lasting benefit for OCD symptoms.[@bloch2012]

Ketamine is not FDA approved for OCD. Using it is off-label. The best-proven treatments are a talk therapy called exposure and response prevention (ERP) and certain medicines. Ketamine is mainly studied in research settings, sometimes combined with ERP.

## Questions to ask your clinician

- Have I had a full trial of ERP with a trained therapist?
- Which medicines for OCD have I tried, and for how long?
- Is this treatment part of a research study?
- How will we measure whether my OCD symptoms change?`,
    relatedConditions: ['anxiety-disorders', 'treatment-resistant-depression'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'psychosis',
      'active-substance-misuse',
    ],
    citations: ['rodriguez2013', 'bloch2012'],
  },
  {
    slug: 'alcohol-use-disorder',
    alsoKnownAs: ['AUD', 'alcoholism', 'alcohol dependence', 'alcohol addiction', 'alcohol abuse'],
    codes: [
      { system: 'icd10cm', code: 'F10.1', confirmedBy: ['https://hccbuddy.com/icd10/F10.1'] },
      { system: 'icd10cm', code: 'F10.2', confirmedBy: ['https://icd10codingpro.com/codes/F10.2'] },
    ],
    overview: `## What it is

Alcohol use disorder means drinking that is hard to control and causes harm. It can affect your health, work, money and relationships. You may want to cut down but find you cannot. You may feel unwell when you stop.

## What research says

Researchers are testing ketamine together with talk therapy. In one trial, people got a single infusion plus a therapy that builds motivation to change. Those who got ketamine were more likely to stay off alcohol than those who got a sedating comparison drug.[@dakwar2020] In a UK trial, people got ketamine or a placebo, along with either therapy or alcohol education. The ketamine groups had more days without alcohol over the next six months.[@grabski2022]

These trials were small. Ketamine is not FDA approved for alcohol use disorder. It is mainly offered in research. Ketamine can also be misused, and mixing it with alcohol is dangerous. Proven treatments include talk therapy, support groups and medicines made for alcohol use disorder.

> [!warning] Stopping drinking safely
> If you drink heavily every day, stopping suddenly can be dangerous. Talk to a doctor before you stop.

## Questions to ask your clinician

- Which proven treatments for alcohol use disorder could help me?
- Is there a research study I could join?
- How would you keep me safe from misusing ketamine?`,
    relatedConditions: ['other-substance-use-disorders', 'treatment-resistant-depression', 'post-traumatic-stress-disorder-ptsd'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'psychosis',
      'active-substance-misuse',
      'severe-liver-disease',
    ],
    citations: ['dakwar2020', 'grabski2022'],
  },
  {
    slug: 'other-substance-use-disorders',
    alsoKnownAs: [
      'cocaine use disorder',
      'opioid use disorder',
      'OUD',
      'cocaine dependence',
      'opioid dependence',
      'drug addiction',
    ],
    codes: [
      { system: 'icd10cm', code: 'F11', confirmedBy: ['https://www.americanmedicalcoding.com/icd-10-cm-coding-drug-dependence-and-abuse/'] },
      { system: 'icd10cm', code: 'F14', confirmedBy: ['https://www.americanmedicalcoding.com/icd-10-cm-coding-drug-dependence-and-abuse/'] },
      { system: 'icd10cm', code: 'F15', confirmedBy: ['https://www.americanmedicalcoding.com/icd-10-cm-coding-drug-dependence-and-abuse/'] },
      { system: 'icd10cm', code: 'F19', confirmedBy: ['https://icd10.blog/icd-10-code-f19-other-psychoactive-substance-related-disorders-2026-diagnosis-symptoms-billing-guide/'] },
      { system: 'snomedct', code: '11061003', confirmedBy: ['https://bioportal.bioontology.org/ontologies/SNOMEDCT?conceptid=http%3A%2F%2Fpurl.bioontology.org%2Fontology%2FSNOMEDCT%2F11061003&language=en&p=classes'] },
    ],
    overview: `## What it is

A substance use disorder means using a drug in a way that is hard to control and causes harm. This page covers drugs other than alcohol, such as cocaine and opioids. Opioids include heroin, fentanyl and some strong pain pills.

## What research says

Research here is at an early stage. In one trial, people with cocaine use disorder got a single ketamine infusion plus a mindfulness-based program. More of them stayed off cocaine during the study than those who got a comparison drug.[@dakwar2019] The trial was small and short. Research on ketamine for opioid use disorder is at an even earlier stage.

Ketamine is not FDA approved for any drug use disorder. It can also be misused. So it should only be used for this in a research study or a closely supervised program. For opioid use disorder, proven medicines such as buprenorphine and methadone save lives. They should not be stopped to try ketamine.

## Questions to ask your clinician

- Which proven treatments for my type of drug use could help me?
- Is this part of a research study?
- How would you keep me safe from misusing ketamine?
- How does this fit with my current treatment?`,
    relatedConditions: ['alcohol-use-disorder', 'treatment-resistant-depression'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'uncontrolled-hypertension',
      'recent-heart-attack-stroke-or-heart-disease',
      'psychosis',
      'active-substance-misuse',
    ],
    citations: ['dakwar2019'],
  },
  {
    slug: 'eating-disorders',
    alsoKnownAs: ['anorexia nervosa', 'bulimia', 'bulimia nervosa', 'binge eating disorder'],
    codes: [
      { system: 'icd10cm', code: 'F50', confirmedBy: ['https://codingclinicadvisor.com/blog/learn-code-eating-disorders'] },
    ],
    overview: `## What it is

Eating disorders are serious illnesses that affect eating, weight and how people see their bodies. In anorexia nervosa, people eat far too little and fear gaining weight. In bulimia, people binge eat and then try to get rid of the food, for example by vomiting. Binge eating disorder means often eating large amounts while feeling out of control.

## What research says

There is very little research on ketamine for eating disorders. There are only a few case reports and very small studies. There are no large controlled trials. We cannot say whether it helps.

Safety is a special concern. Low weight and vomiting can strain the heart and upset the body's salt balance. Ketamine raises heart rate and blood pressure for a short time.[@short2018] It is not FDA approved for eating disorders. The proven path is care from a specialist eating disorder team. This includes medical checks, nutrition support and talk therapy. For young people, family-based therapy is often used.

## Questions to ask your clinician

- Has a specialist eating disorder team assessed me?
- Are my heart and blood tests safe for any new treatment?
- Is this treatment part of a research study?
- What proven treatments have I not tried yet?`,
    relatedConditions: ['treatment-resistant-depression', 'anxiety-disorders', 'obsessive-compulsive-disorder-ocd'],
    contraindications: [
      'aneurysmal-vascular-disease',
      'intracerebral-haemorrhage-history',
      'ketamine-or-esketamine-allergy',
      'recent-heart-attack-stroke-or-heart-disease',
      'psychosis',
      'active-substance-misuse',
    ],
    citations: ['short2018'],
  },
  {
    slug: 'chronic-pain',
    alsoKnownAs: [
      'chronic pain syndrome',
      'complex regional pain syndrome',
      'CRPS',
      'neuropathic pain',
      'fibromyalgia',
      'persistent pain',
    ],
    codes: [
      { system: 'icd10cm', code: 'G89.2', confirmedBy: ['https://icdlist.com/icd-10/codes/pain-not-elsewhere-classified-g89'] },
      { system: 'icd10cm', code: 'G89.4', confirmedBy: ['https://www.tebra.com/theintake/icd-code-glossary/icd-10-g89-4'] },
      { system: 'snomedct', code: '82423001', confirmedBy: ['https://www.ncbi.nlm.nih.gov/medgen/57452'] },
    ],
    overview: `## What it is

Chronic pain is pain that lasts longer than three months. It may start after an injury or illness, or with no clear cause. Examples include nerve pain, fibromyalgia and complex regional pain syndrome (CRPS). CRPS is a long-lasting pain, often in an arm or leg, that is far stronger than the injury that started it.

## What research says

Doctors have used ketamine for pain for a long time, mostly around surgery. For long-term pain, IV ketamine infusions give short-term relief to some people.[@orhurhu2019] But the studies are small and differ a lot. Expert guidelines found the best support, though still modest, for CRPS. Support for most other types of pain is weak.[@cohen2018]

The relief often wears off. Repeated, frequent use raises the risk of bladder, liver and memory problems.[@short2018] Ketamine for chronic pain is off-label. It works best as one part of a wider pain plan that may include physical therapy, other medicines and talk therapy.

## Questions to ask your clinician

- What is known about ketamine for my type of pain?
- How will we measure whether it helps?
- How long might the relief last, and what happens then?
- What other parts of my pain plan should continue?`,
    relatedConditions: ['treatment-resistant-depression', 'other-substance-use-disorders'],
    contraindications: allContraindicationSlugs,
    citations: ['orhurhu2019', 'cohen2018', 'short2018'],
  },
]
