import type { PasteMessages } from '../messages.js';

const PASTE = 'Fügen Sie den Link aus Ihrer Einladungs-E-Mail ein.';
const COPY = 'Kopieren Sie den Link aus Ihrer Einladungs-E-Mail.';
const COPY_WHOLE = 'Kopieren Sie den vollständigen Link aus Ihrer Einladungs-E-Mail.';

/** German: formal address (Sie); words as in docs/languages.md. */
export default {
  pasteHeading: 'Nehmen Sie Ihre Einladung an',
  pasteLabel: 'Einladungslink',
  pasteHint: PASTE,
  pasteSubmit: 'Weiter',
  paste: {
    empty: PASTE,
    other_host: `Dieser Link ist kein Einladungslink. ${COPY}`,
    not_claim_link: `Das ist kein Einladungslink. ${COPY}`,
    missing_token: `Dieser Link ist unvollständig. ${COPY_WHOLE}`,
    malformed_token: `Dieser Link scheint unvollständig oder verändert zu sein. ${COPY_WHOLE}`,
    sandbox_link: 'Das ist eine Testeinladung, und diese Seite nimmt nur echte an.',
    production_link: 'Das ist eine echte Einladung, und diese Seite nimmt nur Testeinladungen an.',
    other_organization: 'Diese Einladung gilt für eine andere Organisation.',
    several_links: 'Dieser Text enthält mehr als einen Einladungslink. Kopieren Sie nur den, den Sie annehmen möchten.',
  },
} satisfies PasteMessages;
