import type { PasteMessages } from '../messages.js';

const COPY = 'Davet e-postanızdaki bağlantıyı kopyalayın.';
const COPY_WHOLE = 'Davet e-postanızdaki bağlantının tamamını kopyalayın.';

/** Turkish: "siz", buttons in the short imperative; the paste form, for a page opened without the invitation link. */
export default {
  pasteHeading: 'Davetinizi kabul edin',
  pasteLabel: 'Davet bağlantısı',
  pasteHint: 'Davet e-postanızdaki bağlantıyı yapıştırın.',
  pasteSubmit: 'Devam et',
  paste: {
    empty: 'Davet e-postanızdaki bağlantıyı yapıştırın.',
    other_host: `Bu bağlantı bir davet bağlantısı değil. ${COPY}`,
    not_claim_link: `Bu bir davet bağlantısı değil. ${COPY}`,
    missing_token: `Bu bağlantı eksik. ${COPY_WHOLE}`,
    malformed_token: `Bu bağlantı eksik veya değiştirilmiş görünüyor. ${COPY_WHOLE}`,
    sandbox_link: 'Bu bir test daveti; bu sayfa yalnızca gerçek davetleri kabul ediyor.',
    production_link: 'Bu gerçek bir davet; bu sayfa yalnızca test davetlerini kabul ediyor.',
    other_organization: 'Bu davet başka bir kuruluş için.',
    several_links: 'Bu metinde birden fazla davet bağlantısı var. Yalnızca kabul etmek istediğinizi kopyalayın.',
  },
} satisfies PasteMessages;
