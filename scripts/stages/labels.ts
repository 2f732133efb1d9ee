// The few words lectern adds to a deck, in the deck's language; and the words of grammar of those languages that
// condense.ts and key-phrase.ts read texts with.

/** The articles, prepositions and commonest conjunctions of the labels' languages other than English (es, fr, de, it, pt). */
export const otherArticles: readonly string[] = (
  'el la los las un una unos unas de del en con por para al y o que como le les une des du à au aux et ou qui pour par ' +
  'avec sur dans der die das den dem des ein eine einen und oder mit von zu für im auf il lo gli di della per che os um ' +
  'uma do da em com'
).split(' ');

/** Their other conjunctions, possessives and forms of "to be": no clause ends on one either. */
export const otherLinkWords: readonly string[] =
  'comme mais donc car dont où ce cette ces son sa ses su sus es einer als wie dass ist sind nicht è sono non mas'.split(' ');

export interface Labels {
  agenda: string;
  summary: string;
  introduction: string;
  /** After a title, on a slide that continues the one before. */
  continued: string;
}

const table: Record<string, Labels> = {
  en: { agenda: 'Agenda', summary: 'Summary', introduction: 'Introduction', continued: '(cont.)' },
  fr: { agenda: 'Plan', summary: 'Résumé', introduction: 'Introduction', continued: '(suite)' },
  de: { agenda: 'Überblick', summary: 'Zusammenfassung', introduction: 'Einleitung', continued: '(Forts.)' },
  es: { agenda: 'Índice', summary: 'Resumen', introduction: 'Introducción', continued: '(cont.)' },
  it: { agenda: 'Programma', summary: 'Riepilogo', introduction: 'Introduzione', continued: '(segue)' },
  pt: { agenda: 'Agenda', summary: 'Resumo', introduction: 'Introdução', continued: '(cont.)' },
  nl: { agenda: 'Agenda', summary: 'Samenvatting', introduction: 'Inleiding', continued: '(vervolg)' },
  ru: { agenda: 'План', summary: 'Итоги', introduction: 'Введение', continued: '(продолжение)' },
  ja: { agenda: '目次', summary: 'まとめ', introduction: 'はじめに', continued: '(続き)' },
  zh: { agenda: '目录', summary: '总结', introduction: '引言', continued: '(续)' },
  ko: { agenda: '목차', summary: '요약', introduction: '소개', continued: '(계속)' },
  id: { agenda: 'Agenda', summary: 'Ringkasan', introduction: 'Pendahuluan', continued: '(lanjutan)' },
  pl: { agenda: 'Plan', summary: 'Podsumowanie', introduction: 'Wprowadzenie', continued: '(cd.)' },
  tr: { agenda: 'Gündem', summary: 'Özet', introduction: 'Giriş', continued: '(devam)' },
  vi: { agenda: 'Nội dung', summary: 'Tóm tắt', introduction: 'Giới thiệu', continued: '(tiếp)' },
  cs: { agenda: 'Obsah', summary: 'Shrnutí', introduction: 'Úvod', continued: '(pokr.)' },
  sv: { agenda: 'Agenda', summary: 'Sammanfattning', introduction: 'Inledning', continued: '(forts.)' },
  ca: { agenda: 'Índex', summary: 'Resum', introduction: 'Introducció', continued: '(cont.)' },
  fi: { agenda: 'Sisältö', summary: 'Yhteenveto', introduction: 'Johdanto', continued: '(jatkuu)' },
  hu: { agenda: 'Tartalom', summary: 'Összefoglalás', introduction: 'Bevezetés', continued: '(folyt.)' },
  ro: { agenda: 'Cuprins', summary: 'Rezumat', introduction: 'Introducere', continued: '(cont.)' },
  he: { agenda: 'סדר היום', summary: 'סיכום', introduction: 'מבוא', continued: '(המשך)' },
  ar: { agenda: 'المحتويات', summary: 'ملخص', introduction: 'مقدمة', continued: '(تابع)' },
  fa: { agenda: 'فهرست', summary: 'خلاصه', introduction: 'مقدمه', continued: '(ادامه)' },
  uk: { agenda: 'План', summary: 'Підсумки', introduction: 'Вступ', continued: '(продовження)' },
};

/** The labels for a BCP 47 tag ("fr-CA" -> French); English when the language has none. */
export function labels(lang: string): Labels {
  return table[lang.toLowerCase().split('-')[0] ?? 'en'] ?? (table.en as Labels);
}

/** Every language's continuation label ("(cont.)", "(suite)", "(続き)"), for `check` to know a continuation title in any of them. */
const continuedLabels: readonly string[] = [...new Set(Object.values(table).map((l) => l.continued))];

/** Text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The pattern of any language's continuation label, or "(cont)" and "(continued)": an alternation to put at a title's end. */
export const continuedPattern = String.raw`\((?:cont\.?|continued)\)|${continuedLabels.map(escapeRegExp).join('|')}`;

/** Every language's agenda label ("Agenda", "Plan", "Überblick", "目次"), for knowing an author's own agenda slide. */
export const agendaLabels: readonly string[] = [...new Set(Object.values(table).map((l) => l.agenda))];
