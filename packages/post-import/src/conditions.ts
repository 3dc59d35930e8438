/**
 * Finding which conditions a post mentions. Words are compared after light normalisation (case, plural
 * "s", possessive "'s", hyphens and joined words), so "substance use disorders" finds "Other substance use
 * disorders" and "obsessive compulsive disorder" finds "obsessive-compulsive disorder".
 */

export type MentionConfidence = 'strong' | 'weak'

export interface ConditionMention<T> {
  key: T
  /** The condition's term (name or also-known-as) that matched, as written in the condition list. */
  term: string
  /** The words of the post that matched, as written in the post. */
  evidence: string
  /**
   * 'strong': a whole name or also-known-as term (in any word order); safe to link.
   * 'weak': only part of a term, e.g. "bipolar" or "substance abuse"; to be proposed to the editor, not linked.
   */
  confidence: MentionConfidence
}

interface Token {
  /** Lower case, plural "s" and possessive "'s" dropped. */
  stem: string
  /** The word as written, for acronyms, which match only in capitals. */
  raw: string
  start: number
  end: number
  /** Only spaces or hyphens stand between this word and the next, so a phrase may run on. */
  joinsNext: boolean
}

/** A word of a term: acronyms ("PTSD", "OCD") are compared as written, other words by their stem. */
interface TermWord {
  stem: string
  acronym: string | null
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu
const isAcronym = (word: string): boolean => /^[\p{Lu}\d]{2,5}$/u.test(word) && /\p{Lu}/u.test(word)

function stemOf(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'")
  // "disorders" → "disorder", but not "stress" or short words such as "gas".
  return lower.length >= 4 && /[^s]s$/.test(lower) ? lower.slice(0, -1) : lower
}

function tokenize(text: string): Token[] {
  const tokens = [...text.matchAll(WORD)].map((match) => ({
    stem: stemOf(match[0]),
    raw: match[0],
    start: match.index,
    end: match.index + match[0].length,
    joinsNext: false,
  }))
  tokens.forEach((token, index) => {
    const next = tokens[index + 1]
    token.joinsNext = next !== undefined && /^[\s\-\u2010-\u2014/]*$/.test(text.slice(token.end, next.start))
  })
  return tokens
}

const termWords = (term: string): TermWord[] => tokenize(term.normalize('NFC')).map((token) => ({ stem: token.stem, acronym: isAcronym(token.raw) ? token.raw : null }))

/** Words that may stand between the words of a term given in another order ("disorders of eating"). */
const FILLERS = new Set(['of', 'with', 'and', 'the', 'a', 'an', 'in', 'for', 'to', 'or'])

/** Words too common to propose a condition on their own; they count only inside a longer phrase. */
const GENERIC = new Set(
  [
    'disorder', 'disease', 'illness', 'syndrome', 'use', 'other', 'chronic', 'major', 'minor', 'stress', 'treatment', 'episode',
    'behavior', 'behaviour', 'acute', 'severe', 'dependence', 'abuse', 'addiction', 'drug', 'eating', 'pain', 'alcohol',
    'social', 'general', 'generalized', 'generalised', 'complex', 'regional', 'persistent', 'thought', 'ideation',
    'depression', 'depressive', 'nervosa', 'post', 'type', 'mental', 'health',
  ].map(stemOf),
)

/** Everyday words that point at a condition only before a word such as "use" or "disorder" ("substance abuse", not "other substances"). */
const NEEDS_HEAD = new Set(['substance', 'cocaine', 'opioid', 'binge', 'resistant', 'refractory', 'traumatic', 'compulsive'].map(stemOf))
const HEADS = new Set(['disorder', 'disease', 'use', 'abuse', 'misuse', 'addiction', 'dependence', 'problem', 'symptom', 'depression', 'illness'].map(stemOf))

/** A condition name shapes its terms: "Post-traumatic stress disorder (PTSD)" also means each part alone. */
function variantsOf(term: string): string[] {
  const cleaned = term.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!cleaned) return []
  const parenthesis = /^(.*\S)\s*\(([^()]+)\)$/.exec(cleaned)
  const variants = parenthesis?.[1] && parenthesis[2] ? [parenthesis[1], parenthesis[2]] : [cleaned]
  // "Other substance use disorders" is named against its neighbours; a post says "substance use disorders".
  for (const variant of [...variants]) {
    const other = /^other\s+(.+)$/i.exec(variant)
    if (other?.[1]) variants.push(other[1])
  }
  return variants
}

const sameWord = (token: Token | undefined, word: TermWord): boolean =>
  token !== undefined && (word.acronym ? token.raw === word.acronym : token.stem === word.stem)

/** Length (in text tokens) of a match of `words` in order at `at`; 0 when there is none. */
function matchInOrder(tokens: readonly Token[], at: number, words: readonly TermWord[]): number {
  const runsOn = (index: number) => index === at || tokens[index - 1]?.joinsNext === true
  if (words.some((word) => word.acronym)) return words.every((word, index) => sameWord(tokens[at + index], word) && runsOn(at + index)) ? words.length : 0
  // Compared joined, so "posttraumatic" matches "post-traumatic" and "post traumatic", but only at word ends.
  const target = words.map((word) => word.stem).join('')
  let joined = ''
  for (let index = at; index < tokens.length && runsOn(index); index++) {
    joined += tokens[index]?.stem ?? ''
    if (joined === target) return index - at + 1
    if (!target.startsWith(joined)) return 0
  }
  return 0
}

/** Length of a match of `words` in another order, with filler words allowed between them; 0 when none. */
function matchAnyOrder(tokens: readonly Token[], at: number, words: readonly TermWord[]): number {
  if (words.length < 2 || words.some((word) => word.acronym)) return 0
  const wanted = new Map<string, number>()
  for (const word of words) wanted.set(word.stem, (wanted.get(word.stem) ?? 0) + 1)
  let remaining = words.length
  for (let index = at; index < tokens.length && index < at + words.length + 2; index++) {
    if (index > at && tokens[index - 1]?.joinsNext !== true) return 0
    const stem = tokens[index]?.stem ?? ''
    const count = wanted.get(stem) ?? 0
    if (count > 0) {
      wanted.set(stem, count - 1)
      if (--remaining === 0) return index - at + 1
    } else if (index === at || !FILLERS.has(stem)) {
      return 0
    }
  }
  return 0
}

interface Candidate<T> {
  key: T
  term: string
  words: TermWord[]
  confidence: MentionConfidence
  /** Counts only when a word such as "use" or "disorder" follows (see NEEDS_HEAD). */
  needsHead?: boolean
}

/**
 * Parts of terms that point at exactly one condition: "bipolar", "substance abuse" (via "substance"),
 * "stress disorder". A single word counts only when it has four or more letters and is not common (GENERIC).
 */
function partialCandidates<T>(full: readonly Candidate<T>[]): Candidate<T>[] {
  const parts = new Map<string, { keys: Set<T>; first: Candidate<T> }>()
  for (const candidate of full) {
    const { words } = candidate
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= words.length; end++) {
        if (end - start === words.length) continue
        const part = words.slice(start, end)
        const id = part.map((word) => word.stem).join(' ')
        const single = part[0]
        if (part.length === 1 && single && (GENERIC.has(single.stem) || single.stem.length < 4 || single.acronym)) continue
        if (part.every((word) => FILLERS.has(word.stem))) continue
        const needsHead = part.length === 1 && single !== undefined && NEEDS_HEAD.has(single.stem)
        const entry = parts.get(id) ?? { keys: new Set<T>(), first: { ...candidate, words: part, confidence: 'weak', needsHead } }
        entry.keys.add(candidate.key)
        parts.set(id, entry)
      }
    }
  }
  // A part shared by two conditions, or the whole term of another condition, names neither.
  const wholeTerms = new Map(full.map((candidate) => [candidate.words.map((word) => word.stem).join(' '), candidate.key]))
  const result: Candidate<T>[] = []
  for (const [id, { keys, first }] of parts) {
    const whole = wholeTerms.get(id)
    if (keys.size === 1 && (whole === undefined || whole === first.key)) result.push(first)
  }
  return result
}

/**
 * Conditions mentioned in `text`, each once, in the order of their first mention. A condition found by a
 * whole term (in its own or another word order) is 'strong', with its first strong match as evidence; one
 * found only by part of a term is 'weak'. Acronyms ("PTSD", "OCD") match only in capitals, without a plural.
 */
export function findConditionMentions<T>(text: string, conditions: { key: T; terms: string[] }[]): ConditionMention<T>[] {
  const source = text.normalize('NFC').replace(/\u00a0/g, ' ')
  const tokens = tokenize(source)
  const full: Candidate<T>[] = []
  for (const condition of conditions) {
    for (const term of condition.terms) {
      for (const variant of variantsOf(term)) {
        const words = termWords(variant)
        if (words.length > 0) full.push({ key: condition.key, term, words, confidence: 'strong' })
      }
    }
  }
  const candidates = [...full, ...partialCandidates(full)]

  // Where each word occurs, so a long post is not scanned once per term.
  const positions = new Map<string, number[]>()
  tokens.forEach((token, index) => {
    const list = positions.get(token.stem)
    if (list) list.push(index)
    else positions.set(token.stem, [index])
  })
  // A match starts at a word that begins the joined term ("post", "posttraumatic") or, in another order, at any of its words.
  const firstWordsOf = (candidate: Candidate<T>): Set<string> => {
    const target = candidate.words.map((word) => word.stem).join('')
    const firsts = new Set([...target].map((_, index) => target.slice(0, index + 1)))
    for (const word of candidate.words) firsts.add(word.stem)
    return firsts
  }
  /** Where `candidate` first matches after `at` in the list of one first word, as [start, end] in the text. */
  const firstMatch = (candidate: Candidate<T>, starts: readonly number[], until: number): [number, number] | null => {
    for (const at of starts) {
      if ((tokens[at]?.start ?? 0) > until) return null
      const length = matchInOrder(tokens, at, candidate.words) || (candidate.confidence === 'strong' ? matchAnyOrder(tokens, at, candidate.words) : 0)
      if (!length) continue
      const after = tokens[at + length]
      if (candidate.needsHead && !(after && tokens[at + length - 1]?.joinsNext && HEADS.has(after.stem))) continue
      const start = tokens[at]?.start ?? 0
      // "substance abuse": the word that gave the context is part of the evidence.
      return [start, (candidate.needsHead ? after?.end : tokens[at + length - 1]?.end) ?? start]
    }
    return null
  }

  const best = new Map<T, ConditionMention<T> & { at: number }>()
  for (const candidate of candidates) {
    const strong = candidate.confidence === 'strong'
    for (const stem of firstWordsOf(candidate)) {
      const previous = best.get(candidate.key)
      // Nothing later can beat a match already found at least as strong.
      const until = previous && (previous.confidence === 'strong' || !strong) ? previous.at : Infinity
      const match = firstMatch(candidate, positions.get(stem) ?? [], until)
      if (!match) continue
      const [start, end] = match
      // Strong beats weak; then the earlier match; at the same place the longer one.
      const better =
        !previous ||
        (strong && previous.confidence === 'weak') ||
        (previous.confidence === candidate.confidence && (start < previous.at || (start === previous.at && end - start > previous.evidence.length)))
      if (better) best.set(candidate.key, { key: candidate.key, term: candidate.term, evidence: source.slice(start, end), confidence: candidate.confidence, at: start })
    }
  }
  return [...best.values()].sort((a, b) => a.at - b.at).map(({ key, term, evidence, confidence }) => ({ key, term, evidence, confidence }))
}
