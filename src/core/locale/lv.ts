import type { UiStrings } from './strings.js';

/** Latvian UI strings. */
export default {
  loading: 'Notiek pasākuma ielāde…',
  errorTitle: 'Šo pasākumu nevar parādīt',
  details: 'Sīkāk',
  tickets: 'Biļetes',
  register: 'Reģistrēties',
  soldOut: 'Izpārdots',
  map: 'Karte',
  joinOnline: 'Pievienoties tiešsaistē',
  online: 'Tiešsaistē',
  more: 'Rādīt vairāk',
  less: 'Rādīt mazāk',
  addToCalendar: 'Pievienot kalendāram',
  calendarIcs: 'Apple kalendārs, Outlook (.ics fails)',
  calendarGoogle: 'Google kalendārs',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Daļa no',
  gallery: {
    title: 'Fotogalerija',
    open: (i, n) => `Atvērt ${i}. fotoattēlu no ${n}`,
    photo: (i, n) => `${i}. fotoattēls no ${n}`,
    // 1, 21 fotoattēlu; 0, 2–20, 22 fotoattēlus
    showAll: (n) =>
      new Intl.PluralRules('lv').select(n) === 'one' ? `Rādīt visu ${n} fotoattēlu` : `Rādīt visus ${n} fotoattēlus`,
    close: 'Aizvērt',
    prev: 'Iepriekšējais fotoattēls',
    next: 'Nākamais fotoattēls',
    loading: 'Notiek fotoattēla ielāde…',
    failed: 'Fotoattēlu neizdevās ielādēt.',
  },
  organizers: {
    organizer: 'Organizatori',
    sponsor: 'Sponsori',
    funder: 'Finansētāji',
    pause: 'Apturēt',
    play: 'Turpināt',
  },
  agenda: {
    now: 'Tagad',
    next: 'Nākamais',
    zone: (zone) => `Laika josla: ${zone}`,
    day: 'Diena',
    allDays: 'Visas dienas',
    room: 'Zāle',
    allRooms: 'Visas zāles',
    search: 'Meklēt nosaukumos un runātāju vārdos',
    shown: (n, total) => `Rāda ${n} no ${total}`,
  },
  announcement: {
    agenda: 'Programma',
    gallery: 'Foto',
  },
  time: {
    starts: (rel) => `Sākas ${rel}`,
    now: 'Notiek tagad',
  },
  status: {
    cancelled: 'Atcelts',
    postponed: 'Atlikts',
    rescheduled: 'Jauns datums',
    movedOnline: 'Notiks tiešsaistē',
    ended: 'Noslēdzies',
  },
} satisfies UiStrings;
