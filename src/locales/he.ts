import type { CardMessages } from '../messages.js';

const WHO = '{organization|מי שהזמין אותך}';
const ASK_AGAIN = `אפשר לפנות אל ${WHO} ולבקש הזמנה חדשה.`;
const KEEPS = `אם הבעיה נמשכת, כדאי לפנות אל ${WHO}.`;
const LATER = `אפשר לנסות שוב בעוד רגע. ${KEEPS}`;
const READY = 'המקום שלך ב־{product} מוכן.';
const RETRY = 'לנסות שוב בעוד';

/**
 * Hebrew, right to left, gender-neutral: buttons in the infinitive, instructions impersonal (יש ל…, אפשר), no
 * gendered verb for the reader; words as in docs/languages.md.
 */
export default {
  loading: 'ההזמנה שלך נטענת…',
  heading: 'הצטרפות אל {organization}',
  invitation: 'הוזמנת אל {product}.',
  invitedEmail: 'הזמנה עבור {email}',
  claim: 'לקבל את ההזמנה',
  claiming: 'ההזמנה מתקבלת…',
  claimedHeading: 'הצטרפת אל {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'כבר הצטרפת אל {organization}',
  alreadyClaimed: `${READY} יש להתחבר כדי להשתמש בו.`,
  redirecting: 'מעבירים אותך…',
  portal: 'לפתוח את פורטל הלקוחות',
  signIn: 'להתחבר לפורטל הלקוחות',
  continue: 'להמשיך',
  retry: 'לנסות שוב',
  retryIn: { one: `${RETRY} {count} שנייה`, two: `${RETRY} {count} שניות`, other: `${RETRY} {count} שניות` },
  granting: 'מכינים את הגישה שלך…',
  benefitsReady: { one: '{count} הטבה מוכנה', two: '{count} הטבות מוכנות', other: '{count} הטבות מוכנות' },
  anotherLink: 'להשתמש בקישור אחר',
  problems: {
    missing_token: { title: 'יש לפתוח את קישור ההזמנה', text: `יש להשתמש בקישור שבאימייל מאת ${WHO}.` },
    wrong_organization: {
      title: 'ההזמנה הזו מיועדת לאתר אחר',
      text: 'יש לפתוח את הקישור שבאימייל מאת {organization|הארגון שהזמין אותך}.',
    },
    malformed_token: {
      title: 'הקישור הזה חלקי',
      text: `יש לפתוח את הקישור המלא מאימייל ההזמנה, או לפנות אל ${WHO} ולבקש אותו שוב.`,
    },
    config: { title: 'עדיין אי אפשר לקבל כאן הזמנות', text: `כדאי לעדכן את ${WHO}.` },
    invalid_token: { title: 'אי אפשר להשתמש בהזמנה הזו', text: `ייתכן שתוקפה פג או שכבר התקבלה. ${ASK_AGAIN}` },
    cannot_claim: { title: 'ההזמנה הזו כבר לא פתוחה', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'ייתכן שכבר הצטרפת',
      text: `כדאי לבדוק את האימייל או את פורטל הלקוחות לפני פנייה אל ${WHO} בבקשה להזמנה חדשה.`,
    },
    feature_not_enabled: { title: 'המקומות לא זמינים כרגע', text: `אפשר לפנות אל ${WHO} בנוגע להזמנה שלך.` },
    validation: { title: 'הפעולה לא הושלמה', text: LATER },
    rate_limited: { title: 'נא להמתין רגע', text: `היו הרבה ניסיונות ממש עכשיו. ${KEEPS}` },
    server: { title: 'משהו השתבש אצלנו', text: `זה לא בגללך. ${LATER}` },
    network: { title: 'לא הצלחנו להתחבר לשירות ההזמנות', text: LATER },
    offline: { title: 'אין חיבור לאינטרנט', text: 'ההזמנה שלך תיטען ברגע שהחיבור יחזור.' },
    timeout: { title: 'זה לוקח יותר מדי זמן', text: LATER },
    bad_response: { title: 'משהו השתבש', text: LATER },
  },
} satisfies CardMessages;
