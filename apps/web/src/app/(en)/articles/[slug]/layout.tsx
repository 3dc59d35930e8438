import { frameLayout } from '@/components/PageFrame'

/** Article pages and their handouts: the required disclaimers for all pages and for articles. */
export default frameLayout('articles', 'en')
