import { connectResultsPage } from '@/views/connect-results'

const page = connectResultsPage('en')
export const metadata = page.metadata
export default page.Page
