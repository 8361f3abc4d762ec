import type { Strings } from './strings.js';

/** German UI strings. */
export default {
  loading: 'Veranstaltung wird geladen…',
  errorTitle: 'Diese Veranstaltung kann nicht angezeigt werden',
  errorHint: 'Prüfen Sie die Veranstaltungsdaten. Details stehen in der Browserkonsole.',
  details: 'Details',
  tickets: 'Tickets',
  register: 'Anmelden',
  soldOut: 'Ausverkauft',
  map: 'Karte',
  joinOnline: 'Online teilnehmen',
  online: 'Online',
  more: 'Mehr anzeigen',
  less: 'Weniger anzeigen',
  addToCalendar: 'Zum Kalender hinzufügen',
  calendarIcs: 'Apple Kalender, Outlook (.ics-Datei)',
  calendarGoogle: 'Google Kalender',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Teil von',
  gallery: {
    title: 'Fotogalerie',
    open: (i, n) => `Foto ${i} von ${n} öffnen`,
    photo: (i, n) => `Foto ${i} von ${n}`,
    showAll: (n) => `Alle ${n} ${new Intl.PluralRules('de').select(n) === 'one' ? 'Foto' : 'Fotos'} anzeigen`,
    close: 'Schließen',
    prev: 'Vorheriges Foto',
    next: 'Nächstes Foto',
    loading: 'Foto wird geladen…',
    failed: 'Das Foto konnte nicht geladen werden.',
    play: (caption) => (caption ? `Video abspielen: ${caption}` : 'Video abspielen'),
    video: 'Video',
  },
  organizers: {
    organizer: 'Veranstalter',
    sponsor: 'Sponsoren',
    funder: 'Förderer',
    pause: 'Anhalten',
    play: 'Fortsetzen',
  },
  agenda: {
    now: 'Jetzt',
    next: 'Als Nächstes',
    zone: (zone) => `Zeitzone: ${zone}`,
    day: 'Tag',
    allDays: 'Alle Tage',
    room: 'Raum',
    allRooms: 'Alle Räume',
    search: 'In Titeln und Vortragenden suchen',
    shown: (n, total) => `${n} von ${total} angezeigt`,
  },
  announcement: {
    agenda: 'Programm',
    gallery: 'Fotos',
  },
  status: {
    cancelled: 'Abgesagt',
    postponed: 'Verschoben',
    rescheduled: 'Neuer Termin',
    movedOnline: 'Jetzt online',
    ended: 'Beendet',
  },
  json: {
    'comma-brace': 'ein Komma oder eine schließende }',
    'comma-bracket': 'ein Komma oder eine schließende ]',
    colon: 'ein Doppelpunkt',
    key: 'ein Eigenschaftsname in doppelten Anführungszeichen',
    quote: 'ein schließendes doppeltes Anführungszeichen',
    escape: 'eine gültige Escape-Sequenz wie \\" oder \\n',
    value: 'ein Wert (Text in doppelten Anführungszeichen, eine Zahl, ein Objekt, eine Liste, true, false oder null)',
    end: 'das Ende der Daten',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Die Veranstaltungsdaten sind kein gültiges JSON: Das Komma in Zeile ${a.line}, Spalte ${a.column} steht nach dem letzten Eintrag, direkt vor der schließenden ${a.close}; entfernen Sie dieses Komma.`,
    unclosed: (a) =>
      `Die Veranstaltungsdaten sind kein gültiges JSON: Die in Zeile ${a.line}, Spalte ${a.column} geöffnete ${a.bracket} wird nie geschlossen; fügen Sie an ihrem Ende die schließende ${a.close} ein.`,
    unclosedText: (a) =>
      `Die Veranstaltungsdaten sind kein gültiges JSON: Dem Text in doppelten Anführungszeichen, der in Zeile ${a.line}, Spalte ${a.column} beginnt, fehlt vor dem Zeilenende das schließende Anführungszeichen; fügen Sie das fehlende " ein.`,
    singleQuotes: (a) =>
      `Die Veranstaltungsdaten sind kein gültiges JSON: In Zeile ${a.line}, Spalte ${a.column} steht Text in einfachen Anführungszeichen; JSON verlangt doppelte, wie in "name": "…".`,
  },
  errors: {
    empty: () => 'Die Veranstaltungsdaten sind leer.',
    json: (a) =>
      `Die Veranstaltungsdaten sind kein gültiges JSON: In Zeile ${a.line}, Spalte ${a.column} wird ${a.expected} erwartet` +
      (a.found ? `, dort steht aber „${a.found}“.` : ', aber der Text endet dort.'),
    notObject: () =>
      'Die Veranstaltungsdaten müssen ein JSON-Objekt mit den Feldern der Veranstaltung sein, etwa {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: „${a.type}“ ist keine Veranstaltung; erwartet wird Event oder eine Art von Veranstaltung wie BusinessEvent.`,
    noEvent: () => 'Die Daten enthalten keine Veranstaltung: Kein Eintrag hat "@type": "Event".',
    noName: (a) => `${a.path}: Die Veranstaltung hat keinen Namen; ergänzen Sie "name": "…".`,
    fetch: (a) => `Die Veranstaltungsdaten konnten nicht von ${a.url} geladen werden: ${a.cause}.`,
    status: (a) =>
      `Die Veranstaltungsdaten konnten nicht von ${a.url} geladen werden: Der Server antwortete mit ${a.status}.`,
    timeout: (a) =>
      `Die Veranstaltungsdaten konnten nicht von ${a.url} geladen werden: keine Antwort innerhalb von ${a.seconds} ${new Intl.PluralRules('de').select(Number(a.seconds)) === 'one' ? 'Sekunde' : 'Sekunden'}.`,
    body: (a) => `Die Datei unter ${a.url} ist kein JSON (sie beginnt mit „${a.found}“).`,
    noBlock: (a) =>
      `src="${a.id}": Auf der Seite gibt es kein <script type="application/ld+json"> mit id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: Keines der ${a.count} Ereignisse in den Daten hat diesen Wert; geben Sie @id, url oder identifier eines davon an oder seine Position ab 0 als event-index.`,
    objectAttr: () =>
      'Das Attribut event enthält „[object Object]“: Ein Objekt wurde in das Attribut geschrieben. Setzen Sie stattdessen die Eigenschaft event des Elements (in einem Framework: Registrieren Sie die Elemente, bevor sie gerendert werden).',
    emptyEvent: () =>
      'Das Attribut event ist leer: Fügen Sie dort das JSON-LD der Veranstaltung ein, oder entfernen Sie es und geben Sie src oder ein <script type="application/ld+json"> im Element an.',
    emptySrc: () =>
      'Das Attribut src ist leer: Geben Sie die URL einer JSON-LD-Datei an oder die #id eines <script type="application/ld+json"> auf der Seite.',
    noData: () =>
      'Es gibt keine Veranstaltungsdaten: Geben Sie das JSON-LD der Veranstaltung im Attribut event an, eine URL oder #id in src oder ein <script type="application/ld+json"> im Element.',
    notBlock: (a) =>
      `src="${a.id}" verweist auf ${a.found}, nicht auf ein <script type="application/ld+json">: Fügen Sie das JSON-LD der Veranstaltung in ein <script type="application/ld+json" id="${String(a.id).slice(1)}"> ein.`,
    tooBig: (a) =>
      `Die Veranstaltungsdaten unter ${a.url} sind größer als ${new Intl.NumberFormat('de').format(Number(a.mb))} MB, mehr wird nicht gelesen; eine Veranstaltung braucht nur wenige Kilobyte.`,
    tooDeep: () =>
      'Die Veranstaltungsdaten sind zu tief verschachtelt, um sie zu lesen (Listen oder Objekte ineinander, Tausende Ebenen tief); eine Veranstaltung braucht nur wenige Ebenen.',
  },
} satisfies Strings;
