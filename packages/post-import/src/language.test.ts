import { describe, expect, it } from 'vitest'

import { detectLanguage } from './language'
import { parsePost } from './parse'

describe('detectLanguage', () => {
  it('tells Spanish from English', () => {
    expect(detectLanguage('La ketamina puede aliviar la depresión en pocas horas, pero su efecto suele durar poco sin un plan de cuidado.')).toBe('es')
    expect(detectLanguage('Ketamine can ease depression within hours, but the effect often fades without a plan for ongoing care.')).toBe('en')
  })

  it('counts a text too short to judge as English', () => {
    expect(detectLanguage('Hola')).toBe('en')
    expect(detectLanguage('')).toBe('en')
  })

  it('is part of every parsed post, from its title and body', () => {
    const spanish = parsePost({
      name: 'post.md',
      text: '# Qué esperar de su primera sesión\n\nAntes de la sesión, su equipo revisará su salud y sus medicamentos. Durante la sesión, alguien estará con usted todo el tiempo. Después, necesitará que otra persona lo lleve a casa.',
    })
    expect(spanish.language).toBe('es')
    const english = parsePost({
      name: 'post.md',
      text: '# What to expect at your first session\n\nBefore the session, your team checks your health and your medicines. During it, someone stays with you the whole time. Afterwards, you need someone to drive you home.',
    })
    expect(english.language).toBe('en')
  })
})
