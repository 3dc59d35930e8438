import type {
  ConditionSlug,
  SpanishArticle,
  SpanishCondition,
  SpanishContraindication,
  SpanishDisclaimer,
  SpanishSiteSettings,
} from './types'

/**
 * Spanish demo content, written for this project in plain, neutral Latin-American Spanish for US patients
 * (usted, short sentences, medical words explained, no dosing advice). Each text adapts this project's
 * English text (./condition-details.ts, ./contraindications.ts, ./disclaimers.ts, ./articles.ts,
 * ../conditions.ts, the site settings in ../index.ts) with the same facts and the same citation keys, and
 * adds no claim. Patient texts aim at a Fernández-Huerta reading ease of 70 or more (INFLESZ 55 or more):
 * `pnpm exec tsx apps/cms/scripts/spanish-readability.ts` prints every figure.
 */

export const spanishConditions: Record<ConditionSlug, SpanishCondition> = {
  'treatment-resistant-depression': {
    name: 'Depresión resistente al tratamiento',
    summary:
      'Depresión que no ha mejorado lo suficiente después de probar al menos dos tratamientos con antidepresivos. Es el uso de la ketamina que tiene más pruebas a su favor.',
    alsoKnownAs: [
      'DRT',
      'depresión refractaria',
      'depresión resistente',
      'depresión refractaria al tratamiento',
      'trastorno depresivo mayor resistente al tratamiento',
    ],
    overview: `## Qué es

La depresión es más que sentirse triste. Puede quitarle la energía y la esperanza. Puede cambiar su sueño, su apetito y sus ganas de hacer cosas. La depresión resistente al tratamiento (DRT) es la que no ha mejorado lo suficiente con al menos dos tratamientos con antidepresivos. Cada uno debió usarse el tiempo necesario para tener una buena oportunidad. La DRT es común, y no es culpa suya.

## Qué dice la investigación

Este es el uso de la ketamina con más pruebas a su favor. En los primeros estudios, la ketamina por la vena (un suero o goteo) alivió la depresión en horas o días a muchas personas.[@zarate2006] Un estudio más grande la comparó con otro medicamento que da sueño. Más personas mejoraron con la ketamina.[@murrough2013] En otro estudio grande, la ketamina por la vena funcionó por lo menos tan bien como la terapia electroconvulsiva (TEC). Esto fue en personas sin psicosis.[@anand2023]

La FDA es la agencia que aprueba los medicamentos en EE. UU. Aprobó la esketamina en spray nasal (SPRAVATO) para adultos con DRT.[@spravato-label] En los estudios, el spray ayudó más que un spray sin medicamento (placebo). Se usó junto con una pastilla antidepresiva.[@popova2019] Las personas que siguieron usándolo tuvieron menos recaídas.[@daly2019] Las otras formas de ketamina se usan fuera de indicación. Esto quiere decir que la FDA no las ha aprobado para la depresión.

El beneficio suele pasar si no hay un cuidado continuo. Todavía se estudia qué tan segura es a largo plazo.[@mcintyre2021]

## Preguntas para su médico

- ¿Ya probé los tratamientos que se usan primero?
- ¿Qué forma de ketamina ofrecen? ¿Está aprobada para mi caso?
- ¿Cómo sabremos si está funcionando?
- ¿Cuál es el plan si me ayuda? ¿Y si no me ayuda?`,
  },
  'depression-with-suicidal-thoughts': {
    name: 'Depresión con pensamientos suicidas',
    summary:
      'Depresión grave con pensamientos de suicidio. En algunas personas, la ketamina puede calmar estos pensamientos en pocas horas. Pero siempre se da junto con la atención urgente de crisis, nunca en su lugar.',
    alsoKnownAs: [
      'ideación suicida',
      'pensamientos suicidas',
      'ideas suicidas',
      'ideas de suicidio',
      'depresión suicida',
      'trastorno depresivo mayor con ideación suicida',
      'conducta suicida',
    ],
    overview: `## Qué es

Algunas personas con depresión grave tienen pensamientos de quitarse la vida. Estos pensamientos pueden llegar rápido y sentirse muy fuertes. Esto es una emergencia médica. Hay ayuda disponible ahora mismo.

> [!crisis] Pida ayuda ahora
> Si piensa en el suicidio, llame o envíe un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis. Puede recibir ayuda en español: llame al 988 y marque 2, o envíe AYUDA al 988. Si está en peligro, llame al 911.

## Qué dice la investigación

En los estudios, un solo tratamiento de ketamina por la vena calmó los pensamientos suicidas en un día a muchas personas. En algunas, el efecto duró hasta una semana.[@wilkinson2018] La esketamina en spray nasal (SPRAVATO) está aprobada por la FDA para adultos con depresión que de repente tienen pensamientos o actos suicidas. Se usa junto con una pastilla antidepresiva.[@spravato-label]

En los estudios principales, la depresión mejoró más rápido con el spray que con un spray sin medicamento (placebo).[@fu2020] Pero los pensamientos suicidas mejoraron en los dos grupos. No se ha probado que el spray evite el suicidio. Tampoco que calme los pensamientos suicidas más que el placebo.[@spravato-label] Por eso la ketamina se da junto con la atención en el hospital o en crisis, nunca en su lugar. Las otras formas de ketamina se usan para esto fuera de indicación, es decir, sin aprobación de la FDA.

## Preguntas para su médico

- ¿Cuál es mi plan de seguridad entre un tratamiento y otro?
- ¿A quién llamo de noche o en fin de semana?
- ¿Cómo se combinan este tratamiento, mi terapia y mis otros medicamentos?
- ¿Debo recibir cuidado en un hospital por ahora?`,
  },
  'bipolar-depression': {
    name: 'Depresión bipolar',
    summary:
      'La fase baja del trastorno bipolar. Los estudios de la ketamina en este caso son pocos y todavía crecen. El tratamiento exige vigilar de cerca si el ánimo cambia de golpe a la manía.',
    alsoKnownAs: [
      'episodio depresivo del trastorno bipolar',
      'episodio depresivo bipolar',
      'trastorno bipolar',
      'depresión bipolar tipo I',
      'depresión bipolar tipo II',
      'trastorno maníaco-depresivo',
    ],
    overview: `## Qué es

El trastorno bipolar causa grandes cambios en el ánimo y la energía. Hay fases altas, que se llaman manía o hipomanía. También hay fases bajas, que son etapas de depresión. La fase baja suele durar más que las altas, y puede ser difícil de tratar.

## Qué dice la investigación

En un estudio pequeño, personas con depresión bipolar recibieron un solo tratamiento de ketamina por la vena o un placebo. Todas tomaban también un estabilizador del ánimo, como el litio. Muchas se sintieron mejor en un día con la ketamina.[@diazgranados2010] Pero el beneficio solía pasar en unos días. Otros estudios también han sido pequeños y cortos.

La ketamina no está aprobada por la FDA para la depresión bipolar. Usarla es un uso fuera de indicación. El spray de esketamina tampoco está aprobado para esto.

En teoría, cualquier tratamiento para la depresión en el trastorno bipolar puede causar un cambio brusco a la manía. Los equipos médicos vigilan esto de cerca. En estos estudios, las personas siguieron tomando su estabilizador del ánimo.

## Preguntas para su médico

- ¿Debo seguir tomando mi estabilizador del ánimo durante el tratamiento?
- ¿Qué señales de manía debemos vigilar mi familia y yo?
- ¿Cómo se compara con los tratamientos aprobados para la depresión bipolar?
- ¿Qué pasa si mi ánimo sube demasiado?`,
  },
  'post-traumatic-stress-disorder-ptsd': {
    name: 'Trastorno de estrés postraumático (TEPT)',
    summary:
      'Malestar que dura después de un hecho aterrador o dañino, con recuerdos que vuelven, pesadillas y la sensación de estar siempre en alerta. La ketamina para el TEPT todavía está en estudio.',
    alsoKnownAs: [
      'TEPT',
      'estrés postraumático',
      'trastorno por estrés postraumático',
      'estrés post traumático',
      'PTSD',
    ],
    overview: `## Qué es

El TEPT puede aparecer después de un hecho aterrador, dañino o que puso en riesgo la vida. La persona puede revivir lo que pasó en recuerdos muy vivos o en pesadillas. Puede evitar todo lo que se lo recuerde. Puede sentirse en alerta, sin emociones o lejos de los demás. Estos problemas duran meses o más.

## Qué dice la investigación

En un estudio pequeño, un solo tratamiento de ketamina por la vena alivió los síntomas del TEPT en un día. Se comparó con el midazolam, un medicamento que da sueño.[@feder2014] Un estudio posterior dio varios tratamientos durante dos semanas. Más personas mejoraron con la ketamina que con el midazolam.[@feder2021] Los dos estudios fueron pequeños. Aún no sabemos cuánto dura el beneficio.

La ketamina no está aprobada por la FDA para el TEPT. Usarla es un uso fuera de indicación. Las terapias de conversación centradas en el trauma siguen siendo la primera opción. Además, la ketamina puede despertar sentimientos o recuerdos fuertes durante una sesión. Un equipo con formación en trauma puede ayudarle a sentirse seguro.

## Preguntas para su médico

- ¿Ya probé una terapia de conversación centrada en el trauma?
- ¿Tendré un terapeuta antes y después de las sesiones?
- ¿Qué harán si vuelven recuerdos dolorosos durante una sesión?
- ¿Hay algún estudio de investigación en el que pueda participar?`,
  },
  'anxiety-disorders': {
    name: 'Trastornos de ansiedad',
    summary:
      'Problemas en los que la preocupación o el miedo son fuertes, duran mucho y cuesta controlarlos. Hay estudios iniciales de la ketamina, pero no es un tratamiento habitual para la ansiedad.',
    alsoKnownAs: [
      'ansiedad',
      'trastorno de ansiedad generalizada',
      'TAG',
      'trastorno de ansiedad social',
      'ansiedad social',
      'fobia social',
    ],
    overview: `## Qué es

Todos nos preocupamos a veces. Un trastorno de ansiedad es cuando el miedo o la preocupación son fuertes, duran mucho y no dejan llevar la vida diaria. El trastorno de ansiedad generalizada (TAG) es una preocupación casi constante y difícil de controlar. El trastorno de ansiedad social es un miedo fuerte a que los demás lo juzguen o lo miren.

## Qué dice la investigación

La investigación de la ketamina para la ansiedad está en una etapa temprana. En un estudio muy pequeño, personas cuya ansiedad no había mejorado con otros tratamientos se sintieron menos ansiosas después de la ketamina. El efecto duró poco tiempo.[@glue2017] Hacen falta estudios más grandes y más largos.

La ketamina misma puede causar ansiedad o inquietud cuando empieza a hacer efecto.[@short2018] No está aprobada por la FDA para la ansiedad, y no es un tratamiento habitual. Se ofrece sobre todo en estudios de investigación. La terapia de conversación, como la terapia cognitivo-conductual (TCC), y algunos medicamentos tienen buenas pruebas. Son los primeros pasos de siempre.

## Preguntas para su médico

- ¿Ya probé los tratamientos probados para mi tipo de ansiedad?
- ¿Este tratamiento es parte de un estudio de investigación?
- ¿Cómo me ayudarían si siento ansiedad durante una sesión?
- ¿Qué nos haría parar el tratamiento?`,
  },
  'obsessive-compulsive-disorder-ocd': {
    name: 'Trastorno obsesivo-compulsivo (TOC)',
    summary:
      'Ideas no deseadas que vuelven una y otra vez. Y ganas de hacer rituales para calmarlas. Unos pocos estudios pequeños han probado la ketamina para el TOC. Las pruebas apenas empiezan.',
    alsoKnownAs: ['TOC', 'trastorno obsesivo compulsivo', 'obsesiones y compulsiones'],
    overview: `## Qué es

El TOC tiene dos partes principales. Las obsesiones son pensamientos, imágenes o impulsos no deseados que vuelven una y otra vez. Las compulsiones son actos o rituales que la persona siente que debe hacer para calmar la angustia. Por ejemplo, lavarse, revisar o contar. El TOC puede ocupar horas del día.

## Qué dice la investigación

Las pruebas son iniciales y no coinciden. En un estudio pequeño, un solo tratamiento de ketamina por la vena redujo rápido las obsesiones. En algunas personas, el beneficio duró cerca de una semana.[@rodriguez2013] Otro estudio pequeño, en personas con TOC grave, no encontró un beneficio duradero para los síntomas del TOC.[@bloch2012]

La ketamina no está aprobada por la FDA para el TOC. Usarla es un uso fuera de indicación. Los tratamientos mejor probados son una terapia de conversación llamada exposición con prevención de respuesta (EPR) y algunos medicamentos. La ketamina se estudia sobre todo en investigación, a veces junto con la EPR.

## Preguntas para su médico

- ¿Ya hice un tratamiento completo de EPR con un terapeuta formado?
- ¿Qué medicamentos para el TOC he probado, y por cuánto tiempo?
- ¿Este tratamiento es parte de un estudio de investigación?
- ¿Cómo mediremos si cambian mis síntomas del TOC?`,
  },
  'alcohol-use-disorder': {
    name: 'Trastorno por consumo de alcohol',
    summary:
      'Beber de una forma difícil de controlar y que causa daño. Los investigadores estudian si la ketamina, junto con terapia, ayuda a las personas a dejar el alcohol.',
    alsoKnownAs: [
      'alcoholismo',
      'dependencia del alcohol',
      'adicción al alcohol',
      'abuso de alcohol',
      'trastorno por uso de alcohol',
    ],
    overview: `## Qué es

El trastorno por consumo de alcohol es beber de una forma difícil de controlar y que causa daño. Puede afectar su salud, su trabajo, su dinero y sus relaciones. Tal vez quiera beber menos y no pueda. Tal vez se sienta mal cuando deja de beber.

## Qué dice la investigación

Los investigadores están probando la ketamina junto con terapia de conversación. En un estudio, las personas recibieron un solo tratamiento por la vena y una terapia que aumenta las ganas de cambiar. Las que recibieron ketamina dejaron el alcohol con más frecuencia que las que recibieron otro medicamento que da sueño.[@dakwar2020] En un estudio del Reino Unido, las personas recibieron ketamina o un placebo, junto con terapia o con información sobre el alcohol. Los grupos con ketamina tuvieron más días sin alcohol en los seis meses siguientes.[@grabski2022]

Estos estudios fueron pequeños. La ketamina no está aprobada por la FDA para este trastorno. Se ofrece sobre todo en investigación. La ketamina también se puede usar mal, y mezclarla con alcohol es peligroso. Los tratamientos probados incluyen la terapia de conversación, los grupos de apoyo y los medicamentos hechos para este trastorno.

> [!warning] Dejar de beber sin riesgos
> Si bebe mucho todos los días, dejarlo de golpe puede ser peligroso. Hable con un médico antes de dejarlo.

## Preguntas para su médico

- ¿Qué tratamientos probados para el consumo de alcohol me podrían ayudar?
- ¿Hay algún estudio de investigación en el que pueda participar?
- ¿Cómo me protegerían del mal uso de la ketamina?`,
  },
  'other-substance-use-disorders': {
    name: 'Otros trastornos por consumo de sustancias',
    summary:
      'Problemas con drogas como la cocaína o los opioides. En estos casos, la terapia con ketamina aún está a prueba. Se ofrece sobre todo en estudios de investigación.',
    alsoKnownAs: [
      'trastorno por consumo de cocaína',
      'trastorno por consumo de opioides',
      'dependencia de la cocaína',
      'dependencia de opioides',
      'adicción a las drogas',
      'adicción a los opioides',
      'drogadicción',
    ],
    overview: `## Qué es

Un trastorno por consumo de sustancias es usar una droga de una forma difícil de controlar y que causa daño. Esta página trata de drogas distintas del alcohol, como la cocaína y los opioides. Los opioides incluyen la heroína, el fentanilo y algunas pastillas fuertes para el dolor.

## Qué dice la investigación

La investigación está en una etapa temprana. En un estudio, personas con un trastorno por consumo de cocaína recibieron un solo tratamiento de ketamina por la vena y un programa de atención plena (mindfulness). Más de ellas dejaron la cocaína durante el estudio que las que recibieron otro medicamento.[@dakwar2019] El estudio fue pequeño y corto. La investigación de la ketamina para el consumo de opioides está en una etapa aún más temprana.

La ketamina no está aprobada por la FDA para ningún trastorno por consumo de drogas. También se puede usar mal. Por eso, para esto solo debe usarse en un estudio de investigación o en un programa con control estricto. Para el consumo de opioides, hay medicamentos probados, como la buprenorfina y la metadona, que salvan vidas. No deben dejarse para probar la ketamina.

## Preguntas para su médico

- ¿Qué tratamientos probados para mi tipo de consumo me podrían ayudar?
- ¿Esto es parte de un estudio de investigación?
- ¿Cómo me protegerían del mal uso de la ketamina?
- ¿Cómo encaja esto con mi tratamiento actual?`,
  },
  'eating-disorders': {
    name: 'Trastornos de la conducta alimentaria',
    summary:
      'Problemas como la anorexia y la bulimia, que afectan la forma de comer, el peso y cómo las personas ven su cuerpo. Las pruebas sobre la ketamina en este caso son muy pocas.',
    alsoKnownAs: [
      'trastornos alimentarios',
      'trastornos de la alimentación',
      'TCA',
      'anorexia',
      'anorexia nerviosa',
      'bulimia',
      'bulimia nerviosa',
      'trastorno por atracón',
    ],
    overview: `## Qué es

Los trastornos de la conducta alimentaria son enfermedades graves. Afectan la forma de comer, el peso y cómo las personas ven su cuerpo. En la anorexia nerviosa, la persona come muy poco y tiene miedo de subir de peso. En la bulimia, la persona come en exceso y luego trata de sacar la comida, por ejemplo al vomitar. En el trastorno por atracón, la persona come mucho a menudo y siente que pierde el control.

## Qué dice la investigación

Hay muy poca investigación de la ketamina para estos trastornos. Solo hay algunos informes de casos y estudios muy pequeños. No hay estudios grandes y bien controlados. No podemos decir si ayuda.

La seguridad es un tema especial. El bajo peso y los vómitos pueden forzar el corazón y alterar el equilibrio de sales del cuerpo. La ketamina sube el pulso y la presión arterial por un rato.[@short2018] No está aprobada por la FDA para estos trastornos. El camino probado es el cuidado de un equipo especializado en trastornos de la alimentación. Esto incluye controles médicos, apoyo con la nutrición y terapia de conversación. En los jóvenes, se usa a menudo una terapia con la familia.

## Preguntas para su médico

- ¿Me ha evaluado un equipo especializado en trastornos de la alimentación?
- ¿Mi corazón y mis análisis de sangre permiten un tratamiento nuevo?
- ¿Este tratamiento es parte de un estudio de investigación?
- ¿Qué tratamientos probados no he intentado todavía?`,
  },
  'chronic-pain': {
    name: 'Dolor crónico',
    summary:
      'Dolor que dura más de tres meses. La ketamina se usa desde hace mucho en el tratamiento del dolor, pero no está claro su papel para el dolor de larga duración en casa.',
    alsoKnownAs: [
      'síndrome de dolor crónico',
      'síndrome de dolor regional complejo',
      'SDRC',
      'dolor neuropático',
      'fibromialgia',
      'dolor persistente',
    ],
    overview: `## Qué es

El dolor crónico es un dolor que dura más de tres meses. Puede empezar después de una lesión o una enfermedad, o sin una causa clara. Algunos ejemplos son el dolor de los nervios, la fibromialgia y el síndrome de dolor regional complejo (SDRC). El SDRC es un dolor que dura mucho, a menudo en un brazo o una pierna. Es mucho más fuerte que la lesión que lo causó.

## Qué dice la investigación

Los médicos usan la ketamina para el dolor desde hace mucho tiempo, sobre todo en las cirugías. Para el dolor de larga duración, la ketamina por la vena alivia por un tiempo corto a algunas personas.[@orhurhu2019] Pero los estudios son pequeños y muy distintos entre sí. Las guías de expertos hallaron el mejor apoyo, aunque todavía modesto, para el SDRC. El apoyo para casi todos los otros tipos de dolor es débil.[@cohen2018]

El alivio suele pasar con el tiempo. Usarla de forma repetida y frecuente aumenta el riesgo de problemas de la vejiga, del hígado y de la memoria.[@short2018] La ketamina para el dolor crónico es un uso fuera de indicación. Funciona mejor como una parte de un plan más amplio contra el dolor. Ese plan puede incluir fisioterapia, otros medicamentos y terapia de conversación.

## Preguntas para su médico

- ¿Qué se sabe de la ketamina para mi tipo de dolor?
- ¿Cómo mediremos si me ayuda?
- ¿Cuánto podría durar el alivio, y qué pasa después?
- ¿Qué otras partes de mi plan contra el dolor deben seguir?`,
  },
}

export const spanishArticles: Record<string, SpanishArticle> = {
  'what-is-ketamine-assisted-therapy': {
    title: '¿Qué es la terapia con ketamina?',
    summary:
      'Una guía sencilla sobre la terapia con ketamina. Sepa de dónde viene y qué forma está aprobada por la FDA. Vea lo que puede hacer y lo que no.',
    body: `## Un medicamento con una larga historia

La ketamina es un medicamento que los médicos usan desde hace más de 50 años. Al principio se hizo para dormir a las personas en una cirugía. Todavía se usa en los hospitales y en las emergencias. También se usa para calmar el dolor.

En el año 2000, un estudio pequeño probó la ketamina en personas con depresión. Muchas se sintieron mejor en días, no en semanas.[@berman2000] Fue una gran sorpresa. Casi todos los medicamentos para la depresión tardan varias semanas en hacer efecto. Desde entonces, estudios más grandes han visto algo parecido.[@zarate2006][@murrough2013]

## Ketamina y esketamina

La ketamina tiene dos formas que son como la imagen de la otra en un espejo, igual que su mano izquierda y su mano derecha. La esketamina es una de esas dos formas. Viene en un spray nasal llamado SPRAVATO.

En EE. UU., la FDA (la agencia que aprueba los medicamentos) aprobó el spray de esketamina para dos usos en adultos:[@spravato-label]

- La depresión que no ha mejorado con otros tratamientos. Se llama depresión resistente al tratamiento.
- La depresión con pensamientos o actos suicidas que aparecen de repente.

Todos los otros usos de la ketamina para la salud mental son usos fuera de indicación. Esto quiere decir que un médico usa un medicamento aprobado para un fin que no aparece en su etiqueta oficial. Es legal y común. Pero quiere decir que la FDA no ha revisado las pruebas para ese uso.

## Qué quiere decir «terapia con ketamina»

No todos usan estas palabras de la misma forma. Conviene preguntarle a la clínica qué quiere decir para ellos. Casi todos los programas siguen uno de estos dos modelos:

1. **Medicamento con vigilancia.** Usted recibe ketamina o esketamina en una clínica. El personal lo vigila de cerca hasta que pasan los efectos. Usted sigue viendo a su propio terapeuta o médico.
2. **Medicamento y terapia.** Un terapeuta se reúne con usted antes y después de cada sesión. Algunos también se quedan con usted durante la sesión. La idea es aprovechar los días después de una sesión para trabajar en sus pensamientos, sentimientos y hábitos.

La investigación sobre el segundo modelo es más nueva. Un estudio inicial en el trastorno por consumo de alcohol unió la ketamina con terapia de conversación. Los resultados dieron esperanza.[@grabski2022] Pero aún no sabemos cuánto suma la terapia.

## Quién podría pensar en ella

Por lo general, la ketamina no es el primer tratamiento que se prueba. Los expertos la sugieren para personas cuya depresión no ha mejorado lo suficiente con otros cuidados.[@mcintyre2021] La clínica debe revisar su salud con cuidado antes de empezar. Esto incluye su presión arterial, su corazón, su historia de salud mental y su consumo de alcohol o drogas.[@sanacora2017] Algunas personas no deben recibir ketamina nunca. Puede leer más en nuestra guía sobre [quién no debe recibir ketamina](/contraindications).

## Lo que puede hacer y lo que no

La ketamina puede ayudar a algunas personas a sentirse mejor pronto. Pero no ayuda a todos. En muchas personas, el beneficio de un tratamiento pasa en unos días o en una o dos semanas.[@zarate2006] Por eso las clínicas planean con usted una serie de tratamientos y un plan de seguimiento.

> [!info] Bueno saberlo
> La ketamina no es una cura. Funciona mejor como una parte de un plan de cuidado más amplio. Ese plan puede incluir terapia, otros medicamentos y el apoyo de personas de su confianza.

La ketamina también tiene efectos secundarios. Durante una sesión, puede sentirse separado de su cuerpo o de lo que lo rodea. Su presión arterial puede subir por un rato. Estos efectos suelen pasar en un par de horas. La ketamina también se puede usar mal, por eso las clínicas la controlan de forma estricta.

## Preguntas para la clínica

- ¿Qué forma de ketamina usan? ¿Está aprobada por la FDA para mi caso?
- ¿Quién me va a vigilar durante cada sesión y después?
- ¿La terapia es parte del programa? ¿Quién la da?
- ¿Cómo vamos a decidir si está funcionando?
- ¿Cuánto cuesta? ¿Lo paga mi seguro médico?`,
  },
  'side-effects-of-ketamine-treatment': {
    title: 'Efectos secundarios del tratamiento con ketamina',
    summary:
      'Casi todos los efectos secundarios son cortos. Puede sentirse separado de su cuerpo, con náuseas, mareo o sueño, y su presión puede subir. Conozca los riesgos raros y a largo plazo, como el daño a la vejiga y el mal uso. Sepa cuándo avisar a su equipo.',
    body: `## Casi todos los efectos secundarios duran poco

Como todos los medicamentos, la ketamina y la esketamina pueden causar efectos secundarios. Casi todos empiezan durante una sesión y pasan en unas dos horas.[@short2018] Su equipo de salud lo va a vigilar durante ese tiempo. Saber qué esperar puede hacer que una sesión se sienta menos extraña.

## Efectos comunes durante una sesión

- **Sentirse separado.** Puede sentirse fuera de su cuerpo, como en un sueño. El tiempo, los sonidos o la luz pueden parecer raros. Los médicos lo llaman disociación. Es el efecto más común.[@spravato-label] Para muchas personas, se siente más leve después de las primeras sesiones.
- **Náuseas.** Algunas personas sienten el estómago revuelto o vomitan. Su clínica tal vez le pida no comer por un tiempo antes de una sesión.
- **Mareo.** Puede sentirse inestable, o sentir que el cuarto da vueltas. Quédese sentado hasta que el personal le diga que puede ponerse de pie.
- **Presión arterial más alta.** La presión y el pulso suelen subir por un rato. La subida suele ser mayor en la primera hora.[@spravato-label] El personal le toma la presión antes y después de cada dosis.
- **Sueño.** Puede sentir mucho sueño. En casos raros, a la persona le cuesta despertar o respira más despacio.[@spravato-label] Esta es una de las razones por las que el personal lo vigila de cerca.
- **Ansiedad.** Algunas personas sienten inquietud o miedo cuando empiezan los efectos.[@short2018] El personal puede ayudarle a calmarse.
- **Otros efectos.** Puede tener adormecimiento, dolor de cabeza, vista borrosa o un sabor raro. Suelen ser leves.

## Después de salir de la clínica

Puede sentirse cansado o aturdido el resto del día. Su juicio y sus reflejos pueden estar más lentos de lo que cree. No maneje ni use máquinas hasta el día siguiente, después de dormir bien una noche.[@spravato-label] Pregúntele a su equipo sobre el alcohol y otras cosas que dan sueño.

## Riesgos a más largo plazo

Casi todo lo que sabemos sobre el daño a largo plazo viene de personas que usan mal la ketamina. Muchas veces toman grandes cantidades, muy seguido y durante mucho tiempo.[@short2018] Aun así, conviene conocer estos riesgos:

- **Problemas de la vejiga.** El mal uso fuerte y por mucho tiempo puede dañar la vejiga. Las señales son dolor al orinar, necesidad de orinar muy seguido o sangre en la orina.
- **Memoria y pensamiento.** El mal uso frecuente se ha relacionado con problemas de memoria y de concentración.
- **Problemas del hígado.** En casos raros, el uso repetido se ha relacionado con daño al hígado.
- **Mal uso y dependencia.** La ketamina puede hacer que una persona se sienta drogada. Algunas personas empiezan a desearla o a usarla fuera del tratamiento. Por eso es un medicamento controlado, y por eso el spray solo se usa en clínicas.[@spravato-label]

En los estudios de tratamiento, estos problemas a largo plazo han sido poco comunes. Pero casi todos los estudios duraron solo semanas o meses.[@short2018] Por eso su equipo debe seguir revisándolo con el tiempo.

## Avise a su equipo si nota

- Dolor, ardor o sangre al orinar.
- Problemas nuevos de memoria o para pensar con claridad.
- Ganas fuertes de usar ketamina fuera del tratamiento.
- Un ánimo que empeora, o pensamientos nuevos de suicidio.
- Cualquier efecto secundario que le preocupe o que no se quite.

Si tiene pensamientos de suicidio, llame o envíe un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis. Para hablar en español, marque 2.

> [!warning] Pida ayuda rápido
> El dolor de pecho, un dolor de cabeza fuerte y repentino, la debilidad en un lado del cuerpo o la dificultad para respirar pueden ser señales de una emergencia. Llame al 911 de inmediato.`,
  },
  'preparing-for-your-ketamine-session': {
    title: 'Cómo prepararse para su sesión de ketamina',
    summary:
      'Cómo estar listo para una sesión de ketamina. Vea qué preguntar y qué medicamentos debe nombrar. Planee quién lo lleva a casa. Lleve lo que necesita y sepa qué esperar ese día.',
    body: `## Antes de su primera visita

Una buena clínica se toma el tiempo de conocerlo antes de empezar el tratamiento. El personal debe preguntarle por su salud física y mental. Debe preguntarle por los tratamientos que ya probó y por su consumo de alcohol o drogas.[@sanacora2017] Le tomarán la presión arterial. Tal vez también le pidan análisis de sangre o una prueba del corazón llamada electrocardiograma (ECG).

Sea sincero, aunque algunas cosas le den vergüenza. Así el equipo puede cuidar su seguridad. No se trata de juzgarlo.

## Cuéntele a su equipo sobre todos sus medicamentos

Haga una lista de todo lo que toma. Incluya:

- Los medicamentos con receta, como los de la presión, el sueño, la ansiedad o el dolor.
- Los medicamentos que compra sin receta, y las vitaminas o los productos de hierbas.
- El alcohol, la marihuana y cualquier otra droga.

Algunos medicamentos cambian el efecto de la ketamina. Las pastillas para dormir, algunos medicamentos para la ansiedad y los opioides para el dolor pueden darle más sueño. También pueden hacer que respire más despacio.[@spravato-label] Los estimulantes y algunos otros medicamentos pueden subirle aún más la presión. No deje ni cambie ningún medicamento por su cuenta. Pregúntele a su equipo qué hacer.

## Preguntas antes de empezar

- ¿Este tratamiento está aprobado por la FDA para mi caso, o es un uso fuera de indicación?
- ¿Qué formación tiene el personal? ¿Hay un médico cerca durante las sesiones?
- ¿Cómo me van a revisar la presión? ¿Cuánto tiempo me quedaré?
- ¿Qué pasa si siento miedo o malestar durante una sesión?
- ¿La terapia es parte del plan?
- ¿A quién llamo fuera del horario de la clínica?
- ¿Cuánto cuesta?

## Cómo planear el día

No debe manejar hasta el día siguiente, después de dormir bien una noche.[@spravato-label] Por eso necesita un plan para volver a casa.

> [!warning] Necesitará quien lo lleve a casa
> Planee que un adulto de confianza lo lleve a casa después de cada sesión. Muchas clínicas no empiezan la sesión hasta que sepan quién lo llevará.

Algunos consejos más:

- **Comer y beber.** La ketamina puede darle náuseas. Tal vez su clínica le pida no comer ni beber por un tiempo antes. Siga sus indicaciones.
- **Deje el día libre.** Planee descansar después de la sesión. No planee trabajar, manejar ni tomar decisiones importantes.
- **Medicamentos para la nariz.** Si usa otros sprays nasales, pregunte cuándo usarlos los días de tratamiento.

## Qué llevar

- Su lista de medicamentos y una identificación con foto.
- Ropa cómoda y suelta, y calcetines calientes.
- Un antifaz y audífonos, si su clínica lo permite.
- Música tranquila sin letra, si le ayuda a relajarse.
- Agua y algo ligero para comer después.
- El número de teléfono de la persona que lo llevará a casa.

## Pensar en lo que espera

A algunas personas les ayuda pensar en lo que esperan antes de una sesión. Esto se llama fijar una intención. Puede ser una frase sencilla, como «quiero sentir algo de alivio». No tiene que tenerlo todo claro. Un terapeuta puede ayudarle con esto.

## Durante la sesión y después

El personal le tomará la presión antes de empezar y otra vez después.[@spravato-label] Con el spray nasal, lo vigilarán por lo menos 2 horas. Si los efectos se sienten raros o le dan miedo, dígaselo a alguien del personal. Pueden ayudarle a calmarse. Los efectos van a pasar.

En casa, descanse. Si puede, pida a alguien que se quede con usted. Anote lo que quiera hablar con su terapeuta.

Si en algún momento no se siente seguro, llame o envíe un mensaje de texto al 988 (marque 2 para español). En una emergencia, llame al 911.`,
  },
  'ketamine-safety': {
    title: 'Su seguridad: quién no debe recibir ketamina y cuándo pedir ayuda',
    summary:
      'Algunas personas no deben recibir ketamina. Otras deben hablarlo bien antes con su médico. Sepa qué señales de alerta vigilar durante el tratamiento y después. Y sepa cuándo llamar al 988 o al 911.',
    body: `## Lo primero es su seguridad

La ketamina puede ayudar a algunas personas. Pero es un medicamento fuerte, y no es seguro para todos. Una buena clínica revisará su salud con cuidado antes de empezar.[@sanacora2017] Esta página explica las razones principales por las que alguien tal vez no pueda recibirla. Puede ver la lista completa en nuestra [página de contraindicaciones](/contraindications).

Una contraindicación es una razón para no usar un medicamento. Hay dos tipos:

- **Absoluta.** No debe recibir el medicamento nunca.
- **Relativa.** El medicamento puede ser riesgoso para usted. Usted y su médico deben pensar bien en lo bueno y lo malo.

## Quién no debe recibir ketamina ni esketamina

La ketamina y la esketamina suben la presión arterial por un rato. Para algunas personas, esto podría ser muy peligroso. No debe recibir estos medicamentos si tiene alguno de estos problemas:[@spravato-label]

- **Un aneurisma.** Es un punto débil y abombado en un vaso sanguíneo. Puede estar en el cerebro, el pecho, el vientre, o los brazos o las piernas.
- **Una malformación arteriovenosa (MAV).** Es un nudo de vasos sanguíneos que se formaron mal.
- **Un sangrado en el cerebro en el pasado.** Los médicos lo llaman hemorragia intracerebral.
- **Alergia a la ketamina o a la esketamina.**

## Problemas de salud que debe hablar antes

Estos problemas no siempre impiden el tratamiento. Pero debe hablarlos con cuidado con su médico.[@cohen2018]

- La presión arterial alta que no está bien controlada.
- Un infarto o un derrame cerebral reciente, o una enfermedad grave del corazón.
- La psicosis o la esquizofrenia, ahora o en el pasado.
- El embarazo o la lactancia.
- El mal uso actual de drogas o alcohol, o el mal uso de ketamina en el pasado.
- Una enfermedad grave del hígado.
- La presión alta en el ojo, como en algunos tipos de glaucoma, o en el cerebro.

Cuéntele a su equipo sobre todo esto, aunque haya pasado hace mucho.

## Cómo lo cuidan en la clínica

Durante cada sesión y después, el personal debe:

1. Tomarle la presión antes y después de la dosis.
2. Vigilarlo hasta que pasen los efectos. Con el spray de esketamina, son por lo menos 2 horas.[@spravato-label]
3. Asegurarse de que esté estable antes de que se vaya.
4. Comprobar que tiene quien lo lleve a casa sin riesgos.

No debe manejar ni usar máquinas hasta el día siguiente, después de dormir bien una noche.

## Señales de alerta

Avise al personal enseguida si nota algo de esto durante una sesión:

- Dolor de pecho, o el corazón muy rápido o golpeando fuerte.
- Un dolor de cabeza muy fuerte y repentino.
- Dificultad para respirar.
- Mucha confusión, o no poder mantenerse despierto.

Cuando ya esté en casa, llame a su equipo de salud si nota algo de esto:

- Dolor, ardor o sangre al orinar.[@short2018]
- Un ánimo que empeora, o pensamientos nuevos de hacerse daño.
- Ganas fuertes de usar ketamina fuera del tratamiento.

> [!crisis] Si está en crisis
> Si tiene pensamientos de suicidio, llame o envíe un mensaje de texto al **988**, la Línea de Prevención del Suicidio y Crisis. Es gratis y atiende de día y de noche. Para hablar en español, llame al 988 y marque 2, o envíe AYUDA al 988. Si está en peligro, o alguien tiene dolor de pecho, una convulsión o dificultad para respirar, llame al **911** ahora.

## Siga hablando con su equipo

La seguridad no se revisa una sola vez. Su salud puede cambiar con el tiempo. Cuéntele a su equipo si empieza un medicamento nuevo, si tiene un problema de salud nuevo o si queda embarazada. Haga preguntas siempre que algo no le parezca bien.`,
  },
  'supporting-someone-through-ketamine-treatment': {
    title: 'Cómo apoyar a alguien durante el tratamiento con ketamina',
    summary:
      'Consejos para la familia y los amigos. Sepa cómo ayudar antes, durante y después de una sesión de ketamina. Vea qué señales debe vigilar. Y sepa cómo cuidarse usted también.',
    body: `## Su papel es importante

Cuando un ser querido empieza un tratamiento con ketamina, usted puede hacer una gran diferencia. No necesita formación médica. Muchas veces, lo que más ayuda es sencillo: llevarlo a casa, un lugar tranquilo y alguien que escuche.

Pregúntele a la persona qué ayuda quiere. A algunas personas les gusta tener compañía. Otras prefieren estar solas y en calma después de una sesión. Respete lo que decida.

## Antes de empezar el tratamiento

- Aprenda lo básico. Lea sobre [las formas de dar la ketamina](/articles/ways-ketamine-is-given) y [sus efectos secundarios](/articles/side-effects-of-ketamine-treatment).
- Si la persona quiere, acompáñela a la primera visita. Dos personas suelen recordar más que una.
- Ayúdele a hacer una lista de todos sus medicamentos.
- Sepa a quién llamar en la clínica, también fuera del horario.

## El día del tratamiento

La persona no debe manejar hasta el día siguiente, después de dormir bien una noche.[@spravato-label] Con el spray nasal de esketamina, el personal la vigilará por lo menos 2 horas antes de que pueda irse.[@spravato-label]

- Planee llevarla a casa, o asegúrese de que otro adulto de confianza lo haga.
- Llegue a tiempo y tenga el teléfono prendido.
- Lleve una manta, agua y algo ligero de comer para el camino.

> [!info] Lo que podría ver
> Justo después de una sesión, la persona puede verse cansada, lenta o un poco en las nubes. Puede costarle explicar cómo se siente. Esto es común y suele pasar en unas horas.

## Después de la sesión

- Ayúdele a descansar en un lugar tranquilo.
- No la presione para que hable de la sesión. Deje que cuente lo que quiera cuando esté lista.
- Eviten las charlas serias o las decisiones importantes ese día.
- Recuérdele que no debe manejar, usar máquinas ni tomar alcohol hasta que su equipo diga que no hay riesgo.

## Señales que debe vigilar

Llame a su equipo de salud si nota:

- Un ánimo que empeora en los días siguientes.
- Mucho consumo de alcohol o drogas.
- Señales de que usa ketamina fuera del tratamiento, o de que pide más.
- Quejas de dolor o de sangre al orinar.[@short2018]
- Confusión nueva o problemas de memoria.

> [!crisis] Si la persona está en peligro
> Si la persona habla del suicidio o usted teme por su seguridad, llame o envíe un mensaje de texto al **988** para pedir consejo. Para hablar en español, marque 2. Si está en peligro ahora mismo, llame al **911**. Quédese con ella hasta que llegue la ayuda, si puede hacerlo sin riesgo.

## Cuídese usted también

Apoyar a alguien con un problema de salud mental puede cansar. Está bien pedir ayuda. Hable con amigos, familiares o un grupo de apoyo. Su propio médico o un consejero también pueden ayudarle. Cuidarse a sí mismo le hará más fácil seguir cuidando a su ser querido.`,
  },
  'how-ketamine-works-in-the-brain': {
    title: 'Cómo actúa la ketamina en el cerebro',
    summary:
      'La ketamina actúa sobre una sustancia del cerebro llamada glutamato. Sepa qué creen los científicos que hace en las células del cerebro y en las conexiones entre ellas. También explicamos lo que aún no se sabe.',
    body: `## Las células del cerebro hablan con sustancias químicas

Su cerebro tiene miles de millones de células nerviosas. Se pasan mensajes unas a otras con sustancias químicas. El espacio muy pequeño donde se juntan dos células se llama sinapsis. Una célula suelta una sustancia, y la siguiente la recibe con un receptor. Un receptor es como una cerradura, y la sustancia es la llave.

Casi todos los medicamentos para la depresión actúan sobre sustancias como la serotonina. La ketamina actúa sobre otra, llamada glutamato. El glutamato es la señal principal de «arranque» del cerebro. Ayuda a que las células se activen, y nos ayuda a aprender y a formar recuerdos.[@krystal2019]

## Lo primero que hace la ketamina

La ketamina bloquea un tipo de receptor del glutamato. Se llama receptor NMDA. NMDA es la sigla de un nombre químico largo.

Los científicos creen que esto causa una serie de pasos:[@krystal2019]

1. La ketamina bloquea los receptores NMDA de algunas células del cerebro que sirven para calmar la actividad.
2. Al haber menos calma, sale una ráfaga corta de glutamato.
3. Esa ráfaga activa otros receptores, llamados receptores AMPA.
4. Esto hace que se liberen señales de crecimiento, como una proteína llamada BDNF.
5. Estas señales ayudan a las células del cerebro a formar nuevas conexiones, o sinapsis.

En estudios con animales, el estrés que dura mucho puede achicar estas conexiones en partes del cerebro que controlan el ánimo. La ketamina parece ayudar a que vuelvan a crecer en horas o días.[@krystal2019] Esto podría explicar en parte por qué la ketamina puede actuar más rápido que casi todos los medicamentos para la depresión.[@berman2000]

## ¿Un tiempo para cambiar?

Algunos investigadores creen que puede haber un tiempo corto después del tratamiento en el que el cerebro está más abierto al cambio. Es una de las razones por las que algunas clínicas unen la ketamina con terapia. La idea es que las nuevas formas de pensar se afiancen con más facilidad. Esta idea da esperanza, pero no se ha probado del todo en personas.

## Lo que aún no sabemos

Es importante ser sinceros sobre lo que falta. Los científicos todavía estudian muchas preguntas:

- **Qué efecto importa más.** Bloquear los receptores NMDA tal vez no lo explique todo. La ketamina también actúa sobre otras partes del cerebro, y estas también podrían contar.[@krystal2019]
- **El papel del «viaje».** Muchas personas se sienten separadas o como en un sueño durante una sesión. No sabemos si esta sensación hace falta para el beneficio. Los estudios no coinciden.
- **Por qué ayuda a unas personas y a otras no.** Todavía no hay una prueba que diga quién va a responder.
- **Cuánto duran los cambios.** La mejora del ánimo suele pasar en días o semanas.[@zarate2006] No sabemos cuál es la mejor forma de mantenerla.
- **Los efectos a largo plazo.** Casi todos los estudios han seguido a las personas por meses, no por años.[@mcintyre2021]

## Ketamina y esketamina

La ketamina tiene dos formas que son como la imagen de la otra en un espejo. La esketamina es una de ellas. Encaja con más fuerza en los receptores NMDA. Las dos parecen actuar de forma parecida. Pero no se han comparado bien en estudios grandes. Por eso aún no podemos decir si una funciona mejor que la otra.

> [!info] Lo que esto quiere decir para usted
> No necesita entender la química del cerebro para elegir un tratamiento. Pero puede ayudarle saber que la ketamina actúa de otra forma que casi todos los medicamentos para la depresión. Tal vez por eso ayuda a algunas personas cuando otros medicamentos no lo hicieron.

## Por qué esto importa para su seguridad

El glutamato participa en casi todo lo que hace el cerebro. Por eso la ketamina puede cambiar por un rato cómo ve, oye y siente. También por eso el mal uso fuerte y frecuente de la ketamina se ha relacionado con problemas de memoria y de pensamiento.[@short2018] En una clínica, el personal lo vigila de cerca y planea su cuidado para que estos riesgos sean bajos.`,
  },
  'ways-ketamine-is-given': {
    title: 'Formas de recibir la ketamina: por la vena, en inyección, en pastillas y en spray nasal',
    summary:
      'La ketamina se puede dar por la vena, en una inyección, por la boca o en un spray nasal llamado SPRAVATO. Sepa cómo funciona cada forma y cuál está aprobada por la FDA. Vea qué controles de seguridad esperar.',
    body: `## Hay más de una forma

La ketamina puede entrar al cuerpo de varias formas. Los médicos las llaman vías. Cada vía actúa a una velocidad distinta y tiene reglas distintas. La vía adecuada para usted es algo que debe decidir con su médico. Depende de su salud, de su problema, de su presupuesto y de lo que se ofrezca cerca de usted.

## Infusión por la vena (IV)

IV quiere decir intravenosa, o sea, «dentro de la vena». Una enfermera le pone un tubo delgado en el brazo. El medicamento entra gota a gota, despacio, durante un tiempo fijo, a menudo menos de una hora.

La ketamina por la vena es una de las vías más estudiadas para la depresión.[@murrough2013] Un estudio grande incluyó a personas con depresión difícil de tratar y sin psicosis. La ketamina por la vena funcionó por lo menos tan bien como la terapia electroconvulsiva (TEC).[@anand2023] Aun así, la ketamina por la vena para la depresión es un uso fuera de indicación. Una ventaja de esta vía es el control. El personal puede hacer más lento el goteo o pararlo en cualquier momento.

## Inyección en el músculo (IM)

IM quiere decir intramuscular, o sea, «dentro del músculo». Le ponen una inyección, a menudo en la parte de arriba del brazo. Empieza a actuar rápido. Hay menos estudios de esta vía para la depresión. También es un uso fuera de indicación.

## Ketamina por la boca o debajo de la lengua

Oral quiere decir «por la boca». Sublingual quiere decir «debajo de la lengua». Algunas clínicas usan pastillas que se deshacen en la boca. Por esta vía, llega menos medicamento al cerebro. El efecto también puede cambiar más de una persona a otra. Hay mucha menos investigación sobre esta vía, y también es un uso fuera de indicación.

Algunos programas permiten usar estas pastillas en casa con reglas estrictas. Si se lo ofrecen, pregunte por los controles de seguridad y por cómo guardarlas sin riesgo. Pregunte quién va a estar con usted y a quién llamar si algo sale mal.

## Esketamina en spray nasal (SPRAVATO)

La esketamina es muy parecida a la ketamina. El spray nasal es el único medicamento de este tipo que la FDA ha aprobado para la depresión. Está aprobado para adultos con depresión resistente al tratamiento. También está aprobado para adultos con depresión que de repente tienen pensamientos o actos suicidas.[@spravato-label] En los estudios, sumar el spray a una pastilla antidepresiva ayudó más que un spray sin medicamento (placebo).[@popova2019]

El spray tiene reglas de seguridad estrictas. Son parte de un programa de la FDA llamado REMS. REMS es la sigla en inglés de «Estrategia de Evaluación y Mitigación de Riesgos».[@spravato-label] Con estas reglas:

- Solo usa el spray en una clínica o un consultorio médico autorizado. Nunca se lo lleva a casa.
- Usted mismo se pone el spray en la nariz mientras un trabajador de salud lo observa.
- El personal le toma la presión antes y después de cada dosis.
- El personal lo vigila por lo menos 2 horas después de cada dosis. Se asegura de que esté estable antes de que se vaya.
- No debe manejar ni usar máquinas hasta el día siguiente, después de dormir bien una noche.

> [!warning] Planee cómo volver a casa
> Después de cualquier tratamiento en una clínica, no debe manejar para volver a casa. Pida a un adulto de confianza que lo lleve. Pregunte en su clínica qué otras opciones permite.

## Cómo se comparan las vías

- **Las más estudiadas:** la ketamina por la vena y el spray de esketamina.
- **Aprobada por la FDA para la depresión:** solo el spray de esketamina.
- **La de más control durante una sesión:** la infusión por la vena.
- **La de menos investigación:** las formas por la boca y debajo de la lengua.

Los grupos de expertos están de acuerdo en que toda vía necesita una revisión y una vigilancia cuidadosas.[@sanacora2017] También insisten en que aún hay pocos datos a largo plazo.[@mcintyre2021]

## Preguntas para hacer

- ¿Por qué me sugiere esta vía?
- ¿Está aprobada por la FDA para mi caso, o es un uso fuera de indicación?
- ¿Cuánto tiempo me quedaré en la clínica después de cada sesión?
- ¿Mi seguro médico paga esta vía?`,
  },
  'integration-after-ketamine': {
    title: 'Integración: cómo dar sentido a su experiencia con la ketamina',
    summary:
      'La integración es hablar con un terapeuta después de una sesión. Usted da sentido a lo que surgió y lo usa en su vida diaria. Aquí le contamos qué incluye y qué dice la investigación.',
    body: `## Qué es la integración

Una sesión de ketamina puede traer pensamientos, sentimientos, imágenes o recuerdos fuertes. Algunos parecen tener mucho sentido. Otros confunden o molestan. Otros tal vez no parezcan querer decir nada. La integración es el trabajo de darle sentido a la experiencia cuando termina. A menudo se hace con un terapeuta, en charlas después de una sesión.

La meta no es descifrar cada imagen. La meta es notar lo que le importa a usted, y usarlo en su vida diaria.

## Por qué podría ayudar

Algunos científicos creen que el cerebro puede estar más abierto al cambio por un tiempo corto después de la ketamina.[@krystal2019] En ese tiempo, los hábitos y las formas de pensar nuevas tal vez se afiancen con más facilidad. La integración trata de aprovechar bien ese tiempo.

Esto todavía es una teoría. Pero algunos estudios iniciales apoyan unir la ketamina con terapia:

- En un estudio sobre el trastorno por consumo de alcohol, las personas que recibieron ketamina tuvieron más días sin beber que las que recibieron un placebo. Los resultados se vieron mejor cuando la ketamina se unió con terapia, pero el estudio fue muy pequeño para estar seguros.[@grabski2022]
- En otro estudio sobre el alcohol, un solo tratamiento por la vena junto con una terapia que aumenta las ganas de cambiar ayudó a más personas a dejar el alcohol.[@dakwar2020]
- En el trastorno por consumo de cocaína, un solo tratamiento por la vena junto con un programa de atención plena ayudó a más personas a dejar la cocaína durante el estudio.[@dakwar2019]

Estos estudios fueron pequeños. Además, probaron terapias concretas, no la integración en general. Todavía hacen falta estudios más grandes para saber cuánto suma la terapia.

## Cómo podría ser una sesión

La integración cambia de un terapeuta a otro. Una sesión podría incluir:

1. **Hablar de lo que vivió.** Usted cuenta lo que sintió y notó, con sus propias palabras.
2. **Buscar temas.** Su terapeuta le ayuda a unirlo con su vida, sus metas y sus luchas.
3. **Hacer planes pequeños.** Usted elige uno o dos cambios para probar. Puede ser llamar a un amigo o dar una caminata corta cada día.
4. **Revisar cómo está.** Hablan de su sueño, su energía, su ánimo y cualquier efecto secundario.

## Lo que puede hacer por su cuenta

- Anote algunas ideas poco después de una sesión, mientras las recuerda bien.
- Dibuje, haga música o pruebe otras formas de crear.
- Pase un rato tranquilo al aire libre.
- Hable con alguien de su confianza.
- Tenga paciencia. Algunas ideas tardan días o semanas en tener sentido.

> [!info] No hay una experiencia «correcta»
> Algunas personas tienen sesiones muy intensas. Otras sienten muy poco. Las dos cosas son normales. Los estudios no coinciden en si una sesión más fuerte da más beneficio.

## Cómo encontrar un terapeuta de integración

Busque a un profesional de salud mental con licencia. Puede ser un psicólogo, un consejero o un trabajador social. Pregúntele por su formación en terapia con ketamina. Pregúntele cómo trabaja con el médico que le receta el tratamiento. Un buen terapeuta respetará su punto de vista. No le impondrá su propia idea de lo que significa su experiencia.

## Cuándo pedir ayuda

A veces los sentimientos difíciles duran un tiempo después de una sesión. Esto no quiere decir que algo salió mal. Pero no debe pasarlo solo.

> [!warning] Si se siente peor
> Si se siente peor por más de uno o dos días, avise a su equipo de salud. Si tiene pensamientos de suicidio, llame o envíe un mensaje de texto al 988 (marque 2 para español). En una emergencia, llame al 911.`,
  },
  'ketamine-evidence-by-condition': {
    title: 'Lo que dicen las pruebas: la ketamina para distintos problemas de salud',
    summary:
      '¿Para qué está aprobada la ketamina por la FDA? ¿Dónde crecen las pruebas y dónde sigue siendo un experimento? Un resumen sencillo, con enlaces a cada problema de salud.',
    body: `## Cómo leer esta guía

La investigación sobre la ketamina avanza rápido. Pero no todo lo que lee en internet tiene pruebas sólidas. Aquí dividimos los problemas de salud en tres niveles:

- **Aprobada:** La FDA revisó las pruebas y aprobó un medicamento para este uso.
- **Pruebas que crecen:** Algunos buenos estudios dan esperanza, pero son pequeños o pocos.
- **En investigación:** Solo hay estudios iniciales o muy pequeños. El tratamiento se ofrece sobre todo en investigación.

Solo el spray nasal de esketamina (SPRAVATO) está aprobado por la FDA, y solo para dos tipos de depresión en adultos.[@spravato-label] Todos los otros usos de la ketamina para la salud mental son usos fuera de indicación.

## Aprobada

### Depresión resistente al tratamiento

Es la depresión que no ha mejorado con al menos dos tratamientos. El spray de esketamina, sumado a una pastilla antidepresiva, ayudó más que un spray sin medicamento (placebo).[@popova2019] Las personas que siguieron usándolo tuvieron menos recaídas.[@daly2019] La ketamina por la vena es un uso fuera de indicación en este caso, pero se ha estudiado bien.[@murrough2013] En un estudio grande, funcionó por lo menos tan bien como la TEC.[@anand2023] [Lea más sobre la depresión resistente al tratamiento](/conditions/treatment-resistant-depression).

### Depresión con pensamientos suicidas

El spray está aprobado para adultos con depresión que de repente tienen pensamientos o actos suicidas. En los estudios, la depresión mejoró más rápido que con un spray sin medicamento.[@fu2020] Pero no se ha probado que el spray evite el suicidio.[@spravato-label] En otros estudios, la ketamina por la vena calmó los pensamientos suicidas en un día.[@wilkinson2018] El tratamiento siempre se da junto con la atención de crisis. [Lea más sobre la depresión con pensamientos suicidas](/conditions/depression-with-suicidal-thoughts).

## Pruebas que crecen

- **[Depresión bipolar](/conditions/bipolar-depression).** Un estudio pequeño vio un alivio rápido pero corto al sumar la ketamina a un estabilizador del ánimo.[@diazgranados2010] Los equipos vigilan de cerca si hay un cambio a la manía.
- **[TEPT](/conditions/post-traumatic-stress-disorder-ptsd).** Un estudio pequeño vio que varios tratamientos por la vena aliviaron los síntomas más que otro medicamento.[@feder2021]
- **[Trastorno por consumo de alcohol](/conditions/alcohol-use-disorder).** Los estudios que unieron la ketamina con terapia vieron más días sin beber.[@grabski2022][@dakwar2020]
- **[Dolor crónico](/conditions/chronic-pain).** La ketamina por la vena puede dar alivio por un tiempo corto en algunos tipos de dolor.[@orhurhu2019] El mejor apoyo, aunque todavía modesto, es para un tipo de dolor llamado SDRC.[@cohen2018]

## En investigación

- **[Trastornos de ansiedad](/conditions/anxiety-disorders).** Un estudio muy pequeño vio menos ansiedad por un tiempo corto.[@glue2017]
- **[TOC](/conditions/obsessive-compulsive-disorder-ocd).** Los resultados no coinciden. Un estudio pequeño vio un alivio rápido.[@rodriguez2013] Otro no vio un beneficio que durara.[@bloch2012]
- **[Otros trastornos por consumo de sustancias](/conditions/other-substance-use-disorders).** Un estudio sobre el consumo de cocaína dio esperanza.[@dakwar2019] La investigación sobre el consumo de opioides está en una etapa temprana.
- **[Trastornos de la conducta alimentaria](/conditions/eating-disorders).** Solo hay algunos informes de casos y estudios muy pequeños. Todavía no hay estudios sólidos.

> [!info] Por qué importa que esté «aprobada»
> Que esté aprobada quiere decir que la FDA revisó estudios grandes sobre su seguridad y su beneficio. Un uso fuera de indicación todavía puede ser razonable. Pero usted debe saber qué tipo de uso le ofrecen, y por qué.

## Tenga en cuenta

Casi todos los estudios de la ketamina son pequeños y cortos. Muchos siguen a las personas por semanas, no por años. Los resultados de un estudio tal vez no se parezcan a lo que pasa en una clínica con mucho trabajo. Un tratamiento que ayuda a una persona tal vez no ayude a otra.

## Preguntas para hacer

- ¿Qué nivel de pruebas apoya este tratamiento para mi caso?
- ¿Los estudios se hicieron en personas como yo?
- ¿Hay tratamientos aprobados que todavía no he probado?
- ¿Hay algún estudio de investigación en el que pueda participar?`,
  },
}

export const spanishContraindications: Record<string, SpanishContraindication> = {
  'aneurysmal-vascular-disease': {
    name: 'Aneurisma o malformación arteriovenosa',
    patientExplanation:
      'Un aneurisma es un punto débil en la pared de un vaso sanguíneo. Se abomba hacia afuera como un globo pequeño. Puede estar en el cerebro, en la arteria grande del pecho o del vientre (la aorta), o en los brazos o las piernas. Una malformación arteriovenosa (MAV) es un nudo de vasos sanguíneos que se formaron mal. La ketamina y la esketamina suben la presión arterial por un rato. Esa subida podría romper un vaso débil o hacerlo sangrar. Si tiene alguno de estos problemas, no debe recibir estos medicamentos. Si no está seguro, pida a su médico que revise su historia clínica.',
    clinicianNote:
      'Contraindicación en la información para prescribir de la esketamina (SPRAVATO): enfermedad vascular aneurismática, incluidos los vasos intracraneales, la aorta torácica y abdominal y las arterias periféricas, o malformación arteriovenosa. La ketamina racémica tiene el mismo efecto simpaticomimético transitorio sobre la presión arterial y la frecuencia cardíaca, por lo que se aplica la misma exclusión a la ketamina IV, IM y oral. Pregunte por aneurismas conocidos, reparaciones vasculares previas abiertas o endovasculares, antecedentes familiares de aneurisma intracraneal y enfermedades que aumentan el riesgo de aneurisma (p. ej., síndrome de Ehlers-Danlos vascular, síndrome de Marfan, poliquistosis renal). Revise las pruebas de imagen disponibles antes del primer tratamiento.',
  },
  'intracerebral-haemorrhage-history': {
    name: 'Sangrado en el cerebro en el pasado (hemorragia intracerebral)',
    patientExplanation:
      'Una hemorragia intracerebral es un sangrado dentro del cerebro. Es un tipo de derrame cerebral. Puede pasar cuando se rompe un vaso sanguíneo del cerebro. Si alguna vez tuvo un sangrado en el cerebro, no debe recibir ketamina ni esketamina. Estos medicamentos suben la presión arterial por un rato. Eso podría aumentar el riesgo de otro sangrado. Cuéntele a su equipo sobre cualquier derrame cerebral que haya tenido, aunque haya sido hace mucho. Cuénteselo aunque no sepa de qué tipo fue.',
    clinicianNote:
      'Contraindicación en la información para prescribir de la esketamina (SPRAVATO). Se extiende a la ketamina racémica por el efecto presor común. Confirme el subtipo de ACV en la historia clínica (hemorrágico o isquémico); la hemorragia subaracnoidea por rotura de un aneurisma entra también en la enfermedad vascular aneurismática. El ACV isquémico y el AIT se tratan en la contraindicación relativa de eventos cardiovasculares o cerebrovasculares recientes.',
  },
  'ketamine-or-esketamine-allergy': {
    name: 'Alergia a la ketamina o a la esketamina',
    patientExplanation:
      'Algunas personas han tenido una reacción alérgica a la ketamina o a la esketamina. Puede haber pasado durante una cirugía o en una sala de emergencias. Puede salir un sarpullido o ronchas en la piel. La cara, los labios o la garganta se pueden hinchar. O puede costar respirar. Si esto le ha pasado, no debe recibir ninguno de los dos medicamentos. Los dos son casi iguales. Si uno le dio una reacción, el otro tampoco es seguro para usted. Cuéntele a su equipo si algún medicamento le dio una reacción.',
    clinicianNote:
      'La hipersensibilidad a la esketamina, a la ketamina o a cualquier excipiente es una contraindicación en la información para prescribir de SPRAVATO, y la de los productos de ketamina también excluyen la hipersensibilidad conocida. La esketamina es el enantiómero S de la ketamina racémica, por lo que una hipersensibilidad verdadera a cualquiera de las dos excluye ambas. Distinga la alergia real de los efectos adversos esperados (reacciones al despertar, disociación, náuseas) que a veces se anotan como «alergia»; revise los registros de anestesias previas si los hay.',
  },
  'uncontrolled-hypertension': {
    name: 'Presión arterial alta sin controlar',
    patientExplanation:
      'Tener la presión arterial alta quiere decir que la sangre empuja con demasiada fuerza contra las paredes de las arterias. La ketamina y la esketamina suben la presión arterial por un rato. La subida suele ser mayor en la primera hora. Si su presión ya está alta y no está bien controlada, esta subida extra podría forzar el corazón, el cerebro o los vasos sanguíneos. Su equipo le tomará la presión antes y después de cada tratamiento. Tal vez esperen a tratarlo hasta que su presión esté mejor controlada. No deje ni cambie su medicamento para la presión a menos que su médico se lo indique.',
    clinicianNote:
      'La ketamina y la esketamina causan una subida transitoria de la presión sistólica y diastólica, en general mayor en la primera hora y que se normaliza en unas dos horas. La información para prescribir de SPRAVATO indica medir la presión arterial antes de cada dosis, sopesar el riesgo y el beneficio cuando la presión basal está elevada, y volver a medirla a los 40 minutos de la dosis aproximadamente y después según la clínica. Las personas con antecedentes de encefalopatía hipertensiva necesitan una vigilancia más estrecha. Optimice el tratamiento antihipertensivo antes de empezar, acuerde un umbral local previo al tratamiento y un plan para la hipertensión que aparezca durante el tratamiento, y tenga personal y equipo listos para urgencias cardiovasculares.',
  },
  'recent-heart-attack-stroke-or-heart-disease': {
    name: 'Infarto o derrame cerebral reciente, o enfermedad grave del corazón',
    patientExplanation:
      'La ketamina y la esketamina hacen latir más rápido el corazón y suben la presión arterial por un rato. Un corazón sano por lo general lo tolera. Pero puede ser peligroso si tuvo un infarto o un derrame cerebral en los últimos meses. También puede serlo si tiene una enfermedad grave del corazón. Por ejemplo, si su corazón no bombea bien (insuficiencia cardíaca). O si tiene un dolor de pecho que va a peor. También si tiene una válvula del corazón muy estrecha, o un latido irregular sin control. Su equipo puede pedir antes la opinión de su médico del corazón. A veces decidirán que este tratamiento no es seguro para usted.',
    clinicianNote:
      'Evalúe los antecedentes y los factores de riesgo cardiovasculares y cerebrovasculares antes de empezar, como indica la información para prescribir de SPRAVATO. Los ensayos excluyeron en gran parte a personas con enfermedad cardiovascular inestable, por lo que la evidencia en estos grupos es escasa. Valore aplazar el tratamiento después de un infarto de miocardio, un ACV o un AIT recientes, y pida la opinión de cardiología ante insuficiencia cardíaca, valvulopatía importante (p. ej., estenosis aórtica grave), enfermedad coronaria o arritmia. Haga un ECG cuando esté indicado, y asegure la presencia de equipo de reanimación y de personal formado en soporte vital.',
  },
  psychosis: {
    name: 'Psicosis o esquizofrenia (ahora o en el pasado)',
    patientExplanation:
      'La psicosis es perder el contacto con lo que es real. La persona puede oír o ver cosas que los demás no oyen ni ven. O puede tener creencias fuertes que no son ciertas. La esquizofrenia es una enfermedad de larga duración que incluye la psicosis. La ketamina puede causar ratos cortos de pensamientos raros y cambios en cómo se ven o se oyen las cosas. En las personas que han tenido psicosis, puede hacer que los síntomas vuelvan o empeoren. Si alguna vez tuvo psicosis, aunque sea una sola vez, dígaselo a su equipo. Muchas clínicas no ofrecen ketamina en este caso. Otras solo lo hacen después de una revisión muy cuidadosa.',
    clinicianNote:
      'La ketamina produce efectos psicotomiméticos transitorios y puede empeorar los síntomas en personas con trastornos psicóticos. El consenso de expertos considera la psicosis actual o pasada una contraindicación relativa, y la mayoría de los ensayos excluyeron a personas con síntomas psicóticos, por lo que faltan datos de seguridad. Busque trastornos del espectro de la esquizofrenia, depresión con síntomas psicóticos, psicosis inducida por sustancias y síntomas psicóticos en episodios bipolares previos; anote los antecedentes familiares de psicosis. Consulte al psiquiatra tratante antes de seguir.',
  },
  'pregnancy-and-breastfeeding': {
    name: 'Embarazo y lactancia',
    patientExplanation:
      'No sabemos bien cómo la ketamina o la esketamina afectan al bebé en el vientre. Los estudios en animales dicen que podrían dañar el cerebro del bebé mientras crece. Por eso no se aconseja usar el spray nasal de esketamina en el embarazo. Tampoco se aconseja si da pecho. El medicamento podría llegar al bebé por la leche. Si puede quedar embarazada, hable antes con su equipo sobre cómo evitar un embarazo. Si queda embarazada durante el tratamiento, avise a su equipo enseguida. Le pueden ayudar a pensar en los riesgos y a ver otras opciones.',
    clinicianNote:
      'La información para prescribir de SPRAVATO indica que no se recomienda la esketamina durante el embarazo, por datos en animales que sugieren un posible daño al cerebro en desarrollo, y que no se recomienda la lactancia durante el tratamiento. Aconseje a las personas que puedan quedar embarazadas que consideren la planificación y la prevención del embarazo, y compruebe si hay embarazo antes de empezar cuando corresponda. Los datos sobre la ketamina racémica en el embarazo fuera de la anestesia son muy escasos. Hable de alternativas, como la psicoterapia o la TEC, cuando sea oportuno.',
  },
  'active-substance-misuse': {
    name: 'Consumo problemático actual de sustancias (incluido el mal uso de ketamina en el pasado)',
    patientExplanation:
      'La ketamina se puede usar mal. Algunas personas la toman para drogarse, y algunas llegan a depender de ella. Si ahora consume alcohol o drogas de una forma que le hace daño, la ketamina puede no ser segura para usted. También puede funcionar peor. Si en el pasado usó mal la ketamina, el riesgo es aún mayor. Hable con franqueza con su equipo sobre el alcohol y las drogas, antes y ahora. No se trata de juzgarlo. Esto les ayuda a cuidar su seguridad. Algunos estudios prueban la ketamina como tratamiento para la adicción, pero siempre con una vigilancia estrecha.',
    clinicianNote:
      'La ketamina y la esketamina son sustancias controladas de la Lista III (Schedule III), con potencial de mal uso y de dependencia. La información para prescribir de SPRAVATO exige evaluar el riesgo de abuso o mal uso de cada paciente antes de recetarla y vigilarlo durante el tratamiento. Use una herramienta validada (p. ej., AUDIT, DAST-10), pregunte directamente por el uso no médico de ketamina y considere un análisis de drogas en orina. El consumo activo aumenta el riesgo de interacciones (alcohol, benzodiacepinas, opioides, estimulantes). El mal uso previo de ketamina pide mucha cautela por la dependencia y los daños urológicos y cognitivos. Los ensayos en trastornos por consumo de alcohol y de cocaína usaron protocolos supervisados y estructurados, y no apoyan dar ketamina para llevar a casa en este grupo.',
  },
  'severe-liver-disease': {
    name: 'Enfermedad grave del hígado',
    patientExplanation:
      'El hígado descompone la ketamina y la esketamina para que el cuerpo pueda eliminarlas. Si su hígado está muy dañado, el medicamento puede quedarse más tiempo en el cuerpo. Los efectos secundarios pueden ser más fuertes o durar más. El spray nasal de esketamina no se ha estudiado en personas con enfermedad grave del hígado, así que no se recomienda para ellas. También se han visto problemas del hígado en personas que usan ketamina a menudo durante mucho tiempo. Su equipo tal vez le haga un análisis de sangre para revisar su hígado antes de empezar.',
    clinicianNote:
      'La esketamina se elimina sobre todo por metabolismo hepático (CYP2B6 y CYP3A4). La información para prescribir de SPRAVATO describe una exposición mayor y una vida media más larga en la insuficiencia hepática moderada (Child-Pugh B), en la que puede hacer falta vigilar más tiempo después de cada dosis, y no recomienda su uso en la insuficiencia grave (Child-Pugh C), que no se estudió. Se ha descrito daño hepático por fármacos, incluidos patrones colestásicos, con el uso prolongado o repetido de ketamina. Pida pruebas de función hepática al inicio y de forma periódica durante el tratamiento continuo.',
  },
  'raised-eye-or-brain-pressure': {
    name: 'Presión alta en el ojo o en el cerebro',
    patientExplanation:
      'Algunos problemas del ojo y del cerebro se deben a una presión demasiado alta. El glaucoma es una enfermedad del ojo. En el glaucoma, la presión dentro del ojo puede dañar el nervio que le permite ver. La presión dentro del cráneo puede subir después de un golpe en la cabeza, con un tumor cerebral o con algunas infecciones. La ketamina puede subir estas presiones por un rato. Para casi todas las personas esto no importa. Pero si tiene alguno de estos problemas, su equipo debe saberlo. Tal vez pidan primero la opinión de su oculista o de su especialista del cerebro.',
    clinicianNote:
      'La ketamina se ha asociado históricamente a subidas de la presión intraocular e intracraneal. Datos más recientes indican que el efecto es modesto, pero se sigue aconsejando precaución, y la información para prescribir de SPRAVATO advierte contra su uso cuando una subida de la presión arterial o de la presión intracraneal supondría un riesgo grave. Pregunte por glaucoma (sobre todo de ángulo cerrado sin tratar), cirugía ocular reciente o lesión con globo ocular abierto, lesiones cerebrales que ocupan espacio, hidrocefalia, traumatismo craneoencefálico reciente e hipertensión intracraneal idiopática. Pida la opinión de oftalmología o neurología cuando corresponda.',
  },
}

export const spanishDisclaimers: Record<string, SpanishDisclaimer> = {
  'medical-advice': {
    title: 'Aviso médico',
    body: 'Este sitio explica la terapia con ketamina de forma general. No es un consejo médico. No puede decirle si un tratamiento es bueno para usted. Antes de empezar, dejar o cambiar un tratamiento, hable con un profesional de la salud calificado. Debe ser alguien que conozca su historia de salud.',
  },
  emergency: {
    title: 'No es para emergencias',
    body: 'Este sitio no puede ayudarle en una emergencia. Si piensa en el suicidio o está en peligro, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, EE. UU.), o llame al 911 ahora. El 988 atiende en español: llame al 988 y marque 2, o envíe la palabra AYUDA al 988.',
  },
  'off-label': {
    title: 'Uso fuera de indicación y experimental',
    body: 'En EE. UU., solo está aprobado el spray nasal de esketamina, y solo para algunos tipos de depresión. Los otros usos de la ketamina que se describen aquí son usos fuera de indicación (sin aprobación para ese fin) o todavía están en estudio. Los resultados de la investigación tal vez no se apliquen a su caso.',
  },
}

export const spanishSiteSettings: SpanishSiteSettings = {
  siteName: 'Guía de la terapia con ketamina',
  organisation: 'Clínica de demostración',
  crisisHelp: {
    text: 'Si piensa en el suicidio o está en peligro, pida ayuda ahora. No tiene que esperar a su próxima cita. La línea 988 atiende en español: llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.',
    lineLabels: [
      'Línea de Prevención del Suicidio y Crisis (EE. UU.), llamada o texto; en español: marque 2 o envíe AYUDA',
      'Servicios de emergencia (EE. UU.)',
    ],
  },
  footer:
    'Información educativa, revisada por profesionales de la salud. No reemplaza los consejos de su propio equipo médico.',
}
