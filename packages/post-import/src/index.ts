export { findConditionMentions, type ConditionMention, type MentionConfidence } from './conditions'
export { decodeSource } from './decode'
export { detectFormat } from './detect'
export { parsePost, type KnownMetadata } from './parse'
export { blocksToText } from './render'
export { detectLanguage, type PostLanguage } from './language'
export { MIXED_CASE_WORDS } from './runTogether'
export { parseSourceEntry } from './sources'
export { parseWxr, type WxrAttachment, type WxrItem, type WxrResult, type WxrSkipped, type WxrSkipReason } from './wxr'
export type { HtmlImage } from './html'
export {
  MAX_IMPORT_BYTES,
  type Block,
  type DecodeResult,
  type ImportFormat,
  type Inline,
  type ParsedPost,
  type PostMetadata,
  type SourceEntry,
} from './types'
