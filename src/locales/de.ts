import type { CardMessages } from '../messages.js';

/**
 * German: formal address (Sie); words as in docs/languages.md.
 * Phrases are written out in full, not shared through constants: gzip makes a repeat nearly free, and the file must
 * stay under 1 KB gzip.
 */
export default {
  loading: 'Ihre Einladung wird geladen…',
  heading: 'Treten Sie {organization} bei',
  invitation: 'Sie sind zu {product} eingeladen.',
  invitedEmail: 'Einladung für {email}',
  claim: 'Einladung annehmen',
  claiming: 'Wird angenommen…',
  claimedHeading: 'Sie sind {organization} beigetreten',
  claimed: 'Ihr Platz bei {product} ist bereit.',
  alreadyClaimedHeading: 'Sie sind {organization} bereits beigetreten',
  alreadyClaimed: 'Ihr Platz bei {product} ist bereit. Bitte melden Sie sich an.',
  redirecting: 'Sie werden weitergeleitet…',
  portal: 'Kundenportal öffnen',
  signIn: 'Im Kundenportal anmelden',
  continue: 'Weiter',
  retry: 'Erneut versuchen',
  retryIn: { one: 'In {count} Sekunde erneut versuchen', other: 'In {count} Sekunden erneut versuchen' },
  granting: 'Ihr Platz wird eingerichtet…',
  benefitsReady: { one: '{count} Vorteil bereit', other: '{count} Vorteile bereit' },
  anotherLink: 'Anderen Link verwenden',
  problems: {
    missing_token: {
      title: 'Öffnen Sie Ihre Einladung',
      text: 'Öffnen Sie den Link in der E-Mail von {organization|der Person, die Sie eingeladen hat}.',
    },
    wrong_organization: {
      title: 'Diese Einladung ist für eine andere Seite',
      text: 'Öffnen Sie den Link in der E-Mail von {organization|der Person, die Sie eingeladen hat}.',
    },
    malformed_token: {
      title: 'Dieser Link ist unvollständig',
      text: 'Öffnen Sie den ganzen Link aus der E-Mail oder bitten Sie {organization|die Person, die Sie eingeladen hat} um einen neuen.',
    },
    config: {
      title: 'Einladungen hier noch nicht möglich',
      text: 'Bitte informieren Sie {organization|die Person, die Sie eingeladen hat}.',
    },
    invalid_token: {
      title: 'Diese Einladung ist ungültig',
      text: 'Vielleicht ist sie abgelaufen oder schon angenommen. Bitten Sie {organization|die Person, die Sie eingeladen hat} um eine neue.',
    },
    cannot_claim: {
      title: 'Diese Einladung ist nicht mehr gültig',
      text: 'Bitten Sie {organization|die Person, die Sie eingeladen hat} um eine neue.',
    },
    maybe_claimed: {
      title: 'Vielleicht sind Sie schon beigetreten',
      text: 'Prüfen Sie Ihre E-Mails oder das Kundenportal, bevor Sie {organization|die Person, die Sie eingeladen hat} fragen.',
    },
    feature_not_enabled: {
      title: 'Gerade keine Plätze offen',
      text: 'Fragen Sie {organization|die Person, die Sie eingeladen hat} nach Ihrer Einladung.',
    },
    validation: {
      title: 'Das hat nicht geklappt',
      text: 'Versuchen Sie es gleich erneut. Sonst wenden Sie sich an {organization|die Person, die Sie eingeladen hat}.',
    },
    rate_limited: {
      title: 'Gerade gab es zu viele Versuche',
      text: 'Versuchen Sie es gleich erneut. Sonst wenden Sie sich an {organization|die Person, die Sie eingeladen hat}.',
    },
    server: {
      title: 'Bei uns ist etwas schiefgelaufen',
      text: 'Das liegt nicht an Ihnen. Versuchen Sie es gleich erneut. Sonst wenden Sie sich an {organization|die Person, die Sie eingeladen hat}.',
    },
    network: {
      title: 'Keine Verbindung',
      text: 'Versuchen Sie es gleich erneut. Sonst wenden Sie sich an {organization|die Person, die Sie eingeladen hat}.',
    },
    offline: { title: 'Sie sind offline', text: 'Ihre Einladung wird geladen, sobald Sie wieder online sind.' },
    timeout: {
      title: 'Das dauert zu lange',
      text: 'Versuchen Sie es gleich erneut. Sonst wenden Sie sich an {organization|die Person, die Sie eingeladen hat}.',
    },
    bad_response: {
      title: 'Etwas ist schiefgelaufen',
      text: 'Versuchen Sie es gleich erneut. Sonst wenden Sie sich an {organization|die Person, die Sie eingeladen hat}.',
    },
  },
} satisfies CardMessages;
