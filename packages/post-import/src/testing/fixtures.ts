/** Test helpers: the fixture posts in packages/post-import/fixtures and the corpus (tests only; the library reads no files). */
import { readFileSync, readdirSync } from 'node:fs'

export function fixture(name: string): { name: string; text: string } {
  return { name, text: readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8') }
}

const CORPUS = new URL('../../corpus/', import.meta.url)

/** Every post file of the corpus (each has a `<name>.expected.json` beside it), with its expected structure. */
export function corpusFiles(): { name: string; text: string; expected: unknown }[] {
  return readdirSync(CORPUS)
    .filter((name) => !name.endsWith('.expected.json') && name !== 'README.md')
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(new URL(name, CORPUS), 'utf8'),
      expected: JSON.parse(readFileSync(new URL(`${name.replace(/\.[^.]+$/, '')}.expected.json`, CORPUS), 'utf8')) as unknown,
    }))
}

/**
 * The demo conditions of apps/cms/src/seed (names and also-known-as terms), copied so the package tests
 * need nothing outside the package. Keep in step with apps/cms/src/seed/conditions.ts and content/condition-details.ts.
 */
export const DEMO_CONDITIONS: { name: string; alsoKnownAs: string[] }[] = [
  { name: 'Treatment-resistant depression', alsoKnownAs: ['TRD', 'treatment-resistant major depressive disorder', 'treatment-refractory depression', 'refractory depression'] },
  {
    name: 'Depression with suicidal thoughts',
    alsoKnownAs: ['suicidal ideation', 'major depressive disorder with suicidal ideation', 'MDSI', 'acute suicidal ideation or behavior', 'suicidal depression'],
  },
  { name: 'Bipolar depression', alsoKnownAs: ['bipolar disorder depressive episode', 'bipolar depressive episode', 'bipolar I depression', 'bipolar II depression'] },
  { name: 'Post-traumatic stress disorder (PTSD)', alsoKnownAs: ['PTSD', 'post-traumatic stress disorder', 'posttraumatic stress disorder', 'post traumatic stress disorder'] },
  { name: 'Anxiety disorders', alsoKnownAs: ['generalised anxiety disorder', 'generalized anxiety disorder', 'GAD', 'social anxiety disorder', 'social phobia'] },
  { name: 'Obsessive-compulsive disorder (OCD)', alsoKnownAs: ['OCD', 'obsessive compulsive disorder'] },
  { name: 'Alcohol use disorder', alsoKnownAs: ['AUD', 'alcoholism', 'alcohol dependence', 'alcohol addiction', 'alcohol abuse'] },
  { name: 'Other substance use disorders', alsoKnownAs: ['cocaine use disorder', 'opioid use disorder', 'OUD', 'cocaine dependence', 'opioid dependence', 'drug addiction'] },
  { name: 'Eating disorders', alsoKnownAs: ['anorexia nervosa', 'bulimia', 'bulimia nervosa', 'binge eating disorder'] },
  { name: 'Chronic pain', alsoKnownAs: ['chronic pain syndrome', 'complex regional pain syndrome', 'CRPS', 'neuropathic pain', 'fibromyalgia', 'persistent pain'] },
]

/** The demo conditions as `findConditionMentions` takes them, keyed by name. */
export const DEMO_CONDITION_TERMS = DEMO_CONDITIONS.map((condition) => ({ key: condition.name, terms: [condition.name, ...condition.alsoKnownAs] }))
