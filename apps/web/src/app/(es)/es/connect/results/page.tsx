import { connectResultsPage } from '@/views/connect-results'

const page = connectResultsPage('es')
export const metadata = page.metadata
export default page.Page
