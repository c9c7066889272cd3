import type { CardMessages } from '../messages.js';

/** Who the invitee can turn to: the organization when it is known; in the accusative, and the dative after "von". */
const WHO = '{organization|die Person, die Sie eingeladen hat}';
const FROM_WHO = 'von {organization|der Person, die Sie eingeladen hat}';
const ASK_AGAIN = `Bitten Sie ${WHO} um eine neue.`;
const KEEPS = `Wenn es weiterhin nicht klappt, wenden Sie sich an ${WHO}.`;
const LATER = `Versuchen Sie es gleich noch einmal. ${KEEPS}`;

/** German: formal address (Sie); words as in docs/languages.md. */
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
  alreadyClaimed: 'Ihr Platz bei {product} ist bereit. Melden Sie sich an, um ihn zu nutzen.',
  redirecting: 'Sie werden weitergeleitet…',
  portal: 'Kundenportal öffnen',
  signIn: 'Im Kundenportal anmelden',
  continue: 'Weiter',
  retry: 'Erneut versuchen',
  retryIn: { one: 'In {count} Sekunde erneut versuchen', other: 'In {count} Sekunden erneut versuchen' },
  granting: 'Ihr Zugang wird eingerichtet…',
  benefitsReady: { one: '{count} Vorteil bereit', other: '{count} Vorteile bereit' },
  anotherLink: 'Anderen Link verwenden',
  problems: {
    missing_token: {
      title: 'Öffnen Sie Ihren Einladungslink',
      text: `Verwenden Sie den Link in der E-Mail ${FROM_WHO}.`,
    },
    wrong_organization: {
      title: 'Diese Einladung gilt für eine andere Website',
      text: 'Öffnen Sie den Link in der E-Mail von {organization|der Organisation, die Sie eingeladen hat}.',
    },
    malformed_token: {
      title: 'Dieser Link ist unvollständig',
      text: `Öffnen Sie den vollständigen Link aus Ihrer Einladungs-E-Mail oder bitten Sie ${WHO}, ihn erneut zu senden.`,
    },
    config: { title: 'Einladungen können hier noch nicht angenommen werden', text: `Bitte informieren Sie ${WHO}.` },
    invalid_token: {
      title: 'Diese Einladung kann nicht verwendet werden',
      text: `Vielleicht ist sie abgelaufen oder wurde schon angenommen. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Diese Einladung ist nicht mehr gültig', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Vielleicht sind Sie schon beigetreten',
      text: `Prüfen Sie Ihre E-Mails oder das Kundenportal, bevor Sie ${WHO} um eine neue Einladung bitten.`,
    },
    feature_not_enabled: {
      title: 'Zurzeit sind keine Plätze offen',
      text: `Fragen Sie ${WHO} nach Ihrer Einladung.`,
    },
    validation: { title: 'Das hat nicht geklappt', text: LATER },
    rate_limited: { title: 'Bitte warten Sie einen Moment', text: `Gerade gab es viele Versuche. ${KEEPS}` },
    server: { title: 'Bei uns ist etwas schiefgelaufen', text: `Das liegt nicht an Ihnen. ${LATER}` },
    network: { title: 'Wir konnten den Einladungsdienst nicht erreichen', text: LATER },
    offline: { title: 'Sie sind offline', text: 'Ihre Einladung wird geladen, sobald Sie wieder online sind.' },
    timeout: { title: 'Das dauert zu lange', text: LATER },
    bad_response: { title: 'Etwas ist schiefgelaufen', text: LATER },
  },
} satisfies CardMessages;
