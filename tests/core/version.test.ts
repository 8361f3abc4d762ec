import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

describe('VERSION', () => {
  it('matches package.json, so that two copies on a page can tell each other apart', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
