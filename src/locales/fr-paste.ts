import type { PasteMessages } from '../messages.js';

const PASTE = 'Collez le lien de votre e-mail d’invitation.';
const COPY = 'Copiez le lien de votre e-mail d’invitation.';
const COPY_WHOLE = 'Copiez le lien complet de votre e-mail d’invitation.';

/** French: formal address (vous), buttons in the infinitive; words as in docs/languages.md. */
export default {
  pasteHeading: 'Acceptez votre invitation',
  pasteLabel: 'Lien d’invitation',
  pasteHint: PASTE,
  pasteSubmit: 'Continuer',
  paste: {
    empty: PASTE,
    other_host: `Ce lien n’est pas un lien d’invitation. ${COPY}`,
    not_claim_link: `Ce n’est pas un lien d’invitation. ${COPY}`,
    missing_token: `Ce lien est incomplet. ${COPY_WHOLE}`,
    malformed_token: `Ce lien semble incomplet ou modifié. ${COPY_WHOLE}`,
    sandbox_link: 'C’est une invitation de test, et cette page n’accepte que les vraies.',
    production_link: 'C’est une vraie invitation, et cette page n’accepte que celles de test.',
    other_organization: 'Cette invitation concerne une autre organisation.',
    several_links: 'Ce texte contient plusieurs liens d’invitation. Copiez uniquement celui que vous voulez accepter.',
  },
} satisfies PasteMessages;
