export { doiUrl, formatCitation, isValidDoi, isValidPmid, normalizeDoi, pubmedUrl, type CitationFields, type CitationType } from './citations'
export { isValidSlug, slugify, SLUG_PATTERN } from './slug'
export { isSafeHttpUrl, isSafeLinkUrl } from './urls'
