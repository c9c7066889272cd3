import type { PasteMessages } from '../messages.js';

/** Korean: polite 해요체; words as in docs/languages.md. */
const COPY = '초대 이메일의 링크를 복사해 주세요.';
const COPY_WHOLE = '초대 이메일의 링크 전체를 복사해 주세요.';

export default {
  pasteHeading: '초대를 수락하세요',
  pasteLabel: '초대 링크',
  pasteHint: '초대 이메일의 링크를 붙여 넣어 주세요.',
  pasteSubmit: '계속',
  paste: {
    empty: '초대 이메일의 링크를 붙여 넣어 주세요.',
    other_host: `이 링크는 초대 링크가 아니에요. ${COPY}`,
    not_claim_link: `초대 링크가 아니에요. ${COPY}`,
    missing_token: `링크가 완전하지 않아요. ${COPY_WHOLE}`,
    malformed_token: `링크가 잘렸거나 바뀐 것 같아요. ${COPY_WHOLE}`,
    sandbox_link: '테스트 초대예요. 이 페이지에서는 실제 초대만 수락할 수 있어요.',
    production_link: '실제 초대예요. 이 페이지에서는 테스트 초대만 수락할 수 있어요.',
    other_organization: '다른 조직의 초대예요.',
    several_links: '붙여 넣은 텍스트에 초대 링크가 여러 개 있어요. 수락할 링크 하나만 복사해 주세요.',
  },
} satisfies PasteMessages;
