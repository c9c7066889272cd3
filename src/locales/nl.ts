import type { CardMessages } from '../messages.js';

/**
 * Dutch: informal address (je); words as in docs/languages.md.
 * Phrases are written out in full, not shared through constants: gzip makes a repeat nearly free, and the file must
 * stay under 1 KB gzip.
 */
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
  alreadyClaimed: 'Je plek in {product} staat klaar. Log in om aan de slag te gaan.',
  redirecting: 'Je wordt doorgestuurd…',
  portal: 'Klantenportaal openen',
  signIn: 'Inloggen bij klantenportaal',
  continue: 'Doorgaan',
  retry: 'Opnieuw proberen',
  retryIn: { one: 'Opnieuw proberen over {count} seconde', other: 'Opnieuw proberen over {count} seconden' },
  granting: 'Je toegang wordt klaargezet…',
  benefitsReady: { one: '{count} voordeel klaar', other: '{count} voordelen klaar' },
  anotherLink: 'Een andere link gebruiken',
  problems: {
    missing_token: {
      title: 'Open je uitnodigingslink',
      text: 'Gebruik de link in de e-mail van {organization|degene die je heeft uitgenodigd}.',
    },
    wrong_organization: {
      title: 'Deze uitnodiging is voor een andere site',
      text: 'Open de link in de e-mail van {organization|de organisatie die je heeft uitgenodigd}.',
    },
    malformed_token: {
      title: 'Deze link is onvolledig',
      text: 'Open de volledige link uit de e-mail, of vraag {organization|degene die je heeft uitgenodigd} om een nieuwe.',
    },
    config: {
      title: 'Uitnodigingen kunnen hier nog niet worden geaccepteerd',
      text: 'Laat het {organization|degene die je heeft uitgenodigd} even weten.',
    },
    invalid_token: {
      title: 'Deze uitnodiging kan niet worden gebruikt',
      text: 'Misschien is de uitnodiging verlopen of al geaccepteerd. Vraag {organization|degene die je heeft uitgenodigd} om een nieuwe.',
    },
    cannot_claim: {
      title: 'Deze uitnodiging staat niet meer open',
      text: 'Vraag {organization|degene die je heeft uitgenodigd} om een nieuwe.',
    },
    maybe_claimed: {
      title: 'Misschien ben je al lid',
      text: 'Kijk in je e-mail of klantenportaal voordat je {organization|degene die je heeft uitgenodigd} om een nieuwe uitnodiging vraagt.',
    },
    feature_not_enabled: {
      title: 'Plekken zijn nu niet beschikbaar',
      text: 'Vraag {organization|degene die je heeft uitgenodigd} naar je uitnodiging.',
    },
    validation: {
      title: 'Dat is niet gelukt',
      text: 'Probeer het zo nog eens. Blijft het misgaan? Vraag het {organization|degene die je heeft uitgenodigd}.',
    },
    rate_limited: {
      title: 'Even geduld',
      text: 'Er waren net veel pogingen. Blijft het misgaan? Vraag het {organization|degene die je heeft uitgenodigd}.',
    },
    server: {
      title: 'Er ging bij ons iets mis',
      text: 'Het ligt niet aan jou. Probeer het zo nog eens. Blijft het misgaan? Vraag het {organization|degene die je heeft uitgenodigd}.',
    },
    network: {
      title: 'Geen verbinding',
      text: 'Probeer het zo nog eens. Blijft het misgaan? Vraag het {organization|degene die je heeft uitgenodigd}.',
    },
    offline: { title: 'Je bent offline', text: 'Je uitnodiging wordt geladen zodra je weer online bent.' },
    timeout: {
      title: 'Dit duurt te lang',
      text: 'Probeer het zo nog eens. Blijft het misgaan? Vraag het {organization|degene die je heeft uitgenodigd}.',
    },
    bad_response: {
      title: 'Er ging iets mis',
      text: 'Probeer het zo nog eens. Blijft het misgaan? Vraag het {organization|degene die je heeft uitgenodigd}.',
    },
  },
} satisfies CardMessages;
