import type { CardMessages } from '../messages.js';

/**
 * Spanish: informal address (tú), neutral for Spain and Latin America; words as in docs/languages.md.
 * Phrases are written out in full, not shared through constants: gzip makes a repeat nearly free, and the file must
 * stay under 1 KB gzip.
 */
export default {
  loading: 'Cargando tu invitación…',
  heading: 'Únete a {organization}',
  invitation: 'Te han invitado a {product}.',
  invitedEmail: 'Invitación para {email}',
  claim: 'Aceptar invitación',
  claiming: 'Aceptando…',
  claimedHeading: 'Te has unido a {organization}',
  claimed: 'Tu plaza en {product} está lista.',
  alreadyClaimedHeading: 'Ya te habías unido a {organization}',
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
    missing_token: {
      title: 'Abre tu enlace de invitación',
      text: 'Usa el enlace del correo de {organization|quien te invitó}.',
    },
    wrong_organization: {
      title: 'Esta invitación es para otro sitio',
      text: 'Abre el enlace del correo de {organization|la organización que te invitó}.',
    },
    malformed_token: {
      title: 'Este enlace está incompleto',
      text: 'Abre el enlace completo del correo o pide uno nuevo a {organization|quien te invitó}.',
    },
    config: {
      title: 'Aquí aún no se pueden aceptar invitaciones',
      text: 'Por favor, avisa a {organization|quien te invitó}.',
    },
    invalid_token: {
      title: 'Esta invitación no se puede usar',
      text: 'Puede que haya caducado o que ya se haya aceptado. Pide una nueva a {organization|quien te invitó}.',
    },
    cannot_claim: {
      title: 'Esta invitación ya no está disponible',
      text: 'Pide una nueva a {organization|quien te invitó}.',
    },
    maybe_claimed: {
      title: 'Puede que ya te hayas unido',
      text: 'Revisa tu correo o el portal de clientes antes de pedir una nueva invitación a {organization|quien te invitó}.',
    },
    feature_not_enabled: {
      title: 'Las plazas no están disponibles ahora',
      text: 'Pregunta a {organization|quien te invitó} por tu invitación.',
    },
    validation: {
      title: 'No se pudo completar',
      text: 'Vuelve a intentarlo en un momento. Si sigue pasando, escribe a {organization|quien te invitó}.',
    },
    rate_limited: {
      title: 'Espera un momento',
      text: 'Hubo muchos intentos. Si sigue pasando, escribe a {organization|quien te invitó}.',
    },
    server: {
      title: 'Algo salió mal por nuestra parte',
      text: 'No es culpa tuya. Vuelve a intentarlo en un momento. Si sigue pasando, escribe a {organization|quien te invitó}.',
    },
    network: {
      title: 'No hay conexión con el servicio',
      text: 'Vuelve a intentarlo en un momento. Si sigue pasando, escribe a {organization|quien te invitó}.',
    },
    offline: { title: 'Estás sin conexión', text: 'Tu invitación se cargará al recuperar la conexión.' },
    timeout: {
      title: 'Está tardando mucho',
      text: 'Vuelve a intentarlo en un momento. Si sigue pasando, escribe a {organization|quien te invitó}.',
    },
    bad_response: {
      title: 'Algo salió mal',
      text: 'Vuelve a intentarlo en un momento. Si sigue pasando, escribe a {organization|quien te invitó}.',
    },
  },
} satisfies CardMessages;
