import type { CardMessages } from '../messages.js';

/** Who the invitee can turn to: the organization when it is known. */
const WHO = '{organization|quien te invitó}';
const ASK_AGAIN = `Pide una nueva a ${WHO}.`;
const KEEPS = `Si sigue pasando, escribe a ${WHO}.`;
const LATER = `Vuelve a intentarlo en un momento. ${KEEPS}`;

/** Spanish: informal address (tú), neutral for Spain and Latin America; words as in docs/languages.md. */
export default {
  loading: 'Cargando tu invitación…',
  heading: 'Únete a {organization}',
  invitation: 'Te han invitado a {product}.',
  invitedEmail: 'Invitación para {email}',
  claim: 'Aceptar invitación',
  claiming: 'Aceptando…',
  claimedHeading: 'Te has unido a {organization}',
  claimed: 'Tu plaza en {product} está lista.',
  alreadyClaimedHeading: 'Ya te has unido a {organization}',
  alreadyClaimed: 'Tu plaza en {product} está lista. Inicia sesión para usarla.',
  redirecting: 'Redirigiendo…',
  portal: 'Abrir portal de clientes',
  signIn: 'Iniciar sesión en el portal de clientes',
  continue: 'Continuar',
  retry: 'Reintentar',
  retryIn: {
    one: 'Reintentar en {count} segundo',
    many: 'Reintentar en {count} segundos',
    other: 'Reintentar en {count} segundos',
  },
  granting: 'Preparando tu acceso…',
  benefitsReady: {
    one: '{count} beneficio listo',
    many: '{count} beneficios listos',
    other: '{count} beneficios listos',
  },
  anotherLink: 'Usar otro enlace',
  problems: {
    missing_token: { title: 'Abre tu enlace de invitación', text: `Usa el enlace del correo de ${WHO}.` },
    wrong_organization: {
      title: 'Esta invitación es para otro sitio',
      text: 'Abre el enlace del correo de {organization|la organización que te invitó}.',
    },
    malformed_token: {
      title: 'Este enlace está incompleto',
      text: `Abre el enlace completo de tu correo de invitación o pide a ${WHO} que te lo vuelva a enviar.`,
    },
    config: { title: 'Aquí aún no se pueden aceptar invitaciones', text: `Por favor, avisa a ${WHO}.` },
    invalid_token: {
      title: 'Esta invitación no se puede usar',
      text: `Puede que haya caducado o que ya se haya aceptado. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Esta invitación ya no está disponible', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Puede que ya te hayas unido',
      text: `Revisa tu correo o el portal de clientes antes de pedir una nueva invitación a ${WHO}.`,
    },
    feature_not_enabled: {
      title: 'Las plazas no están disponibles ahora',
      text: `Pregunta a ${WHO} por tu invitación.`,
    },
    validation: { title: 'No se pudo completar', text: LATER },
    rate_limited: { title: 'Espera un momento', text: `Acaba de haber muchos intentos. ${KEEPS}` },
    server: { title: 'Algo salió mal por nuestra parte', text: `No es culpa tuya. ${LATER}` },
    network: { title: 'No pudimos conectar con el servicio de invitaciones', text: LATER },
    offline: { title: 'Estás sin conexión', text: 'Tu invitación se cargará en cuanto vuelvas a tener conexión.' },
    timeout: { title: 'Está tardando mucho', text: LATER },
    bad_response: { title: 'Algo salió mal', text: LATER },
  },
} satisfies CardMessages;
