// scripts/stages/language.ts: a document's language from its script and its commonest words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, directionOf } from '../../scripts/stages/language.ts';
import { labels } from '../../scripts/stages/labels.ts';

describe('detectLanguage', () => {
  it('tells Latin-script languages apart by their commonest words', () => {
    assert.equal(detectLanguage('The cat sat on the mat, and the dog was in the garden with the children.'), 'en');
    assert.equal(detectLanguage('Der Hund und die Katze sind nicht im Garten, das ist ein Problem mit den Nachbarn.'), 'de');
    assert.equal(detectLanguage('Le chat et la souris sont dans les jardins des voisins, pour une fois que la paix est là.'), 'fr');
    assert.equal(detectLanguage('El perro y los gatos que viven en una casa con jardín por la ciudad.'), 'es');
    assert.equal(detectLanguage('Il gatto e il cane sono in giardino, per una volta non della casa che sono di Roma.'), 'it');
  });

  it('takes a text none of whose listed languages writes much for English: a few letters of coordinates are no Spanish', () => {
    const note = (n: number): string =>
      `Point ${n} ka position ${n % 4 === 0 ? '[x, y, z]' : 'teen numbers'} hai. Computer sirf numbers samajhta hai, aur yeh vector mein store hota hai. Har cheez ki apni list hoti hai, jaise height aur weight wagaira.`;
    assert.equal(detectLanguage(Array.from({ length: 12 }, (_, n) => note(n)).join('\n\n')), 'en');
    // (Spanish with its words: Spanish still.)
    assert.equal(detectLanguage('El punto y la recta que se cortan en el plano, con una distancia por la normal.'), 'es');
  });

  it('knows Indonesian, Polish, Turkish and Vietnamese, and gives each its labels (Indonesian notes were taken for Italian)', () => {
    const indonesian =
      'Inheritance adalah mekanisme dalam pemrograman yang memungkinkan sebuah class baru mewarisi atribut dan metode dari class yang sudah ada di Java. Ini tidak sulit untuk dipahami dengan contoh.';
    assert.equal(detectLanguage(indonesian), 'id');
    assert.equal(labels(detectLanguage(indonesian)).agenda, 'Agenda');
    assert.equal(labels('id').continued, '(lanjutan)');
    assert.equal(detectLanguage('To jest przykład, który pokazuje, że programowanie dynamiczne nie jest trudne dla studentów oraz jak działa.'), 'pl');
    assert.equal(detectLanguage('Bu bir örnek ve hata türleri için çok önemli bir konu, daha fazla bilgi ile birlikte gelir.'), 'tr');
    // (Czech by its own words, not as Portuguese for its "o" and "e": a Czech quiz had got the labels "Introdução".)
    const czech = 'Latentní kriminalita je taková, která obsahuje nezjištěná jednání, nebo také ta, která jsou pouze o tom, že se o nich neví.';
    assert.equal(detectLanguage(czech), 'cs');
    assert.equal(labels(detectLanguage(czech)).introduction, 'Úvod');
    assert.equal(detectLanguage('Ett slumpförsök är ett försök som inte kan förutsägas, och det är därför som vi talar om sannolikhet för utfallen.'), 'sv');
    // (Persian by the letters Arabic does not write, Ukrainian by those Russian does not; each with its labels.)
    assert.equal(detectLanguage('این یک متن فارسی است که برای آزمایش نوشته شده و چند کلمه دارد'), 'fa');
    assert.equal(detectLanguage('هذا نص عربي قصير للاختبار وفيه بعض الكلمات'), 'ar');
    assert.equal(detectLanguage('Святослав Ігорович був князем київським і воював із хозарами та візантійцями.'), 'uk');
    assert.equal(detectLanguage('Святослав Игоревич был князем киевским и воевал с хазарами и византийцами.'), 'ru');
    assert.equal(labels('he').continued, '(המשך)');
    assert.equal(labels(detectLanguage('השדה החשמלי של כדור טעון')).summary, 'סיכום');
    // (Catalan, whose commonest words are Spanish's too: by the words only it writes.)
    assert.equal(
      detectLanguage('La distribució normal es caracteritza per una campana de Gauss, i la taula dels valors mostra que la probabilitat és alta.'),
      'ca',
    );
    assert.equal(
      detectLanguage('La distribución normal se caracteriza por una campana de Gauss, y la tabla de los valores muestra que la probabilidad es alta.'),
      'es',
    );
    assert.equal(
      detectLanguage('Una variable aleatòria és una funció que assigna un valor als resultats dels experiments, però també amb els seus valors.'),
      'ca',
    );
    assert.equal(detectLanguage('Đây là một ví dụ và các bạn có thể thấy được cách hoạt động của chương trình trong bài không khó.'), 'vi');
    assert.equal(labels('tr').summary, 'Özet');
  });

  it('goes by script first, and any kana makes a Han text Japanese', () => {
    assert.equal(detectLanguage('Привет, мир. Это пример текста на русском языке.'), 'ru');
    assert.equal(detectLanguage('这是一个中文句子，用来测试语言检测。'), 'zh');
    assert.equal(detectLanguage('日本語の文章です。漢字が多いけれども、かなも少しあります。'), 'ja');
    assert.equal(detectLanguage('مرحبا بالعالم، هذا نص عربي قصير.'), 'ar');
  });

  it('says English when there is nothing to go by', () => {
    assert.equal(detectLanguage(''), 'en');
    assert.equal(detectLanguage('1234 5678 = ?'), 'en');
  });
});

describe('directionOf', () => {
  it('is right to left for Arabic, Hebrew and Persian, with or without a region, else left to right', () => {
    assert.equal(directionOf('ar'), 'rtl');
    assert.equal(directionOf('he-IL'), 'rtl');
    assert.equal(directionOf('FA'), 'rtl');
    assert.equal(directionOf('en'), 'ltr');
    assert.equal(directionOf('de-AT'), 'ltr');
  });
});

describe('a language among formulas and code', () => {
  it('is read from the words, not from the TeX or the code (a Chinese lecture of matrices is Chinese)', () => {
    const matrix =
      '$$\n\\left[\\begin{array}{lll}{1} & {2} & {1} \\\\ {3} & {8} & {1}\\end{array}\\right]\\left[\\begin{array}{l}{x} \\\\ {y} \\\\ {z}\\end{array}\\right]\n$$';
    const text = ['高斯消元法是一种方程组求解的方法。', ...Array.from({ length: 12 }, () => matrix), '因此得到下一步的处理为：'].join('\n\n');
    assert.equal(detectLanguage(text), 'zh');
    const code = [
      'The parser reads the file and returns the tree of the program.',
      '```c',
      ...Array.from({ length: 30 }, (_, i) => `int y_${i} = el + la + que;`),
      '```',
    ].join('\n');
    assert.equal(detectLanguage(code), 'en');
  });
});

describe('Czech notes that write "ve" more than any word of their own list', () => {
  it('are Czech, not Turkish, by the letters each writes', () => {
    const czech =
      'Ve druhé části přidáme obrázky a zvuky. Ve třetí části vytvoříme třídu pro pohyb. Ve čtvrté části přidáme asteroidy ve hře. Ve páté části vytvoříme kanón ve městě.';
    assert.equal(detectLanguage(czech), 'cs');
    assert.equal(detectLanguage('Bu bir deneme ve çok güzel bir gün, bu yüzden daha fazla yazı ile geliyoruz ve başlıyoruz.'), 'tr');
  });
});

describe('a Chinese lecture that names its terms in English too', () => {
  it('is Chinese though its Latin letters outnumber its characters', () => {
    const text =
      '确定性有限自动机 Deterministic Finite Automata (DFA)：每一步的转移都是确定的，给定当前状态和输入字符，下一个状态唯一。非确定性有限自动机 Non-deterministic Finite Automata (NFA)：每一步可以有多种选择，也可以不消耗字符进行转移。正则表达式 regular expression 和正则语言描述的是同一类集合。Kleene closure, concatenation and union build every regular expression.';
    assert.equal(detectLanguage(text), 'zh');
    assert.equal(detectLanguage('The Chinese word 自动机 means automaton, and the lecture uses it once in a long English text about machines.'), 'en');
  });
});

describe('detectLanguage, Persian', () => {
  it('tells Persian by its own yeh and kaf as well as its four letters: a handout with few of those is Persian, Arabic stays Arabic', () => {
    const persian = 'در این فاز با یک پایگاه داده رابطه‌ای و نحوه‌ی کار کردن با آن آشنا می‌شوید. جدول یک شئ است که داده‌ها را ذخیره می‌کند.';
    assert.equal(detectLanguage(persian.replace(/[پچژگ]/gu, 'ب')), 'fa');
    assert.equal(detectLanguage('البرنامج ليس مجرد مجموعة تعليمات تنفذ بالترتيب من الأول للأخير، بل هو سلسلة قرارات يتخذها المعالج في كل لحظة.'), 'ar');
  });
});
