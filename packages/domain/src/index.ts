export { doiUrl, formatCitation, isValidDoi, isValidPmid, normalizeDoi, pubmedUrl, type CitationFields, type CitationType } from './citations'
export { slugify } from './slug'
export { isSafeHttpUrl, isSafeLinkUrl } from './urls'
