import type { LocaleMessages } from './locale-types.js';

/** Spanish sentences for the engine's codes, in plain language. Same keys as en.ts. */
export const es: LocaleMessages = {
  notice:
    'carelevel apoya, y no reemplaza, el criterio de un profesional clínico. No es un diagnóstico. En una emergencia llame al 911; en una crisis de salud mental o de consumo de sustancias llame o envíe un mensaje al 988.',
  levels: {
    'recovery-support': 'Apoyo para la recuperación',
    'early-intervention': 'Intervención temprana',
    outpatient: 'Tratamiento ambulatorio',
    'intensive-outpatient': 'Tratamiento ambulatorio intensivo (IOP)',
    'partial-hospitalization': 'Hospitalización parcial (programa de día)',
    'residential-low': 'Residencial de baja intensidad',
    'residential-high': 'Tratamiento residencial',
    'residential-medical': 'Residencial con atención médica las 24 horas',
    'inpatient-medical': 'Atención en el hospital',
  },
  withdrawalManagement: {
    none: 'No se necesita atención para la abstinencia',
    ambulatory: 'Atención para la abstinencia viviendo en casa, con revisiones diarias',
    residential: 'Atención para la abstinencia en un lugar con cuidado las 24 horas',
    inpatient: 'Atención para la abstinencia en un hospital',
  },
  dimensions: {
    '1': 'Intoxicación y abstinencia',
    '2': 'Salud física',
    '3': 'Salud mental y emociones',
    '4': 'Disposición para cambiar',
    '5': 'Riesgo de recaída o de seguir consumiendo',
    '6': 'Hogar y entorno de recuperación',
  },
  medication: {
    'opioid-use-disorder': 'Medicamento para el trastorno por consumo de opioides (buprenorfina, metadona o naltrexona)',
    'alcohol-use-disorder': 'Medicamento para el trastorno por consumo de alcohol (como naltrexona o acamprosato)',
  },
  substances: {
    alcohol: 'alcohol',
    opioids: 'opioides',
    benzodiazepines: 'benzodiacepinas',
    sedatives: 'sedantes',
    stimulants: 'estimulantes',
    cannabis: 'cannabis',
    hallucinogens: 'alucinógenos',
    inhalants: 'inhalantes',
    tobacco: 'tabaco',
    other: 'otra sustancia',
  },
  terms: {
    none: 'ninguno',
    mild: 'leve',
    moderate: 'moderado',
    severe: 'grave',
    low: 'bajo',
    high: 'alto',
    imminent: 'inmediato',
  },
  crisis: {
    overdose: 'Esto parece una sobredosis. Llame al 911 ahora. Si tiene naloxona (Narcan), úsela. Quédese con la persona.',
    'medical-emergency':
      'Es una emergencia que necesita un médico ahora. Llame al 911 o vaya a la sala de emergencias más cercana. En una crisis de salud mental también puede llamar o enviar un mensaje al 988.',
    'suicide-risk':
      'La seguridad es lo primero. Llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora, o llame al 911 o vaya a la sala de emergencias más cercana. Nadie en riesgo debe quedarse solo.',
    'harm-to-others': 'Alguien puede estar en peligro. Llame al 911, o llame o envíe un mensaje al 988 para recibir ayuda ahora.',
    'severe-withdrawal':
      'La abstinencia grave puede causar convulsiones y puede ser mortal. Vaya a una sala de emergencias o llame al 911 ahora. No intente dejarlo solo.',
  },
  reason: {
    'older-adult-withdrawal-alone':
      'Más de 65 años, abstinencia del consumo diario de alcohol o sedantes, y nadie en casa para vigilar. Necesita atención médica las 24 horas.',
    'self-harm-thoughts': 'Aparecieron pensamientos de muerte o de hacerse daño. Un profesional debe revisar pronto la seguridad.',
    'severe-use-and-environment': 'Un problema grave con sustancias, sigue consumiendo, y un hogar que va en contra de la recuperación.',
    'insufficient-information': 'Todavía no se sabe lo suficiente sobre el consumo o la salud mental. Empiece con una cita de evaluación.',
    'no-concerns': 'No se encontraron problemas aquí.',
    'not-assessed': 'Todavía no hay respuestas sobre esto.',
    'overdose-signs': 'Hay señales de una sobredosis en este momento.',
    'severe-intoxication': 'Muy intoxicado en este momento. Hay que vigilarlo hasta que pase.',
    'sedative-withdrawal-mild': 'Abstinencia leve de alcohol o sedantes{ciwaAr? (CIWA-Ar {ciwaAr})}.',
    'sedative-withdrawal-moderate':
      'Abstinencia moderada de alcohol o sedantes{ciwaAr? (CIWA-Ar {ciwaAr})}. Necesita medicamento y revisiones diarias.',
    'withdrawal-no-monitoring': 'Hay abstinencia y nadie en casa puede vigilar las señales de peligro.',
    'sedative-withdrawal-risk-factors':
      'Abstinencia moderada{ciwaAr? (CIWA-Ar {ciwaAr})} junto con algo que la hace más riesgosa, como la edad, la salud, abstinencias pasadas u otra abstinencia al mismo tiempo.',
    'withdrawal-complicated-history': 'Una abstinencia anterior causó convulsiones o confusión (delirio). Eso aumenta el riesgo esta vez.',
    'withdrawal-complicated-history-moderate':
      'Abstinencia moderada{ciwaAr? (CIWA-Ar {ciwaAr})} después de convulsiones o delirio en una abstinencia anterior. Necesita atención en el hospital.',
    'sedative-withdrawal-severe': 'Abstinencia grave de alcohol o sedantes{ciwaAr? (CIWA-Ar {ciwaAr})}. Puede causar convulsiones.',
    'benzodiazepine-taper': 'Consumo diario de benzodiacepinas. La dosis debe bajar poco a poco con un médico, nunca de golpe.',
    'benzodiazepine-withdrawal-moderate':
      'Consumo diario de benzodiacepinas con abstinencia moderada{ciwaAr? (CIWA-Ar {ciwaAr})}. Bajar la dosis con seguridad necesita atención médica las 24 horas.',
    'pregnant-sedative-withdrawal':
      'Abstinencia durante el embarazo. Debe tratarse en un hospital, donde también se puede revisar al bebé.',
    'opioid-withdrawal': 'Abstinencia de opioides{cows? (COWS {cows})}. Medicamentos como la buprenorfina o la metadona pueden aliviarla.',
    'opioid-withdrawal-moderately-severe': 'Abstinencia fuerte de opioides{cows? (COWS {cows})}.',
    'opioid-withdrawal-severe': 'Abstinencia grave de opioides{cows? (COWS {cows})}. Necesita atención médica.',
    'opioid-with-sedative-dependence':
      'Consumo de opioides junto con consumo diario de alcohol o sedantes. La abstinencia de ambos a la vez necesita atención médica.',
    'other-withdrawal': 'La abstinencia de estimulantes o cannabis no es peligrosa para el cuerpo, pero puede traer un ánimo muy bajo.',
    'physical-stable': 'Un problema de salud que está estable. Siga con su médico de siempre.',
    'physical-needs-monitoring': 'Un problema de salud que un médico debe vigilar.',
    'pregnant-substance-use': 'Embarazada y consumiendo. La atención prenatal y el tratamiento deben ir juntos.',
    'physical-unstable': 'Un problema de salud que no está estable y necesita enfermeras y un médico cerca.',
    'physical-emergency': 'Una emergencia médica.',
    'suicide-risk-low': 'Algunos pensamientos de suicidio, con riesgo bajo. Un plan de seguridad ayuda.',
    'suicide-risk-moderate':
      'Pensamientos de suicidio con riesgo moderado. Se necesita una evaluación de salud mental hoy y un plan de seguridad.',
    'suicide-risk-high': 'Riesgo alto de suicidio.',
    'harm-risk-low': 'Algún riesgo bajo de hacer daño a otros.',
    'harm-risk-moderate': 'Un riesgo moderado de hacer daño a otros. Se necesita apoyo cercano y un plan de seguridad.',
    'harm-risk-high': 'Un riesgo alto de hacer daño a otra persona.',
    'psychosis-stable': 'Una enfermedad psicótica que está estable con tratamiento.',
    'psychosis-active': 'Ver u oír cosas, o creencias que no son reales, en este momento.',
    'psychosis-with-danger': 'Psicosis en este momento, con peligro para sí mismo o para otros, o sin poder cuidarse.',
    'functioning-mild': 'Algo de dificultad con la vida diaria.',
    'functioning-moderate': 'Dificultad clara con el trabajo, la escuela o la vida en casa.',
    'functioning-severe': 'Dificultad seria con la vida diaria en muchas áreas.',
    'unable-self-care': 'No puede atender sus necesidades básicas en este momento.',
    'symptoms-moderate':
      'Depresión o ansiedad a un nivel que necesita tratamiento{phq9Total? (PHQ-9 {phq9Total})}{gad7Total? (GAD-7 {gad7Total})}.',
    'symptoms-severe': 'Depresión grave{phq9Total? (PHQ-9 {phq9Total})}.',
    'symptoms-with-impairment':
      'Depresión o ansiedad fuerte{phq9Total? (PHQ-9 {phq9Total})}{gad7Total? (GAD-7 {gad7Total})} que afecta la vida diaria.',
    'readiness-ambivalent': 'No está seguro de querer cambiar. Es común, y hablarlo ayuda.',
    'readiness-low': 'Todavía no está listo para cambiar. El tratamiento puede ayudar igual, empezando por lo que le importa a la persona.',
    'readiness-refusing': 'No quiere atención ahora. Siga buscando el contacto e incluya a la familia si es posible.',
    'risky-use': 'Un consumo que tiene riesgos, aunque no haya adicción.',
    'early-remission':
      'Dejó de consumir en el último año{abstinenceDays? ({abstinenceDays} días)}. El primer año, y sobre todo los primeros meses, tiene el mayor riesgo de recaída.',
    'opioid-maintenance': 'En tratamiento continuo por el consumo de opioides. Siga con el medicamento y las citas mientras ayuden.',
    'severe-disorder-needs-structure':
      'Un problema grave con sustancias, activo o que paró hace poco, que necesita un programa estructurado varios días por semana.',
    'cravings-in-remission': 'Volvieron los antojos, y todavía hay pocas formas de manejarlos. La atención para prevenir recaídas ayuda.',
    'step-down-without-home':
      'Acaba de terminar un tratamiento de 24 horas y no tiene dónde vivir. Una residencia con estructura protege lo logrado.',
    'active-disorder': 'Un problema actual con el consumo de sustancias.',
    'active-disorder-moderate': 'Un problema moderado o grave con sustancias, y sigue consumiendo.',
    'severe-disorder-active': 'Un problema grave con sustancias, y sigue consumiendo.',
    'severe-disorder-early': 'Un problema grave con sustancias que paró hace poco.',
    'step-down-after-residential':
      'Terminó hace poco un tratamiento residencial o en el hospital. Pasar a un programa fuerte protege lo logrado.',
    'cravings-limited-coping': 'Tiene antojos y todavía pocas formas de manejarlos.',
    'high-cravings': 'Antojos fuertes y sigue consumiendo.',
    'no-coping': 'Todavía no tiene formas de manejar los antojos o el estrés.',
    'failed-lower-level': 'Un tratamiento anterior no funcionó{failedEpisodes? ({failedEpisodes} veces)}; el consumo siguió después.',
    'failed-intensive':
      'El consumo volvió después de un tratamiento intensivo o residencial{failedEpisodes? ({failedEpisodes} programas anteriores)}.',
    'overdose-history': 'Una sobredosis en el último año, y sigue consumiendo opioides.',
    'relapse-very-high': 'Antojos fuertes, pocas formas de manejarlos y una sobredosis o recaída después de un tratamiento.',
    'support-some': 'Algo de apoyo de otras personas.',
    'no-transportation': 'No tiene una forma segura de llegar a un programa.',
    'legal-pressure': 'Presión de un tribunal o legal para recibir tratamiento.',
    'support-none': 'Nadie apoya la recuperación en este momento.',
    'housing-unstable': 'La vivienda no es estable.',
    'household-use': 'Alguien en casa consume alcohol o drogas.',
    'support-undermining': 'Personas cercanas hacen más difícil la recuperación.',
    homeless: 'No tiene dónde vivir.',
    'unsafe-environment': 'No está seguro donde vive (violencia o abuso).',
    'disorder-without-support':
      'Un problema moderado o grave con sustancias sin apoyo ni seguridad en casa. Un programa estructurado ayuda a crear apoyo.',
    'relapse-and-environment': 'Una alta probabilidad de volver a consumir y un hogar que va en contra de la recuperación.',
    'very-high-relapse-and-environment': 'Una probabilidad muy alta de volver a consumir y un hogar que va en contra de la recuperación.',
    'co-occurring-high-severity': 'Síntomas serios de salud mental y una alta probabilidad de volver a consumir, al mismo tiempo.',
    'mental-health-unsafe-home': 'Síntomas serios de salud mental y ningún lugar seguro al cual volver cada noche.',
  },
  change: {
    'all-together': 'Ningún cambio por sí solo bajaría el nivel. Todos los siguientes juntos harían adecuado: {level}.',
    'mental-health-steadier': 'Si bajan los síntomas y los riesgos de salud mental, podría bastar: {level}.',
    'crisis-first': 'Primero, póngase a salvo con ayuda de emergencia. Después, el siguiente paso es: {level}.',
    'someone-to-monitor': 'Si alguien pudiera quedarse con la persona durante la abstinencia, podría hacerse en casa.',
    'withdrawal-resolved': 'Cuando termine la abstinencia, podría bastar: {level}.',
    'physical-stabilized': 'Cuando el problema de salud esté estable, podría bastar: {level}.',
    'suicide-risk-lower': 'Si baja el riesgo de suicidio, podría bastar: {level}.',
    'harm-risk-lower': 'Si baja el riesgo de hacer daño a otros, podría bastar: {level}.',
    'psychosis-treated': 'Cuando la psicosis esté tratada, podría bastar: {level}.',
    'functioning-better': 'Si la vida diaria se vuelve más manejable, podría bastar: {level}.',
    'symptoms-lower': 'Si la depresión o la ansiedad bajan, podría bastar: {level}.',
    'longer-abstinence': 'Después de más tiempo sin consumir, podría bastar: {level}.',
    'coping-skills': 'Con mejores formas de manejar los antojos, podría bastar: {level}.',
    'support-found': 'Con personas que apoyen la recuperación, podría bastar: {level}.',
    'safe-housing': 'Con un lugar seguro y estable donde quedarse, sería adecuado: {level}.',
    'home-free-of-use': 'Con un hogar sin alcohol ni drogas (como una residencia de recuperación), sería adecuado: {level}.',
    'step-down-when-stable': 'A medida que las cosas mejoren, la atención puede bajar a un nivel menos intensivo.',
    'step-up-signs': 'Si el consumo, los antojos, el ánimo o la seguridad empeoran, la atención debe subir de nivel.',
  },
  assumption: {
    'abstinence-in-controlled-environment':
      'El tiempo sin consumir fue en un lugar controlado (como la cárcel o un hospital). Tratamos la recuperación como recién comenzada.',
    'withdrawal-unknown-daily-opioid-use':
      'No se preguntó sobre la abstinencia. Por el consumo diario de opioides, planeamos para al menos una abstinencia leve.',
    'disorder-severity-inferred':
      'No se indicó qué tan serio es el problema con {substance}. Lo tratamos como {severity} según la frecuencia de consumo.',
    'use-days-unknown': 'No se indicó con qué frecuencia se consume una sustancia. Lo tratamos como consumo actual.',
    'disorder-severity-from-screen': 'No se nombró ninguna sustancia, así que usamos el puntaje de detección para juzgar la gravedad.',
    'abstinence-unknown-treated-as-early': 'No se indicó cuánto tiempo lleva sin consumir. Lo tratamos como reciente.',
    'withdrawal-unknown-daily-sedative-use':
      'No se preguntó sobre la abstinencia. Por el consumo diario de alcohol o sedantes, planeamos para al menos una abstinencia leve.',
    'withdrawal-substance-unknown':
      'Se indicó abstinencia sin nombrar la sustancia. La tratamos como abstinencia de alcohol, por seguridad.',
    'withdrawal-history-unknown':
      'No sabemos si hubo convulsiones o confusión en abstinencias pasadas. Las tratamos como posibles, así que no se planea la abstinencia en casa sin alguien que vigile.',
    'home-monitoring-unknown': 'No sabemos si alguien puede quedarse con la persona durante la abstinencia. Lo tratamos como que no.',
    'suicide-risk-not-assessed': 'No se preguntó sobre el riesgo de suicidio. Por favor pregunte; puede cambiar el plan.',
    'insufficient-information': 'Casi no hay respuestas sobre el consumo o la salud mental. El resultado es solo un punto de partida.',
    'dimension-not-assessed': 'No hay respuestas sobre {dimension}. Lo tratamos como sin problemas; por favor pregunte.',
  },
  warning: {
    'release-overdose-risk':
      'Después de estar en la cárcel, la prisión o un hospital, el cuerpo tolera menos. El riesgo de sobredosis es muy alto en las primeras semanas. Empiece el medicamento y lleve naloxona antes de salir.',
    'phq9-item9-positive':
      'La respuesta sobre pensamientos de muerte o de hacerse daño fue mayor que cero. Pregunte directamente hoy sobre el riesgo de suicidio.',
    'instrument-total-mismatch':
      'El total de {instrument} indicado ({given}) no coincide con sus preguntas ({computed}). Se usaron las preguntas.',
    'asq-positive-needs-safety-assessment':
      'La prueba de detección de suicidio salió positiva. Se necesita una breve evaluación de seguridad antes de que la persona se vaya.',
    'screen-suicide-higher-than-reported':
      'Las respuestas de detección muestran más riesgo de suicidio que el indicado ({reported}). Se usó el riesgo más alto.',
    naloxone: 'Lleve naloxona (Narcan) y asegúrese de que las personas cercanas sepan usarla.',
    'opioid-sedative-overdose-risk': 'Los opioides con alcohol o benzodiacepinas aumentan mucho el riesgo de una sobredosis mortal.',
    'benzodiazepine-do-not-stop-abruptly': 'No deje las benzodiacepinas de golpe. Dejarlas de repente puede causar convulsiones.',
    'pregnancy-opioids-medication-not-withdrawal':
      'Durante el embarazo, la metadona o la buprenorfina son más seguras que dejar los opioides. No pase por la abstinencia.',
    'injection-health': 'Si se inyecta drogas: hágase la prueba del VIH y de la hepatitis C, y use material nuevo y limpio.',
    'withdrawal-may-start':
      'La abstinencia puede empezar de 6 a 24 horas después de la última bebida o dosis. Esté atento a temblores, sudor o confusión.',
    'stimulant-mood':
      'Después de dejar los estimulantes, el ánimo puede caer mucho la primera semana. Esté atento a pensamientos de suicidio.',
    'suicide-risk-not-assessed': 'Pregunte sobre el riesgo de suicidio. Las personas que empiezan tratamiento tienen más riesgo.',
    'older-adult-sedatives':
      'Después de los 65 años, la abstinencia puede durar más y ser más peligrosa. Prefiera una abstinencia vigilada.',
    'additional-crisis': 'También es urgente: {kind}.',
  },
  transitionAction: {
    'step-up': 'Subir de nivel',
    transfer: 'Traslado para atender la abstinencia',
    continue: 'Seguir en este nivel',
    'step-down': 'Bajar de nivel',
    'discharge-to-aftercare': 'Terminar el tratamiento con un plan de seguimiento',
  },
  transition: {
    'crisis-now': 'Hay una crisis ahora. Primero busque ayuda de emergencia.',
    'needs-more': 'El nivel actual ya no es suficiente.{worse? Peor que la última vez: dimensiones {worse}.}',
    'hold-something-worse': 'Algunas cosas empeoraron (dimensiones {worse}), así que todavía no es momento de bajar de nivel.',
    'withdrawal-elsewhere': 'La abstinencia ahora necesita un lugar que este nivel no ofrece. La atención sigue después.',
    'goals-met':
      'Se cumplieron las metas del tratamiento.{better? Mejor que la última vez: dimensiones {better}.} Siguen el apoyo para la recuperación y un plan de seguimiento.',
    'needs-less': 'Las cosas están mejor{better? (dimensiones {better})}, así que ahora es seguro un nivel menos intensivo.',
    'still-needed': 'Este nivel sigue siendo el adecuado.',
  },
  aftercareComponent: {
    'individual-therapy': 'Terapia individual',
    'support-groups': 'Grupos de apoyo (como AA, NA o SMART Recovery)',
    'recovery-residence': 'Vivienda sobria o residencia de recuperación',
    'medication-management': 'Revisiones de medicamentos',
    'life-skills': 'Entrenamiento en habilidades para la vida',
    'peer-recovery-coach': 'Un acompañante de recuperación',
    'family-support': 'Apoyo y educación para la familia',
    'primary-care': 'Visitas regulares al médico',
    'housing-help': 'Ayuda para encontrar vivienda',
  },
  aftercare: {
    'continue-therapy': 'Siga viendo a un consejero después del programa. La recuperación toma tiempo.',
    'mutual-help': 'Los grupos dan apoyo de personas que han pasado por lo mismo.',
    'keep-medication': 'Siga tomando el medicamento para la recuperación y siga viendo a quien lo receta.',
    'psychiatric-medication': 'Siga con el medicamento de salud mental y con revisiones regulares.',
    'home-not-supportive': 'Un hogar sin alcohol ni drogas hace más fácil la recuperación.',
    housing: 'Primero, un lugar estable donde vivir.',
    'build-support': 'Un acompañante que ha vivido la recuperación puede ayudar a crear una red de apoyo.',
    family: 'Una familia que entiende la recuperación puede ayudar a mantenerla.',
    'daily-life': 'Las habilidades para el trabajo, el dinero y la rutina diaria apoyan la recuperación.',
    'physical-health': 'Los problemas de salud necesitan seguimiento con un médico.',
    'crisis-988': 'Llame o envíe un mensaje de texto al 988 a cualquier hora, de día o de noche.',
    'crisis-911': 'En una emergencia, llame al 911 o vaya a la sala de emergencias más cercana.',
  },
  crisisNames: {
    overdose: 'sobredosis',
    'medical-emergency': 'emergencia médica',
    'suicide-risk': 'riesgo de suicidio',
    'harm-to-others': 'riesgo para otros',
    'severe-withdrawal': 'abstinencia grave',
  },
};
