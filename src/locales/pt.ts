import type { CardMessages } from '../messages.js';

/** Brazilian Portuguese: "você", with no gendered endings for the reader; words as in docs/languages.md. */
const WHO = '{organization|quem convidou você}';
const ASK_AGAIN = `Peça um novo convite a ${WHO}.`;
const KEEPS = `Se continuar acontecendo, fale com ${WHO}.`;
const LATER = `Tente novamente em instantes. ${KEEPS}`;
const READY = 'Sua vaga em {product} está pronta.';
const SECONDS = 'Tente novamente em {count} segundos';
const BENEFITS = '{count} benefícios prontos';

export default {
  loading: 'Carregando seu convite…',
  heading: 'Junte-se a {organization}',
  invitation: 'Você tem um convite para {product}.',
  invitedEmail: 'Convite para {email}',
  claim: 'Aceitar convite',
  claiming: 'Aceitando…',
  claimedHeading: 'Agora você faz parte de {organization}',
  claimed: READY,
  alreadyClaimedHeading: 'Você já faz parte de {organization}',
  alreadyClaimed: `${READY} Entre para usá-la.`,
  redirecting: 'Redirecionando…',
  portal: 'Abrir portal do cliente',
  signIn: 'Entrar no portal do cliente',
  continue: 'Continuar',
  retry: 'Tentar novamente',
  retryIn: { one: 'Tente novamente em {count} segundo', many: SECONDS, other: SECONDS },
  granting: 'Liberando seu acesso…',
  benefitsReady: { one: '{count} benefício pronto', many: BENEFITS, other: BENEFITS },
  anotherLink: 'Usar outro link',
  problems: {
    missing_token: { title: 'Abra o link do seu convite', text: `Use o link do e-mail de ${WHO}.` },
    wrong_organization: {
      title: 'Este convite é para outro site',
      text: 'Abra o link que {organization|a organização que convidou você} enviou por e-mail.',
    },
    malformed_token: {
      title: 'Este link está incompleto',
      text: `Abra o link completo do e-mail do convite ou peça a ${WHO} que o envie de novo.`,
    },
    config: { title: 'Ainda não dá para aceitar convites aqui', text: `Por favor, avise ${WHO}.` },
    invalid_token: {
      title: 'Este convite não é válido',
      text: `Pode ter expirado ou já ter sido aceito. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Este convite não está mais disponível', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Talvez você já tenha aceitado o convite',
      text: `Confira seu e-mail ou o portal do cliente antes de pedir um novo convite a ${WHO}.`,
    },
    feature_not_enabled: {
      title: 'Vagas indisponíveis no momento',
      text: `Pergunte a ${WHO} sobre seu convite.`,
    },
    validation: { title: 'Não deu certo', text: LATER },
    rate_limited: { title: 'Aguarde um momento', text: `Houve muitas tentativas agora há pouco. ${KEEPS}` },
    server: { title: 'Algo deu errado do nosso lado', text: `O problema não é com você. ${LATER}` },
    network: { title: 'Não conseguimos acessar o serviço de convites', text: LATER },
    offline: { title: 'Você está sem internet', text: 'Seu convite carrega assim que a conexão voltar.' },
    timeout: { title: 'Está demorando demais', text: LATER },
    bad_response: { title: 'Algo deu errado', text: LATER },
  },
} satisfies CardMessages;
