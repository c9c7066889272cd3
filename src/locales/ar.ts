import type { CardMessages } from '../messages.js';

const WHO = '{organization|من دعاك}';
const ASK_AGAIN = `اطلب دعوة جديدة من ${WHO}.`;
const KEEPS = `إن تكررت المشكلة فتواصل مع ${WHO}.`;
const LATER = `حاول مجددًا بعد قليل. ${KEEPS}`;
const READY = 'مقعدك في {product} جاهز.';
const RETRY = 'إعادة المحاولة بعد';

/**
 * Arabic (Modern Standard), right to left: buttons as verbal nouns, sentences addressing the reader in the generic
 * masculine singular usual in Arabic software; words as in docs/languages.md.
 */
export default {
  loading: 'جارٍ تحميل دعوتك…',
  heading: 'انضم إلى {organization}',
  invitation: 'لديك دعوة إلى {product}.',
  invitedEmail: 'الدعوة مرسلة إلى {email}',
  claim: 'قبول الدعوة',
  claiming: 'جارٍ القبول…',
  claimedHeading: 'انضممت إلى {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'انضممت إلى {organization} من قبل',
  alreadyClaimed: `${READY} سجّل الدخول لاستخدامه.`,
  redirecting: 'جارٍ نقلك…',
  portal: 'فتح بوابة العملاء',
  signIn: 'تسجيل الدخول إلى بوابة العملاء',
  continue: 'متابعة',
  retry: 'إعادة المحاولة',
  retryIn: {
    zero: `${RETRY} {count} ثانية`,
    one: `${RETRY} {count} ثانية`,
    two: `${RETRY} {count} ثانيتين`,
    few: `${RETRY} {count} ثوانٍ`,
    many: `${RETRY} {count} ثانية`,
    other: `${RETRY} {count} ثانية`,
  },
  granting: 'جارٍ تجهيز وصولك…',
  benefitsReady: {
    zero: '{count} ميزة جاهزة',
    one: '{count} ميزة جاهزة',
    two: '{count} ميزتان جاهزتان',
    few: '{count} مزايا جاهزة',
    many: '{count} ميزة جاهزة',
    other: '{count} ميزة جاهزة',
  },
  anotherLink: 'استخدام رابط آخر',
  problems: {
    missing_token: { title: 'افتح رابط دعوتك', text: `استخدم الرابط في الرسالة الواردة من ${WHO}.` },
    wrong_organization: {
      title: 'هذه الدعوة لموقع آخر',
      text: 'افتح الرابط في الرسالة الواردة من {organization|المؤسسة التي دعتك}.',
    },
    malformed_token: {
      title: 'هذا الرابط غير مكتمل',
      text: `افتح الرابط كاملًا من رسالة الدعوة أو اطلب من ${WHO} إرساله مجددًا.`,
    },
    config: { title: 'لا يمكن قبول الدعوات هنا بعد', text: `يُرجى إبلاغ ${WHO}.` },
    invalid_token: { title: 'لا يمكن استخدام هذه الدعوة', text: `ربما انتهت صلاحيتها أو قُبلت من قبل. ${ASK_AGAIN}` },
    cannot_claim: { title: 'هذه الدعوة لم تعد متاحة', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'ربما انضممت من قبل',
      text: `تحقق من بريدك أو بوابة العملاء قبل أن تطلب دعوة جديدة من ${WHO}.`,
    },
    feature_not_enabled: { title: 'المقاعد غير متاحة حاليًا', text: `اسأل ${WHO} عن دعوتك.` },
    validation: { title: 'لم تكتمل العملية', text: LATER },
    rate_limited: { title: 'يُرجى الانتظار قليلًا', text: `جرت محاولات كثيرة للتو. ${KEEPS}` },
    server: { title: 'حدث خطأ من جهتنا', text: `المشكلة ليست منك. ${LATER}` },
    network: { title: 'تعذّر الوصول إلى خدمة الدعوات', text: LATER },
    offline: { title: 'أنت غير متصل', text: 'ستظهر دعوتك فور عودة الاتصال.' },
    timeout: { title: 'يستغرق هذا وقتًا طويلًا', text: LATER },
    bad_response: { title: 'حدث خطأ ما', text: LATER },
  },
} satisfies CardMessages;
