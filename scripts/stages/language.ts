// The language of a document, for <html lang dir>, hyphenation and fonts.
// By script first; among Latin-script languages, by their commonest words.

const scripts: [RegExp, string][] = [
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Latin}/gu, 'latin'],
];

const latinWords: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'was', 'for', 'with'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'zu'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que', 'dans', 'pour'],
  es: ['el', 'la', 'los', 'y', 'que', 'es', 'en', 'una', 'por', 'con'],
  it: ['il', 'che', 'di', 'e', 'la', 'per', 'non', 'una', 'sono', 'della'],
  pt: ['o', 'que', 'de', 'e', 'do', 'da', 'em', 'um', 'para', 'não'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor'],
  // Words of their own only: Indonesian's "di" would count for Italian's, Polish "to" and "i" for English ones.
  id: ['yang', 'dan', 'ini', 'dengan', 'untuk', 'dari', 'dalam', 'itu', 'tidak', 'adalah'],
  pl: ['się', 'nie', 'jest', 'że', 'oraz', 'jak', 'dla', 'przez', 'które', 'może'],
  tr: ['bir', 've', 'bu', 'için', 'ile', 'olarak', 'çok', 'gibi', 'daha', 'olan'],
  vi: ['và', 'của', 'là', 'có', 'các', 'trong', 'được', 'cho', 'một', 'không'],
  // (Czech, Swedish, Catalan, Finnish, Hungarian, Romanian: by words no other language here writes, so that a Czech
  // quiz is not read as Portuguese for its "o" and "e".)
  cs: ['že', 'jsou', 'nebo', 'které', 'který', 'také', 'jako', 'pouze', 'být', 'této'],
  sv: ['och', 'att', 'det', 'som', 'är', 'för', 'på', 'med', 'inte', 'av'],
  ca: ['els', 'amb', 'és', 'als', 'dels', 'aquesta', 'aquest', 'però', 'també', 'mitjançant'],
  fi: ['ja', 'että', 'ovat', 'myös', 'tai', 'kun', 'ei', 'voidaan', 'sekä', 'jos'],
  hu: ['hogy', 'nem', 'egy', 'csak', 'vagy', 'azt', 'mint', 'lesz', 'kell', 'ami'],
  ro: ['și', 'în', 'este', 'care', 'pentru', 'sau', 'mai', 'din', 'acest', 'sunt'],
};

const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps']);

/** A BCP 47 language tag for the text ("en" when unsure). */
/**
 * What of a text is words of its language: formulas, code, addresses and tags are left out (a Chinese lecture's
 * \begin{array} and {x} \\ {y} are no Latin words, and would outnumber its characters).
 */
function proseSample(text: string): string {
  return text
    .slice(0, 40_000)
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gmu, ' ')
    .replace(/\$\$[\s\S]{0,4000}?\$\$|\$[^$\n]{1,400}\$|`[^`\n]*`|\\[a-zA-Z]+|https?:\/\/\S+|<[^>\n]{1,400}>/gu, ' ')
    .slice(0, 20_000);
}

export function detectLanguage(text: string): string {
  const sample = proseSample(text);
  let best = { lang: 'latin', count: 0 };
  for (const [pattern, lang] of scripts) {
    const count = sample.match(pattern)?.length ?? 0;
    // Kanji-heavy Japanese still has kana: any kana at all means Japanese.
    // A Chinese character or a Hangul block is a word or a syllable, where a Latin letter is a fifth of a word: a
    // Chinese lecture that names its terms in English too ("DFA", "finite automata") has more Latin letters than
    // characters (3,071 against 1,692), and its agenda had been labelled in English.
    const weight = lang === 'ja' && count > 0 ? count * 10 : lang === 'zh' || lang === 'ko' ? count * 3 : count;
    if (weight > best.count) best = { lang, count: weight };
  }
  // (Persian writes Arabic's script with letters of its own, "پ", "چ", "ژ", "گ", and its own yeh and kaf, "ی", "ک", which
  // Arabic writes "ي", "ك"; Ukrainian Cyrillic with "і", "ї", "є", "ґ".)
  if (best.lang === 'ar' && (sample.match(/[پچژگیک]/gu)?.length ?? 0) * 20 > best.count) return 'fa';
  if (best.lang === 'ru' && (sample.match(/[іїєґІЇЄҐ]/gu)?.length ?? 0) * 40 > best.count) return 'uk';
  if (best.lang !== 'latin') return best.lang;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let lang = 'en';
  let score = 0;
  for (const [candidate, list] of Object.entries(latinWords)) {
    const s = list.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (s > score) {
      lang = candidate;
      score = s;
    }
  }
  // A language's listed words are one in a hundred of its text and more (its commonest, a tenth): a handful among
  // thousands is a few letters of formulas or another language's words ("[x, y, z]" nine times in Roman Urdu notes,
  // "hai", "ki", "mein" all round them: not Spanish). Unsure, English.
  if (score < words.length * 0.01) return 'en';
  // Czech writes "ve" ("in") as often as Turkish writes it ("and"): told apart by letters only one of them writes (ě, ř,
  // ů; ğ, ı, ş). A Czech lecture's notes, timestamps and few sentences, had been labelled in Turkish ("Gündem", "Giriş").
  if (lang === 'tr' && (sample.match(/[ěřůĚŘŮ]/gu)?.length ?? 0) > (sample.match(/[ğışĞİŞ]/gu)?.length ?? 0)) return 'cs';
  // Catalan shares Spanish's commonest words ("la", "que", "en", "una", "es"): told apart by the words each writes and
  // the other does not.
  if (lang === 'es') {
    const own = (list: string[]): number => list.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (own(catalanOnly) > own(spanishOnly)) return 'ca';
  }
  return lang;
}

const catalanOnly = ['els', 'amb', 'és', 'dels', 'als', 'però', 'també', 'aquesta', 'aquest', 'aquests', 'i', 'per', 'pel', 'seva', 'seu'];
const spanishOnly = ['los', 'las', 'y', 'con', 'por', 'pero', 'también', 'esta', 'este', 'estos', 'del', 'al', 'su', 'sus', 'muy'];

export const directionOf = (lang: string): 'rtl' | 'ltr' => (rtlLanguages.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr');
