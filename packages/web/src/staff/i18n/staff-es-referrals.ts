import type { StaffWords } from './staff-en.js';

const miles = (mi: number): string => mi.toLocaleString('es-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Referrals and the program inbox in Spanish (part of `staffEs`). "Derivación" throughout, never "referido". */
export const referralsEs: Pick<StaffWords, 'referrals' | 'inbox'> = {
  referrals: {
    boardTitle: 'Derivaciones',
    boardIntro: 'Derivaciones enviadas por su equipo, por estado. Abra una para ver su historia o para cancelarla.',
    // A referral's status: the words agree with "derivación" (feminine), never with the person.
    status: {
      requested: 'Enviada',
      received: 'Recibida',
      accepted: 'Aceptada',
      waitlisted: 'En lista de espera',
      declined: 'Rechazada',
      admitted: 'Con ingreso',
      completed: 'Terminada',
      cancelled: 'Cancelada',
      'no-show': 'No se presentó',
    },
    cancelledOrNoShow: 'Canceladas o sin presentarse',
    count: (n: number): string => (n === 1 ? '1 derivación' : `${n} derivaciones`),
    none: 'Ninguna.',
    total: (shown: number, total: number): string =>
      shown < total
        ? `Se muestran las ${shown} que cambiaron más recientemente, de ${total} derivaciones.`
        : total === 1
          ? '1 derivación.'
          : `${total} derivaciones.`,
    person: 'Persona',
    program: 'Programa',
    level: 'Nivel',
    sent: 'Enviada',
    statusLabel: 'Estado',
    reason: 'Motivo',
    timeToAcknowledge: 'Tiempo hasta el acuse de recibo',
    timeToAdmission: 'Tiempo hasta el ingreso',
    expectedAdmission: 'Ingreso previsto',
    admittedOn: 'Fecha de ingreso',
    urgencyLabel: 'Urgencia',
    urgencies: { routine: 'De rutina', soon: 'Pronto (en unos días)', urgent: 'Urgente' },
    urgencyHint: 'Qué tan pronto necesita la persona un lugar.',
    noteLabel: 'Nota para el programa',
    noteHint:
      'Lo que admisiones debe saber antes de aceptar: lo que la persona le pidió que transmitiera y la mejor manera de comunicarse con ella.',
    indicated: 'Nivel indicado',
    chosenLevel: 'Nivel elegido',
    withdrawal: 'Desintoxicación',
    payment: 'Pago',
    schedule: 'Puede asistir',
    language: 'Idioma para la atención',
    languages: { en: 'Inglés', es: 'Español' },
    referredBy: 'Derivada por',
    elsewhereHeading: 'Otras derivaciones todavía abiertas',
    elsewhereText: (n: number, program: string): string =>
      `La persona ingresó en ${program}. ${n === 1 ? 'Otra derivación sigue abierta' : `Otras ${n} derivaciones siguen abiertas`}: ${n === 1 ? 'ciérrela' : 'ciérrelas'} para que los otros programas sepan que ingresó en otro lugar.`,
    elsewhereClose: (n: number): string => (n === 1 ? 'Cerrar la otra derivación' : `Cerrar las otras ${n} derivaciones`),
    elsewhereDone: (n: number): string =>
      n === 1 ? 'Se cerró la otra derivación: ingresó en otro lugar.' : `Se cerraron otras ${n} derivaciones: ingresó en otro lugar.`,
    waitingFor: (time: string): string => `todavía no (lleva ${time} de espera)`,
    personHidden: 'Persona (no compartida con su programa)',
    detailTitle: (program: string): string => `Derivación a ${program}`,
    programLoading: 'un programa',
    programNotFound: 'un programa que ya no está en el directorio',
    history: 'Historia',
    historyFirst: 'Se envió la derivación',
    historyMove: (to: string): string => `Pasó a: ${to}`,
    /** A wait in words a person reads at a glance: minutes, then whole hours, then whole days. */
    hours: (h: number): string => {
      if (h < 1) {
        const min = Math.max(1, Math.round(h * 60));
        return min === 1 ? '1 minuto' : `${min} minutos`;
      }
      if (h < 48) {
        const whole = Math.round(h);
        return whole === 1 ? '1 hora' : `${whole} horas`;
      }
      return `${Math.round(h / 24)} días`;
    },
    days: (n: number): string => (n === 0 ? 'el mismo día' : n === 1 ? '1 día' : `${n} días`),
    stale:
      'Otra persona cambió esta derivación mientras usted trabajaba. Vuelva a cargar la página para ver su cambio y luego inténtelo otra vez.',
    reload: 'Volver a cargar',
    moved: (status: string): string => `Nuevo estado de la derivación: ${status}.`,
    newTitle: 'Derivar a programas',
    forPerson: (name: string): string => `Para ${name}`,
    decisionHeading: 'Nivel de atención',
    decision: (chosen: string, indicated: string): string =>
      chosen === indicated ? `Nivel elegido: ${chosen} (el indicado).` : `Nivel elegido: ${chosen}. Indicado: ${indicated}.`,
    fromAssessment: (level: string): string =>
      `Indicado por la última evaluación firmada: ${level}. Todavía no hay una determinación registrada.`,
    noDecision: 'Todavía no hay una evaluación firmada ni una determinación. Elija el nivel que quiere buscar.',
    searchHeading: 'Buscar programas adecuados',
    searchLevel: 'Nivel de atención',
    zip: 'Código postal (ZIP)',
    zipHint: 'Donde vive la persona o donde quiere recibir atención. Cinco dígitos.',
    radius: 'A menos de (millas)',
    scope: 'Atiende',
    scopeAny: 'Cualquiera',
    scopes: {
      'substance-use': 'Consumo de sustancias',
      'mental-health': 'Salud mental',
      'co-occurring': 'Ambos a la vez (concurrentes)',
    },
    acceptingNow: 'Solo programas que aceptan clientes nuevos ahora',
    wishesLegend: 'Poner primero los programas que convienen a la persona',
    wishesHint: 'De la evaluación. Los programas que no cumplen alguno aparecen igual, más abajo, con lo que no conviene.',
    wishes: {
      payments: (v: string): string => `Acepta ${v}`,
      scheduleTracks: (v: string): string => `Tiene un horario al que la persona puede asistir: ${v}`,
      languages: (v: string): string => `Servicios en ${v}`,
      services: (v: string): string => `Ofrece ${v}`,
      populations: (v: string): string => `Tiene un programa para ${v}`,
    },
    widen: (mi: number): string => `Buscar a menos de ${mi} ${mi === 1 ? 'milla' : 'millas'}`,
    search: 'Buscar',
    results: (shown: number, total: number): string =>
      total === 0
        ? 'No se encontraron programas.'
        : shown < total
          ? `Los ${shown} que mejor convienen, de ${total} programas.`
          : total === 1
            ? 'Se encontró 1 programa.'
            : `Se encontraron ${total} programas.`,
    fits: 'Conviene',
    misfits: 'No conviene',
    notes: 'Bueno saber',
    miles: (mi: number): string => `${miles(mi)} millas`,
    lastVerified: (date: string): string => `Ficha revisada por última vez el ${date}`,
    confirmedByProgram: (date: string): string => `Confirmada por el programa el ${date}`,
    fromSource: (date: string): string => `Según la fuente del directorio, ${date}`,
    neverVerified: 'Ficha nunca confirmada',
    staleListing: 'sin confirmar desde hace más de un año',
    choose: (name: string): string => `Derivar a ${name}`,
    chosen: (n: number): string =>
      n === 0 ? 'Ningún programa elegido (hasta 3).' : n === 1 ? 'Se eligió 1 programa de 3.' : `Se eligieron ${n} programas de 3.`,
    maxThree: 'Hasta tres programas a la vez, cuando el tiempo importa.',
    tryInstead: 'Pruebe:',
    consentHeading: 'Consentimiento para compartir',
    consentIntro:
      'Una derivación no revela nada sin el consentimiento de la persona que nombre el programa, el propósito, lo que se comparte y cuándo termina el consentimiento (42 CFR Parte 2). Se registra un consentimiento para cada programa.',
    recipients: 'Se comparte con',
    noneChosen: 'Elija hasta tres programas arriba.',
    purpose: 'Propósito',
    purposes: {
      referral: 'Derivación a tratamiento',
      'care-coordination': 'Coordinación de la atención',
      'continuing-care': 'Atención continua y después del tratamiento',
    },
    shares: 'Qué se comparte',
    sharesHint: 'Solo lo que el programa necesita.',
    shareWords: {
      demographics: 'Nombre y fecha de nacimiento',
      assessments: 'Las evaluaciones y el nivel de atención',
      timeline: 'Los niveles de atención a lo largo del tiempo',
      aftercare: 'Plan para después del tratamiento',
    },
    expires: 'El consentimiento termina el',
    expiresHint: 'Al final de ese día. La persona puede revocarlo antes.',
    agreed: 'La persona aceptó compartir esto con los programas nombrados arriba',
    agreedMissing: 'confirme que la persona aceptó',
    pickOne: 'Elija al menos un programa al cual derivar.',
    send: 'Registrar el consentimiento y enviar la derivación',
    sending: 'Enviando…',
    sentHeading: 'Se envió la derivación',
    sentTo: (n: number): string => (n === 1 ? 'Se envió a 1 programa.' : `Se envió a ${n} programas.`),
    toBoard: 'Ver el tablero de derivaciones',
    personRecord: 'Volver al expediente de la persona',
    personSection: 'Derivaciones y plan para después del tratamiento',
    personNone: 'Todavía no hay derivaciones.',
  },
  inbox: {
    listingHeading: 'La ficha de su programa en el directorio',
    confirmedByYou: (date: string): string => `Confirmada por su programa el ${date}.`,
    confirmedBySource: (date: string): string => `Su programa no la ha confirmado; según la fuente del directorio es del ${date}.`,
    neverConfirmed: 'Nunca se confirmó. Se pide a las personas que llamen para comprobarla antes de ir.',
    listingRight: 'Nuestra ficha está bien',
    listingChanged: 'Algo cambió: corregir la ficha',
    listingFields: {
      phone: 'Teléfono',
      intakePhone: 'Teléfono de admisiones',
      website: 'Sitio web',
      street1: 'Calle',
      city: 'Ciudad',
      state: 'Estado',
      zip: 'Código postal (ZIP)',
      payments: 'Formas de pago que acepta',
    },
    saveListing: 'Guardar y confirmar la ficha',
    listingConfirmed: 'Gracias: su programa confirmó hoy la ficha.',
    title: 'Bandeja de entrada',
    intro: 'Derivaciones enviadas a su programa. Acuse recibo de las nuevas pronto: en la espera es donde se pierde a las personas.',
    sections: {
      requested: 'Nuevas: por acusar recibo',
      received: 'Con acuse de recibo: por decidir',
      waitlisted: 'En lista de espera',
      accepted: 'Aceptadas: por ingresar',
      admitted: 'Con ingreso',
      closed: 'Cerradas',
    },
    actions: {
      received: 'Acusar recibo',
      accepted: 'Aceptar',
      declined: 'Rechazar',
      waitlisted: 'Poner en lista de espera',
      admitted: 'Registrar el ingreso',
      completed: 'Registrar que terminó',
      'no-show': 'Registrar que no se presentó',
      cancelled: 'Cancelar la derivación',
    },
    actionsLabel: 'Próximos pasos',
    declineReason: 'Motivo del rechazo',
    declineHint: 'Se le dice al equipo que derivó, para que encuentre otro programa pronto.',
    confirm: { declined: 'Rechazar la derivación', accepted: 'Aceptar la derivación', admitted: 'Confirmar el ingreso' },
    cannotUndo: 'No se puede deshacer.',
    expectedAdmissionOn: 'Fecha prevista de ingreso',
    expectedAdmissionHint: 'Cuándo espera su programa que ingrese la persona, para que el equipo que derivó se lo diga.',
    admittedOn: 'Fecha de ingreso',
    admittedOnHint: 'El día en que ingresó la persona. No puede ser un día futuro.',
    admittedOnMissing: 'escriba el día en que ingresó la persona',
    keep: 'Volver',
    programHeading: 'Su programa',
    openingsLink: (name: string): string => `Plazas y horarios de ${name}`,
    openingsTitle: (name: string): string => `Plazas y horarios: ${name}`,
    openingsHeading: 'Plazas disponibles ahora',
    lastReported: (at: string): string => `Último aviso: ${at}.`,
    neverReported: 'Todavía no se avisó de plazas disponibles.',
    accepting: 'Acepta clientes nuevos ahora',
    beds: 'Camas disponibles',
    seats: 'Lugares disponibles en grupos',
    waitlistDays: 'Lista de espera (días)',
    waitlistHint: 'Cuánto falta, más o menos, para el ingreso. 0 quiere decir que no hay lista de espera.',
    saveOpenings: 'Avisar de las plazas',
    openingsSaved: 'Se avisó de las plazas.',
    scheduleHeading: (level: string): string => `Horarios: ${level}`,
    tracks: 'Horarios que ofrece',
    trackWords: { morning: 'Mañana', afternoon: 'Tarde', evening: 'Noche', weekend: 'Fin de semana' },
    saveSchedule: 'Guardar los horarios',
    scheduleSaved: 'Se guardaron los horarios.',
    noDayProgram: 'Este programa no ofrece tratamiento ambulatorio intensivo ni programa de día, así que no tiene horarios.',
    noPrograms: 'Su cuenta no está vinculada a ningún programa. Pídaselo a un administrador.',
  },
};
