import type { CardMessages } from '../messages.js';

/**
 * Korean: polite 해요체; words as in docs/languages.md. Only particles that do not change with the name's last sound
 * (에, 에서) follow a placeholder.
 */
const WHO = '{organization|초대한 곳}';
const ASK_AGAIN = `${WHO}에 새 초대를 보내 달라고 하세요.`;
const KEEPS = `계속 안 되면 ${WHO}에 문의하세요.`;
const LATER = `잠시 후 다시 시도하세요. ${KEEPS}`;
const READY = '{product} 이용권이 준비됐어요.';

export default {
  loading: '초대를 불러오는 중…',
  heading: '{organization}에 참여하세요',
  invitation: '{product}에 초대받았어요.',
  invitedEmail: '받는 사람: {email}',
  claim: '초대 수락',
  claiming: '수락 중…',
  claimedHeading: '{organization}에 참여했어요',
  claimed: READY,
  alreadyClaimedHeading: '이미 {organization}에 참여했어요',
  alreadyClaimed: `${READY} 로그인해서 이용하세요.`,
  redirecting: '이동 중…',
  portal: '고객 포털 열기',
  signIn: '고객 포털 로그인',
  continue: '계속',
  retry: '다시 시도',
  retryIn: { other: '{count}초 후 다시 시도' },
  granting: '접근 권한을 설정하는 중…',
  benefitsReady: { other: '혜택 {count}개 준비됨' },
  anotherLink: '다른 링크 사용',
  problems: {
    missing_token: { title: '초대 링크를 여세요', text: `${WHO}에서 받은 이메일의 링크를 사용하세요.` },
    wrong_organization: {
      title: '다른 사이트의 초대예요',
      text: '{organization|초대한 조직}에서 받은 이메일의 링크를 여세요.',
    },
    malformed_token: {
      title: '링크가 완전하지 않아요',
      text: `초대 이메일의 링크 전체를 열거나, ${WHO}에 다시 보내 달라고 하세요.`,
    },
    config: { title: '여기서는 아직 초대를 수락할 수 없어요', text: `${WHO}에 알려 주세요.` },
    invalid_token: { title: '사용할 수 없는 초대예요', text: `만료됐거나 이미 수락됐을 수 있어요. ${ASK_AGAIN}` },
    cannot_claim: { title: '더 이상 유효하지 않은 초대예요', text: ASK_AGAIN },
    maybe_claimed: {
      title: '이미 참여했을 수 있어요',
      text: `${WHO}에 새 초대를 부탁하기 전에 이메일이나 고객 포털을 확인해 보세요.`,
    },
    feature_not_enabled: { title: '지금은 이용권을 받을 수 없어요', text: `초대에 대해 ${WHO}에 문의하세요.` },
    validation: { title: '처리되지 않았어요', text: LATER },
    rate_limited: { title: '잠시 기다려 주세요', text: `방금 시도가 많았어요. ${KEEPS}` },
    server: { title: '저희 쪽에 문제가 생겼어요', text: `고객님 쪽 문제가 아니에요. ${LATER}` },
    network: { title: '초대 서비스에 연결하지 못했어요', text: LATER },
    offline: { title: '오프라인이에요', text: '다시 온라인이 되면 바로 초대를 불러올게요.' },
    timeout: { title: '시간이 너무 오래 걸려요', text: LATER },
    bad_response: { title: '문제가 생겼어요', text: LATER },
  },
} satisfies CardMessages;
