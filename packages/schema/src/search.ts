/**
 * Folds text for search: lower case, Vietnamese diacritics removed, đ → d,
 * white space collapsed. 'Thượng Lâm' and 'thuong  lam' fold alike. The api
 * stores folded text beside names; the admin app uses it to match locally.
 */
export function foldSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
