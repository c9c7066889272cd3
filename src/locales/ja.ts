import type { CardMessages } from '../messages.js';

const WHO = '{organization|招待元}';
const OPEN = `${WHO}からのメールのリンクを開いてください。`;
const ASK_AGAIN = `${WHO}に再招待をご依頼ください。`;
const KEEPS = `続く場合は${WHO}にご連絡ください。`;
const READY = '{product}の席をご用意しました。';
const LATER = `後ほどお試しください。${KEEPS}`;

/** Japanese: polite です/ます; words as in docs/languages.md. */
export default {
  loading: '読み込み中…',
  heading: '{organization}に参加',
  invitation: '{product}への招待です。',
  invitedEmail: '{email}宛ての招待',
  claim: '招待を承諾',
  claiming: '承諾中…',
  claimedHeading: '{organization}に参加しました',
  claimed: READY,
  alreadyClaimedHeading: '{organization}に参加済みです',
  alreadyClaimed: `${READY}ログインしてご利用ください。`,
  redirecting: '移動中…',
  portal: 'カスタマーポータルを開く',
  signIn: 'カスタマーポータルにログイン',
  continue: '続ける',
  retry: '再試行',
  retryIn: { other: '{count}秒後に再試行' },
  granting: 'アクセスを準備中…',
  benefitsReady: { other: '特典{count}件が準備完了' },
  anotherLink: '別のリンクを使う',
  problems: {
    missing_token: { title: '招待リンクを開いてください', text: OPEN },
    wrong_organization: { title: '別のサイト宛ての招待です', text: OPEN },
    malformed_token: {
      title: 'リンクが途切れています',
      text: `リンク全体を開くか、${WHO}に再送をご依頼ください。`,
    },
    config: { title: 'ここではまだ承諾できません', text: `${WHO}にお知らせください。` },
    invalid_token: { title: 'この招待は使えません', text: `期限切れか承諾済みのようです。${ASK_AGAIN}` },
    cannot_claim: { title: '招待は締め切られました', text: ASK_AGAIN },
    maybe_claimed: {
      title: '参加済みかもしれません',
      text: `${WHO}に頼む前に、メールかカスタマーポータルをご確認ください。`,
    },
    feature_not_enabled: { title: '現在、席は使えません', text: `招待について${WHO}にお尋ねください。` },
    validation: { title: '処理できませんでした', text: LATER },
    rate_limited: { title: 'しばらくお待ちください', text: `試行が集中しました。${KEEPS}` },
    server: { title: 'こちらで問題が発生しました', text: `お客様の問題ではありません。${LATER}` },
    network: { title: '招待サービスに接続できません', text: LATER },
    offline: { title: 'オフラインです', text: 'オンラインに戻ると表示されます。' },
    timeout: { title: '時間がかかっています', text: LATER },
    bad_response: { title: '問題が発生しました', text: LATER },
  },
} satisfies CardMessages;
