import type { PasteMessages } from '../messages.js';

const COPY = 'Skopiuj link z e-maila z zaproszeniem.';
const COPY_WHOLE = 'Skopiuj cały link z e-maila z zaproszeniem.';

/** Polish: "ty"; the paste form, for a page opened without the invitation link. */
export default {
  pasteHeading: 'Przyjmij swoje zaproszenie',
  pasteLabel: 'Link z zaproszenia',
  pasteHint: 'Wklej link z e-maila z zaproszeniem.',
  pasteSubmit: 'Dalej',
  paste: {
    empty: 'Wklej link z e-maila z zaproszeniem.',
    other_host: `Ten link nie prowadzi do zaproszenia. ${COPY}`,
    not_claim_link: `To nie jest link z zaproszenia. ${COPY}`,
    missing_token: `Ten link jest niepełny. ${COPY_WHOLE}`,
    malformed_token: `Ten link wygląda na niepełny lub zmieniony. ${COPY_WHOLE}`,
    sandbox_link: 'To zaproszenie testowe, a ta strona przyjmuje tylko prawdziwe.',
    production_link: 'To prawdziwe zaproszenie, a ta strona przyjmuje tylko testowe.',
    other_organization: 'To zaproszenie dotyczy innej organizacji.',
    several_links: 'Ten tekst zawiera więcej niż jeden link z zaproszenia. Skopiuj tylko ten, który chcesz przyjąć.',
  },
} satisfies PasteMessages;
