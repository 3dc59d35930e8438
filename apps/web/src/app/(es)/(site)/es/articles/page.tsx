import { articlesPage } from '@/views/articles-page'

const page = articlesPage('es')
export const generateMetadata = page.generateMetadata
export default page.Page
