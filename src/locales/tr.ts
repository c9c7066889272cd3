import type { CardMessages } from '../messages.js';

const WHO = '{organization|davet eden kişi}';
const ASK_AGAIN = `Yeni bir davet için ${WHO} ile iletişime geçin.`;
const KEEPS = `Sorun sürerse ${WHO} ile iletişime geçin.`;
const LATER = `Birazdan tekrar deneyin. ${KEEPS}`;
const READY = '{product} koltuğunuz hazır.';

/**
 * Turkish: "siz" in sentences, buttons in the short imperative Turkish interfaces use ("Devam et"); words as in
 * docs/languages.md. No suffix ever goes on a name: "{organization} kuruluşuna", "{product} koltuğunuz".
 */
export default {
  loading: 'Davetiniz yükleniyor…',
  heading: '{organization} kuruluşuna katılın',
  invitation: '{product} için davetlisiniz.',
  invitedEmail: '{email} için davet',
  claim: 'Daveti kabul et',
  claiming: 'Kabul ediliyor…',
  claimedHeading: '{organization} kuruluşuna katıldınız',
  claimed: READY,
  alreadyClaimedHeading: '{organization} kuruluşuna zaten katıldınız',
  alreadyClaimed: `${READY} Kullanmak için giriş yapın.`,
  redirecting: 'Yönlendiriliyorsunuz…',
  portal: 'Müşteri portalını aç',
  signIn: 'Müşteri portalına giriş yap',
  continue: 'Devam et',
  retry: 'Tekrar dene',
  retryIn: { one: '{count} saniye sonra tekrar dene', other: '{count} saniye sonra tekrar dene' },
  granting: 'Erişiminiz hazırlanıyor…',
  benefitsReady: { one: '{count} avantaj hazır', other: '{count} avantaj hazır' },
  anotherLink: 'Başka bir bağlantı kullan',
  problems: {
    missing_token: {
      title: 'Davet bağlantınızı açın',
      text: `${WHO} tarafından gönderilen e-postadaki bağlantıyı kullanın.`,
    },
    wrong_organization: {
      title: 'Bu davet başka bir site için',
      text: '{organization|sizi davet eden kuruluş} tarafından gönderilen e-postadaki bağlantıyı açın.',
    },
    malformed_token: {
      title: 'Bu bağlantı eksik',
      text: `Davet e-postanızdaki bağlantının tamamını açın veya ${WHO} ile iletişime geçip yeniden göndermesini isteyin.`,
    },
    config: { title: 'Davetler burada henüz kabul edilemiyor', text: `Lütfen durumu ${WHO} ile paylaşın.` },
    invalid_token: {
      title: 'Bu davet kullanılamıyor',
      text: `Süresi dolmuş veya zaten kabul edilmiş olabilir. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Bu davet artık geçerli değil', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Zaten katılmış olabilirsiniz',
      text: `Yeni bir davet için ${WHO} ile iletişime geçmeden önce e-postanızı veya müşteri portalını kontrol edin.`,
    },
    feature_not_enabled: { title: 'Koltuklar şu anda açık değil', text: `Davetiniz hakkında ${WHO} ile görüşün.` },
    validation: { title: 'İşlem tamamlanamadı', text: LATER },
    rate_limited: { title: 'Lütfen biraz bekleyin', text: `Az önce çok sayıda deneme yapıldı. ${KEEPS}` },
    server: { title: 'Bizim tarafımızda bir sorun oluştu', text: `Sorun sizde değil. ${LATER}` },
    network: { title: 'Davet hizmetine ulaşamadık', text: LATER },
    offline: { title: 'Çevrimdışısınız', text: 'Yeniden çevrimiçi olduğunuzda davetiniz hemen yüklenecek.' },
    timeout: { title: 'Bu çok uzun sürüyor', text: LATER },
    bad_response: { title: 'Bir sorun oluştu', text: LATER },
  },
} satisfies CardMessages;
