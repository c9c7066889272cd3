import type { CardMessages } from '../messages.js';

/**
 * Hungarian: informal address (te), as consumer apps write; words as in docs/languages.md. Names stand alone after
 * a colon or as the subject, so no case ending or article is ever attached to them.
 */
const WHO = '{organization|a meghívó küldője}';
const ASK_AGAIN = `Kérd, hogy ${WHO} küldjön új meghívót.`;
const KEEPS = `Ha továbbra sem megy, ${WHO} tud segíteni.`;
const LATER = `Próbáld újra egy kicsit később. ${KEEPS}`;
const READY = 'Kész a helyed itt: {product}.';
const RETRY_IN = 'Próbáld újra {count} másodperc múlva';
const BENEFITS = '{count} előny kész';

export default {
  loading: 'A meghívód betöltése…',
  heading: 'Csatlakozz ehhez: {organization}',
  invitation: 'Meghívót kaptál ehhez: {product}.',
  invitedEmail: 'A meghívó címzettje: {email}',
  claim: 'Meghívó elfogadása',
  claiming: 'Elfogadás…',
  claimedHeading: 'Csatlakoztál ehhez: {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'Már csatlakoztál ehhez: {organization}',
  alreadyClaimed: `${READY} Lépj be, hogy használhasd.`,
  redirecting: 'Átirányítunk…',
  portal: 'Ügyfélportál megnyitása',
  signIn: 'Belépés az ügyfélportálra',
  continue: 'Tovább',
  retry: 'Próbáld újra',
  retryIn: { one: RETRY_IN, other: RETRY_IN },
  granting: 'A hozzáférésed beállítása…',
  benefitsReady: { one: BENEFITS, other: BENEFITS },
  anotherLink: 'Másik link használata',
  problems: {
    missing_token: { title: 'Nyisd meg a meghívólinkedet', text: `Használd a linket, amit ${WHO} e-mailben küldött.` },
    wrong_organization: {
      title: 'Ez a meghívó egy másik oldalra szól',
      text: 'Nyisd meg a linket, amit {organization|a téged meghívó szervezet} e-mailben küldött.',
    },
    malformed_token: {
      title: 'Ez a link hiányos',
      text: `Nyisd meg a teljes linket a meghívó e-mailből, vagy kérd, hogy ${WHO} küldje el újra.`,
    },
    config: { title: 'Itt még nem lehet meghívót elfogadni', text: `Kérlek, szólj, hogy ${WHO} tudjon róla.` },
    invalid_token: {
      title: 'Ez a meghívó nem használható',
      text: `Lehet, hogy lejárt, vagy már elfogadták. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Ez a meghívó már nem érvényes', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Talán már csatlakoztál',
      text: `Nézd meg az e-mailjeidet vagy az ügyfélportált, mielőtt kérnéd, hogy ${WHO} küldjön új meghívót.`,
    },
    feature_not_enabled: {
      title: 'A helyek most nem elérhetők',
      text: `A meghívódról ${WHO} tud többet mondani.`,
    },
    validation: { title: 'Ez nem sikerült', text: LATER },
    rate_limited: { title: 'Várj egy kicsit', text: `Az imént sok próbálkozás volt. ${KEEPS}` },
    server: { title: 'Hiba történt nálunk', text: `Nem veled van a baj. ${LATER}` },
    network: { title: 'Nem értük el a meghívószolgáltatást', text: LATER },
    offline: { title: 'Offline vagy', text: 'A meghívód betöltődik, amint újra online leszel.' },
    timeout: { title: 'Ez túl sokáig tart', text: LATER },
    bad_response: { title: 'Valami hiba történt', text: LATER },
  },
} satisfies CardMessages;
