// An app that installs the widget from npm (`npm install polar-seat-claim`) and bundles it with rollup.
// Importing the package registers <polar-seat-claim>; `lit` and `@lit/task` come from the app's own
// node_modules, shared with the rest of the app.
import 'polar-seat-claim';

// The fake Polar API of `npm run examples`; on a real site: 'production' (the default) or 'sandbox'.
const SERVER = 'http://localhost:8787';

const claim = document.createElement('polar-seat-claim');
claim.server = SERVER;
claim.token = new URLSearchParams(location.search).get('token') ?? '';
claim.messages = { heading: 'Join {organization}', claim: 'Accept invitation' };

claim.addEventListener('seat-claimed', (event) => {
  // The app decides where to go next: keep the person here instead of the customer portal.
  event.preventDefault();
  document.querySelector('#result').textContent = `Welcome! Your seat ${event.detail.seat.id} is ready.`;
});
claim.addEventListener('seat-claim-error', (event) => {
  if (!event.detail.retryable)
    document.querySelector('#result').textContent = `Could not claim the seat (${event.detail.code}).`;
});

document.querySelector('#claim').append(claim);
