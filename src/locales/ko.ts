import type { CardMessages } from '../messages.js';

/**
 * Korean: polite 해요체; words as in docs/languages.md. Only particles that do not change with the name's last sound
 * (에, 에서) follow a placeholder.
 */
const WHO = '{organization|초대한 곳}';
const ASK = `${WHO}에 문의하세요.`;
const ASK_AGAIN = `새 초대는 ${ASK}`;
const KEEPS = `계속 안 되면 ${ASK}`;
const LATER = `잠시 후 다시 시도하세요. ${KEEPS}`;
const OPEN = `${WHO}에서 받은 링크를 여세요.`;
const READY = '{product} 이용권이 준비됐어요.';

export default {
  loading: '초대 불러오는 중…',
  heading: '{organization}에 참여하세요',
  invitation: '{product}에 초대받았어요.',
  invitedEmail: '받는 사람: {email}',
  claim: '초대 수락',
  claiming: '수락 중…',
  claimedHeading: '{organization}에 참여했어요',
  claimed: READY,
  alreadyClaimedHeading: '이미 {organization}에 참여했어요',
  alreadyClaimed: `${READY} 로그인하세요.`,
  redirecting: '이동 중…',
  portal: '고객 포털 열기',
  signIn: '고객 포털 로그인',
  continue: '계속',
  retry: '다시 시도',
  retryIn: { other: '{count}초 후 다시 시도' },
  granting: '이용권 준비 중…',
  benefitsReady: { other: '혜택 {count}개 준비됨' },
  anotherLink: '다른 링크 사용',
  problems: {
    missing_token: { title: '초대 링크를 여세요', text: OPEN },
    wrong_organization: { title: '다른 사이트의 초대예요', text: OPEN },
    malformed_token: { title: '링크가 잘렸어요', text: `링크 전체를 여세요. ${ASK_AGAIN}` },
    config: { title: '아직 수락할 수 없어요', text: ASK },
    invalid_token: { title: '쓸 수 없는 초대예요', text: `만료됐거나 이미 수락됐어요. ${ASK_AGAIN}` },
    cannot_claim: { title: '만료된 초대예요', text: ASK_AGAIN },
    maybe_claimed: { title: '이미 참여했을 수 있어요', text: `이메일이나 고객 포털을 확인하세요. ${ASK_AGAIN}` },
    feature_not_enabled: { title: '지금은 참여할 수 없어요', text: ASK },
    validation: { title: '실패했어요', text: LATER },
    rate_limited: { title: '잠시 기다려 주세요', text: KEEPS },
    server: { title: '저희 쪽 오류예요', text: LATER },
    network: { title: '연결할 수 없어요', text: LATER },
    offline: { title: '오프라인이에요', text: '연결되면 초대를 불러와요.' },
    timeout: { title: '시간이 초과됐어요', text: LATER },
    bad_response: { title: '오류가 생겼어요', text: LATER },
  },
} satisfies CardMessages;
