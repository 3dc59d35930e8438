import { frameLayout } from '@/components/PageFrame'

/** Home, lists and the contraindications: the site-wide required disclaimers. */
export default frameLayout('all', 'en')
