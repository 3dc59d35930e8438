import type { DemoContraindication } from './types'

/**
 * Demo contraindications, written for this project in plain language. Patient text aims at US grade 8 or
 * below and never gives dosing advice; clinician notes give screening points, not doses.
 */
export const demoContraindications: DemoContraindication[] = [
  {
    name: 'Aneurysmal vascular disease or arteriovenous malformation',
    slug: 'aneurysmal-vascular-disease',
    kind: 'absolute',
    patientExplanation:
      'An aneurysm is a weak spot in the wall of a blood vessel. It bulges out like a small balloon. It can be in the brain, in the big artery in your chest or belly (the aorta), or in your arms or legs. An arteriovenous malformation (AVM) is a tangle of blood vessels that formed the wrong way. Ketamine and esketamine push blood pressure up for a short time. That rise could make a weak vessel tear or bleed. If you have either problem, you must not have these medicines. If you are not sure, ask your doctor to check your records.',
    clinicianNote:
      'Labeled contraindication for esketamine (SPRAVATO): aneurysmal vascular disease, including intracranial, thoracic and abdominal aortic, and peripheral arterial vessels, or arteriovenous malformation. Racemic ketamine has the same transient sympathomimetic effect on blood pressure and heart rate, so apply the same exclusion to IV, IM and oral ketamine. Ask about known aneurysm, previous open or endovascular vascular repair, family history of intracranial aneurysm, and conditions that raise aneurysm risk (e.g. vascular Ehlers-Danlos syndrome, Marfan syndrome, polycystic kidney disease). Review any imaging before the first treatment.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'sanacora2017'],
  },
  {
    name: 'History of bleeding in the brain (intracerebral hemorrhage)',
    slug: 'intracerebral-haemorrhage-history',
    kind: 'absolute',
    patientExplanation:
      'An intracerebral hemorrhage is bleeding inside the brain. It is one type of stroke. It can happen when a blood vessel in the brain bursts. If you have ever had bleeding in the brain, you must not have ketamine or esketamine. These medicines raise blood pressure for a short time. That could raise the chance of another bleed. Tell your team about any past stroke, even if it was long ago. Tell them even if you are not sure what type of stroke it was.',
    clinicianNote:
      'Labeled contraindication for esketamine (SPRAVATO). Extend to racemic ketamine given the shared pressor effect. Confirm the stroke subtype from records (hemorrhagic vs ischemic); subarachnoid hemorrhage from a ruptured aneurysm also falls under aneurysmal vascular disease. Ischemic stroke and TIA are handled under the relative contraindication for recent cardiovascular or cerebrovascular events.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'sanacora2017'],
  },
  {
    name: 'Allergy to ketamine or esketamine',
    slug: 'ketamine-or-esketamine-allergy',
    kind: 'absolute',
    patientExplanation:
      'Some people have had an allergic reaction to ketamine or esketamine. This may have happened during surgery or in an emergency room. Signs can include a rash, hives, swelling of the face, lips or throat, or trouble breathing. If this has happened to you, you must not have either medicine. The two are so closely related that a reaction to one means the other is not safe. Tell your team about reactions you have had to any medicine.',
    clinicianNote:
      'Hypersensitivity to esketamine, ketamine or any excipient is a labeled contraindication for SPRAVATO, and ketamine product labels also exclude known hypersensitivity. Esketamine is the S-enantiomer of racemic ketamine, so treat true hypersensitivity to either as excluding both. Distinguish genuine allergy from expected adverse effects (emergence reactions, dissociation, nausea) that are sometimes charted as "allergy"; review previous anesthetic records where available.',
    appliesTo: ['all'],
    citations: ['spravato-label'],
  },
  {
    name: 'Uncontrolled high blood pressure',
    slug: 'uncontrolled-hypertension',
    kind: 'relative',
    patientExplanation:
      'High blood pressure means blood pushes too hard on the walls of your arteries. Ketamine and esketamine raise blood pressure for a short time. The rise is often biggest in the first hour. If your blood pressure is already high and not well controlled, this extra rise could strain your heart, brain or blood vessels. Your team will check your blood pressure before and after each treatment. They may wait to treat you until it is better controlled. Do not stop or change your blood pressure medicine unless your doctor tells you to.',
    clinicianNote:
      'Ketamine and esketamine cause a transient rise in systolic and diastolic pressure, usually greatest within the first hour and settling over about two hours. The SPRAVATO label advises assessing blood pressure before each dose, weighing risk against benefit when baseline pressure is raised, and rechecking at about 40 minutes after dosing and then as clinically needed. People with a history of hypertensive encephalopathy need closer monitoring. Optimize antihypertensive treatment before starting, agree a local pre-treatment threshold and a plan for treatment-emergent hypertension, and have staff and equipment ready for cardiovascular emergencies.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'sanacora2017', 'cohen2018'],
  },
  {
    name: 'Recent heart attack, stroke or serious heart disease',
    slug: 'recent-heart-attack-stroke-or-heart-disease',
    kind: 'relative',
    patientExplanation:
      'Ketamine and esketamine make the heart beat faster and push blood pressure up for a while. A healthy heart can usually cope with this. But it may be risky if you have had a heart attack or stroke in the past few months. It may also be risky if you have serious heart disease. This includes heart failure, chest pain that is getting worse, a very narrow heart valve, or an uneven heartbeat that is not controlled. Your team may ask your heart doctor for advice first. Sometimes they will decide that this treatment is not safe for you.',
    clinicianNote:
      'Assess cardiovascular and cerebrovascular history and risk factors before starting, as the SPRAVATO label advises. Trials largely excluded people with unstable cardiovascular disease, so evidence in these groups is thin. Consider deferring treatment after a recent myocardial infarction, stroke or TIA, and seek cardiology input for heart failure, significant valve disease (e.g. severe aortic stenosis), coronary artery disease or arrhythmia. Obtain an ECG where indicated, and ensure resuscitation equipment and staff trained in life support are present.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'sanacora2017', 'cohen2018'],
  },
  {
    name: 'Psychosis or schizophrenia (now or in the past)',
    slug: 'psychosis',
    kind: 'relative',
    patientExplanation:
      'Psychosis means losing touch with what is real. A person may hear or see things that others do not. Or they may hold strong beliefs that are not true. Schizophrenia is a long-term illness that includes psychosis. Ketamine can cause short spells of odd thoughts and changes in how things look or sound. In people who have had psychosis, it may bring symptoms back or make them worse. If you have ever had psychosis, even once, tell your team. Many clinics will not offer ketamine in this case. Others will only do so after a very careful review.',
    clinicianNote:
      'Ketamine produces transient psychotomimetic effects and can worsen symptoms in people with psychotic disorders. Expert consensus treats current or past psychosis as a relative contraindication, and most trials excluded people with psychotic features, so safety data are lacking. Screen for schizophrenia-spectrum disorders, depression with psychotic features, substance-induced psychosis and psychotic features in past bipolar episodes; note a family history of psychosis. Involve the treating psychiatrist before proceeding.',
    appliesTo: ['all'],
    citations: ['sanacora2017', 'short2018', 'cohen2018'],
  },
  {
    name: 'Pregnancy and breastfeeding',
    slug: 'pregnancy-and-breastfeeding',
    kind: 'relative',
    patientExplanation:
      'We do not know enough about how ketamine or esketamine affect an unborn baby. Animal studies suggest they might harm a baby\'s growing brain. For this reason, the esketamine nasal spray is not recommended during pregnancy. It is also not advised while breastfeeding, because the medicine may reach the baby through breast milk. If you could become pregnant, talk with your team about birth control before you start. If you become pregnant during treatment, tell your team right away. They can help you weigh the risks and look at other options.',
    clinicianNote:
      'The SPRAVATO label states that esketamine is not recommended during pregnancy, based on animal data suggesting possible harm to the developing brain, and that breastfeeding is not recommended during treatment. Advise people who could become pregnant to consider pregnancy planning and prevention, and check pregnancy status before starting where relevant. Data on racemic ketamine in pregnancy outside anesthesia are very limited. Discuss alternatives such as psychotherapy or ECT where appropriate.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'cohen2018'],
  },
  {
    name: 'Active substance misuse (including past ketamine misuse)',
    slug: 'active-substance-misuse',
    kind: 'relative',
    patientExplanation:
      'Ketamine can be misused. Some people take it to get high, and some come to depend on it. If you are now using alcohol or drugs in a way that causes harm, ketamine may not be safe for you. It may also work less well. If you have misused ketamine in the past, the risk is even higher. Please be open with your team about alcohol and drug use, past and present. This is not about judging you. It helps them keep you safe. Some research studies test ketamine as a treatment for addiction, but always under close watch.',
    clinicianNote:
      'Ketamine and esketamine are Schedule III controlled substances with potential for misuse and dependence. The SPRAVATO label requires assessing each patient\'s risk of abuse or misuse before prescribing and monitoring for it during treatment. Screen with a validated tool (e.g. AUDIT, DAST-10), ask directly about non-medical ketamine use, and consider urine drug testing. Active use raises interaction risks (alcohol, benzodiazepines, opioids, stimulants). Prior ketamine misuse is a strong caution given dependence and urological and cognitive harms. Trials in alcohol and cocaine use disorders used supervised, structured protocols and do not support take-home ketamine in this group.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'short2018', 'sanacora2017'],
  },
  {
    name: 'Severe liver disease',
    slug: 'severe-liver-disease',
    kind: 'relative',
    patientExplanation:
      'Your liver breaks down ketamine and esketamine so your body can clear them. If your liver is badly damaged, the medicine may stay in your body longer. Side effects may then be stronger or last longer. The esketamine nasal spray has not been studied in people with severe liver disease, so it is not recommended for them. Liver problems have also been seen in people who use ketamine often over a long time. Your team may do a blood test to check your liver before you start.',
    clinicianNote:
      'Esketamine is cleared mainly by hepatic metabolism (CYP2B6 and CYP3A4). The SPRAVATO label reports higher exposure and a longer half-life in moderate hepatic impairment (Child-Pugh B), where longer monitoring after each dose may be needed, and does not recommend use in severe impairment (Child-Pugh C), which was not studied. Drug-induced liver injury, including cholestatic patterns, has been reported with prolonged or recurrent ketamine use. Check liver function tests at baseline and periodically during ongoing treatment.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'cohen2018', 'short2018'],
  },
  {
    name: 'Raised pressure in the eye or brain',
    slug: 'raised-eye-or-brain-pressure',
    kind: 'relative',
    patientExplanation:
      'Some eye and brain problems involve pressure that is too high. Glaucoma is an eye disease. In glaucoma, pressure inside the eye can harm the nerve you see with. Pressure inside the skull can rise after a head injury, with a brain tumor, or with some infections. Ketamine may raise these pressures for a short time. For most people this does not matter. But if you have one of these problems, your team needs to know. They may ask your eye doctor or brain specialist for advice first.',
    clinicianNote:
      'Ketamine has historically been linked with rises in intraocular and intracranial pressure. More recent data suggest the effect is modest, but caution is still advised, and the SPRAVATO label warns against use where a rise in blood pressure or intracranial pressure would pose a serious risk. Ask about glaucoma (especially untreated angle-closure), recent eye surgery or open-globe injury, space-occupying brain lesions, hydrocephalus, recent traumatic brain injury and idiopathic intracranial hypertension. Seek ophthalmology or neurology input where relevant.',
    appliesTo: ['all'],
    citations: ['spravato-label', 'cohen2018'],
  },
]

/** Every contraindication, for pages that list them all. */
export const allContraindicationSlugs = demoContraindications.map((item) => item.slug)
