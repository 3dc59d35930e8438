/** The platform's own disclaimers, written for this project. */
export const demoDisclaimers = [
  {
    key: 'medical-advice',
    title: 'Medical disclaimer',
    body: 'This site explains ketamine-assisted therapy in general terms. It is not medical advice, and it cannot tell you whether a treatment is right for you. Talk with a qualified clinician who knows your health history before you start, stop or change any treatment.',
    kind: 'medical-advice' as const,
    required: true,
    scope: 'all' as const,
  },
  {
    key: 'emergency',
    title: 'Not for emergencies',
    body: 'This site cannot help in an emergency. If you are thinking about suicide or are in danger, call or text 988 (Suicide & Crisis Lifeline, US) or call 911 now.',
    kind: 'emergency' as const,
    required: true,
    scope: 'all' as const,
  },
  {
    key: 'off-label',
    title: 'Off-label and experimental use',
    body: 'In the US, only the esketamine nasal spray is approved, and only for some kinds of depression. Other uses of ketamine described here are off-label or still being studied. Research results may not apply to you.',
    kind: 'off-label' as const,
    required: false,
    scope: 'all' as const,
  },
]
