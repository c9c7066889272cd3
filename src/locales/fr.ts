import type { CardMessages } from '../messages.js';

/** Who the invitee can turn to: the organization when it is known. */
const WHO = '{organization|la personne qui vous invite}';
const ASK_AGAIN = `Demandez-en une nouvelle à ${WHO}.`;
const KEEPS = `Si le problème persiste, contactez ${WHO}.`;
const LATER = `Réessayez dans un instant. ${KEEPS}`;

/** French: formal address (vous), buttons in the infinitive; words as in docs/languages.md. */
export default {
  loading: 'Chargement de votre invitation…',
  heading: 'Rejoignez {organization}',
  invitation: 'Vous avez une invitation pour {product}.',
  invitedEmail: 'Invitation pour {email}',
  claim: 'Accepter l’invitation',
  claiming: 'Acceptation en cours…',
  claimedHeading: 'Vous avez rejoint {organization}',
  claimed: 'Votre place dans {product} est prête.',
  alreadyClaimedHeading: 'Vous avez déjà rejoint {organization}',
  alreadyClaimed: 'Votre place dans {product} est prête. Connectez-vous pour l’utiliser.',
  redirecting: 'Redirection en cours…',
  portal: 'Ouvrir l’espace client',
  signIn: 'Se connecter à l’espace client',
  continue: 'Continuer',
  retry: 'Réessayer',
  retryIn: {
    one: 'Réessayer dans {count} seconde',
    many: 'Réessayer dans {count} secondes',
    other: 'Réessayer dans {count} secondes',
  },
  granting: 'Préparation de votre accès…',
  benefitsReady: { one: '{count} avantage prêt', many: '{count} avantages prêts', other: '{count} avantages prêts' },
  anotherLink: 'Utiliser un autre lien',
  problems: {
    missing_token: { title: 'Ouvrez votre lien d’invitation', text: `Utilisez le lien de l’e-mail envoyé par ${WHO}.` },
    wrong_organization: {
      title: 'Cette invitation concerne un autre site',
      text: 'Ouvrez le lien de l’e-mail envoyé par {organization|l’organisation qui vous invite}.',
    },
    malformed_token: {
      title: 'Ce lien est incomplet',
      text: `Ouvrez le lien complet de votre e-mail d’invitation, ou demandez à ${WHO} de vous le renvoyer.`,
    },
    config: { title: 'Ce site n’accepte pas encore les invitations', text: `Merci de prévenir ${WHO}.` },
    invalid_token: {
      title: 'Cette invitation ne peut pas être utilisée',
      text: `Elle a peut-être expiré ou déjà été acceptée. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Cette invitation n’est plus disponible', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Vous êtes peut-être déjà membre',
      text: `Vérifiez vos e-mails ou votre espace client avant de demander une nouvelle invitation à ${WHO}.`,
    },
    feature_not_enabled: {
      title: 'Les places ne sont pas ouvertes pour le moment',
      text: `Renseignez-vous auprès de ${WHO} au sujet de votre invitation.`,
    },
    validation: { title: 'Cela n’a pas fonctionné', text: LATER },
    rate_limited: { title: 'Merci de patienter', text: `Il y a eu beaucoup d’essais à l’instant. ${KEEPS}` },
    server: { title: 'Un problème est survenu de notre côté', text: `Vous n’y êtes pour rien. ${LATER}` },
    network: { title: 'Nous n’avons pas pu joindre le service d’invitation', text: LATER },
    offline: {
      title: 'Vous êtes hors ligne',
      text: 'Votre invitation se chargera dès que vous serez de nouveau en ligne.',
    },
    timeout: { title: 'Cela prend trop de temps', text: LATER },
    bad_response: { title: 'Une erreur est survenue', text: LATER },
  },
} satisfies CardMessages;
