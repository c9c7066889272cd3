import type { PasteMessages } from '../messages.js';

const PASTE = 'Plak de link uit je uitnodigingsmail.';
const COPY = 'Kopieer de link uit je uitnodigingsmail.';
const COPY_WHOLE = 'Kopieer de volledige link uit je uitnodigingsmail.';

/** Dutch: informal address (je); words as in docs/languages.md. */
export default {
  pasteHeading: 'Accepteer je uitnodiging',
  pasteLabel: 'Uitnodigingslink',
  pasteHint: PASTE,
  pasteSubmit: 'Doorgaan',
  paste: {
    empty: PASTE,
    other_host: `Die link is geen uitnodigingslink. ${COPY}`,
    not_claim_link: `Dat is geen uitnodigingslink. ${COPY}`,
    missing_token: `Die link is onvolledig. ${COPY_WHOLE}`,
    malformed_token: `Die link lijkt onvolledig of gewijzigd. ${COPY_WHOLE}`,
    sandbox_link: 'Dat is een testuitnodiging, en deze pagina accepteert alleen echte.',
    production_link: 'Dat is een echte uitnodiging, en deze pagina accepteert alleen testuitnodigingen.',
    other_organization: 'Deze uitnodiging is voor een andere organisatie.',
    several_links: 'Die tekst bevat meer dan één uitnodigingslink. Kopieer alleen de link die je wilt accepteren.',
  },
} satisfies PasteMessages;
