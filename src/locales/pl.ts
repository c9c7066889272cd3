import type { CardMessages } from '../messages.js';

/**
 * Whoever invited the person, in the case each sentence needs; the name itself never changes: after "z" (with),
 * as the object of "poproś" / "zapytaj", and after "od" (from).
 */
const WITH = '{organization|nadawcą zaproszenia}';
const WHOM = '{organization|nadawcę zaproszenia}';
const ASK_AGAIN = `Poproś ${WHOM} o nowe zaproszenie.`;
const KEEPS = `Jeśli problem się powtarza, skontaktuj się z ${WITH}.`;
const LATER = `Spróbuj ponownie za chwilę. ${KEEPS}`;
const READY = 'Twoje miejsce w {product} jest gotowe.';

/**
 * Polish: "ty" (Twój, Cię), with forms that do not depend on the reader's gender; words as in docs/languages.md.
 * Names stand uninflected, after a noun where the grammar needs a case ("do organizacji {organization}").
 */
export default {
  loading: 'Wczytujemy Twoje zaproszenie…',
  heading: 'Dołącz do organizacji {organization}',
  invitation: 'Masz zaproszenie do {product}.',
  invitedEmail: 'Zaproszenie dla {email}',
  claim: 'Przyjmij zaproszenie',
  claiming: 'Przyjmowanie…',
  claimedHeading: 'Witaj w organizacji {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'Już należysz do organizacji {organization}',
  alreadyClaimed: `${READY} Zaloguj się, aby z niego korzystać.`,
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
  granting: 'Przygotowujemy Twój dostęp…',
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
      text: 'Użyj linku z e-maila od {organization|nadawcy zaproszenia}.',
    },
    wrong_organization: {
      title: 'To zaproszenie dotyczy innej strony',
      text: 'Otwórz link z e-maila od {organization|organizacji, która Cię zaprosiła}.',
    },
    malformed_token: {
      title: 'Ten link jest niepełny',
      text: `Otwórz cały link z e-maila z zaproszeniem lub poproś ${WHOM} o ponowne wysłanie.`,
    },
    config: {
      title: 'Tu nie można jeszcze przyjmować zaproszeń',
      text: 'Daj o tym znać {organization|nadawcy zaproszenia}.',
    },
    invalid_token: {
      title: 'Tego zaproszenia nie można użyć',
      text: `Mogło wygasnąć lub zostać już przyjęte. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'To zaproszenie jest już nieaktualne', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Zaproszenie może być już przyjęte',
      text: `Sprawdź e-mail lub portal klienta, zanim poprosisz ${WHOM} o nowe zaproszenie.`,
    },
    feature_not_enabled: { title: 'Miejsca są teraz niedostępne', text: `Zapytaj ${WHOM} o swoje zaproszenie.` },
    validation: { title: 'Nie udało się', text: LATER },
    rate_limited: { title: 'Poczekaj chwilę', text: `Przed chwilą było wiele prób. ${KEEPS}` },
    server: { title: 'Coś poszło nie tak po naszej stronie', text: `To nie Twoja wina. ${LATER}` },
    network: { title: 'Nie udało się połączyć z usługą zaproszeń', text: LATER },
    offline: { title: 'Jesteś offline', text: 'Twoje zaproszenie wczyta się, gdy tylko wrócisz do sieci.' },
    timeout: { title: 'To trwa zbyt długo', text: LATER },
    bad_response: { title: 'Coś poszło nie tak', text: LATER },
  },
} satisfies CardMessages;
