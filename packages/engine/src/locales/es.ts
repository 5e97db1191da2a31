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
    and: 'y',
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
    'lethal-means': 'Armas de fuego o muchas pastillas donde vive.',
    'severe-first-year':
      'Un problema grave que dejó en el último año{abstinenceDays? ({abstinenceDays} días)}. La atención ambulatoria regular sigue por ahora.',
    'first-months':
      'Dejó de consumir hace poco{abstinenceDays? ({abstinenceDays} días)}. Los primeros tres meses tienen el mayor riesgo de recaída, así que el tratamiento continúa.',
    'intoxication-depressant-combination':
      'Muy intoxicado con dos o más sustancias que calman o dan sueño a la vez (alcohol, benzodiacepinas o pastillas para dormir, opioides). La respiración puede hacerse lenta o parar.',
    'sedative-withdrawal-expected':
      'Consumo diario de alcohol o sedantes{sedativeRecentHours?, la última vez hace {sedativeRecentHours} horas}. La abstinencia todavía no empezó, pero puede empezar en pocas horas.',
    'sedative-withdrawal-expected-significant':
      'Consumo diario y fuerte de alcohol{pawss? (PAWSS {pawss})}{sedativeRecentHours?, el último trago hace {sedativeRecentHours} horas}. Es probable una abstinencia fuerte cuando empiece.',
    'withdrawal-history-unknown':
      'No se sabe si una abstinencia anterior causó convulsiones o confusión. Hasta que un profesional lo pregunte, la abstinencia debe vigilarla personal médico.',
    'withdrawal-risk-factors':
      'Abstinencia, ahora o pronto, y algo que la hace más peligrosa: tener 65 años o más, un problema de salud serio, otra sustancia que calma, riesgo de suicidio o un puntaje PAWSS alto.',
    'withdrawal-no-daily-checks':
      'La atención de la abstinencia en casa necesita una revisión cada día, y no hay cómo llegar ni visitas por video o por teléfono.',
    'pregnant-withdrawal-expected':
      'Embarazada, y viene una abstinencia de alcohol o sedantes. Debe tratarse en un hospital antes de que empiece, para poder revisar también al bebé.',
    'opioid-withdrawal-expected': 'Consumo diario de opioides. Viene la abstinencia; empezar buprenorfina o metadona puede evitarla.',
    'opioid-withdrawal-with-depressant':
      'Viene la abstinencia de opioides, junto con alcohol o sedantes todos los días. Para empezar el tratamiento con seguridad se necesita personal médico cerca.',
    'serious-illness':
      'Un problema de salud serio (como enfermedad del corazón, del hígado o de los pulmones, anticoagulantes, caídas o una lesión en la cabeza).',
    'cognitive-impairment':
      'Problemas de memoria o para pensar. La atención debe ser sencilla, por escrito y compartida con alguien de confianza.',
    'postpartum-opioid':
      'Tuvo un bebé en el último año y tiene un problema con opioides. Los meses después del parto tienen un riesgo alto de sobredosis.',
    'suicide-screen-positive':
      'Las respuestas muestran pensamientos de suicidio o de hacerse daño. Un profesional debe hablar hoy con la persona sobre su seguridad.',
    'frequent-self-harm-thoughts':
      'Pensamientos de muerte o de hacerse daño casi todos los días, y todavía sin una revisión de seguridad. Hasta que la haya, planee contacto varias veces por semana.',
    'recent-attempt': 'Un intento de suicidio en los últimos tres meses. Se necesitan un plan de seguridad y seguimiento cercano.',
    'after-mental-health-discharge':
      'Salió del hospital o de atención de crisis por salud mental{daysSinceDischarge? hace {daysSinceDischarge} días}. Las primeras semanas después son de alto riesgo.',
    'severe-symptoms-near-hospital':
      'Depresión grave{phq9Total? (PHQ-9 {phq9Total})}, problemas con la vida diaria y riesgo de suicidio al mismo tiempo. Esto necesita un programa de día o más.',
    'relapse-in-episode':
      'Volvió a consumir durante el tratamiento ({currentLevel}). Eso no es motivo para menos atención: el tratamiento se ajusta, no se reduce.',
    'after-discharge':
      'Salió de un hospital o de un programa de 24 horas{daysSinceDischarge? hace {daysSinceDischarge} días}. El mes siguiente es de alto riesgo, así que la atención continúa.',
    'after-discharge-first-week':
      'Salió de un hospital o de un programa de 24 horas{daysSinceDischarge? hace {daysSinceDischarge} días}. La primera cita de seguimiento debe ser dentro de 7 días.',
    'psychosis-unsafe-home':
      'Psicosis en este momento y ningún lugar seguro, sin alcohol ni drogas, donde quedarse. Necesita atención las 24 horas con médicos y enfermeras.',
    'suicide-risk': 'Algo de riesgo de suicidio.',
    'harm-risk': 'Algo de riesgo de hacer daño a otros.',
    'serious-symptoms-unstable-home': 'Síntomas serios de salud mental sin un hogar estable ni apoyo.',
    caregiving: 'Cuida de niños o de otras personas en casa.',
    postpartum: 'Tuvo un bebé en el último año.',
    adolescent: 'Es una persona joven: la familia forma parte de la atención.',
    'older-adult-withdrawal-alone':
      '65 años o más, abstinencia del consumo diario de alcohol o sedantes, y nadie en casa para vigilar. Necesita atención médica las 24 horas.',
    'self-harm-thoughts': 'Aparecieron pensamientos de muerte o de hacerse daño. Un profesional debe revisar pronto la seguridad.',
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
    'readiness-ambivalent': 'No está seguro de querer cambiar. Es común, y hablarlo ayuda.',
    'readiness-low': 'Todavía no está listo para cambiar. El tratamiento puede ayudar igual, empezando por lo que le importa a la persona.',
    'readiness-refusing': 'No quiere atención ahora. Siga buscando el contacto e incluya a la familia si es posible.',
    'risky-use': 'Un consumo que tiene riesgos, aunque no haya adicción.',
    'early-remission':
      'Dejó de consumir en el último año{abstinenceDays? ({abstinenceDays} días)}. El apoyo para la recuperación, los grupos y un plan por si vuelve el consumo la protegen.',
    'opioid-maintenance': 'En tratamiento continuo por el consumo de opioides. Siga con el medicamento y las citas mientras ayuden.',
    'severe-disorder-needs-structure':
      'Un problema grave con sustancias, activo o que paró hace poco, que necesita un programa estructurado varios días por semana.',
    'cravings-in-remission': 'Volvieron los antojos, y todavía hay pocas formas de manejarlos. La atención para prevenir recaídas ayuda.',
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
    'intoxication-cleared': 'Cuando la intoxicación haya pasado sin peligro, podría bastar: {level}.',
    'history-confirmed':
      'Si un profesional confirma que nunca hubo convulsiones ni confusión en abstinencias anteriores, la abstinencia podría atenderse en casa con revisiones diarias{level? y podría bastar: {level}}.',
    'daily-checks':
      'Con transporte cada día o visitas por video, la abstinencia podría atenderse en casa{level? y podría bastar: {level}}.',
    'sedative-withdrawal-settles': 'Cuando termine la abstinencia (CIWA-Ar menor de 10 durante un día completo), podría bastar: {level}.',
    'opioid-withdrawal-settles': 'Cuando la abstinencia se alivie con medicamento (COWS menor de 13), podría bastar: {level}.',
    'safety-assessment': 'Si una revisión de seguridad hoy encuentra un riesgo bajo de suicidio, podría bastar: {level}.',
    'all-together': 'Ningún cambio por sí solo bajaría el nivel. Todos los siguientes juntos harían adecuado: {level}.',
    'mental-health-steadier': 'Si bajan los síntomas y los riesgos de salud mental, podría bastar: {level}.',
    'crisis-first': 'Primero, póngase a salvo con ayuda de emergencia. Después, el siguiente paso es: {level}.',
    'someone-to-monitor':
      'Si alguien pudiera quedarse con la persona durante la abstinencia, podría hacerse en casa con revisiones diarias{level? y podría bastar: {level}}.',
    'physical-stabilized': 'Cuando el problema de salud esté estable, podría bastar: {level}.',
    'suicide-risk-lower': 'Si baja el riesgo de suicidio, podría bastar: {level}.',
    'harm-risk-lower': 'Si baja el riesgo de hacer daño a otros, podría bastar: {level}.',
    'psychosis-treated': 'Cuando la psicosis esté tratada, podría bastar: {level}.',
    'functioning-better': 'Si la vida diaria se vuelve más manejable, podría bastar: {level}.',
    'symptoms-lower': 'Si la depresión o la ansiedad bajan, podría bastar: {level}.',
    'longer-abstinence': 'Después de más tiempo sin consumir, podría bastar: {level}.',
    'coping-skills': 'Con mejores formas de manejar los antojos, podría bastar: {level}.',
    'support-found': 'Con personas que apoyen la recuperación, podría bastar: {level}.',
    'safe-housing':
      'Con un lugar seguro y estable donde quedarse (como una residencia de recuperación o vivienda con apoyo), sería adecuado: {level}.',
    'home-free-of-use':
      'Con un hogar sin alcohol ni drogas, como una residencia de recuperación (vivienda sobria), sería adecuado: {level}.',
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
    'suicide-risk-from-screen-only':
      'Una prueba mostró pensamientos de suicidio, pero no hay una evaluación del riesgo de suicidio. El nivel es un punto de partida hasta que se haga esa evaluación hoy.',
    'dates-read-as-recent': 'No se dio la fecha de esta evaluación, así que todas las fechas se tomaron como recientes.',
    'withdrawal-expected-sedative':
      'No se reportó abstinencia, pero después del consumo diario de alcohol o sedantes todavía puede empezar. La tuvimos en cuenta.',
    'withdrawal-expected-opioid':
      'No se reportó abstinencia, pero después del consumo diario de opioides todavía puede empezar. La tuvimos en cuenta.',
    'last-use-time-unknown': 'No se dijo cuándo fue la última vez que consumió. Lo tomamos como reciente.',
    'telehealth-unknown': 'No se sabe si son posibles las visitas por video o por teléfono. Las tomamos como no posibles.',
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
    naloxone:
      'Lleve naloxona (Narcan) y asegúrese de que las personas cercanas sepan usarla. El fentanilo está en muchas drogas, también en pastillas y estimulantes.',
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
    'older-adult-sedatives': 'Desde los 65 años, la abstinencia puede durar más y ser más peligrosa. Prefiera una abstinencia vigilada.',
    'additional-crisis': 'También es urgente: {kind}.',
    'never-use-alone':
      'No consuma a solas. Si lo hace, llame a una línea de "nunca consumas solo" o pida a alguien que le revise, para que pueda llegar ayuda.',
    'lethal-means':
      'Ponga tiempo y distancia entre la persona y las armas de fuego o las pastillas guardadas: guárdelas en otro lugar o bajo llave, por ahora.',
    'pregnancy-alcohol-medication-refer':
      'Aquí no se empiezan medicamentos para el consumo de alcohol durante el embarazo. Refiera a un médico que trate adicciones en el embarazo.',
    'postpartum-overdose-risk':
      'En el año después del parto sube el riesgo de sobredosis. Siga tomando el medicamento para la recuperación; amamantar con una dosis estable suele ser seguro.',
    'crafft-positive': 'La prueba CRAFFT salió positiva (2 o más). Se necesita una revisión más completa del consumo.',
    'tobacco-treatment': 'Ofrezca ayuda para dejar el tabaco o el vapeo: consejería y medicamentos como parches de nicotina o vareniclina.',
    'date-after-assessment': 'Una fecha ({date}) es posterior a la fecha de la evaluación. Se tomó como hoy.',
  },
  varianceReason: {
    'person-declined-indicated': 'la persona decidió no ir a ese nivel',
    'person-wants-more-intensive': 'la persona pidió más atención',
    'not-available-nearby': 'ese nivel no está disponible cerca',
    waitlisted: 'está en lista de espera',
    'payer-denied': 'el seguro lo negó',
    'other-supports-in-place': 'ya hay otros apoyos',
    'clinical-judgment': 'así lo decidió un profesional',
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
    'hold-something-worse':
      'Algunas cosas empeoraron (dimensiones {worse}), así que todavía no es momento de bajar de nivel.{better? Mejoraron: dimensiones {better}.}',
    'withdrawal-elsewhere': 'La abstinencia ahora necesita un lugar que este nivel no ofrece. La atención sigue después.',
    'goals-met':
      'Se cumplieron las metas del tratamiento.{better? Mejor que la última vez: dimensiones {better}.} Siguen el apoyo para la recuperación y un plan de seguimiento.',
    'needs-less': 'Las cosas están mejor{better? (dimensiones {better})}, así que ahora es seguro un nivel menos intensivo.',
    'still-needed': 'Este nivel sigue siendo el adecuado.',
    'still-indicated':
      'Sigue indicado: {indicated}, como en la evaluación anterior{dimensions?, por {dimensions} juntos}. La persona está en {current}{because? porque {because}}. Siga ofreciendo el nivel indicado.{worse? Empeoraron desde la última vez: dimensiones {worse}.}{better? Mejoraron desde la última vez: dimensiones {better}.}',
    'relapse-no-step-down':
      'Volvió a consumir durante el tratamiento. No es momento de bajar de nivel: ajuste el tratamiento y mantenga este nivel hasta que deje de consumir otra vez.',
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
  urgent: {
    'suicide-risk-moderate':
      'Hable hoy con un profesional de salud mental sobre su seguridad. Si los pensamientos de suicidio se hacen más fuertes, llame o envíe un mensaje al 988 de inmediato.',
    'suicide-screen-positive':
      'Hable hoy con alguien sobre estos pensamientos: un profesional, o llame o envíe un mensaje al 988 (Línea de Prevención del Suicidio y Crisis) ahora. No tiene que esperar una cita.',
    'harm-risk-moderate':
      'Hable hoy con un profesional de salud mental sobre cómo mantenerse a salvo. Si alguien está en peligro, llame al 911.',
    'withdrawal-monitoring':
      'La abstinencia debe vigilarla personal médico. Vaya hoy a un programa de abstinencia o a un hospital, antes de que empeore. No deje de consumir de golpe por su cuenta.',
    psychosis:
      'Vea hoy a un médico o a un equipo de crisis de salud mental. Llame o envíe un mensaje al 988 para que le ayuden a encontrar uno ahora.',
    'after-discharge':
      'Asegúrese de tener una cita de seguimiento dentro de 7 días después de salir del hospital o del programa. Si no la tiene, llame hoy. Llame o envíe un mensaje al 988 si las cosas se ponen difíciles.',
  },
  urgentNames: {
    'suicide-risk-moderate': 'riesgo de suicidio',
    'suicide-screen-positive': 'pensamientos de suicidio',
    'harm-risk-moderate': 'riesgo para otros',
    'withdrawal-monitoring': 'abstinencia que hay que vigilar',
    psychosis: 'psicosis',
    'after-discharge': 'la primera semana después del hospital',
  },
  support: {
    'safety-planning':
      'Un plan de seguridad por escrito: señales de alerta, formas de sobrellevarlo, personas a quienes llamar y cómo hacer la casa más segura.',
    'recovery-residence':
      'Una residencia de recuperación (vivienda sobria) durante el tratamiento. Si no hay ninguna disponible, un programa residencial da la misma estructura.',
    housing: 'Ayuda para encontrar un lugar estable donde vivir.',
    'case-management': 'Un administrador de casos que ayude con la vivienda, los beneficios, la atención médica y las citas.',
    transport: 'Ayuda para llegar al tratamiento, como transporte o pases de autobús (Medicaid a menudo paga el transporte).',
    telehealth: 'Visitas por video o por teléfono, para hacer menos viajes.',
    childcare: 'Cuidado de niños, o un programa donde los niños puedan quedarse con su madre o padre.',
    'family-involvement': 'Que la familia participe en la atención, por ejemplo con terapia familiar.',
    'legal-coordination': 'Coordinación con la corte o con el oficial de libertad condicional, con el consentimiento de la persona.',
  },
  crisisNames: {
    overdose: 'sobredosis',
    'medical-emergency': 'emergencia médica',
    'suicide-risk': 'riesgo de suicidio',
    'harm-to-others': 'riesgo para otros',
    'severe-withdrawal': 'abstinencia grave',
  },
};
