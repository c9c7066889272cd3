import type { PasteMessages } from '../messages.js';

const COPY = '招待メールのリンクをコピーしてください。';
const COPY_WHOLE = '招待メールのリンク全体をコピーしてください。';

/** Japanese: polite です/ます; the paste form, for a page opened without the invitation link. */
export default {
  pasteHeading: '招待を承諾しましょう',
  pasteLabel: '招待リンク',
  pasteHint: '招待メールに記載されたリンクを貼り付けてください。',
  pasteSubmit: '続ける',
  paste: {
    empty: '招待メールに記載されたリンクを貼り付けてください。',
    other_host: `このリンクは招待リンクではありません。${COPY}`,
    not_claim_link: `これは招待リンクではありません。${COPY}`,
    missing_token: `このリンクは途中で切れています。${COPY_WHOLE}`,
    malformed_token: `このリンクは途中で切れているか、変更されているようです。${COPY_WHOLE}`,
    sandbox_link: 'これはテスト用の招待です。このページでは本番の招待のみ承諾できます。',
    production_link: 'これは本番の招待です。このページではテスト用の招待のみ承諾できます。',
    other_organization: 'この招待は別の組織のものです。',
    several_links: '招待リンクが複数含まれています。承諾したい招待のリンクを1つだけコピーしてください。',
  },
} satisfies PasteMessages;
