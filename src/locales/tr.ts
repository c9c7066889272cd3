import type { CardMessages } from '../messages.js';

const WHO = '{organization|davet eden kişi}';
const ASK_AGAIN = `Yeni davet için ${WHO} ile iletişime geçin.`;
const KEEPS = `Sorun sürerse ${WHO} ile iletişime geçin.`;
const LATER = `Birazdan tekrar deneyin. ${KEEPS}`;
const READY = '{product} koltuğunuz hazır.';

/**
 * Turkish: "siz" in sentences, buttons in the short imperative Turkish interfaces use ("Devam et"); words as in
 * docs/languages.md. No suffix ever goes on a name: "{organization} kuruluşuna", "{product} koltuğunuz".
 */
export default {
  loading: 'Davet yükleniyor…',
  heading: '{organization} kuruluşuna katılın',
  invitation: '{product} için davetlisiniz.',
  invitedEmail: '{email} için davet',
  claim: 'Daveti kabul et',
  claiming: 'Kabul ediliyor…',
  claimedHeading: '{organization} kuruluşuna katıldınız',
  claimed: READY,
  alreadyClaimedHeading: '{organization} kuruluşuna zaten katıldınız',
  alreadyClaimed: `${READY} Giriş yapıp kullanın.`,
  redirecting: 'Yönlendiriliyor…',
  portal: 'Müşteri portalını aç',
  signIn: 'Müşteri portalına giriş yap',
  continue: 'Devam et',
  retry: 'Tekrar dene',
  retryIn: { one: '{count} saniye sonra tekrar dene', other: '{count} saniye sonra tekrar dene' },
  granting: 'Erişim hazırlanıyor…',
  benefitsReady: { one: '{count} avantaj hazır', other: '{count} avantaj hazır' },
  anotherLink: 'Başka bağlantı kullan',
  problems: {
    missing_token: {
      title: 'Davet bağlantısını açın',
      text: `${WHO} tarafından gönderilen e-postadaki bağlantıyı açın.`,
    },
    wrong_organization: {
      title: 'Davet başka bir site için',
      text: '{organization|davet eden kuruluş} tarafından gönderilen e-postadaki bağlantıyı açın.',
    },
    malformed_token: {
      title: 'Bağlantı eksik',
      text: `Bağlantıyı eksiksiz açın veya ${WHO} ile iletişime geçin.`,
    },
    config: { title: 'Burada henüz davet kabul edilemiyor', text: `${WHO} ile iletişime geçin.` },
    invalid_token: {
      title: 'Davet kullanılamıyor',
      text: `Süresi dolmuş veya kabul edilmiş olabilir. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Davet artık geçerli değil', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Zaten katılmış olabilirsiniz',
      text: `${WHO} ile görüşmeden önce e-postanıza veya müşteri portalına bakın.`,
    },
    feature_not_enabled: {
      title: 'Koltuklar şu an kapalı',
      text: `${WHO} ile iletişime geçin.`,
    },
    validation: { title: 'Tamamlanamadı', text: LATER },
    rate_limited: { title: 'Biraz bekleyin', text: `Çok sık denendi. ${KEEPS}` },
    server: { title: 'Sorun bizde', text: `Sorun sizde değil. ${LATER}` },
    network: { title: 'Davet hizmetine ulaşamadık', text: LATER },
    offline: { title: 'Çevrimdışısınız', text: 'Bağlanınca davet yüklenecek.' },
    timeout: { title: 'Çok uzun sürüyor', text: LATER },
    bad_response: { title: 'Bir sorun oluştu', text: LATER },
  },
} satisfies CardMessages;
