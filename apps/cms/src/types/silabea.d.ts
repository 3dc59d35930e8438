declare module 'silabea' {
  const silabea: {
    /** Splits one Spanish word into syllables (orthographic rules: diphthongs, triphthongs, hiatus). */
    getSilabas(word: string): { palabra: string; numeroSilaba: number; silabas: { inicioPosicion: number; silaba: string }[] }
  }
  export default silabea
}
