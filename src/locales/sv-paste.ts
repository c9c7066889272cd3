import type { PasteMessages } from '../messages.js';

const PASTE = 'Klistra in länken från ditt inbjudningsmejl.';
const COPY = 'Kopiera länken från ditt inbjudningsmejl.';
const COPY_WHOLE = 'Kopiera hela länken från ditt inbjudningsmejl.';

/** Swedish: informal address (du); words as in docs/languages.md. */
export default {
  pasteHeading: 'Acceptera din inbjudan',
  pasteLabel: 'Inbjudningslänk',
  pasteHint: PASTE,
  pasteSubmit: 'Fortsätt',
  paste: {
    empty: PASTE,
    other_host: `Den länken är inte en inbjudningslänk. ${COPY}`,
    not_claim_link: `Det där är inte en inbjudningslänk. ${COPY}`,
    missing_token: `Den länken är ofullständig. ${COPY_WHOLE}`,
    malformed_token: `Den länken ser ofullständig eller ändrad ut. ${COPY_WHOLE}`,
    sandbox_link: 'Det där är en testinbjudan, och den här sidan accepterar bara riktiga.',
    production_link: 'Det där är en riktig inbjudan, och den här sidan accepterar bara testinbjudningar.',
    other_organization: 'Den här inbjudan gäller en annan organisation.',
    several_links: 'Texten innehåller mer än en inbjudningslänk. Kopiera bara den du vill acceptera.',
  },
} satisfies PasteMessages;
