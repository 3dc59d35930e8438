import { feedRoute } from '@/views/feed'

export const GET = feedRoute('es')
