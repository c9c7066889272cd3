import type { CardMessages } from '../messages.js';

/**
 * Swedish: informal address (du); words as in docs/languages.md.
 * Phrases are written out in full, not shared through constants: gzip makes a repeat nearly free, and the file must
 * stay under 1 KB gzip.
 */
export default {
  loading: 'Laddar din inbjudan…',
  heading: 'Gå med i {organization}',
  invitation: 'Du är inbjuden till {product}.',
  invitedEmail: 'Inbjudan till {email}',
  claim: 'Acceptera inbjudan',
  claiming: 'Accepterar…',
  claimedHeading: 'Du har gått med i {organization}',
  claimed: 'Din plats i {product} är klar.',
  alreadyClaimedHeading: 'Du har redan gått med i {organization}',
  alreadyClaimed: 'Din plats i {product} är klar. Logga in för att använda den.',
  redirecting: 'Skickar dig vidare…',
  portal: 'Öppna kundportalen',
  signIn: 'Logga in på kundportalen',
  continue: 'Fortsätt',
  retry: 'Försök igen',
  retryIn: { one: 'Försök igen om {count} sekund', other: 'Försök igen om {count} sekunder' },
  granting: 'Förbereder din åtkomst…',
  benefitsReady: { one: '{count} förmån klar', other: '{count} förmåner klara' },
  anotherLink: 'Använd en annan länk',
  problems: {
    missing_token: {
      title: 'Öppna din inbjudningslänk',
      text: 'Använd länken i mejlet från {organization|den som bjöd in dig}.',
    },
    wrong_organization: {
      title: 'Den här inbjudan gäller en annan webbplats',
      text: 'Öppna länken i mejlet från {organization|organisationen som bjöd in dig}.',
    },
    malformed_token: {
      title: 'Länken är ofullständig',
      text: 'Öppna hela länken i mejlet, eller be {organization|den som bjöd in dig} om en ny.',
    },
    config: {
      title: 'Inbjudningar kan inte accepteras här än',
      text: 'Hör gärna av dig till {organization|den som bjöd in dig}.',
    },
    invalid_token: {
      title: 'Den här inbjudan kan inte användas',
      text: 'Den kan ha gått ut eller redan accepterats. Be {organization|den som bjöd in dig} om en ny.',
    },
    cannot_claim: {
      title: 'Den här inbjudan gäller inte längre',
      text: 'Be {organization|den som bjöd in dig} om en ny.',
    },
    maybe_claimed: {
      title: 'Du kanske redan har gått med',
      text: 'Kolla din inkorg eller kundportalen innan du ber {organization|den som bjöd in dig} om en ny inbjudan.',
    },
    feature_not_enabled: {
      title: 'Platserna är inte öppna just nu',
      text: 'Fråga {organization|den som bjöd in dig} om din inbjudan.',
    },
    validation: {
      title: 'Det gick inte igenom',
      text: 'Försök igen om en stund. Om problemet kvarstår, kontakta {organization|den som bjöd in dig}.',
    },
    rate_limited: {
      title: 'Vänta en stund',
      text: 'Det blev många försök nyss. Om problemet kvarstår, kontakta {organization|den som bjöd in dig}.',
    },
    server: {
      title: 'Något gick fel hos oss',
      text: 'Det är inte ditt fel. Försök igen om en stund. Om problemet kvarstår, kontakta {organization|den som bjöd in dig}.',
    },
    network: {
      title: 'Ingen anslutning',
      text: 'Försök igen om en stund. Om problemet kvarstår, kontakta {organization|den som bjöd in dig}.',
    },
    offline: { title: 'Du är offline', text: 'Din inbjudan laddas så fort du är online igen.' },
    timeout: {
      title: 'Det här tar för lång tid',
      text: 'Försök igen om en stund. Om problemet kvarstår, kontakta {organization|den som bjöd in dig}.',
    },
    bad_response: {
      title: 'Något gick fel',
      text: 'Försök igen om en stund. Om problemet kvarstår, kontakta {organization|den som bjöd in dig}.',
    },
  },
} satisfies CardMessages;
