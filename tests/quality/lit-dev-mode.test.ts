/**
 * The global hook of tests/support/lit-dev-mode.js: tests run on Lit's dev build, and a Lit
 * dev-mode warning is collected (even while a test captures console.warn) so that the root
 * afterEach fails the test. Here the warnings are taken before that hook runs; to see the hook
 * fail a test, remove a `take()` below.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { captureConsole } from '../support/fixtures.js';

const hook = (globalThis as unknown as { __litDevWarnings: { take(): string[] } }).__litDevWarnings;

/** An element that breaks a rule Lit checks in dev mode: it schedules an update after each update. */
class ChangeInUpdate extends LitElement {
  static override properties = { n: { type: Number } };
  declare n: number;
  constructor() {
    super();
    this.n = 0;
  }
  protected override render() {
    return html`${this.n}`;
  }
  protected override updated() {
    if (this.n < 1) this.n++;
  }
}
customElements.define('quality-change-in-update', ChangeInUpdate);

describe('Lit dev mode in every test file', () => {
  it('runs the tests on Lit’s dev build, with the hook installed and the dev-mode notice filtered', () => {
    // enableWarning/disableWarning exist only in the dev build.
    expect(typeof (LitElement as unknown as { enableWarning?: unknown }).enableWarning).to.equal('function');
    expect(hook, 'tests/support/lit-dev-mode.js is not loaded').to.be.an('object');
    expect((globalThis as unknown as { litIssuedWarnings: Set<string> }).litIssuedWarnings.has('dev-mode')).to.equal(
      true,
    );
    expect(hook.take()).to.deep.equal([]);
  });

  it('collects a Lit warning, even while the test captures console.warn', async () => {
    const el = document.createElement('quality-change-in-update') as ChangeInUpdate;
    const { warnings } = await captureConsole(async () => {
      document.body.append(el);
      await el.updateComplete;
      await el.updateComplete;
    });
    el.remove();
    const taken = hook.take();
    expect(taken.join('\n'))
      .to.match(/scheduled an update .*after an update completed/s)
      .and.match(/lit\.dev\/msg\/change-in-update/);
    expect(warnings.join('\n')).to.match(/change-in-update/);
  });
});
