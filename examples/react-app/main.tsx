// A React 19 app with the widget from npm, used two ways:
// - directly: React 19 sets the element's properties and listens to `on<event-name>` props; the
//   element's JSX types come from `polar-seat-claim/jsx-react`;
// - through the `@lit/react` wrapper `polar-seat-claim/react`, whose `onSeatClaimed`-style callbacks also
//   work in React 18 (install `@lit/react` next to the package for it).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'polar-seat-claim';
import type {} from 'polar-seat-claim/jsx-react';
import { PolarSeatClaim } from 'polar-seat-claim/react';
import type { SeatClaimedEvent } from 'polar-seat-claim';

// The fake Polar API of `npm run examples`; on a real site: 'production' (the default) or 'sandbox'.
const SERVER = 'http://localhost:8787';

function App() {
  const [claimed, setClaimed] = useState<string[]>([]);
  const onClaimed = (how: string) => (event: SeatClaimedEvent) => {
    event.preventDefault(); // stay in the app instead of opening the customer portal
    setClaimed((list) => [...list, `${how}: seat ${event.detail.seat.id}`]);
  };

  return (
    <>
      <h2>The element</h2>
      <polar-seat-claim
        id="direct"
        server={SERVER}
        token-param="token"
        messages={{ heading: 'Join {organization}' }}
        onseat-claimed={onClaimed('direct')}
      />
      <h2>The React wrapper</h2>
      <PolarSeatClaim
        id="wrapped"
        server={SERVER}
        tokenParam="wrapped"
        theme="dark"
        onSeatClaimed={onClaimed('wrapped')}
      />
      <ul id="result">
        {claimed.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
