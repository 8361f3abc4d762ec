import type { UiStrings } from './strings.js';

/** Lithuanian UI strings. */
export default {
  loading: 'Įkeliamas renginys…',
  errorTitle: 'Šio renginio parodyti negalima',
  details: 'Išsamiau',
  tickets: 'Bilietai',
  register: 'Registruotis',
  soldOut: 'Išparduota',
  map: 'Žemėlapis',
  joinOnline: 'Prisijungti internetu',
  online: 'Internetu',
  more: 'Rodyti daugiau',
  less: 'Rodyti mažiau',
  addToCalendar: 'Pridėti į kalendorių',
  calendarIcs: 'Apple kalendorius, Outlook (.ics failas)',
  calendarGoogle: 'Google kalendorius',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Renginio dalis',
  gallery: {
    title: 'Nuotraukų galerija',
    open: (i, n) => `Atidaryti nuotrauką ${i} iš ${n}`,
    photo: (i, n) => `Nuotrauka ${i} iš ${n}`,
    // 1, 21 nuotrauką; 2–9, 22 nuotraukas; 10–20, 30 nuotraukų
    showAll: (n) =>
      `Rodyti ${({ one: `${n} nuotrauką`, few: `visas ${n} nuotraukas` } as Record<string, string>)[new Intl.PluralRules('lt').select(n)] ?? `visas ${n} nuotraukų`}`,
    close: 'Uždaryti',
    prev: 'Ankstesnė nuotrauka',
    next: 'Kita nuotrauka',
    loading: 'Įkeliama nuotrauka…',
    failed: 'Nuotraukos įkelti nepavyko.',
  },
  organizers: {
    organizer: 'Organizatoriai',
    sponsor: 'Rėmėjai',
    funder: 'Finansuotojai',
    pause: 'Pristabdyti',
    play: 'Tęsti',
  },
  agenda: {
    now: 'Dabar',
    next: 'Toliau',
    zone: (zone) => `Laiko juosta: ${zone}`,
    day: 'Diena',
    allDays: 'Visos dienos',
    room: 'Salė',
    allRooms: 'Visos salės',
    search: 'Ieškoti pagal pavadinimą ir pranešėją',
    shown: (n, total) => `Rodoma ${n} iš ${total}`,
  },
  announcement: {
    agenda: 'Programa',
    gallery: 'Nuotraukos',
  },
  time: {
    starts: (rel) => `Prasideda ${rel}`,
    now: 'Vyksta dabar',
  },
  status: {
    cancelled: 'Atšaukta',
    postponed: 'Atidėta',
    rescheduled: 'Nauja data',
    movedOnline: 'Vyks internetu',
    ended: 'Pasibaigė',
  },
} satisfies UiStrings;
