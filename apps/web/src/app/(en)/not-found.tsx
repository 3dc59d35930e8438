import { notFoundPage } from '@/views/not-found'

export default notFoundPage('en')
