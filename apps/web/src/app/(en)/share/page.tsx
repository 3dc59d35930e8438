import { sharePage } from '@/views/share-page'

const page = sharePage('en')
export const metadata = page.metadata
export default page.Page
