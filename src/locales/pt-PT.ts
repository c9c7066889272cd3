import type { CardMessages } from '../messages.js';

/**
 * European Portuguese: polite third person without "você" ("Aceite", "o seu"), with no gendered endings for the
 * reader; words as in docs/languages.md.
 */
const WHO = '{organization|quem lhe enviou o convite}';
const ASK_AGAIN = `Peça um novo convite a ${WHO}.`;
const KEEPS = `Se o problema persistir, contacte ${WHO}.`;
const LATER = `Tente novamente daqui a pouco. ${KEEPS}`;
const READY = 'O seu lugar em {product} está pronto.';
const SECONDS = 'Tente novamente daqui a {count} segundos';
const BENEFITS = '{count} benefícios prontos';

export default {
  loading: 'A carregar o seu convite…',
  heading: 'Junte-se a {organization}',
  invitation: 'Tem um convite para {product}.',
  invitedEmail: 'Convite para {email}',
  claim: 'Aceitar convite',
  claiming: 'A aceitar…',
  claimedHeading: 'Agora faz parte de {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'Já faz parte de {organization}',
  alreadyClaimed: `${READY} Inicie sessão para o utilizar.`,
  redirecting: 'A encaminhar…',
  portal: 'Abrir portal do cliente',
  signIn: 'Iniciar sessão no portal do cliente',
  continue: 'Continuar',
  retry: 'Tentar novamente',
  retryIn: { one: 'Tente novamente daqui a {count} segundo', many: SECONDS, other: SECONDS },
  granting: 'A preparar o seu acesso…',
  benefitsReady: { one: '{count} benefício pronto', many: BENEFITS, other: BENEFITS },
  anotherLink: 'Utilizar outro link',
  problems: {
    missing_token: { title: 'Abra o link do seu convite', text: `Utilize o link do e-mail de ${WHO}.` },
    wrong_organization: {
      title: 'Este convite é para outro site',
      text: 'Abra o link que {organization|a organização que fez o convite} lhe enviou por e-mail.',
    },
    malformed_token: {
      title: 'Este link está incompleto',
      text: `Abra o link completo do e-mail de convite ou peça a ${WHO} que o envie novamente.`,
    },
    config: { title: 'Ainda não é possível aceitar convites aqui', text: `Por favor, avise ${WHO}.` },
    invalid_token: {
      title: 'Este convite não é válido',
      text: `Pode ter expirado ou já ter sido aceite. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Este convite já não está disponível', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Talvez já tenha aceitado o convite',
      text: `Verifique o seu e-mail ou o portal do cliente antes de pedir um novo convite a ${WHO}.`,
    },
    feature_not_enabled: {
      title: 'De momento, os lugares não estão disponíveis',
      text: `Pergunte a ${WHO} sobre o seu convite.`,
    },
    validation: { title: 'Não foi possível concluir', text: LATER },
    rate_limited: { title: 'Aguarde um momento', text: `Houve muitas tentativas há pouco. ${KEEPS}` },
    server: { title: 'Ocorreu um erro do nosso lado', text: `Não foi nada que tenha feito. ${LATER}` },
    network: { title: 'Não conseguimos aceder ao serviço de convites', text: LATER },
    offline: { title: 'Está offline', text: 'O seu convite carrega assim que voltar a ter ligação.' },
    timeout: { title: 'Está a demorar demasiado', text: LATER },
    bad_response: { title: 'Ocorreu um erro', text: LATER },
  },
} satisfies CardMessages;
