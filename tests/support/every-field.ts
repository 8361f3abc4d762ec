/**
 * An event with untrusted text in every text field and an untrusted URL in every URL field that
 * the elements read (input.ts), with valid dates so that every element has something to show.
 * `text(field)` and `url(field)` give the value of each field; `field` is its JSON path.
 */
export type FieldValue = (field: string) => unknown;

export function eventWith(text: FieldValue, url: FieldValue): Record<string, unknown> {
  const party = (path: string, type: 'Organization' | 'Person') =>
    type === 'Person'
      ? {
          '@type': 'Person',
          givenName: text(`${path}.givenName`),
          familyName: text(`${path}.familyName`),
          jobTitle: text(`${path}.jobTitle`),
          affiliation: { '@type': 'Organization', name: text(`${path}.affiliation.name`) },
          url: url(`${path}.url`),
          image: url(`${path}.image`),
        }
      : { '@type': 'Organization', name: text(`${path}.name`), url: url(`${path}.url`), logo: url(`${path}.logo`) };
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text('name'),
    description: text('description'),
    startDate: '2030-06-01T10:00:00+02:00',
    endDate: '2030-06-01T18:00:00+02:00',
    timeZone: 'Europe/Berlin',
    eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    url: url('url'),
    location: [
      {
        '@type': 'Place',
        name: text('location[0].name'),
        address: text('location[0].address'),
        url: url('location[0].url'),
        geo: { latitude: 52.5, longitude: 13.4 },
      },
      {
        '@type': 'Place',
        name: text('location[1].name'),
        address: {
          '@type': 'PostalAddress',
          streetAddress: text('location[1].address.streetAddress'),
          addressLocality: text('location[1].address.addressLocality'),
          addressRegion: text('location[1].address.addressRegion'),
          postalCode: text('location[1].address.postalCode'),
          addressCountry: text('location[1].address.addressCountry'),
        },
      },
      { '@type': 'VirtualLocation', name: text('location[2].name'), url: url('location[2].url') },
    ],
    organizer: [party('organizer[0]', 'Organization'), party('organizer[1]', 'Person')],
    sponsor: [party('sponsor[0]', 'Organization'), party('sponsor[1]', 'Organization')],
    funder: party('funder', 'Organization'),
    image: [
      {
        '@type': 'ImageObject',
        contentUrl: url('image[0].contentUrl'),
        thumbnail: url('image[0].thumbnail'),
        caption: text('image[0].caption'),
        name: text('image[0].name'),
        description: text('image[0].description'),
        width: 800,
        height: 600,
      },
      url('image[1]'),
      { '@type': 'ImageObject', url: url('image[2].url'), caption: text('image[2].caption') },
    ],
    offers: {
      '@type': 'Offer',
      url: url('offers.url'),
      price: text('offers.price'),
      priceCurrency: text('offers.priceCurrency'),
    },
    superEvent: { '@type': 'Event', name: text('superEvent.name'), url: url('superEvent.url') },
    inLanguage: text('inLanguage'),
    subEvent: [0, 1, 2].map((i) => ({
      '@type': 'Event',
      name: text(`subEvent[${i}].name`),
      description: text(`subEvent[${i}].description`),
      startDate: `2030-06-01T1${i}:00:00+02:00`,
      endDate: `2030-06-01T1${i}:45:00+02:00`,
      location:
        i === 0 ? text('subEvent[0].location') : { '@type': 'Place', name: text(`subEvent[${i}].location.name`) },
      performer: [party(`subEvent[${i}].performer[0]`, 'Person'), party(`subEvent[${i}].performer[1]`, 'Organization')],
    })),
  };
}
