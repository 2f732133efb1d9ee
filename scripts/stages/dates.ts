// Dates as documents write them out, in the languages lectern's labels speak: what a byline, a date line under a
// title and a date column of a specification's header hold. Patterns only; the readers decide what a date means.

/** Month names (English, French, German, Spanish, Italian; in full or cut short) for dates written out. */
export const monthName =
  'jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|août|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';

/** A line that is only a date: "February 2021", "3 March 2019", "March 3, 2019", "3 de marzo de 2021", "2021-02-01". */
export const dateLine = new RegExp(
  `^(?:(?:\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?)?(?:${monthName})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+(?:de\\s+)?\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'iu',
);

/** A date written out inside a line, its words apart by single spaces: "12 March, 2020", "March 12, 2020", "3 de marzo de 2021". */
export const writtenDate = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}(?:st|nd|rd|th|er)?\\.? (?:de )?)?(?:${monthName})\\.?(?: \\d{1,2}(?:st|nd|rd|th)?,?)?,? (?:de )?\\d{4}(?![\\p{L}\\d])`,
  'giu',
);

/** A month and year inside a line ("agosto de 2018", "Aug. 2018"). */
export const monthYear = new RegExp(`\\b(?:${monthName})\\.?\\s+(?:de\\s+)?(?:19|20)\\d{2}\\b`, 'iu');

/** A date in figures inside a line ("07.11.2017", "3/5/21", "2021-02-01"). */
export const numericDate = /\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b/u;
