import type { CardMessages } from '../messages.js';

/** Who the invitee can turn to: the organization when it is known. */
const WHO = '{organization|den som bjöd in dig}';
const ASK_AGAIN = `Be ${WHO} om en ny.`;
const KEEPS = `Om problemet kvarstår, kontakta ${WHO}.`;
const LATER = `Försök igen om en stund. ${KEEPS}`;

/** Swedish: informal address (du); words as in docs/languages.md. */
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
    missing_token: { title: 'Öppna din inbjudningslänk', text: `Använd länken i mejlet från ${WHO}.` },
    wrong_organization: {
      title: 'Den här inbjudan gäller en annan webbplats',
      text: 'Öppna länken i mejlet från {organization|organisationen som bjöd in dig}.',
    },
    malformed_token: {
      title: 'Länken är ofullständig',
      text: `Öppna hela länken i ditt inbjudningsmejl, eller be ${WHO} att skicka den igen.`,
    },
    config: { title: 'Inbjudningar kan inte accepteras här än', text: `Säg gärna till ${WHO}.` },
    invalid_token: {
      title: 'Den här inbjudan kan inte användas',
      text: `Den kan ha gått ut eller redan accepterats. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Den här inbjudan gäller inte längre', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Du kanske redan har gått med',
      text: `Kolla din inkorg eller kundportalen innan du ber ${WHO} om en ny inbjudan.`,
    },
    feature_not_enabled: { title: 'Platserna är inte öppna just nu', text: `Fråga ${WHO} om din inbjudan.` },
    validation: { title: 'Det gick inte igenom', text: LATER },
    rate_limited: { title: 'Vänta en stund', text: `Det blev många försök nyss. ${KEEPS}` },
    server: { title: 'Något gick fel hos oss', text: `Det är inte ditt fel. ${LATER}` },
    network: { title: 'Vi kunde inte nå inbjudningstjänsten', text: LATER },
    offline: { title: 'Du är offline', text: 'Din inbjudan laddas så fort du är online igen.' },
    timeout: { title: 'Det här tar för lång tid', text: LATER },
    bad_response: { title: 'Något gick fel', text: LATER },
  },
} satisfies CardMessages;
