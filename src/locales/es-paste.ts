import type { PasteMessages } from '../messages.js';

const PASTE = 'Pega el enlace de tu correo de invitación.';
const COPY = 'Copia el enlace de tu correo de invitación.';
const COPY_WHOLE = 'Copia el enlace completo de tu correo de invitación.';

/** Spanish: informal address (tú), neutral for Spain and Latin America; words as in docs/languages.md. */
export default {
  pasteHeading: 'Acepta tu invitación',
  pasteLabel: 'Enlace de invitación',
  pasteHint: PASTE,
  pasteSubmit: 'Continuar',
  paste: {
    empty: PASTE,
    other_host: `Ese enlace no es un enlace de invitación. ${COPY}`,
    not_claim_link: `Eso no es un enlace de invitación. ${COPY}`,
    missing_token: `Ese enlace está incompleto. ${COPY_WHOLE}`,
    malformed_token: `Ese enlace parece incompleto o modificado. ${COPY_WHOLE}`,
    sandbox_link: 'Es una invitación de prueba, y esta página solo acepta invitaciones reales.',
    production_link: 'Es una invitación real, y esta página solo acepta invitaciones de prueba.',
    other_organization: 'Esta invitación es para otra organización.',
    several_links: 'Ese texto tiene más de un enlace de invitación. Copia solo el que quieras aceptar.',
  },
} satisfies PasteMessages;
