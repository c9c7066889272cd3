import type { CardMessages } from '../messages.js';

/**
 * French: formal address (vous), buttons in the infinitive; words as in docs/languages.md.
 * Phrases are written out in full, not shared through constants: gzip makes a repeat nearly free, and the file must
 * stay under 1 KB gzip.
 */
export default {
  loading: 'Chargement de votre invitation…',
  heading: 'Rejoignez {organization}',
  invitation: 'Vous avez une invitation pour {product}.',
  invitedEmail: 'Invitation pour {email}',
  claim: 'Accepter l’invitation',
  claiming: 'Acceptation…',
  claimedHeading: 'Vous avez rejoint {organization}',
  claimed: 'Votre place dans {product} est prête.',
  alreadyClaimedHeading: 'Vous avez déjà rejoint {organization}',
  alreadyClaimed: 'Votre place dans {product} est prête. Connectez-vous pour l’utiliser.',
  redirecting: 'Redirection…',
  portal: 'Ouvrir l’espace client',
  signIn: 'Se connecter à l’espace client',
  continue: 'Continuer',
  retry: 'Réessayer',
  retryIn: {
    one: 'Réessayer dans {count} seconde',
    many: 'Réessayer dans {count} secondes',
    other: 'Réessayer dans {count} secondes',
  },
  granting: 'Activation de votre place…',
  benefitsReady: { one: '{count} avantage prêt', many: '{count} avantages prêts', other: '{count} avantages prêts' },
  anotherLink: 'Utiliser un autre lien',
  problems: {
    missing_token: {
      title: 'Ouvrez votre lien d’invitation',
      text: 'Ouvrez le lien de l’e-mail envoyé par {organization|la personne qui vous invite}.',
    },
    wrong_organization: {
      title: 'Cette invitation est pour un autre site',
      text: 'Ouvrez le lien de l’e-mail envoyé par {organization|la personne qui vous invite}.',
    },
    malformed_token: {
      title: 'Ce lien est incomplet',
      text: 'Ouvrez le lien complet de l’e-mail, ou redemandez-le à {organization|la personne qui vous invite}.',
    },
    config: {
      title: 'Ce site n’accepte pas encore les invitations',
      text: 'Merci de prévenir {organization|la personne qui vous invite}.',
    },
    invalid_token: {
      title: 'Invitation inutilisable',
      text: 'Elle a peut-être expiré ou déjà servi. Demandez-en une nouvelle à {organization|la personne qui vous invite}.',
    },
    cannot_claim: {
      title: 'Cette invitation est close',
      text: 'Demandez-en une nouvelle à {organization|la personne qui vous invite}.',
    },
    maybe_claimed: {
      title: 'Vous êtes peut-être déjà membre',
      text: 'Vérifiez vos e-mails ou votre espace client avant de contacter {organization|la personne qui vous invite}.',
    },
    feature_not_enabled: {
      title: 'Places fermées pour l’instant',
      text: 'Parlez-en à {organization|la personne qui vous invite}.',
    },
    validation: {
      title: 'Cela n’a pas fonctionné',
      text: 'Réessayez dans un instant. Si cela persiste, contactez {organization|la personne qui vous invite}.',
    },
    rate_limited: {
      title: 'Merci de patienter',
      text: 'Trop d’essais. Si cela persiste, contactez {organization|la personne qui vous invite}.',
    },
    server: {
      title: 'Une erreur de notre côté',
      text: 'Vous n’y êtes pour rien. Réessayez dans un instant. Si cela persiste, contactez {organization|la personne qui vous invite}.',
    },
    network: {
      title: 'Connexion impossible',
      text: 'Réessayez dans un instant. Si cela persiste, contactez {organization|la personne qui vous invite}.',
    },
    offline: { title: 'Vous êtes hors ligne', text: 'Votre invitation se chargera une fois en ligne.' },
    timeout: {
      title: 'C’est trop long',
      text: 'Réessayez dans un instant. Si cela persiste, contactez {organization|la personne qui vous invite}.',
    },
    bad_response: {
      title: 'Une erreur est survenue',
      text: 'Réessayez dans un instant. Si cela persiste, contactez {organization|la personne qui vous invite}.',
    },
  },
} satisfies CardMessages;
