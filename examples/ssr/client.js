// The browser side of the server-rendered page. Lit's hydration support must be loaded before LitElement is
// defined: it then takes over the declarative shadow root the server wrote, instead of rendering the card again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'polar-seat-claim';
