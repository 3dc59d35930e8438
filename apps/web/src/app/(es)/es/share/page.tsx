import { sharePage } from '@/views/share-page'

const page = sharePage('es')
export const metadata = page.metadata
export default page.Page
