/** Questions a patient can bring to the clinician; the same on every handout and packet page. */
export const QUESTIONS_TO_ASK = [
  'Is ketamine or esketamine a good option for me, and why?',
  'What other treatments should I try first or alongside it?',
  'Do any of my health conditions or medicines make it unsafe?',
  'What happens during and after a session, and who will watch me?',
  'How will we know if it is working, and when do we stop?',
]
