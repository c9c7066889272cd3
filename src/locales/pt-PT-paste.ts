import type { PasteMessages } from '../messages.js';

/** European Portuguese: polite third person without "você"; words as in docs/languages.md. */
const COPY = 'Copie o link do e-mail de convite.';
const COPY_WHOLE = 'Copie o link completo do e-mail de convite.';

export default {
  pasteHeading: 'Aceite o seu convite',
  pasteLabel: 'Link do convite',
  pasteHint: 'Cole o link do e-mail de convite.',
  pasteSubmit: 'Continuar',
  paste: {
    empty: 'Cole o link do e-mail de convite.',
    other_host: `Esse link não é um link de convite. ${COPY}`,
    not_claim_link: `Isso não é um link de convite. ${COPY}`,
    missing_token: `Esse link está incompleto. ${COPY_WHOLE}`,
    malformed_token: `Esse link parece incompleto ou alterado. ${COPY_WHOLE}`,
    sandbox_link: 'Este é um convite de teste e esta página só aceita convites reais.',
    production_link: 'Este é um convite real e esta página só aceita convites de teste.',
    other_organization: 'Este convite é de outra organização.',
    several_links: 'Esse texto tem mais do que um link de convite. Copie apenas aquele que quer aceitar.',
  },
} satisfies PasteMessages;
