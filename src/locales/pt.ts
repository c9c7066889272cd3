import type { CardMessages } from '../messages.js';

/** Brazilian Portuguese: "você", with no gendered endings for the reader; words as in docs/languages.md. */
const WHO = '{organization|quem convidou você}';
const ASK_AGAIN = `Peça um novo convite a ${WHO}.`;
const KEEPS = `Se continuar, fale com ${WHO}.`;
const LATER = `Tente novamente em instantes. ${KEEPS}`;
const OPEN = `Abra o link do e-mail de ${WHO}.`;
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
    missing_token: { title: 'Abra o link do seu convite', text: OPEN },
    wrong_organization: { title: 'Este convite é para outro site', text: OPEN },
    malformed_token: {
      title: 'Este link está incompleto',
      text: `Abra o link completo ou peça a ${WHO} que o envie de novo.`,
    },
    config: { title: 'Ainda não dá para aceitar aqui', text: `Avise ${WHO}.` },
    invalid_token: {
      title: 'Este convite não é válido',
      text: `Pode ter expirado ou já ter sido aceito. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Este convite não está mais disponível', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Você pode já ter aceitado',
      text: `Antes, confira seu e-mail e o portal do cliente. ${ASK_AGAIN}`,
    },
    feature_not_enabled: {
      title: 'Vagas indisponíveis no momento',
      text: `Pergunte a ${WHO} sobre seu convite.`,
    },
    validation: { title: 'Não deu certo', text: LATER },
    rate_limited: { title: 'Aguarde um momento', text: KEEPS },
    server: { title: 'Algo deu errado do nosso lado', text: LATER },
    network: { title: 'O serviço de convites não responde', text: LATER },
    offline: { title: 'Você está sem internet', text: 'Seu convite carrega assim que a conexão voltar.' },
    timeout: { title: 'Está demorando demais', text: LATER },
    bad_response: { title: 'Algo deu errado', text: LATER },
  },
} satisfies CardMessages;
