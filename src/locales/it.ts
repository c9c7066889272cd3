import type { CardMessages } from '../messages.js';

/** Italian: informal address (tu), with no gendered endings for the reader; words as in docs/languages.md. */
const WHO = '{organization|chi ti ha invitato}';
const ASK_AGAIN = `Chiedi un nuovo invito a ${WHO}.`;
const KEEPS = `Se il problema continua, contatta ${WHO}.`;
const LATER = `Riprova tra poco. ${KEEPS}`;
const READY = 'Il tuo posto su {product} è pronto.';
const SECONDS = 'Riprova tra {count} secondi';
const BENEFITS = '{count} vantaggi pronti';

export default {
  loading: 'Caricamento del tuo invito…',
  heading: 'Unisciti a {organization}',
  invitation: 'Hai ricevuto un invito per {product}.',
  invitedEmail: 'Invito per {email}',
  claim: "Accetta l'invito",
  claiming: 'Accettazione in corso…',
  claimedHeading: 'Ora fai parte di {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'Fai già parte di {organization}',
  alreadyClaimed: `${READY} Accedi per usarlo.`,
  redirecting: 'Ti stiamo portando lì…',
  portal: 'Apri il portale clienti',
  signIn: 'Accedi al portale clienti',
  continue: 'Continua',
  retry: 'Riprova',
  retryIn: { one: 'Riprova tra {count} secondo', many: SECONDS, other: SECONDS },
  granting: 'Stiamo attivando il tuo accesso…',
  benefitsReady: { one: '{count} vantaggio pronto', many: BENEFITS, other: BENEFITS },
  anotherLink: 'Usa un altro link',
  problems: {
    missing_token: { title: 'Apri il link del tuo invito', text: `Usa il link nell'email di ${WHO}.` },
    wrong_organization: {
      title: 'Questo invito è per un altro sito',
      text: "Apri il link nell'email che ti ha inviato {organization|l'organizzazione che ti ha invitato}.",
    },
    malformed_token: {
      title: 'Questo link è incompleto',
      text: `Apri il link completo che trovi nell'email di invito o chiedi a ${WHO} di inviartelo di nuovo.`,
    },
    config: { title: 'Qui non puoi ancora accettare inviti', text: `Per favore, fallo sapere a ${WHO}.` },
    invalid_token: { title: 'Questo invito non si può usare', text: `Forse è scaduto o già accettato. ${ASK_AGAIN}` },
    cannot_claim: { title: 'Questo invito non è più disponibile', text: ASK_AGAIN },
    maybe_claimed: {
      title: "Forse hai già accettato l'invito",
      text: `Controlla l'email o il portale clienti prima di chiedere un nuovo invito a ${WHO}.`,
    },
    feature_not_enabled: {
      title: 'Al momento i posti non sono disponibili',
      text: `Chiedi a ${WHO} del tuo invito.`,
    },
    validation: { title: 'Non è andato a buon fine', text: LATER },
    rate_limited: { title: 'Attendi un momento', text: `Ci sono stati molti tentativi poco fa. ${KEEPS}` },
    server: { title: 'Qualcosa è andato storto da parte nostra', text: `Non dipende da te. ${LATER}` },
    network: { title: 'Non siamo riusciti a contattare il servizio inviti', text: LATER },
    offline: { title: 'Sei offline', text: 'Il tuo invito si carica appena torni online.' },
    timeout: { title: 'Ci sta mettendo troppo', text: LATER },
    bad_response: { title: 'Qualcosa è andato storto', text: LATER },
  },
} satisfies CardMessages;
