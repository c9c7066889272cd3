import type { PasteMessages } from '../messages.js';

/** Brazilian Portuguese: "você"; words as in docs/languages.md. */
const COPY = 'Copie o link do e-mail do convite.';
const COPY_WHOLE = 'Copie o link completo do e-mail do convite.';

export default {
  pasteHeading: 'Aceite seu convite',
  pasteLabel: 'Link do convite',
  pasteHint: 'Cole o link do e-mail do convite.',
  pasteSubmit: 'Continuar',
  paste: {
    empty: 'Cole o link do e-mail do convite.',
    other_host: `Esse link não é um link de convite. ${COPY}`,
    not_claim_link: `Isso não é um link de convite. ${COPY}`,
    missing_token: `Esse link está incompleto. ${COPY_WHOLE}`,
    malformed_token: `Esse link parece incompleto ou alterado. ${COPY_WHOLE}`,
    sandbox_link: 'Esse é um convite de teste, e esta página só aceita convites reais.',
    production_link: 'Esse é um convite real, e esta página só aceita convites de teste.',
    other_organization: 'Este convite é de outra organização.',
    several_links: 'Esse texto tem mais de um link de convite. Copie só aquele que você quer aceitar.',
  },
} satisfies PasteMessages;
