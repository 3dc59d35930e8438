/** Demo conditions, written for this project in plain language. */
export const demoConditions: { name: string; summary: string; evidenceLevel: 'approved' | 'emerging' | 'investigational' }[] = [
  {
    name: 'Treatment-resistant depression',
    evidenceLevel: 'approved',
    summary:
      'Depression that has not improved enough after trying at least two antidepressant treatments. This is the use of ketamine-based treatment with the strongest evidence.',
  },
  {
    name: 'Depression with suicidal thoughts',
    evidenceLevel: 'approved',
    summary:
      'Major depression with thoughts of suicide. Ketamine can ease these thoughts within hours for some people, but it is given alongside, never instead of, urgent crisis care.',
  },
  {
    name: 'Bipolar depression',
    evidenceLevel: 'emerging',
    summary:
      'The low phase of bipolar disorder. Research on ketamine here is smaller and still growing, and treatment needs close watch for mood switching.',
  },
  {
    name: 'Post-traumatic stress disorder (PTSD)',
    evidenceLevel: 'emerging',
    summary:
      'Lasting distress after a frightening or harmful event, with flashbacks, nightmares and feeling on edge. Ketamine for PTSD is still being studied.',
  },
  {
    name: 'Anxiety disorders',
    evidenceLevel: 'investigational',
    summary:
      'Conditions where worry or fear is strong, lasting and hard to control. Early studies of ketamine exist, but it is not a standard anxiety treatment.',
  },
  {
    name: 'Obsessive-compulsive disorder (OCD)',
    evidenceLevel: 'investigational',
    summary:
      'Unwanted, repeated thoughts and urges to carry out rituals to relieve them. Small studies have tested ketamine for OCD; the evidence is early.',
  },
  {
    name: 'Alcohol use disorder',
    evidenceLevel: 'emerging',
    summary:
      'Drinking that is hard to control and causes harm. Researchers are testing whether ketamine combined with therapy helps people stay off alcohol.',
  },
  {
    name: 'Other substance use disorders',
    evidenceLevel: 'investigational',
    summary:
      'Problems with drugs such as cocaine or opioids. Ketamine-assisted therapy for these is experimental and offered mainly in research studies.',
  },
  {
    name: 'Eating disorders',
    evidenceLevel: 'investigational',
    summary:
      'Conditions such as anorexia and bulimia that affect eating, weight and how people see their bodies. Evidence for ketamine here is very limited.',
  },
  {
    name: 'Chronic pain',
    evidenceLevel: 'emerging',
    summary:
      'Pain that lasts longer than three months. Ketamine has long been used in pain medicine; its role for long-term pain at home is uncertain.',
  },
]
