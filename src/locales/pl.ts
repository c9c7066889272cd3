import type { CardMessages } from '../messages.js';

/** Whoever invited the person, after "z" (with): the name itself never changes. */
const WITH = '{organization|nadawcą zaproszenia}';
const ASK_AGAIN = `Po nowe zaproszenie skontaktuj się z ${WITH}.`;
const KEEPS = `Gdy to się powtarza, skontaktuj się z ${WITH}.`;
const LATER = `Spróbuj za chwilę. ${KEEPS}`;
const OPEN = 'Otwórz link z e-maila od {organization|nadawcy zaproszenia}.';
const READY = 'Twoje miejsce w {product} jest gotowe.';

/**
 * Polish: "ty" (Twój, Cię), with forms that do not depend on the reader's gender; words as in docs/languages.md.
 * Names stand uninflected, after a noun where the grammar needs a case ("do organizacji {organization}").
 */
export default {
  loading: 'Wczytywanie zaproszenia…',
  heading: 'Dołącz do organizacji {organization}',
  invitation: 'Masz zaproszenie do {product}.',
  invitedEmail: 'Zaproszenie dla {email}',
  claim: 'Przyjmij zaproszenie',
  claiming: 'Przyjmowanie…',
  claimedHeading: 'Witaj w organizacji {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'Już należysz do organizacji {organization}',
  alreadyClaimed: `${READY} Zaloguj się i korzystaj.`,
  redirecting: 'Przekierowujemy…',
  portal: 'Otwórz portal klienta',
  signIn: 'Zaloguj się do portalu klienta',
  continue: 'Dalej',
  retry: 'Spróbuj ponownie',
  retryIn: {
    one: 'Spróbuj ponownie za {count} sekundę',
    few: 'Spróbuj ponownie za {count} sekundy',
    many: 'Spróbuj ponownie za {count} sekund',
    other: 'Spróbuj ponownie za {count} sekundy',
  },
  granting: 'Przygotowujemy dostęp…',
  benefitsReady: {
    one: '{count} gotowa korzyść',
    few: '{count} gotowe korzyści',
    many: '{count} gotowych korzyści',
    other: '{count} gotowe korzyści',
  },
  anotherLink: 'Użyj innego linku',
  problems: {
    missing_token: {
      title: 'Otwórz link z zaproszenia',
      text: OPEN,
    },
    wrong_organization: { title: 'Zaproszenie do innej strony', text: OPEN },
    malformed_token: {
      title: 'Ten link jest niepełny',
      text: `Otwórz cały link z e-maila lub skontaktuj się z ${WITH}.`,
    },
    config: { title: 'Zaproszenia tu jeszcze nie działają', text: `Skontaktuj się z ${WITH}.` },
    invalid_token: {
      title: 'Zaproszenie jest nieważne',
      text: `Mogło wygasnąć lub być już przyjęte. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Zaproszenie jest nieaktualne', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Zaproszenie może być już przyjęte',
      text: `Sprawdź e-mail lub portal klienta, potem skontaktuj się z ${WITH}.`,
    },
    feature_not_enabled: { title: 'Miejsca są niedostępne', text: `Skontaktuj się z ${WITH}.` },
    validation: { title: 'Nie udało się', text: LATER },
    rate_limited: { title: 'Poczekaj chwilę', text: `Było zbyt wiele prób. ${KEEPS}` },
    server: { title: 'Błąd po naszej stronie', text: `To nie Twoja wina. ${LATER}` },
    network: { title: 'Brak połączenia z usługą', text: LATER },
    offline: { title: 'Jesteś offline', text: 'Zaproszenie wczyta się po połączeniu.' },
    timeout: { title: 'To trwa zbyt długo', text: LATER },
    bad_response: { title: 'Coś poszło nie tak', text: LATER },
  },
} satisfies CardMessages;
