import type { LocaleMessages } from './locale-types.js';

/** Spanish sentences for the engine's codes, in plain language. Same keys as en.ts. */
export const es: LocaleMessages = {
  dateLocale: 'es-US',
  notice:
    'carelevel ayuda a decidir, pero no reemplaza la opinión de un profesional de salud. No es un diagnóstico. En una emergencia, llame al 911. En una crisis de salud mental o por el alcohol o las drogas, llame o envíe un mensaje de texto al 988.',
  levels: {
    'recovery-support': 'Apoyo para la recuperación',
    'early-intervention': 'Intervención temprana',
    outpatient: 'Tratamiento ambulatorio',
    'intensive-outpatient': 'Tratamiento ambulatorio intensivo (IOP)',
    'partial-hospitalization': 'Hospitalización parcial (programa de día)',
    'residential-low': 'Tratamiento residencial de baja intensidad',
    'residential-high': 'Tratamiento residencial',
    'residential-medical': 'Tratamiento residencial con atención médica las 24 horas',
    'inpatient-medical': 'Atención en el hospital',
  },
  withdrawalManagement: {
    none: 'No se necesita desintoxicación',
    ambulatory: 'Desintoxicación en casa, con revisiones diarias',
    residential: 'Desintoxicación en un lugar con cuidado las 24 horas',
    inpatient: 'Desintoxicación en un hospital',
  },
  dimensions: {
    '1': 'Intoxicación y síntomas de abstinencia',
    '2': 'Salud física',
    '3': 'Salud mental y emociones',
    '4': 'Ganas de cambiar',
    '5': 'Riesgo de recaída o de seguir consumiendo',
    '6': 'El hogar y el apoyo para la recuperación',
  },
  medication: {
    'opioid-use-disorder': 'Medicamento para la adicción a los opioides (buprenorfina, metadona o naltrexona)',
    'alcohol-use-disorder': 'Medicamento para la adicción al alcohol (como naltrexona o acamprosato)',
  },
  substances: {
    alcohol: 'alcohol',
    opioids: 'opioides',
    benzodiazepines: 'benzodiacepinas',
    sedatives: 'sedantes',
    stimulants: 'estimulantes',
    cannabis: 'marihuana',
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
      'Es una emergencia que necesita un médico ahora. Llame al 911 o vaya a la sala de emergencias más cercana. En una crisis de salud mental también puede llamar o enviar un mensaje de texto al 988.',
    'suicide-risk':
      'La seguridad es lo primero. Llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora. También puede llamar al 911 o ir a la sala de emergencias más cercana. Una persona en riesgo no debe quedarse sin compañía.',
    'harm-to-others': 'Alguien puede estar en peligro. Llame al 911, o llame o envíe un mensaje de texto al 988 para recibir ayuda ahora.',
    'severe-withdrawal':
      'Los síntomas graves de abstinencia pueden causar convulsiones y la muerte. Vaya a una sala de emergencias o llame al 911 ahora. Dejar el alcohol o las pastillas de golpe y sin ayuda médica es peligroso.',
  },
  reason: {
    'lethal-means': 'Armas de fuego o muchas pastillas donde vive.',
    'severe-first-year':
      'Un problema grave con el consumo, que paró en el último año{abstinenceDays? ({abstinenceDays} días sin consumir)}. Por ahora, conviene seguir con el tratamiento ambulatorio regular.',
    'first-months':
      'Dejó de consumir hace poco{abstinenceDays? ({abstinenceDays} días sin consumir)}. En los primeros tres meses es cuando hay más riesgo de recaer, así que el tratamiento sigue.',
    'intoxication-depressant-combination':
      'Está bajo el efecto fuerte de dos o más sustancias que calman o dan sueño a la vez (alcohol, benzodiacepinas o pastillas para dormir, opioides). La respiración puede hacerse lenta o parar.',
    'sedative-withdrawal-expected':
      'Consumo diario de alcohol o sedantes{sedativeRecentHours?; la última vez fue hace {sedativeRecentHours} horas}. Los síntomas de abstinencia todavía no empiezan, pero pueden empezar en pocas horas.',
    'sedative-withdrawal-expected-significant':
      'Toma mucho alcohol todos los días{pawss? (PAWSS {pawss})}{sedativeRecentHours?; el último trago fue hace {sedativeRecentHours} horas}. Es probable que los síntomas de abstinencia sean fuertes cuando empiecen.',
    'withdrawal-history-unknown':
      'No se sabe si una abstinencia anterior causó convulsiones o confusión. Hasta que un profesional lo pregunte, personal médico debe vigilar la desintoxicación.',
    'withdrawal-risk-factors':
      'Abstinencia, ahora o pronto, y algo que la hace más peligrosa: tener 65 años o más, un problema de salud serio, otra sustancia que calma, riesgo de suicidio o un puntaje PAWSS alto.',
    'withdrawal-no-daily-checks':
      'La desintoxicación en casa necesita una revisión cada día, y no hay forma de llegar a las citas ni de tener citas por video o por teléfono.',
    'pregnant-withdrawal-expected':
      'Embarazada, y pronto pueden empezar síntomas de abstinencia del alcohol o de sedantes. Deben tratarse en un hospital antes de que empiecen, para revisar también al bebé.',
    'opioid-withdrawal-expected':
      'Consumo diario de opioides. Pronto pueden empezar síntomas de abstinencia; empezar buprenorfina o metadona puede evitarlos.',
    'opioid-withdrawal-with-depressant':
      'Pronto pueden empezar síntomas de abstinencia de opioides, y además hay consumo diario de alcohol o sedantes. Para empezar el tratamiento sin peligro se necesita personal médico cerca.',
    'serious-illness':
      'Un problema de salud serio (como enfermedad del corazón, del hígado o de los pulmones, anticoagulantes, caídas o una lesión en la cabeza).',
    'cognitive-impairment':
      'Problemas de memoria o para pensar. La atención debe ser sencilla, por escrito y compartida con alguien de confianza.',
    'postpartum-opioid':
      'Tuvo un bebé en el último año y tiene un problema con los opioides. En los meses después del parto, el riesgo de sobredosis es alto.',
    'suicide-screen-positive':
      'Las respuestas muestran pensamientos de suicidio o de hacerse daño. Un profesional debe hablar hoy con la persona sobre su seguridad.',
    'frequent-self-harm-thoughts':
      'Pensamientos de muerte o de hacerse daño casi todos los días, y todavía sin una revisión de seguridad. Mientras tanto, planee hablar con la persona varias veces por semana.',
    'recent-attempt': 'Un intento de suicidio en los últimos tres meses. Se necesitan un plan de seguridad y seguimiento cercano.',
    'after-mental-health-discharge':
      'Salió de un hospital o de un centro de crisis de salud mental{daysSinceDischarge? hace {daysSinceDischarge} días}. Las primeras semanas después son de alto riesgo.',
    'severe-symptoms-near-hospital':
      'Depresión grave{phq9Total? (PHQ-9 {phq9Total})}, problemas con la vida diaria y riesgo de suicidio al mismo tiempo. Esto necesita, como mínimo, un programa de día.',
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
      'Tiene 65 años o más, tiene síntomas de abstinencia después de tomar alcohol o sedantes a diario, y no hay nadie en casa que pueda cuidar de la persona. Necesita atención médica las 24 horas.',
    'self-harm-thoughts': 'Aparecieron pensamientos de muerte o de hacerse daño. Un profesional debe revisar pronto la seguridad.',
    'insufficient-information': 'Todavía no se sabe lo suficiente sobre el consumo o la salud mental. Empiece con una cita de evaluación.',
    'no-concerns': 'No se encontraron problemas aquí.',
    'not-assessed': 'Todavía no hay respuestas sobre esto.',
    'overdose-signs': 'Hay señales de una sobredosis en este momento.',
    'severe-intoxication': 'Está bajo efectos muy fuertes en este momento. Hay que vigilar a la persona hasta que se le pasen.',
    'sedative-withdrawal-mild': 'Síntomas leves de abstinencia de alcohol o sedantes{ciwaAr? (CIWA-Ar {ciwaAr})}.',
    'sedative-withdrawal-moderate':
      'Síntomas moderados de abstinencia de alcohol o sedantes{ciwaAr? (CIWA-Ar {ciwaAr})}. Necesita medicamento y revisiones diarias.',
    'withdrawal-no-monitoring': 'Hay síntomas de abstinencia, y nadie en casa puede estar pendiente de las señales de peligro.',
    'sedative-withdrawal-risk-factors':
      'Síntomas moderados de abstinencia{ciwaAr? (CIWA-Ar {ciwaAr})} y algo que los hace más peligrosos, como la edad, la salud, abstinencias anteriores u otra abstinencia al mismo tiempo.',
    'withdrawal-complicated-history': 'Una abstinencia anterior causó convulsiones o confusión (delirio). Eso aumenta el riesgo esta vez.',
    'withdrawal-complicated-history-moderate':
      'Síntomas moderados de abstinencia{ciwaAr? (CIWA-Ar {ciwaAr})}, y una abstinencia anterior causó convulsiones o delirio. Necesita atención en el hospital.',
    'sedative-withdrawal-severe':
      'Síntomas graves de abstinencia de alcohol o sedantes{ciwaAr? (CIWA-Ar {ciwaAr})}. Pueden causar convulsiones.',
    'benzodiazepine-taper': 'Consumo diario de benzodiacepinas. La dosis debe bajar poco a poco con un médico, nunca de golpe.',
    'benzodiazepine-withdrawal-moderate':
      'Consumo diario de benzodiacepinas con síntomas moderados de abstinencia{ciwaAr? (CIWA-Ar {ciwaAr})}. Para bajar la dosis sin peligro se necesita atención médica las 24 horas.',
    'pregnant-sedative-withdrawal':
      'Síntomas de abstinencia durante el embarazo. Deben tratarse en un hospital, donde también se puede revisar al bebé.',
    'opioid-withdrawal':
      'Síntomas de abstinencia de opioides{cows? (COWS {cows})}. Medicamentos como la buprenorfina o la metadona pueden aliviarlos.',
    'opioid-withdrawal-moderately-severe': 'Síntomas fuertes de abstinencia de opioides{cows? (COWS {cows})}.',
    'opioid-withdrawal-severe': 'Síntomas graves de abstinencia de opioides{cows? (COWS {cows})}. Necesita atención médica.',
    'opioid-with-sedative-dependence':
      'Consumo de opioides junto con consumo diario de alcohol o sedantes. Dejar los dos a la vez necesita atención médica.',
    'other-withdrawal': 'Dejar los estimulantes o la marihuana no es peligroso para el cuerpo, pero puede causar un ánimo muy bajo.',
    'physical-stable': 'Un problema de salud que está estable. Conviene seguir con el médico de siempre.',
    'physical-needs-monitoring': 'Un problema de salud que un médico debe vigilar.',
    'pregnant-substance-use': 'Embarazada y consumiendo. La atención prenatal y el tratamiento deben ir juntos.',
    'physical-unstable': 'Un problema de salud que no está estable y necesita enfermeras y un médico cerca.',
    'physical-emergency': 'Una emergencia médica.',
    'suicide-risk-low': 'Algunos pensamientos de suicidio, con riesgo bajo. Un plan de seguridad ayuda.',
    'suicide-risk-moderate':
      'Pensamientos de suicidio con riesgo moderado. Se necesita una evaluación de salud mental hoy y un plan de seguridad.',
    'suicide-risk-high': 'Riesgo alto de suicidio.',
    'harm-risk-low': 'Un riesgo bajo de hacer daño a otros.',
    'harm-risk-moderate': 'Un riesgo moderado de hacer daño a otros. Se necesita apoyo cercano y un plan de seguridad.',
    'harm-risk-high': 'Un riesgo alto de hacer daño a otra persona.',
    'psychosis-stable': 'Una enfermedad con psicosis que está estable con tratamiento.',
    'psychosis-active': 'En este momento ve u oye cosas que no están ahí, o cree cosas que no son reales.',
    'psychosis-with-danger': 'Psicosis en este momento, con peligro para la persona o para otros, o sin poder cuidarse.',
    'functioning-mild': 'Algo de dificultad con la vida diaria.',
    'functioning-moderate': 'Dificultad clara con el trabajo, la escuela o la vida en casa.',
    'functioning-severe': 'Dificultad seria con la vida diaria en muchas áreas.',
    'unable-self-care': 'No puede atender sus necesidades básicas en este momento.',
    'symptoms-moderate':
      'Depresión o ansiedad a un nivel que necesita tratamiento{phq9Total? (PHQ-9 {phq9Total})}{gad7Total? (GAD-7 {gad7Total})}.',
    'symptoms-severe': 'Depresión grave{phq9Total? (PHQ-9 {phq9Total})}.',
    'readiness-ambivalent': 'Tiene dudas sobre cambiar. Es común, y hablarlo ayuda.',
    'readiness-low': 'Todavía no quiere cambiar. El tratamiento puede ayudar igual, empezando por lo que le importa a la persona.',
    'readiness-refusing': 'No quiere atención ahora. Siga en contacto con la persona e incluya a la familia si se puede.',
    'risky-use': 'Un consumo que tiene riesgos, aunque no haya adicción.',
    'early-remission':
      'Dejó de consumir en el último año{abstinenceDays? ({abstinenceDays} días sin consumir)}. Para proteger ese logro ayudan el apoyo para la recuperación, los grupos y un plan por si vuelve a consumir.',
    'opioid-maintenance': 'En tratamiento continuo por el consumo de opioides. Siga con el medicamento y las citas mientras ayuden.',
    'severe-disorder-needs-structure':
      'Un problema grave con el consumo, que sigue o que paró hace poco. Necesita un programa con horario fijo varios días por semana.',
    'cravings-in-remission':
      'Volvieron las ganas de consumir, y todavía hay pocas formas de manejarlas. La atención para prevenir recaídas ayuda.',
    'active-disorder': 'Un problema actual con el consumo de sustancias.',
    'active-disorder-moderate': 'Un problema moderado o grave con sustancias, y sigue consumiendo.',
    'severe-disorder-active': 'Un problema grave con sustancias, y sigue consumiendo.',
    'severe-disorder-early': 'Un problema grave con sustancias que paró hace poco.',
    'step-down-after-residential':
      'Terminó hace poco un tratamiento residencial o en el hospital. Pasar a un programa intensivo protege lo logrado.',
    'cravings-limited-coping': 'Tiene ganas de consumir y todavía pocas formas de manejarlas.',
    'high-cravings': 'Ganas fuertes de consumir, y sigue consumiendo.',
    'no-coping': 'Todavía no tiene formas de manejar las ganas de consumir o el estrés.',
    'failed-lower-level': 'Un tratamiento anterior no funcionó{failedEpisodes? ({failedEpisodes} veces)}; el consumo siguió después.',
    'failed-intensive':
      'El consumo volvió después de un tratamiento intensivo o residencial{failedEpisodes? ({failedEpisodes} programas anteriores)}.',
    'overdose-history': 'Una sobredosis en el último año, y sigue consumiendo opioides.',
    'relapse-very-high': 'Ganas fuertes de consumir, pocas formas de manejarlas y una sobredosis o recaída después de un tratamiento.',
    'support-some': 'Algo de apoyo de otras personas.',
    'no-transportation': 'No tiene una forma segura de llegar a un programa.',
    'legal-pressure': 'La corte o un asunto legal le exige recibir tratamiento.',
    'support-none': 'Nadie apoya la recuperación en este momento.',
    'housing-unstable': 'La vivienda no es estable.',
    'household-use': 'Alguien en casa consume alcohol o drogas.',
    'support-undermining': 'Personas cercanas hacen más difícil la recuperación.',
    homeless: 'No tiene dónde vivir.',
    'unsafe-environment': 'No hay seguridad donde vive (violencia o abuso).',
    'disorder-without-support':
      'Un problema moderado o grave con el consumo, sin apoyo ni seguridad en casa. Un programa con horario fijo ayuda a crear apoyo.',
    'relapse-and-environment': 'Una alta probabilidad de volver a consumir y un hogar que va en contra de la recuperación.',
    'very-high-relapse-and-environment': 'Una probabilidad muy alta de volver a consumir y un hogar que va en contra de la recuperación.',
    'co-occurring-high-severity': 'Síntomas serios de salud mental y una alta probabilidad de volver a consumir, al mismo tiempo.',
    'mental-health-unsafe-home': 'Síntomas serios de salud mental y ningún lugar seguro al cual volver cada noche.',
  },
  change: {
    'intoxication-cleared': 'Cuando pasen los efectos sin peligro{level?, podría bastar con {level}}.',
    'history-confirmed':
      'Si un profesional confirma que nunca hubo convulsiones ni confusión en abstinencias anteriores, la desintoxicación podría hacerse en casa con revisiones diarias{level? y podría bastar con {level}}.',
    'daily-checks':
      'Con transporte cada día o citas por video, la desintoxicación podría hacerse en casa{level? y podría bastar con {level}}.',
    'sedative-withdrawal-settles':
      'Cuando terminen los síntomas de abstinencia (CIWA-Ar menor de 10 durante un día completo){level?, podría bastar con {level}}.',
    'opioid-withdrawal-settles':
      'Cuando los síntomas de abstinencia se alivien con medicamento (COWS menor de 13){level?, podría bastar con {level}}.',
    'safety-assessment': 'Si una revisión de seguridad hoy encuentra un riesgo bajo de suicidio{level?, podría bastar con {level}}.',
    'all-together': 'Hace falta más de un cambio para bajar el nivel. Con todos estos cambios juntos, bastaría con {level}:',
    'mental-health-steadier': 'Si bajan los síntomas y los riesgos de salud mental{level?, podría bastar con {level}}.',
    'crisis-first': 'Primero, busque ayuda de emergencia para estar a salvo. Después, el siguiente paso es {level}.',
    'someone-to-monitor':
      'Si alguien pudiera quedarse con la persona durante la desintoxicación, esta podría hacerse en casa con revisiones diarias{level? y podría bastar con {level}}.',
    'physical-stabilized': 'Cuando el problema de salud esté estable{level?, podría bastar con {level}}.',
    'suicide-risk-lower': 'Si baja el riesgo de suicidio{level?, podría bastar con {level}}.',
    'harm-risk-lower': 'Si baja el riesgo de hacer daño a otros{level?, podría bastar con {level}}.',
    'psychosis-treated': 'Cuando la psicosis esté bajo control{level?, podría bastar con {level}}.',
    'functioning-better': 'Si la vida diaria se vuelve más fácil de llevar{level?, podría bastar con {level}}.',
    'symptoms-lower': 'Si la depresión o la ansiedad bajan{level?, podría bastar con {level}}.',
    'longer-abstinence': 'Después de más tiempo sin consumir{level?, podría bastar con {level}}.',
    'coping-skills': 'Con mejores formas de manejar las ganas de consumir{level?, podría bastar con {level}}.',
    'support-found': 'Con personas que apoyen la recuperación{level?, podría bastar con {level}}.',
    'safe-housing':
      'Con un lugar seguro y estable donde quedarse (como una vivienda sobria o una vivienda con apoyo){level?, bastaría con {level}}.',
    'home-free-of-use': 'Con un hogar sin alcohol ni drogas, como una vivienda sobria{level?, bastaría con {level}}.',
    'step-down-when-stable': 'A medida que las cosas mejoren, la atención puede bajar a un nivel menos intensivo.',
    'step-up-signs': 'Si {use?el consumo, las ganas de consumir, }el ánimo o la seguridad empeoran, la atención debe subir de nivel.',
  },
  assumption: {
    'abstinence-in-controlled-environment':
      'El tiempo sin consumir fue en un lugar controlado (como la cárcel o un hospital). Tomamos la recuperación como recién empezada.',
    'withdrawal-unknown-daily-opioid-use':
      'No se preguntó por síntomas de abstinencia. Por el consumo diario de opioides, contamos con que habrá al menos síntomas leves.',
    'disorder-severity-inferred':
      'No se indicó qué tan serio es el problema de consumo de {substance}. Por la frecuencia de consumo, lo tomamos como {severity}.',
    'use-days-unknown': 'No se indicó con qué frecuencia se consume una sustancia. Lo tomamos como consumo actual.',
    'disorder-severity-from-screen': 'No se nombró ninguna sustancia, así que usamos el puntaje de detección para juzgar la gravedad.',
    'abstinence-unknown-treated-as-early': 'No se indicó cuánto tiempo lleva sin consumir. Lo tomamos como reciente.',
    'withdrawal-unknown-daily-sedative-use':
      'No se preguntó por síntomas de abstinencia. Por el consumo diario de alcohol o sedantes, contamos con que habrá al menos síntomas leves.',
    'withdrawal-substance-unknown':
      'Se indicaron síntomas de abstinencia sin nombrar la sustancia. Los tomamos como abstinencia de alcohol, por seguridad.',
    'withdrawal-history-unknown':
      'No sabemos si hubo convulsiones o confusión en abstinencias anteriores. Las tomamos como posibles, así que no se planea la desintoxicación en casa sin alguien que vigile.',
    'home-monitoring-unknown': 'No sabemos si alguien puede quedarse con la persona durante la desintoxicación. Lo tomamos como que no.',
    'suicide-risk-not-assessed': 'No se preguntó sobre el riesgo de suicidio. Por favor pregunte; puede cambiar el plan.',
    'insufficient-information': 'Casi no hay respuestas sobre el consumo o la salud mental. El resultado es solo un punto de partida.',
    'dimension-not-assessed': 'No hay respuestas sobre este tema: {dimension}. Lo tomamos como sin problemas; por favor pregunte.',
    'suicide-risk-from-screen-only':
      'Una prueba mostró pensamientos de suicidio, pero no hay una evaluación del riesgo de suicidio. El nivel es un punto de partida hasta que se haga esa evaluación hoy.',
    'dates-read-as-recent': 'No se dio la fecha de esta evaluación, así que todas las fechas se tomaron como recientes.',
    'withdrawal-expected-sedative':
      'No se reportaron síntomas de abstinencia, pero después del consumo diario de alcohol o sedantes todavía pueden empezar. Los tuvimos en cuenta.',
    'withdrawal-expected-opioid':
      'No se reportaron síntomas de abstinencia, pero después del consumo diario de opioides todavía pueden empezar. Los tuvimos en cuenta.',
    'last-use-time-unknown': 'No se dijo cuándo fue la última vez que consumió. Lo tomamos como reciente.',
    'telehealth-unknown': 'No se sabe si son posibles las citas por video o por teléfono. Las tomamos como no posibles.',
  },
  warning: {
    'release-overdose-risk':
      'Después de estar en la cárcel, la prisión o un hospital, el cuerpo aguanta menos droga. El riesgo de sobredosis es muy alto en las primeras semanas. Empiece el medicamento y lleve naloxona antes de salir.',
    'phq9-item9-positive':
      'La respuesta sobre pensamientos de muerte o de hacerse daño fue mayor que cero. Pregunte directamente hoy sobre el riesgo de suicidio.',
    'instrument-total-mismatch':
      'El total de {instrument} indicado ({given}) no coincide con sus preguntas ({computed}). Se usaron las preguntas.',
    'asq-positive-needs-safety-assessment':
      'La prueba de detección de suicidio salió positiva. Se necesita una breve evaluación de seguridad antes de que la persona se vaya.',
    'screen-suicide-higher-than-reported':
      'Las respuestas de detección muestran más riesgo de suicidio que el indicado ({reported}). Se usó el riesgo más alto.',
    naloxone:
      'Lleve naloxona (Narcan) y asegúrese de que las personas cercanas sepan usarla. El fentanilo está en muchas drogas, incluso en pastillas y en estimulantes.',
    'opioid-sedative-overdose-risk': 'Los opioides con alcohol o benzodiacepinas aumentan mucho el riesgo de una sobredosis mortal.',
    'benzodiazepine-do-not-stop-abruptly':
      'Las benzodiacepinas se deben dejar poco a poco, con un médico. Dejarlas de golpe puede causar convulsiones.',
    'pregnancy-opioids-medication-not-withdrawal':
      'Durante el embarazo, tomar metadona o buprenorfina es más seguro que dejar los opioides. Evite pasar por síntomas de abstinencia.',
    'injection-health': 'Si se inyecta drogas: hágase la prueba del VIH y de la hepatitis C, y use material nuevo y limpio.',
    'withdrawal-may-start':
      'Los síntomas de abstinencia pueden empezar de 6 a 24 horas después del último trago o la última dosis. Vigile si hay temblores, sudor o confusión.',
    'stimulant-mood':
      'Después de dejar los estimulantes, el ánimo puede caer mucho la primera semana. Vigile si aparecen pensamientos de suicidio.',
    'suicide-risk-not-assessed': 'Pregunte sobre el riesgo de suicidio. Las personas que empiezan tratamiento tienen más riesgo.',
    'older-adult-sedatives':
      'Desde los 65 años, los síntomas de abstinencia pueden durar más y ser más peligrosos. Es mejor que la desintoxicación sea con vigilancia médica.',
    'additional-crisis': 'También es urgente: {kind}.',
    'never-use-alone':
      'No consuma a solas. Si lo hace, llame a una línea de prevención de sobredosis o pida a alguien que esté pendiente de usted, para que pueda llegar ayuda.',
    'lethal-means':
      'Por ahora, aleje de la persona las armas de fuego y las pastillas guardadas: llévelas a otro lugar o guárdelas bajo llave.',
    'pregnancy-alcohol-medication-refer':
      'Aquí no se empiezan medicamentos para el consumo de alcohol durante el embarazo. Refiera a un médico que trate adicciones en el embarazo.',
    'postpartum-overdose-risk':
      'En el año después del parto sube el riesgo de sobredosis. Siga tomando el medicamento para la recuperación. Dar pecho con una dosis estable suele ser seguro.',
    'crafft-positive': 'La prueba CRAFFT salió positiva (2 o más). Se necesita una revisión más completa del consumo.',
    'tobacco-treatment': 'Ofrezca ayuda para dejar el tabaco o el vapeo: consejería y medicamentos como parches de nicotina o vareniclina.',
    'date-after-assessment': 'Una fecha ({date}) es posterior a la fecha de la evaluación. Se tomó como la fecha de hoy.',
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
    transfer: 'Traslado para desintoxicación',
    continue: 'Seguir en este nivel',
    'step-down': 'Bajar de nivel',
    'discharge-to-aftercare': 'Terminar el tratamiento con un plan de seguimiento',
  },
  transition: {
    'crisis-now': 'Hay una crisis ahora. Primero busque ayuda de emergencia.',
    'needs-more': 'El nivel actual ya no es suficiente.{worse? Empeoraron desde la última vez: dimensiones {worse}.}',
    'hold-something-worse':
      'Algunas cosas empeoraron (dimensiones {worse}), así que todavía no es momento de bajar de nivel.{better? Mejoraron: dimensiones {better}.}',
    'withdrawal-elsewhere': 'La desintoxicación ahora necesita un lugar que este nivel no ofrece. El tratamiento sigue después.',
    'goals-met':
      'Se cumplieron las metas del tratamiento.{better? Mejoraron desde la última vez: dimensiones {better}.} Ahora siguen el apoyo para la recuperación y un plan de seguimiento.',
    'needs-less':
      'Las cosas están mejor{better? (dimensiones {better})}, así que ahora se puede bajar sin peligro a un nivel menos intensivo.',
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
    'life-skills': 'Clases de habilidades para la vida diaria',
    'peer-recovery-coach': 'Un acompañante de recuperación',
    'family-support': 'Apoyo y educación para la familia',
    'primary-care': 'Visitas regulares al médico',
    'housing-help': 'Ayuda para encontrar vivienda',
  },
  aftercare: {
    'continue-therapy': 'Siga viendo a un consejero después del programa. La recuperación toma tiempo.',
    'mutual-help': 'Los grupos dan apoyo de personas que han pasado por lo mismo.',
    'keep-medication': 'Siga tomando el medicamento para la recuperación. Siga viendo al médico o a la enfermera que se lo receta.',
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
      'Hable hoy con un profesional de salud mental sobre la seguridad. Si los pensamientos de suicidio se hacen más fuertes, llame o envíe un mensaje de texto al 988 de inmediato.',
    'suicide-screen-positive':
      'Hable hoy sobre estos pensamientos con un profesional, o llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora. No tiene que esperar a una cita.',
    'harm-risk-moderate':
      'Hable hoy con un profesional de salud mental sobre cómo mantenerse a salvo. Si alguien está en peligro, llame al 911.',
    'withdrawal-monitoring':
      'Personal médico debe vigilar los síntomas de abstinencia. Vaya hoy a un programa de desintoxicación o a un hospital, antes de que empeoren. Dejar el alcohol o las pastillas de golpe y sin ayuda médica es peligroso.',
    psychosis:
      'Vea hoy a un médico o a un equipo de crisis de salud mental. Llame o envíe un mensaje al 988 para que le ayuden a encontrar uno ahora.',
    'after-discharge':
      'Asegúrese de tener una cita de seguimiento dentro de 7 días después de salir del hospital o del programa. Si no la tiene, llame hoy. Llame o envíe un mensaje al 988 si las cosas se ponen difíciles.',
  },
  urgentNames: {
    'suicide-risk-moderate': 'riesgo de suicidio',
    'suicide-screen-positive': 'pensamientos de suicidio',
    'harm-risk-moderate': 'riesgo para otros',
    'withdrawal-monitoring': 'síntomas de abstinencia que hay que vigilar',
    psychosis: 'psicosis',
    'after-discharge': 'la primera semana después del hospital',
  },
  support: {
    'safety-planning':
      'Un plan de seguridad por escrito: señales de alerta, formas de sobrellevarlo, personas a quienes llamar y cómo hacer la casa más segura.',
    'recovery-residence':
      'Una vivienda sobria (casa para personas en recuperación) durante el tratamiento. Si no hay ninguna, un programa residencial da el mismo orden y la misma rutina.',
    housing: 'Ayuda para encontrar un lugar estable donde vivir.',
    'case-management': 'Un administrador de casos que ayude con la vivienda, los beneficios, la atención médica y las citas.',
    transport: 'Ayuda para llegar al tratamiento, como transporte o pases de autobús. Medicaid a menudo paga el transporte.',
    telehealth: 'Citas por video o por teléfono, para viajar menos.',
    childcare: 'Cuidado de niños, o un programa donde los niños puedan quedarse con su madre o padre.',
    'family-involvement': 'Que la familia participe en la atención, por ejemplo con terapia familiar.',
    'legal-coordination':
      'Trabajo en conjunto con la corte o con el oficial de libertad condicional (probation), si la persona da permiso.',
  },
  crisisNames: {
    overdose: 'sobredosis',
    'medical-emergency': 'emergencia médica',
    'suicide-risk': 'riesgo de suicidio',
    'harm-to-others': 'riesgo para otros',
    'severe-withdrawal': 'síntomas graves de abstinencia',
  },
};
