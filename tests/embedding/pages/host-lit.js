// A host page's own app built with Lit (served from node_modules): it creates the policy lit-html.
import { html, LitElement } from 'lit';

class HostApp extends LitElement {
  render() {
    return html`<p>host app</p>`;
  }
}
customElements.define('host-app', HostApp);
