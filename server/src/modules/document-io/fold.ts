/** Lower case without diacritics (đ → d), spaces collapsed: "Sở TT&TT" and "so tt&tt" compare equal. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
