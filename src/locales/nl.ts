import type { CardMessages } from '../messages.js';

/** Who the invitee can turn to: the organization when it is known. */
const WHO = '{organization|degene die je heeft uitgenodigd}';
const ASK_AGAIN = `Vraag ${WHO} om een nieuwe.`;
const KEEPS = `Blijft het misgaan? Neem dan contact op met ${WHO}.`;
const LATER = `Probeer het zo nog eens. ${KEEPS}`;

/** Dutch: informal address (je); words as in docs/languages.md. */
export default {
  loading: 'Je uitnodiging wordt geladen…',
  heading: 'Word lid van {organization}',
  invitation: 'Je bent uitgenodigd voor {product}.',
  invitedEmail: 'Uitnodiging voor {email}',
  claim: 'Uitnodiging accepteren',
  claiming: 'Accepteren…',
  claimedHeading: 'Je bent nu lid van {organization}',
  claimed: 'Je plek in {product} staat klaar.',
  alreadyClaimedHeading: 'Je bent al lid van {organization}',
  alreadyClaimed: 'Je plek in {product} staat klaar. Log in om er gebruik van te maken.',
  redirecting: 'Je wordt doorgestuurd…',
  portal: 'Klantenportaal openen',
  signIn: 'Inloggen bij het klantenportaal',
  continue: 'Doorgaan',
  retry: 'Opnieuw proberen',
  retryIn: { one: 'Opnieuw proberen over {count} seconde', other: 'Opnieuw proberen over {count} seconden' },
  granting: 'Je toegang wordt klaargezet…',
  benefitsReady: { one: '{count} voordeel klaar', other: '{count} voordelen klaar' },
  anotherLink: 'Een andere link gebruiken',
  problems: {
    missing_token: { title: 'Open je uitnodigingslink', text: `Gebruik de link in de e-mail van ${WHO}.` },
    wrong_organization: {
      title: 'Deze uitnodiging is voor een andere site',
      text: 'Open de link in de e-mail van {organization|de organisatie die je heeft uitgenodigd}.',
    },
    malformed_token: {
      title: 'Deze link is onvolledig',
      text: `Open de volledige link uit je uitnodigingsmail, of vraag ${WHO} om hem opnieuw te sturen.`,
    },
    config: { title: 'Uitnodigingen kunnen hier nog niet worden geaccepteerd', text: `Laat het ${WHO} even weten.` },
    invalid_token: {
      title: 'Deze uitnodiging kan niet worden gebruikt',
      text: `Misschien is de uitnodiging verlopen of al geaccepteerd. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Deze uitnodiging staat niet meer open', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Misschien ben je al lid',
      text: `Kijk in je e-mail of in het klantenportaal voordat je ${WHO} om een nieuwe uitnodiging vraagt.`,
    },
    feature_not_enabled: { title: 'Er zijn nu geen plekken open', text: `Vraag ${WHO} naar je uitnodiging.` },
    validation: { title: 'Dat is niet gelukt', text: LATER },
    rate_limited: { title: 'Even geduld', text: `Er waren net veel pogingen. ${KEEPS}` },
    server: { title: 'Er ging bij ons iets mis', text: `Het ligt niet aan jou. ${LATER}` },
    network: { title: 'We konden de uitnodigingsdienst niet bereiken', text: LATER },
    offline: { title: 'Je bent offline', text: 'Je uitnodiging wordt geladen zodra je weer online bent.' },
    timeout: { title: 'Dit duurt te lang', text: LATER },
    bad_response: { title: 'Er ging iets mis', text: LATER },
  },
} satisfies CardMessages;
