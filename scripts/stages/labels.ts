// The few words lectern adds to a deck, in the deck's language.

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
};

/** The labels for a BCP 47 tag ("fr-CA" -> French); English when the language has none. */
export function labels(lang: string): Labels {
  return table[lang.toLowerCase().split('-')[0] ?? 'en'] ?? (table.en as Labels);
}
