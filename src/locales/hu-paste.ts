import type { PasteMessages } from '../messages.js';

/** Hungarian: informal address (te); words as in docs/languages.md. */
const COPY = 'Másold ki a linket a meghívó e-mailből.';
const COPY_WHOLE = 'Másold ki a teljes linket a meghívó e-mailből.';

export default {
  pasteHeading: 'Fogadd el a meghívódat',
  pasteLabel: 'Meghívólink',
  pasteHint: 'Illeszd be a linket a meghívó e-mailből.',
  pasteSubmit: 'Tovább',
  paste: {
    empty: 'Illeszd be a linket a meghívó e-mailből.',
    other_host: `Ez a link nem meghívólink. ${COPY}`,
    not_claim_link: `Ez nem meghívólink. ${COPY}`,
    missing_token: `Ez a link hiányos. ${COPY_WHOLE}`,
    malformed_token: `Ez a link hiányosnak vagy módosítottnak tűnik. ${COPY_WHOLE}`,
    sandbox_link: 'Ez egy tesztmeghívó, ez az oldal viszont csak valódi meghívókat fogad el.',
    production_link: 'Ez egy valódi meghívó, ez az oldal viszont csak tesztmeghívókat fogad el.',
    other_organization: 'Ez a meghívó egy másik szervezethez tartozik.',
    several_links: 'Ebben a szövegben több meghívólink is van. Csak azt másold ki, amelyiket el szeretnéd fogadni.',
  },
} satisfies PasteMessages;
