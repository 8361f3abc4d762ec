import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/url.js';

describe('safeUrl', () => {
  it('allows http, https, mailto, tel and relative URLs, trimmed', () => {
    for (const u of [
      'https://example.org/a?b=1#c',
      'http://example.org',
      'mailto:a@example.org',
      'tel:+7 812 000',
      '/path',
      'img/a.png',
      '../a.svg',
      '?q=1',
      '#frag',
      '//cdn.example.org/x.js',
    ]) {
      expect(safeUrl(u), u).to.equal(u);
    }
    expect(safeUrl('  https://example.org \n')).to.equal('https://example.org');
    expect(safeUrl('HTTPS://EXAMPLE.ORG')).to.equal('HTTPS://EXAMPLE.ORG');
  });
  it('refuses every other scheme, however disguised', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \t javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript\u0001:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/x',
      'file:///etc/passwd',
    ];
    for (const u of bad) expect(safeUrl(u), JSON.stringify(u)).to.equal(undefined);
  });
  it('refuses empty values', () => {
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl(' \u0007 ')).to.equal(undefined);
  });
});
