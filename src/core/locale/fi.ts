import type { Strings } from './strings.js';

/** Finnish UI strings. */
export default {
  loading: 'Ladataan tapahtumaa…',
  errorTitle: 'Tapahtumaa ei voi näyttää',
  errorHint: 'Tarkista tapahtuman tiedot. Lisätietoja on selaimen konsolissa.',
  details: 'Lisätietoja',
  tickets: 'Liput',
  register: 'Ilmoittaudu',
  soldOut: 'Loppuunmyyty',
  map: 'Kartta',
  joinOnline: 'Osallistu verkossa',
  online: 'Verkossa',
  more: 'Näytä lisää',
  less: 'Näytä vähemmän',
  addToCalendar: 'Lisää kalenteriin',
  calendarIcs: 'Apple-kalenteri, Outlook (.ics-tiedosto)',
  calendarGoogle: 'Google-kalenteri',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Osa tapahtumaa',
  gallery: {
    title: 'Kuvagalleria',
    open: (i, n) => `Avaa kuva ${i}/${n}`,
    photo: (i, n) => `Kuva ${i}/${n}`,
    showAll: (n) => (new Intl.PluralRules('fi').select(n) === 'one' ? `Näytä ${n} kuva` : `Näytä kaikki ${n} kuvaa`),
    close: 'Sulje',
    prev: 'Edellinen kuva',
    next: 'Seuraava kuva',
    loading: 'Ladataan kuvaa…',
    failed: 'Kuvaa ei voitu ladata.',
    play: (caption) => (caption ? `Toista video: ${caption}` : 'Toista video'),
    video: 'Video',
  },
  organizers: {
    organizer: 'Järjestäjät',
    sponsor: 'Sponsorit',
    funder: 'Rahoittajat',
    pause: 'Pysäytä',
    play: 'Jatka',
  },
  agenda: {
    now: 'Nyt',
    next: 'Seuraavaksi',
    zone: (zone) => `Aikavyöhyke: ${zone}`,
    day: 'Päivä',
    allDays: 'Kaikki päivät',
    room: 'Sali',
    allRooms: 'Kaikki salit',
    search: 'Hae otsikoista ja puhujista',
    shown: (n, total) => `Näytetään ${n}/${total}`,
  },
  announcement: {
    agenda: 'Ohjelma',
    gallery: 'Kuvat',
  },
  status: {
    cancelled: 'Peruttu',
    postponed: 'Siirretty',
    rescheduled: 'Uusi ajankohta',
    movedOnline: 'Siirretty verkkoon',
    ended: 'Päättynyt',
  },
  json: {
    'comma-brace': 'pilkku tai sulkeva }',
    'comma-bracket': 'pilkku tai sulkeva ]',
    colon: 'kaksoispiste',
    key: 'ominaisuuden nimi lainausmerkeissä',
    quote: 'sulkeva lainausmerkki',
    escape: 'kelvollinen escape-merkintä, kuten \\" tai \\n',
    value: 'arvo (teksti lainausmerkeissä, luku, objekti, lista, true, false tai null)',
    end: 'tietojen loppu',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Tapahtuman tiedot eivät ole kelvollista JSONia: rivin ${a.line} sarakkeen ${a.column} pilkku on viimeisen kohdan jälkeen, juuri ennen sulkevaa merkkiä ${a.close}; poista se pilkku.`,
    unclosed: (a) =>
      `Tapahtuman tiedot eivät ole kelvollista JSONia: rivillä ${a.line}, sarakkeessa ${a.column} avattua merkkiä ${a.bracket} ei suljeta koskaan; lisää sulkeva ${a.close} sen loppuun.`,
    unclosedText: (a) =>
      `Tapahtuman tiedot eivät ole kelvollista JSONia: rivillä ${a.line}, sarakkeessa ${a.column} alkavalta lainausmerkkien sisäiseltä tekstiltä puuttuu sulkeva lainausmerkki ennen rivin loppua; lisää puuttuva ".`,
    singleQuotes: (a) =>
      `Tapahtuman tiedot eivät ole kelvollista JSONia: rivillä ${a.line}, sarakkeessa ${a.column} teksti on yksinkertaisissa lainausmerkeissä; JSON vaatii kaksinkertaiset, kuten "name": "…".`,
  },
  errors: {
    empty: () => 'Tapahtuman tiedot ovat tyhjät.',
    json: (a) =>
      `Tapahtuman tiedot eivät ole kelvollista JSONia: rivillä ${a.line}, sarakkeessa ${a.column} pitäisi olla ${a.expected}` +
      (a.found ? `, mutta siinä on ”${a.found}”.` : ', mutta teksti päättyy siihen.'),
    notObject: () =>
      'Tapahtuman tietojen on oltava JSON-objekti, jossa on tapahtuman kentät, esimerkiksi {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: ”${a.type}” ei ole tapahtuma; sen pitäisi olla Event tai jokin tapahtumatyyppi, kuten BusinessEvent.`,
    noEvent: () => 'Tiedoissa ei ole tapahtumaa: millään kohteella ei ole "@type": "Event".',
    noName: (a) => `${a.path}: tapahtumalla ei ole nimeä; lisää "name": "…".`,
    fetch: (a) => `Tapahtuman tietoja ei voitu ladata osoitteesta ${a.url}: ${a.cause}.`,
    status: (a) =>
      `Tapahtuman tietoja ei voitu ladata osoitteesta ${a.url}: palvelin vastasi tilakoodilla ${a.status}.`,
    timeout: (a) =>
      `Tapahtuman tietoja ei voitu ladata osoitteesta ${a.url}: vastausta ei tullut ${a.seconds} sekunnissa.`,
    body: (a) => `Osoitteessa ${a.url} oleva tiedosto ei ole JSONia (se alkaa merkeillä ”${a.found}”).`,
    noBlock: (a) =>
      `src="${a.id}": sivulla ei ole elementtiä <script type="application/ld+json">, jonka id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: yhdelläkään tietojen ${a.count} tapahtumasta ei ole tätä arvoa; anna jonkin niistä @id, url tai identifier, tai sen sijainti nollasta alkaen event-index-määritteenä.`,
    objectAttr: () =>
      'Attribuutin event arvo on ”[object Object]”: attribuuttiin kirjoitettiin objekti. Aseta sen sijaan elementin event-ominaisuus (sovelluskehyksessä: rekisteröi elementit ennen kuin ne renderöidään).',
    emptyEvent: () =>
      'Attribuutti event on tyhjä: lisää siihen tapahtuman JSON-LD tai poista se ja anna src tai elementin sisään <script type="application/ld+json">.',
    emptySrc: () =>
      'Attribuutti src on tyhjä: anna JSON-LD-tiedoston URL tai sivulla olevan <script type="application/ld+json"> -elementin #id.',
    noData: () =>
      'Tapahtuman tietoja ei ole: anna tapahtuman JSON-LD attribuutissa event, URL tai #id attribuutissa src tai <script type="application/ld+json"> elementin sisällä.',
    notBlock: (a) =>
      `src="${a.id}" viittaa elementtiin ${a.found} eikä elementtiin <script type="application/ld+json">: lisää tapahtuman JSON-LD elementtiin <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Tapahtuman tiedot osoitteessa ${a.url} ovat suuremmat kuin ${new Intl.NumberFormat('fi').format(Number(a.mb))} Mt, eikä enempää lueta; tapahtumaan riittää muutama kilotavu.`,
    tooDeep: () =>
      'Tapahtuman tiedot ovat liian syvälle sisäkkäin luettaviksi (luetteloita tai objekteja toistensa sisällä tuhansien tasojen syvyydessä); tapahtumaan riittää muutama taso.',
  },
} satisfies Strings;
