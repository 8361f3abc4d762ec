/**
 * The snippet builder's form covers ticket tiers (`offers`) and `previousStartDate`: the fields
 * come from dist/event.schema.json, what is typed reaches the JSON, and the preview shows the tier.
 */
import { expect } from '@open-wc/testing';
import type { EventEmbedElement } from '../../src/core/element.js';
import { mountTestBuilder } from '../support/builder.js';
import { until } from '../support/fixtures.js';

describe('snippet builder: ticket tiers in the form', () => {
  it('shows every offer field, with the availability values of the schema, and writes a tier the preview shows', async () => {
    const b = await mountTestBuilder({
      scriptUrl: `${location.origin}/dist/event-embed.js`,
      acceptScriptOrigin: location.origin,
    });
    b.$<HTMLInputElement>('input[name="mode"][value="form"]').click();
    const schema = await (await fetch('/dist/event.schema.json')).json();
    expect(b.$('#f-previousStartDate').getAttribute('type')).to.equal('date');
    b.$<HTMLButtonElement>('#f-offers-add').click();
    await until(() => b.root.querySelector('#f-offers-0-name'), 'the new tier');
    for (const key of ['name', 'url', 'price', 'priceCurrency', 'availability', 'validFrom', 'validThrough'])
      expect(b.root.querySelector(`#f-offers-0-${key}`), key).to.exist;
    expect(b.$('#f-offers-0-validFrom-time').getAttribute('type')).to.equal('time');
    const availability = b.$<HTMLSelectElement>('#f-offers-0-availability');
    expect([...availability.options].map((o) => o.value).filter(Boolean)).to.deep.equal(
      schema.definitions.AvailabilityValue.enum.filter((v: string) => v.startsWith('https://')),
    );
    const type = (id: string, value: string) => {
      const el = b.$<HTMLInputElement>(`#${id}`);
      el.value = value;
      el.dispatchEvent(new Event(el.localName === 'select' ? 'change' : 'input', { bubbles: true }));
    };
    type('f-name', 'Concert');
    type('f-startDate', '2099-04-12');
    type('f-offers-0-name', 'VIP');
    type('f-offers-0-price', '299');
    type('f-offers-0-priceCurrency', 'USD');
    type('f-offers-0-url', 'https://t.example/vip');
    type('f-offers-0-availability', 'https://schema.org/InStock');
    expect(JSON.parse(b.json.value).offers).to.deep.include({
      name: 'VIP',
      price: '299',
      priceCurrency: 'USD',
      url: 'https://t.example/vip',
      availability: 'https://schema.org/InStock',
    });
    const card = b.$<EventEmbedElement>('#preview event-card');
    await until(
      () => card.shadowRoot?.querySelector('[part="tier-price"]')?.textContent === '$299',
      'the preview shows the tier',
    );
    expect(card.shadowRoot!.querySelector('[part="tier-name"]')!.textContent!.trim()).to.equal('VIP');
  });

  it('warns next to the price field about a price written as text, which the preview shows as written', async () => {
    const b = await mountTestBuilder({
      scriptUrl: `${location.origin}/dist/event-embed.js`,
      acceptScriptOrigin: location.origin,
    });
    b.paste(
      JSON.stringify({
        '@type': 'MusicEvent',
        name: 'Concert',
        startDate: '2099-04-12T19:30:00-04:00',
        offers: [{ '@type': 'Offer', name: 'General', price: '$35', url: 'https://t.example/' }],
      }),
    );
    b.$<HTMLInputElement>('input[name="mode"][value="form"]').click();
    await until(() => b.root.querySelector('#f-offers-0-price-problems')?.textContent, 'the warning by the field');
    expect(b.$('#f-offers-0-price-problems').textContent).to.contain('"$35" is text, not a number');
    expect(b.$('#f-offers-0-price').getAttribute('aria-invalid')).to.equal('true');
    const card = b.$<EventEmbedElement>('#preview event-card');
    await until(
      () => card.shadowRoot?.querySelector('[part="tier-price"]')?.textContent === '$35',
      'the preview shows the price as written',
    );
  });
});
