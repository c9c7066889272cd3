import type { CardMessages } from '../messages.js';

const WHO = '{organization|招待元}';
const ASK_AGAIN = `${WHO}に新しい招待をご依頼ください。`;
const KEEPS = `問題が続く場合は${WHO}にご連絡ください。`;
const READY = '{product}の席をご用意しました。';
const LATER = `しばらくしてからもう一度お試しください。${KEEPS}`;

/** Japanese: polite です/ます; words as in docs/languages.md. */
export default {
  loading: '招待を読み込んでいます…',
  heading: '{organization}に参加',
  invitation: '{product}への招待が届いています。',
  invitedEmail: '{email}宛ての招待',
  claim: '招待を承諾',
  claiming: '承諾しています…',
  claimedHeading: '{organization}に参加しました',
  claimed: READY,
  alreadyClaimedHeading: 'すでに{organization}に参加しています',
  alreadyClaimed: `${READY}ログインしてご利用ください。`,
  redirecting: '移動しています…',
  portal: 'カスタマーポータルを開く',
  signIn: 'カスタマーポータルにログイン',
  continue: '続ける',
  retry: 'もう一度試す',
  retryIn: { other: '{count}秒後にもう一度試せます' },
  granting: 'アクセスを準備しています…',
  benefitsReady: { other: '特典{count}件の準備ができました' },
  anotherLink: '別のリンクを使う',
  problems: {
    missing_token: { title: '招待リンクを開いてください', text: `${WHO}から届いたメールのリンクをお使いください。` },
    wrong_organization: {
      title: 'この招待は別のサイト用です',
      text: '{organization|招待した組織}から届いたメールのリンクを開いてください。',
    },
    malformed_token: {
      title: 'リンクが途切れています',
      text: `招待メールにあるリンク全体を開くか、${WHO}に再送をご依頼ください。`,
    },
    config: { title: 'ここではまだ招待を承諾できません', text: `${WHO}にお知らせください。` },
    invalid_token: {
      title: 'この招待はご利用いただけません',
      text: `期限切れか、すでに承諾済みの可能性があります。${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'この招待は受付を終了しました', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'すでに参加済みかもしれません',
      text: `${WHO}に新しい招待を依頼する前に、メールかカスタマーポータルをご確認ください。`,
    },
    feature_not_enabled: { title: '現在、席はご利用いただけません', text: `招待について${WHO}にお尋ねください。` },
    validation: { title: '完了できませんでした', text: LATER },
    rate_limited: { title: 'しばらくお待ちください', text: `短時間に何度も試行されました。${KEEPS}` },
    server: { title: 'こちら側で問題が発生しました', text: `お客様側の問題ではありません。${LATER}` },
    network: { title: '招待サービスに接続できませんでした', text: LATER },
    offline: { title: 'オフラインです', text: 'オンラインに戻ると、すぐに招待が読み込まれます。' },
    timeout: { title: '時間がかかりすぎています', text: LATER },
    bad_response: { title: '問題が発生しました', text: LATER },
  },
} satisfies CardMessages;
