import type { PasteMessages } from '../messages.js';

const COPY = 'انسخ الرابط من رسالة الدعوة.';
const COPY_WHOLE = 'انسخ الرابط كاملًا من رسالة الدعوة.';

/** Arabic (Modern Standard), right to left; the paste form, for a page opened without the invitation link. */
export default {
  pasteHeading: 'اقبل دعوتك',
  pasteLabel: 'رابط الدعوة',
  pasteHint: 'الصق الرابط من رسالة الدعوة.',
  pasteSubmit: 'متابعة',
  paste: {
    empty: 'الصق الرابط من رسالة الدعوة.',
    other_host: `هذا الرابط ليس رابط دعوة. ${COPY}`,
    not_claim_link: `هذا ليس رابط دعوة. ${COPY}`,
    missing_token: `هذا الرابط غير مكتمل. ${COPY_WHOLE}`,
    malformed_token: `يبدو أن هذا الرابط غير مكتمل أو معدَّل. ${COPY_WHOLE}`,
    sandbox_link: 'هذه دعوة تجريبية، وهذه الصفحة لا تقبل إلا الدعوات الحقيقية.',
    production_link: 'هذه دعوة حقيقية، وهذه الصفحة لا تقبل إلا الدعوات التجريبية.',
    other_organization: 'هذه الدعوة لمؤسسة أخرى.',
    several_links: 'في هذا النص أكثر من رابط دعوة. انسخ الرابط الذي تريد قبوله فقط.',
  },
} satisfies PasteMessages;
