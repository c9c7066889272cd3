import type { PasteMessages } from '../messages.js';

const COPY = 'יש להעתיק את הקישור מאימייל ההזמנה.';
const COPY_WHOLE = 'יש להעתיק את הקישור המלא מאימייל ההזמנה.';

/** Hebrew, right to left, gender-neutral; the paste form, for a page opened without the invitation link. */
export default {
  pasteHeading: 'קבלת ההזמנה שלך',
  pasteLabel: 'קישור ההזמנה',
  pasteHint: 'יש להדביק את הקישור מאימייל ההזמנה.',
  pasteSubmit: 'להמשיך',
  paste: {
    empty: 'יש להדביק את הקישור מאימייל ההזמנה.',
    other_host: `הקישור הזה אינו קישור הזמנה. ${COPY}`,
    not_claim_link: `זה לא קישור הזמנה. ${COPY}`,
    missing_token: `הקישור הזה חלקי. ${COPY_WHOLE}`,
    malformed_token: `נראה שהקישור הזה חלקי או שונה. ${COPY_WHOLE}`,
    sandbox_link: 'זו הזמנת בדיקה, והדף הזה מקבל רק הזמנות אמיתיות.',
    production_link: 'זו הזמנה אמיתית, והדף הזה מקבל רק הזמנות בדיקה.',
    other_organization: 'ההזמנה הזו מיועדת לארגון אחר.',
    several_links: 'בטקסט הזה יש יותר מקישור הזמנה אחד. יש להעתיק רק את הקישור של ההזמנה שרוצים לקבל.',
  },
} satisfies PasteMessages;
