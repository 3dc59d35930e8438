import { articlesPage } from '@/views/articles-page'

const page = articlesPage('en')
export const generateMetadata = page.generateMetadata
export default page.Page
