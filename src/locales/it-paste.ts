import type { PasteMessages } from '../messages.js';

/** Italian: informal address (tu); words as in docs/languages.md. */
const COPY = "Copia il link dall'email di invito.";
const COPY_WHOLE = "Copia il link completo dall'email di invito.";

export default {
  pasteHeading: 'Accetta il tuo invito',
  pasteLabel: 'Link di invito',
  pasteHint: "Incolla il link dall'email di invito.",
  pasteSubmit: 'Continua',
  paste: {
    empty: "Incolla il link dall'email di invito.",
    other_host: `Questo link non è un link di invito. ${COPY}`,
    not_claim_link: `Questo non è un link di invito. ${COPY}`,
    missing_token: `Questo link è incompleto. ${COPY_WHOLE}`,
    malformed_token: `Questo link sembra incompleto o modificato. ${COPY_WHOLE}`,
    sandbox_link: 'Questo è un invito di prova, ma questa pagina accetta solo inviti reali.',
    production_link: 'Questo è un invito reale, ma questa pagina accetta solo inviti di prova.',
    other_organization: "Questo invito è per un'altra organizzazione.",
    several_links: 'Il testo contiene più di un link di invito. Copia solo quello che vuoi accettare.',
  },
} satisfies PasteMessages;
