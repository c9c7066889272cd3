import type { CardMessages } from '../messages.js';

/**
 * Hungarian: informal address (te), as consumer apps write; words as in docs/languages.md. Names stand alone after
 * a colon or as the subject, so no case ending or article is ever attached to them.
 */
const WHO = '{organization|a meghívó küldője}';
const ASK_AGAIN = `Új meghívót ${WHO} küldhet.`;
const KEEPS = `Ha így sem megy, ${WHO} segít.`;
const LATER = `Próbáld újra később. ${KEEPS}`;
const OPEN = `Nyisd meg a linket, amit ${WHO} e-mailben küldött.`;
const READY = 'Kész a helyed itt: {product}.';
const RETRY_IN = 'Újra {count} mp múlva';
const BENEFITS = '{count} előny kész';

export default {
  loading: 'Meghívó betöltése…',
  heading: 'Csatlakozz ehhez: {organization}',
  invitation: 'Meghívót kaptál ehhez: {product}.',
  invitedEmail: 'Címzett: {email}',
  claim: 'Meghívó elfogadása',
  claiming: 'Elfogadás…',
  claimedHeading: 'Csatlakoztál ehhez: {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'Már csatlakoztál ehhez: {organization}',
  alreadyClaimed: `${READY} Lépj be.`,
  redirecting: 'Átirányítunk…',
  portal: 'Ügyfélportál megnyitása',
  signIn: 'Belépés az ügyfélportálra',
  continue: 'Tovább',
  retry: 'Próbáld újra',
  retryIn: { one: RETRY_IN, other: RETRY_IN },
  granting: 'Beállítás…',
  benefitsReady: { one: BENEFITS, other: BENEFITS },
  anotherLink: 'Másik link',
  problems: {
    missing_token: { title: 'Nyisd meg a meghívólinkedet', text: OPEN },
    wrong_organization: { title: 'Ez a meghívó máshová szól', text: OPEN },
    malformed_token: { title: 'Ez a link hiányos', text: `Nyisd meg a teljes linket. ${ASK_AGAIN}` },
    config: { title: 'Itt még nem lehet elfogadni', text: `Ezt ${WHO} tudja megoldani.` },
    invalid_token: { title: 'Ez a meghívó nem használható', text: `Lejárt, vagy már elfogadták. ${ASK_AGAIN}` },
    cannot_claim: { title: 'Ez a meghívó már nem érvényes', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Talán már csatlakoztál',
      text: `Nézd meg az e-mailed és az ügyfélportált. ${ASK_AGAIN}`,
    },
    feature_not_enabled: { title: 'A helyek most nem elérhetők', text: `Erről ${WHO} tud többet.` },
    validation: { title: 'Ez nem sikerült', text: LATER },
    rate_limited: { title: 'Várj egy kicsit', text: KEEPS },
    server: { title: 'Hiba történt nálunk', text: LATER },
    network: { title: 'Nem érjük el a meghívókat', text: LATER },
    offline: { title: 'Offline vagy', text: 'Betöltjük, amint online leszel.' },
    timeout: { title: 'Ez túl sokáig tart', text: LATER },
    bad_response: { title: 'Valami hiba történt', text: LATER },
  },
} satisfies CardMessages;
