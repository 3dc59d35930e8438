import { readFileSync } from 'node:fs'
import { parsePost } from './index'
const p = parsePost({ name: 'x.html', text: readFileSync('corpus/wix-saved-page.html', 'utf8') })
console.log(JSON.stringify({ removed: p.removed, splits: p.splits, blocks: p.blocks.slice(0, 2), meta: p.metadata }, null, 1))
